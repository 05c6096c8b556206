//! The explainer's content: the story, the source articles, the people and organisations,
//! the claims, figures, dated events and differences, each tied to cited passages. Compiled
//! from `data/` at build time by `tools/datagen` (checked there, so nothing is parsed here).

mod types;

pub use types::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

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

const MONTHS: [&str; 12] = [
    "January",
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
];

impl std::fmt::Display for Date {
    /// "2015", "March 2024" or "January 21, 2025": as precise as the date is.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let month = self.month.and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1)));
        match (month, self.day) {
            (Some(month), Some(day)) => write!(f, "{month} {day}, {}", self.year),
            (Some(month), None) => write!(f, "{month} {}", self.year),
            (None, _) => write!(f, "{}", self.year),
        }
    }
}

impl Event {
    /// The event's date as a reader sees it: the calendar date, or why there is none.
    pub fn when(&self) -> String {
        match (self.date, self.unresolved) {
            (Some(date), _) => date.to_string(),
            (None, Some(why)) => why.to_owned(),
            (None, None) => self.as_written.to_owned(),
        }
    }
}

/// The figure with this id. Used by the visuals that draw particular figures; a test checks
/// that every id they use exists.
pub fn figure(id: &str) -> Option<&'static Figure> {
    FIGURES.iter().find(|figure| figure.id == id)
}

impl Figure {
    /// What the figure measures ("the most the Stargate Project aims to invest").
    pub fn measures(&self) -> &'static str {
        FIGURES.iter().position(|figure| figure.id == self.id).map_or("", |index| FIGURE_MEASURES[index])
    }
}
