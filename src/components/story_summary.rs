use yew::prelude::*;

use crate::components::CitationLink;
use crate::content::{Inline, STORY};

/// The one-paragraph summary of the dispute, every figure and quote linked to its passage.
#[component]
pub fn StorySummary() -> Html {
    let runs = STORY.summary.iter().enumerate().map(|(index, run)| match run {
        Inline::Text(text) => html! { { *text } },
        Inline::Cited { text, citation } => html! {
            <CitationLink citation={*citation} id={format!("summary-cite-{index}")}>{ *text }</CitationLink>
        },
    });
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="summary__heading">{ "The dispute in brief" }</h2>
            <p class="summary__text">{ for runs }</p>
        </section>
    }
}
