//! The shapes of the files under `data/`, as an editor writes them.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::translate::Overlay;
use crate::DataError;

/// A cited passage: a source id and the passage, verbatim (runs of white space may differ).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteSpec {
    pub source: String,
    pub passage: String,
    /// Which occurrence, when the passage appears more than once (1 = first, the default).
    pub occurrence: Option<usize>,
}

/// One citation or a list of them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMore<T> {
    One(T),
    More(Vec<T>),
}

impl<T> OneOrMore<T> {
    pub fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMore::One(one) => vec![one],
            OneOrMore::More(more) => more,
        }
    }
}

/// `data/sources.toml`: one `[[source]]` per article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<SourceEntry>,
}

/// What is known of one article. Fields it does not state stay absent; the app says so.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: String,
    /// The article's file, relative to `data/`.
    pub file: String,
    /// The editor's short name for the article, shown as an editor's label.
    pub label: String,
    pub headline: Option<String>,
    pub outlet: Option<String>,
    pub dateline: Option<String>,
    /// How the article is dated, in plain words (including what is inferred, and how).
    pub date_note: String,
    /// Other outlets the article names as its own sources.
    #[serde(default)]
    pub cites: Vec<String>,
    /// What the article does not say about itself.
    #[serde(default)]
    pub not_stated: Vec<String>,
}

/// `data/story.toml`: the title and the opening summary.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    pub title: String,
    /// One line under the title.
    pub dek: String,
    /// The summary, with `[words](entry-id)` linking words to an entry's first citation.
    pub summary: String,
}

/// `data/entities.toml`: people, organisations and the relations between them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntitiesFile {
    pub entity: Vec<EntityEntry>,
    #[serde(default)]
    pub relation: Vec<RelationEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    Person,
    Organisation,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityEntry {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub role: Vec<RoleEntry>,
}

/// A role of a person or organisation in this story, as an article states it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleEntry {
    pub text: String,
    pub cite: CiteSpec,
}

/// `from` `label` `to`, e.g. "sam-altman" "is chief executive of" "openai".
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationEntry {
    pub from: String,
    pub label: String,
    pub to: String,
    /// Whether the relation sets `from` against the venture's side of the dispute (a rival, a
    /// litigant): the who's who lists it among the rivals and critics.
    #[serde(default)]
    pub rivalry: bool,
    pub cite: CiteSpec,
}

/// `data/claims.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    pub claim: Vec<ClaimEntry>,
}

/// Whose voice a statement is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    /// A party's own words, quoted.
    Claim,
    /// The article's own statement.
    Report,
    /// What the article says of the past.
    Background,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimEntry {
    pub id: String,
    pub kind: ClaimKind,
    #[serde(default)]
    pub speakers: Vec<String>,
    pub quote: Option<String>,
    /// In a translation, the project's translation of `quote`, shown beside the speaker's own
    /// words (never instead of them).
    pub translation: Option<String>,
    pub summary: String,
    /// Where or how it was said, in words ("A post on X").
    pub context: Option<String>,
    pub event: Option<String>,
    pub answers: Option<String>,
    pub cite: OneOrMore<CiteSpec>,
}

/// `data/figures.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    pub figure: Vec<FigureEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    UsdBillion,
    Years,
    Jobs,
    People,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    pub id: String,
    /// The figure as the article writes it.
    pub text: String,
    pub value: Option<f64>,
    pub unit: Unit,
    pub measures: String,
    /// Who the article attributes the figure to: a party, or several.
    pub stated_by: Option<OneOrMore<String>>,
    pub cite: CiteSpec,
}

/// `data/events.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    pub event: Vec<EventEntry>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventEntry {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    /// How the article dates it, verbatim.
    pub as_written: String,
    pub derivation: Option<String>,
    /// How sure a date worked out from relative words is (with `derivation`).
    pub certainty: Option<Certainty>,
    pub unresolved: Option<String>,
    /// Whether the walkthrough's timeline shows it (default: yes).
    #[serde(default = "yes")]
    pub on_timeline: bool,
    /// Where the article dates it: one passage, or each place it does.
    pub cite: OneOrMore<CiteSpec>,
}

/// How sure a date worked out from an article's relative words ("on Tuesday", "last year") is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// It follows from the article's own words by arithmetic alone.
    Certain,
    /// It rests on an inference the derivation states (the year of an undated dateline).
    Inferred,
    /// The article's words may not mean what they seem: the page shows them as written.
    Uncertain,
}

/// `data/differences.toml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DifferencesFile {
    pub difference: Vec<DifferenceEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    Differ,
    Agree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Between {
    Articles,
    PartyAndReport,
    WithinArticle,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DifferenceEntry {
    pub id: String,
    pub topic: String,
    pub relation: Agreement,
    pub between: Between,
    pub summary: String,
    pub funding: Option<String>,
    pub side: Vec<SideEntry>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SideEntry {
    pub label: String,
    pub cite: CiteSpec,
}

/// `data/steps.toml`: the guided walkthrough, in order.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepsFile {
    pub step: Vec<StepEntry>,
}

/// What a step shows beside its narrative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visual {
    Timeline,
    WhosWho,
    Money,
    Calculator,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepEntry {
    /// The step's address: `?step=slug`.
    pub slug: String,
    pub headline: String,
    /// At most 120 words, with `[words](entry-id)` links.
    pub narrative: String,
    /// Claims shown as quote cards, by id.
    #[serde(default)]
    pub claims: Vec<String>,
    pub visual: Option<Visual>,
}

/// `data/corrections.toml`: the public corrections log.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionsFile {
    #[serde(default)]
    pub correction: Vec<CorrectionEntry>,
}

/// One correction: when, what was wrong, what the explainer says now, and where.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionEntry {
    /// The day the correction was published: "YYYY-MM-DD".
    pub date: String,
    /// What the explainer said, and why it was wrong.
    pub wrong: String,
    /// What it says now.
    pub now: String,
    /// The ids of the entries (or step slugs, or "summary") the correction changed.
    pub entries: Vec<String>,
}

/// `data/hedges.toml`: the words by which a passage hedges, and editors' notes where a
/// sentence citing a hedged passage need not hedge.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgesFile {
    pub kind: Vec<HedgeKind>,
    #[serde(default)]
    pub note: Vec<HedgeNote>,
}

/// A kind of hedge: the words that make a passage hedge this way, and the words by which a
/// sentence keeps the hedge. A word ending in `*` matches any ending; several words match
/// words in a row.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeKind {
    pub name: String,
    pub words: Vec<String>,
    /// Words that keep the hedge besides `words` themselves.
    #[serde(default)]
    pub keeps: Vec<String>,
}

/// Why a sentence states a hedged passage without its hedge.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeNote {
    /// The sentence's place, as the check names it: `step "the-money"`, `claim "x"`, `summary`.
    pub entry: String,
    /// The passage's hedge word the sentence does without.
    pub word: String,
    pub why: String,
}

/// Every file under `data/`, parsed but not yet checked against each other.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFiles {
    /// The language the prose is in: "en", or a translation's (`data/<language>/`).
    pub language: String,
    pub sources: SourcesFile,
    /// Each source's text, in the order of `sources`.
    pub texts: Vec<String>,
    pub story: StoryFile,
    pub entities: EntitiesFile,
    pub claims: ClaimsFile,
    pub figures: FiguresFile,
    pub events: EventsFile,
    pub differences: DifferencesFile,
    pub steps: StepsFile,
    pub corrections: CorrectionsFile,
    pub hedges: HedgesFile,
}

/// The data files under `data/`, each named once here.
pub mod file {
    pub const SOURCES: &str = "sources.toml";
    pub const STORY: &str = "story.toml";
    pub const ENTITIES: &str = "entities.toml";
    pub const CLAIMS: &str = "claims.toml";
    pub const FIGURES: &str = "figures.toml";
    pub const EVENTS: &str = "events.toml";
    pub const DIFFERENCES: &str = "differences.toml";
    pub const STEPS: &str = "steps.toml";
    pub const CORRECTIONS: &str = "corrections.toml";
    pub const HEDGES: &str = "hedges.toml";
    pub const UI: &str = "ui.toml";
    pub const EDITIONS: &str = "editions.toml";
}

impl DataFiles {
    /// Reads and parses every file under `data_dir`, in English.
    pub fn read(data_dir: &Path) -> Result<DataFiles, DataError> {
        DataFiles::read_in(data_dir, None)
    }

    /// Reads and parses every file of one edition: English (`language` "en"), or the English
    /// with the translation under `data/<language>/` laid over it, checked against it.
    pub fn read_edition(data_dir: &Path, language: &str) -> Result<DataFiles, DataError> {
        if language == crate::editions::ORIGINAL {
            return DataFiles::read(data_dir);
        }
        let (original, translated) = (crate::numerals(crate::editions::ORIGINAL)?, crate::numerals(language)?);
        DataFiles::read_in(data_dir, Some(&Overlay { language, original: &original, translated: &translated }))
    }

    /// Reads and parses every file under `data_dir`, with `overlay`'s translation laid over
    /// the English prose (`data/<language>/`), or in English without one.
    pub fn read_in(data_dir: &Path, overlay: Option<&Overlay>) -> Result<DataFiles, DataError> {
        let read = Reader { data_dir, overlay };
        let sources: SourcesFile = read.file(file::SOURCES)?;
        let texts = sources
            .source
            .iter()
            .map(|entry| {
                std::fs::read_to_string(data_dir.join(&entry.file)).map_err(|e| {
                    DataError::new(
                        file::SOURCES,
                        &format!("source \"{}\"", entry.id),
                        format!("file {} cannot be read: {e}", entry.file),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(DataFiles {
            language: overlay.map_or("en", |overlay| overlay.language).to_owned(),
            sources,
            texts,
            story: read.file(file::STORY)?,
            entities: read.file(file::ENTITIES)?,
            claims: read.file(file::CLAIMS)?,
            figures: read.file(file::FIGURES)?,
            events: read.file(file::EVENTS)?,
            differences: read.file(file::DIFFERENCES)?,
            steps: read.file(file::STEPS)?,
            corrections: read.file(file::CORRECTIONS)?,
            hedges: read.file(file::HEDGES)?,
        })
    }
}

/// Reads a data file, in English or with a translation laid over it.
struct Reader<'a> {
    data_dir: &'a Path,
    overlay: Option<&'a Overlay<'a>>,
}

impl Reader<'_> {
    fn file<T: DeserializeOwned>(&self, file: &str) -> Result<T, DataError> {
        // The English file parses on its own first, so its errors name their line.
        let english: T = read_toml(self.data_dir, file)?;
        let Some(overlay) = self.overlay else { return Ok(english) };
        let translated = format!("{}/{file}", overlay.language);
        let merged = overlay.apply(file, read_toml(self.data_dir, file)?, read_toml(self.data_dir, &translated)?)?;
        toml::Value::Table(merged)
            .try_into()
            .map_err(|e: toml::de::Error| DataError::new(&translated, "(file)", e.message()))
    }
}

fn yes() -> bool {
    true
}

fn read_toml<T: DeserializeOwned>(data_dir: &Path, file: &str) -> Result<T, DataError> {
    let text = std::fs::read_to_string(data_dir.join(file))
        .map_err(|e| DataError::new(file, "(file)", format!("cannot be read: {e}")))?;
    parse_toml(file, &text)
}

/// Parses one data file, naming the file and the line of the TOML error when it fails.
pub fn parse_toml<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    toml::from_str(text).map_err(|e| {
        let entry = match e.span() {
            Some(span) => format!("line {}", text[..span.start].matches('\n').count() + 1),
            None => "(file)".to_owned(),
        };
        DataError::new(file, &entry, e.message().to_owned())
    })
}
