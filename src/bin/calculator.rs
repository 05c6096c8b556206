//! The calculator's WebAssembly module: renders the live calculator in the prerendered one's
//! place once the walkthrough asks the page for it (see `island`).
//!
//! It renders, laid out for the page it is in and with the opening scenario, into a root of its
//! own that takes the prerendered root's place in the same task (`adopt::Handover`).
//! Where the page has no prerendered root (an `index.html` the prerenderer has not written),
//! there is no place for it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use stargate_explainer::browser::{current_query, document, stored_scenario};
use stargate_explainer::calculator::ScenarioParse;
use stargate_explainer::components::{FundingCalculator, FundingCalculatorProps};
use stargate_explainer::takeover::adopt::Handover;
use stargate_explainer::takeover::island::{opening_scenario, LIVE_MARK, ROOT_ID};
use stargate_explainer::Layout;

fn main() {
    let Some(document) = document() else { return };
    let Some(prerendered) = document.get_element_by_id(ROOT_ID) else { return };
    let Ok(root) = document.create_element("div") else { return };
    root.set_id(ROOT_ID);
    root.set_class_name("calculator-island");
    let layout = document.get_element_by_id("app").and_then(|app| app.get_attribute("data-layout"));
    let layout = layout.map_or(Layout::Full, |name| Layout::from_name(&name));
    // An embed shows what its snippet names, never a scenario the reader kept elsewhere.
    let stored = if layout == Layout::Full { stored_scenario() } else { None };
    let ScenarioParse { scenario, notices, .. } = opening_scenario(&current_query(), stored.as_deref());
    // Its Yew root is number 1 in this module; the walkthrough's takes 2 in its own (see
    // `src/bin/web.rs`), so neither takes the other's events for its own.
    let props = FundingCalculatorProps { scenario, notices, compact: layout == Layout::Embed };
    let Some(handover) = Handover::take_place(&prerendered, &root) else { return };
    yew::Renderer::<FundingCalculator>::with_root_and_props(root.clone(), props).render();
    // Queued after Yew's first pass, in the same task: the calculator is rendered in place and
    // answers the reader from here, before Yew runs its effects (which it may leave to a later
    // task, after a long render), and before anything is drawn.
    let live = Closure::once_into_js(move || {
        handover.complete(&root);
        let _ = root.set_attribute("data-live", "true");
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(LIVE_MARK);
        }
    });
    if let Some(window) = web_sys::window() {
        window.queue_microtask(live.unchecked_ref());
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
