//! The calculator island: the one part of the page that the first load does without. Its code
//! is a chunk of the explainer's WebAssembly (`calculator`), split off the main module by the
//! build (scripts/split-wasm.mjs) and fetched when the reader nears it; it shares the main
//! module's memory, table and Yew, so the calculator is one more app root of the same runtime.
//! Without the `split` feature (the native build, and the browser tests) it is an ordinary
//! function of the one module.
//!
//! The prerenderer writes the calculator inside its root element (`ROOT_ID`) as one of the
//! page's unchanging parts (`parts::Part::Calculator`): the walkthrough moves it into the live
//! page as it stands and never touches it (`adopt`), and without JavaScript it reads as it is.
//! When the reader nears the calculator's step, or the address or storage opens the page with a
//! scenario, or the browser is idle a while after the walkthrough is live
//! (`hooks::use_calculator_island`), the walkthrough calls [`load`]: the chunk is fetched, once,
//! and its [`mount`] puts a root of its own in the prerendered one's place and renders the live
//! calculator into it, in the same task (`adopt::Handover`). It renders rather than hydrates,
//! as the walkthrough does: Yew's hydration code would be 15 KB of the module (gzip), and a
//! render starts from the reader's scenario. A failed fetch is said in the live region
//! `LOAD_STATUS_ID`, and the next call tries again.

use crate::calculator::{Scenario, ScenarioParse};
use crate::query::PageQuery;
use crate::ui::calculator::notices;

/// The prerendered calculator's root, which the calculator's module replaces with its own.
pub const ROOT_ID: &str = "calculator-island";

/// The live region, beside the root and outside the calculator's, where the walkthrough says
/// that the calculator's chunk could not be fetched.
pub const LOAD_STATUS_ID: &str = "calculator-load-status";

/// The performance mark set when the calculator is live, in place, which `make bench` reads;
/// its root also gets `data-live="true"` then, for tests.
pub const LIVE_MARK: &str = "stargate:calculator-live";

/// The scenario the calculator opens with: the address's when it carries one, else the one
/// kept from an earlier visit (`stored`, a query string), else the default.
pub fn opening_scenario(query: &PageQuery, stored: Option<&str>) -> ScenarioParse {
    let from_address = Scenario::from_query(query);
    match stored {
        Some(stored) if !from_address.present => {
            let mut kept = Scenario::from_query(&PageQuery::parse(stored));
            if !kept.notices.is_empty() {
                kept.notices.insert(0, notices::SAVED_UNUSABLE.to_owned());
            }
            kept
        }
        _ => from_address,
    }
}

#[cfg(feature = "csr")]
pub use live::load;

/// Natively (the prerenderer) no effect runs, so nothing asks for the calculator.
#[cfg(not(feature = "csr"))]
pub fn load() {}

#[cfg(feature = "csr")]
mod live {
    use std::cell::Cell;

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use super::{opening_scenario, LIVE_MARK, LOAD_STATUS_ID, ROOT_ID};
    use crate::browser::{current_query, document, stored_scenario};
    use crate::calculator::ScenarioParse;
    use crate::components::{FundingCalculator, FundingCalculatorProps};
    use crate::site::Layout;
    use crate::takeover::adopt::Handover;
    use crate::ui::calculator::LOAD_FAILED;

    /// Where the calculator stands: not asked for (or its fetch failed, to be tried again), on
    /// its way, or live.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Stage {
        Waiting,
        Loading,
        Live,
    }

    thread_local! {
        static STAGE: Cell<Stage> = const { Cell::new(Stage::Waiting) };
    }

    /// The calculator's chunk could not be had (offline before the first visit finished, say).
    #[derive(Debug)]
    pub struct ChunkFailed;

    #[cfg(feature = "split")]
    impl From<wasm_split_helpers::SplitLoaderError> for ChunkFailed {
        fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
            ChunkFailed
        }
    }

    /// Brings the calculator to life: fetches its chunk, once, whatever the number of calls,
    /// and mounts it. A failure is said beside it, and the next call tries again.
    pub fn load() {
        if STAGE.get() != Stage::Waiting {
            return;
        }
        STAGE.set(Stage::Loading);
        yew::platform::spawn_local(async {
            #[cfg(feature = "split")]
            let mounted = mount().await;
            #[cfg(not(feature = "split"))]
            let mounted = mount();
            let (stage, status) = match mounted {
                Ok(()) => (Stage::Live, ""),
                Err(ChunkFailed) => (Stage::Waiting, LOAD_FAILED),
            };
            STAGE.set(stage);
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_scenario_wins_over_the_stored_one() {
        let opened = opening_scenario(&PageQuery::parse("?pledge=300"), Some("pledge=200"));
        assert_eq!(opened.scenario.pledge, 300.0);
        assert!(opened.notices.is_empty());
    }

    #[test]
    fn the_stored_scenario_is_used_when_the_address_has_none() {
        let opened = opening_scenario(&PageQuery::parse("?step=do-the-math"), Some("pledge=200"));
        assert_eq!(opened.scenario.pledge, 200.0);
        assert_eq!(opening_scenario(&PageQuery::default(), None).scenario, Scenario::default());
    }

    #[test]
    fn a_bad_stored_scenario_says_so_first() {
        let opened = opening_scenario(&PageQuery::default(), Some("pledge=lots"));
        assert_eq!(
            opened.notices.first().map(String::as_str),
            Some("Your saved scenario had values the calculator could not use.")
        );
        assert!(opened.notices.len() > 1, "and then what was wrong: {:?}", opened.notices);
    }
}
