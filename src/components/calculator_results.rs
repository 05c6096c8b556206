use yew::prelude::*;

use crate::calculator::{Outcome, Scenario, PARTNERS};
use crate::components::citation_link;
use crate::content::figure;
use crate::money::{format_billions, format_count, format_number, Billions};

/// What the scenario implies: the gaps, the money still to raise each year, the share of the
/// first tranche secured, the cost per job, each partner's implied share, and the pledge
/// measured against two figures from the articles.
pub fn calculator_results(s: &Scenario, o: &Outcome, compact: bool) -> Html {
    let money = |v: f64| format_billions(Billions(v));
    let yardstick = |id: &str, times: f64, what: &str| {
        figure(id).map(|f| {
            html! {
                <li>
                    <span class="calc-results__value">{ format!("{}×", format_number(times)) }</span>
                    <span class="calc-results__what">
                        { format!("the pledge against {what} (") }
                        { citation_link(f.cite, format!("calc-yardstick-{id}"), f.text) }{ ")" }
                    </span>
                </li>
            }
        })
    };
    let partners = PARTNERS.iter().zip(o.contributions).zip(s.split).map(|((partner, amount), share)| {
        html! { <li><span class="calc-results__value">{ money(amount) }</span><span class="calc-results__what">{ format!("{partner} ({share}%)") }</span></li> }
    });
    html! {
        <div class="calc-results">
            <ul class="calc-results__list">
                // The compact card's summary sentence already says the first four.
                if !compact {
                <li><span class="calc-results__value">{ money(o.gap_initial) }</span>
                    <span class="calc-results__what">{ format!("not yet covered of the {} to deploy immediately", money(s.initial)) }</span></li>
                <li><span class="calc-results__value">{ format!("{}%", format_number(o.first_tranche_secured_percent)) }</span>
                    <span class="calc-results__what">{ "of that first tranche is secured" }</span></li>
                <li><span class="calc-results__value">{ money(o.gap_total) }</span>
                    <span class="calc-results__what">{ format!("of the {} pledge still to be found", money(s.pledge)) }</span></li>
                <li><span class="calc-results__value">{ money(o.to_raise_per_year) }</span>
                    <span class="calc-results__what">{ format!("to raise each year, over {} {}", s.years, if s.years == 1 { "year" } else { "years" }) }</span></li>
                }
                <li><span class="calc-results__value">{ format!("${} million", format_number(o.cost_per_job_millions)) }</span>
                    <span class="calc-results__what">{ format!("of pledge per job, at {} jobs", format_count(f64::from(s.jobs))) }</span></li>
                { for yardstick("xai-memphis-12bn", o.xai_memphis_multiples, "xAI’s Memphis data centre") }
                { for yardstick("lawsuit-157bn", o.lawsuit_multiples, "the for-profit value in Musk’s lawsuit") }
            </ul>
            // The compact card shows each partner's amount in the split alone.
            if !compact {
                <p class="calc-results__subhead">{ "Each partner’s implied share of the pledge" }</p>
                <ul class="calc-results__list calc-results__list--partners">{ for partners }</ul>
            }
        </div>
    }
}
