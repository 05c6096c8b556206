//! The browser, as the hooks and components use it: the address (read, and written with or
//! without a history entry), local storage, the clipboard, and what counts as a plain click.
//! Small functions over `web_sys`, so that no hook reaches into another for them. Each quietly
//! does nothing where the browser refuses: from `file://`, or in a frame sandboxed without
//! storage or history.

use wasm_bindgen::prelude::*;
use web_sys::{Document, MouseEvent, Window};

use crate::query::PageQuery;

pub fn window() -> Option<Window> {
    web_sys::window()
}

pub fn document() -> Option<Document> {
    window()?.document()
}

/// The page's address, parsed.
pub fn current_query() -> PageQuery {
    PageQuery::parse(&window().and_then(|w| w.location().search().ok()).unwrap_or_default())
}

/// The page's address without its query and anchor: `https://news.example/stargate/index.html`.
pub fn page_address() -> Option<String> {
    let location = window()?.location();
    Some(format!("{}{}", location.origin().ok()?, location.pathname().ok()?))
}

/// Whether a new address adds a history entry or replaces the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Add,
    Replace,
}

/// Puts `query` in the address bar, keeping the path. A passage anchor in the hash belongs to
/// the old view and is dropped.
pub fn write_query(query: &PageQuery, entry: Entry) {
    let Some(window) = window() else { return };
    let Ok(history) = window.history() else { return };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let hash = if hash.starts_with("#passage-") { String::new() } else { hash };
    let url = format!("{path}{query}{hash}");
    let _ = match entry {
        Entry::Add => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

/// The address a link of the language switch (`a[data-edition]`, whose value is the other
/// edition's page) should open when `event` follows it: that page with this page's query, so
/// that the other language opens at the same step with the same scenario. The link is given it
/// as it is followed, so the page is never changed before then.
pub fn carry_address_to_edition(event: &web_sys::Event) {
    let Some(link) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("a[data-edition]").ok().flatten())
    else {
        return;
    };
    let query = window().and_then(|window| window.location().search().ok()).unwrap_or_default();
    if let Some(page) = link.get_attribute("data-edition") {
        let _ = link.set_attribute("href", &format!("{page}{query}"));
    }
}

/// Where the calculator's scenario is kept between visits.
pub const STORAGE_KEY: &str = "stargate-explainer:scenario";

/// The scenario kept from an earlier visit (a query string), where storage can be read.
pub fn stored_scenario() -> Option<String> {
    window()?.local_storage().ok()??.get_item(STORAGE_KEY).ok()?
}

/// Keeps the scenario (a query string) for the next visit, where storage can be written.
pub fn store_scenario(query: &str) {
    if let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORAGE_KEY, query);
    }
}

/// Puts `text` on the clipboard and then calls `done` with whether the browser accepted it.
/// Where there is no clipboard (an insecure page, some frames), it says no at once.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = window() else { return done(false) };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return done(false);
    }
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = |accepted: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(accepted);
            }
        })
        .unchecked_into::<js_sys::Function>()
    };
    let promise = navigator.clipboard().write_text(text);
    let then =
        js_sys::Reflect::get(&promise, &"then".into()).ok().and_then(|then| then.dyn_into::<js_sys::Function>().ok());
    let waiting = then.is_some_and(|then| then.call2(&promise, &settle(true), &settle(false)).is_ok());
    if !waiting {
        if let Some(done) = done.take() {
            done(false);
        }
    }
}

/// A plain primary click: modified clicks (new tab, new window) keep the browser's own
/// behaviour for a link.
pub fn is_plain_click(event: &MouseEvent) -> bool {
    !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0)
}

/// A chunk of the WebAssembly could not be fetched (offline before the first visit finished,
/// say): what a split point (`chunks`) gives instead of running. A later call tries again.
pub struct ChunkFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkFailed
    }
}
