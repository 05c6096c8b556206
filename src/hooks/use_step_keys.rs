use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::use_mount;

use crate::walkthrough::{WalkAction, WalkthroughHandle};

/// The walkthrough's keys, anywhere on the page: ← and → for the previous and next step, Home
/// and End for the first and last; not while a form field (or anything editable) has focus,
/// and not with a modifier key held.
#[hook]
pub fn use_step_keys(walk: WalkthroughHandle) {
    use_mount(Box::new(move || {
        let listener = web_sys::window().and_then(|w| w.document()).map(|document| {
            EventListener::new_with_options(
                &document,
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                    if event.alt_key()
                        || event.ctrl_key()
                        || event.meta_key()
                        || event.shift_key()
                        || event.default_prevented()
                    {
                        return;
                    }
                    if event.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|e| is_editable(&e)) {
                        return;
                    }
                    let action = match event.key().as_str() {
                        "ArrowLeft" => WalkAction::Previous,
                        "ArrowRight" => WalkAction::Next,
                        "Home" => WalkAction::First,
                        "End" => WalkAction::Last,
                        _ => return,
                    };
                    event.prevent_default();
                    walk.dispatch(action);
                },
            )
        });
        Box::new(listener)
    }));
}

fn is_editable(element: &Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.closest("[contenteditable]:not([contenteditable=false])").ok().flatten().is_some()
}
