use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::calculator::{split_source, CalculatorAction, CalculatorState, Partner, Split};
use crate::components::source_tag;
use crate::money::{format_billions, parse_decimal, within, Billions};
use crate::ui::calculator::split as words;
use crate::ui::number::Percent;

/// How the financing splits between the partners: a slider and a number box for each share,
/// always adding up to 100%, with how it rebalances said in words. `pledge` ($ billion) is
/// what the shares divide.
pub fn split_controls(pledge: f64, split: Split, dispatcher: &UseReducerDispatcher<CalculatorState>) -> Html {
    let rows = Partner::ALL.into_iter().map(|partner| {
        let share = split[partner.index()];
        let id = format!("calc-split-{}", partner.index());
        let dispatcher = dispatcher.clone();
        let on_input = Callback::from(move |event: InputEvent| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .and_then(|input| parse_decimal(input.value().trim()))
                .unwrap_or(0.0);
            dispatcher.dispatch(CalculatorAction::Share(partner, within(value, 0.0, 100.0).round() as u8));
        });
        let amount = format_billions(Billions(pledge * f64::from(share) / 100.0));
        let share_text = share.to_string();
        let percent = Percent { value: &share_text }.text();
        html! {
            <div class="calc-split__row">
                <label class="calc-split__partner" for={id.clone()}>{ partner.name() }</label>
                <input type="range" class="calc-split__slider" min="0" max="100" step="1" value={share_text.clone()}
                    aria-label={words::Slider { partner: partner.name() }.text()}
                    aria-valuetext={format!("{percent}, {amount}")} oninput={on_input.clone()} />
                <input type="number" class="calc-split__number" id={id} min="0" max="100" step="1"
                    value={share_text} oninput={on_input} />
                <span class="calc-split__unit">{ "%" }</span>
                <span class="calc-split__amount">{ amount }</span>
            </div>
        }
    });
    html! {
        <fieldset class="calc-split">
            <legend>{ words::LEGEND }</legend>
            <p class="calc-split__how">{ words::HOW }</p>
            { for rows }
            { source_tag(&split_source(split), "calc-split-source".into()) }
        </fieldset>
    }
}
