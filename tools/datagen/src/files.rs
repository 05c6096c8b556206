//! The shapes of the files under `data/`, as an editor writes them.

use std::path::Path;

use serde::Deserialize;

use crate::DataError;

/// `data/sources.toml`: one `[[source]]` table per article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<SourceEntry>,
}

/// What is known of one article. Fields the article does not state stay absent, and the
/// app says so rather than inventing them.
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

/// `data/citations.toml`: one `[[citation]]` table per cited passage.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationsFile {
    pub citation: Vec<CitationEntry>,
}

/// A passage of a source, quoted verbatim (runs of white space may differ).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationEntry {
    pub id: String,
    pub source: String,
    pub passage: String,
    /// Which occurrence to cite when the passage appears more than once (1 = first).
    pub occurrence: Option<usize>,
}

/// `data/story.toml`: the explainer's title and opening summary.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    pub title: String,
    /// One line under the title.
    pub dek: String,
    /// The summary, with `[words](citation-id)` linking words to a cited passage.
    pub summary: String,
}

pub(crate) fn read_toml<T: serde::de::DeserializeOwned>(
    data_dir: &Path,
    file: &str,
) -> Result<T, DataError> {
    let text = std::fs::read_to_string(data_dir.join(file))
        .map_err(|e| DataError::new(file, "(file)", format!("cannot be read: {e}")))?;
    parse_toml(file, &text)
}

/// Parses one data file, naming the file and the TOML error's position when it fails.
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, DataError> {
    toml::from_str(text).map_err(|e| {
        let problem = e.message().to_owned();
        let entry = match e.span() {
            Some(span) => format!("line {}", text[..span.start].matches('\n').count() + 1),
            None => "(file)".to_owned(),
        };
        DataError::new(file, &entry, problem)
    })
}

pub(crate) fn read_text(data_dir: &Path, file: &str, source_id: &str) -> Result<String, DataError> {
    std::fs::read_to_string(data_dir.join(file)).map_err(|e| {
        DataError::new("sources.toml", &format!("source \"{source_id}\""), format!("file {file} cannot be read: {e}"))
    })
}
