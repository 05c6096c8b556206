use yew::prelude::*;

use crate::components::citation_link;
use crate::content::{figure, Figure};
use crate::money::{fixed, format_billions, format_number, per_year, Billions};

/// The figures this chart draws, by id in `data/figures.toml`.
pub const MONEY_FIGURES: [&str; 3] = ["pledge-500bn-a", "deploying-100bn-b", "softbank-under-10bn"];
/// The figure giving the period of the pledge.
pub const HORIZON_FIGURE: &str = "horizon-four-years-a";

/// One bar: what it shows, the amount, and the figure it comes from (none when calculated).
struct Bar {
    label: String,
    amount: Billions,
    source: Option<&'static Figure>,
}

/// The money as announced: the pledge, the pledge spread evenly over its period
/// (calculated), the first tranche, and what Musk says SoftBank has secured. Each row is
/// text (what, how much, and its source) with a bar drawn to one scale beside it.
#[component]
pub fn MoneyChart() -> Html {
    let figures: Vec<&'static Figure> = MONEY_FIGURES.iter().filter_map(|id| figure(id)).collect();
    let horizon = figure(HORIZON_FIGURE).and_then(|f| f.value);
    let (Some(pledge), Some(years)) = (figures.first().and_then(|f| f.value), horizon) else {
        return html! {};
    };
    let mut bars: Vec<Bar> = figures
        .iter()
        .filter_map(|f| Some(Bar { label: sentence_case(f.measures()), amount: Billions(f.value?), source: Some(f) }))
        .collect();
    if let Some(yearly) = per_year(Billions(pledge), years) {
        let label = format!("The pledge spread evenly over {} years: each year (calculated)", format_number(years));
        bars.insert(1, Bar { label, amount: yearly, source: None });
    }
    let rows = bars.iter().enumerate().map(|(index, bar)| {
        let share = (bar.amount.0 / pledge * 100.0).clamp(0.5, 100.0);
        let amount = match bar.source {
            Some(source) => html! {
                { citation_link(source.cite, format!("money-figure-{index}"), source.text) }
            },
            None => html! { { format_billions(bar.amount) } },
        };
        html! {
            <li class={classes!("money__row", bar.source.is_none().then_some("money__row--calculated"))}>
                <span class="money__label">{ &bar.label }</span>
                <span class="money__measure">
                    <svg class="money__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        // An attribute, not CSS: the HTML checker's CSS grammar lacks `vector-effect`.
                        <rect width={fixed(share, 2)} height="10" vector-effect="non-scaling-stroke" />
                    </svg>
                    <span class="money__amount">{ amount }</span>
                </span>
            </li>
        }
    });
    html! {
        <figure class="money">
            <ul class="money__rows">{ for rows }</ul>
            <figcaption class="money__caption">
                { "Bars to one scale; the dashed bar is worked out from the figures above it. Each amount links to its source." }
            </figcaption>
        </figure>
    }
}

fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
