//! What the reader is doing with citations: which cited passage is open, and where keyboard
//! focus should go next. A reducer that `hooks::use_citations` holds and hands to the hooks
//! that open passages and move focus (their dispatchers).

use std::rc::Rc;

use yew::prelude::*;

use crate::content::CitationId;

/// The passage the reader jumped to, and the link to return to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPassage {
    pub citation: CitationId,
    /// Element id of the citation link that opened it.
    pub return_to: AttrValue,
}

/// A request to move keyboard focus to an element. `serial` changes with every request, so
/// asking twice for the same element still moves focus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FocusRequest {
    pub element_id: Option<AttrValue>,
    pub serial: u32,
}

/// The reader's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReaderState {
    pub open_passage: Option<OpenPassage>,
    pub focus: FocusRequest,
}

/// What the reader can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderAction {
    /// Follow a citation link to its passage.
    OpenCitation { citation: CitationId, return_to: AttrValue },
    /// Go back to the link the open passage was reached from.
    Return,
    /// Close the open passage, leaving focus where it is (the reader moved on).
    Close,
}

impl ReaderState {
    fn focusing(&self, element_id: AttrValue) -> FocusRequest {
        FocusRequest { element_id: Some(element_id), serial: self.focus.serial.wrapping_add(1) }
    }
}

impl Reducible for ReaderState {
    type Action = ReaderAction;

    fn reduce(self: Rc<Self>, action: ReaderAction) -> Rc<Self> {
        match action {
            ReaderAction::OpenCitation { citation, return_to } => Rc::new(ReaderState {
                focus: self.focusing(citation.anchor().into()),
                open_passage: Some(OpenPassage { citation, return_to }),
            }),
            ReaderAction::Return => match &self.open_passage {
                Some(open) => Rc::new(ReaderState { focus: self.focusing(open.return_to.clone()), open_passage: None }),
                None => self,
            },
            ReaderAction::Close if self.open_passage.is_some() => {
                Rc::new(ReaderState { open_passage: None, focus: self.focus.clone() })
            }
            ReaderAction::Close => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(state: Rc<ReaderState>, citation: u16) -> Rc<ReaderState> {
        state.reduce(ReaderAction::OpenCitation {
            citation: CitationId(citation),
            return_to: AttrValue::from(format!("link-{citation}")),
        })
    }

    #[test]
    fn opening_a_citation_focuses_its_passage() {
        let state = open(Rc::default(), 0);
        assert_eq!(state.open_passage.as_ref().map(|o| o.citation), Some(CitationId(0)));
        assert_eq!(state.focus.element_id.as_deref(), Some(CitationId(0).anchor().as_str()));
    }

    #[test]
    fn returning_focuses_the_link_and_closes_the_passage() {
        let state = open(Rc::default(), 1).reduce(ReaderAction::Return);
        assert_eq!(state.open_passage, None);
        assert_eq!(state.focus.element_id.as_deref(), Some("link-1"));
    }

    #[test]
    fn opening_the_same_citation_twice_asks_for_focus_again() {
        let first = open(Rc::default(), 0);
        let second = open(first.clone(), 0);
        assert_ne!(first.focus, second.focus);
    }

    #[test]
    fn closing_leaves_focus_alone() {
        let opened = open(Rc::default(), 2);
        let closed = opened.clone().reduce(ReaderAction::Close);
        assert_eq!((closed.open_passage.as_ref(), &closed.focus), (None, &opened.focus));
        assert!(Rc::ptr_eq(&closed, &closed.clone().reduce(ReaderAction::Close)));
    }

    #[test]
    fn returning_with_nothing_open_changes_nothing() {
        let state: Rc<ReaderState> = Rc::default();
        assert!(Rc::ptr_eq(&state, &state.clone().reduce(ReaderAction::Return)));
    }
}
