use yew::prelude::*;

use crate::components::citation_link;
use crate::content::{Agreement, Between, Difference, DIFFERENCES};
use crate::ui::differences as words;

/// "Where the sources differ": each point on which the articles (or a party and an article)
/// differ or agree, the two passages side by side, and whether it bears on the money.
#[component]
pub fn DifferencesView() -> Html {
    html! {
        <section id="differences" class="differences" aria-labelledby="differences-heading">
            <h2 id="differences-heading">{ words::HEADING }</h2>
            <p class="differences__intro">{ words::INTRO }</p>
            { for DIFFERENCES.iter().map(difference_card) }
        </section>
    }
}

fn difference_card(difference: &'static Difference) -> Html {
    let heading_id = format!("difference-{}", difference.id);
    let (verdict, verdict_class) = match difference.relation {
        Agreement::Differ => (words::DIFFER, "difference__verdict--differ"),
        Agreement::Agree => (words::AGREE, "difference__verdict--agree"),
    };
    let between = match difference.between {
        Between::Articles => words::BETWEEN_ARTICLES,
        Between::PartyAndReport => words::BETWEEN_PARTY_AND_REPORT,
        Between::WithinArticle => words::WITHIN_ARTICLE,
    };
    let sides: Html = difference.sides.iter().enumerate().map(|(index, side)| {
        html! {
            <figure class="difference__side">
                <figcaption class="difference__side-label">{ side.label }</figcaption>
                <blockquote class="difference__passage">{ side.cite.passage() }</blockquote>
                { citation_link(side.cite, format!("{heading_id}-side-{}", index + 1), words::ShowIn { source: side.cite.source_label() }.text()) }
            </figure>
        }
    }).collect();
    html! {
        <article class="difference" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="difference__topic">{ difference.topic }</h3>
            <p class="difference__meta">
                <span class={classes!("difference__verdict", verdict_class)}>{ verdict }</span>
                { format!(" {between}") }
            </p>
            <p class="difference__summary">{ difference.summary }</p>
            <div class="difference__sides">{ sides }</div>
            <p class="difference__funding">
                {
                    match difference.funding {
                        Some(why) => html! { <><strong>{ words::WHY_IT_MATTERS }</strong>{ why }</> },
                        None => html! { <><strong>{ words::FOR_THE_MONEY }</strong>{ words::NO_BEARING }</> },
                    }
                }
            </p>
        </article>
    }
}
