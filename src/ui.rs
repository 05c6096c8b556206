//! The interface's words, compiled from `data/ui.toml` by `tools/datagen` (which says how an
//! entry becomes an item): a text is a constant, a text with placeholders a struct whose
//! `text()` fills them in, a plural a struct with a `count`. Nothing here is English but what
//! the data file says.

include!(concat!(env!("OUT_DIR"), "/ui.rs"));

/// A whole count as the words write it, its digits grouped by the language's separator:
/// "100,000".
pub fn count(n: u32) -> String {
    let mut digits = format!("{n}");
    let mut at = digits.len();
    while at > 3 {
        at -= 3;
        digits.insert_str(at, number::THOUSANDS);
    }
    digits
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
        assert_eq!(count(u32::MAX), "4,294,967,295");
        assert_eq!((count(999), count(1_234_567)), ("999".to_owned(), "1,234,567".to_owned()));
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
