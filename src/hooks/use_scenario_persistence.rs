use yew::prelude::*;

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
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let current = location.search().unwrap_or_default();
        let query = if state.scenario == Scenario::default() {
            Scenario::clear_query(&current)
        } else {
            state.scenario.to_query(&current)
        };
        if query != current {
            let path = location.pathname().unwrap_or_default();
            let hash = location.hash().unwrap_or_default();
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
            }
        }
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
