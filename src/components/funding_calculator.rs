use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::browser::{copy_text, page_address};
use crate::calculator::{
    profile_source, to_csv, CalculatorAction, CalculatorState, FieldKey, Outcome, Preset, Profile, Scenario,
};
use crate::components::{calculator_field, calculator_results, funding_chart, source_tag, split_controls, FieldInput};
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
    // What became of the last "Copy link": copied, or refused (the link is then shown, selected).
    let link_copied = use_state(|| None::<bool>);
    // The state as this render sees it (each read through the handle is a borrow and a clone).
    let now: &CalculatorState = &state;
    let scenario = &now.scenario;
    let outcome = Outcome::of(scenario);
    // What the chart and the results show: the tranche and the money secured capped at the pledge.
    let in_use = scenario.in_use();
    let summary = outcome.summary(scenario);
    let announcement = use_debounced(if now.edits == 0 { String::new() } else { summary.clone() }, ANNOUNCE_AFTER_MS);

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: CalculatorAction| state.dispatch(action))
    };
    let preset = |preset: Preset| dispatch.reform(move |_: MouseEvent| CalculatorAction::Preset(preset));
    let dispatcher = state.dispatcher();
    let fields = FieldKey::ALL.into_iter().map(|key| {
        calculator_field(
            FieldInput { key, value: scenario.get(key), text: now.field_text(key), note: now.note(key) },
            &dispatcher,
        )
    });
    let on_profile = dispatch.reform(|event: Event| {
        let chosen = event.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value());
        CalculatorAction::Profile(chosen.as_deref().and_then(Profile::from_key).unwrap_or(Profile::FrontLoaded))
    });
    let on_copy = {
        let (link_copied, scenario) = (link_copied.clone(), scenario.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(page) = page_address() else { return };
            let href = format!("{page}{}", scenario.to_query(crate::browser::current_query()));
            let link_copied = link_copied.clone();
            copy_text(&href.clone(), move |accepted| {
                if !accepted {
                    show_link(&href);
                }
                link_copied.set(Some(accepted));
            });
        })
    };
    let on_download = {
        let scenario = scenario.clone();
        Callback::from(move |_: MouseEvent| download(words::DOWNLOAD_FILE, &to_csv(&scenario, &Outcome::of(&scenario))))
    };
    let copied = *link_copied;
    let refused = copied == Some(false);
    let copy_status = match copied {
        None => "",
        Some(true) => words::LINK_COPIED,
        Some(false) => words::LINK_NOT_COPIED,
    };
    let profile = scenario.profile;
    html! {
        <section id="calculator" class="calculator" aria-labelledby="calculator-heading">
            <h4 id="calculator-heading" class="calculator__heading">{ words::HEADING }</h4>
            <p class="calculator__notice" role="status">{ now.notices.join(" ") }</p>
            <div class="calculator__presets" role="group" aria-label={words::PRESETS}>
                <button type="button" class="calculator__preset" onclick={preset(Preset::IfOpenAi)}>{ words::IF_OPENAI }</button>
                <button type="button" class="calculator__preset" onclick={preset(Preset::IfMusk)}>{ words::IF_MUSK }</button>
                <button type="button" class="calculator__preset" onclick={preset(Preset::Reset)}>{ words::RESET }</button>
            </div>
            <div class="calculator__layout">
                <div class="calculator__inputs">
                    { for fields }
                    { fold_in_compact(props.compact, words::MORE, html! { <>
                    <div class="calc-field">
                        <label class="calc-field__label" for="calc-profile">{ profile_words::LABEL }</label>
                        <p class="calc-field__hint">{ profile_words::HINT }</p>
                        <select id="calc-profile" class="calc-field__select" onchange={on_profile}>
                            <option value={Profile::FrontLoaded.key()} selected={profile == Profile::FrontLoaded}>{ profile_words::FRONT }</option>
                            <option value={Profile::Even.key()} selected={profile == Profile::Even}>{ profile_words::EVEN }</option>
                        </select>
                        { source_tag(&profile_source(profile), "calc-profile-source".into()) }
                    </div>
                    { split_controls(scenario.pledge, scenario.split, &dispatcher) }
                    </> }) }
                </div>
                <div class="calculator__outputs">
                    <p class="calculator__summary">{ summary }</p>
                    { funding_chart(&in_use, &outcome, props.compact) }
                    { calculator_results(&in_use, &outcome, props.compact) }
                    <div class="calculator__actions">
                        <button type="button" class="calculator__action" onclick={on_copy}>{ words::COPY_LINK }<span class="calculator__action-more">{ words::COPY_LINK_MORE }</span></button>
                        <button type="button" class="calculator__action" onclick={on_download}>{ words::DOWNLOAD }<span class="calculator__action-more">{ words::DOWNLOAD_MORE }</span>{ words::DOWNLOAD_FORMAT }</button>
                        <span class={if refused { "calculator__copied calculator__copied--refused" } else { "calculator__copied" }}
                            role="status">{ copy_status }</span>
                        // Shown when the browser refuses to copy: the link (written in by `show_link`), to copy by hand.
                        <input type="text" readonly=true id={LINK_FIELD} class="calculator__link" aria-label={words::LINK_LABEL}
                            hidden={!refused} />
                    </div>
                </div>
            </div>
            <div id="calculator-assumptions" class="calculator__assumptions" tabindex="-1">
                <p>{ words::ABOUT }</p>
            </div>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </section>
    }
}

/// The field that shows the scenario's link when the browser refuses to copy it.
const LINK_FIELD: &str = "calc-link";

/// Writes the link into its field and shows it, selected, for the reader to copy by hand: at
/// once, in the DOM (the render the refusal then causes shows the field too), so that focus
/// moves while the reader's click is still the last thing they did.
fn show_link(href: &str) {
    let field = crate::browser::document().and_then(|d| d.get_element_by_id(LINK_FIELD));
    if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlInputElement>().ok()) {
        field.set_value(href);
        field.set_hidden(false);
        let _ = field.focus();
        field.select();
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

/// Offers `content` as a file download, without any request leaving the page.
fn download(file_name: &str, content: &str) {
    let Some(document) = crate::browser::document() else { return };
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
