use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::calculator::{
    profile_source, CalculatorAction, CalculatorState, FieldKey, Outcome, Preset, Profile, Scenario,
};
use crate::components::{
    calculator_actions, calculator_field, calculator_results, funding_chart, source_tag, split_controls, FieldInput,
};
use crate::hooks::{use_debounced, use_scenario_persistence};
use crate::ui::calculator::{self as words, profile as profile_words};

#[derive(Properties, PartialEq)]
pub struct FundingCalculatorProps {
    /// The scenario the page opened with, and what was wrong with it.
    pub scenario: Scenario,
    pub notices: Vec<String>,
    /// The embed's compact layout: the split and the numbers by year folded, the partners'
    /// amounts shown once.
    #[prop_or_default]
    pub compact: bool,
}

/// How long the results must stay unchanged before the live region reads them out.
const ANNOUNCE_AFTER_MS: u32 = 700;

/// The funding calculator: presets, the inputs, the chart and the results, a link to share
/// the scenario and a CSV download. Its state is its own, so a slider redraws only this.
#[component]
pub fn FundingCalculator(props: &FundingCalculatorProps) -> Html {
    // Its module renders it (`src/bin/calculator.rs`) with the opening scenario from the first.
    let state = use_reducer(|| CalculatorState::new(props.scenario.clone(), props.notices.clone()));
    use_scenario_persistence(state.clone());
    // The state as this render sees it (each read through the handle is a borrow and a clone).
    let now: &CalculatorState = &state;
    let scenario = &now.scenario;
    let outcome = Outcome::of(scenario);
    let summary = outcome.summary(scenario);
    let announcement = use_debounced(if now.edits == 0 { String::new() } else { summary.clone() }, ANNOUNCE_AFTER_MS);

    let dispatcher = state.dispatcher();
    let fields = FieldKey::ALL.into_iter().map(|key| {
        calculator_field(
            FieldInput { key, value: scenario.get(key), text: now.field_text(key), note: now.note(key) },
            &dispatcher,
        )
    });
    html! {
        <section id="calculator" class="calculator" aria-labelledby="calculator-heading">
            <h4 id="calculator-heading" class="calculator__heading">{ words::HEADING }</h4>
            <p class="calculator__notice" role="status">{ now.notices.join(" ") }</p>
            { presets(&dispatcher) }
            <div class="calculator__layout">
                <div class="calculator__inputs">
                    { for fields }
                    { fold_in_compact(props.compact, words::MORE, html! { <>
                    { profile_field(scenario.profile, &dispatcher) }
                    { split_controls(scenario.pledge, scenario.split, &dispatcher) }
                    </> }) }
                </div>
                <div class="calculator__outputs">
                    <p class="calculator__summary">{ summary }</p>
                    { funding_chart(scenario, &outcome, props.compact, now.chosen_year, &dispatcher) }
                    { calculator_results(&scenario.in_use(), &outcome, props.compact) }
                    { calculator_actions(scenario, now.link_copied, props.compact, &dispatcher) }
                </div>
            </div>
            <div id="calculator-assumptions" class="calculator__assumptions" tabindex="-1">
                <p>{ words::ABOUT }</p>
            </div>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
    }
}

/// The one-click scenarios: an assumption on each side of the dispute, and the defaults.
fn presets(dispatcher: &UseReducerDispatcher<CalculatorState>) -> Html {
    let dispatch = dispatcher.to_callback();
    let preset = |preset: Preset| dispatch.reform(move |_: MouseEvent| CalculatorAction::Preset(preset));
    html! {
        <div class="calculator__presets" role="group" aria-label={words::PRESETS}>
            <button type="button" class="calculator__preset" onclick={preset(Preset::IfOpenAi)}>{ words::IF_OPENAI }</button>
            <button type="button" class="calculator__preset" onclick={preset(Preset::IfMusk)}>{ words::IF_MUSK }</button>
            <button type="button" class="calculator__preset" onclick={preset(Preset::Reset)}>{ words::RESET }</button>
        </div>
    }
}

/// How the pledge is spent over the years (`profile`, the one chosen), with where that comes
/// from.
fn profile_field(profile: Profile, dispatcher: &UseReducerDispatcher<CalculatorState>) -> Html {
    let on_profile = dispatcher.to_callback().reform(|event: Event| {
        let chosen = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value());
        CalculatorAction::Profile(chosen.as_deref().and_then(Profile::from_key).unwrap_or(Profile::FrontLoaded))
    });
    html! {
        <div class="calc-field">
            <label class="calc-field__label" for="calc-profile">{ profile_words::LABEL }</label>
            <p class="calc-field__hint">{ profile_words::HINT }</p>
            <select id="calc-profile" class="calc-field__select" onchange={on_profile}>
                <option value={Profile::FrontLoaded.key()} selected={profile == Profile::FrontLoaded}>{ profile_words::FRONT }</option>
                <option value={Profile::Even.key()} selected={profile == Profile::Even}>{ profile_words::EVEN }</option>
            </select>
            { source_tag(&profile_source(profile), "calc-profile-source".into()) }
        </div>
    }
}

/// `content`, folded under `summary` in the compact layout, as it is otherwise.
pub fn fold_in_compact(compact: bool, summary: &'static str, content: Html) -> Html {
    if compact {
        html! {
            <details class="fold">
                <summary class="fold__summary">{ summary }</summary>
                { content }
            </details>
        }
    } else {
        content
    }
}
