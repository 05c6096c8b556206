//! The numbers, amounts and dates a text states, as values, whatever the language writes them
//! as: "$500 billion" and "500.000 millones de dólares" both state 500,000,000,000; "January 21"
//! and "21 de enero" both state the 21st of the first month. A translation is checked to state
//! the same values as its original (`translate`).

use std::fmt;

/// How one language writes numbers and dates: its separators and month names (from CLDR, see
/// `cldr`), and the words that scale an amount.
#[derive(Debug, Clone, PartialEq)]
pub struct Numerals {
    pub decimal: char,
    pub group: char,
    /// The months' names, January first.
    pub months: Vec<String>,
    /// Their abbreviations, matched only before a day ("Jan 23").
    pub months_short: Vec<String>,
    /// Whether a day is written before its month ("23 de enero") or after it ("January 23").
    pub day_first: bool,
    /// Words after a number that scale it, longest first: ("mil millones", 1e9).
    pub scales: &'static [(&'static str, f64)],
}

/// The words that scale an amount, by language. Not in CLDR's formatting data as plain words,
/// so listed here; a language without a line has no scale words.
pub fn scale_words(language: &str) -> &'static [(&'static str, f64)] {
    match language {
        "en" => &[
            ("trillion", 1e12),
            ("billion", 1e9),
            ("billions", 1e9),
            ("bn", 1e9),
            ("b", 1e9),
            ("million", 1e6),
            ("millions", 1e6),
            ("m", 1e6),
        ],
        "es" => &[
            ("mil millones", 1e9),
            ("billones", 1e12),
            ("billón", 1e12),
            ("millones", 1e6),
            ("millón", 1e6),
            // The edition's own short form, as its interface writes amounts: "100.000 M$".
            ("m$", 1e6),
            ("mil", 1e3),
        ],
        _ => &[],
    }
}

/// A value a text states.
#[derive(Debug, Clone, Copy)]
pub enum Value {
    Number(f64),
    /// A day of a month (1-based), or a month alone.
    Date {
        month: usize,
        day: Option<u32>,
    },
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            // Within rounding: "$9.9 billion" is 9.9 × 10⁹ and "9.900 millones" 9900 × 10⁶.
            (Value::Number(a), Value::Number(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()),
            (Value::Date { month: m1, day: d1 }, Value::Date { month: m2, day: d2 }) => m1 == m2 && d1 == d2,
            _ => false,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{n}"),
            Value::Date { month, day: Some(day) } => write!(f, "day {day} of month {month}"),
            Value::Date { month, day: None } => write!(f, "month {month}"),
        }
    }
}

/// A value, and the words that state it.
#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    pub written: String,
    pub value: Value,
}

/// Every number, amount and date `text` states, in order. Numbers written as words ("four
/// years") are not read: a translation may write them either way.
pub fn stated_values(text: &str, numerals: &Numerals) -> Vec<Stated> {
    let words: Vec<(usize, &str)> = words(text);
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let (_, word) = words[index];
        let lower = word.to_lowercase();
        // A month, perhaps with its day after it ("January 21", "Jan 23").
        if !numerals.day_first {
            if let Some(month) = month_named(word, numerals, true) {
                let day = words.get(index + 1).and_then(|(_, next)| day_number(next));
                let short = numerals.months_short.iter().any(|m| m.eq_ignore_ascii_case(word.trim_end_matches('.')));
                if day.is_some() || !short || numerals.months.iter().any(|m| m == word) {
                    let end = if day.is_some() { index + 2 } else { index + 1 };
                    found.push(Stated { written: span(text, &words, index, end), value: Value::Date { month, day } });
                    index = end;
                    continue;
                }
            }
        } else if let Some(month) = month_named(word, numerals, false) {
            found.push(Stated { written: word.to_owned(), value: Value::Date { month, day: None } });
            index += 1;
            continue;
        }
        let Some((number, suffix)) = number(&lower, numerals) else {
            index += 1;
            continue;
        };
        // A day before its month ("21 de enero", "21 enero").
        if numerals.day_first && suffix.is_empty() {
            let month_at = match words.get(index + 1) {
                Some((_, "de")) => index + 2,
                _ => index + 1,
            };
            if let (Some(day), Some(month)) =
                (day_number(word), words.get(month_at).and_then(|(_, w)| month_named(w, numerals, false)))
            {
                found.push(Stated {
                    written: span(text, &words, index, month_at + 1),
                    value: Value::Date { month, day: Some(day) },
                });
                index = month_at + 1;
                continue;
            }
        }
        // A scale attached ("$10B") or in the words after it ("500.000 millones").
        let mut end = index + 1;
        let mut value = number;
        if let Some((_, scale)) = numerals.scales.iter().find(|(words, _)| *words == suffix) {
            value *= scale;
        } else if suffix.is_empty() {
            for (scale_words, scale) in numerals.scales {
                let count = scale_words.split(' ').count();
                let following: Vec<String> =
                    words.iter().skip(index + 1).take(count).map(|(_, w)| w.to_lowercase()).collect();
                if following.len() == count && following.join(" ") == *scale_words && scale_words.len() > 1 {
                    value *= scale;
                    end += count;
                    break;
                }
            }
        }
        found.push(Stated { written: span(text, &words, index, end), value: Value::Number(value) });
        index = end;
    }
    found
}

/// The words of `text` with their byte offsets: runs between spaces, trimmed of punctuation
/// but a number's own ("1,500.5", "$10B" keeps "10B").
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut offset = 0;
    for raw in text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '/' || c == '–' || c == '—') {
        let from_start = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let mut trimmed = from_start.trim_end_matches(|c: char| !c.is_alphanumeric());
        // A currency sign that ends a word of letters is the word's own: "M$", millions of dollars.
        if trimmed.ends_with(char::is_alphabetic) && from_start[trimmed.len()..].starts_with('$') {
            trimmed = &from_start[..trimmed.len() + 1];
        }
        if !trimmed.is_empty() {
            let start = offset + raw.find(trimmed).unwrap_or(0);
            words.push((start, trimmed));
        }
        offset += raw.len() + raw_separator_len(text, offset + raw.len());
    }
    words
}

fn raw_separator_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// The text from the `from`th word to the end of the word before `to`.
fn span(text: &str, words: &[(usize, &str)], from: usize, to: usize) -> String {
    let (start, _) = words[from];
    let (last, word) = words[to - 1];
    text[start..last + word.len()].to_owned()
}

/// A month's number (1-based) if `word` names one: a long name, or (before a day) an
/// abbreviation. English capitalises its months, so "may" is not May.
fn month_named(word: &str, numerals: &Numerals, with_short: bool) -> Option<usize> {
    let word = word.trim_end_matches('.');
    let matches = |name: &String| {
        if numerals.day_first {
            name.eq_ignore_ascii_case(word) || name.to_lowercase() == word.to_lowercase()
        } else {
            name == word
        }
    };
    numerals
        .months
        .iter()
        .position(matches)
        .or_else(|| with_short.then(|| numerals.months_short.iter().position(matches)).flatten())
        .map(|index| index + 1)
}

/// A day of a month, written as digits alone.
fn day_number(word: &str) -> Option<u32> {
    let day: u32 = word.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// The number a word starts with, by the language's separators, and what follows it
/// ("10b" gives 10 and "b"). Groups must be of three digits; a separator that is not followed
/// by one is not part of the number.
fn number<'a>(word: &'a str, numerals: &Numerals) -> Option<(f64, &'a str)> {
    let digits = word.trim_start_matches(['$', '€', '£']);
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let bytes = digits.as_bytes();
    let mut whole = String::new();
    let mut fraction = String::new();
    let mut at = 0;
    while at < bytes.len() {
        let c = bytes[at] as char;
        if c.is_ascii_digit() {
            whole.push(c);
            at += 1;
        } else if c == numerals.group
            && bytes.len() >= at + 4
            && bytes[at + 1..at + 4].iter().all(u8::is_ascii_digit)
            && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit())
        {
            at += 1;
        } else {
            break;
        }
    }
    if at < bytes.len() && bytes[at] as char == numerals.decimal && bytes.get(at + 1).is_some_and(u8::is_ascii_digit) {
        at += 1;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            fraction.push(bytes[at] as char);
            at += 1;
        }
    }
    let value: f64 = format!("{whole}.{fraction}0").parse().ok()?;
    let suffix = digits[at..].trim_start_matches(['%', '×']);
    Some((value, suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Numerals {
        crate::numerals("en").expect("CLDR knows English")
    }

    fn spanish() -> Numerals {
        crate::numerals("es").expect("CLDR knows Spanish")
    }

    fn values(text: &str, numerals: &Numerals) -> Vec<Value> {
        stated_values(text, numerals).into_iter().map(|s| s.value).collect()
    }

    #[test]
    fn amounts_are_the_same_value_in_either_language() {
        let n = Value::Number;
        assert_eq!(
            values("up to $500 billion by 2029, $100 billion at first", &english()),
            [n(5e11), n(2029.0), n(1e11)]
        );
        assert_eq!(
            values("hasta 500.000 millones de dólares para 2029, 100.000 millones al principio", &spanish()),
            [n(5e11), n(2029.0), n(1e11)]
        );
        assert_eq!(
            values("“well under $10B secured”, $157bn, 100,000 jobs, $1.5 billion.", &english()),
            [n(1e10), n(157e9), n(1e5), n(1.5e9)]
        );
        assert_eq!(
            values("10.000 millones, 1.500 millones de dólares, 100.000 empleos, 9,9.", &spanish()),
            [n(1e10), n(1.5e9), n(1e5), n(9.9)]
        );
        assert_eq!(values("500 mil millones y 20 %", &spanish()), [n(5e11), n(20.0)]);
        assert_eq!(values("“Si se aseguran 100.000 M$” y 9.900 M$", &spanish()), [n(1e11), n(9.9e9)]);
        assert_eq!(values("Musk left in 2018.", &english()), [n(2018.0)]);
    }

    #[test]
    fn dates_are_the_same_value_in_either_language() {
        let day = |month, day| Value::Date { month, day: Some(day) };
        let month = |month| Value::Date { month, day: None };
        assert_eq!(values("that Tuesday was January 21, 2025", &english()), [day(1, 21), Value::Number(2025.0)]);
        assert_eq!(values("ese martes fue el 21 de enero de 2025", &spanish()), [day(1, 21), Value::Number(2025.0)]);
        assert_eq!(
            values("San Francisco, Jan 23 (NationPress), in March 2024", &english()),
            [day(1, 23), month(3), Value::Number(2024.0)]
        );
        assert_eq!(
            values("San Francisco, 23 de enero, en marzo de 2024", &spanish()),
            [day(1, 23), month(3), Value::Number(2024.0)]
        );
        // "may" is a verb, and "mar" the sea.
        assert_eq!(values("it may be so", &english()), []);
        assert_eq!(values("el mar", &spanish()), []);
    }
}
