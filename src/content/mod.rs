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
}

impl CitationId {
    pub fn citation(self) -> &'static Citation {
        &CITATIONS[usize::from(self.0)]
    }

    /// The element id of the cited passage in its source article.
    pub fn anchor(self) -> String {
        format!("passage-{}", self.0 + 1)
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

    /// The article's text, byte for byte as in its file.
    pub fn text(&self) -> String {
        fn push(nodes: &[Node], text: &mut String) {
            for node in nodes {
                match node {
                    Node::Text(t) => text.push_str(t),
                    Node::Mark(_, inner) => push(inner, text),
                }
            }
        }
        let mut text = String::new();
        for (index, nodes) in self.paragraphs.iter().enumerate() {
            if index > 0 {
                text.push('\n');
            }
            push(nodes, &mut text);
        }
        text
    }
}

#[cfg(test)]
mod tests;
