use yew::prelude::*;

use super::LinkedText;
use crate::content::STORY;
use crate::ui::summary as words;

/// The one-paragraph summary of the dispute, every figure and quote linked to its passage.
#[component]
pub fn StorySummary() -> Html {
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="summary__heading">{ words::HEADING }</h2>
            <p class="summary__text"><LinkedText runs={STORY.summary} id_prefix="summary-cite" /></p>
        </section>
    }
}
