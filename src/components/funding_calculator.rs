use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::calculator::{
    profile_source, to_csv, CalculatorAction, CalculatorState, Outcome, Preset, Profile, Scenario, FIELDS,
};
use crate::components::{calculator_field, calculator_results, funding_chart, source_tag, split_controls, FieldInput};
use crate::hooks::{copy_text, use_debounced, use_island_ready, use_scenario_persistence};

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
    // Its module renders it (`island::start`) with the opening scenario from the first.
    let state = use_reducer(|| CalculatorState::new(props.scenario.clone(), props.notices.clone()));
    let section = use_node_ref();
    use_scenario_persistence(state.clone());
    use_island_ready(section.clone());
    let copied = use_state(|| AttrValue::from(""));
    let outcome = Outcome::of(&state.scenario);
    let summary = outcome.summary(&state.scenario);
    let announcement = use_debounced(if state.edits == 0 { String::new() } else { summary.clone() }, ANNOUNCE_AFTER_MS);

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: CalculatorAction| state.dispatch(action))
    };
    let preset = |preset: Preset| dispatch.reform(move |_: MouseEvent| CalculatorAction::Preset(preset));
    let dispatcher = state.dispatcher();
    let fields = FIELDS.iter().enumerate().map(|(index, field)| {
        let draft = state.drafts[index].as_ref();
        let message = draft.and_then(|d| d.message.clone()).unwrap_or_default();
        calculator_field(
            FieldInput { index, value: state.scenario.get(field), text: state.field_text(index), message },
            &dispatcher,
        )
    });
    let on_profile = dispatch.reform(|event: Event| {
        let even =
            event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).is_some_and(|s| s.value() == "even");
        CalculatorAction::Profile(if even { Profile::Even } else { Profile::FrontLoaded })
    });
    let on_copy = {
        let (copied, scenario) = (copied.clone(), state.scenario.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(href) = scenario_link(&scenario) else { return };
            let copied = copied.clone();
            copy_text(&href, move |accepted| {
                copied.set(
                    if accepted {
                        "Link copied. It is also in your address bar."
                    } else {
                        "Your browser did not let the page copy: the link is in your address bar."
                    }
                    .into(),
                )
            });
        })
    };
    let on_download = {
        let scenario = state.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            download("stargate-scenario.csv", &to_csv(&scenario, &Outcome::of(&scenario)))
        })
    };
    let profile = state.scenario.profile;
    html! {
        <section id="calculator" class="calculator" aria-labelledby="calculator-heading" ref={section}>
            <h4 id="calculator-heading" class="calculator__heading">{ "Funding calculator" }</h4>
            <p class="calculator__notice" role="status">{ state.notices.join(" ") }</p>
            <div class="calculator__presets" role="group" aria-label="Presets">
                <button type="button" class="calculator__preset" onclick={preset(Preset::AsAnnounced)}>{ "As announced" }</button>
                <button type="button" class="calculator__preset" onclick={preset(Preset::MusksClaim)}>{ "Musk’s claim" }</button>
                <button type="button" class="calculator__preset" onclick={preset(Preset::Reset)}>{ "Reset" }</button>
            </div>
            <div class="calculator__layout">
                <div class="calculator__inputs">
                    { for fields }
                    { fold_in_compact(props.compact, "More assumptions: spending over the years, and who pays", html! { <>
                    <div class="calc-field">
                        <label class="calc-field__label" for="calc-profile">{ "Spending over the years" }</label>
                        <p class="calc-field__hint">{ "Front-loaded: the immediate tranche in the first year, the rest evenly after. Even: the same amount each year." }</p>
                        <select id="calc-profile" class="calc-field__select" onchange={on_profile}>
                            <option value="front" selected={profile == Profile::FrontLoaded}>{ "Front-loaded" }</option>
                            <option value="even" selected={profile == Profile::Even}>{ "Even each year" }</option>
                        </select>
                        { source_tag(&profile_source(profile), "calc-profile-source".into()) }
                    </div>
                    { split_controls(state.scenario.pledge, state.scenario.split, &dispatcher) }
                    </> }) }
                </div>
                <div class="calculator__outputs">
                    <p class="calculator__summary">{ summary }</p>
                    { funding_chart(&state.scenario, &outcome, props.compact) }
                    { calculator_results(&state.scenario, &outcome, props.compact) }
                    <div class="calculator__actions">
                        <button type="button" class="calculator__action" onclick={on_copy}>{ "Copy link" }<span class="calculator__action-more">{ " to this scenario" }</span></button>
                        <button type="button" class="calculator__action" onclick={on_download}>{ "Download" }<span class="calculator__action-more">{ " as" }</span>{ " CSV" }</button>
                        <span class="calculator__copied" role="status">{ (*copied).clone() }</span>
                    </div>
                </div>
            </div>
            <div id="calculator-assumptions" class="calculator__assumptions" tabindex="-1">
                <p>{ "About the numbers: values marked with a source are the articles’ own figures; values marked “assumption” are not in the articles and are explained beside them; “your value” is one you set. The articles say nothing of how much money is actually secured." }</p>
            </div>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
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

/// The address of the page with this scenario.
fn scenario_link(scenario: &Scenario) -> Option<String> {
    let location = web_sys::window()?.location();
    let (origin, path, query) = (location.origin().ok()?, location.pathname().ok()?, location.search().ok()?);
    Some(format!("{origin}{path}{}", scenario.to_query(&query)))
}

/// Offers `content` as a file download, without any request leaving the page.
fn download(file_name: &str, content: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_array_of(content);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn js_array_of(text: &str) -> wasm_bindgen::JsValue {
    let array = js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(text));
    array.into()
}
