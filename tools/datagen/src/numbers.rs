//! Reading the number a figure's words state, so a figure's `value` can be checked against
//! the article: "$500 billion" states 500, "100,000" states 100000, "four years" states 4.

const WORDS: [(&str, f64); 12] = [
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
];

/// The first exact number the text states, in digits or as a word from one to twelve.
pub fn stated_number(text: &str) -> Option<f64> {
    if let Some(start) = text.find(|c: char| c.is_ascii_digit()) {
        let digits: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .filter(|c| *c != ',')
            .collect();
        return digits.trim_end_matches('.').parse().ok();
    }
    text.split(|c: char| !c.is_alphabetic())
        .find_map(|word| WORDS.iter().find(|(name, _)| word.eq_ignore_ascii_case(name)).map(|(_, value)| *value))
}

#[cfg(test)]
mod tests {
    use super::stated_number;

    #[test]
    fn reads_digits_with_separators_and_units() {
        assert_eq!(stated_number("$500 billion"), Some(500.0));
        assert_eq!(stated_number("100,000"), Some(100_000.0));
        assert_eq!(stated_number("$10B"), Some(10.0));
        assert_eq!(stated_number("$157bn"), Some(157.0));
        assert_eq!(stated_number("$1.5 billion."), Some(1.5));
    }

    #[test]
    fn reads_number_words() {
        assert_eq!(stated_number("four years"), Some(4.0));
        assert_eq!(stated_number("Three years later"), Some(3.0));
    }

    #[test]
    fn vague_amounts_state_no_number() {
        assert_eq!(stated_number("hundreds of thousands"), None);
        assert_eq!(stated_number("multibillion-dollar"), None);
        assert_eq!(stated_number("millions of followers"), None);
        assert_eq!(stated_number("someone"), None);
    }
}
