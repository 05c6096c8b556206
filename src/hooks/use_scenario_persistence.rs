use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::use_mount;
use crate::browser::{current_query, store_scenario, write_query, Entry};
use crate::calculator::{CalculatorState, Scenario};
use crate::query::PageQuery;

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
    // The state not yet written, if any: taken by whichever comes first, the timer or pagehide.
    let pending = use_mut_ref(|| None::<UseReducerHandle<CalculatorState>>);
    {
        let pending = pending.clone();
        use_mount(Box::new(move || {
            Box::new(
                crate::browser::window()
                    .map(|window| EventListener::new(&window, "pagehide", move |_| write_pending(&pending))),
            )
        }));
    }
    use_effect_with(state.scenario.clone(), move |_| {
        *pending.borrow_mut() = Some(state);
        let timeout = Timeout::new(PERSIST_AFTER_MS, move || write_pending(&pending));
        move || drop(timeout)
    });
}

/// Writes the waiting state, once.
fn write_pending(pending: &RefCell<Option<UseReducerHandle<CalculatorState>>>) {
    if let Some(state) = pending.borrow_mut().take() {
        persist(&state);
    }
}

/// Writes the scenario into the address and, after an edit, into storage.
fn persist(state: &CalculatorState) {
    let current = current_query();
    let next = current.clone();
    let query =
        if state.scenario == Scenario::default() { Scenario::clear_query(next) } else { state.scenario.to_query(next) };
    if query != current {
        write_query(&query, Entry::Replace);
    }
    if state.edits > 0 {
        store_scenario(&state.scenario.to_query(PageQuery::default()).to_string());
    }
}
