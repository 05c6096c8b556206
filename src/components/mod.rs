//! The explainer's components, one per file, named for what the reader sees.

mod citation_link;
mod differences_view;
mod site_footer;
mod site_header;
mod source_article;
mod source_origin;
mod story_summary;

pub use citation_link::CitationLink;
pub use differences_view::DifferencesView;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_article::SourceArticle;
pub use source_origin::SourceOrigin;
pub use story_summary::StorySummary;
