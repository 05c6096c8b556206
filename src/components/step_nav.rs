use yew::prelude::*;

use crate::content::STEPS;
use crate::ui::walkthrough as words;
use crate::walkthrough::{WalkAction, WalkthroughHandle};

/// Previous and Next, with where the reader is between them. Only shown when the stepper
/// runs (the steps read in order without JavaScript).
pub fn step_nav(walk: &WalkthroughHandle) -> Html {
    let current = walk.current;
    let last = STEPS.len() - 1;
    let button = |action: WalkAction| {
        let walk = walk.dispatcher();
        Callback::from(move |_: MouseEvent| walk.dispatch(action.clone()))
    };
    let next_title = STEPS.get(current + 1).map_or("", |step| step.headline);
    html! {
        <div class="step-nav">
            <button type="button" class="step-nav__button step-nav__button--previous" disabled={current == 0}
                onclick={button(WalkAction::Previous)}>
                <span aria-hidden="true">{ "← " }</span>{ words::PREVIOUS }
            </button>
            <p class="step-nav__position">{ format!("{} / {}", current + 1, STEPS.len()) }</p>
            <button type="button" class="step-nav__button step-nav__button--next" disabled={current == last}
                onclick={button(WalkAction::Next)}>
                { words::NEXT }<span class="step-nav__next-title">{ if next_title.is_empty() { String::new() } else { format!(": {next_title}") } }</span>
                <span aria-hidden="true">{ " →" }</span>
            </button>
        </div>
    }
}
