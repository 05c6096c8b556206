use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_mount;
use crate::browser::{current_query, stored_scenario};
use crate::content::STEPS;
use crate::query::Param;
use crate::site::Layout;
use crate::walkthrough::{calculator_step, step_href, View, WalkthroughHandle};

/// How long after the walkthrough is live the page leaves the main thread to the reader (and to the first
/// paint's work) before it asks for the calculator on its own; then it waits for the browser
/// to be idle, at most `IDLE_AT_MOST_MS` more (WebKit, which has no idle callback, asks then).
const QUIET_MS: u32 = 3000;
const IDLE_AT_MOST_MS: u32 = 2000;

/// Brings the calculator to life with `load` (`chunks::load_calculator`, which fetches its chunk
/// once, whatever the number of calls): at once where the page opens with it in use (the
/// address carries a scenario, or, on the full page, storage keeps one), so that what shows,
/// and prints, is the reader's scenario. Else when the reader nears it: its step or the one
/// before is shown, or the calculator alone; a pointer or focus reaches a link to its step, or
/// a press or click on one starts (heard first, before the walkthrough moves, so the chunk's
/// fetch does not wait for the step to change); or, failing those, the browser is idle a few
/// seconds after the walkthrough is live, so the calculator is ready before it is reached and
/// kept for offline use, without taking the main thread while the page is first read.
#[hook]
pub fn use_calculator_island(walk: &WalkthroughHandle, layout: Layout, load: fn()) {
    let near = walk.view == View::Calculator || walk.current + 1 >= calculator_step();
    // Keyed on the step too: after a failed fetch, coming back to the step tries again.
    use_effect_with((near, walk.current), move |(near, _)| {
        if *near {
            load();
        }
    });
    use_mount(Box::new(move || {
        // An embed shows what its snippet names, never a scenario kept elsewhere.
        let query = current_query();
        if Param::SCENARIO.iter().any(|param| query.has(*param))
            || (layout == Layout::Full && stored_scenario().is_some())
        {
            load();
        }
        let Some(window) = web_sys::window() else { return Box::new(()) };
        // A link to the calculator's step, as the step list and the embed's footer write it.
        let link = format!("a[href$=\"{}\"]", step_href(STEPS[calculator_step()].slug));
        let heads_for = |link: String| {
            move |event: &Event| {
                let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                if target.and_then(|t| t.closest(&link).ok().flatten()).is_some() {
                    load();
                }
            }
        };
        let listeners = ["pointerover", "focusin", "pointerdown", "click"].map(|kind| {
            EventListener::new_with_options(
                &window,
                kind,
                EventListenerOptions::run_in_capture_phase(),
                heads_for(link.clone()),
            )
        });
        let quiet = Timeout::new(QUIET_MS, move || {
            let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
            if !has_idle {
                return load();
            }
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(IDLE_AT_MOST_MS);
            let idle = Closure::once_into_js(load);
            let _ = window.request_idle_callback_with_options(idle.unchecked_ref(), &options);
        });
        Box::new((listeners, quiet))
    }));
}
