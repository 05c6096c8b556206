//! The explainer's components, one per file, named for what the reader sees: the parts of
//! the page the reader drives, which the browser renders. Those without state of their own are
//! plain functions returning `Html` (each Yew component costs the WebAssembly its own copy of
//! the lifecycle code). The unchanging parts are laid out in `build::parts` (its `layout`).

mod calculator_actions;
mod calculator_field;
mod calculator_results;
mod citation_link;
mod embed_footer;
mod funding_calculator;
mod funding_chart;
mod guided_walkthrough;
mod site_footer;
mod source_tag;
mod split_controls;
mod step_nav;
mod step_progress;
mod step_section;

pub use calculator_actions::calculator_actions;
pub use calculator_field::{calculator_field, FieldInput};
pub use calculator_results::calculator_results;
pub use citation_link::citation_link;
pub use embed_footer::embed_footer;
pub use funding_calculator::{fold_in_compact, FundingCalculator, FundingCalculatorProps};
pub use funding_chart::funding_chart;
pub use guided_walkthrough::guided_walkthrough;
pub use site_footer::site_footer;
pub use source_tag::source_tag;
pub use split_controls::split_controls;
pub use step_nav::step_nav;
pub use step_progress::step_progress;
pub use step_section::step_section;
