use yew::prelude::*;

use crate::content::{sources_language, CitationId, Node};
use crate::ui::passage_card as words;

#[derive(Properties, PartialEq)]
pub struct PassageCardProps {
    /// The line of its article the passages are in.
    pub line: &'static [Node],
    /// The passages in the line that the embed cites: each is marked, with its anchor.
    pub cited: Vec<CitationId>,
}

/// In the embed, a line of a source article as a citation opens it in place: the article's
/// label and headline, the line with the passages the embed cites marked, and a link to the
/// passage in the full explainer, in a new tab. One card serves every passage in its line.
/// Without JavaScript a citation leads to its passage's anchor, and the card around it shows;
/// with it, `hooks::use_open_passage` moves the card beside the citation, marks the passage and
/// points the link at it.
#[component]
pub fn PassageCard(props: &PassageCardProps) -> Html {
    let Some(first) = props.cited.first().copied() else { return html! {} };
    let source = first.citation().source.source();
    let label_id = format!("{}-label", first.anchor());
    html! {
        <div class="passage-card" tabindex="-1" role="group" aria-labelledby={label_id.clone()}>
            <p id={label_id} class="passage-card__label">
                { words::FROM }<strong>{ source.label }</strong>
                { source.headline.map(|headline| words::Headline { headline }.text()) }
            </p>
            <blockquote class="passage-card__text" lang={sources_language()}><p>{ line_nodes(props.line, &props.cited) }</p></blockquote>
            <p class="passage-card__actions">
                <a class="passage-card__full" href={format!("./#{}", first.anchor())} target="_blank" rel="noopener">
                    { words::READ_IN_FULL }<span aria-hidden="true">{ " ↗" }</span>
                    <span class="visually-hidden">{ words::OPENS_FULL }</span>
                </a>
                <button type="button" class="passage-card__close">{ words::CLOSE }</button>
            </p>
        </div>
    }
}

/// A source line, with each cited passage marked and every other passage in it plain.
fn line_nodes(nodes: &'static [Node], cited: &[CitationId]) -> Html {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text(text) => html! { { *text } },
            Node::Mark(id, inner) if cited.contains(id) => html! {
                <mark id={id.anchor()} class="passage-card__passage">{ line_nodes(inner, cited) }</mark>
            },
            Node::Mark(_, inner) => line_nodes(inner, cited),
        })
        .collect()
}

/// The cards for these citations: one per line they are in, in the order of first citation.
pub fn passage_cards(citations: impl IntoIterator<Item = CitationId>) -> Html {
    let mut lines: Vec<(&'static [Node], Vec<CitationId>)> = Vec::new();
    for citation in citations {
        let Some(line) = citation.line() else { continue };
        match lines.iter_mut().find(|(seen, _)| std::ptr::eq(*seen, line)) {
            Some((_, cited)) => cited.push(citation),
            None => lines.push((line, vec![citation])),
        }
    }
    lines.into_iter().map(|(line, cited)| html! { <PassageCard {line} {cited} /> }).collect()
}
