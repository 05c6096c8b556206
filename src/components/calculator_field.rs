use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::calculator::{field_source, CalculatorAction, CalculatorState, FieldKey, FieldNote};
use crate::components::source_tag;
use crate::money::plain_number;
use crate::ui::calculator::Slider;

/// What one input shows.
pub struct FieldInput {
    pub key: FieldKey,
    /// The value in use.
    pub value: f64,
    /// What the number box shows: the reader's typing, or the value.
    pub text: String,
    /// Why what was typed is not used as it stands, or that the pledge caps it.
    pub note: Option<FieldNote>,
}

/// One input: a visible label, a slider and a number box for the same value, its unit, where
/// the value comes from, and a note when what was typed is not used as it stands.
pub fn calculator_field(field_input: FieldInput, dispatcher: &UseReducerDispatcher<CalculatorState>) -> Html {
    let FieldInput { key, value, text, note } = field_input;
    let field = key.field();
    let (label, unit) = (key.label(), field.unit.label());
    let id = format!("calc-{}", key.slug());
    let message_id = format!("{id}-message");
    let input = |event: &InputEvent| event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
    let on_slide = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = input(&event) {
                dispatcher.dispatch(CalculatorAction::Slide(key, input.value_as_number()));
            }
        })
    };
    let on_type = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = input(&event) {
                dispatcher.dispatch(CalculatorAction::Type(key, input.value()));
            }
        })
    };
    let on_settle = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: FocusEvent| dispatcher.dispatch(CalculatorAction::Settle(key)))
    };
    let invalid = note.as_ref().is_some_and(|note| note.invalid);
    let (noted, message) = (note.is_some(), note.map(|note| note.text).unwrap_or_default());
    html! {
        <div class={classes!("calc-field", noted.then_some("calc-field--corrected"))}>
            <label class="calc-field__label" for={id.clone()}>
                { label }<span class="calc-field__unit">{ format!(" ({unit})") }</span>
            </label>
            <div class="calc-field__controls">
                <input type="range" class="calc-field__slider" id={format!("{id}-slider")}
                    aria-label={Slider { label, unit }.text()}
                    min={plain_number(field.min)} max={plain_number(field.max)} step={plain_number(field.step)}
                    value={plain_number(value)} aria-valuetext={field.unit.show(value)}
                    oninput={on_slide} />
                <input type="text" inputmode="decimal" class="calc-field__number" id={id.clone()}
                    value={text} aria-describedby={message_id.clone()} aria-invalid={invalid.then_some("true")}
                    oninput={on_type} onblur={on_settle} autocomplete="off" />
            </div>
            <p class="calc-field__message" id={message_id} aria-live="polite">{ message }</p>
            { source_tag(&field_source(key, value), format!("{id}-source").into()) }
        </div>
    }
}
