use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::TouchEvent;
use yew::prelude::*;

use super::use_mount;

use crate::walkthrough::{WalkAction, WalkthroughHandle};

/// Least horizontal travel, in CSS pixels, for a swipe to count.
const SWIPE_PX: i32 = 60;

/// Swiping left or right across `target` moves to the next or previous step; mostly vertical
/// movement (scrolling) is left alone, and so is a swipe that starts on an element marked
/// `data-swipe="off"`, which takes sideways drags itself.
#[hook]
pub fn use_swipe(target: NodeRef, walk: WalkthroughHandle) {
    use_mount(Box::new(move || {
        let start = std::rc::Rc::new(std::cell::Cell::new(None::<(i32, i32)>));
        let listeners = target.get().map(|element| {
            // gloo's listeners are passive by default: scrolling is never held up.
            let on_start = {
                let start = start.clone();
                EventListener::new(&element, "touchstart", move |event| {
                    // Not from something that takes sideways drags itself (the chart's years).
                    let own = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    let held = own.is_some_and(|e| e.closest("[data-swipe=off]").ok().flatten().is_some());
                    start.set(if held { None } else { first_touch(event, false) });
                })
            };
            let on_end = EventListener::new(&element, "touchend", move |event| {
                let (Some((x0, y0)), Some((x1, y1))) = (start.take(), first_touch(event, true)) else { return };
                let (dx, dy) = (x1 - x0, y1 - y0);
                if dx.abs() >= SWIPE_PX && dx.abs() > 2 * dy.abs() {
                    walk.dispatch(if dx < 0 { WalkAction::Next } else { WalkAction::Previous });
                }
            });
            (on_start, on_end)
        });
        Box::new(listeners)
    }));
}

fn first_touch(event: &web_sys::Event, changed: bool) -> Option<(i32, i32)> {
    let event = event.dyn_ref::<TouchEvent>()?;
    let touches = if changed { event.changed_touches() } else { event.touches() };
    let touch = touches.get(0)?;
    Some((touch.client_x(), touch.client_y()))
}
