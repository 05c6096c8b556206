use yew::prelude::*;

use crate::content::CitationId;

#[derive(Properties, PartialEq)]
pub struct CitationLinkProps {
    pub citation: CitationId,
    /// This link's element id, where focus returns after visiting the passage.
    pub id: AttrValue,
    pub children: Html,
}

/// Words linked to the passage they come from. Without JavaScript it is a plain link to the
/// passage's anchor; with it, `hooks::use_citation_links` highlights and focuses the passage
/// and offers a way back.
#[component]
pub fn CitationLink(props: &CitationLinkProps) -> Html {
    let citation = props.citation;
    let source = citation.citation().source.source();
    html! {
        <a id={props.id.clone()} class="citation-link" href={format!("#{}", citation.anchor())}>
            { props.children.clone() }
            <span class="visually-hidden">{ format!(" (source: {})", source.label) }</span>
        </a>
    }
}
