//! The explainer's components, one per file, named for what the reader sees. Those marked
//! `ssr` lay out the unchanging parts of the page (see `prerendered`): only the prerenderer
//! runs them, so they are not in the WebAssembly.

mod calculator_field;
mod calculator_results;
mod citation_link;
#[cfg(feature = "ssr")]
mod differences_view;
mod embed_code;
mod embed_footer;
#[cfg(feature = "ssr")]
mod event_timeline;
mod funding_calculator;
mod funding_chart;
mod guided_walkthrough;
#[cfg(feature = "ssr")]
mod linked_text;
#[cfg(feature = "ssr")]
mod money_chart;
#[cfg(feature = "ssr")]
mod quote_card;
mod site_footer;
#[cfg(feature = "ssr")]
mod site_header;
#[cfg(feature = "ssr")]
mod source_article;
#[cfg(feature = "ssr")]
mod source_origin;
mod source_tag;
mod split_controls;
mod step_nav;
mod step_progress;
mod step_section;
#[cfg(feature = "ssr")]
mod story_summary;
#[cfg(feature = "ssr")]
mod whos_who;

pub use calculator_field::{calculator_field, FieldInput};
pub use calculator_results::calculator_results;
pub use citation_link::citation_link;
#[cfg(feature = "ssr")]
pub use differences_view::DifferencesView;
pub use embed_code::EmbedCode;
pub use embed_footer::embed_footer;
#[cfg(feature = "ssr")]
pub use event_timeline::EventTimeline;
pub use funding_calculator::FundingCalculator;
pub use funding_chart::funding_chart;
pub use guided_walkthrough::guided_walkthrough;
#[cfg(feature = "ssr")]
pub use linked_text::LinkedText;
#[cfg(feature = "ssr")]
pub use money_chart::MoneyChart;
#[cfg(feature = "ssr")]
pub use quote_card::QuoteCard;
pub use site_footer::site_footer;
#[cfg(feature = "ssr")]
pub use site_header::SiteHeader;
#[cfg(feature = "ssr")]
pub use source_article::SourceArticle;
#[cfg(feature = "ssr")]
pub use source_origin::SourceOrigin;
pub use source_tag::source_tag;
pub use split_controls::split_controls;
pub use step_nav::step_nav;
pub use step_progress::step_progress;
pub use step_section::step_section;
#[cfg(feature = "ssr")]
pub use story_summary::StorySummary;
#[cfg(feature = "ssr")]
pub use whos_who::WhosWho;
#[cfg(feature = "ssr")]
pub use money_chart::{HORIZON_FIGURE, MONEY_FIGURES};
