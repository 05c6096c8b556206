use yew::prelude::*;

use crate::calculator::{Outcome, Scenario};
use crate::money::{fixed, format_billions, Billions};
use crate::ui::calculator::chart as words;

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 30.0;

/// An SVG point, to a tenth of a unit.
fn point(x: f64, y: f64) -> String {
    format!("{},{}", fixed(x, 1), fixed(y, 1))
}

/// The money needed by the end of each year (cumulative) against the money secured, drawn
/// by the app as SVG, with a table of the same numbers as its text equivalent (after the
/// figure, not in it: a figcaption must be a figure's first or last child).
pub fn funding_chart(scenario: &Scenario, outcome: &Outcome, compact: bool) -> Html {
    let pledge = scenario.pledge.max(1.0);
    let years = outcome.schedule.len().max(1) as f64;
    let x = |year: f64| LEFT + year / years * (WIDTH - LEFT - RIGHT);
    let y = |amount: f64| TOP + (1.0 - amount / pledge) * (HEIGHT - TOP - BOTTOM);

    let mut needed = point(x(0.0), y(0.0));
    for (index, row) in outcome.schedule.iter().enumerate() {
        let end = x(index as f64 + 1.0);
        needed.push_str(&format!(" {} {}", point(end, y(row.cumulative - row.needed)), point(end, y(row.cumulative))));
    }
    let secured_y = y(scenario.secured.min(pledge));
    let first_year = outcome.schedule.first().map_or(0, |r| r.year);
    let last_year = outcome.schedule.last().map_or(0, |r| r.year);
    let cell = |value: f64| format_billions(Billions(value));
    let rows = outcome.schedule.iter().map(|row| {
        html! {
            <tr key={row.year}>
                <th scope="row">{ row.year }</th>
                <td>{ cell(row.needed) }</td>
                <td>{ cell(row.cumulative) }</td>
                <td>{ cell(row.shortfall) }</td>
            </tr>
        }
    });
    html! {
        <div class="funding-chart">
            <figure class="funding-chart__figure">
                <svg class="funding-chart__drawing" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0))} role="img"
                    aria-labelledby="funding-chart-caption" focusable="false">
                    <line class="funding-chart__axis" x1={fixed(LEFT, 1)} x2={fixed(WIDTH - RIGHT, 1)} y1={fixed(y(0.0), 1)} y2={fixed(y(0.0), 1)} />
                    <line class="funding-chart__axis" x1={fixed(LEFT, 1)} x2={fixed(LEFT, 1)} y1={fixed(TOP, 1)} y2={fixed(y(0.0), 1)} />
                    <text class="funding-chart__tick" x={fixed(LEFT - 6.0, 1)} y={fixed(y(pledge) + 4.0, 1)} text-anchor="end">{ words::TickBillions { amount: &fixed(pledge, 0) }.text() }</text>
                    <text class="funding-chart__tick" x={fixed(LEFT - 6.0, 1)} y={fixed(y(0.0) + 4.0, 1)} text-anchor="end">{ words::TICK_ZERO }</text>
                    <text class="funding-chart__tick" x={fixed(x(0.0), 1)} y={fixed(HEIGHT - 8.0, 1)} text-anchor="start">{ words::Start { year: &first_year.to_string() }.text() }</text>
                    <text class="funding-chart__tick" x={fixed(x(years), 1)} y={fixed(HEIGHT - 8.0, 1)} text-anchor="end">{ words::End { year: &last_year.to_string() }.text() }</text>
                    <polygon class="funding-chart__shortfall" points={format!("{needed} {} {}", point(x(years), secured_y), point(x(0.0), secured_y))} />
                    <polyline class="funding-chart__needed" points={needed} />
                    <line class="funding-chart__secured" x1={fixed(LEFT, 1)} x2={fixed(WIDTH - RIGHT, 1)} y1={fixed(secured_y, 1)} y2={fixed(secured_y, 1)} />
                </svg>
                <figcaption id="funding-chart-caption" class="funding-chart__caption">
                    <span class="funding-chart__key funding-chart__key--needed">{ words::NEEDED }</span>
                    <span class="funding-chart__key funding-chart__key--secured">{ words::Secured { amount: &format_billions(Billions(scenario.secured)) }.text() }</span>
                    <span>{ words::TABLE_NOTE }</span>
                </figcaption>
            </figure>
            { crate::components::fold_in_compact(compact, words::TABLE_FOLD, html! {
            <table class="funding-chart__table">
                <thead>
                    <tr><th scope="col">{ words::YEAR }</th><th scope="col">{ words::SPENT }</th><th scope="col">{ words::SPENT_BY_END }</th><th scope="col">{ words::BEYOND_SECURED }</th></tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            }) }
        </div>
    }
}
