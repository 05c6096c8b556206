//! The whole explainer: the walkthrough's state, the reader's, the hooks that tie them to the
//! browser, and the page's layout around the prerendered parts.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::components::{embed_footer, guided_walkthrough, site_footer};
use crate::content::STORY;
use crate::hooks::{
    use_adopted_page, use_calculator_island, use_citation_links, use_embed_height, use_embed_panel, use_focus_request,
    use_history_sync, use_live_marker, use_mount, use_open_passage, use_service_worker, use_step_focus, use_step_keys,
    use_swipe,
};
use crate::parts::{Part, SharedParts};
use crate::query::PageQuery;
use crate::reader::{ReaderAction, ReaderState};
use crate::site::Layout;
use crate::walkthrough::{WalkAction, Walkthrough};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub layout: Layout,
    /// The page's address. Empty when prerendering; the browser passes the real one, applied
    /// just after the first render.
    #[prop_or_default]
    pub query: Rc<PageQuery>,
    /// The unchanging parts' HTML: given by the prerenderer, empty in the browser (see
    /// `parts`).
    #[prop_or_default]
    pub parts: SharedParts,
    /// An app that renders nothing and does nothing: it only takes its module's first root
    /// number (see `src/bin/web.rs`), without a second component type's code.
    #[prop_or_default]
    pub spare: bool,
    /// In the browser, the prerendered page this app takes the place of once rendered off the
    /// page (see `adopt` and `start`).
    #[prop_or_default]
    pub prerendered: Option<Element>,
}

/// The whole explainer.
#[component]
pub fn App(props: &AppProps) -> Html {
    // A spare stays a spare: the same hooks (none) on every render.
    if props.spare {
        return Html::default();
    }
    let main = use_node_ref();
    // First: every other effect runs on the page the reader sees.
    use_adopted_page(props.prerendered.clone(), main.clone());
    let reader = use_reducer(ReaderState::default);
    // The first render is what was prerendered (the first step), so that it takes the
    // prerendered page's place element for element; the address's step is applied by an
    // effect just after, in the same task, so the reader never sees the switch.
    let walk = use_reducer(|| Walkthrough::from_query(&PageQuery::default()));
    {
        let (walk, query) = (walk.clone(), props.query.clone());
        use_mount(Box::new(move || {
            walk.dispatch(WalkAction::Open(Walkthrough::from_query(&query)));
            Box::new(())
        }));
    }
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
    use_embed_height(&props.query);
    use_embed_panel(walk.moves);
    use_calculator_island(&walk);
    use_service_worker();
    use_live_marker();

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
                    <h1 class="visually-hidden">{ STORY.title }</h1>
                    { guided_walkthrough(&walk, parts, steps) }
                    { parts.html(Part::Passages) }
                </main>
                { embed_footer(walk.step().slug) }
            </>
        },
    }
}

/// Starts the app in `root`. Where `root` holds the prerendered page, the app renders into a
/// new element off the page, which then takes `root`'s place (see `adopt`): returned with the
/// app, it is the app's root from then on. Where `root` is empty (an `index.html` the
/// prerenderer has not written), the app renders into it.
#[cfg(feature = "csr")]
pub fn start(root: Element, props: AppProps) -> (yew::AppHandle<App>, Element) {
    let fresh = root.has_child_nodes().then(|| root.owner_document().and_then(|d| d.create_element("div").ok()));
    match fresh.flatten() {
        Some(fresh) => {
            let props = AppProps { prerendered: Some(root), ..props };
            (yew::Renderer::<App>::with_root_and_props(fresh.clone(), props).render(), fresh)
        }
        None => (yew::Renderer::<App>::with_root_and_props(root.clone(), props).render(), root),
    }
}
