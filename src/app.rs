//! The whole explainer: the app's steps (composed hooks, in the order their effects must run)
//! and the page's layout around the prerendered parts.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

#[cfg(feature = "csr")]
use crate::chunks::load_calculator;
use crate::components::{embed_footer, guided_walkthrough, site_footer};
use crate::content::STORY;
use crate::hooks::{
    use_calculator_island, use_citations, use_embed_height, use_embed_panel, use_live_marker, use_service_worker,
    use_step_navigation, use_taken_over_page, use_walkthrough_in_address,
};
use crate::query::PageQuery;
use crate::site::Layout;
use crate::takeover::parts::{Part, SharedParts};

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
    /// In the browser, the prerendered page this app takes the place of once rendered off the
    /// page (see `adopt` and `start`).
    #[prop_or_default]
    pub prerendered: Option<Element>,
}

/// The whole explainer.
#[component]
pub fn App(props: &AppProps) -> Html {
    // The app's steps, in order: each one's effects run after those of the steps above it.
    // First: every other effect runs on the page the reader sees.
    let main = use_taken_over_page(props.prerendered.clone());
    let walk = use_walkthrough_in_address(&props.query, props.layout);
    let steps = use_step_navigation(&walk);
    use_citations(main.clone(), walk.moves, props.layout);
    use_embed_height(&props.query);
    use_embed_panel(walk.moves);
    use_calculator_island(&walk, props.layout, load_calculator);
    use_service_worker();
    // Last: the app is live once every step above has taken effect.
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
    let started = match fresh.flatten() {
        Some(fresh) => {
            let props = AppProps { prerendered: Some(root), ..props };
            (yew::Renderer::<App>::with_root_and_props(fresh.clone(), props).render(), fresh)
        }
        None => (yew::Renderer::<App>::with_root_and_props(root.clone(), props).render(), root),
    };
    run_first_pass_now();
    started
}

/// Runs the app's first pass, its render and then its effects (the takeover and the live mark
/// among them, see `App`), now, in this one task. Left to itself, Yew's scheduler gives the
/// browser a turn once a pass has run 16 ms, and the first render takes longer: the turn came
/// between the render and the effects, and the browser spent it styling, laying out and
/// painting the prerendered page the app was about to replace: live at a median of 271 ms
/// against 218 now (15 cold loads at full speed; tests/e2e/foundation.test.mjs checks that no
/// frame comes between). `yew::scheduler::flush` is Yew's one
/// public way to run its queue at once (its `test` feature, see Cargo.toml): polled once here,
/// it has run everything queued when it returns; what it waits for after that is Yew's own
/// scheduled run, which then finds nothing to do.
#[cfg(feature = "csr")]
fn run_first_pass_now() {
    use std::future::Future;
    use std::sync::Arc;
    use std::task::{Context, Wake, Waker};

    /// Nothing to wake: the poll is not awaited.
    struct Unawaited;
    impl Wake for Unawaited {
        fn wake(self: Arc<Self>) {}
    }

    let mut flush = std::pin::pin!(yew::scheduler::flush());
    let _ = flush.as_mut().poll(&mut Context::from_waker(&Waker::from(Arc::new(Unawaited))));
}

/// Natively (the prerenderer) no effect runs, so nothing asks for the calculator.
#[cfg(not(feature = "csr"))]
fn load_calculator() {}
