//! How the walkthrough's module takes over the prerendered page without Yew's hydration code
//! (a sixth of what the module would weigh with it, gzip): the app renders afresh into an element off
//! the page, where each prerendered part is only its opening marker (`parts`); then, first
//! thing after that render (`hooks::use_adopted_page`), `adopt` moves each part's prerendered
//! nodes after its marker, as they stand, in the prerendered page's place. All in one task:
//! nothing is drawn in between, so nothing shifts or flashes; nothing the
//! reader did inside a part is lost (a passage opened, the calculator already live, a typed
//! value); and focus stays where it was. The calculator's module takes the prerendered
//! calculator's place in a like way (`Handover`).

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, FocusOptions, HtmlElement, HtmlInputElement, Node};

use crate::browser::document;
use crate::takeover::parts::{CLOSE, OPEN};

/// Why the prerendered page was not adopted. It then stays as it is, readable as without
/// JavaScript, and the app rendered off the page is never shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdoptError {
    /// The two have different numbers of parts: they were not built from the same app.
    PartsDiffer,
    /// A prerendered part has no closing marker.
    Unclosed,
    /// The browser refused to move a node.
    Refused,
}

impl AdoptError {
    /// What went wrong, for the console.
    pub fn message(self) -> &'static str {
        match self {
            AdoptError::PartsDiffer => {
                "The prerendered page and the app have different parts: the page stays as prerendered."
            }
            AdoptError::Unclosed => "A prerendered part has no closing marker: the page stays as prerendered.",
            AdoptError::Refused => "The browser refused to move the prerendered parts.",
        }
    }
}

/// Moves each part of `prerendered` (the page as the prerenderer wrote it) after its marker in
/// `rendered` (the app as the browser rendered it, off the page), gives `rendered` the
/// prerendered element's attributes (its id, its layout), and puts it in that element's place.
pub fn adopt(prerendered: &Element, rendered: &Element) -> Result<(), AdoptError> {
    let parts = markers(prerendered, true)?;
    let places = markers(rendered, false)?;
    if parts.len() != places.len() {
        return Err(AdoptError::PartsDiffer);
    }
    let focus = Focus::within(prerendered);
    for name in prerendered.get_attribute_names().iter().filter_map(|name| name.as_string()) {
        if let Some(value) = prerendered.get_attribute(&name) {
            rendered.set_attribute(&name, &value).map_err(|_| AdoptError::Refused)?;
        }
    }
    // The prerendered page leaves in one step, and its parts are then moved from it, off the
    // page, into the page. Moved out of the page one by one instead, they left the page short
    // for a moment, and Chromium now and then scrolled the reader back to the top.
    prerendered.replace_with_with_node_1(rendered).map_err(|_| AdoptError::Refused)?;
    for ((_, nodes), (place, _)) in parts.into_iter().zip(places) {
        let parent = place.parent_node().ok_or(AdoptError::Refused)?;
        let after = place.next_sibling();
        for node in nodes {
            parent.insert_before(&node, after.as_ref()).map_err(|_| AdoptError::Refused)?;
        }
    }
    if let Some(focus) = focus {
        focus.restore(rendered);
    }
    Ok(())
}

fn is_comment(node: &Node, text: &str) -> bool {
    node.node_type() == Node::COMMENT_NODE && node.node_value().as_deref() == Some(text)
}

/// The opening markers under `root`, in page order, each with the nodes of its part up to its
/// closing marker where the parts are `closed` (the prerendered page: their insides are not
/// searched, none of them being a marker), or with none (the browser's rendering).
fn markers(root: &Node, closed: bool) -> Result<Vec<(Node, Vec<Node>)>, AdoptError> {
    let mut found = Vec::new();
    let mut next = root.first_child();
    while let Some(node) = next {
        next = node.next_sibling();
        if is_comment(&node, OPEN) {
            let mut nodes = Vec::new();
            if closed {
                loop {
                    let part = next.take().ok_or(AdoptError::Unclosed)?;
                    next = part.next_sibling();
                    if is_comment(&part, CLOSE) {
                        break;
                    }
                    nodes.push(part);
                }
            }
            found.push((node, nodes));
        } else if node.node_type() == Node::ELEMENT_NODE {
            found.extend(markers(&node, closed)?);
        }
    }
    Ok(found)
}

/// The element that had focus inside a prerendered root (the page, or the calculator), and its
/// place there: the element children to take, one level at a time, to reach it. A part's
/// element keeps focus as it moves; a rendered element is new, and the same place in the
/// rendered root finds the one that takes it.
struct Focus {
    element: Element,
    path: Vec<u32>,
}

impl Focus {
    fn within(root: &Element) -> Option<Focus> {
        let element = document()?.active_element()?;
        if element == *root || !root.contains(Some(&element)) {
            return None;
        }
        let mut path = Vec::new();
        let mut at = element.clone();
        while at != *root {
            let mut index = 0;
            let mut before = at.previous_element_sibling();
            while let Some(sibling) = before {
                index += 1;
                before = sibling.previous_element_sibling();
            }
            path.push(index);
            at = at.parent_element()?;
        }
        path.reverse();
        Some(Focus { element, path })
    }

    fn restore(self, root: &Element) {
        let target = if self.element.is_connected() {
            Some(self.element)
        } else {
            self.path.iter().try_fold(root.clone(), |at, &index| {
                (0..index).try_fold(at.first_element_child()?, |child, _| child.next_element_sibling())
            })
        };
        if let Some(target) = target.and_then(|target| target.dyn_into::<HtmlElement>().ok()) {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = target.focus_with_options(&options);
        }
    }
}

/// The calculator's side (`chunks::mount`): its chunk renders the live calculator into
/// a root of its own that takes the prerendered root's place first, empty, in the same task as
/// that render (Yew's first pass runs in a microtask `render` queues, and renders every
/// component before it may yield), so nothing is drawn in between. What the reader did in the
/// prerendered calculator meanwhile is noted before it goes, and given to the live one once it
/// is rendered: each changed input's value, replayed as an input (so the calculator takes it),
/// and focus, at the same place (as `adopt` keeps it).
pub struct Handover {
    focus: Option<Focus>,
    edited: Vec<(String, String)>,
}

impl Handover {
    /// Notes focus and the changed inputs in `prerendered`, and puts `live` in its place; `None`
    /// (and the prerendered calculator stays) where the browser refuses.
    pub fn take_place(prerendered: &Element, live: &Element) -> Option<Handover> {
        let handover = Handover { focus: Focus::within(prerendered), edited: edited_inputs(prerendered) };
        prerendered.replace_with_with_node_1(live).ok()?;
        Some(handover)
    }

    /// Gives `live`, now rendered, what the reader did in the prerendered calculator.
    pub fn complete(self, live: &Element) {
        // Focus first, while the live calculator is just as the prerendered one was laid out.
        if let Some(focus) = self.focus {
            focus.restore(live);
        }
        let Some(document) = document() else { return };
        for (id, value) in self.edited {
            let Some(input) = document.get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            else {
                continue;
            };
            input.set_value(&value);
            // Bubbling, as a typed input's does: Yew listens at the root.
            let init = EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = Event::new_with_event_init_dict("input", &init) {
                let _ = input.dispatch_event(&event);
            }
        }
    }
}

/// The prerendered inputs whose value the reader changed: their ids and values.
fn edited_inputs(root: &Element) -> Vec<(String, String)> {
    let Ok(inputs) = root.query_selector_all("input[id]") else { return Vec::new() };
    (0..inputs.length())
        .filter_map(|index| inputs.item(index)?.dyn_into::<HtmlInputElement>().ok())
        .filter(|input| input.value() != input.default_value())
        .map(|input| (input.id(), input.value()))
        .collect()
}
