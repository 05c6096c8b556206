use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::use_mount;
use crate::browser::{copy_text, current_query, document, page_address};
use crate::embed;
use crate::site::EMBED_PAGE;
use crate::ui::embed as words;
use crate::walkthrough::View;

/// Drives the prerendered "Embed this" panel (`build::parts`, `layout::EmbedPanel`), where the
/// page has one: while it is open, its snippet is the chosen view's, for the reader's step and
/// scenario as the address has them, with this page's full address, rebuilt when the panel
/// opens, the choice changes or the reader moves (`moves`); its previews load that embed
/// (sized by the shipped `embed.js`, loaded then, and each shown whole in the column by
/// `embed-previews.js`). Copying says "Copied" only when the clipboard took the code;
/// otherwise the code is selected, with how to copy it.
#[hook]
pub fn use_embed_panel(moves: u32) {
    use_effect_with(moves, |_| {
        refresh();
    });
    use_mount(Box::new(|| {
        let Some(panel) = document().and_then(|d| d.get_element_by_id("embed-this")) else {
            return Box::new(());
        };
        let listeners = [
            EventListener::new(&panel, "toggle", |_| refresh()),
            EventListener::new(&panel, "change", |_| refresh()),
            EventListener::new(&panel, "click", |event| {
                let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
                if target.is_some_and(|t| t.closest(".embed-code__copy").ok().flatten().is_some()) {
                    copy();
                }
            }),
        ];
        Box::new(listeners)
    }));
}

/// The chosen view's snippet, and its address; `None` while the panel is closed.
fn current() -> Option<(String, String)> {
    let document = document()?;
    document.query_selector("#embed-this[open]").ok()??;
    let checked = document.query_selector("input[name=embed-view]:checked").ok()??;
    let view = View::from_param(&checked.dyn_into::<HtmlInputElement>().ok()?.value());
    let page = page_address()?;
    let folder = embed::folder_of(&page);
    let query = embed::embed_query(current_query(), view);
    Some((embed::snippet(folder, &query), format!("{folder}{}{query}", EMBED_PAGE.file)))
}

fn refresh() {
    let Some((snippet, address)) = current() else { return };
    let Some(document) = document() else { return };
    if let Some(text) =
        document.get_element_by_id("embed-code-text").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
    {
        text.set_value(&snippet);
    }
    status(&document, "");
    if let Ok(boxes) = document.query_selector_all(".embed-code__frame") {
        for index in 0..boxes.length() {
            let Some(preview) = boxes.item(index).and_then(|b| b.dyn_into::<Element>().ok()) else { continue };
            let frame = match preview.first_element_child() {
                Some(frame) => frame,
                None => {
                    let Some(frame) = preview_frame(&document, &preview) else { continue };
                    let _ = preview.append_with_node_1(&frame);
                    frame
                }
            };
            if frame.get_attribute("src").as_deref() != Some(address.as_str()) {
                let _ = frame.set_attribute("src", &address);
            }
        }
    }
    // The host script the snippet names sizes the previews, as it will in an article; the
    // panel's own shows each whole in the column, and is a script, not Rust, so as to keep
    // this module's first load small.
    if document.query_selector("script[data-embed-host]").ok().flatten().is_none() {
        for src in ["embed.js", "embed-previews.js"] {
            if let Ok(script) = document.create_element("script") {
                let _ = script.set_attribute("src", src);
                let _ = script.set_attribute("data-embed-host", "");
                if let Some(head) = document.head() {
                    let _ = head.append_with_node_1(&script);
                }
            }
        }
    }
}

/// A preview's frame, as wide as its box says, marked for `embed.js` to size.
fn preview_frame(document: &Document, preview: &Element) -> Option<Element> {
    let width = preview.get_attribute("data-width")?;
    let height = embed::frame_height(View::Story).to_string();
    let frame = document.create_element("iframe").ok()?;
    for (name, value) in [
        ("class", "embed-code__preview-frame"),
        ("data-stargate-explainer", ""),
        ("width", width.as_str()),
        ("height", height.as_str()),
        ("title", &words::PreviewTitle { width: &width }.text()),
    ] {
        frame.set_attribute(name, value).ok()?;
    }
    Some(frame)
}

fn status(document: &Document, words: &str) {
    if let Some(status) = document.query_selector(".embed-code__status").ok().flatten() {
        status.set_text_content(Some(words));
    }
}

fn copy() {
    refresh();
    let Some((snippet, _)) = current() else { return };
    copy_text(&snippet, |accepted| {
        let Some(document) = document() else { return };
        if accepted {
            status(&document, words::COPIED);
        } else {
            if let Some(text) =
                document.get_element_by_id("embed-code-text").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
            {
                let _ = text.focus();
                text.select();
            }
            status(&document, words::NOT_COPIED);
        }
    });
}
