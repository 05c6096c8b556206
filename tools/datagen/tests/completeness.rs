//! Completeness: every person, organisation, figure, dated event and direct quote in either
//! article is in `data/`. Quotes, digits, number words and date words are found in the
//! articles by scanning, so a new one, or an entry removed, fails here.

use std::path::Path;

use datagen::{ClaimKind, Content, Span};

fn content() -> Content {
    Content::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")).unwrap_or_else(|e| panic!("{e}"))
}

/// The spans, in source `source`, of the citations at `indices`.
fn spans(content: &Content, source: usize, indices: impl IntoIterator<Item = usize>) -> Vec<Span> {
    indices.into_iter().map(|i| content.citations[i]).filter(|c| c.source == source).map(|c| c.span).collect()
}

fn covered(spans: &[Span], start: usize, end: usize) -> bool {
    spans.iter().any(|s| s.start <= start && end <= s.end)
}

/// Every place `word` occurs in `text` as a whole word (not inside a longer word).
fn word_positions(text: &str, word: &str) -> Vec<(usize, usize)> {
    text.match_indices(word)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(at, _)| (at, at + word.len()))
        .collect()
}

#[test]
fn every_direct_quote_is_a_claim_with_its_speaker() {
    let content = content();
    let mut quotes = 0;
    for (index, source) in content.sources.iter().enumerate() {
        let claims = spans(
            &content,
            index,
            content.claims.iter().filter(|c| c.entry.kind == ClaimKind::Claim).flat_map(|c| c.cites.clone()),
        );
        let mut rest = 0;
        while let Some(open) = source.text[rest..].find('“') {
            let start = rest + open;
            let end =
                start + source.text[start..].find('”').expect("every opening quote mark is closed") + '”'.len_utf8();
            assert!(
                covered(&claims, start, end),
                "{}: quote {} is not cited by any claim",
                source.entry.file,
                &source.text[start..end]
            );
            quotes += 1;
            rest = end;
        }
    }
    assert_eq!(quotes, 15, "the two articles hold 15 direct quotes");
}

#[test]
fn every_number_is_a_figure_or_a_date() {
    let content = content();
    for (index, source) in content.sources.iter().enumerate() {
        let cites = content.figures.iter().map(|f| f.cite).chain(content.events.iter().flat_map(|e| e.cites.clone()));
        let known = spans(&content, index, cites);
        let text = &source.text;
        let mut at = 0;
        while let Some(found) = text[at..].find(|c: char| c.is_ascii_digit()) {
            let start = at + found;
            let run = text[start..].find(|c: char| !(c.is_ascii_digit() || c == ',')).unwrap_or(text.len() - start);
            // "100,000" is one number; the comma in "2024, indicating" is not part of it.
            let end = start + text[start..start + run].trim_end_matches(',').len();
            assert!(
                covered(&known, start, end),
                "{}: the number {} is neither a figure nor a dated event",
                source.entry.file,
                &text[start..end]
            );
            at = end;
        }
    }
}

/// Number words that state an amount. Each use must be a figure, unless listed as not one.
const NUMBER_WORDS: [&str; 16] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "multibillion",
];

/// Uses of number words that are not amounts.
const NOT_AMOUNTS: [&str; 2] = ["Trump’s number one tech ally", "one of his biggest political backers"];

#[test]
fn every_amount_in_words_is_a_figure() {
    let content = content();
    let mut amounts = 0;
    for (index, source) in content.sources.iter().enumerate() {
        let figures = spans(&content, index, content.figures.iter().map(|f| f.cite));
        let exempt: Vec<(usize, usize)> = NOT_AMOUNTS
            .iter()
            .flat_map(|phrase| source.text.match_indices(phrase).map(|(at, p)| (at, at + p.len())))
            .collect();
        for word in NUMBER_WORDS {
            for (start, end) in word_positions(&source.text.to_lowercase(), word) {
                if exempt.iter().any(|(s, e)| *s <= start && end <= *e) {
                    continue;
                }
                assert!(
                    covered(&figures, start, end),
                    "{}: \"{word}\" at byte {start} is not a figure",
                    source.entry.file
                );
                amounts += 1;
            }
        }
    }
    assert_eq!(amounts, 8, "four (twice), three, eight, hundreds, thousands, millions, multibillion");
}

const DATE_WORDS: [&str; 22] = [
    "January",
    "Jan",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "last year",
    "following day",
];

#[test]
fn every_date_is_a_dated_event() {
    let content = content();
    let mut dates = 0;
    for (index, source) in content.sources.iter().enumerate() {
        let events = spans(&content, index, content.events.iter().flat_map(|e| e.cites.clone()));
        for word in DATE_WORDS {
            for (start, end) in word_positions(&source.text, word) {
                assert!(
                    covered(&events, start, end),
                    "{}: \"{word}\" at byte {start} is not a dated event",
                    source.entry.file
                );
                dates += 1;
            }
        }
    }
    assert_eq!(dates, 11);
}

/// Everyone and every organisation the articles name, by the name an article uses.
const NAMES: [&str; 28] = [
    "Elon Musk",
    "Sam Altman",
    "Donald Trump",
    "Masayoshi Son",
    "Sarah Friar",
    "Stargate",
    "OpenAI",
    "SoftBank",
    "Oracle",
    "MGX",
    "Microsoft",
    "Arm",
    "NVIDIA",
    "xAI",
    "Tesla",
    "SpaceX",
    "X",
    "Crusoe Energy Systems",
    "Crusoe",
    "Lancium",
    "Department of Government Efficiency",
    "DOGE",
    "White House",
    "U.S. government",
    "Xinhua",
    "The Information",
    "NationPress",
    "the ChatGPT-maker",
];

#[test]
fn everyone_named_is_an_entity() {
    let content = content();
    for name in NAMES {
        assert!(
            content.sources.iter().any(|s| !word_positions(&s.text, name).is_empty()),
            "{name} is not in either article: fix this list"
        );
        let known = content.entities.iter().any(|e| e.entry.name == name || e.entry.aliases.iter().any(|a| a == name));
        assert!(known, "{name} is named in an article but is not in data/entities.toml");
    }
    let people = content.entities.iter().filter(|e| e.entry.kind == datagen::EntityKind::Person).count();
    assert_eq!(people, 5, "Musk, Altman, Trump, Son and Friar");
    assert_eq!(content.entities.len(), 25);
}
