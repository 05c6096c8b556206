//! The interface's words, compiled from `data/ui.toml` by `tools/datagen` (which says how an
//! entry becomes an item): a text is a constant, a text with placeholders a struct whose
//! `text()` fills them in, a plural a struct with a `count`. Nothing here is English but what
//! the data file says.

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// A whole count as the words write it, its digits grouped by the language's separator when
/// it has enough of them (CLDR's): "100,000", and in Spanish "5000" but "10.000".
pub fn count(n: u32) -> String {
    let mut text = format!("{n}");
    let digits = 0..text.len();
    group_digits(&mut text, digits);
    text
}

/// Groups in threes, with the language's separator, the digits at `digits` in `text` (a
/// number's whole part), when there are at least 3 + `number::MIN_GROUPING` of them.
pub fn group_digits(text: &mut String, digits: std::ops::Range<usize>) {
    if digits.len() >= 3 + number::MIN_GROUPING {
        let mut at = digits.end;
        while at > digits.start + 3 {
            at -= 3;
            text.insert_str(at, number::THOUSANDS);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_pick_their_form_and_group_the_count() {
        assert_eq!(walkthrough::Heading { count: 1 }.text(), "The story in 1 step");
        assert_eq!(walkthrough::Heading { count: 10 }.text(), "The story in 10 steps");
        assert_eq!(calculator::units::YearsValue { count: 1 }.text(), "1 year");
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        let group = number::THOUSANDS;
        assert_eq!(count(1_234_567), format!("1{group}234{group}567"));
        assert_eq!(count(u32::MAX), format!("4{group}294{group}967{group}295"));
    }

    #[test]
    fn digits_are_grouped_from_the_languages_minimum() {
        let fewest = 3 + number::MIN_GROUPING;
        let grouped = |n: usize| {
            let mut text = format!("-{}.5", "9".repeat(n));
            group_digits(&mut text, 1..n + 1);
            text
        };
        assert_eq!(grouped(fewest - 1), format!("-{}.5", "9".repeat(fewest - 1)));
        assert_eq!(grouped(fewest), format!("-{}{}999.5", "9".repeat(fewest - 3), number::THOUSANDS));
    }

    #[test]
    fn messages_fill_their_placeholders() {
        assert_eq!(walkthrough::StepCount { number: "3", total: "10" }.text(), "Step 3 of 10");
        assert_eq!(number::Billions { amount: "9.9" }.text(), "$9.9 billion");
    }

    #[test]
    fn there_are_twelve_months() {
        let months: [&str; 12] = date::MONTHS;
        let short: [&str; 12] = date::MONTHS_SHORT;
        assert!(months.iter().zip(short).all(|(month, short)| !month.is_empty() && !short.is_empty()));
    }
}
