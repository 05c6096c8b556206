use yew::prelude::*;

use crate::hooks::{use_step_focus, use_step_keys, use_swipe};
use crate::walkthrough::WalkthroughHandle;

/// The reader's ways between steps besides the buttons and links: the arrow keys, Home and End
/// anywhere on the page, and swipes across the steps, whose element takes the returned
/// reference; after each move, focus goes to the new step's heading.
#[hook]
pub fn use_step_navigation(walk: &WalkthroughHandle) -> NodeRef {
    let steps = use_node_ref();
    use_swipe(steps.clone(), walk.clone());
    use_step_keys(walk.clone());
    use_step_focus(walk.clone());
    steps
}
