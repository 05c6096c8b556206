//! The app's hooks, in two tiers. The primitive hooks, one per file here, hold the app's
//! browser-API calls, each inside an effect: they build on `use_mount` below, the `browser`
//! module and the takeover's (`takeover`), never on each other. The composed hooks (`composed`) build the app's steps
//! from them. `tests/source_rules.rs` holds both tiers to this.

use std::any::Any;

use yew::prelude::*;

mod composed;
mod use_adopted_page;
mod use_calculator_island;
mod use_citation_links;
mod use_debounced;
mod use_embed_height;
mod use_embed_panel;
mod use_focus_request;
mod use_history_sync;
mod use_live_marker;
mod use_open_passage;
mod use_scenario_persistence;
mod use_service_worker;
mod use_step_focus;
mod use_step_keys;
mod use_swipe;

pub use composed::{use_citations, use_step_navigation, use_taken_over_page, use_walkthrough_in_address};
pub use use_adopted_page::use_adopted_page;
pub use use_calculator_island::use_calculator_island;
pub use use_citation_links::use_citation_links;
pub use use_debounced::use_debounced;
pub use use_embed_height::use_embed_height;
pub use use_embed_panel::use_embed_panel;
pub use use_focus_request::use_focus_request;
pub use use_history_sync::use_history_sync;
pub use use_live_marker::use_live_marker;
pub use use_open_passage::use_open_passage;
pub use use_scenario_persistence::use_scenario_persistence;
pub use use_service_worker::use_service_worker;
pub use use_step_focus::use_step_focus;
pub use use_step_keys::use_step_keys;
pub use use_swipe::use_swipe;

/// What a mount effect keeps alive (listeners, observers, timers) until its component goes.
pub type Kept = Box<dyn Any>;

/// Runs `setup` once, after the first render, and keeps what it returns until
/// the component goes. Every hook that sets something up once goes through this one
/// type-erased effect, so Yew's effect code is compiled once for all of them rather than
/// once per hook: a few kilobytes of the WebAssembly.
#[hook]
pub fn use_mount(setup: Box<dyn FnOnce() -> Kept>) {
    use_effect_with((), move |()| {
        let kept = setup();
        move || drop(kept)
    });
}
