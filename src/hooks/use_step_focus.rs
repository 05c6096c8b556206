use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::walkthrough::{Arrival, WalkthroughHandle};

/// After every move (not when the page opens), moves keyboard focus to the new step's heading
/// and brings the top of the walkthrough into view.
#[hook]
pub fn use_step_focus(walk: WalkthroughHandle) {
    use_effect_with(walk.moves, move |_| {
        if walk.arrival == Arrival::Opened {
            return;
        }
        let id = format!("step-{}-heading", walk.step().slug);
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
            let top = heading.closest(".walkthrough").ok().flatten().unwrap_or_else(|| heading.clone().into());
            if top.get_bounding_client_rect().top() < 0.0 {
                top.scroll_into_view();
            }
        }
    });
}
