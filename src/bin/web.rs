//! Browser entry point: brings the prerendered page to life (`app::start`, which renders the
//! app off the page and puts it in the prerendered page's place, see `adopt`). Where there is
//! nothing prerendered (an `index.html` the prerender hook has not written), it renders what
//! the browser's code holds: the stepper, without the prerendered text or the calculator (see
//! `parts`).

use std::rc::Rc;

use stargate_explainer::app::start;
use stargate_explainer::browser::{current_query, document};
use stargate_explainer::{App, AppProps, Layout};
use web_sys::Document;
use yew::prelude::*;

fn main() {
    let Some(document) = document() else { return };
    let root = document.get_element_by_id("app");
    // The page says which it is (the full explainer or the embed), as it was prerendered.
    let layout = root.as_ref().and_then(|root| root.get_attribute("data-layout"));
    let layout = layout.map_or(Layout::Full, |name| Layout::from_name(&name));
    let props = AppProps { layout, query: Rc::new(current_query()), ..AppProps::default() };
    take_first_root_number(&document);
    match root {
        Some(root) => {
            start(root, props);
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}

/// Yew numbers each app root from 1 in every module, and brands the elements it listens on
/// with that number. The calculator's module (src/bin/calculator.rs) renders its root, inside
/// this one, as its number 1: were this root 1 too, each module's event handling would take the
/// other's clicks for its own and run whichever of its listeners has the same index. So a
/// component that renders nothing takes number 1 here first, on an element never put in the
/// page (tests/e2e/islands.test.mjs checks that the two roots' numbers differ).
fn take_first_root_number(document: &Document) {
    if let Ok(spare) = document.create_element("div") {
        yew::Renderer::<Spare>::with_root(spare).render();
    }
}

/// Renders nothing, and has no hooks: it is only there to take a root number (see
/// `take_first_root_number`). A component type of its own costs its copy of Yew's lifecycle
/// code (about two thirds of a kilobyte of this module, gzip): the price of an `App` that
/// knows nothing of it.
#[component]
fn Spare() -> Html {
    Html::default()
}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
