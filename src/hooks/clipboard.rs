use wasm_bindgen::prelude::*;

/// Puts `text` on the clipboard and then calls `done` with whether the browser accepted it.
/// Where there is no clipboard (an insecure page, some frames), it says no at once.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else { return done(false) };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false) {
        return done(false);
    }
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let settle = move |accepted: bool| {
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
    if let Some(then) = then {
        let _ = then.call2(&promise, &settle(true), &settle(false));
    }
}
