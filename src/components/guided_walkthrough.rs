use yew::prelude::*;

use crate::components::{StepNav, StepProgress, StepSection};
use crate::content::STEPS;
use crate::hooks::use_swipe;
use crate::walkthrough::{Arrival, WalkthroughContext};

/// The guided walkthrough: the steps, the progress list, Previous and Next, a notice for a
/// bad address, and a polite live region that says where a move landed.
#[component]
pub fn GuidedWalkthrough() -> Html {
    let walk = use_context::<WalkthroughContext>().expect("GuidedWalkthrough is rendered inside the App");
    let region = use_node_ref();
    use_swipe(region.clone(), walk.clone());
    let announcement = if walk.arrival == Arrival::Opened { String::new() } else { walk.announcement() };
    let notice = walk.notice.clone().unwrap_or_default();
    html! {
        <section class="walkthrough" aria-labelledby="walkthrough-heading">
            <h2 id="walkthrough-heading" class="walkthrough__heading">{ format!("The story in {} steps", STEPS.len()) }</h2>
            <p class="walkthrough__notice" role="status">{ notice }</p>
            <StepProgress />
            <div class="walkthrough__steps" ref={region}>
                { for (0..STEPS.len()).map(|index| html! { <StepSection key={index} {index} is_current={index == walk.current} /> }) }
            </div>
            <StepNav />
            <p class="walkthrough__live visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
    }
}
