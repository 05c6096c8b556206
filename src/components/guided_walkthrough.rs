use yew::prelude::*;

use crate::components::{step_nav, step_progress, step_section};
use crate::content::STEPS;
use crate::takeover::parts::Parts;
use crate::ui::walkthrough::Heading;
use crate::walkthrough::{Arrival, WalkthroughHandle};

/// The guided walkthrough: the steps, the progress list, Previous and Next, a notice for a
/// bad address, and a polite live region that says where a move landed. `steps` is the
/// element that takes swipes (see `hooks::use_swipe`).
pub fn guided_walkthrough(walk: &WalkthroughHandle, parts: &Parts, steps: NodeRef) -> Html {
    let announcement = if walk.arrival == Arrival::Opened { String::new() } else { walk.announcement() };
    let notice = walk.notice.clone().unwrap_or_default();
    html! {
        <section class="walkthrough" aria-labelledby="walkthrough-heading">
            <h2 id="walkthrough-heading" class="walkthrough__heading">{ Heading { count: STEPS.len() as u32 }.text() }</h2>
            <p class="walkthrough__notice" role="status">{ notice }</p>
            { step_progress(walk) }
            <div class="walkthrough__steps" ref={steps}>
                { for (0..STEPS.len()).map(|index| step_section(index, index == walk.current, parts)) }
            </div>
            { step_nav(walk) }
            <p class="walkthrough__live visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
    }
}
