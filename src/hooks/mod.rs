//! Small hooks that hold the app's browser-API calls, each inside an effect.

mod clipboard;
mod use_calculator_island;
mod use_citation_links;
mod use_debounced;
mod use_embed_height;
mod use_embed_panel;
mod use_focus_request;
mod use_history_sync;
mod use_hydrated_marker;
mod use_island_ready;
mod use_mount;
mod use_open_passage;
mod use_scenario_persistence;
mod use_service_worker;
mod use_step_focus;
mod use_step_keys;
mod use_swipe;

pub use clipboard::copy_text;
pub use use_calculator_island::use_calculator_island;
pub use use_citation_links::{is_plain_click, use_citation_links};
pub use use_debounced::use_debounced;
pub use use_embed_height::use_embed_height;
pub use use_embed_panel::use_embed_panel;
pub use use_focus_request::use_focus_request;
pub use use_history_sync::use_history_sync;
pub use use_hydrated_marker::use_hydrated_marker;
pub use use_island_ready::use_island_ready;
pub use use_mount::use_mount;
pub use use_open_passage::use_open_passage;
#[cfg(feature = "csr")]
pub use use_scenario_persistence::stored_scenario;
pub use use_scenario_persistence::{use_scenario_persistence, STORAGE_KEY};
pub use use_service_worker::use_service_worker;
pub use use_step_focus::use_step_focus;
pub use use_step_keys::use_step_keys;
pub use use_swipe::use_swipe;
