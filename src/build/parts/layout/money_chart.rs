use yew::prelude::*;

use crate::components::citation_link;
use crate::content::{figures, sources_language, Figure, FigureId};
use crate::money::{fixed, format_billions, per_year, Billions};
use crate::ui::money as words;

/// The figures this chart draws: the pledge first, which sets the scale.
pub const MONEY_FIGURES: [FigureId; 3] =
    [figures::PLEDGE_500BN_A, figures::DEPLOYING_100BN_B, figures::SOFTBANK_UNDER_10BN];
/// The figure giving the period of the pledge.
const HORIZON_FIGURE: FigureId = figures::HORIZON_FOUR_YEARS_A;

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
    let horizon = HORIZON_FIGURE.figure().value;
    let (Some(pledge), Some(years)) = (MONEY_FIGURES[0].figure().value, horizon) else {
        return html! {};
    };
    let mut bars: Vec<Bar> = MONEY_FIGURES
        .iter()
        .filter_map(|id| {
            let figure = id.figure();
            Some(Bar { label: sentence_case(id.measures()), amount: Billions(figure.value?), source: Some(figure) })
        })
        .collect();
    if let Some(yearly) = per_year(Billions(pledge), years) {
        // The period is a whole number of years (the figure's words say so).
        let label = words::PerYear { count: years.round() as u32 }.text();
        bars.insert(1, Bar { label, amount: yearly, source: None });
    }
    let rows = bars.iter().enumerate().map(|(index, bar)| {
        let share = (bar.amount.0 / pledge * 100.0).clamp(0.5, 100.0);
        let amount = match bar.source {
            // The article's own words for the figure, in its language.
            Some(source) => html! {
                <span lang={sources_language()}>
                    { citation_link(source.cite, format!("money-figure-{index}"), source.text) }
                </span>
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
                { words::CAPTION }
            </figcaption>
        </figure>
    }
}

fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
