//! Stargate, explained: an interactive explainer of the January 2025 "Stargate" venture and
//! the public dispute over whether its backers have the money.
//!
//! The app is a library so that the same components run in the browser (hydrating the page),
//! in the native prerenderer and in tests.

pub mod calculator;
pub mod content;
pub mod money;
pub mod page;
pub mod prerendered;
pub mod reader;
pub mod url_query;
pub mod walkthrough;

mod components;
mod hooks;

pub use hooks::stored_scenario;

use yew::prelude::*;

use calculator::{Scenario, ScenarioParse};
use components::{embed_footer, guided_walkthrough, site_footer};
use hooks::{
    use_citation_links, use_embed_height, use_focus_request, use_history_sync, use_hydrated_marker, use_mount,
    use_open_passage, use_service_worker, use_step_focus, use_step_keys, use_swipe,
};
use prerendered::{Part, SharedParts};
#[cfg(feature = "ssr")]
pub use prerendered::{HORIZON_FIGURE, MONEY_FIGURES};
use reader::ReaderState;
use walkthrough::{WalkAction, Walkthrough};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The page's query string (`?step=…`). Empty when prerendering; the browser passes the
    /// real one, applied just after hydration.
    #[prop_or_default]
    pub query: AttrValue,
    /// The calculator's scenario from an earlier visit (a query string), where storage can be
    /// read; used when the address carries no scenario.
    #[prop_or_default]
    pub stored_scenario: Option<AttrValue>,
    /// The unchanging parts' HTML: given by the prerenderer, empty in the browser (see
    /// `prerendered`).
    #[prop_or_default]
    pub parts: SharedParts,
}

/// The scenario the calculator opens with: the address's when it carries one, else the one
/// kept from an earlier visit, else the default.
fn opening_scenario(props: &AppProps) -> ScenarioParse {
    let from_address = Scenario::from_query(&props.query);
    match &props.stored_scenario {
        Some(stored) if !from_address.present => {
            let mut kept = Scenario::from_query(stored);
            if !kept.notices.is_empty() {
                kept.notices.insert(0, "Your saved scenario had values the calculator could not use.".to_owned());
            }
            kept
        }
        _ => from_address,
    }
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
    let start = use_memo((), |()| opening_scenario(props));
    let main = use_node_ref();
    use_focus_request(reader.focus.clone());
    use_citation_links(main.clone(), reader.dispatcher());
    use_open_passage(main.clone(), reader.open_passage.as_ref().map(|open| open.citation), reader.dispatcher());
    let steps = use_node_ref();
    use_swipe(steps.clone(), walk.clone());
    use_history_sync(walk.clone());
    use_step_keys(walk.clone());
    use_step_focus(walk.clone());
    use_embed_height(props.query.clone());
    use_service_worker();
    use_hydrated_marker();

    let parts = &props.parts;
    html! {
        <>
            { parts.html(Part::Masthead) }
            <main id="main" class="page" ref={main}>
                { parts.html(Part::Summary) }
                { guided_walkthrough(&walk, parts, &start, steps) }
                { parts.html(Part::Reference) }
            </main>
            { site_footer() }
            { embed_footer() }
        </>
    }
}
