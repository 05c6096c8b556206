use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};
use yew::prelude::*;

use super::use_mount;
use crate::browser::is_plain_click;
use crate::content::CitationId;
use crate::reader::{ReaderAction, ReaderState};

/// Follows citations: a plain click on any link to a passage (`#passage-N`) inside `region`
/// opens that passage and remembers the link, for the way back. One listener serves every
/// link, those in the prerendered text included. Without JavaScript, or with a modified
/// click (new tab, new window), the link is an ordinary link to the passage's anchor.
#[hook]
pub fn use_citation_links(region: NodeRef, reader: UseReducerDispatcher<ReaderState>) {
    use_mount(Box::new(move || {
        let listener = region.get().map(|region| {
            EventListener::new_with_options(
                &region,
                "click",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(event) = event.dyn_ref::<MouseEvent>() else { return };
                    if !is_plain_click(event) || event.default_prevented() {
                        return;
                    }
                    let link = event
                        .target()
                        .and_then(|target| target.dyn_into::<Element>().ok())
                        .and_then(|target| target.closest(r##"a[href^="#passage-"]"##).ok().flatten());
                    let Some(link) = link else { return };
                    let Some(citation) = link.get_attribute("href").and_then(|href| CitationId::from_href(&href))
                    else {
                        return;
                    };
                    event.prevent_default();
                    reader.dispatch(ReaderAction::OpenCitation { citation, return_to: link.id().into() });
                },
            )
        });
        Box::new(listener)
    }));
}
