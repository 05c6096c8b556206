//! The calculator island: the one part of the page that is a WebAssembly module of its own
//! (`src/bin/calculator.rs`), so that the first load carries the walkthrough alone. This module
//! holds what both sides agree on (the root, the event, the mark, the opening scenario); the
//! module's entry point renders the calculator.
//!
//! The prerenderer writes the calculator inside its root element (`ROOT_ID`) as one of the
//! page's unchanging parts (`parts::Part::Calculator`): the walkthrough's WebAssembly moves it
//! into the live page as it stands and never touches it (`adopt`), and without JavaScript it
//! reads as it is. When the reader nears the calculator's step, or the browser is idle a while
//! after the walkthrough is live (`hooks::use_calculator_island`), the walkthrough fires `LOAD_EVENT` at the window; the
//! page's loader (src/build/scripts/calculator-loader.js) then fetches the calculator's module, once, and its `main`
//! (`src/bin/calculator.rs`) puts a root of its own in the prerendered one's place and renders
//! the live calculator into it, in the same task (`adopt::Handover`). It renders rather than hydrates, as
//! the walkthrough's does: Yew's hydration code would be 15 KB of the module's 100 (gzip), and
//! a render starts from the reader's scenario.
//!
//! The two modules share nothing but the page: the address (each keeps the other's
//! parameters), storage, and the DOM's own events.

use crate::calculator::{Scenario, ScenarioParse};
use crate::query::PageQuery;
use crate::ui::calculator::notices;

/// The prerendered calculator's root, which the calculator's module replaces with its own.
pub const ROOT_ID: &str = "calculator-island";

/// The window event that asks the page's loader for the calculator's module.
pub const LOAD_EVENT: &str = "stargate:calculator";

/// The live region, beside the root and outside both modules' reach, where the loader says
/// that the calculator's module could not be fetched.
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
