use yew::prelude::*;

use crate::components::CitationLink;
use crate::content::{figure, EVENTS};
use crate::money::{format_billions, format_count, format_number, millions_per_job, per_year, percent_of, Billions};

/// The figures this preview calculates with, by id in `data/figures.toml`.
pub const PREVIEW_FIGURES: [&str; 5] =
    ["pledge-500bn-a", "horizon-four-years-a", "deploying-100bn-b", "softbank-under-10bn", "jobs-over-100000"];

/// What the articles' own figures imply, worked out: the sums the funding calculator lets a
/// reader vary. Each line names the figures it uses.
#[component]
pub fn MathPreview() -> Html {
    let value = |id: &str| figure(id).and_then(|f| f.value);
    let (Some(pledge), Some(years), Some(first), Some(secured), Some(jobs)) = (
        value(PREVIEW_FIGURES[0]),
        value(PREVIEW_FIGURES[1]),
        value(PREVIEW_FIGURES[2]),
        value(PREVIEW_FIGURES[3]),
        value(PREVIEW_FIGURES[4]),
    ) else {
        return html! {};
    };
    let calendar_years = {
        let year_of = |id: &str| EVENTS.iter().find(|e| e.id == id).and_then(|e| e.date).map(|d| d.year);
        match (year_of("announcement"), year_of("horizon-2029")) {
            (Some(from), Some(to)) if to >= from => Some(f64::from(to - from + 1)),
            _ => None,
        }
    };
    let mut lines = Vec::new();
    if let Some(yearly) = per_year(Billions(pledge), years) {
        lines.push(format!("Up to {} over {} years is {} a year, spread evenly.", format_billions(Billions(pledge)), years, format_billions(yearly)));
    }
    if let Some(yearly) = calendar_years.and_then(|n| per_year(Billions(pledge), n).map(|y| (n, y))) {
        lines.push(format!("Counting “by 2029” as the {} calendar years 2025 to 2029, it is {} a year.", yearly.0, format_billions(yearly.1)));
    }
    if let Some(share) = percent_of(Billions(secured), Billions(first)) {
        lines.push(format!(
            "Musk’s “well under {}” for SoftBank is less than {}% of the {} to be deployed immediately.",
            figure(PREVIEW_FIGURES[3]).map_or("", |f| f.text),
            format_number(share),
            format_billions(Billions(first))
        ));
    }
    if let Some(per_job) = millions_per_job(Billions(pledge), jobs) {
        lines.push(format!("Over {} jobs at up to {} means at most ${} million of investment per job.", format_count(jobs), format_billions(Billions(pledge)), format_number(per_job)));
    }
    let sources = PREVIEW_FIGURES.iter().enumerate().filter_map(|(index, id)| {
        let f = figure(id)?;
        Some(html! {
            <li><CitationLink citation={f.cite} id={format!("preview-figure-{index}")}>{ f.text }</CitationLink>{ format!(": {}", f.measures) }</li>
        })
    });
    html! {
        <div class="math-preview">
            <ul class="math-preview__lines">{ for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            <p class="math-preview__sources-heading">{ "Worked out from these figures:" }</p>
            <ul class="math-preview__sources">{ for sources }</ul>
        </div>
    }
}
