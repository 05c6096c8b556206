//! Writing the parts (native prerenderer and tests only).

use yew::prelude::*;
use yew::LocalServerRenderer;

use super::layout::{
    passage_cards, CorrectionsLog, DifferencesView, EmbedPanel, EventTimeline, LinkedText, MoneyChart, QuoteCard,
    SiteHeader, SourceArticle, StorySummary, WhosWho,
};
use crate::calculator::Scenario;
use crate::components::{FundingCalculator, FundingCalculatorProps};
use crate::content::{CitationId, SourceId, Visual, SOURCES, STEPS, STEP_BODIES, STORY};
use crate::site::Layout;
use crate::takeover::island::{LOAD_STATUS_ID, ROOT_ID};
use crate::takeover::parts::{Part, Parts};
use crate::ui;

/// The parts a page of this layout shows, in page order (the embed's passages apart: they
/// depend on what the rest links to, see `render_passages`).
fn parts_of(layout: Layout) -> Vec<Part> {
    let steps = (0..STEPS.len()).flat_map(|index| [Part::StepLead(index), Part::StepQuotes(index)]);
    match layout {
        Layout::Full => [Part::Masthead, Part::Summary]
            .into_iter()
            .chain(steps)
            .chain([Part::Calculator, Part::Reference, Part::EmbedPanel])
            .collect(),
        Layout::Embed => steps.chain([Part::Calculator]).collect(),
    }
}

/// Each part of a page of this layout rendered to HTML (without Yew's markers: nothing inside
/// is Yew's in the browser), but the embed's passages.
pub async fn render_parts(layout: Layout) -> Parts {
    let mut parts = Vec::new();
    for part in parts_of(layout) {
        parts.push((part, render_part(part, layout).await));
    }
    Parts(parts)
}

/// The embed's passages part: a card for the line of each of these citations, those the rest
/// of the embed links to, so it carries no passage it cannot open.
pub async fn render_passages(linked: Vec<CitationId>) -> AttrValue {
    render_part_with(PartViewProps { part: Part::Passages, linked, compact: true }).await
}

async fn render_part(part: Part, layout: Layout) -> AttrValue {
    let compact = layout == Layout::Embed;
    if part == Part::Calculator {
        return render_calculator(compact).await;
    }
    render_part_with(PartViewProps { part, linked: Vec::new(), compact }).await
}

/// The calculator at its default scenario, inside the island's root element, which its module
/// replaces with the live one (`src/bin/calculator.rs`, `adopt::Handover`); and before it, the loader's live region, empty.
async fn render_calculator(compact: bool) -> AttrValue {
    let props = FundingCalculatorProps { scenario: Scenario::default(), notices: Vec::new(), compact };
    let calculator = LocalServerRenderer::<FundingCalculator>::with_props(props).hydratable(false).render().await;
    format!(
        r#"<p id="{LOAD_STATUS_ID}" class="calculator-load-status" role="status"></p><div id="{ROOT_ID}" class="calculator-island">{calculator}</div>"#
    )
    .into()
}

async fn render_part_with(props: PartViewProps) -> AttrValue {
    LocalServerRenderer::<PartView>::with_props(props).hydratable(false).render().await.into()
}

#[derive(Properties, PartialEq)]
struct PartViewProps {
    part: Part,
    /// For the passages part: the citations to give a card.
    linked: Vec<CitationId>,
    /// Laid out for the embed's card.
    compact: bool,
}

#[component]
fn PartView(props: &PartViewProps) -> Html {
    match props.part {
        Part::EmbedPanel => html! { <EmbedPanel /> },
        // Rendered by `render_calculator`, for its own module to replace.
        Part::Calculator => Html::default(),
        Part::Passages => html! {
            <div class="passage-cards">
                { passage_cards(props.linked.iter().copied()) }
            </div>
        },
        Part::Masthead => html! { <SiteHeader title={STORY.title} dek={STORY.dek} /> },
        Part::Summary => html! { <StorySummary /> },
        Part::StepLead(index) => {
            let slug = STEPS[index].slug;
            let visual = STEPS[index].visual.and_then(|visual| match visual {
                Visual::Timeline => Some(html! { <EventTimeline compact={props.compact} /> }),
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
                let speakers = claim.claim().speakers;
                let introduced = claims[..index]
                    .iter()
                    .any(|earlier| earlier.claim().quote.is_some() && earlier.claim().speakers == speakers);
                html! { <QuoteCard claim={*claim} id_prefix={format!("step-{slug}-quote-{index}")} {introduced} /> }
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
                    // The corrections close the explainer's own text, before the articles it
                    // reproduces: an address with #corrections lands above the articles, which
                    // the browser may leave at an estimated height (styles/layout.css).
                    <CorrectionsLog />
                    <section id="sources" class="sources" aria-labelledby="sources-heading">
                        <h2 id="sources-heading">{ ui::sources::HEADING }</h2>
                        <p class="sources__intro">{ ui::sources::INTRO }</p>
                        { for sources }
                    </section>
                </>
            }
        }
    }
}
