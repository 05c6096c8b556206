use yew::prelude::*;

use crate::hooks::{use_citation_links, use_focus_request, use_open_passage};
use crate::reader::{ReaderAction, ReaderState};
use crate::site::Layout;

/// The reader's citations inside `region` (the app's `<main>`): a click on one opens its
/// passage, shown as `layout` shows passages, with focus on it; closing it returns focus to the
/// citation. A move to another step (`moves` changes) closes the passage: it belongs to the
/// step the reader left.
#[hook]
pub fn use_citations(region: NodeRef, moves: u32, layout: Layout) {
    let reader = use_reducer(ReaderState::default);
    use_citation_links(region.clone(), reader.dispatcher());
    // Before focus moves to the passage: in the embed, the passage shows only once opened.
    use_open_passage(region, reader.open_passage.clone(), layout, reader.dispatcher());
    use_focus_request(reader.focus.clone());
    let reader = reader.dispatcher();
    use_effect_with(moves, move |_| reader.dispatch(ReaderAction::Close));
}
