use yew::prelude::*;

use crate::calculator::ScenarioParse;
use crate::components::{EventTimeline, FundingCalculator, LinkedText, MoneyChart, QuoteCard, WhosWho};
use crate::content::{Visual, STEPS};

#[derive(Properties, PartialEq)]
pub struct StepSectionProps {
    pub index: usize,
    pub is_current: bool,
}

/// One step of the walkthrough: its count, headline, narrative, visual and quote cards.
/// Every step is always in the page (read in order without JavaScript); only the current
/// one shows when the stepper runs, so changing step changes attributes, never structure.
#[component]
pub fn StepSection(props: &StepSectionProps) -> Html {
    let start = use_context::<ScenarioParse>().unwrap_or_else(|| ScenarioParse { scenario: Default::default(), notices: Vec::new(), present: false });
    let step = &STEPS[props.index];
    let slug = step.slug;
    let heading_id = format!("step-{slug}-heading");
    let visual = step.visual.map(|visual| match visual {
        Visual::Timeline => html! { <EventTimeline /> },
        Visual::WhosWho => html! { <WhosWho /> },
        Visual::Money => html! { <MoneyChart /> },
        Visual::Calculator => html! { <FundingCalculator scenario={start.scenario.clone()} notices={start.notices.clone()} /> },
    });
    let quotes = step.claims.iter().enumerate().map(|(index, claim)| {
        html! { <QuoteCard claim={*claim} id_prefix={format!("step-{slug}-quote-{index}")} /> }
    });
    html! {
        <section id={format!("step-{slug}")} class={classes!("step", props.is_current.then_some("step--current"))}
            aria-labelledby={heading_id.clone()}>
            <p class="step__count">{ format!("Step {} of {}", props.index + 1, STEPS.len()) }</p>
            <h3 id={heading_id} class="step__headline" tabindex="-1">{ step.headline }</h3>
            <p class="step__narrative"><LinkedText runs={step.narrative} id_prefix={format!("step-{slug}-cite")} /></p>
            { for visual }
            if !step.claims.is_empty() {
                <div class="step__quotes">{ for quotes }</div>
            }
        </section>
    }
}
