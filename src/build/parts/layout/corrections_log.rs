use yew::prelude::*;

use crate::content::{Correction, CORRECTIONS};
use crate::ui::corrections as words;

/// The corrections log, as newsrooms publish one: each correction's date, what the explainer
/// said that was wrong, and what it says now, newest first (`data/corrections.toml`).
#[component]
pub fn CorrectionsLog() -> Html {
    html! {
        <section id="corrections" class="corrections" aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">{ words::HEADING }</h2>
            <p class="corrections__intro">{ words::INTRO }</p>
            if CORRECTIONS.is_empty() {
                <p>{ words::NONE }</p>
            } else {
                <ol class="corrections__list">{ for CORRECTIONS.iter().enumerate().map(correction) }</ol>
            }
        </section>
    }
}

fn correction((index, correction): (usize, &'static Correction)) -> Html {
    html! {
        <li class="correction" id={Correction::anchor(index, CORRECTIONS.len())}>
            <p class="correction__date"><time datetime={correction.date.iso()}>{ correction.date.to_string() }</time></p>
            <p><strong class="correction__label">{ words::WRONG }</strong>{ correction.wrong }</p>
            <p><strong class="correction__label">{ words::NOW }</strong>{ correction.now }</p>
        </li>
    }
}
