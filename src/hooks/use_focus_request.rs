use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::reader::FocusRequest;

/// Moves keyboard focus to the requested element (and scrolls it to the middle of the view)
/// each time a new focus request arrives.
#[hook]
pub fn use_focus_request(request: FocusRequest) {
    use_effect_with(request, |request| {
        let element = request
            .element_id
            .as_deref()
            .and_then(|id| web_sys::window()?.document()?.get_element_by_id(id))
            .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        if let Some(element) = element {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
            let _ = element.focus();
        }
    });
}
