use yew::prelude::*;

use super::use_mount;

/// Marks the moment the app is live (hydrated, or rendered where there was nothing to
/// hydrate): a `data-hydrated` attribute on `<html>` for tests, and a performance mark
/// named `stargate:hydrated` that `make bench` reads. It also lets the browser render the
/// differences and the sources, deferred until now (see `page::PRE_PAINT_SCRIPT`).
#[hook]
pub fn use_hydrated_marker() {
    use_mount(Box::new(|| {
        if let Some(window) = web_sys::window() {
            if let Some(performance) = window.performance() {
                let _ = performance.mark("stargate:hydrated");
            }
            if let Some(root) = window.document().and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-hydrated", "true");
                let _ = root.class_list().remove_1("defer-reference");
            }
        }
        Box::new(())
    }));
}
