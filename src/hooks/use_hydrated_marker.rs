use yew::prelude::*;

use super::use_mount;

/// Marks the moment the app is live (hydrated, or rendered where there was nothing to
/// hydrate): a `data-hydrated` attribute on `<html>` for tests, and a performance mark
/// named `stargate:hydrated` that `make bench` reads.
#[hook]
pub fn use_hydrated_marker() {
    use_mount(Box::new(|| {
        if let Some(window) = web_sys::window() {
            if let Some(performance) = window.performance() {
                let _ = performance.mark("stargate:hydrated");
            }
            if let Some(root) = window.document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-hydrated", "true");
            }
        }
        Box::new(())
    }));
}
