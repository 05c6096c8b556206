//! The one piece of markup editors write in running text: `[words](citation-id)` links the
//! words to a cited passage.

/// A run of running text: plain, or linked to a citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Cited { text: String, citation: String },
}

impl Inline {
    /// The citation id this run links to, if any.
    pub fn citation_id(&self) -> Option<&str> {
        match self {
            Inline::Text(_) => None,
            Inline::Cited { citation, .. } => Some(citation),
        }
    }
}

/// Parses running text with `[words](citation-id)` links. White space runs (an editor's line
/// wrapping) collapse to one space. Errors say what is malformed and where.
pub fn parse_inline(source: &str) -> Result<Vec<Inline>, String> {
    let text = source.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut runs = Vec::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find(['[', ']']) {
        let (before, from_open) = rest.split_at(open);
        if !from_open.starts_with('[') {
            return Err(format!("unexpected \"{}\" after \"{}\"", &from_open[..1], tail(before)));
        }
        let close = from_open
            .find("](")
            .ok_or_else(|| format!("link starting \"{}\" has no \"](citation-id)\"", head(from_open)))?;
        let words = &from_open[1..close];
        let after = &from_open[close + 2..];
        let end = after.find(')').ok_or_else(|| format!("link \"{words}\" has no closing \")\""))?;
        let citation = &after[..end];
        if words.trim().is_empty() || words.contains(['[', ']']) {
            return Err(format!("link \"{words}\" needs plain words between [ and ]"));
        }
        if citation.is_empty() || citation.contains(char::is_whitespace) {
            return Err(format!("link \"{words}\" needs a citation id between ( and )"));
        }
        if !before.is_empty() {
            runs.push(Inline::Text(before.to_owned()));
        }
        runs.push(Inline::Cited { text: words.to_owned(), citation: citation.to_owned() });
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        runs.push(Inline::Text(rest.to_owned()));
    }
    Ok(runs)
}

fn tail(text: &str) -> &str {
    let start = text.char_indices().rev().nth(20).map_or(0, |(i, _)| i);
    &text[start..]
}

fn head(text: &str) -> &str {
    let end = text.char_indices().nth(20).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_owned())
    }

    fn cited(s: &str, id: &str) -> Inline {
        Inline::Cited { text: s.to_owned(), citation: id.to_owned() }
    }

    #[test]
    fn parses_links_between_text() {
        let runs = parse_inline("Up to [$500 billion](pledge) over\n  four years.").unwrap();
        assert_eq!(runs, vec![text("Up to "), cited("$500 billion", "pledge"), text(" over four years.")]);
    }

    #[test]
    fn parses_adjacent_links_and_plain_text() {
        assert_eq!(parse_inline("[a](x)[b](y)").unwrap(), vec![cited("a", "x"), cited("b", "y")]);
        assert_eq!(parse_inline("plain (DOGE)").unwrap(), vec![text("plain (DOGE)")]);
    }

    #[test]
    fn reports_malformed_links() {
        assert!(parse_inline("[words] (x)").unwrap_err().contains("no \"](citation-id)\""));
        assert!(parse_inline("[words](x").unwrap_err().contains("no closing"));
        assert!(parse_inline("[](x)").unwrap_err().contains("plain words"));
        assert!(parse_inline("[a](two words)").unwrap_err().contains("citation id"));
        assert!(parse_inline("stray ] here").unwrap_err().contains("unexpected \"]\""));
    }
}
