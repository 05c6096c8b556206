//! Reads the explainer's content from `data/`, checks it (every passage verbatim in its
//! source, every id defined, every date real, every figure's number in its words) and writes
//! it out as static Rust for the app to `include!`.
//!
//! Doing this at build time keeps a TOML parser out of the `.wasm` and makes a broken quote
//! fail the build with a message that names the file and the entry.

mod cites;
pub mod cldr;
mod dates;
pub mod editions;
mod error;
mod files;
mod inline;
mod numbers;
mod passage;
mod plurals;
mod resolve;
mod review;
mod rust;
mod standards;
mod translate;
mod ui;
mod values;

use std::collections::BTreeMap;
use std::path::Path;

pub use cites::Citation;
pub use dates::{parse_date, weekday_named, Date, WEEKDAYS};
pub use error::DataError;
pub use files::*;
pub use inline::{parse_inline, Inline};
pub use numbers::stated_number;
pub use passage::{find_passage, Span};
pub use review::review_sheet;
pub use standards::{
    check_hedges, hedge_faults, hedge_verdicts, sentence_ranges, CitingText, Found, HedgeVerdict, Hedges,
};
pub use translate::{translated_files, Overlay};
pub use ui::{pieces, Piece, Ui, UiEntry};
pub use values::{scale_words, stated_values, Numerals, Stated, Value};

use cites::Registry;

/// One source article, its metadata checked against its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub entry: SourceEntry,
    /// The article's bytes, exactly as in its file.
    pub text: String,
}

/// A person or organisation, with the citation of each role.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub entry: EntityEntry,
    pub role_cites: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub entry: RelationEntry,
    pub from: usize,
    pub to: usize,
    pub cite: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub entry: ClaimEntry,
    pub speakers: Vec<usize>,
    pub event: Option<usize>,
    pub answers: Option<usize>,
    pub cites: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub entry: FigureEntry,
    pub stated_by: Vec<usize>,
    pub cite: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub entry: EventEntry,
    pub date: Option<Date>,
    pub cites: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub entry: DifferenceEntry,
    pub side_cites: Vec<usize>,
}

/// A correction of the explainer, its date checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    pub entry: CorrectionEntry,
    pub date: Date,
}

/// A run of running text (the summary, a step's narrative): plain, or linked to a citation.
#[derive(Debug, Clone, PartialEq)]
pub enum TextRun {
    Text(String),
    Cited { text: String, cite: usize },
}

/// A step of the walkthrough, its links and claims resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub entry: StepEntry,
    pub narrative: Vec<TextRun>,
    pub claims: Vec<usize>,
}

/// The most words a step's narrative may have.
pub const NARRATIVE_WORDS: usize = 120;

/// The most words a translated narrative may have: Spanish, like most languages, takes a fifth
/// to a quarter more words than English to say the same.
pub const TRANSLATED_NARRATIVE_WORDS: usize = 150;

/// Everything under `data/`, checked, with every citation resolved to an index of `citations`.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// The language of its prose ("en", "es"); passages and quotes are always the articles'.
    pub language: String,
    pub story: StoryFile,
    pub summary: Vec<TextRun>,
    pub sources: Vec<Source>,
    /// Every distinct cited passage, in document order (source by source).
    pub citations: Vec<Citation>,
    pub entities: Vec<Entity>,
    pub relations: Vec<Relation>,
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    pub differences: Vec<Difference>,
    pub steps: Vec<Step>,
    /// The corrections log, newest first.
    pub corrections: Vec<Correction>,
    pub hedges: HedgesFile,
}

impl Content {
    /// Reads and checks the content under `data_dir`.
    pub fn load(data_dir: &Path) -> Result<Content, DataError> {
        Content::check(DataFiles::read(data_dir)?)
    }

    /// Reads and checks the content of one edition: English (`language` "en"), or the
    /// translation under `data/<language>/`, laid over the English and checked against it.
    pub fn load_edition(data_dir: &Path, language: &str) -> Result<Content, DataError> {
        Content::check(DataFiles::read_edition(data_dir, language)?)
    }

    /// Checks parsed files against their sources and against each other, and that every text
    /// citing a hedged passage keeps its hedge (`data/hedges.toml`).
    pub fn check(files: DataFiles) -> Result<Content, DataError> {
        let content = Content::check_unhedged(files)?;
        check_hedges(&content, &content.hedges)?;
        Ok(content)
    }

    /// Every check but the hedges': for the review sheet, which shows what that check finds.
    /// Each data file has its resolver (`resolve`); the citations they register are numbered
    /// in document order at the end.
    pub fn check_unhedged(files: DataFiles) -> Result<Content, DataError> {
        let sources = resolve::sources(files.sources.source, files.texts)?;
        let ids = Ids::collect(&files.entities, &files.claims, &files.figures, &files.events, &files.differences)?;
        let mut registry = Registry::new(&sources);
        let (entities, relations) = resolve::entities(files.entities, &sources, &ids, &mut registry)?;
        let events = resolve::events(files.events, &mut registry)?;
        let claims = resolve::claims(files.claims, &ids, &mut registry)?;
        let figures = resolve::figures(files.figures, &ids, &mut registry)?;
        let differences = resolve::differences(files.differences, &sources, &mut registry)?;
        let links = resolve::Links { entities: &entities, claims: &claims, figures: &figures, events: &events };
        let summary = links.runs(&files.story.summary, file::STORY, "summary")?;
        let words = if files.language == "en" { NARRATIVE_WORDS } else { TRANSLATED_NARRATIVE_WORDS };
        let steps = resolve::steps(files.steps, &links, &ids, words)?;
        if files.story.title.trim().is_empty() {
            return Err(DataError::new(file::STORY, "title", "is empty"));
        }
        let corrections = check_corrections(files.corrections, &ids, &steps)?;
        let (citations, final_index) = registry.finish()?;
        let mut content = Content {
            language: files.language,
            story: files.story,
            summary,
            sources,
            citations,
            entities,
            relations,
            claims,
            figures,
            events,
            differences,
            steps,
            corrections,
            hedges: files.hedges,
        };
        content.renumber_citations(&final_index);
        // The hedge words and notes must at least parse.
        Hedges::new(&content.hedges)?;
        Ok(content)
    }

    /// Every citation index, from the order the resolvers registered them in to `final_index`'s
    /// (document order).
    fn renumber_citations(&mut self, final_index: &[usize]) {
        let remap = |i: &mut usize| *i = final_index[*i];
        self.entities.iter_mut().for_each(|e| e.role_cites.iter_mut().for_each(remap));
        self.relations.iter_mut().for_each(|r| remap(&mut r.cite));
        self.events.iter_mut().for_each(|e| e.cites.iter_mut().for_each(remap));
        self.claims.iter_mut().for_each(|c| c.cites.iter_mut().for_each(remap));
        self.figures.iter_mut().for_each(|f| remap(&mut f.cite));
        self.differences.iter_mut().for_each(|d| d.side_cites.iter_mut().for_each(remap));
        let remap_runs = |runs: &mut Vec<TextRun>| {
            for run in runs {
                if let TextRun::Cited { cite, .. } = run {
                    *cite = final_index[*cite];
                }
            }
        };
        remap_runs(&mut self.summary);
        self.steps.iter_mut().for_each(|s| remap_runs(&mut s.narrative));
    }

    /// The content as Rust source: constants the app's `content` module includes.
    pub fn to_rust(&self) -> String {
        rust::emit(self)
    }
}

/// Every entry id, by kind, checked to be a slug and unique across all files (the summary
/// links to entries by id alone).
struct Ids {
    entities: Vec<String>,
    claims: Vec<String>,
    events: Vec<String>,
    /// Every id of every kind.
    all: Vec<String>,
}

impl Ids {
    fn collect(
        entities: &EntitiesFile,
        claims: &ClaimsFile,
        figures: &FiguresFile,
        events: &EventsFile,
        differences: &DifferencesFile,
    ) -> Result<Ids, DataError> {
        let all = entities
            .entity
            .iter()
            .map(|e| (file::ENTITIES, "entity", &e.id))
            .chain(claims.claim.iter().map(|c| (file::CLAIMS, "claim", &c.id)))
            .chain(figures.figure.iter().map(|f| (file::FIGURES, "figure", &f.id)))
            .chain(events.event.iter().map(|e| (file::EVENTS, "event", &e.id)))
            .chain(differences.difference.iter().map(|d| (file::DIFFERENCES, "difference", &d.id)));
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for (file, kind, id) in all {
            let name = format!("{kind} \"{id}\"");
            if !is_id(id) {
                return Err(DataError::new(file, &name, ID_RULE));
            }
            if let Some(first) = seen.insert(id, file) {
                return Err(DataError::new(file, &name, format!("id is already used in {first}")));
            }
        }
        Ok(Ids {
            all: seen.keys().map(|id| (*id).to_owned()).collect(),
            entities: entities.entity.iter().map(|e| e.id.clone()).collect(),
            claims: claims.claim.iter().map(|c| c.id.clone()).collect(),
            events: events.event.iter().map(|e| e.id.clone()).collect(),
        })
    }

    fn find(list: &[String], id: &str, kind: &str, file: &str, entry: &str) -> Result<usize, DataError> {
        list.iter()
            .position(|known| known == id)
            .ok_or_else(|| DataError::new(file, entry, format!("refers to {kind} \"{id}\", which is not defined")))
    }

    fn entity(&self, id: &str, file: &str, entry: &str) -> Result<usize, DataError> {
        Ids::find(&self.entities, id, "entity", file, entry)
    }

    fn claim(&self, id: &str, file: &str, entry: &str) -> Result<usize, DataError> {
        Ids::find(&self.claims, id, "claim", file, entry)
    }

    fn event(&self, id: &str, file: &str, entry: &str) -> Result<usize, DataError> {
        Ids::find(&self.events, id, "event", file, entry)
    }
}

fn check_source(source: &Source, earlier: &[Source]) -> Result<(), DataError> {
    let entry = &source.entry;
    let name = format!("source \"{}\"", entry.id);
    let fail = |problem: String| Err(DataError::new(file::SOURCES, &name, problem));
    if !is_id(&entry.id) {
        return fail(ID_RULE.into());
    }
    if earlier.iter().any(|s| s.entry.id == entry.id) {
        return fail("id is used twice".into());
    }
    if entry.label.trim().is_empty() {
        return fail("label is empty".into());
    }
    // Whatever metadata an article is said to state must be found in it, word for word.
    let stated = [("headline", &entry.headline), ("dateline", &entry.dateline), ("outlet", &entry.outlet)];
    for (field, value) in stated {
        if let Some(value) = value {
            if find_passage(&source.text, value, 1).is_none() {
                return fail(format!("{field} \"{value}\" does not occur in {}", entry.file));
            }
        }
    }
    for cited in &entry.cites {
        if find_passage(&source.text, cited, 1).is_none() {
            return fail(format!("cited outlet \"{cited}\" does not occur in {}", entry.file));
        }
    }
    Ok(())
}

fn check_event(entry: &EventEntry) -> Result<Option<Date>, String> {
    match (&entry.date, &entry.unresolved) {
        (Some(_), Some(_)) => Err("has both a date and `unresolved`; keep one".into()),
        (None, None) => Err("has neither a date nor `unresolved` saying why it cannot be dated".into()),
        (None, Some(_)) => Ok(None),
        (Some(text), None) => {
            let date = parse_date(text)?;
            // A date the article does not write out in full needs its derivation spelled out,
            // and how sure it is.
            let relative = !entry.as_written.contains(&date.year.to_string());
            match (relative, &entry.derivation, entry.certainty) {
                (true, None, _) => return Err(format!("as_written \"{}\" does not give the year {}; add a `derivation` saying how the date follows from the article", entry.as_written, date.year)),
                (_, Some(_), None) => return Err(format!("resolves \"{}\" to {text}; say how sure that is: certainty = \"certain\" (the article's words alone give it), \"inferred\" (it rests on an inference the derivation states) or \"uncertain\" (the page then shows the words as written)", entry.as_written)),
                (_, None, Some(_)) => return Err(format!("has a `certainty` but no `derivation`; \"{}\" gives the date in full", entry.as_written)),
                _ => {}
            }
            if let Some(named) = weekday_named(&entry.as_written) {
                match date.weekday() {
                    None => {
                        return Err(format!(
                            "as_written \"{}\" names a {}, so its date must be given to the day",
                            entry.as_written, WEEKDAYS[named]
                        ))
                    }
                    Some(day) if day != named => {
                        return Err(format!(
                            "date {text} is a {}, but as_written \"{}\" names a {}",
                            WEEKDAYS[day], entry.as_written, WEEKDAYS[named]
                        ))
                    }
                    Some(_) => {}
                }
            }
            Ok(Some(date))
        }
    }
}

/// A difference between the articles cites both, one within an article cites it twice, and each
/// side's label names the article its passage is in.
fn check_difference(entry: &DifferenceEntry, sources: &[Source]) -> Result<(), String> {
    for side in &entry.side {
        let Some(source) = sources.iter().find(|s| s.entry.id == side.cite.source) else { continue };
        if !side.label.contains(&source.entry.label) {
            return Err(format!(
                "side \"{}\" cites {} (\"{}\"), so its label must name \"{}\"",
                side.label, source.entry.label, side.cite.source, source.entry.label
            ));
        }
    }
    let [first, second] = &entry.side[..] else { return Ok(()) };
    let same = first.cite.source == second.cite.source;
    match entry.between {
        Between::Articles if same => Err(format!(
            "is said to be between the articles, but both sides cite \"{}\"; a difference within one article is between = \"within-article\"",
            first.cite.source
        )),
        Between::WithinArticle if !same => Err(format!(
            "is said to be within one article, but its sides cite \"{}\" and \"{}\"; a difference between the two is between = \"articles\"",
            first.cite.source, second.cite.source
        )),
        _ => Ok(()),
    }
}

/// The corrections log: real dates, newest first, each naming what it changed.
fn check_corrections(file: CorrectionsFile, ids: &Ids, steps: &[Step]) -> Result<Vec<Correction>, DataError> {
    let mut corrections: Vec<Correction> = Vec::new();
    for (index, entry) in file.correction.into_iter().enumerate() {
        let name = format!("correction {} ({})", index + 1, entry.date);
        let fail = |problem: String| DataError::new(file::CORRECTIONS, &name, problem);
        let date = parse_date(&entry.date).map_err(fail)?;
        if date.day.is_none() {
            return Err(fail(format!("date \"{}\" must be a day: YYYY-MM-DD", entry.date)));
        }
        if corrections.last().is_some_and(|newer| newer.date < date) {
            return Err(fail("is newer than the one before it; list corrections newest first".into()));
        }
        if entry.wrong.trim().is_empty() || entry.now.trim().is_empty() {
            return Err(fail("must say what was wrong (`wrong`) and what it says now (`now`)".into()));
        }
        if entry.entries.is_empty() {
            return Err(fail("names no entry it changed; list their ids in `entries`".into()));
        }
        for id in &entry.entries {
            let known =
                ids.all.contains(id) || steps.iter().any(|s| &s.entry.slug == id) || CORRECTABLE.contains(&id.as_str());
            if !known {
                return Err(fail(format!(
                    "names \"{id}\", which is not an entry's id, a step's slug, or one of {CORRECTABLE:?}"
                )));
            }
        }
        corrections.push(Correction { entry, date });
    }
    Ok(corrections)
}

/// What a correction may name besides entries and steps: the story's own texts and the
/// calculator's defaults and presets.
pub const CORRECTABLE: [&str; 4] = ["title", "dek", "summary", "calculator"];

fn check_claim(entry: &ClaimEntry, cites: &[CiteSpec]) -> Result<(), String> {
    if cites.is_empty() {
        return Err("has no citation".into());
    }
    match (entry.kind, &entry.quote) {
        (ClaimKind::Claim, None) => return Err("is a party's claim but has no `quote`".into()),
        (ClaimKind::Claim, Some(_)) if entry.speakers.is_empty() => {
            return Err("is a party's claim but names no `speakers`".into())
        }
        (ClaimKind::Report | ClaimKind::Background, Some(_)) => {
            return Err("has a `quote`, which only a kind = \"claim\" may have".into())
        }
        _ => {}
    }
    if let Some(quote) = &entry.quote {
        for cite in cites {
            if find_passage(&cite.passage, quote, 1).is_none() {
                return Err(format!("quote \"{quote}\" is not in its cited passage \"{}\"", cite.passage));
            }
        }
    }
    Ok(())
}

fn check_figure(entry: &FigureEntry) -> Result<(), String> {
    if find_passage(&entry.cite.passage, &entry.text, 1).is_none() {
        return Err(format!("text \"{}\" is not in its cited passage", entry.text));
    }
    match (entry.value, stated_number(&entry.text)) {
        (Some(value), Some(stated)) if value == stated => Ok(()),
        (Some(value), Some(stated)) => {
            Err(format!("value {value} differs from the number {stated} in its text \"{}\"", entry.text))
        }
        (Some(value), None) => Err(format!("value {value} is not a number its text \"{}\" states", entry.text)),
        (None, Some(stated)) => Err(format!("text \"{}\" states {stated} exactly; give it as `value`", entry.text)),
        (None, None) => Ok(()),
    }
}

fn first_cite(id: &str, entities: &[Entity], claims: &[Claim], figures: &[Figure], events: &[Event]) -> Option<usize> {
    entities
        .iter()
        .find(|e| e.entry.id == id)
        .map(|e| e.role_cites[0])
        .or_else(|| claims.iter().find(|c| c.entry.id == id).map(|c| c.cites[0]))
        .or_else(|| figures.iter().find(|f| f.entry.id == id).map(|f| f.cite))
        .or_else(|| events.iter().find(|e| e.entry.id == id).map(|e| e.cites[0]))
}

/// How `language` writes numbers and dates (CLDR's, `cldr`), for comparing a translation's
/// values with the original's.
pub fn numerals(language: &str) -> Result<Numerals, DataError> {
    let locale = cldr::locale(language).map_err(|problem| DataError::new("(edition)", language, problem))?;
    let char_of = |text: &str| text.chars().next().unwrap_or(' ');
    Ok(Numerals {
        decimal: char_of(&locale.decimal),
        group: char_of(&locale.group),
        day_first: locale.day.iter().find_map(|piece| match piece {
            Piece::Placeholder(name) => Some(name == "day"),
            Piece::Words(_) => None,
        }) == Some(true),
        months: locale.months.to_vec(),
        months_short: locale.months_short.to_vec(),
        scales: scale_words(language),
    })
}

/// What an entry's id must be: it names a constant in the generated Rust too
/// (`figures::XAI_MEMPHIS_12BN`).
const ID_RULE: &str = "id must start with a letter and be lower-case letters, digits and hyphens";

fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase()) && is_slug(id)
}

fn is_slug(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests;
