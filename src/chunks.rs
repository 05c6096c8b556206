//! The split points: the code the build moves out of the main WebAssembly module into chunks
//! of their own (scripts/split-wasm.mjs), each fetched the first time the main module calls it.
//! A chunk shares the main module's memory, table and Yew runtime. Here is what each holds and
//! how the page asks for it; the hooks are given the loader (`app`), so they need not know the
//! components it renders.
//!
//! The calculator's chunk (`calculator`): everything only the live calculator uses. See
//! `takeover::island` for the island it takes over. The "Embed this" panel's work has a split
//! point of its own, beside its hook (`hooks::use_embed_panel`, chunk `embed_panel`), since it
//! needs nothing above the hooks.
//!
//! Without the `split` feature (the browser tests, and a build that is not split) a split point
//! is an ordinary function of the one module.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{current_query, document, stored_scenario, ChunkFailed};
use crate::calculator::ScenarioParse;
use crate::components::{FundingCalculator, FundingCalculatorProps};
use crate::site::Layout;
use crate::takeover::adopt::Handover;
use crate::takeover::island::{opening_scenario, LIVE_MARK, LOAD_STATUS_ID, ROOT_ID};
use crate::ui::calculator::LOAD_FAILED;

// Whether the calculator is on its way or live; not while it has not been asked for, or after
// its chunk could not be fetched (to be tried again).
thread_local! {
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Brings the calculator to life: fetches its chunk, once, whatever the number of calls,
/// and mounts it. A failure is said beside it, and the next call tries again.
pub fn load_calculator() {
    if ASKED.replace(true) {
        return;
    }
    yew::platform::spawn_local(async {
        let status = match split_call!(mount()) {
            Ok(()) => "",
            Err(ChunkFailed) => {
                ASKED.set(false);
                LOAD_FAILED
            }
        };
        if let Some(region) = document().and_then(|d| d.get_element_by_id(LOAD_STATUS_ID)) {
            region.set_text_content(Some(status));
        }
    });
}

/// The calculator's chunk: renders the live calculator, laid out for the page it is in and
/// with the opening scenario, into a root of its own that takes the prerendered root's
/// place in the same task. Where the page has no prerendered root (an `index.html` the
/// prerenderer has not written), there is no place for it.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(calculator, fallible))]
fn mount() -> Result<(), ChunkFailed> {
    let Some(document) = document() else { return Ok(()) };
    let Some(prerendered) = document.get_element_by_id(ROOT_ID) else { return Ok(()) };
    let Ok(root) = document.create_element("div") else { return Ok(()) };
    root.set_id(ROOT_ID);
    root.set_class_name("calculator-island");
    let layout = document.get_element_by_id("app").and_then(|app| app.get_attribute("data-layout"));
    let layout = layout.map_or(Layout::Full, |name| Layout::from_name(&name));
    // An embed shows what its snippet names, never a scenario the reader kept elsewhere.
    let stored = if layout == Layout::Full { stored_scenario() } else { None };
    let ScenarioParse { scenario, notices, .. } = opening_scenario(&current_query(), stored.as_deref());
    let props = FundingCalculatorProps { scenario, notices, compact: layout == Layout::Embed };
    let Some(handover) = Handover::take_place(&prerendered, &root) else { return Ok(()) };
    yew::Renderer::<FundingCalculator>::with_root_and_props(root.clone(), props).render();
    // Queued after Yew's first pass, in the same task: the calculator is rendered in place
    // and answers the reader from here, before Yew runs its effects (which it may leave to a
    // later task, after a long render), and before anything is drawn.
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
    Ok(())
}
