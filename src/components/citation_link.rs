use yew::prelude::*;

use crate::content::CitationId;
use crate::reader::{ReaderAction, ReaderContext};

#[derive(Properties, PartialEq)]
pub struct CitationLinkProps {
    pub citation: CitationId,
    /// This link's element id, where focus returns after visiting the passage.
    pub id: AttrValue,
    pub children: Html,
}

/// Words linked to the passage they come from. Without JavaScript it is a plain link to the
/// passage's anchor; with it, the passage is highlighted, focused, and offers a way back.
#[component]
pub fn CitationLink(props: &CitationLinkProps) -> Html {
    let reader = use_context::<ReaderContext>();
    let citation = props.citation;
    let source = citation.citation().source.source();
    let on_click = {
        let return_to = props.id.clone();
        Callback::from(move |event: MouseEvent| {
            if !is_plain_click(&event) {
                return;
            }
            if let Some(reader) = &reader {
                event.prevent_default();
                reader.dispatch(ReaderAction::OpenCitation { citation, return_to: return_to.clone() });
            }
        })
    };
    html! {
        <a id={props.id.clone()} class="citation-link" href={format!("#{}", citation.anchor())} onclick={on_click}>
            { props.children.clone() }
            <span class="visually-hidden">{ format!(" (source: {})", source.label) }</span>
        </a>
    }
}

/// A plain primary click: modified clicks (new tab, new window) keep the browser's own
/// behaviour for a link.
pub fn is_plain_click(event: &MouseEvent) -> bool {
    !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0)
}
