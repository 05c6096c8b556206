//! Browser entry point: brings the prerendered page to life (`app::start`, which renders the
//! app off the page and puts it in the prerendered page's place, see `adopt`). Where there is
//! nothing prerendered (an `index.html` the prerender hook has not written), it renders what
//! the browser's code holds: the stepper, without the prerendered text or the calculator (see
//! `parts`).

use std::rc::Rc;

use stargate_explainer::app::start;
use stargate_explainer::browser::{current_query, document};
use stargate_explainer::{App, AppProps, Layout};

fn main() {
    let Some(document) = document() else { return };
    let root = document.get_element_by_id("app");
    // The page says which it is (the full explainer or the embed), as it was prerendered.
    let layout = root.as_ref().and_then(|root| root.get_attribute("data-layout"));
    let layout = layout.map_or(Layout::Full, |name| Layout::from_name(&name));
    let props = AppProps { layout, query: Rc::new(current_query()), ..AppProps::default() };
    match root {
        Some(root) => {
            start(root, props);
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
