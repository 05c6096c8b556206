use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::reader::{OpenPassage, ReaderAction, ReaderState};
use crate::site::Layout;
use crate::ui::citation;

/// Shows the open passage (inside `region`), and takes it away when it closes or another
/// opens. The passages are prerendered and never re-rendered (see `build::parts`), so this is
/// done in the DOM.
/// - On the full page the passage is marked in its article, with a "Back to where you were"
///   button right after it.
/// - In the embed, which has no articles, the card of the passage's line moves in place: right
///   after the paragraph or figure (at the end of the list item) that cites it, with the passage marked, its link
///   pointed at the passage in the full explainer and focus on the card, until it closes (its
///   Close button, or Escape), when it goes back where it was kept.
#[hook]
pub fn use_open_passage(
    region: NodeRef,
    open: Option<OpenPassage>,
    layout: Layout,
    reader: UseReducerDispatcher<ReaderState>,
) {
    use_effect_with(open, move |open| {
        let shown = open.as_ref().and_then(|open| {
            let region = region.cast::<Element>()?;
            match layout {
                Layout::Full => mark_open(&region, open, reader),
                Layout::Embed => show_card(&region, open, reader),
            }
        });
        move || drop(shown)
    });
}

/// What is showing the open passage; dropping it takes it away.
struct Shown {
    passage: Element,
    /// The card showing the passage, in the embed.
    card: Option<Element>,
    /// The "Back" button added after it, on the full page.
    added: Option<Element>,
    /// Where the card is kept when closed, in the embed.
    home: Option<Element>,
    _listeners: Vec<EventListener>,
}

impl Drop for Shown {
    fn drop(&mut self) {
        if let Some(added) = &self.added {
            added.remove();
        }
        let _ = self.passage.class_list().remove_2("passage--open", "passage-card__passage--open");
        if let (Some(card), Some(home)) = (&self.card, &self.home) {
            let _ = card.class_list().remove_1("passage-card--open");
            let _ = home.append_with_node_1(card);
        }
    }
}

fn mark_open(region: &Element, open: &OpenPassage, reader: UseReducerDispatcher<ReaderState>) -> Option<Shown> {
    let mark = region.query_selector(&format!("#{}", open.citation.anchor())).ok()??;
    let button = mark.owner_document()?.create_element("button").ok()?;
    button.set_attribute("type", "button").ok()?;
    button.set_class_name("passage__return");
    button.set_text_content(Some(citation::BACK));
    let listener = EventListener::new(&button, "click", move |_| reader.dispatch(ReaderAction::Return));
    mark.after_with_node_1(&button).ok()?;
    mark.class_list().add_1("passage--open").ok()?;
    Some(Shown { passage: mark, card: None, added: Some(button), home: None, _listeners: vec![listener] })
}

/// The blocks a card goes after (or, for a list item, at the end of): the smallest one
/// around the citation that can hold it.
const CARD_FOLLOWS: &str = "p, li, figure, table, dl, .calc-field";

fn show_card(region: &Element, open: &OpenPassage, reader: UseReducerDispatcher<ReaderState>) -> Option<Shown> {
    let anchor = open.citation.anchor();
    let passage = region.query_selector(&format!("#{anchor}")).ok()??;
    let card = passage.closest(".passage-card").ok()??;
    let home = card.parent_element()?;
    let document = card.owner_document()?;
    let citation = document.get_element_by_id(&open.return_to)?;
    let block = citation.closest(CARD_FOLLOWS).ok().flatten().unwrap_or(citation);
    // A list item takes the card as its last child (a list holds only items); any other block
    // is followed by it.
    if block.tag_name() == "LI" {
        block.append_with_node_1(&card).ok()?;
    } else {
        block.after_with_node_1(&card).ok()?;
    }
    card.class_list().add_1("passage-card--open").ok()?;
    passage.class_list().add_1("passage-card__passage--open").ok()?;
    if let Some(full) = card.query_selector(".passage-card__full").ok().flatten() {
        let _ = full.set_attribute("href", &format!("./#{anchor}"));
    }
    if let Some(card) = card.dyn_ref::<web_sys::HtmlElement>() {
        let _ = card.focus();
    }
    let mut listeners = Vec::new();
    if let Some(close) = card.query_selector(".passage-card__close").ok().flatten() {
        let reader = reader.clone();
        listeners.push(EventListener::new(&close, "click", move |_| reader.dispatch(ReaderAction::Return)));
    }
    listeners.push(EventListener::new(&document, "keydown", move |event| {
        if event.dyn_ref::<KeyboardEvent>().is_some_and(|key| key.key() == "Escape") {
            reader.dispatch(ReaderAction::Return);
        }
    }));
    Some(Shown { passage, card: Some(card), added: None, home: Some(home), _listeners: listeners })
}
