//! The shapes of the compiled content. Every passage-bearing item carries a [`CitationId`].

/// The title, the line under it and the opening summary.
#[derive(Debug, PartialEq)]
pub struct Story {
    pub title: &'static str,
    pub dek: &'static str,
    pub summary: &'static [Inline],
}

/// A run of running text, plain or linked to a cited passage.
#[derive(Debug, PartialEq)]
pub enum Inline {
    Text(&'static str),
    Cited { text: &'static str, citation: CitationId },
}

/// A step of the guided walkthrough.
#[derive(Debug, PartialEq)]
pub struct Step {
    /// The step's address: `?step=slug`.
    pub slug: &'static str,
    pub headline: &'static str,
    pub visual: Option<Visual>,
}

/// A step's text and quotes, in `STEP_BODIES` beside `STEPS`: only the prerenderer reads
/// them, so they are kept apart from what the browser's stepper needs.
#[derive(Debug, PartialEq)]
pub struct StepBody {
    pub narrative: &'static [Inline],
    /// Claims shown as quote cards.
    pub claims: &'static [ClaimId],
}

/// What a step shows beside its narrative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visual {
    Timeline,
    WhosWho,
    Money,
    Calculator,
}

/// Index of a source in `SOURCES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceId(pub u8);

/// Index of a cited passage in `CITATIONS` (in document order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CitationId(pub u16);

/// Index of a person or organisation in `ENTITIES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EntityId(pub u8);

/// Index of a claim in `CLAIMS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClaimId(pub u16);

/// A figure: its index in `FIGURES`, and the entry itself, so that code naming one figure
/// (`figures::XAI_MEMPHIS_12BN`) carries that figure into the WebAssembly, not the whole table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FigureId {
    pub(in crate::content) index: u8,
    pub(in crate::content) entry: &'static Figure,
}

/// Index of an event in `EVENTS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EventId(pub u8);

/// One edition of the explainer (`data/editions.toml`): English at the site's root, each
/// translation in its folder.
#[derive(Debug, PartialEq)]
pub struct Edition {
    /// BCP 47, as the page's `lang`.
    pub language: &'static str,
    /// Where its pages are from the site's root: "" or "es/".
    pub folder: &'static str,
    /// Open Graph's `og:locale`.
    pub locale: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    /// What a link to it says, in its own language.
    pub read_in: &'static str,
    /// The day it was first published.
    pub published: Date,
}

/// One source article and what is known of its origin.
#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub file: &'static str,
    /// The editor's label, always shown as such.
    pub label: &'static str,
    pub headline: Option<&'static str>,
    pub outlet: Option<&'static str>,
    pub dateline: Option<&'static str>,
    pub date_note: &'static str,
    /// Outlets the article names as its own sources.
    pub cites: &'static [&'static str],
    /// What the article does not say about itself.
    pub not_stated: &'static [&'static str],
}

/// What an article is named by: its label, and the headline and outlet it states (kept apart
/// from `Source` in `SOURCE_NAMES`, so code that names the articles carries nothing more).
#[derive(Debug, PartialEq)]
pub struct SourceName {
    pub label: &'static str,
    pub headline: Option<&'static str>,
    pub outlet: Option<&'static str>,
}

// The article's lines are in `SOURCE_PARAGRAPHS` (see `SourceId::paragraphs`), apart from
// these details, which the browser's code reads: only the prerenderer reads the text.

/// A piece of a source line: text, or a cited passage (which may hold shorter ones).
#[derive(Debug, PartialEq)]
pub enum Node {
    Text(&'static str),
    Mark(CitationId, &'static [Node]),
}

/// A cited passage: the article it is in. Its words are in `CITATION_PASSAGES` (see
/// `CitationId::passage`), which only the prerenderer reads.
#[derive(Debug, PartialEq)]
pub struct Citation {
    pub source: SourceId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Organisation,
}

/// A person or organisation named in the articles (its name is also in `ENTITY_NAMES`, for
/// code that needs no more).
#[derive(Debug, PartialEq)]
pub struct Entity {
    pub name: &'static str,
    pub kind: EntityKind,
    pub roles: &'static [Role],
}

/// A role in this story, as an article states it.
#[derive(Debug, PartialEq)]
pub struct Role {
    pub text: &'static str,
    pub cite: CitationId,
}

/// `from` `label` `to`: "Sam Altman" "is chief executive of" "OpenAI".
#[derive(Debug, PartialEq)]
pub struct Relation {
    pub from: EntityId,
    pub label: &'static str,
    pub to: EntityId,
    /// Whether it sets `from` against the venture (a rival, a litigant).
    pub rivalry: bool,
    pub cite: CitationId,
}

/// Something said or reported: the quote cards show those with a quote.
#[derive(Debug, PartialEq)]
pub struct Claim {
    pub speakers: &'static [EntityId],
    pub quote: Option<&'static str>,
    /// In a translated edition, the project's translation of `quote`, shown beside it.
    pub translation: Option<&'static str>,
    pub context: Option<&'static str>,
    pub event: Option<EventId>,
    pub cites: &'static [CitationId],
}

/// A figure as an article writes it, with its value where exact. What it measures is in
/// `FIGURE_MEASURES` (see `FigureId::measures`), which only the prerenderer reads.
#[derive(Debug, PartialEq)]
pub struct Figure {
    pub text: &'static str,
    pub value: Option<f64>,
    pub cite: CitationId,
}

/// A date to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A dated event, with how its date follows from the article, or why it cannot be dated.
#[derive(Debug, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub title: &'static str,
    pub date: Option<Date>,
    pub as_written: &'static str,
    pub derivation: Option<&'static str>,
    /// How sure a date worked out from relative words is.
    pub certainty: Option<Certainty>,
    pub unresolved: Option<&'static str>,
    /// Whether the walkthrough's timeline shows it.
    pub on_timeline: bool,
    /// Where the article dates it (a repeated paragraph dates it twice).
    pub cites: &'static [CitationId],
}

/// How sure a date worked out from an article's relative words is (see `data/events.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certainty {
    /// The article's words alone give it.
    Certain,
    /// It rests on an inference the derivation states.
    Inferred,
    /// The words may not mean what they seem: shown as written, never as a date.
    Uncertain,
}

/// A correction of the explainer, as the corrections log shows it.
#[derive(Debug, PartialEq)]
pub struct Correction {
    pub date: Date,
    /// What the explainer said, and why that was wrong.
    pub wrong: &'static str,
    /// What it says now.
    pub now: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    Differ,
    Agree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Between {
    Articles,
    PartyAndReport,
    WithinArticle,
}

/// Two passages set side by side, where the sources differ (or agree) on one point.
#[derive(Debug, PartialEq)]
pub struct Difference {
    pub id: &'static str,
    pub topic: &'static str,
    pub relation: Agreement,
    pub between: Between,
    pub summary: &'static str,
    /// Why it matters for whether the money is there; `None` when it does not.
    pub funding: Option<&'static str>,
    pub sides: [Side; 2],
}

#[derive(Debug, PartialEq)]
pub struct Side {
    pub label: &'static str,
    pub cite: CitationId,
}
