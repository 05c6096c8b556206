use yew::prelude::*;

use crate::browser::is_plain_click;
use crate::content::STEPS;
use crate::ui::walkthrough as words;
use crate::walkthrough::{step_href, WalkAction, WalkthroughHandle};

/// The list of steps: where the reader is, and a way to jump to any step. Each is a link to
/// the step's address and anchor, so it works without JavaScript too.
pub fn step_progress(walk: &WalkthroughHandle) -> Html {
    let current = walk.current;
    let items = STEPS.iter().enumerate().map(|(index, step)| {
        let walk = walk.dispatcher();
        let on_click = Callback::from(move |event: MouseEvent| {
            if !is_plain_click(&event) {
                return;
            }
            event.prevent_default();
            walk.dispatch(WalkAction::Go(index));
        });
        let is_current = index == current;
        html! {
            <li class={classes!("step-progress__item", is_current.then_some("step-progress__item--current"), (index < current).then_some("step-progress__item--done"))}>
                <a href={step_href(step.slug)} aria-current={is_current.then_some("step")} onclick={on_click}>
                    <span class="step-progress__number">{ index + 1 }</span>
                    <span class="step-progress__title">{ step.headline }</span>
                </a>
            </li>
        }
    });
    html! {
        <nav class="step-progress" aria-label={words::PROGRESS_LABEL}>
            <ol class="step-progress__list">{ for items }</ol>
        </nav>
    }
}
