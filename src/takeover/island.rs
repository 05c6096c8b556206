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
//! (`hooks::use_calculator_island`), the walkthrough calls `chunks::load_calculator`: the chunk is
//! fetched, once, and its mount puts a root of its own in the prerendered one's place and renders the live
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
