use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_mount;
use crate::content::STEPS;
use crate::island::LOAD_EVENT;
use crate::walkthrough::{calculator_step, View, WalkthroughHandle};

/// How long after hydration the calculator waits for the browser to be idle before it is
/// asked for anyway.
const IDLE_AT_MOST_MS: u32 = 4000;
/// Where the browser has no idle callback (WebKit), how long after hydration.
const IDLE_FALLBACK_MS: u32 = 1500;

/// Asks the page for the calculator's module (`island::LOAD_EVENT`; the page's loader fetches it
/// once, whatever the number of asks) when the reader nears it: its step or the one before is
/// shown, or the calculator alone; a pointer or focus reaches a link to its step; or, failing
/// those, the browser is idle after hydration, so the calculator is ready before it is reached
/// and kept for offline use.
#[hook]
pub fn use_calculator_island(walk: &WalkthroughHandle) {
    let near = walk.view == View::Calculator || walk.current + 1 >= calculator_step();
    use_effect_with(near, |near| {
        if *near {
            ask();
        }
    });
    use_mount(Box::new(|| {
        let Some(window) = web_sys::window() else { return Box::new(()) };
        let link = format!("a[href^=\"?step={}#\"]", STEPS[calculator_step()].slug);
        let heads_for = move |event: &Event| {
            let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if target.and_then(|t| t.closest(&link).ok().flatten()).is_some() {
                ask();
            }
        };
        let heads_for = std::rc::Rc::new(heads_for);
        let (over, focus) = (heads_for.clone(), heads_for);
        let listeners = [
            EventListener::new(&window, "pointerover", move |event| over(event)),
            EventListener::new(&window, "focusin", move |event| focus(event)),
        ];
        let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
        let fallback = if has_idle {
            let idle = Closure::once_into_js(ask);
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(IDLE_AT_MOST_MS);
            let _ = window.request_idle_callback_with_options(idle.unchecked_ref(), &options);
            None
        } else {
            Some(Timeout::new(IDLE_FALLBACK_MS, ask))
        };
        Box::new((listeners, fallback))
    }));
}

/// Fires `island::LOAD_EVENT` at the window.
fn ask() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(event) = web_sys::Event::new(LOAD_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}
