//! Finding a quoted passage in an article, treating any run of white space as equal to any
//! other: an editor may wrap a long quote across lines in TOML.

/// A byte range of a source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Finds the `occurrence`-th (1-based) place where `passage` occurs in `text`, with runs of
/// white space in either matching any run of white space in the other. Leading and trailing
/// white space of the passage is ignored. Returns the range in `text`, or `None`.
pub fn find_passage(text: &str, passage: &str, occurrence: usize) -> Option<Span> {
    let words: Vec<&str> = passage.split_whitespace().collect();
    if words.is_empty() || occurrence == 0 {
        return None;
    }
    let mut found = 0;
    let mut from = 0;
    while let Some(offset) = text[from..].find(words[0]) {
        let start = from + offset;
        if let Some(end) = match_rest(text, start + words[0].len(), &words[1..]) {
            found += 1;
            if found == occurrence {
                return Some(Span { start, end });
            }
        }
        from = start + words[0].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Matches the remaining words after `at`, each preceded by at least one white-space character.
fn match_rest(text: &str, mut at: usize, words: &[&str]) -> Option<usize> {
    for word in words {
        let gap = text[at..].len() - text[at..].trim_start().len();
        if gap == 0 || !text[at + gap..].starts_with(word) {
            return None;
        }
        at += gap + word.len();
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exact_and_reflowed_passages() {
        let text = "One two  three\nfour.";
        assert_eq!(find_passage(text, "two three", 1), Some(Span { start: 4, end: 14 }));
        assert_eq!(find_passage(text, " three\n  four. ", 1), Some(Span { start: 9, end: 20 }));
    }

    #[test]
    fn white_space_must_stay_white_space() {
        assert_eq!(find_passage("twothree", "two three", 1), None);
        assert_eq!(find_passage("two three", "twothree", 1), None);
    }

    #[test]
    fn one_wrong_letter_is_not_found() {
        assert_eq!(find_passage("They don’t actually have the money.", "They don't actually", 1), None);
    }

    #[test]
    fn counts_occurrences() {
        let text = "a b. a b.";
        assert_eq!(find_passage(text, "a b.", 2), Some(Span { start: 5, end: 9 }));
        assert_eq!(find_passage(text, "a b.", 3), None);
        assert_eq!(find_passage(text, "a b.", 0), None);
    }

    #[test]
    fn blank_passage_is_never_found() {
        assert_eq!(find_passage("text", "  \n", 1), None);
    }

    #[test]
    fn multibyte_text_is_safe() {
        let text = "“Wrong, as you surely know.” — “Wrong”";
        assert!(find_passage(text, "“Wrong”", 1).is_some());
        assert!(find_passage(text, "know.” —", 1).is_some());
    }
}
