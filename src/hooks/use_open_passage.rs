use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use crate::content::CitationId;
use crate::reader::{ReaderAction, ReaderState};

/// Marks the open passage (inside `region`) and puts a "Back to where you were" button right
/// after it; both go when the passage closes or another opens. The articles are prerendered
/// and never re-rendered (see `prerendered`), so this is done in the DOM.
#[hook]
pub fn use_open_passage(region: NodeRef, open: Option<CitationId>, reader: UseReducerDispatcher<ReaderState>) {
    use_effect_with(open, move |open| {
        let marked = open.and_then(|citation| mark_open(&region.cast::<Element>()?, citation, reader));
        move || {
            if let Some((mark, button, listener)) = marked {
                drop(listener);
                button.remove();
                let _ = mark.class_list().remove_1("passage--open");
            }
        }
    });
}

fn mark_open(
    region: &Element,
    citation: CitationId,
    reader: UseReducerDispatcher<ReaderState>,
) -> Option<(Element, Element, EventListener)> {
    let mark = region.query_selector(&format!("#{}", citation.anchor())).ok()??;
    let button = mark.owner_document()?.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("passage__return");
    button.set_text_content(Some("Back to where you were"));
    let listener = EventListener::new(&button, "click", move |_| reader.dispatch(ReaderAction::Return));
    mark.after_with_node_1(&button).ok()?;
    mark.class_list().add_1("passage--open").ok()?;
    Some((mark, button, listener))
}
