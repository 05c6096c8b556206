use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::calculator::{split_source, CalculatorAction, CalculatorState, PARTNERS};
use crate::components::SourceTag;
use crate::money::{format_billions, parse_decimal, Billions};

#[derive(Properties, PartialEq)]
pub struct SplitControlsProps {
    /// The pledge ($ billion), which the shares divide.
    pub pledge: f64,
    pub split: [u8; 5],
    /// Never changes, unlike a callback made at each render.
    pub dispatcher: UseReducerDispatcher<CalculatorState>,
}

/// How the financing splits between the partners: a slider and a number box for each share,
/// always adding up to 100%, with how it rebalances said in words. It takes only the pledge
/// and the split, so moving any other input does not re-render it.
#[component]
pub fn SplitControls(props: &SplitControlsProps) -> Html {
    let rows = PARTNERS.iter().enumerate().map(|(index, partner)| {
        let share = props.split[index];
        let id = format!("calc-split-{index}");
        let dispatcher = props.dispatcher.clone();
        let on_input = Callback::from(move |event: InputEvent| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .and_then(|input| parse_decimal(input.value().trim()))
                .unwrap_or(0.0);
            dispatcher.dispatch(CalculatorAction::Share(index, value.clamp(0.0, 100.0).round() as u8));
        });
        let amount = format_billions(Billions(props.pledge * f64::from(share) / 100.0));
        html! {
            <div class="calc-split__row">
                <label class="calc-split__partner" for={id.clone()}>{ *partner }</label>
                <input type="range" class="calc-split__slider" min="0" max="100" step="1" value={share.to_string()}
                    aria-label={format!("{partner}'s share of the financing, slider")}
                    aria-valuetext={format!("{share}%, {amount}")} oninput={on_input.clone()} />
                <input type="number" class="calc-split__number" id={id} min="0" max="100" step="1"
                    value={share.to_string()} oninput={on_input} />
                <span class="calc-split__unit">{ "%" }</span>
                <span class="calc-split__amount">{ amount }</span>
            </div>
        }
    });
    html! {
        <fieldset class="calc-split">
            <legend>{ "Who pays: the financing split (%)" }</legend>
            <p class="calc-split__how">
                { "The shares always add up to 100%. When you change one, the others grow or shrink in proportion to their current sizes (equally, if they are all zero)." }
            </p>
            { for rows }
            <SourceTag source={split_source(props.split)} id="calc-split-source" />
        </fieldset>
    }
}
