use yew::prelude::*;

use crate::calculator::{Outcome, Partner, Scenario, LAWSUIT_VALUE, XAI_MEMPHIS};
use crate::components::citation_link;
use crate::content::FigureId;
use crate::money::{format_billions, format_number, Billions};
use crate::ui::calculator::results as words;
use crate::ui::number;

/// What the scenario implies: the gaps, the money still to raise each year, the share of the
/// first tranche secured, the cost per job, each partner's implied share, and the pledge
/// measured against two figures from the articles.
pub fn calculator_results(s: &Scenario, o: &Outcome, compact: bool) -> Html {
    let money = |v: f64| format_billions(Billions(v));
    let yardstick = |figure: FigureId, times: f64, what: &str| {
        let cited = figure.figure();
        html! {
            <li>
                <span class="calc-results__value">{ number::Times { value: &format_number(times) }.text() }</span>
                <span class="calc-results__what">
                    { words::Against { what }.text() }
                    { citation_link(cited.cite, format!("calc-yardstick-{}", figure.index()), cited.text) }{ ")" }
                </span>
            </li>
        }
    };
    let partners = Partner::ALL.iter().zip(o.contributions).zip(s.split).map(|((partner, amount), share)| {
        let share = &share.to_string();
        html! {
            <li><span class="calc-results__value">{ money(amount) }</span>
                <span class="calc-results__what">{ words::PartnerShare { partner: partner.name(), share }.text() }</span></li>
        }
    });
    html! {
        <div class="calc-results">
            <ul class="calc-results__list">
                // The compact card's summary sentence already says the first four.
                if !compact {
                <li><span class="calc-results__value">{ money(o.gap_initial) }</span>
                    <span class="calc-results__what">{ words::GapInitial { initial: &money(s.initial) }.text() }</span></li>
                <li><span class="calc-results__value">{ number::Percent { value: &format_number(o.first_tranche_secured_percent) }.text() }</span>
                    <span class="calc-results__what">{ words::FIRST_TRANCHE_SECURED }</span></li>
                <li><span class="calc-results__value">{ money(o.gap_total) }</span>
                    <span class="calc-results__what">{ words::GapTotal { pledge: &money(s.pledge) }.text() }</span></li>
                <li><span class="calc-results__value">{ money(o.to_raise_per_year) }</span>
                    <span class="calc-results__what">{ words::PerYear { count: u32::from(s.years) }.text() }</span></li>
                }
                <li><span class="calc-results__value">{ number::Millions { amount: &format_number(o.cost_per_job_millions) }.text() }</span>
                    <span class="calc-results__what">{ words::PerJob { jobs: &crate::ui::count(s.jobs) }.text() }</span></li>
                { yardstick(XAI_MEMPHIS, o.xai_memphis_multiples, words::XAI_MEMPHIS) }
                { yardstick(LAWSUIT_VALUE, o.lawsuit_multiples, words::LAWSUIT) }
            </ul>
            // The compact card shows each partner's amount in the split alone.
            if !compact {
                <p class="calc-results__subhead">{ words::PARTNERS }</p>
                <ul class="calc-results__list calc-results__list--partners">{ for partners }</ul>
            }
        </div>
    }
}
