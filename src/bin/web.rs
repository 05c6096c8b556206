//! Browser entry point: hydrates the prerendered page, or renders it where there is nothing
//! to hydrate (the `trunk serve` development loop before the prerender hook has run).

use stargate_explainer::App;

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) if root.has_child_nodes() => {
            yew::Renderer::<App>::with_root(root).hydrate();
        }
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
