use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};
use yew::prelude::*;

use super::use_mount;

/// Registers `./sw.js` (scoped to the site's folder) so that, after one visit, the explainer
/// opens offline; once the page has loaded, so that installing it (which fetches every file
/// again) never competes with the first visit. Only on the site's own pages, which link its
/// web app manifest: not in the self-contained copies, which need no server, have no `sw.js`
/// beside them wherever they are put, and whose policy allows no worker. Quietly does nothing
/// where service workers are unavailable: from `file://`, or in a sandboxed frame, where even
/// reading `navigator.serviceWorker` throws. A returning reader's worker is then asked to look
/// for a newer build, so that offline they get the build they last read.
#[hook]
pub fn use_service_worker() {
    use_mount(Box::new(|| {
        let loaded = web_sys::window().and_then(|w| w.document()).is_none_or(|d| d.ready_state() == "complete");
        if loaded {
            register();
            return Box::new(());
        }
        Box::new(web_sys::window().map(|window| EventListener::once(&window, "load", |_| register())))
    }));
}

fn register() {
    // A development build (`make serve`) has no `sw.js`: the dev server would answer with the
    // page, and the browser say so in the console.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    if !matches!(window.location().protocol().as_deref(), Ok("http:" | "https:")) {
        return;
    }
    let site_page = window.document().and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten());
    if site_page.is_none() {
        return;
    }
    let Ok(container) = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()) else { return };
    if container.is_undefined() || container.is_null() {
        return;
    }
    let container: ServiceWorkerContainer = container.unchecked_into();
    // A returning reader's worker may keep the build before the page just read from the
    // network: ask for the current sw.js now, and a new build's worker caches its files and
    // takes over at once (sw.js). Browsers ask by themselves only after a navigation the worker
    // answered, and a few seconds later; never after a reload that bypassed it. A first
    // visit's registration has just fetched sw.js: nothing to ask.
    let look_for_new_build =
        Closure::<dyn FnMut(JsValue) -> Result<Option<js_sys::Promise>, JsError>>::new(|registration: JsValue| {
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            Ok(registration.active().and_then(|_| registration.update().ok()))
        });
    // A rejection (no sw.js in the development server; offline, the look for a new build) is
    // not an error for the reader: caught, so nothing is logged.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = container.register("./sw.js").then_map(&look_for_new_build).catch(&ignore);
    look_for_new_build.forget();
    ignore.forget();
}
