//! Stargate, explained: an interactive explainer of the January 2025 "Stargate" venture and
//! the public dispute over whether its backers have the money.
//!
//! The app is a library so that the same components run in the browser (hydrating the page),
//! in the native prerenderer and in tests.

pub mod content;
pub mod page;
pub mod reader;

mod components;
mod hooks;

use yew::prelude::*;

use components::{DifferencesView, SiteFooter, SiteHeader, SourceArticle, StorySummary};
use content::{SourceId, SOURCES, STORY};
use hooks::{use_focus_request, use_hydrated_marker};
use reader::{ReaderContext, ReaderState};

/// The whole explainer.
#[component]
pub fn App() -> Html {
    let reader = use_reducer(ReaderState::default);
    use_focus_request(reader.focus.clone());
    use_hydrated_marker();

    let sources = (0..SOURCES.len()).map(|index| {
        // There are two sources; the index always fits.
        let id = SourceId(index as u8);
        html! { <SourceArticle key={index} source={id} /> }
    });

    html! {
        <ContextProvider<ReaderContext> context={reader}>
            <SiteHeader title={STORY.title} dek={STORY.dek} />
            <main id="main" class="page">
                <StorySummary />
                <DifferencesView />
                <section class="sources" aria-labelledby="sources-heading">
                    <h2 id="sources-heading">{ "The two source articles" }</h2>
                    <p class="sources__intro">
                        { "Everything in this explainer comes from these two articles, reproduced in full and unedited. Marked passages are the ones this explainer cites; follow any citation to see its passage highlighted here." }
                    </p>
                    { for sources }
                </section>
            </main>
            <SiteFooter />
        </ContextProvider<ReaderContext>>
    }
}
