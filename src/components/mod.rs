//! The explainer's components, one per file, named for what the reader sees.

mod citation_link;
mod differences_view;
mod event_timeline;
mod guided_walkthrough;
mod linked_text;
mod math_preview;
mod money_chart;
mod quote_card;
mod site_footer;
mod site_header;
mod source_article;
mod source_origin;
mod step_nav;
mod step_progress;
mod step_section;
mod story_summary;
mod whos_who;

pub use citation_link::CitationLink;
pub use differences_view::DifferencesView;
pub use event_timeline::EventTimeline;
pub use guided_walkthrough::GuidedWalkthrough;
pub use linked_text::LinkedText;
pub use math_preview::MathPreview;
pub use money_chart::MoneyChart;
pub use quote_card::QuoteCard;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_article::SourceArticle;
pub use source_origin::SourceOrigin;
pub use step_nav::StepNav;
pub use step_progress::StepProgress;
pub use step_section::StepSection;
pub use story_summary::StorySummary;
pub use whos_who::WhosWho;
pub use math_preview::PREVIEW_FIGURES;
pub use money_chart::{HORIZON_FIGURE, MONEY_FIGURES};
