use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_mount;
use crate::site::DEFER_REFERENCE;

/// Marks the moment the app is live (rendered and in the prerendered page's place): a
/// `data-live` attribute on `<html>` for tests, and a performance mark named
/// `stargate:live` that `make bench` reads. Once the page has then been drawn, it lets the
/// browser draw the differences and the sources too, deferred until now: where the app is live
/// before the page is drawn whole (its WebAssembly in before the page is read, see
/// src/build/scripts/start-walkthrough.js, and its first pass in one task, see `app::start`),
/// that drawing is no slower for them.
#[hook]
pub fn use_live_marker() {
    use_mount(Box::new(|| {
        if let Some(window) = web_sys::window() {
            if let Some(performance) = window.performance() {
                let _ = performance.mark("stargate:live");
            }
            if let Some(root) = window.document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-live", "true");
                // The next frame is drawn just after its animation-frame callbacks; a timer set
                // in one runs once it has been.
                let after_next_frame = Closure::once_into_js(move || {
                    Timeout::new(0, move || {
                        let _ = root.class_list().remove_1(DEFER_REFERENCE);
                    })
                    .forget();
                });
                let _ = window.request_animation_frame(after_next_frame.unchecked_ref());
            }
        }
        Box::new(())
    }));
}
