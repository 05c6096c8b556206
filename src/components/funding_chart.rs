use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::calculator::{CalculatorAction, CalculatorState, Chart, Frame, Outcome, Scenario};
use crate::money::{format_billions, Billions};
use crate::ui::calculator::chart as words;

/// The money needed by the end of each year against the money assumed secured (a column a year,
/// a dashed line), as wide as the card. A reader reads a year's numbers by pointing at its
/// column, tapping it, or with the arrow keys on the chart (a slider over the years); the
/// table after the figure gives them all, as its text equivalent. `chosen` is the year the
/// reader chose (none until they do), kept in the calculator's state, which `dispatcher`
/// updates; `compact` folds the table.
pub fn funding_chart(
    scenario: &Scenario,
    outcome: &Outcome,
    compact: bool,
    chosen: Option<usize>,
    dispatcher: &UseReducerDispatcher<CalculatorState>,
) -> Html {
    let chart = Chart::of(scenario, outcome);
    let count = chart.columns.len();
    let chosen_index = chosen.filter(|index| *index < count);
    let shown = chosen_index.unwrap_or(count.saturating_sub(1));

    let on_point = choose_year_by_pointer(count, dispatcher);
    let on_key = choose_year_by_key(count, shown, dispatcher);

    // The marks as the download writes them, in percentages and classes: one text for both.
    let marks = Html::from_html_unchecked(chart.svg(chosen_index, Frame::Page).into());
    let reading = chart.reading(shown);
    let first_year = chart.columns.first().map_or(0, |c| c.year);
    let last_year = chart.columns.last().map_or(0, |c| c.year);
    let year_now = chart.columns.get(shown).map_or(0, |c| c.year);
    html! {
        <div class="funding-chart">
            <figure class="funding-chart__figure">
                <figcaption id="funding-chart-caption" class="funding-chart__caption">
                    <span class="funding-chart__key funding-chart__key--needed">{ words::NEEDED }</span>
                    <span class="funding-chart__key funding-chart__key--secured">{ words::Secured { amount: &format_billions(Billions(chart.secured)) }.text() }</span>
                </figcaption>
                // A slider over the years: the drawing inside it is its picture (the table is
                // its text), and its value is the chosen year's reading.
                <div class="funding-chart__plot" role="slider" tabindex="0"
                    aria-label={words::EXPLORE} aria-describedby="funding-chart-caption funding-chart-hint"
                    aria-valuemin={first_year.to_string()} aria-valuemax={last_year.to_string()}
                    aria-valuenow={year_now.to_string()} aria-valuetext={reading.clone()}
                    onpointermove={on_point.clone()} onpointerdown={on_point} onkeydown={on_key}
                    // A sideways drag on the chart reads the years: it does not change the step.
                    data-swipe="off">
                    <svg class="funding-chart__drawing" width="100%" height="100%" aria-hidden="true" focusable="false">
                        { marks }
                    </svg>
                </div>
                <p class="funding-chart__reading" aria-hidden="true">{ reading }</p>
                <p id="funding-chart-hint" class="funding-chart__hint">
                    { words::EXPLORE_HINT }<span class="funding-chart__table-note">{ " " }{ words::TABLE_NOTE }</span>
                </p>
            </figure>
            { crate::components::fold_in_compact(compact, words::TABLE_FOLD, year_table(outcome)) }
        </div>
    }
}

/// Chooses the year under the pointer, as it moves over the plot or presses on it.
fn choose_year_by_pointer(count: usize, dispatcher: &UseReducerDispatcher<CalculatorState>) -> Callback<PointerEvent> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |event: PointerEvent| {
        // The drawing takes no pointer events (styles/calculator.css): the plot is the target,
        // and the pointer's offset is from its left edge.
        let Some(plot) = event.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<Element>(t).ok()) else {
            return;
        };
        if let Some(index) = year_at(f64::from(event.offset_x()), f64::from(plot.client_width()), count) {
            dispatcher.dispatch(CalculatorAction::ChooseYear(index));
        }
    })
}

/// Which of `count` columns, side by side across a plot `width` wide, is `offset` from its left
/// edge (the nearest at either end); none on a plot with no width or no columns.
fn year_at(offset: f64, width: f64, count: usize) -> Option<usize> {
    if width <= 0.0 || count == 0 {
        return None;
    }
    let fraction = offset / width;
    Some(((fraction * count as f64).floor().max(0.0) as usize).min(count - 1))
}

/// Moves the chosen year with the slider's keys: ← and ↓ back, → and ↑ on, Home and End to
/// the first and last; `shown` is the year shown now.
fn choose_year_by_key(
    count: usize,
    shown: usize,
    dispatcher: &UseReducerDispatcher<CalculatorState>,
) -> Callback<KeyboardEvent> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |event: KeyboardEvent| {
        let last = count.saturating_sub(1);
        let next = match event.key().as_str() {
            "ArrowLeft" | "ArrowDown" => shown.saturating_sub(1),
            "ArrowRight" | "ArrowUp" => (shown + 1).min(last),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        // Handled here: the walkthrough leaves a key alone once it is (its ← and → move
        // between steps everywhere else).
        event.prevent_default();
        dispatcher.dispatch(CalculatorAction::ChooseYear(next));
    })
}

/// The chart's text equivalent: each year's spending, the spending by its end, and how much of
/// that is beyond what is secured.
fn year_table(outcome: &Outcome) -> Html {
    let cell = |value: f64| format_billions(Billions(value));
    let rows = outcome.schedule.iter().map(|row| {
        html! {
            <tr>
                <th scope="row">{ row.year }</th>
                <td>{ cell(row.needed) }</td>
                <td>{ cell(row.cumulative) }</td>
                <td>{ cell(row.shortfall) }</td>
            </tr>
        }
    });
    html! {
        <table class="funding-chart__table">
            <thead>
                <tr><th scope="col">{ words::YEAR }</th><th scope="col">{ words::SPENT }</th><th scope="col">{ words::SPENT_BY_END }</th><th scope="col">{ words::BEYOND_SECURED }</th></tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::year_at;

    #[test]
    fn the_pointer_chooses_the_column_under_it_and_the_nearest_beyond_the_ends() {
        let (width, count) = (120.0, 4);
        let column = width / count as f64;
        for index in 0..count {
            let left = column * index as f64;
            assert_eq!(year_at(left, width, count), Some(index));
            assert_eq!(year_at(left + column - 0.5, width, count), Some(index));
        }
        assert_eq!(year_at(-column, width, count), Some(0));
        assert_eq!(year_at(width + column, width, count), Some(count - 1));
        assert_eq!(year_at(column, 0.0, count), None, "a plot with no width");
        assert_eq!(year_at(column, width, 0), None, "no columns");
    }
}
