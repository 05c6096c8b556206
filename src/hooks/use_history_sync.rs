use gloo::events::EventListener;
use yew::prelude::*;

use super::use_mount;

use crate::walkthrough::{step_index, Arrival, WalkAction, WalkthroughHandle};

/// Keeps the address bar and the walkthrough in step: a reader's move adds a history entry
/// (`?step=slug`, other parameters kept), and the browser's Back and Forward move the
/// walkthrough to the step their address names. Where `add_entries` is false (an embed), a
/// move replaces the address instead, so the host page's history is left alone.
#[hook]
pub fn use_history_sync(walk: WalkthroughHandle, add_entries: bool) {
    {
        let walk = walk.clone();
        use_effect_with(walk.moves, move |_| {
            if walk.arrival == Arrival::Moved {
                write_address(&walk.query(&current_query()), if add_entries { Entry::Add } else { Entry::Replace });
            }
        });
    }
    use_mount(Box::new(move || {
        Box::new(web_sys::window().map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                let index =
                    crate::url_query::get(&current_query(), "step").and_then(|slug| step_index(&slug)).unwrap_or(0);
                walk.dispatch(WalkAction::Restore(index));
            })
        }))
    }));
}

/// The page's current query string (`?…`), or empty.
pub(crate) fn current_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Whether a new address adds a history entry or replaces the current one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Entry {
    Add,
    Replace,
}

/// Puts `query` in the address bar, keeping the path. A passage anchor in the hash belongs
/// to the old view and is dropped. Quietly does nothing where history is refused (some
/// sandboxed frames).
pub(crate) fn write_address(query: &str, entry: Entry) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let hash = if hash.starts_with("#passage-") { String::new() } else { hash };
    let url = format!("{path}{query}{hash}");
    let _ = match entry {
        Entry::Add => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
}
