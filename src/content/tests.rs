//! The compiled content against the files it came from.

use super::*;

#[test]
fn sources_are_embedded_byte_for_byte() {
    for (index, source) in SOURCES.iter().enumerate() {
        let path = format!("{}/data/{}", env!("CARGO_MANIFEST_DIR"), source.file);
        let original = std::fs::read_to_string(&path).unwrap();
        assert_eq!(SourceId(index as u8).text(), original, "{path}");
    }
}

/// Every mark in every article, with the text it covers.
fn marks() -> Vec<(SourceId, CitationId, String)> {
    fn walk(source: SourceId, nodes: &[Node], found: &mut Vec<(SourceId, CitationId, String)>) -> String {
        let mut text = String::new();
        for node in nodes {
            match node {
                Node::Text(t) => text.push_str(t),
                Node::Mark(id, inner) => {
                    let inner_text = walk(source, inner, found);
                    found.push((source, *id, inner_text.clone()));
                    text.push_str(&inner_text);
                }
            }
        }
        text
    }
    let mut found = Vec::new();
    for index in 0..SOURCES.len() {
        let source = SourceId(index as u8);
        for paragraph in source.paragraphs() {
            walk(source, paragraph, &mut found);
        }
    }
    found
}

#[test]
fn every_citation_is_marked_once_in_its_source_around_its_passage() {
    let marks = marks();
    for (index, citation) in CITATIONS.iter().enumerate() {
        let id = CitationId(index as u16);
        let found: Vec<_> = marks.iter().filter(|(_, mark, _)| *mark == id).collect();
        assert_eq!(found.len(), 1, "citation {index} is marked {} times", found.len());
        let (source, _, text) = found[0];
        assert_eq!(*source, citation.source, "citation {index} is marked in the wrong source");
        assert_eq!(text, id.passage(), "citation {index} marks other words");
    }
}

#[test]
fn every_reference_points_at_something() {
    let citation = |id: CitationId| assert!(usize::from(id.0) < CITATIONS.len());
    for run in STORY.summary {
        if let Inline::Cited { citation: id, .. } = run {
            citation(*id);
        }
    }
    ENTITIES.iter().flat_map(|e| e.roles).for_each(|r| citation(r.cite));
    for relation in RELATIONS {
        citation(relation.cite);
        assert!(usize::from(relation.from.0) < ENTITIES.len() && usize::from(relation.to.0) < ENTITIES.len());
    }
    for claim in CLAIMS {
        claim.cites.iter().copied().for_each(citation);
        assert!(claim.speakers.iter().all(|s| usize::from(s.0) < ENTITIES.len()));
        assert!(claim.event.is_none_or(|e| usize::from(e.0) < EVENTS.len()));
    }
    FIGURES.iter().for_each(|f| citation(f.cite));
    EVENTS.iter().flat_map(|e| e.cites).copied().for_each(citation);
    DIFFERENCES.iter().flat_map(|d| &d.sides).for_each(|s| citation(s.cite));
}

#[test]
fn anchors_are_distinct() {
    let mut anchors: Vec<String> = (0..CITATIONS.len()).map(|i| CitationId(i as u16).anchor()).collect();
    anchors.extend(SOURCES.iter().map(Source::anchor));
    let total = anchors.len();
    anchors.sort();
    anchors.dedup();
    assert_eq!(anchors.len(), total);
}

#[test]
fn dates_read_as_precisely_as_they_are_known() {
    assert_eq!(Date { year: 2015, month: None, day: None }.to_string(), "2015");
    assert_eq!(Date { year: 2024, month: Some(3), day: None }.to_string(), "March 2024");
    assert_eq!(Date { year: 2025, month: Some(1), day: Some(21) }.to_string(), "January 21, 2025");
    assert_eq!(Date { year: 2025, month: Some(1), day: Some(21) }.written_short(), "Jan 21, 2025");
}

#[test]
fn every_passage_is_found_in_its_line() {
    for (source, id, text) in marks() {
        let line = id.line().unwrap_or_else(|| panic!("{} has no line", id.anchor()));
        assert_eq!(id.citation().source, source);
        let mut words = String::new();
        fn push(nodes: &[Node], words: &mut String) {
            for node in nodes {
                match node {
                    Node::Text(t) => words.push_str(t),
                    Node::Mark(_, inner) => push(inner, words),
                }
            }
        }
        push(line, &mut words);
        assert!(words.contains(&text), "{}: its line does not hold its words", id.anchor());
    }
}
