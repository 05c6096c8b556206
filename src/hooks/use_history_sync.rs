use gloo::events::EventListener;
use yew::prelude::*;

use super::use_mount;
use crate::browser::{carry_address_to_edition, current_query, write_query, Entry};
use crate::query::Param;
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
                write_query(&walk.query(current_query()), if add_entries { Entry::Add } else { Entry::Replace });
            }
        });
    }
    use_mount(Box::new(move || {
        Box::new(crate::browser::window().map(|window| {
            // The language switch's links take the page's address as they are followed.
            let switch = EventListener::new(&window, "click", carry_address_to_edition);
            let history = EventListener::new(&window, "popstate", move |_| {
                let index = current_query().get(Param::Step).and_then(step_index).unwrap_or(0);
                walk.dispatch(WalkAction::Restore(index));
            });
            (switch, history)
        }))
    }));
}
