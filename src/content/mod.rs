//! The explainer's content: the story, the source articles, the people and organisations,
//! the claims, figures, dated events and differences, each tied to cited passages. Compiled
//! from `data/` at build time by `tools/datagen` (checked there, so nothing is parsed here).

mod types;

pub use types::*;

use crate::ui;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The language of the source articles' words (their passages, quotes and headlines), where it is
/// not the page's: `lang` on what quotes them, so a screen reader says them as English.
pub fn sources_language() -> Option<&'static str> {
    (LANGUAGE != SOURCES_LANGUAGE).then_some(SOURCES_LANGUAGE)
}

/// The language the source articles are written in.
pub const SOURCES_LANGUAGE: &str = "en";

impl Edition {
    /// Its page's address relative to a page of the edition `here`: "es/" from the original,
    /// "../" back to it, "./" to itself.
    pub fn relative_to(&self, here: &Edition) -> String {
        if self.language == here.language {
            return "./".to_owned();
        }
        match format!("{}{}", "../".repeat(here.folder.matches('/').count()), self.folder) {
            root if root.is_empty() => "./".to_owned(),
            other => other,
        }
    }
}

impl SourceName {
    /// The article named only by what it states: its headline and outlet, its headline, or
    /// its label and that it states neither.
    pub fn name(&self) -> String {
        match (self.headline, self.outlet) {
            (Some(headline), Some(outlet)) => ui::preview::Named { headline, outlet }.text(),
            (Some(headline), None) => ui::preview::Headline { headline }.text(),
            (None, _) => ui::preview::Unnamed { label: self.label }.text(),
        }
    }
}

impl SourceId {
    pub fn source(self) -> &'static Source {
        &SOURCES[usize::from(self.0)]
    }

    /// The article's paragraphs, each a line of text with its cited passages marked.
    pub fn paragraphs(self) -> &'static [&'static [Node]] {
        SOURCE_PARAGRAPHS[usize::from(self.0)]
    }

    /// The article's text, byte for byte as in its file.
    pub fn text(self) -> String {
        fn push(nodes: &[Node], text: &mut String) {
            for node in nodes {
                match node {
                    Node::Text(t) => text.push_str(t),
                    Node::Mark(_, inner) => push(inner, text),
                }
            }
        }
        let mut text = String::new();
        for (index, nodes) in self.paragraphs().iter().enumerate() {
            if index > 0 {
                text.push('\n');
            }
            push(nodes, &mut text);
        }
        text
    }
}

impl CitationId {
    /// Every citation, in document order.
    pub fn all() -> impl Iterator<Item = CitationId> {
        // There are fewer than 65,536 citations: datagen numbers them with u16.
        (0..CITATIONS.len()).map(|index| CitationId(index as u16))
    }

    pub fn citation(self) -> &'static Citation {
        &CITATIONS[usize::from(self.0)]
    }

    /// The passage's words, as they stand in its source.
    pub fn passage(self) -> &'static str {
        CITATION_PASSAGES[usize::from(self.0)]
    }

    /// The label of the article the passage is in ("Source A").
    pub fn source_label(self) -> &'static str {
        SOURCE_LABELS[usize::from(self.citation().source.0)]
    }

    /// The line of its article the passage is in.
    pub fn line(self) -> Option<&'static [Node]> {
        fn holds(nodes: &[Node], id: CitationId) -> bool {
            nodes.iter().any(|node| matches!(node, Node::Mark(mark, inner) if *mark == id || holds(inner, id)))
        }
        self.citation().source.paragraphs().iter().copied().find(|line| holds(line, self))
    }

    /// The element id of the cited passage in its source article.
    pub fn anchor(self) -> String {
        format!("passage-{}", self.0 + 1)
    }

    /// The citation a link's `#passage-N` address leads to, if it names one we have.
    pub fn from_href(href: &str) -> Option<CitationId> {
        let number: u16 = href.strip_prefix("#passage-")?.parse().ok()?;
        let id = CitationId(number.checked_sub(1)?);
        (usize::from(id.0) < CITATIONS.len()).then_some(id)
    }
}

impl EntityId {
    pub fn entity(self) -> &'static Entity {
        &ENTITIES[usize::from(self.0)]
    }

    /// The name, without the rest of the entry; in a `const` block, the name alone is all the
    /// code carries (the calculator's partners).
    pub const fn name(self) -> &'static str {
        ENTITY_NAMES[self.0 as usize]
    }
}

impl FigureId {
    pub fn figure(self) -> &'static Figure {
        self.entry
    }

    /// The figure's place in `FIGURES`.
    pub fn index(self) -> usize {
        usize::from(self.index)
    }

    /// What the figure measures ("the most the Stargate Project aims to invest").
    pub fn measures(self) -> &'static str {
        FIGURE_MEASURES[self.index()]
    }
}

impl ClaimId {
    pub fn claim(self) -> &'static Claim {
        &CLAIMS[usize::from(self.0)]
    }
}

impl EventId {
    pub fn event(self) -> &'static Event {
        &EVENTS[usize::from(self.0)]
    }
}

impl Source {
    /// The element id of the whole article.
    pub fn anchor(&self) -> String {
        format!("source-{}", self.id)
    }
}

#[cfg(test)]
mod tests;

impl std::fmt::Display for Date {
    /// "2015", "March 2024" or "January 21, 2025": as precise as the date is.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.written())
    }
}

impl Date {
    /// The date in the words' format (CLDR's long date): "2015", "March 2024", "January 21,
    /// 2025".
    pub fn written(&self) -> String {
        self.in_words(
            &ui::date::MONTHS,
            |month, day, year| ui::date::Day { month, day, year }.text(),
            |month, year| ui::date::Month { month, year }.text(),
        )
    }

    /// The date where room is short (CLDR's medium date, abbreviated months): "Jan 21, 2025",
    /// "21 ene 2025"; "Mar 2024"; "2015".
    pub fn written_short(&self) -> String {
        self.in_words(
            &ui::date::MONTHS_SHORT,
            |month, day, year| ui::date::DayShort { month, day, year }.text(),
            |month, year| ui::date::MonthShort { month, year }.text(),
        )
    }

    fn in_words(
        &self,
        months: &[&str; 12],
        to_the_day: impl Fn(&str, &str, &str) -> String,
        to_the_month: impl Fn(&str, &str) -> String,
    ) -> String {
        let (year, day) = (self.year.to_string(), self.day.map(|day| day.to_string()));
        match (self.month.and_then(|m| months.get(usize::from(m).wrapping_sub(1))), day) {
            (Some(month), Some(day)) => to_the_day(month, &day, &year),
            (Some(month), None) => to_the_month(month, &year),
            (None, _) => year,
        }
    }
}

impl Date {
    /// The date as ISO 8601 writes it, as precise as it is: "2015", "2024-03", "2025-01-21".
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{}-{month:02}-{day:02}", self.year),
            (Some(month), None) => format!("{}-{month:02}", self.year),
            _ => self.year.to_string(),
        }
    }
}

impl Event {
    /// The calendar date the page may show: none where the article's words are not sure
    /// enough to be read as one (those are shown as written).
    pub fn shown_date(&self) -> Option<Date> {
        self.date.filter(|_| self.certainty != Some(Certainty::Uncertain))
    }

    /// The event's date as a reader sees it: the calendar date (marked where it is inferred),
    /// the article's own words where they cannot be read as a date with certainty, or why
    /// there is none.
    pub fn when(&self) -> String {
        match (self.shown_date(), self.unresolved) {
            (Some(date), _) if self.certainty == Some(Certainty::Inferred) => {
                ui::timeline::Inferred { date: &date.to_string() }.text()
            }
            (Some(date), _) => date.to_string(),
            (None, Some(why)) => why.to_owned(),
            (None, None) => ui::timeline::AsWritten { words: self.as_written }.text(),
        }
    }
}

impl Correction {
    /// The page anchor of the correction at `index` in a log of `count`, newest first:
    /// numbered from the oldest, so an anchor never changes as newer corrections go above it.
    pub fn anchor(index: usize, count: usize) -> String {
        format!("correction-{}", count.saturating_sub(index))
    }
}
