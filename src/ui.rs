//! The interface's words, compiled from `data/ui.toml` by `tools/datagen` (which says how an
//! entry becomes an item): a text is a constant, a text with placeholders a struct whose
//! `text()` fills them in, a plural a struct with a `count`. Nothing here is English but what
//! the data file says.

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// A whole count as the words write it, its digits grouped by the language's separator when
/// it has enough of them (CLDR's): "100,000", and in Spanish "5000" but "10.000".
pub fn count(n: u32) -> String {
    group_digits(&n.to_string())
}

/// Digits (a number's whole part, with no sign) grouped in threes by the language's separator,
/// when there are at least 3 + `number::MIN_GROUPING` of them.
pub fn group_digits(digits: &str) -> String {
    let mut grouped = digits.to_owned();
    if digits.len() >= 3 + number::MIN_GROUPING {
        let mut at = digits.len();
        while at > 3 {
            at -= 3;
            grouped.insert_str(at, number::THOUSANDS);
        }
    }
    grouped
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
        let digits = |n: usize| "9".repeat(n);
        assert_eq!(group_digits(&digits(fewest - 1)), digits(fewest - 1));
        let grouped = group_digits(&digits(fewest));
        assert_eq!(grouped, format!("{}{}999", digits(fewest - 3), number::THOUSANDS));
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
