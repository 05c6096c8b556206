//! The contract between the prerendered page and the walkthrough's module: the parts of the
//! page that never change once written (the masthead, the summary, each step's text, pictures
//! and quotes, the differences and the two articles, the calculator's prerendered island),
//! named here so that the app can place them and the prerenderer fill them without either
//! importing the other.
//!
//! The prerenderer writes each part as plain HTML inside a raw-HTML node, between two marker
//! comments (`OPEN` and `CLOSE`). In the browser the same node is the opening marker alone: the
//! walkthrough's module renders the app afresh, off the page, and then moves each prerendered
//! part's nodes, as they stand, after its marker (`adopt`). So the content's text, and the code
//! that lays it out, stay out of the WebAssembly, and an unchanged raw node is never touched
//! again. What the reader does inside these parts is handled without re-rendering them: one
//! click listener follows citations (`hooks::use_citation_links`), the open passage is marked
//! in the DOM (`hooks::use_open_passage`), and the "Embed this" panel's controls are found by
//! the names in `embed_panel` (`hooks::use_embed_panel`).

use std::rc::Rc;

use yew::prelude::*;

pub mod embed_panel;

/// A part of the page written once by the prerenderer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Masthead,
    Summary,
    /// A step's narrative and its picture, unless the picture is the calculator.
    StepLead(usize),
    /// A step's quote cards (none for some steps).
    StepQuotes(usize),
    /// The differences between the sources, the corrections log, and the two articles.
    Reference,
    /// In the embed, the cited passages its citations open in place.
    Passages,
    /// On the full page, the "Embed this" panel (its elements' names: `embed_panel`).
    EmbedPanel,
    /// The calculator in its island's root, which its own module replaces with the live one (see
    /// `island`); the walkthrough's adopts it as it stands.
    Calculator,
}

/// The text of the comment that opens each part (one spelling for the constant and the marker).
macro_rules! open {
    () => {
        "part"
    };
}

/// The text of the comment that opens each part, and of the one that closes it.
pub const OPEN: &str = open!();
pub const CLOSE: &str = "/part";

/// Each part's HTML: filled by the prerenderer, empty in the browser.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Parts(pub Vec<(Part, AttrValue)>);

/// The parts, as the app receives them (a prop: cheap to compare and to clone).
pub type SharedParts = Rc<Parts>;

impl Parts {
    /// The part as a raw-HTML node: its prerendered HTML between the two markers, or, in the
    /// browser, the opening marker alone, after which `adopt` puts the prerendered nodes.
    pub fn html(&self, part: Part) -> Html {
        let html = match self.0.iter().find(|(p, _)| *p == part) {
            Some((_, html)) => AttrValue::from(format!("<!--{OPEN}-->{html}<!--{CLOSE}-->")),
            None => AttrValue::Static(concat!("<!--", open!(), "-->")),
        };
        Html::from_html_unchecked(html)
    }
}
