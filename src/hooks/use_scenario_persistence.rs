use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::use_history_sync::{current_query, write_address, Entry};
use crate::calculator::{CalculatorState, Scenario};

/// Where the scenario is kept between visits.
pub const STORAGE_KEY: &str = "stargate-explainer:scenario";

/// How long the scenario must stay unchanged before it is written out. A dragged slider
/// changes it dozens of times a second: writing the address and storage each time would slow
/// every step and trip the browser's limit on history writes.
const PERSIST_AFTER_MS: u32 = 250;

/// Whenever the scenario changes and then holds still, writes it into the address (replacing
/// the history entry: dragging a slider is not a trail to go back through), so the address
/// always holds it; after a change the reader made, also into local storage where the page
/// may use it (not in a sandboxed frame: that fails quietly). A change still waiting when the
/// page is left is written then.
#[hook]
pub fn use_scenario_persistence(state: UseReducerHandle<CalculatorState>) {
    use_effect_with(state.scenario.clone(), move |_| {
        let write = Rc::new(move || persist(&state));
        let on_leave = web_sys::window().map(|window| {
            let write = write.clone();
            EventListener::new(&window, "pagehide", move |_| write())
        });
        let timeout = Timeout::new(PERSIST_AFTER_MS, move || write());
        move || drop((timeout, on_leave))
    });
}

/// Writes the scenario into the address and, after an edit, into storage; writes nothing
/// that is already there.
fn persist(state: &CalculatorState) {
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
            let stored = state.scenario.to_query("");
            if storage.get_item(STORAGE_KEY).ok().flatten().as_deref() != Some(stored.as_str()) {
                let _ = storage.set_item(STORAGE_KEY, &stored);
            }
        }
    }
}

/// The scenario kept from an earlier visit, as a query string, where storage can be read.
pub fn stored_scenario() -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(STORAGE_KEY).ok()?
}
