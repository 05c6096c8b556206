use yew::prelude::*;

use crate::content::CitationId;
use crate::ui::citation::Source;

/// Words linked to the passage they come from; `id` is the link's element id, where focus
/// returns after visiting the passage. Without JavaScript it is a plain link to the
/// passage's anchor; with it, `hooks::use_citation_links` highlights and focuses the passage
/// and offers a way back. A function rather than a component: it has no state of its own,
/// and each component costs the WebAssembly its own copy of Yew's lifecycle code.
pub fn citation_link(citation: CitationId, id: impl Into<AttrValue>, words: impl Into<Html>) -> Html {
    html! {
        <a id={id.into()} class="citation-link" href={format!("#{}", citation.anchor())}>
            { words.into() }
            <span class="visually-hidden">{ Source { label: citation.source_label() }.text() }</span>
        </a>
    }
}
