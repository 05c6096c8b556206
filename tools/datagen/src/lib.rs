//! Reads the explainer's content from `data/`, checks every citation against the source
//! articles, and writes it out as static Rust for the app to `include!`.
//!
//! Doing this at build time keeps a TOML parser out of the `.wasm` and makes a broken
//! quote fail the build with a message that names the file and the entry.

mod error;
mod files;
mod inline;
mod passage;
mod rust;

use std::path::Path;

pub use error::DataError;
pub use files::{CitationEntry, CitationsFile, SourceEntry, SourcesFile, StoryFile};
pub use inline::{parse_inline, Inline};
pub use passage::{find_passage, Span};

/// One source article, its metadata checked and its cited passages located.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub entry: SourceEntry,
    /// The article's bytes, exactly as in its file.
    pub text: String,
    /// The marked regions of the text (cited passages, overlapping ones merged), in order.
    pub marks: Vec<Span>,
}

/// A citation resolved to a marked region of its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub entry: CitationEntry,
    pub source_index: usize,
    /// Where the passage lies in the source text.
    pub span: Span,
}

/// Everything under `data/`, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub story: StoryFile,
    pub summary: Vec<Inline>,
    pub sources: Vec<Source>,
    pub citations: Vec<Citation>,
}

impl Content {
    /// Loads and validates the content under `data_dir`.
    pub fn load(data_dir: &Path) -> Result<Content, DataError> {
        let sources: SourcesFile = files::read_toml(data_dir, "sources.toml")?;
        let citations: CitationsFile = files::read_toml(data_dir, "citations.toml")?;
        let story: StoryFile = files::read_toml(data_dir, "story.toml")?;
        let texts = sources
            .source
            .iter()
            .map(|entry| files::read_text(data_dir, &entry.file, &entry.id))
            .collect::<Result<Vec<_>, _>>()?;
        Content::from_parts(sources, texts, citations, story)
    }

    /// Validates already-read files: the sources' metadata, every citation and the story's links.
    pub fn from_parts(
        sources: SourcesFile,
        texts: Vec<String>,
        citations: CitationsFile,
        story: StoryFile,
    ) -> Result<Content, DataError> {
        let mut sources: Vec<Source> = sources
            .source
            .into_iter()
            .zip(texts)
            .map(|(entry, text)| Source { entry, text, marks: Vec::new() })
            .collect();
        for (index, source) in sources.iter().enumerate() {
            validate_source(source, &sources[..index])?;
        }

        let mut resolved = Vec::with_capacity(citations.citation.len());
        for entry in citations.citation {
            let citation = resolve_citation(entry, &sources, &resolved)?;
            resolved.push(citation);
        }
        for (index, source) in sources.iter_mut().enumerate() {
            source.marks = merge_spans(
                resolved.iter().filter(|c| c.source_index == index).map(|c| c.span),
            );
        }

        let summary = parse_inline(&story.summary).map_err(|problem| {
            DataError::new("story.toml", "summary", problem)
        })?;
        for link in summary.iter().filter_map(Inline::citation_id) {
            if !resolved.iter().any(|c| c.entry.id == link) {
                return Err(DataError::new(
                    "story.toml",
                    "summary",
                    format!("links to citation \"{link}\", which citations.toml does not define"),
                ));
            }
        }
        if story.title.trim().is_empty() {
            return Err(DataError::new("story.toml", "title", "is empty"));
        }

        Ok(Content { story, summary, sources, citations: resolved })
    }

    /// The content as Rust source: constants the app's `content` module includes.
    pub fn to_rust(&self) -> String {
        rust::emit(self)
    }
}

fn validate_source(source: &Source, earlier: &[Source]) -> Result<(), DataError> {
    let entry = &source.entry;
    let name = format!("source \"{}\"", entry.id);
    let fail = |problem: String| Err(DataError::new("sources.toml", &name, problem));
    if !is_slug(&entry.id) {
        return fail("id must be lower-case letters, digits and hyphens".into());
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

fn resolve_citation(
    entry: CitationEntry,
    sources: &[Source],
    earlier: &[Citation],
) -> Result<Citation, DataError> {
    let name = format!("citation \"{}\"", entry.id);
    let fail = |problem: String| Err(DataError::new("citations.toml", &name, problem));
    if !is_slug(&entry.id) {
        return fail("id must be lower-case letters, digits and hyphens".into());
    }
    if earlier.iter().any(|c| c.entry.id == entry.id) {
        return fail("id is used twice".into());
    }
    let Some(source_index) = sources.iter().position(|s| s.entry.id == entry.source) else {
        return fail(format!("source \"{}\" is not defined in sources.toml", entry.source));
    };
    let source = &sources[source_index];
    if entry.passage.trim().is_empty() {
        return fail("passage is empty".into());
    }
    let occurrence = entry.occurrence.unwrap_or(1);
    let Some(span) = find_passage(&source.text, &entry.passage, occurrence) else {
        let which = if occurrence == 1 { String::new() } else { format!(" (occurrence {occurrence})") };
        return fail(format!(
            "passage{which} not found verbatim in {}: \"{}\"",
            source.entry.file, entry.passage
        ));
    };
    if source.text[span.start..span.end].contains('\n') {
        return fail("passage runs across a paragraph break; cite one paragraph at a time".into());
    }
    Ok(Citation { entry, source_index, span })
}

/// Sorts spans and merges those that overlap or touch, so each marked region is one anchor.
fn merge_spans(spans: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut spans: Vec<Span> = spans.collect();
    spans.sort_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests;
