use web_sys::Element;
use yew::prelude::*;

use super::use_mount;
use crate::takeover::adopt::adopt;

/// Where the app was rendered off the page (see `adopt`): once it is, puts the prerendered
/// page's parts in it and it in the prerendered page's place. Called before every other hook
/// with an effect, so theirs run on the page the reader sees. `main` is the app's `<main>`,
/// whose parent is the element the app renders into. If the two pages do not match, the
/// prerendered one stays, readable as without JavaScript, and the console says why.
#[hook]
pub fn use_adopted_page(prerendered: Option<Element>, main: NodeRef) {
    use_mount(Box::new(move || {
        let rendered = main.cast::<Element>().and_then(|main| main.parent_element());
        if let (Some(prerendered), Some(rendered)) = (prerendered, rendered) {
            if let Err(error) = adopt(&prerendered, &rendered) {
                web_sys::console::error_1(&error.message().into());
            }
        }
        Box::new(())
    }));
}
