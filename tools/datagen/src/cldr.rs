//! What CLDR, the Unicode Consortium's data on the world's languages, says about writing
//! numbers and dates in one language, read at build time with ICU4X and its compiled data: the
//! page gets the result as constants, and none of ICU4X. Nothing here is typed in for a
//! language: each value is read from what ICU4X writes (a number, a date), with its parts
//! marked, and checked on other numbers and dates to be a rule the page can follow.

use std::fmt;

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::enums::DateFieldSet;
use icu_datetime::fieldsets::{YM, YMD};
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames, MonthNameLength};
use icu_datetime::provider::neo::{marker_attrs, DatetimeNamesMonthGregorianV1};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_provider::prelude::*;
use writeable::{Part, PartsWrite, TryWriteable, Writeable};

use crate::plurals::IntegerRule;
use crate::Piece;

/// What CLDR says about writing numbers and dates in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    /// Between a number's whole and its fraction: "." in English, "," in Spanish.
    pub decimal: String,
    /// Between groups of three digits: "," in English, "." in Spanish.
    pub group: String,
    /// A number's whole part is grouped when it has at least 3 + `min_grouping` digits: 1 in
    /// English (1,000), 2 in Spanish (5000 but 10.000).
    pub min_grouping: u8,
    /// The months' names as a date writes them: "January", "enero".
    pub months: [String; 12],
    /// Their abbreviated names as a date writes them: "Jan", "ene".
    pub months_short: [String; 12],
    /// A date known to the day, with placeholders `day`, `month` and `year`: "{month} {day},
    /// {year}", "{day} de {month} de {year}".
    pub day: Vec<Piece>,
    /// A date known to the day where room is short (CLDR's medium date), with `day`, `month`
    /// (an abbreviated name) and `year`: "{month} {day}, {year}", "{day} {month} {year}".
    pub day_short: Vec<Piece>,
    /// A date known to the month, with `month` and `year`: "{month} {year}", "{month} de {year}".
    pub month: Vec<Piece>,
    /// The same where room is short (CLDR's medium, abbreviated months): "{month} {year}" in
    /// both English ("Mar 2024") and Spanish ("mar 2024").
    pub month_short: Vec<Piece>,
    /// CLDR's plural categories that whole numbers take, in CLDR's order: "one", "other" in
    /// English; "one", "many", "other" in Spanish.
    pub plural_forms: Vec<&'static str>,
}

/// What CLDR says about `language` ("en", "es"); an error names what datagen cannot follow.
pub fn locale(language: &str) -> Result<Locale, String> {
    with_plural_rule(language).map(|(locale, _)| locale)
}

/// The locale, and its plural rule for writing out as Rust.
pub(crate) fn with_plural_rule(language: &str) -> Result<(Locale, IntegerRule), String> {
    let locale: icu_locale_core::Locale =
        language.parse().map_err(|e| format!("\"{language}\" is not a language code: {e}"))?;
    known(&locale, language)?;
    let rule = IntegerRule::of(&locale, language)?;
    let (decimal, group, min_grouping) = numbers(&locale, language)?;
    let (months, months_short, (day, day_short), (month, month_short)) = dates(&locale, language)?;
    let plural_forms = rule.forms.clone();
    Ok((
        Locale { decimal, group, min_grouping, months, months_short, day, day_short, month, month_short, plural_forms },
        rule,
    ))
}

/// Whether CLDR has data for the language: ICU4X would otherwise write as its root locale does
/// ("2025 M01 23"). Its names of the months are the test: every language has its own.
fn known(locale: &icu_locale_core::Locale, language: &str) -> Result<(), String> {
    let data_locale = DataLocale::from(locale);
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(marker_attrs::WIDE, &data_locale),
        ..Default::default()
    };
    let response: DataResponse<DatetimeNamesMonthGregorianV1> = icu_datetime::provider::Baked
        .load(request)
        .map_err(|e| format!("CLDR's months for \"{language}\" cannot be read: {e}"))?;
    match response.metadata.locale {
        Some(found) if found.is_unknown() => Err(format!("CLDR has no data for \"{language}\"")),
        _ => Ok(()),
    }
}

/// The decimal separator, the group separator and the minimum grouping, read from how CLDR
/// writes 1234567.5, then 1234, 12345, 123456 (the first grouped gives the minimum).
fn numbers(locale: &icu_locale_core::Locale, language: &str) -> Result<(String, String, u8), String> {
    let formatter = DecimalFormatter::try_new(locale.into(), Default::default())
        .map_err(|e| format!("CLDR's numbers for \"{language}\" cannot be read: {e}"))?;
    let written = |number: Decimal| Marked::of(&formatter.format(&number));
    let sample = written("1234567.5".parse().expect("a decimal number"));
    let (group, decimal) = (sample.part(icu_decimal::parts::GROUP), sample.part(icu_decimal::parts::DECIMAL));
    let (Some(group), Some(decimal)) = (group, decimal) else {
        return Err(format!(
            "CLDR writes 1234567.5 in \"{language}\" as \"{}\", with no groups or no decimal separator",
            sample.text
        ));
    };
    // Digits the page writes (0 to 9), in groups of three.
    if sample.text != format!("1{group}234{group}567{decimal}5") {
        return Err(format!(
            "CLDR writes 1234567.5 in \"{language}\" as \"{}\", not in groups of three digits 0 to 9 as the page does",
            sample.text
        ));
    }
    let min_grouping = (1..=3)
        .find(|extra| {
            let digits: String = "123456".chars().take(3 + usize::from(*extra)).collect();
            written(digits.parse().expect("digits")).part(icu_decimal::parts::GROUP).is_some()
        })
        .ok_or_else(|| format!("CLDR groups no number of up to six digits in \"{language}\""))?;
    Ok((decimal, group, min_grouping))
}

/// The months' names and the two date patterns, read from how CLDR writes 23 January 2025 (a
/// long date; the month and the year), then checked on a day of each month and on a day of one
/// digit: the page fills the patterns with these names and unpadded days.
#[allow(clippy::type_complexity)]
fn dates(
    locale: &icu_locale_core::Locale,
    language: &str,
) -> Result<([String; 12], [String; 12], (Vec<Piece>, Vec<Piece>), (Vec<Piece>, Vec<Piece>)), String> {
    let cannot = |e: &dyn fmt::Display| format!("CLDR's dates for \"{language}\" cannot be read: {e}");
    let date = |month: u8, day: u8| Date::try_new_gregorian(2025, month, day).expect("a real date");
    let months = month_names(locale, MonthNameLength::Wide, "MMMM").map_err(|e| cannot(&e))?;
    let months_short = month_names(locale, MonthNameLength::Abbreviated, "MMM").map_err(|e| cannot(&e))?;

    let long =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMD::long()).map_err(|e| cannot(&e))?;
    let month_year =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YM::long()).map_err(|e| cannot(&e))?;
    let medium = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YMD::medium())
        .map_err(|e| cannot(&e))?;
    let day = Marked::of(&long.format(&date(1, 23))).pattern(&["day", "month", "year"]);
    let day_short = Marked::of(&medium.format(&date(1, 23))).pattern(&["day", "month", "year"]);
    let month_year_short =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), YM::medium()).map_err(|e| cannot(&e))?;
    let month_short = Marked::of(&month_year_short.format(&date(1, 23))).pattern(&["month", "year"]);
    let month = Marked::of(&month_year.format(&date(1, 23))).pattern(&["month", "year"]);
    for (index, name) in months.iter().enumerate() {
        let number = u8::try_from(index + 1).expect("twelve months");
        for day_number in [5, 23] {
            let values = [("day", day_number.to_string()), ("month", name.clone()), ("year", "2025".to_owned())];
            let (cldr, ours) = (long.format(&date(number, day_number)).to_string(), fill(&day, &values));
            if cldr != ours {
                return Err(format!(
                    "CLDR writes a date in \"{language}\" as \"{cldr}\", not as the page would from the names of the months and the day's number (\"{ours}\")"
                ));
            }
        }
        let values = [("day", "23".to_owned()), ("month", months_short[index].clone()), ("year", "2025".to_owned())];
        let (cldr, ours) = (medium.format(&date(number, 23)).to_string(), fill(&day_short, &values));
        if cldr != ours {
            return Err(format!(
                "CLDR writes a short date in \"{language}\" as \"{cldr}\", not as the page would from the abbreviated months (\"{ours}\")"
            ));
        }
        let values = [("month", months_short[index].clone()), ("year", "2025".to_owned())];
        let (cldr, ours) = (month_year_short.format(&date(number, 1)).to_string(), fill(&month_short, &values));
        if cldr != ours {
            return Err(format!(
                "CLDR writes a short month in \"{language}\" as \"{cldr}\", not as the page would from the abbreviated months (\"{ours}\")"
            ));
        }
        let values = [("month", name.clone()), ("year", "2025".to_owned())];
        let (cldr, ours) = (month_year.format(&date(number, 1)).to_string(), fill(&month, &values));
        if cldr != ours {
            return Err(format!(
                "CLDR writes a month in \"{language}\" as \"{cldr}\", not as the page would from the names the dates use (\"{ours}\")"
            ));
        }
    }
    Ok((months, months_short, (day, day_short), (month, month_short)))
}

/// The twelve months' names of one length, as the date pattern `field` ("MMMM") writes them.
fn month_names(
    locale: &icu_locale_core::Locale,
    length: MonthNameLength,
    field: &str,
) -> Result<[String; 12], Box<dyn std::error::Error>> {
    let mut names = FixedCalendarDateTimeNames::<Gregorian, DateFieldSet>::try_new(locale.into())?;
    names.include_month_names(length)?;
    let pattern: DateTimePattern = field.parse()?;
    let mut months: [String; 12] = Default::default();
    for (month, name) in (1..=12).zip(&mut months) {
        let date = Date::try_new_gregorian(2025, month, 1)?;
        *name = names
            .with_pattern_unchecked(&pattern)
            .format(&date)
            .try_write_to_string()
            .map_err(|(e, _)| format!("{e:?}"))?
            .into_owned();
    }
    Ok(months)
}

/// A text with placeholders filled in with `values`.
fn fill(pieces: &[Piece], values: &[(&str, String)]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Words(words) => words.as_str(),
            Piece::Placeholder(name) => {
                values.iter().find(|(key, _)| key == name).map_or("", |(_, value)| value.as_str())
            }
        })
        .collect()
}

/// What ICU4X wrote, with the parts it marked (a group separator, a month): their ranges, the
/// innermost first.
#[derive(Default)]
struct Marked {
    text: String,
    parts: Vec<(std::ops::Range<usize>, Part)>,
}

impl Marked {
    fn of(written: &impl Writeable) -> Marked {
        let mut marked = Marked::default();
        // Writing into a String does not fail.
        let _ = written.write_to_parts(&mut marked);
        marked
    }

    /// The text of the first part marked `part`.
    fn part(&self, part: Part) -> Option<String> {
        self.parts.iter().find(|(_, p)| *p == part).map(|(range, _)| self.text[range.clone()].to_owned())
    }

    /// A date's text as a pattern: each of its day, month and year parts a placeholder, once.
    fn pattern(&self, names: &[&str]) -> Vec<Piece> {
        let field = |name: &str| match name {
            "day" => icu_datetime::parts::DAY,
            "month" => icu_datetime::parts::MONTH,
            _ => icu_datetime::parts::YEAR,
        };
        let mut fields: Vec<(std::ops::Range<usize>, &str)> = names
            .iter()
            .filter_map(|name| {
                self.parts.iter().find(|(_, part)| *part == field(name)).map(|(range, _)| (range.clone(), *name))
            })
            .collect();
        fields.sort_by_key(|(range, _)| range.start);
        let mut pieces = Vec::new();
        let mut at = 0;
        for (range, name) in fields {
            if range.start > at {
                pieces.push(Piece::Words(self.text[at..range.start].to_owned()));
            }
            pieces.push(Piece::Placeholder(name.to_owned()));
            at = range.end;
        }
        if at < self.text.len() {
            pieces.push(Piece::Words(self.text[at..].to_owned()));
        }
        pieces
    }
}

impl fmt::Write for Marked {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.text.push_str(text);
        Ok(())
    }
}

impl PartsWrite for Marked {
    type SubPartsWrite = Self;

    fn with_part(&mut self, part: Part, mut write: impl FnMut(&mut Self) -> fmt::Result) -> fmt::Result {
        let start = self.text.len();
        write(self)?;
        self.parts.push((start..self.text.len(), part));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pieces;

    #[test]
    fn english_as_the_page_has_always_written_it() {
        let en = locale("en").unwrap();
        assert_eq!((en.decimal.as_str(), en.group.as_str(), en.min_grouping), (".", ",", 1));
        assert_eq!((en.months[0].as_str(), en.months[11].as_str()), ("January", "December"));
        assert_eq!((en.months_short[0].as_str(), en.months_short[8].as_str()), ("Jan", "Sep"));
        assert_eq!(en.day, pieces("{month} {day}, {year}").unwrap());
        assert_eq!(en.day_short, pieces("{month} {day}, {year}").unwrap());
        assert_eq!(en.month, pieces("{month} {year}").unwrap());
        assert_eq!(en.plural_forms, ["one", "other"]);
    }

    #[test]
    fn spanish_as_a_spanish_newspaper_writes_it() {
        let es = locale("es").unwrap();
        assert_eq!((es.decimal.as_str(), es.group.as_str(), es.min_grouping), (",", ".", 2));
        assert_eq!((es.months[0].as_str(), es.months_short[0].as_str()), ("enero", "ene"));
        assert_eq!(es.day, pieces("{day} de {month} de {year}").unwrap());
        assert_eq!(es.day_short, pieces("{day} {month} {year}").unwrap());
        assert_eq!(es.month_short, pieces("{month} {year}").unwrap());
        assert_eq!(es.month, pieces("{month} de {year}").unwrap());
        let values = [("day", "23".to_owned()), ("month", es.months[0].clone()), ("year", "2025".to_owned())];
        assert_eq!(fill(&es.day, &values), "23 de enero de 2025");
        assert_eq!(es.plural_forms, ["one", "many", "other"]);
    }

    #[test]
    fn what_the_page_cannot_follow_is_refused() {
        assert_eq!(locale("xx").unwrap_err(), "CLDR has no data for \"xx\"");
        assert!(locale("not a code").unwrap_err().starts_with("\"not a code\" is not a language code"));
        // Hindi groups by twos past the first thousand (12,34,567.5).
        assert!(locale("hi").unwrap_err().contains("not in groups of three digits"), "{:?}", locale("hi"));
        // Russian names a month alone as it is called, not as a date writes it (январь, января).
        assert!(locale("ru").unwrap_err().starts_with("CLDR writes a month in \"ru\""), "{:?}", locale("ru"));
    }
}
