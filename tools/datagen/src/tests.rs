//! Broken entries fed to the checker, each expecting a message that names the file, the
//! entry and the fault; and the project's own `data/` checked end to end.

use std::path::Path;

use super::*;

const ARTICLE: &str = "Headline Here\n\nSan Francisco, Jan 23 (Wire) On Tuesday, Acme said it will spend $500 billion over four years.\nMusk said, “They don’t actually have the money.”\nA repeated line.\nA repeated line. It may be.";

const SOURCES: &str = r#"
[[source]]
id = "wire"
file = "sources/wire.txt"
label = "Source A"
headline = "Headline Here"
outlet = "Wire"
dateline = "San Francisco, Jan 23 (Wire)"
date_note = "Jan 23; year not stated."
not_stated = ["byline"]

[[source]]
id = "other"
file = "sources/other.txt"
label = "Source B"
date_note = "Undated."
not_stated = ["headline", "outlet", "byline", "date"]
"#;

const OTHER_ARTICLE: &str = "Acme plans to spend $500 billion by 2029.";

const STORY: &str = "title = \"T\"\ndek = \"D\"\nsummary = \"Musk said [no money](musk-money).\"\n";

const ENTITIES: &str = r#"
[[entity]]
id = "musk"
name = "Musk"
kind = "person"
role = [{ text = "critic", cite = { source = "wire", passage = "Musk said" } }]

[[entity]]
id = "acme"
name = "Acme"
kind = "organisation"
role = [{ text = "spender", cite = { source = "wire", passage = "Acme said" } }]

[[relation]]
from = "musk"
label = "doubts"
to = "acme"
cite = { source = "wire", passage = "“They don’t actually have the money.”" }
"#;

const CLAIMS: &str = r#"
[[claim]]
id = "musk-money"
kind = "claim"
speakers = ["musk"]
quote = "They don’t actually have the money."
summary = "No money."
event = "spend-day"
cite = { source = "wire", passage = "Musk said, “They don’t actually have the money.”" }

[[claim]]
id = "repeat"
kind = "report"
summary = "Said twice."
cite = [{ source = "wire", passage = "A repeated line.", occurrence = 2 }, { source = "wire", passage = "It may be." }]
"#;

const FIGURES: &str = r#"
[[figure]]
id = "pledge"
text = "$500 billion"
value = 500
unit = "usd-billion"
measures = "the plan"
stated_by = "acme"
cite = { source = "wire", passage = "it will spend $500 billion over four years." }

[[figure]]
id = "years"
text = "four years"
value = 4
unit = "years"
measures = "the period"
cite = { source = "wire", passage = "over four years." }
"#;

const EVENTS: &str = r#"
[[event]]
id = "spend-day"
title = "Acme announces"
date = "2025-01-21"
as_written = "On Tuesday"
derivation = "The Tuesday before Jan 23, 2025."
certainty = "inferred"
cite = { source = "wire", passage = "On Tuesday" }

[[event]]
id = "unknown-day"
title = "Musk replies"
as_written = "Musk said"
unresolved = "Not dated."
cite = { source = "wire", passage = "Musk said" }
"#;

const DIFFERENCES: &str = r#"
[[difference]]
id = "twice"
topic = "Twice"
relation = "differ"
between = "within-article"
summary = "Printed twice."
side = [
  { label = "Source A, first", cite = { source = "wire", passage = "A repeated line." } },
  { label = "Source A, again", cite = { source = "wire", passage = "A repeated line.", occurrence = 2 } },
]

[[difference]]
id = "when"
topic = "By when"
relation = "differ"
between = "articles"
summary = "Source A says Acme will spend over four years; Source B says it plans to by 2029."
side = [
  { label = "Source A", cite = { source = "wire", passage = "it will spend $500 billion over four years." } },
  { label = "Source B", cite = { source = "other", passage = "Acme plans to spend $500 billion by 2029." } },
]
"#;

const CORRECTIONS: &str = r#"
[[correction]]
date = "2026-12-07"
wrong = "It said Acme had spent the money."
now = "It says Acme plans to spend it."
entries = ["pledge", "start", "summary"]

[[correction]]
date = "2026-12-01"
wrong = "It named the wrong day."
now = "It names Tuesday."
entries = ["spend-day"]
"#;

const HEDGES: &str = r#"
[[kind]]
name = "expected or planned"
words = ["will", "plan*"]
keeps = ["is to"]

[[kind]]
name = "possible"
words = ["may"]

[[note]]
entry = 'claim "repeat"'
word = "may"
why = "The line may be printed twice, but the claim is that it is."
"#;

const STEPS: &str = r#"
[[step]]
slug = "start"
headline = "Start"
narrative = "Musk said [no money](musk-money)."
claims = ["musk-money"]
visual = "money"
"#;

/// The fixture's files, with `file` (by name) replaced by `broken` when given.
fn files_with(file: &str, broken: &str) -> Result<DataFiles, DataError> {
    let pick = |name: &str, good: &str| if name == file { broken.to_owned() } else { good.to_owned() };
    Ok(DataFiles {
        language: "en".to_owned(),
        sources: parse_toml("sources.toml", &pick("sources.toml", SOURCES))?,
        texts: vec![ARTICLE.to_owned(), OTHER_ARTICLE.to_owned()],
        story: parse_toml("story.toml", &pick("story.toml", STORY))?,
        entities: parse_toml("entities.toml", &pick("entities.toml", ENTITIES))?,
        claims: parse_toml("claims.toml", &pick("claims.toml", CLAIMS))?,
        figures: parse_toml("figures.toml", &pick("figures.toml", FIGURES))?,
        events: parse_toml("events.toml", &pick("events.toml", EVENTS))?,
        differences: parse_toml("differences.toml", &pick("differences.toml", DIFFERENCES))?,
        steps: parse_toml("steps.toml", &pick("steps.toml", STEPS))?,
        corrections: parse_toml("corrections.toml", &pick("corrections.toml", CORRECTIONS))?,
        hedges: parse_toml("hedges.toml", &pick("hedges.toml", HEDGES))?,
    })
}

/// The message for the fixture with one file broken by replacing `from` with `to`.
fn error(file: &str, good: &str, from: &str, to: &str) -> String {
    assert!(good.contains(from), "fixture has no {from:?}");
    let broken = good.replacen(from, to, 1);
    files_with(file, &broken).and_then(Content::check).expect_err("broken data must be rejected").to_string()
}

#[test]
fn the_fixture_is_valid() {
    let content = files_with("", "").and_then(Content::check).unwrap();
    assert_eq!(content.claims.len(), 2);
    // The second occurrence of the repeated line is its own citation, after the first.
    let texts: Vec<&str> = content.citations.iter().map(|c| &ARTICLE[c.span.start..c.span.end]).collect();
    assert_eq!(texts.iter().filter(|t| **t == "A repeated line.").count(), 2);
    // Citations are in document order.
    assert!(content.citations.windows(2).all(|w| (w[0].source, w[0].span.start) <= (w[1].source, w[1].span.start)));
}

#[test]
fn one_wrong_letter_in_a_quote_names_the_entry() {
    let message = error(
        "claims.toml",
        CLAIMS,
        "passage = \"Musk said, “They don’t actually",
        "passage = \"Musk said, “They don’t actualy",
    );
    assert!(message.starts_with("data/claims.toml: claim \"musk-money\": quote \"They don’t actually have the money.\" is not in its cited passage"), "{message}");
    let message = error(
        "claims.toml",
        CLAIMS,
        "“They don’t actually have the money.”\" }",
        "“They don’t actualy have the money.”\" }",
    );
    assert!(message.contains("data/claims.toml: claim \"musk-money\""), "{message}");
}

#[test]
fn a_passage_not_in_the_source_names_the_entry() {
    let message = error("figures.toml", FIGURES, "passage = \"over four years.\"", "passage = \"over five years.\"");
    assert_eq!(message, "data/figures.toml: figure \"years\": text \"four years\" is not in its cited passage");
    let message = error("entities.toml", ENTITIES, "passage = \"Musk said\"", "passage = \"Musk says\"");
    assert_eq!(
        message,
        "data/entities.toml: entity \"musk\": passage not found verbatim in sources/wire.txt: \"Musk says\""
    );
}

#[test]
fn straight_quotes_do_not_match_curly_ones() {
    let message = error(
        "entities.toml",
        ENTITIES,
        "“They don’t actually have the money.”",
        "\\\"They don't actually have the money.\\\"",
    );
    assert!(
        message.starts_with("data/entities.toml: relation \"musk doubts acme\": passage not found verbatim"),
        "{message}"
    );
}

#[test]
fn a_missing_occurrence_is_reported() {
    let message = error("claims.toml", CLAIMS, "occurrence = 2", "occurrence = 3");
    assert!(message.contains("claim \"repeat\": passage (occurrence 3) not found verbatim"), "{message}");
}

#[test]
fn unknown_ids_are_reported() {
    assert_eq!(
        error(
            "claims.toml",
            CLAIMS,
            "source = \"wire\", passage = \"Musk said,",
            "source = \"nowhere\", passage = \"Musk said,"
        ),
        "data/claims.toml: claim \"musk-money\": cites source \"nowhere\", which sources.toml does not define"
    );
    assert_eq!(
        error("claims.toml", CLAIMS, "speakers = [\"musk\"]", "speakers = [\"elon\"]"),
        "data/claims.toml: claim \"musk-money\": refers to entity \"elon\", which is not defined"
    );
    assert_eq!(
        error("claims.toml", CLAIMS, "event = \"spend-day\"", "event = \"spend-night\""),
        "data/claims.toml: claim \"musk-money\": refers to event \"spend-night\", which is not defined"
    );
    assert_eq!(
        error("entities.toml", ENTITIES, "to = \"acme\"", "to = \"acme-corp\""),
        "data/entities.toml: relation \"musk doubts acme-corp\": refers to entity \"acme-corp\", which is not defined"
    );
    assert_eq!(
        error("figures.toml", FIGURES, "stated_by = \"acme\"", "stated_by = \"acne\""),
        "data/figures.toml: figure \"pledge\": refers to entity \"acne\", which is not defined"
    );
}

#[test]
fn duplicate_and_malformed_ids_are_reported() {
    assert_eq!(
        error("figures.toml", FIGURES, "id = \"years\"", "id = \"spend-day\""),
        "data/events.toml: event \"spend-day\": id is already used in figures.toml"
    );
    assert_eq!(
        error("figures.toml", FIGURES, "id = \"years\"", "id = \"Years\""),
        "data/figures.toml: figure \"Years\": id must start with a letter and be lower-case letters, digits and hyphens"
    );
    assert!(error("figures.toml", FIGURES, "id = \"years\"", "id = \"4-years\"").contains("must start with a letter"));
}

#[test]
fn every_name_of_an_entity_occurs_in_an_article() {
    assert_eq!(
        error("entities.toml", ENTITIES, "name = \"Acme\"", "name = \"Acme\"\naliases = [\"Acme Corp\"]"),
        "data/entities.toml: entity \"acme\": name \"Acme Corp\" occurs in neither article"
    );
}

#[test]
fn impossible_dates_are_reported() {
    assert_eq!(
        error("events.toml", EVENTS, "2025-01-21", "2025-02-30"),
        "data/events.toml: event \"spend-day\": date \"2025-02-30\": month 2 of 2025 has no day 30"
    );
    assert!(
        error("events.toml", EVENTS, "2025-01-21", "21 Jan 2025").contains("event \"spend-day\": date \"21 Jan 2025\"")
    );
}

#[test]
fn relative_dates_need_a_derivation() {
    let message = error("events.toml", EVENTS, "derivation = \"The Tuesday before Jan 23, 2025.\"\n", "");
    assert!(message.starts_with("data/events.toml: event \"spend-day\": as_written \"On Tuesday\" does not give the year 2025; add a `derivation`"), "{message}");
}

#[test]
fn an_event_has_a_date_or_says_why_not() {
    let message = error("events.toml", EVENTS, "unresolved = \"Not dated.\"\n", "");
    assert_eq!(
        message,
        "data/events.toml: event \"unknown-day\": has neither a date nor `unresolved` saying why it cannot be dated"
    );
    let message = error("events.toml", EVENTS, "as_written = \"On Tuesday\"", "as_written = \"On Monday\"");
    assert_eq!(message, "data/events.toml: event \"spend-day\": as_written \"On Monday\" is not in its passage");
}

#[test]
fn a_figure_value_must_be_the_number_in_its_words() {
    assert_eq!(
        error("figures.toml", FIGURES, "value = 500", "value = 50"),
        "data/figures.toml: figure \"pledge\": value 50 differs from the number 500 in its text \"$500 billion\""
    );
    assert_eq!(
        error("figures.toml", FIGURES, "value = 4\n", ""),
        "data/figures.toml: figure \"years\": text \"four years\" states 4 exactly; give it as `value`"
    );
}

#[test]
fn claims_keep_voices_apart() {
    assert_eq!(
        error("claims.toml", CLAIMS, "quote = \"They don’t actually have the money.\"\n", ""),
        "data/claims.toml: claim \"musk-money\": is a party's claim but has no `quote`"
    );
    assert_eq!(
        error("claims.toml", CLAIMS, "kind = \"report\"", "kind = \"report\"\nquote = \"A repeated line.\""),
        "data/claims.toml: claim \"repeat\": has a `quote`, which only a kind = \"claim\" may have"
    );
}

#[test]
fn passages_across_paragraphs_or_partly_overlapping_are_reported() {
    let message = error(
        "claims.toml",
        CLAIMS,
        "passage = \"A repeated line.\", occurrence = 2",
        "passage = \"the money.” A repeated\"",
    );
    assert!(
        message.starts_with("data/claims.toml: claim \"repeat\": passage runs across a paragraph break"),
        "{message}"
    );
    let message = error(
        "entities.toml",
        ENTITIES,
        "passage = \"Acme said\"",
        "passage = \"Acme said it will spend $500 billion\"",
    );
    assert!(message.contains("partly overlaps"), "{message}");
    assert!(
        message.contains("cited by figures.toml: figure \"pledge\"")
            || message.contains("cited by entities.toml: entity \"acme\""),
        "{message}"
    );
}

#[test]
fn source_metadata_must_occur_in_the_article() {
    assert_eq!(
        error("sources.toml", SOURCES, "Headline Here", "Headline There"),
        "data/sources.toml: source \"wire\": headline \"Headline There\" does not occur in sources/wire.txt"
    );
    assert!(error("sources.toml", SOURCES, "not_stated", "cites = [\"Xinhua\"]\nnot_stated")
        .contains("cited outlet \"Xinhua\" does not occur"));
}

#[test]
fn summary_links_must_name_an_entry() {
    assert_eq!(
        error("story.toml", STORY, "(musk-money)", "(musk-cash)"),
        "data/story.toml: summary: links to \"musk-cash\", which is not the id of an entity, claim, figure or event"
    );
    assert!(error("story.toml", STORY, "(musk-money)", "").starts_with("data/story.toml: summary: link starting"));
}

#[test]
fn a_difference_has_two_sides() {
    let message = error(
        "differences.toml",
        DIFFERENCES,
        "  { label = \"Source A, first\", cite = { source = \"wire\", passage = \"A repeated line.\" } },\n",
        "",
    );
    assert_eq!(
        message,
        "data/differences.toml: difference \"twice\": has 1 sides; a difference sets exactly two side by side"
    );
}

#[test]
fn a_date_from_a_weekday_falls_on_that_weekday() {
    assert_eq!(
        error("events.toml", EVENTS, "date = \"2025-01-21\"", "date = \"2025-01-22\""),
        "data/events.toml: event \"spend-day\": date 2025-01-22 is a Wednesday, but as_written \"On Tuesday\" names a Tuesday"
    );
    assert_eq!(
        error("events.toml", EVENTS, "date = \"2025-01-21\"", "date = \"2025-01\""),
        "data/events.toml: event \"spend-day\": as_written \"On Tuesday\" names a Tuesday, so its date must be given to the day"
    );
}

#[test]
fn a_resolved_relative_date_says_how_sure_it_is() {
    let message = error("events.toml", EVENTS, "certainty = \"inferred\"\n", "");
    assert!(
        message.starts_with("data/events.toml: event \"spend-day\": resolves \"On Tuesday\" to 2025-01-21; say how sure that is: certainty = \"certain\""),
        "{message}"
    );
    assert!(error("events.toml", EVENTS, "certainty = \"inferred\"", "certainty = \"probably\"")
        .contains("unknown variant `probably`"));
}

#[test]
fn a_difference_cites_what_it_says_it_is_between() {
    assert_eq!(
        error("differences.toml", DIFFERENCES, "between = \"articles\"", "between = \"within-article\""),
        "data/differences.toml: difference \"when\": is said to be within one article, but its sides cite \"wire\" and \"other\"; a difference between the two is between = \"articles\""
    );
    assert_eq!(
        error("differences.toml", DIFFERENCES, "between = \"within-article\"", "between = \"articles\""),
        "data/differences.toml: difference \"twice\": is said to be between the articles, but both sides cite \"wire\"; a difference within one article is between = \"within-article\""
    );
    assert_eq!(
        error("differences.toml", DIFFERENCES, "{ label = \"Source B\"", "{ label = \"Source A, later\""),
        "data/differences.toml: difference \"when\": side \"Source A, later\" cites Source B (\"other\"), so its label must name \"Source B\""
    );
}

#[test]
fn a_sentence_citing_a_hedged_passage_hedges_too() {
    // A figure's description drops the passage's "will".
    assert_eq!(
        error("figures.toml", FIGURES, "measures = \"the plan\"", "measures = \"the spending\""),
        "data/figures.toml: figure \"pledge\": \"the spending\" cites a passage that hedges with \"will\" (expected or planned): \"it will spend $500 billion over four years.\"; keep the hedge (with a word such as \"will\", \"plan*\", \"is to\") or give the sentence a note in hedges.toml (entry = 'figure \"pledge\"', word = \"will\", why = \"…\")"
    );
    // A sentence of running text, found among its neighbours, keeps it with a word of `keeps`.
    let story = "title = \"T\"\ndek = \"D\"\nsummary = \"Musk said [no money](musk-money). Acme [spends $500 billion](pledge). Fine.\"\n";
    let message = files_with("story.toml", story).and_then(Content::check).unwrap_err().to_string();
    assert!(
        message.starts_with(
            "data/story.toml: summary: \"Acme spends $500 billion.\" cites a passage that hedges with \"will\""
        ),
        "{message}"
    );
    let kept = story.replace("Acme [spends", "Acme [is to spend");
    files_with("story.toml", &kept).and_then(Content::check).unwrap();
    // A hedge in another clause of the sentence does not answer for this one's passage.
    let elsewhere =
        story.replace("Acme [spends $500 billion](pledge).", "Acme [spends $500 billion](pledge); it plans more.");
    let message = files_with("story.toml", &elsewhere).and_then(Content::check).unwrap_err().to_string();
    assert!(
        message.starts_with(
            "data/story.toml: summary: \"Acme spends $500 billion;\" cites a passage that hedges with \"will\""
        ),
        "{message}"
    );
    // A difference's summary answers for both sides' passages.
    let message = error(
        "differences.toml",
        DIFFERENCES,
        "Acme will spend over four years; Source B says it plans to",
        "Acme spends over four years; Source B says it does",
    );
    assert!(message.contains("difference \"when\": \"Source A says Acme spends over four years; Source B says it does by 2029.\" cites a passage that hedges with \"will\""), "{message}");
}

#[test]
fn a_note_excuses_a_hedge_only_where_it_is_needed() {
    // Without the note, the claim's summary drops the passage's "may".
    let message = error("hedges.toml", HEDGES, "entry = 'claim \"repeat\"'", "entry = 'claim \"other\"'");
    assert!(
        message.starts_with(
            "data/claims.toml: claim \"repeat\": \"Said twice.\" cites a passage that hedges with \"may\" (possible)"
        ),
        "{message}"
    );
    // A note no sentence needs is reported, so notes cannot pile up unread.
    let message = error("claims.toml", CLAIMS, "summary = \"Said twice.\"", "summary = \"It may be said twice.\"");
    assert_eq!(
        message,
        "data/hedges.toml: note for claim \"repeat\", \"may\": no sentence needs it (the entry keeps the hedge, cites no passage with the word, or does not exist); remove it"
    );
    assert!(
        error("hedges.toml", HEDGES, "words = [\"may\"]", "words = [\"may?\"]").contains("must be words of letters")
    );
}

#[test]
fn corrections_are_dated_ordered_and_name_what_they_changed() {
    assert_eq!(
        error("corrections.toml", CORRECTIONS, "\"start\", \"summary\"", "\"start\", \"sumary\""),
        "data/corrections.toml: correction 1 (2026-12-07): names \"sumary\", which is not an entry's id, a step's slug, or one of [\"title\", \"dek\", \"summary\", \"calculator\"]"
    );
    assert_eq!(
        error("corrections.toml", CORRECTIONS, "date = \"2026-12-01\"", "date = \"2026-12-09\""),
        "data/corrections.toml: correction 2 (2026-12-09): is newer than the one before it; list corrections newest first"
    );
    assert_eq!(
        error("corrections.toml", CORRECTIONS, "date = \"2026-12-01\"", "date = \"2026-11\""),
        "data/corrections.toml: correction 2 (2026-11): date \"2026-11\" must be a day: YYYY-MM-DD"
    );
    assert!(error("corrections.toml", CORRECTIONS, "now = \"It names Tuesday.\"", "now = \" \"")
        .contains("must say what was wrong"));
    let content = files_with("", "").and_then(Content::check).unwrap();
    assert_eq!(content.corrections.len(), 2);
}

#[test]
fn the_review_sheet_sets_each_text_beside_its_passages_with_the_hedge_check() {
    let ui = Ui::parse("language = \"en\"\n[calculator.value-source]\nsplit = \"An assumed split.\"\n").unwrap();
    let sheet = |files: DataFiles| review_sheet(&Content::check_unhedged(files).unwrap(), &ui).unwrap();
    let good = sheet(files_with("", "").unwrap());
    // Each text that cites a passage, by the name the build's messages use.
    assert!(good.contains("<p class=\"where\">figure &quot;pledge&quot;</p>"), "{good}");
    assert!(good.contains("<p class=\"where\">summary</p>"));
    // The passage's hedge is underlined, and the text's keeping of it said.
    assert!(good.contains("it <span class=\"hedge\" title=\"expected or planned\">will</span> spend"), "{good}");
    assert!(good.contains("Hedge (expected or planned): “will”; the text keeps it."));
    assert!(good.contains("editor’s note: The line may be printed twice"));
    // Linked words are marked in running text.
    assert!(good.contains("Musk said <mark>no money</mark>."), "{good}");
    // The assumptions and the corrections follow.
    assert!(good.contains("<dd>An assumed split.</dd>"));
    assert!(good.contains("It says Acme plans to spend it."));
    assert!(!good.contains("item fault"));
    // A text that drops its passage's hedge is flagged, not hidden.
    let broken =
        files_with("figures.toml", &FIGURES.replace("measures = \"the plan\"", "measures = \"the spending\"")).unwrap();
    let flagged = sheet(broken);
    assert!(flagged.contains("<article class=\"item fault\">"));
    assert!(flagged.contains("the text does not keep it"));
}

#[test]
fn toml_errors_name_the_file_and_line() {
    let message = files_with("figures.toml", &FIGURES.replace("measures = \"the period\"", "measure = \"the period\""))
        .unwrap_err()
        .to_string();
    assert!(message.starts_with("data/figures.toml: line 16: unknown field `measure`"), "{message}");
}

#[test]
fn steps_are_checked() {
    assert_eq!(
        error("steps.toml", STEPS, "claims = [\"musk-money\"]", "claims = [\"musk-cash\"]"),
        "data/steps.toml: step \"start\": refers to claim \"musk-cash\", which is not defined"
    );
    assert_eq!(
        error("steps.toml", STEPS, "(musk-money)", "(nothing)"),
        "data/steps.toml: step \"start\": links to \"nothing\", which is not the id of an entity, claim, figure or event"
    );
    let long = format!("narrative = \"{}\"", "word ".repeat(121));
    assert_eq!(
        error("steps.toml", STEPS, "narrative = \"Musk said [no money](musk-money).\"", &long),
        "data/steps.toml: step \"start\": narrative has 121 words; keep it to 120"
    );
    assert_eq!(
        error("steps.toml", STEPS, "slug = \"start\"", "slug = \"Start Here\""),
        "data/steps.toml: step \"Start Here\": slug must be lower-case letters, digits and hyphens"
    );
    let twice = format!("{STEPS}{STEPS}");
    let message = files_with("steps.toml", &twice).and_then(Content::check).unwrap_err().to_string();
    assert_eq!(message, "data/steps.toml: step \"start\": slug is used twice");
}

#[test]
fn the_projects_data_is_valid() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    Content::load(&data).unwrap_or_else(|e| panic!("{e}"));
    Ui::load(&data, "en").unwrap_or_else(|e| panic!("{e}"));
}
