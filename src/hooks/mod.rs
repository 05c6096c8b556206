//! Small hooks that hold the app's browser-API calls, each inside an effect.

mod use_focus_request;
mod use_hydrated_marker;

pub use use_focus_request::use_focus_request;
pub use use_hydrated_marker::use_hydrated_marker;
