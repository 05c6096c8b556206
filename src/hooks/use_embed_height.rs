use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::MessageEvent;
use yew::prelude::*;

use super::use_mount;
use crate::query::{PageQuery, Param};

/// The `type` of the JSON height message (documented in the README; `embed.js` reads it).
const HEIGHT_MESSAGE: &str = "stargate-explainer:height";

/// Inside a frame, tells the host page the content's height whenever it changes (a
/// `ResizeObserver`, which also fires when a hidden frame becomes visible), in three formats:
/// a JSON message `{ type, id, height }` for the shipped `embed.js`; AMP's resize request
/// `{ sentinel: "amp", type: "embed-size", height }` for an `amp-iframe`; and the Pym.js
/// child protocol (honouring `childId`) for hosts that already run Pym. It answers a Pym
/// parent's width message with the height. Outside a frame it does nothing.
#[hook]
pub fn use_embed_height(query: &PageQuery) {
    // The ids the messages carry: `id` (the snippet's), and Pym's `childId`.
    let pym_id = query.get(Param::ChildId).map(str::to_owned);
    let id = query.get(Param::Id).map(str::to_owned).or_else(|| pym_id.clone()).unwrap_or_default();
    use_mount(Box::new(move || Box::new(EmbedReporter::start(id, pym_id))));
}

struct EmbedReporter {
    _observer: Option<web_sys::ResizeObserver>,
    _callback: Option<Closure<dyn FnMut()>>,
    _listener: Option<EventListener>,
}

impl EmbedReporter {
    fn start(id: String, pym_id: Option<String>) -> Option<EmbedReporter> {
        let window = web_sys::window()?;
        let parent = window.parent().ok()??;
        if parent == window {
            return None;
        }
        let report = {
            let (parent, pym_id) = (parent.clone(), pym_id.clone());
            move || {
                let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
                    return;
                };
                let height = root.get_bounding_client_rect().height().ceil();
                let post = |fields: [(&str, JsValue); 3]| {
                    let message = js_sys::Object::new();
                    for (key, value) in fields {
                        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
                    }
                    let _ = parent.post_message(&message, "*");
                };
                post([("type", HEIGHT_MESSAGE.into()), ("id", id.as_str().into()), ("height", height.into())]);
                post([("sentinel", "amp".into()), ("type", "embed-size".into()), ("height", height.into())]);
                if let Some(pym_id) = &pym_id {
                    // A whole number of pixels (it is rounded up above), written as an integer:
                    // formatting an f64 would bring float formatting into the WebAssembly.
                    let _ =
                        parent.post_message(&format!("pymxPYMx{pym_id}xPYMxheightxPYMx{}", height as u32).into(), "*");
                }
            }
        };
        let report = std::rc::Rc::new(report);
        let callback = {
            let report = report.clone();
            Closure::<dyn FnMut()>::new(move || report())
        };
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(root)) = (&observer, window.document().and_then(|d| d.document_element())) {
            observer.observe(&root);
        }
        // A Pym parent sends the frame's width and expects the height back.
        let listener = pym_id.map(|pym_id| {
            let prefix = format!("pymxPYMx{pym_id}xPYMxwidth");
            EventListener::new(&window, "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
                if event.source().is_some_and(|s| js_sys::Object::is(&s, &parent))
                    && event.data().as_string().is_some_and(|d| d.starts_with(&prefix))
                {
                    report();
                }
            })
        });
        Some(EmbedReporter { _observer: observer, _callback: Some(callback), _listener: listener })
    }
}

impl Drop for EmbedReporter {
    fn drop(&mut self) {
        if let Some(observer) = &self._observer {
            observer.disconnect();
        }
    }
}
