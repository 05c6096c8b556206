//! The app's prerendered HTML (written by `prerender --app-html`, which `make test-browser`
//! runs first) in a fresh element in headless Chromium, brought to life there as the browser
//! does it (`app::start`: rendered off the page, then in the prerendered page's place), and driven by real DOM events. Run with `make test-browser` (wasm-bindgen-test-runner
//! and Debian's chromedriver).
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use stargate_explainer::app::start;
use stargate_explainer::content::{Inline, STORY};
use stargate_explainer::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// The app as the prerenderer writes it.
const PRERENDERED: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/target/browser-fixture/app.html"));

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A live app in an element of its own. Dropping it ends the app (its listeners and
/// timers go with it) and removes the element, so no test sees another's app.
struct Mounted {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;

    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Writes the prerendered page into a new element of its own, starts the app on it and waits
/// for the first render's effects, which put the app in the prerendered page's place.
async fn mount_app() -> Mounted {
    let root = document().create_element("div").unwrap();
    root.set_inner_html(PRERENDERED);
    document().body().unwrap().append_child(&root).unwrap();
    let (app, root) = start(root, AppProps::default());
    yew::scheduler::flush().await;
    Mounted { root, app: Some(app) }
}

fn active_id() -> String {
    document().active_element().map(|e| e.id()).unwrap_or_default()
}

fn has_class(element: &Element, class: &str) -> bool {
    element.get_attribute("class").unwrap_or_default().split_whitespace().any(|c| c == class)
}

fn first_citation_link(root: &Element) -> HtmlElement {
    root.query_selector("a.citation-link").unwrap().unwrap().dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn renders_the_title_summary_and_both_articles() {
    let root = mount_app().await;
    let text = root.text_content().unwrap();
    assert!(text.contains(STORY.title));
    let first_run = STORY.summary.iter().find_map(|run| match run {
        Inline::Text(text) => Some(*text),
        Inline::Cited { .. } => None,
    });
    assert!(text.contains(first_run.unwrap()));
    assert_eq!(root.query_selector_all("article.source-article").unwrap().length(), 2);
}

#[wasm_bindgen_test]
async fn a_citation_opens_its_passage_and_the_way_back_returns() {
    let root = mount_app().await;
    let link = first_citation_link(&root);
    let link_id = link.id();
    let passage_id = link.get_attribute("href").unwrap().trim_start_matches('#').to_owned();

    link.click();
    yew::scheduler::flush().await;
    let passage = document().get_element_by_id(&passage_id).unwrap();
    assert!(has_class(&passage, "passage--open"), "the passage is highlighted");
    assert_eq!(active_id(), passage_id, "focus moves to the passage");

    let back: HtmlElement = root.query_selector(".passage__return").unwrap().unwrap().dyn_into().unwrap();
    back.click();
    yew::scheduler::flush().await;
    assert!(!has_class(&passage, "passage--open"), "the highlight is cleared");
    assert!(root.query_selector(".passage__return").unwrap().is_none(), "the way back is gone");
    assert_eq!(active_id(), link_id, "focus returns to the link");
}

#[wasm_bindgen_test]
async fn following_another_citation_moves_the_highlight() {
    let root = mount_app().await;
    let links = root.query_selector_all("a.citation-link").unwrap();
    let second: HtmlElement = links.item(1).unwrap().dyn_into().unwrap();
    first_citation_link(&root).click();
    yew::scheduler::flush().await;
    second.click();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".passage--open").unwrap().length(), 1);
    let target = second.get_attribute("href").unwrap();
    assert_eq!(format!("#{}", active_id()), target);
}

#[wasm_bindgen_test]
async fn a_difference_side_opens_its_passage_in_the_source() {
    let root = mount_app().await;
    let link: HtmlElement = root.query_selector("#differences a.citation-link").unwrap().unwrap().dyn_into().unwrap();
    let passage_id = link.get_attribute("href").unwrap().trim_start_matches('#').to_owned();
    link.click();
    yew::scheduler::flush().await;
    let passage = document().get_element_by_id(&passage_id).unwrap();
    assert!(has_class(&passage, "passage--open"));
    assert!(passage.closest("article.source-article").unwrap().is_some(), "the passage is in a source article");
    assert_eq!(active_id(), passage_id);
}

#[wasm_bindgen_test]
async fn next_and_previous_move_the_current_step_and_focus_its_heading() {
    use stargate_explainer::content::STEPS;
    let root = mount_app().await;
    let current = || root.query_selector(".step--current").unwrap().unwrap().id();
    assert_eq!(current(), format!("step-{}", STEPS[0].slug));
    let next: HtmlElement = root.query_selector(".step-nav__button--next").unwrap().unwrap().dyn_into().unwrap();
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(current(), format!("step-{}", STEPS[1].slug));
    assert_eq!(active_id(), format!("step-{}-heading", STEPS[1].slug));
    let previous: HtmlElement =
        root.query_selector(".step-nav__button--previous").unwrap().unwrap().dyn_into().unwrap();
    previous.click();
    yew::scheduler::flush().await;
    assert_eq!(current(), format!("step-{}", STEPS[0].slug));
    assert!(previous.has_attribute("disabled"), "no step before the first");
}

#[wasm_bindgen_test]
async fn the_app_takes_the_prerendered_pages_place_keeping_its_parts_nodes() {
    let root = document().create_element("div").unwrap();
    root.set_attribute("data-layout", "full").unwrap();
    root.set_inner_html(PRERENDERED);
    document().body().unwrap().append_child(&root).unwrap();
    let article = root.query_selector("article.source-article").unwrap().unwrap();
    let mounted = {
        let (app, live) = start(root.clone(), AppProps::default());
        yew::scheduler::flush().await;
        Mounted { root: live, app: Some(app) }
    };
    assert!(!root.is_connected(), "the prerendered page has left");
    assert!(mounted.is_connected());
    assert_eq!(mounted.get_attribute("data-layout").as_deref(), Some("full"), "with its attributes");
    let moved = mounted.query_selector("article.source-article").unwrap().unwrap();
    assert!(moved == article, "a part's nodes are the prerendered ones, moved");
    assert_eq!(mounted.text_content(), root_text_of(PRERENDERED));
}

#[wasm_bindgen_test]
async fn a_prerendered_page_that_does_not_match_the_app_stays_as_it_is() {
    // One part fewer than the app has places for.
    let broken = PRERENDERED.replacen("<!--part-->", "", 1).replacen("<!--/part-->", "", 1);
    let root = document().create_element("div").unwrap();
    root.set_inner_html(&broken);
    document().body().unwrap().append_child(&root).unwrap();
    let before = root.inner_html();
    let (app, rendered) = start(root.clone(), AppProps::default());
    yew::scheduler::flush().await;
    assert!(root.is_connected(), "the prerendered page stays, readable as without JavaScript");
    assert!(!rendered.is_connected(), "the app rendered off the page is not shown");
    assert_eq!(root.inner_html(), before, "and is untouched");
    app.destroy();
    root.remove();
}

/// The text of `html` as a page shows it (`textContent`).
fn root_text_of(html: &str) -> Option<String> {
    let element = document().create_element("div").unwrap();
    element.set_inner_html(html);
    element.text_content()
}

mod address {
    use stargate_explainer::query::{PageQuery, Param};
    use wasm_bindgen_test::*;

    include!("support/query_cases.rs");

    /// The browser's codec (URLSearchParams) reads and writes the address as the native one does.
    #[wasm_bindgen_test]
    fn reads_and_writes_as_the_native_codec_does() {
        check_codec_cases();
    }
}
