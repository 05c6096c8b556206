//! Hooks built on other hooks: each names one step of the app's start (taking over the page,
//! the walkthrough and its address, moving between steps, citations), so that `App` reads as
//! those steps in their order. They talk to the browser only through the primitive hooks
//! (`super`), and may build on each other, never in a circle.

mod use_citations;
mod use_step_navigation;
mod use_taken_over_page;
mod use_walkthrough_in_address;

pub use use_citations::use_citations;
pub use use_step_navigation::use_step_navigation;
pub use use_taken_over_page::use_taken_over_page;
pub use use_walkthrough_in_address::use_walkthrough_in_address;
