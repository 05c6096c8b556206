use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::use_mount;
use crate::island::{HYDRATED_MARK, ROOT_ID};

/// Once the calculator has rendered, off the page, into its module's root (`island::start`):
/// puts that root in place of the prerendered one, in one step, so nothing shifts or shows
/// half-drawn; carries over what the reader did meanwhile in the prerendered controls (a
/// number typed, a slider moved: each is replayed as an input, so the calculator takes it)
/// and where focus was; then marks it live: `data-hydrated` on the root, for tests, and the
/// performance mark `island::HYDRATED_MARK`, which `make bench` reads. `section` is the
/// calculator's own element.
#[hook]
pub fn use_island_ready(section: NodeRef) {
    use_mount(Box::new(move || {
        let live = section.cast::<Element>().and_then(|section| section.parent_element());
        let document = web_sys::window().and_then(|w| w.document());
        if let (Some(live), Some(document)) = (live, document) {
            take_place(&document, &live);
            let _ = live.set_attribute("data-hydrated", "true");
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark(HYDRATED_MARK);
            }
        }
        Box::new(())
    }));
}

fn take_place(document: &Document, live: &Element) {
    let Some(prerendered) = document.get_element_by_id(ROOT_ID) else { return };
    if prerendered == *live {
        return;
    }
    let focused = document.active_element().filter(|element| prerendered.contains(Some(element))).map(|e| e.id());
    let edited = edited_inputs(&prerendered);
    if prerendered.replace_with_with_node_1(live).is_err() {
        return;
    }
    for (id, value) in edited {
        let Some(input) = document.get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) else {
            continue;
        };
        input.set_value(&value);
        // Bubbling, as a typed input's does: Yew listens at the root.
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
            let _ = input.dispatch_event(&event);
        }
    }
    let focus = focused.filter(|id| !id.is_empty()).and_then(|id| document.get_element_by_id(&id));
    if let Some(element) = focus.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The prerendered inputs whose value the reader changed: their ids and values.
fn edited_inputs(root: &Element) -> Vec<(String, String)> {
    let Ok(inputs) = root.query_selector_all("input[id]") else { return Vec::new() };
    (0..inputs.length())
        .filter_map(|index| inputs.item(index)?.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| input.value() != input.default_value())
        .map(|input| (input.id(), input.value()))
        .collect()
}
