//! Browser entry point: hydrates the prerendered page, or renders it where there is nothing
//! to hydrate (the `trunk serve` development loop before the prerender hook has run).

use stargate_explainer::{stored_scenario, App, AppProps};

fn main() {
    let window = web_sys::window();
    let query = window.as_ref().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let props = AppProps { query: query.into(), stored_scenario: stored_scenario().map(Into::into) };
    let root = window.and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) if root.has_child_nodes() => {
            yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        }
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
