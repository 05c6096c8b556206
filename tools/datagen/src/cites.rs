//! Every cited passage, found in its source, de-duplicated, and put in document order.
//! Passages in one source must nest or stay apart (never partly overlap), so that each can
//! be one element of the page that a link can point at and a highlight can cover exactly.

use crate::files::CiteSpec;
use crate::{find_passage, DataError, Source, Span};

/// A citation: a located passage of a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation {
    pub source: usize,
    pub span: Span,
}

/// Collects citations while entries are checked; `finish` orders them and checks nesting.
pub struct Registry<'a> {
    sources: &'a [Source],
    found: Vec<Citation>,
    /// Who first cited each passage ("figures.toml: figure \"x\""), for error messages.
    cited_by: Vec<(String, String)>,
}

impl<'a> Registry<'a> {
    pub fn new(sources: &'a [Source]) -> Self {
        Registry { sources, found: Vec::new(), cited_by: Vec::new() }
    }

    /// Finds a cited passage; returns a provisional id (the same for the same passage).
    pub fn cite(&mut self, spec: &CiteSpec, file: &str, entry: &str) -> Result<usize, DataError> {
        let fail = |problem: String| Err(DataError::new(file, entry, problem));
        let Some(source) = self.sources.iter().position(|s| s.entry.id == spec.source) else {
            return fail(format!("cites source \"{}\", which sources.toml does not define", spec.source));
        };
        let text = &self.sources[source].text;
        let file_name = &self.sources[source].entry.file;
        if spec.passage.trim().is_empty() {
            return fail("cites an empty passage".into());
        }
        let occurrence = spec.occurrence.unwrap_or(1);
        let Some(span) = find_passage(text, &spec.passage, occurrence) else {
            let which = if occurrence == 1 { String::new() } else { format!(" (occurrence {occurrence})") };
            return fail(format!("passage{which} not found verbatim in {file_name}: \"{}\"", spec.passage));
        };
        if text[span.start..span.end].contains('\n') {
            return fail(format!(
                "passage runs across a paragraph break in {file_name}; cite one paragraph at a time: \"{}\"",
                spec.passage
            ));
        }
        let citation = Citation { source, span };
        if let Some(existing) = self.found.iter().position(|c| *c == citation) {
            return Ok(existing);
        }
        self.found.push(citation);
        self.cited_by.push((file.to_owned(), entry.to_owned()));
        Ok(self.found.len() - 1)
    }

    /// The citations in document order, and for each provisional id its final index.
    pub fn finish(self) -> Result<(Vec<Citation>, Vec<usize>), DataError> {
        let mut order: Vec<usize> = (0..self.found.len()).collect();
        order.sort_by_key(|&i| {
            let c = self.found[i];
            (c.source, c.span.start, std::cmp::Reverse(c.span.end))
        });
        // Walk each source's passages in order with a stack of the ones still open.
        let mut open: Vec<usize> = Vec::new();
        for &i in &order {
            let c = self.found[i];
            while let Some(&top) = open.last() {
                let t = self.found[top];
                if t.source != c.source || t.span.end <= c.span.start {
                    open.pop();
                } else {
                    break;
                }
            }
            if let Some(&top) = open.last() {
                if c.span.end > self.found[top].span.end {
                    let (file, entry) = &self.cited_by[i];
                    let (other_file, other_entry) = &self.cited_by[top];
                    let text = &self.sources[c.source].text;
                    return Err(DataError::new(
                        file,
                        entry,
                        format!(
                            "passage \"{}\" partly overlaps \"{}\", cited by {other_file}: {other_entry}; make one passage contain the other, or keep them apart",
                            &text[c.span.start..c.span.end],
                            &text[self.found[top].span.start..self.found[top].span.end],
                        ),
                    ));
                }
            }
            open.push(i);
        }
        let mut final_index = vec![0; order.len()];
        for (position, &i) in order.iter().enumerate() {
            final_index[i] = position;
        }
        let citations = order.iter().map(|&i| self.found[i]).collect();
        Ok((citations, final_index))
    }
}
