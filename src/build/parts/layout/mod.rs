//! The components that lay out the parts: only the prerenderer runs them (`ssr`), so neither
//! they nor the text they set are in the WebAssembly. One per file, named for what the reader
//! sees, like those in `components`.

mod corrections_log;
mod differences_view;
mod embed_panel;
mod event_timeline;
mod linked_text;
mod money_chart;
mod passage_card;
mod quote_card;
mod site_header;
mod source_article;
mod source_origin;
mod story_summary;
mod whos_who;

pub use corrections_log::CorrectionsLog;
pub use differences_view::DifferencesView;
pub use embed_panel::EmbedPanel;
pub use event_timeline::EventTimeline;
pub use linked_text::LinkedText;
pub use money_chart::{MoneyChart, MONEY_FIGURES};
pub use passage_card::passage_cards;
pub use quote_card::QuoteCard;
pub use site_header::SiteHeader;
pub use source_article::SourceArticle;
pub use source_origin::SourceOrigin;
pub use story_summary::StorySummary;
pub use whos_who::WhosWho;
