//! Broken entries fed to the validator, each checked for a message that names the file,
//! the entry and the fault; and the real `data/` checked end to end.

use std::path::Path;

use super::*;
use crate::files::parse_toml;
use crate::rust::paragraph_runs;

const ARTICLE: &str = "Headline Here\n\nSan Francisco, Jan 23 (Wire) Musk said, “They don’t actually have the money.”\nA repeated line.\nA repeated line.";

fn sources_toml() -> String {
    r#"
[[source]]
id = "wire"
file = "sources/wire.txt"
label = "Source A"
headline = "Headline Here"
outlet = "Wire"
dateline = "San Francisco, Jan 23 (Wire)"
date_note = "Jan 23; year not stated."
cites = []
not_stated = ["byline"]
"#
    .to_owned()
}

fn citations_toml() -> String {
    r#"
[[citation]]
id = "musk-money"
source = "wire"
passage = "They don’t actually have the money."

[[citation]]
id = "repeat"
source = "wire"
passage = "A repeated line."
occurrence = 2
"#
    .to_owned()
}

fn story_toml() -> String {
    "title = \"T\"\ndek = \"D\"\nsummary = \"Musk said [no money](musk-money).\"\n".to_owned()
}

fn build(sources: &str, citations: &str, story: &str) -> Result<Content, DataError> {
    Content::from_parts(
        parse_toml("sources.toml", sources)?,
        vec![ARTICLE.to_owned()],
        parse_toml("citations.toml", citations)?,
        parse_toml("story.toml", story)?,
    )
}

fn error(sources: &str, citations: &str, story: &str) -> String {
    build(sources, citations, story).expect_err("broken data must be rejected").to_string()
}

#[test]
fn valid_data_builds() {
    let content = build(&sources_toml(), &citations_toml(), &story_toml()).unwrap();
    assert_eq!(content.citations.len(), 2);
    assert_eq!(content.sources[0].marks.len(), 2);
    // The second occurrence of the repeated line is the one cited.
    assert!(content.citations[1].span.start > ARTICLE.find("A repeated line.").unwrap());
}

#[test]
fn one_wrong_letter_in_a_quote_names_the_entry() {
    let broken = citations_toml().replace("actually have", "actualy have");
    let message = error(&sources_toml(), &broken, &story_toml());
    assert!(message.starts_with("data/citations.toml: citation \"musk-money\": passage not found verbatim in sources/wire.txt"), "{message}");
}

#[test]
fn straight_quotes_do_not_match_curly_ones() {
    let broken = citations_toml().replace("don’t", "don't");
    assert!(error(&sources_toml(), &broken, &story_toml()).contains("citation \"musk-money\": passage not found"));
}

#[test]
fn missing_occurrence_is_reported() {
    let broken = citations_toml().replace("occurrence = 2", "occurrence = 3");
    assert!(error(&sources_toml(), &broken, &story_toml()).contains("citation \"repeat\": passage (occurrence 3) not found"));
}

#[test]
fn unknown_source_is_reported() {
    let broken = citations_toml().replacen("source = \"wire\"", "source = \"nowhere\"", 1);
    let message = error(&sources_toml(), &broken, &story_toml());
    assert_eq!(message, "data/citations.toml: citation \"musk-money\": source \"nowhere\" is not defined in sources.toml");
}

#[test]
fn duplicate_and_malformed_ids_are_reported() {
    let twice = citations_toml().replace("id = \"repeat\"", "id = \"musk-money\"");
    assert!(error(&sources_toml(), &twice, &story_toml()).contains("citation \"musk-money\": id is used twice"));
    let upper = citations_toml().replace("id = \"repeat\"", "id = \"Repeat\"");
    assert!(error(&sources_toml(), &upper, &story_toml()).contains("citation \"Repeat\": id must be"));
}

#[test]
fn passage_across_paragraphs_is_reported() {
    let broken = citations_toml().replace("A repeated line.\"\noccurrence = 2", "line. A repeated\"");
    assert!(error(&sources_toml(), &broken, &story_toml()).contains("citation \"repeat\": passage runs across a paragraph break"));
}

#[test]
fn metadata_must_occur_in_the_article() {
    let headline = sources_toml().replace("Headline Here", "Headline There");
    assert!(error(&headline, &citations_toml(), &story_toml()).contains("source \"wire\": headline \"Headline There\" does not occur"));
    let outlet = sources_toml().replace("outlet = \"Wire\"", "outlet = \"Reuters\"");
    assert!(error(&outlet, &citations_toml(), &story_toml()).contains("source \"wire\": outlet \"Reuters\" does not occur"));
    let cites = sources_toml().replace("cites = []", "cites = [\"Xinhua\"]");
    assert!(error(&cites, &citations_toml(), &story_toml()).contains("cited outlet \"Xinhua\" does not occur"));
}

#[test]
fn summary_links_must_name_a_citation() {
    let story = story_toml().replace("(musk-money)", "(musk-cash)");
    let message = error(&sources_toml(), &citations_toml(), &story);
    assert_eq!(message, "data/story.toml: summary: links to citation \"musk-cash\", which citations.toml does not define");
    let malformed = story_toml().replace("(musk-money)", "");
    assert!(error(&sources_toml(), &citations_toml(), &malformed).starts_with("data/story.toml: summary: link starting"));
}

#[test]
fn toml_errors_name_the_file_and_line() {
    let broken = citations_toml().replace("passage = \"A repeated", "pasage = \"A repeated");
    let message = error(&sources_toml(), &broken, &story_toml());
    assert!(message.starts_with("data/citations.toml: line 10: unknown field `pasage`"), "{message}");
}

#[test]
fn runs_give_back_the_article_byte_for_byte() {
    let content = build(&sources_toml(), &citations_toml(), &story_toml()).unwrap();
    let lines: Vec<String> = paragraph_runs(&content.sources[0])
        .iter()
        .map(|runs| runs.iter().map(|(text, _)| *text).collect())
        .collect();
    assert_eq!(lines.join("\n"), ARTICLE);
}

#[test]
fn overlapping_passages_merge_into_one_mark() {
    let spans = [Span { start: 5, end: 9 }, Span { start: 0, end: 6 }, Span { start: 12, end: 14 }];
    assert_eq!(merge_spans(spans.into_iter()), vec![Span { start: 0, end: 9 }, Span { start: 12, end: 14 }]);
}

#[test]
fn the_projects_data_is_valid() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let content = Content::load(&data).unwrap_or_else(|e| panic!("{e}"));
    for source in &content.sources {
        let original = std::fs::read_to_string(data.join(&source.entry.file)).unwrap();
        let rebuilt: Vec<String> = paragraph_runs(source)
            .iter()
            .map(|runs| runs.iter().map(|(text, _)| *text).collect())
            .collect();
        assert_eq!(rebuilt.join("\n"), original, "{} is not reproduced byte for byte", source.entry.file);
    }
}
