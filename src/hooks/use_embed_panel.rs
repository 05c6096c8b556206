use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use yew::platform::spawn_local;

use super::use_mount;
use crate::browser::{copy_text, current_query, document, page_address, ChunkFailed};
use crate::embed;
use crate::site::EMBED_PAGE;
use crate::takeover::parts::embed_panel::{CODE, COPY, PANEL, PREVIEW_BOXES, PREVIEW_WIDTH, STATUS, VIEWS};
use crate::ui::embed as words;
use crate::walkthrough::View;

/// Drives the prerendered "Embed this" panel (`build::parts::layout::EmbedPanel`), where the
/// page has one, through the names the two share (`parts::embed_panel`). While it is open, its
/// snippet is the chosen view's, for the reader's step and scenario as the address has them,
/// with this page's full address, and its previews load that embed (sized by the shipped
/// `embed.js`, loaded then, and each shown whole in the column by `embed-previews.js`). Each
/// control has its handler: opening the panel (`on_toggle`) or choosing a view
/// (`on_view_chosen`) shows the snippet, as a move of the reader's (`moves`) does while it is
/// open; the copy button (`on_copy`) copies it. The work is a chunk of the WebAssembly of its own
/// (`embed_panel`, see `chunks`), fetched the first time the panel opens: a reader who never
/// opens it never loads it.
#[hook]
pub fn use_embed_panel(moves: u32) {
    use_effect_with(moves, |_| refresh());
    use_mount(Box::new(|| Box::new(listen())));
}

/// Whether the page has the panel, open.
fn panel_open() -> bool {
    document().and_then(|d| d.get_element_by_id(PANEL)).is_some_and(|panel| panel.has_attribute("open"))
}

/// Each control's handler, on its control.
fn listen() -> Option<[EventListener; 3]> {
    let document = document()?;
    let control = |id| document.get_element_by_id(id);
    let (panel, views, copy) = (control(PANEL)?, control(VIEWS)?, control(COPY)?);
    Some([
        EventListener::new(&panel, "toggle", on_toggle),
        EventListener::new(&views, "change", on_view_chosen),
        EventListener::new(&copy, "click", on_copy),
    ])
}

/// The panel opened (or closed): open, it shows the snippet for where the reader is.
fn on_toggle(_: &Event) {
    refresh();
}

/// Another view chosen: its snippet, and previews of it.
fn on_view_chosen(_: &Event) {
    refresh();
}

/// Where the panel is open, shows the snippet (its chunk fetched first where it has not been).
fn refresh() {
    if panel_open() {
        spawn_local(async {
            let _ = split_call!(show_snippet());
        });
    }
}

/// Copies the snippet (its chunk fetched first where it has not been).
fn on_copy(_: &Event) {
    spawn_local(async {
        let _ = split_call!(copy_snippet());
    });
}

/// Shows the snippet and copies it. Says "Copied" only when the clipboard took it; otherwise
/// selects the code, and says how to copy it.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(embed_panel, fallible))]
fn copy_snippet() -> Result<(), ChunkFailed> {
    let Some(snippet) = show() else { return Ok(()) };
    copy_text(&snippet, |accepted| {
        let Some(document) = document() else { return };
        if accepted {
            say(&document, words::COPIED);
        } else {
            if let Some(code) = code(&document) {
                let _ = code.focus();
                code.select();
            }
            say(&document, words::NOT_COPIED);
        }
    });
    Ok(())
}

/// The chosen view's snippet, and its address; `None` while the panel is closed.
fn chosen_snippet() -> Option<(String, String)> {
    let document = document()?;
    // Nothing to show while the panel is closed.
    document.get_element_by_id(PANEL)?.get_attribute("open")?;
    let chosen = document.get_element_by_id(VIEWS)?.query_selector(":checked").ok()??;
    let view = View::from_param(&chosen.dyn_into::<HtmlInputElement>().ok()?.value());
    let page = page_address()?;
    let folder = embed::folder_of(&page);
    let query = embed::embed_query(current_query(), view);
    Some((embed::snippet(folder, &query), format!("{folder}{}{query}", EMBED_PAGE.file)))
}

/// Where the panel is open: the chosen view's snippet in the code's box, and the embed it makes
/// in each preview.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(embed_panel, fallible))]
fn show_snippet() -> Result<(), ChunkFailed> {
    show();
    Ok(())
}

/// Shows the chosen view's snippet and previews, and gives the snippet; `None` while the panel
/// is closed.
fn show() -> Option<String> {
    let (snippet, address) = chosen_snippet()?;
    let document = document()?;
    if let Some(code) = code(&document) {
        code.set_value(&snippet);
    }
    say(&document, "");
    if let Ok(boxes) = document.query_selector_all(PREVIEW_BOXES) {
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
    load_host_scripts(&document);
    Some(snippet)
}

/// The host script the snippet names sizes the previews, as it will in an article; the
/// panel's own shows each whole in the column, and is a script, not Rust, so as to keep this
/// module's first load small. Loaded once.
fn load_host_scripts(document: &Document) {
    if document.query_selector("script[data-embed-host]").ok().flatten().is_some() {
        return;
    }
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

/// A preview's frame, as wide as its box says, marked for `embed.js` to size.
fn preview_frame(document: &Document, preview: &Element) -> Option<Element> {
    let width = preview.get_attribute(PREVIEW_WIDTH)?;
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

/// The snippet's text area.
fn code(document: &Document) -> Option<HtmlTextAreaElement> {
    document.get_element_by_id(CODE)?.dyn_into().ok()
}

/// Says how copying went, in the panel's status region.
fn say(document: &Document, words: &str) {
    if let Some(status) = document.get_element_by_id(STATUS) {
        status.set_text_content(Some(words));
    }
}
