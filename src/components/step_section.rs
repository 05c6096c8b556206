use yew::prelude::*;

use crate::content::{Visual, STEPS};
use crate::takeover::parts::{Part, Parts};
use crate::ui::walkthrough::StepCount;

/// One step of the walkthrough: its count, headline, narrative, picture and quote cards.
/// Every step is always in the page (read in order without JavaScript); only the current
/// one shows when the stepper runs, so changing step changes attributes, never structure.
/// The narrative, picture and quotes are prerendered parts, and so is the calculator, which
/// its own module replaces with the live one (see `island`).
pub fn step_section(index: usize, is_current: bool, parts: &Parts) -> Html {
    let step = &STEPS[index];
    let slug = step.slug;
    let heading_id = format!("step-{slug}-heading");
    let calculator = (step.visual == Some(Visual::Calculator)).then(|| parts.html(Part::Calculator));
    html! {
        <section id={format!("step-{slug}")} class={classes!("step", is_current.then_some("step--current"))}
            aria-labelledby={heading_id.clone()}>
            <p class="step__count">{ StepCount { number: &(index + 1).to_string(), total: &STEPS.len().to_string() }.text() }</p>
            <h3 id={heading_id} class="step__headline" tabindex="-1">{ step.headline }</h3>
            { parts.html(Part::StepLead(index)) }
            { for calculator }
            { parts.html(Part::StepQuotes(index)) }
        </section>
    }
}
