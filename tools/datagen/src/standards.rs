//! The editorial standards the build can check in the prose, not only in the quotes: every
//! sentence that cites a passage is collected with its citations (`Content::citing_texts`),
//! and where a cited passage hedges ("anticipate", "reports suggest", "would"), the sentence
//! must hedge the same way, or an editor's note in `data/hedges.toml` must say why not.

use std::ops::Range;

use crate::files::{file, HedgeKind, HedgeNote, HedgesFile};
use crate::{Content, DataError, TextRun};

/// A text of the explainer that cites passages: a sentence of the summary or of a step's
/// narrative, a claim's summary, a figure's description, a role, a relation, an event's title,
/// a difference's summary.
#[derive(Debug, Clone, PartialEq)]
pub struct CitingText {
    /// The data file it is in ("steps.toml").
    pub file: &'static str,
    /// The entry, as error messages name it (`step "the-money"`).
    pub entry: String,
    /// The words, with no markup.
    pub text: String,
    /// The linked words in `text`, and the citation each links to; empty where the whole text
    /// stands for its entry's citations.
    pub links: Vec<(Range<usize>, usize)>,
    /// Every citation the text rests on, each once.
    pub cites: Vec<usize>,
}

impl Content {
    /// Every text that cites a passage, in the order of the files and their entries.
    pub fn citing_texts(&self) -> Vec<CitingText> {
        let mut texts = sentences(file::STORY, "summary", &self.summary);
        for step in &self.steps {
            texts.extend(sentences(file::STEPS, &format!("step \"{}\"", step.entry.slug), &step.narrative));
        }
        let mut whole = |file: &'static str, entry: String, text: &str, cites: Vec<usize>| {
            texts.push(CitingText { file, entry, text: text.to_owned(), links: Vec::new(), cites: distinct(cites) });
        };
        for entity in &self.entities {
            for (index, (role, cite)) in entity.entry.role.iter().zip(&entity.role_cites).enumerate() {
                whole(
                    file::ENTITIES,
                    format!("entity \"{}\" role {}", entity.entry.id, index + 1),
                    &role.text,
                    vec![*cite],
                );
            }
        }
        for relation in &self.relations {
            let e = &relation.entry;
            whole(
                file::ENTITIES,
                format!("relation \"{} {} {}\"", e.from, e.label, e.to),
                &e.label,
                vec![relation.cite],
            );
        }
        for claim in &self.claims {
            whole(file::CLAIMS, format!("claim \"{}\"", claim.entry.id), &claim.entry.summary, claim.cites.clone());
        }
        for figure in &self.figures {
            whole(file::FIGURES, format!("figure \"{}\"", figure.entry.id), &figure.entry.measures, vec![figure.cite]);
        }
        for event in &self.events {
            whole(file::EVENTS, format!("event \"{}\"", event.entry.id), &event.entry.title, event.cites.clone());
        }
        for difference in &self.differences {
            let e = &difference.entry;
            whole(file::DIFFERENCES, format!("difference \"{}\"", e.id), &e.summary, difference.side_cites.clone());
        }
        texts
    }

    /// The words of a citation's passage, as they stand in its article.
    pub fn passage(&self, cite: usize) -> &str {
        let citation = self.citations[cite];
        &self.sources[citation.source].text[citation.span.start..citation.span.end]
    }
}

fn distinct(mut cites: Vec<usize>) -> Vec<usize> {
    let mut seen = Vec::with_capacity(cites.len());
    cites.retain(|cite| {
        let new = !seen.contains(cite);
        seen.push(*cite);
        new
    });
    cites
}

/// The sentences of running text that link to a passage, each with its links: a sentence, or
/// each clause of one where semicolons join statements that stand apart, so that a hedge in one
/// clause does not answer for a passage another cites.
fn sentences(file: &'static str, entry: &str, runs: &[TextRun]) -> Vec<CitingText> {
    let mut text = String::new();
    let mut links = Vec::new();
    for run in runs {
        match run {
            TextRun::Text(words) => text.push_str(words),
            TextRun::Cited { text: words, cite } => {
                let start = text.len();
                text.push_str(words);
                links.push((start..text.len(), *cite));
            }
        }
    }
    sentence_ranges(&text)
        .into_iter()
        .flat_map(|range| clause_ranges(&text, range))
        .filter_map(|range| {
            let inside: Vec<(Range<usize>, usize)> = links
                .iter()
                .filter(|(link, _)| link.start < range.end && range.start < link.end)
                .map(|(link, cite)| {
                    (link.start.max(range.start) - range.start..link.end.min(range.end) - range.start, *cite)
                })
                .collect();
            (!inside.is_empty()).then(|| CitingText {
                file,
                entry: entry.to_owned(),
                text: text[range.clone()].to_owned(),
                cites: distinct(inside.iter().map(|(_, cite)| *cite).collect()),
                links: inside,
            })
        })
        .collect()
}

/// Where running text's sentences lie: each ends at a `.`, `?` or `!` (and any closing quote
/// mark or bracket after it) followed by a space, except after a lone capital ("U.S.").
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && matches!(chars[end].1, '”' | '’' | '"' | ')') {
            end += 1;
        }
        let followed_by_space = end == chars.len() || chars[end].1.is_whitespace();
        let initial = c == '.' && i >= 1 && chars[i - 1].1.is_uppercase() && (i < 2 || !chars[i - 2].1.is_alphabetic());
        if !followed_by_space || initial || end == chars.len() {
            continue;
        }
        let stop = chars[end].0;
        let sentence = text[start..stop].trim();
        if !sentence.is_empty() {
            let lead = text[start..].len() - text[start..].trim_start().len();
            ranges.push(start + lead..stop);
        }
        start = stop;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        let lead = text[start..].len() - text[start..].trim_start().len();
        ranges.push(start + lead..start + lead + rest.len());
    }
    ranges
}

/// The clauses of the sentence at `range`: the parts between semicolons outside any link's
/// brackets or quotation marks.
fn clause_ranges(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut clauses = Vec::new();
    let mut start = range.start;
    let mut quoted = false;
    for (at, c) in text[range.clone()].char_indices().map(|(i, c)| (range.start + i, c)) {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            ';' if !quoted => {
                clauses.push(start..at + 1);
                start = at + 1 + text[at + 1..].len() - text[at + 1..].trim_start().len();
            }
            _ => {}
        }
    }
    if start < range.end {
        clauses.push(start..range.end);
    }
    clauses
}

/// A word or words of a hedge list: lower-case terms in a row, each matching a whole word,
/// or any word it begins when it ends in `*`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub written: String,
    terms: Vec<(String, bool)>,
}

impl Pattern {
    pub fn new(written: &str) -> Result<Pattern, String> {
        let terms: Vec<(String, bool)> = written
            .split_whitespace()
            .map(|term| {
                let (stem, prefix) = term.strip_suffix('*').map_or((term, false), |stem| (stem, true));
                (stem.to_lowercase(), prefix)
            })
            .collect();
        let bad =
            terms.is_empty() || terms.iter().any(|(stem, _)| stem.is_empty() || !stem.chars().all(char::is_alphabetic));
        if bad {
            return Err(format!("\"{written}\" must be words of letters, each whole or ending in *"));
        }
        Ok(Pattern { written: written.to_owned(), terms })
    }

    /// Where the pattern occurs in `words` (see `words`): byte ranges of the text.
    fn find(&self, words: &[(String, Range<usize>)]) -> Vec<Range<usize>> {
        let n = self.terms.len();
        if words.len() < n {
            return Vec::new();
        }
        (0..=words.len() - n)
            .filter(|&at| {
                self.terms.iter().zip(&words[at..at + n]).all(|((stem, prefix), (word, _))| {
                    if *prefix {
                        word.starts_with(stem.as_str())
                    } else {
                        word == stem
                    }
                })
            })
            .map(|at| words[at].1.start..words[at + n - 1].1.end)
            .collect()
    }
}

/// The words of a text, lower-cased, with their byte ranges.
fn words(text: &str) -> Vec<(String, Range<usize>)> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                found.push((text[from..at].to_lowercase(), from..at));
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// The hedge kinds of `data/hedges.toml`, their patterns parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Hedges {
    pub kinds: Vec<(String, Vec<Pattern>, Vec<Pattern>)>,
}

/// A hedge found in a text: where, and of which kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub range: Range<usize>,
    pub kind: usize,
}

impl Hedges {
    pub fn new(file: &HedgesFile) -> Result<Hedges, DataError> {
        let parse = |kind: &HedgeKind, list: &[String]| -> Result<Vec<Pattern>, DataError> {
            list.iter()
                .map(|w| {
                    Pattern::new(w).map_err(|p| DataError::new(file::HEDGES, &format!("kind \"{}\"", kind.name), p))
                })
                .collect()
        };
        let kinds = file
            .kind
            .iter()
            .map(|kind| {
                let words = parse(kind, &kind.words)?;
                let mut keeps = words.clone();
                keeps.extend(parse(kind, &kind.keeps)?);
                Ok((kind.name.clone(), words, keeps))
            })
            .collect::<Result<_, DataError>>()?;
        Ok(Hedges { kinds })
    }

    /// The hedges a passage makes, in order.
    pub fn in_passage(&self, text: &str) -> Vec<Found> {
        self.find(text, |(_, words, _)| words)
    }

    /// The words by which a sentence hedges, in order.
    pub fn in_sentence(&self, text: &str) -> Vec<Found> {
        self.find(text, |(_, _, keeps)| keeps)
    }

    fn find(&self, text: &str, list: impl Fn(&(String, Vec<Pattern>, Vec<Pattern>)) -> &Vec<Pattern>) -> Vec<Found> {
        let words = words(text);
        let mut found: Vec<Found> = self
            .kinds
            .iter()
            .enumerate()
            .flat_map(|(kind, entry)| {
                list(entry)
                    .iter()
                    .flat_map(|p| p.find(&words))
                    .map(move |range| Found { range, kind })
                    .collect::<Vec<_>>()
            })
            .collect();
        found.sort_by_key(|f| (f.range.start, f.kind));
        found.dedup();
        found
    }
}

/// Checks that every sentence citing a hedged passage hedges the same way, or has a note, and
/// that every note is needed.
pub fn check_hedges(content: &Content, file: &HedgesFile) -> Result<(), DataError> {
    match hedge_faults(content, file)?.into_iter().next() {
        Some(fault) => Err(fault),
        None => Ok(()),
    }
}

/// What the hedge check finds for one kind of hedge in one passage a text cites: the
/// passage's words of that kind, and whether the text keeps the hedge or a note excuses it.
#[derive(Debug, Clone, PartialEq)]
pub struct HedgeVerdict {
    pub cite: usize,
    pub kind: usize,
    pub words: Vec<String>,
    pub kept: bool,
    /// The note in `hedges.toml` that excuses the text, when it does not keep the hedge.
    pub note: Option<usize>,
}

impl HedgeVerdict {
    /// The text drops the hedge, and no note says why it may.
    pub fn is_fault(&self) -> bool {
        !self.kept && self.note.is_none()
    }
}

/// The hedge check for one text: a verdict for each kind of hedge in each passage it cites.
pub fn hedge_verdicts(content: &Content, hedges: &Hedges, notes: &[HedgeNote], text: &CitingText) -> Vec<HedgeVerdict> {
    let kept: Vec<usize> = hedges.in_sentence(&text.text).iter().map(|f| f.kind).collect();
    let mut verdicts = Vec::new();
    for &cite in &text.cites {
        let passage = content.passage(cite);
        let found = hedges.in_passage(passage);
        for kind in 0..hedges.kinds.len() {
            let words: Vec<String> =
                found.iter().filter(|f| f.kind == kind).map(|f| passage[f.range.clone()].to_owned()).collect();
            if words.is_empty() {
                continue;
            }
            let kept = kept.contains(&kind);
            let note = (!kept)
                .then(|| {
                    notes.iter().position(|note| {
                        note.entry == text.entry && words.iter().any(|w| w.eq_ignore_ascii_case(&note.word))
                    })
                })
                .flatten();
            verdicts.push(HedgeVerdict { cite, kind, words, kept, note });
        }
    }
    verdicts
}

/// Every sentence that drops a hedge without a note, then every note no sentence needs.
pub fn hedge_faults(content: &Content, file: &HedgesFile) -> Result<Vec<DataError>, DataError> {
    let hedges = Hedges::new(file)?;
    let mut faults = Vec::new();
    let mut used = vec![false; file.note.len()];
    for citing in content.citing_texts() {
        for verdict in hedge_verdicts(content, &hedges, &file.note, &citing) {
            if let Some(note) = verdict.note {
                used[note] = true;
            }
            if !verdict.is_fault() {
                continue;
            }
            let (name, _, keeps) = &hedges.kinds[verdict.kind];
            let (word, passage) = (&verdict.words[0], content.passage(verdict.cite));
            let examples: Vec<String> = keeps.iter().take(4).map(|p| format!("\"{}\"", p.written)).collect();
            faults.push(DataError::new(
                citing.file,
                &citing.entry,
                format!(
                    "\"{}\" cites a passage that hedges with \"{word}\" ({name}): \"{passage}\"; keep the hedge (with a word such as {}) or give the sentence a note in hedges.toml (entry = '{}', word = \"{word}\", why = \"…\")",
                    citing.text,
                    examples.join(", "),
                    citing.entry
                ),
            ));
        }
    }
    for (note, _) in file.note.iter().zip(&used).filter(|(_, used)| !**used) {
        faults.push(DataError::new(
            file::HEDGES,
            &format!("note for {}, \"{}\"", note.entry, note.word),
            "no sentence needs it (the entry keeps the hedge, cites no passage with the word, or does not exist); remove it",
        ));
    }
    Ok(faults)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_but_not_at_initials() {
        let text = "The U.S. plan. He said: “Wrong, as you surely know.” Then? Yes! End";
        let got: Vec<&str> = sentence_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, vec!["The U.S. plan.", "He said: “Wrong, as you surely know.”", "Then?", "Yes!", "End"]);
    }

    #[test]
    fn clauses_part_at_semicolons_outside_quotations() {
        let text = "A says it plans; B says “x; y” too; C.";
        let got: Vec<&str> = clause_ranges(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, vec!["A says it plans;", "B says “x; y” too;", "C."]);
    }

    #[test]
    fn patterns_match_whole_words_prefixes_and_runs() {
        let text = "Reports suggest they anticipated it, and would; a planet.";
        let w = words(text);
        let find = |p: &str| Pattern::new(p).unwrap().find(&w).into_iter().map(|r| &text[r]).collect::<Vec<_>>();
        assert_eq!(find("anticipat*"), vec!["anticipated"]);
        assert_eq!(find("reports suggest"), vec!["Reports suggest"]);
        assert_eq!(find("plan"), Vec::<&str>::new());
        assert_eq!(find("plan*"), vec!["planet"]);
        assert_eq!(find("would"), vec!["would"]);
        assert!(Pattern::new("may be?").is_err());
        assert!(Pattern::new("*").is_err());
    }
}
