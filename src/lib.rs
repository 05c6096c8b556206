//! Stargate, explained: an interactive explainer of the January 2025 "Stargate" venture and
//! the public dispute over whether its backers have the money.
//!
//! The app is a library so that the same components run in the browser (hydrating the page),
//! in the native prerenderer and in tests.

pub mod calculator;
pub mod content;
pub mod embed;
pub mod island;
pub mod money;
pub mod page;
pub mod prerendered;
pub mod reader;
pub mod url_query;
pub mod walkthrough;

mod components;
mod hooks;

/// Where the calculator's scenario is kept between visits.
pub use hooks::STORAGE_KEY;

use yew::prelude::*;

use components::{embed_footer, guided_walkthrough, site_footer};
use hooks::{
    use_calculator_island, use_citation_links, use_embed_height, use_embed_panel, use_focus_request, use_history_sync,
    use_hydrated_marker, use_mount, use_open_passage, use_service_worker, use_step_focus, use_step_keys, use_swipe,
};
use prerendered::{Part, SharedParts};
#[cfg(feature = "ssr")]
pub use prerendered::{HORIZON_FIGURE, MONEY_FIGURES};
use reader::{ReaderAction, ReaderState};
use walkthrough::{WalkAction, Walkthrough};

/// Which page the app is: the full explainer, or the compact card that host articles embed
/// (`embed.html`: the walkthrough alone, with the cited passages it opens in place). The
/// prerenderer writes each page; the browser reads which one it is hydrating from the root
/// element's `data-layout` (see `page::splice`), since both pages must hydrate exactly as
/// written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    #[default]
    Full,
    Embed,
}

impl Layout {
    /// The value of the root element's `data-layout`.
    pub const fn name(self) -> &'static str {
        match self {
            Layout::Full => "full",
            Layout::Embed => "embed",
        }
    }

    pub fn from_name(name: &str) -> Layout {
        if name == Layout::Embed.name() {
            Layout::Embed
        } else {
            Layout::Full
        }
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub layout: Layout,
    /// The page's query string (`?step=…`). Empty when prerendering; the browser passes the
    /// real one, applied just after hydration.
    #[prop_or_default]
    pub query: AttrValue,
    /// The unchanging parts' HTML: given by the prerenderer, empty in the browser (see
    /// `prerendered`).
    #[prop_or_default]
    pub parts: SharedParts,
}

/// The whole explainer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let reader = use_reducer(ReaderState::default);
    // Hydration must start from exactly what was prerendered (the first step, the default
    // scenario); the address's step and scenario are applied by effects just after, in the
    // same task, so the reader never sees the switch.
    let walk = use_reducer(|| Walkthrough::from_query(""));
    {
        let (walk, query) = (walk.clone(), props.query.clone());
        use_mount(Box::new(move || {
            walk.dispatch(WalkAction::Open(Walkthrough::from_query(&query)));
            Box::new(())
        }));
    }
    let main = use_node_ref();
    use_citation_links(main.clone(), reader.dispatcher());
    // Before focus moves to the passage: in the embed, the passage shows only once opened.
    use_open_passage(main.clone(), reader.open_passage.clone(), props.layout, reader.dispatcher());
    use_focus_request(reader.focus.clone());
    {
        // A step change closes an open passage: it belongs to the step the reader left.
        let reader = reader.dispatcher();
        use_effect_with(walk.moves, move |_| reader.dispatch(ReaderAction::Close));
    }
    let steps = use_node_ref();
    use_swipe(steps.clone(), walk.clone());
    // An embed's moves replace its address rather than add entries: the host page's Back
    // button belongs to the host's reader, not to the frame.
    use_history_sync(walk.clone(), props.layout == Layout::Full);
    use_step_keys(walk.clone());
    use_step_focus(walk.clone());
    use_embed_height(props.query.clone());
    use_embed_panel(walk.moves);
    use_calculator_island(&walk);
    use_service_worker();
    use_hydrated_marker();

    let parts = &props.parts;
    match props.layout {
        Layout::Full => html! {
            <>
                { parts.html(Part::Masthead) }
                <main id="main" class="page" ref={main}>
                    { parts.html(Part::Summary) }
                    { guided_walkthrough(&walk, parts, steps) }
                    { parts.html(Part::Reference) }
                </main>
                { site_footer(parts) }
            </>
        },
        Layout::Embed => html! {
            <>
                <main id="main" class="page page--embed" ref={main}>
                    // The card's title for screen readers; sighted readers have the frame's host.
                    <h1 class="visually-hidden">{ content::STORY.title }</h1>
                    { guided_walkthrough(&walk, parts, steps) }
                    { parts.html(Part::Passages) }
                </main>
                { embed_footer(walk.step().slug) }
            </>
        },
    }
}
