//! The explainer's content: the story, the source articles and the cited passages, compiled
//! from `data/` at build time by `tools/datagen` (validated there, so nothing is parsed here).

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

/// Index of a source in [`SOURCES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SourceId(pub u8);

/// Index of a citation in [`CITATIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CitationId(pub u16);

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
    /// The article's lines, each split into runs; joined with `\n` they are the file.
    pub paragraphs: &'static [&'static [Run]],
}

/// A piece of a source line: unmarked, or a cited passage (the index of its mark).
#[derive(Debug, PartialEq)]
pub struct Run {
    pub text: &'static str,
    pub mark: Option<u16>,
}

/// A cited passage: which source, which marked region, and the passage as it stands there.
#[derive(Debug, PartialEq)]
pub struct Citation {
    pub id: &'static str,
    pub source: SourceId,
    pub mark: u16,
    pub passage: &'static str,
}

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

    /// The element id of the marked passage this citation points at.
    pub fn anchor(self) -> String {
        let citation = self.citation();
        mark_anchor(citation.source.source(), citation.mark)
    }
}

impl Source {
    /// The element id of the whole article.
    pub fn anchor(&self) -> String {
        format!("source-{}", self.id)
    }

    /// The article's text, byte for byte as in its file.
    pub fn text(&self) -> String {
        let lines: Vec<String> = self
            .paragraphs
            .iter()
            .map(|runs| runs.iter().map(|run| run.text).collect())
            .collect();
        lines.join("\n")
    }
}

/// The element id of a marked passage in a source.
pub fn mark_anchor(source: &Source, mark: u16) -> String {
    format!("{}-passage-{}", source.id, mark + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_embedded_byte_for_byte() {
        for source in SOURCES {
            let path = format!("{}/data/{}", env!("CARGO_MANIFEST_DIR"), source.file);
            let original = std::fs::read_to_string(&path).unwrap();
            assert_eq!(source.text(), original, "{path}");
        }
    }

    #[test]
    fn every_citation_points_at_its_passage() {
        for (index, citation) in CITATIONS.iter().enumerate() {
            let source = citation.source.source();
            let marked: String = source
                .paragraphs
                .iter()
                .flat_map(|runs| runs.iter())
                .filter(|run| run.mark == Some(citation.mark))
                .map(|run| run.text)
                .collect();
            assert!(marked.contains(citation.passage), "citation {index} ({})", citation.id);
        }
    }

    #[test]
    fn anchors_are_unique() {
        let mut anchors: Vec<String> = SOURCES
            .iter()
            .flat_map(|source| {
                source.paragraphs.iter().flat_map(|runs| runs.iter()).filter_map(|run| run.mark.map(|m| mark_anchor(source, m)))
            })
            .collect();
        let total = anchors.len();
        anchors.sort();
        anchors.dedup();
        assert_eq!(anchors.len(), total);
    }
}
