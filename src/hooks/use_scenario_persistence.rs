use yew::prelude::*;

use super::use_history_sync::{current_query, write_address, Entry};
use crate::calculator::{CalculatorState, Scenario};

/// Where the scenario is kept between visits.
pub const STORAGE_KEY: &str = "stargate-explainer:scenario";

/// Whenever the scenario changes, writes it into the address (replacing the history entry:
/// dragging a slider is not a trail to go back through), so the address always holds it;
/// after a change the reader made, also into local storage where the page may use it (not
/// in a sandboxed frame: that fails quietly).
#[hook]
pub fn use_scenario_persistence(state: UseReducerHandle<CalculatorState>) {
    use_effect_with(state.scenario.clone(), move |_| {
        let current = current_query();
        let query = if state.scenario == Scenario::default() {
            Scenario::clear_query(&current)
        } else {
            state.scenario.to_query(&current)
        };
        if query != current {
            write_address(&query, Entry::Replace);
        }
        let Some(window) = web_sys::window() else { return };
        if state.edits > 0 {
            if let Ok(Some(storage)) = window.local_storage() {
                let _ = storage.set_item(STORAGE_KEY, &state.scenario.to_query(""));
            }
        }
    });
}

/// The scenario kept from an earlier visit, as a query string, where storage can be read.
pub fn stored_scenario() -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(STORAGE_KEY).ok()?
}
