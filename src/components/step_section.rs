use yew::prelude::*;

use crate::calculator::ScenarioParse;
use crate::components::FundingCalculator;
use crate::content::{Visual, STEPS};
use crate::prerendered::{Part, PartsContext};

#[derive(Properties, PartialEq)]
pub struct StepSectionProps {
    pub index: usize,
    pub is_current: bool,
}

/// One step of the walkthrough: its count, headline, narrative, picture and quote cards.
/// Every step is always in the page (read in order without JavaScript); only the current
/// one shows when the stepper runs, so changing step changes attributes, never structure.
/// The narrative, picture and quotes are prerendered parts; the calculator is live.
#[component]
pub fn StepSection(props: &StepSectionProps) -> Html {
    let parts = use_context::<PartsContext>().unwrap_or_default();
    let start = use_context::<ScenarioParse>();
    let index = props.index;
    let step = &STEPS[index];
    let slug = step.slug;
    let heading_id = format!("step-{slug}-heading");
    let calculator = (step.visual == Some(Visual::Calculator)).then(|| {
        let start = start.unwrap_or_else(|| ScenarioParse { scenario: Default::default(), notices: Vec::new(), present: false });
        html! { <FundingCalculator scenario={start.scenario} notices={start.notices} /> }
    });
    html! {
        <section id={format!("step-{slug}")} class={classes!("step", props.is_current.then_some("step--current"))}
            aria-labelledby={heading_id.clone()}>
            <p class="step__count">{ format!("Step {} of {}", index + 1, STEPS.len()) }</p>
            <h3 id={heading_id} class="step__headline" tabindex="-1">{ step.headline }</h3>
            { parts.html(Part::StepLead(index)) }
            { for calculator }
            { parts.html(Part::StepQuotes(index)) }
        </section>
    }
}
