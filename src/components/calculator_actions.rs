use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::{copy_text, page_address};
use crate::calculator::{download_svg, to_csv, CalculatorAction, CalculatorState, Outcome, Scenario, DOWNLOAD_WIDTH};
use crate::components::fold_in_compact;
use crate::ui::calculator::{self as words, chart as chart_words};

/// What the reader can do with their scenario: copy a link to it (said when copied; where the
/// browser refuses, the link is shown, selected, to copy by hand), and download its numbers and
/// its chart, folded in the compact card, which keeps to its height. `link_copied` is how the
/// last copy went, kept in the calculator's state, which `dispatcher` updates.
pub fn calculator_actions(
    scenario: &Scenario,
    link_copied: Option<bool>,
    compact: bool,
    dispatcher: &UseReducerDispatcher<CalculatorState>,
) -> Html {
    let on_copy = {
        let (dispatcher, scenario) = (dispatcher.clone(), scenario.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(href) = scenario_address(&scenario) else { return };
            let dispatcher = dispatcher.clone();
            copy_text(&href.clone(), move |accepted| {
                if !accepted {
                    show_link(&href);
                }
                dispatcher.dispatch(CalculatorAction::LinkCopied(accepted));
            });
        })
    };
    let on_download = |format: Format| {
        let scenario = scenario.clone();
        Callback::from(move |_: MouseEvent| save(format, &scenario))
    };
    let refused = link_copied == Some(false);
    let copy_status = match link_copied {
        None => "",
        Some(true) => words::LINK_COPIED,
        Some(false) => words::LINK_NOT_COPIED,
    };
    html! {
        <div class="calculator__actions">
            <button type="button" class="calculator__action" onclick={on_copy}>{ words::COPY_LINK }<span class="calculator__action-more">{ words::COPY_LINK_MORE }</span></button>
            <span class={if refused { "calculator__copied calculator__copied--refused" } else { "calculator__copied" }}
                role="status">{ copy_status }</span>
            // Shown when the browser refuses to copy: the link (written in by `show_link`), to copy by hand.
            <input type="text" readonly=true id={LINK_FIELD} class="calculator__link" aria-label={words::LINK_LABEL}
                hidden={!refused} />
            // Folded in the compact card, which keeps to its height.
            { fold_in_compact(compact, words::DOWNLOADS, html! {
            <div class="calculator__downloads">
                { for Format::ALL.into_iter().map(|format| html! {
                    <button type="button" class="calculator__action" onclick={on_download(format)}>
                        { format.action() }<span class="calculator__action-more">{ words::DOWNLOAD_MORE }</span>{ format.name() }
                    </button>
                }) }
            </div>
            }) }
        </div>
    }
}

/// The field that shows the scenario's link when the browser refuses to copy it.
const LINK_FIELD: &str = "calc-link";

/// Writes the link into its field and shows it, selected, for the reader to copy by hand: at
/// once, in the DOM (the render the refusal then causes shows the field too), so that focus
/// moves while the reader's click is still the last thing they did.
fn show_link(href: &str) {
    let field = crate::browser::document().and_then(|d| d.get_element_by_id(LINK_FIELD));
    if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlInputElement>().ok()) {
        field.set_value(href);
        field.set_hidden(false);
        let _ = field.focus();
        field.select();
    }
}

/// The scenario's full address: this page's, with the scenario in its query.
fn scenario_address(scenario: &Scenario) -> Option<String> {
    page_address().map(|page| format!("{page}{}", scenario.to_query(crate::browser::current_query())))
}

const CSV_TYPE: &str = "text/csv;charset=utf-8";
const SVG_TYPE: &str = "image/svg+xml;charset=utf-8";

/// What a reader can take away: the scenario's numbers, and the chart as a picture.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Svg,
    Png,
}

impl Format {
    const ALL: [Format; 3] = [Format::Csv, Format::Svg, Format::Png];

    /// Its button's words: "Download" or "Download chart", then " as", then its name.
    const fn action(self) -> &'static str {
        match self {
            Format::Csv => words::DOWNLOAD,
            Format::Svg | Format::Png => chart_words::DOWNLOAD,
        }
    }

    const fn name(self) -> &'static str {
        match self {
            Format::Csv => words::DOWNLOAD_FORMAT,
            Format::Svg => chart_words::DOWNLOAD_SVG,
            Format::Png => chart_words::DOWNLOAD_PNG,
        }
    }
}

/// Offers the scenario in `format` as a file: the CSV, or the chart with the scenario's full
/// address printed on it.
fn save(format: Format, scenario: &Scenario) {
    let outcome = Outcome::of(scenario);
    if let Format::Csv = format {
        return download(words::DOWNLOAD_FILE, CSV_TYPE, &to_csv(scenario, &outcome));
    }
    let address = scenario_address(scenario).unwrap_or_default();
    let (svg, height) = download_svg(scenario, &outcome, &address);
    match format {
        Format::Png => download_png(&svg, height, [chart_words::DOWNLOAD_FILE, ".png"].concat()),
        _ => download(&[chart_words::DOWNLOAD_FILE, ".svg"].concat(), SVG_TYPE, &svg),
    }
}

/// Offers `content` as a file download, without any request leaving the page.
fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(file_name, &blob);
    }
}

/// Offers a blob as a file download; its address is let go once the download has it.
fn save_blob(file_name: &str, blob: &web_sys::Blob) {
    let Some(document) = crate::browser::document() else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(anchor) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    gloo::timers::callback::Timeout::new(10_000, move || drop(web_sys::Url::revoke_object_url(&url))).forget();
}

/// The chart's SVG drawn at twice its size on a canvas, offered as a PNG: the same drawing,
/// read by the browser from a `data:` address (which both pages' policies allow for images),
/// so it works offline and in the single file.
fn download_png(svg: &str, height: f64, file_name: String) {
    use wasm_bindgen::closure::Closure;
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let drawn = image.clone();
    let on_load = Closure::once_into_js(move || {
        const SCALE: f64 = 2.0;
        let Some(document) = crate::browser::document() else { return };
        let Some(canvas) =
            document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let width = f64::from(DOWNLOAD_WIDTH);
        canvas.set_width((width * SCALE) as u32);
        canvas.set_height((height * SCALE) as u32);
        let context = canvas.get_context("2d").ok().flatten();
        let Some(context) = context.and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()) else {
            return;
        };
        let drawn =
            context.draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, width * SCALE, height * SCALE);
        if drawn.is_err() {
            return;
        }
        let on_blob = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                save_blob(&file_name, &blob);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&format!("data:{SVG_TYPE},{}", String::from(js_sys::encode_uri_component(svg))));
}
