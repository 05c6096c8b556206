use web_sys::Element;
use yew::prelude::*;

use crate::hooks::use_adopted_page;

/// Takes over the prerendered page: returns the reference for the app's `<main>`, and once the
/// app is rendered off the page, puts it in `prerendered`'s place (`use_adopted_page`). Called
/// first, so that every other hook's effects run on the page the reader sees.
#[hook]
pub fn use_taken_over_page(prerendered: Option<Element>) -> NodeRef {
    let main = use_node_ref();
    use_adopted_page(prerendered, main.clone());
    main
}
