//! Writing the parts (native prerenderer and tests only).

use std::rc::Rc;

use yew::prelude::*;
use yew::LocalServerRenderer;

use super::layout::{
    DifferencesView, EventTimeline, LinkedText, MoneyChart, QuoteCard, SiteHeader, SourceArticle, StorySummary, WhosWho,
};
use super::{Part, Parts};
use crate::content::{SourceId, Visual, SOURCES, STEPS, STEP_BODIES, STORY};
use crate::{App, AppProps};

/// Every part of the page, in page order.
fn all_parts() -> impl Iterator<Item = Part> {
    let steps = (0..STEPS.len()).flat_map(|index| [Part::StepLead(index), Part::StepQuotes(index)]);
    [Part::Masthead, Part::Summary].into_iter().chain(steps).chain([Part::Reference])
}

/// Each part rendered to HTML (without hydration markers: nothing inside is hydrated).
pub async fn render_parts() -> Parts {
    let mut parts = Vec::new();
    for part in all_parts() {
        let html = LocalServerRenderer::<PartView>::with_props(PartViewProps { part }).hydratable(false).render().await;
        parts.push((part, AttrValue::from(html)));
    }
    Parts(parts)
}

/// The whole app as the prerenderer writes it: default state, every part filled in.
pub async fn render_page() -> String {
    let props = AppProps { parts: Rc::new(render_parts().await), ..AppProps::default() };
    LocalServerRenderer::<App>::with_props(props).render().await
}

#[derive(Properties, PartialEq)]
struct PartViewProps {
    part: Part,
}

#[component]
fn PartView(props: &PartViewProps) -> Html {
    match props.part {
        Part::Masthead => html! { <SiteHeader title={STORY.title} dek={STORY.dek} /> },
        Part::Summary => html! { <StorySummary /> },
        Part::StepLead(index) => {
            let slug = STEPS[index].slug;
            let visual = STEPS[index].visual.and_then(|visual| match visual {
                Visual::Timeline => Some(html! { <EventTimeline /> }),
                Visual::WhosWho => Some(html! { <WhosWho /> }),
                Visual::Money => Some(html! { <MoneyChart /> }),
                // The calculator is interactive: the step places it itself.
                Visual::Calculator => None,
            });
            html! {
                <>
                    <p class="step__narrative"><LinkedText runs={STEP_BODIES[index].narrative} id_prefix={format!("step-{slug}-cite")} /></p>
                    { for visual }
                </>
            }
        }
        Part::StepQuotes(index) => {
            let slug = STEPS[index].slug;
            let claims = STEP_BODIES[index].claims;
            let quotes = claims.iter().enumerate().map(|(index, claim)| {
                html! { <QuoteCard claim={*claim} id_prefix={format!("step-{slug}-quote-{index}")} /> }
            });
            html! {
                if !claims.is_empty() {
                    <div class="step__quotes">{ for quotes }</div>
                }
            }
        }
        Part::Reference => {
            let sources = (0..SOURCES.len()).map(|index| {
                // There are two sources; the index always fits.
                let id = SourceId(index as u8);
                html! { <SourceArticle key={index} source={id} /> }
            });
            html! {
                <>
                    <DifferencesView />
                    <section id="sources" class="sources" aria-labelledby="sources-heading">
                        <h2 id="sources-heading">{ "The two source articles" }</h2>
                        <p class="sources__intro">
                            { "Everything in this explainer comes from these two articles, reproduced in full and unedited. Marked passages are the ones this explainer cites; follow any citation to see its passage highlighted here." }
                        </p>
                        { for sources }
                    </section>
                </>
            }
        }
    }
}
