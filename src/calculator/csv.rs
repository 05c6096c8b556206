//! The scenario and its year-by-year schedule as CSV, for readers to take the numbers away.

use super::fields::{FieldKey, Partner};
use super::model::Outcome;
use super::scenario::Scenario;
use crate::money::format_number;
use crate::ui::calculator::{csv as words, units};

/// The scenario's inputs, its main results and the schedule, as CSV (RFC 4180, CRLF lines).
pub fn to_csv(scenario: &Scenario, outcome: &Outcome) -> String {
    let mut rows: Vec<Vec<String>> =
        vec![vec![words::TITLE.into()], [words::INPUT, words::VALUE, words::UNIT].map(String::from).to_vec()];
    for key in FieldKey::ALL {
        rows.push(vec![key.label().into(), format_number(scenario.get(key)), key.field().unit.label().into()]);
    }
    for (partner, share) in Partner::ALL.iter().zip(scenario.split) {
        rows.push(vec![words::Share { partner: partner.name() }.text(), share.to_string(), units::PERCENT.into()]);
    }
    rows.push(vec![words::PROFILE.into(), scenario.profile.key().into(), String::new()]);
    rows.push(vec![]);
    rows.push([words::RESULT, words::VALUE, words::UNIT].map(String::from).to_vec());
    let results = [
        (words::GAP_INITIAL, outcome.gap_initial, units::BILLIONS),
        (words::GAP_TOTAL, outcome.gap_total, units::BILLIONS),
        (words::PER_YEAR, outcome.to_raise_per_year, units::BILLIONS),
        (words::FIRST_TRANCHE_SECURED, outcome.first_tranche_secured_percent, units::PERCENT),
        (words::PER_JOB, outcome.cost_per_job_millions, units::MILLIONS),
        (words::XAI_MEMPHIS, outcome.xai_memphis_multiples, units::TIMES),
        (words::LAWSUIT, outcome.lawsuit_multiples, units::TIMES),
    ];
    for (label, value, unit) in results {
        rows.push(vec![label.into(), decimals(value), unit.into()]);
    }
    for (partner, amount) in Partner::ALL.iter().zip(outcome.contributions) {
        rows.push(vec![
            words::Contribution { partner: partner.name() }.text(),
            decimals(amount),
            units::BILLIONS.into(),
        ]);
    }
    rows.push(vec![]);
    rows.push([words::YEAR, words::SPENT, words::SPENT_BY_END, words::BEYOND_SECURED].map(String::from).to_vec());
    for row in &outcome.schedule {
        rows.push(vec![row.year.to_string(), decimals(row.needed), decimals(row.cumulative), decimals(row.shortfall)]);
    }
    let mut csv = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| quote(cell)).collect();
        csv.push_str(&cells.join(","));
        csv.push_str("\r\n");
    }
    csv
}

fn decimals(value: f64) -> String {
    crate::money::fixed(value, 2)
}

/// Quotes a cell when it holds a comma, a quote or a line break; neutralises a leading
/// formula character so a spreadsheet does not evaluate the cell.
fn quote(cell: &str) -> String {
    let cell = if cell.starts_with(['=', '+', '@']) { format!("'{cell}") } else { cell.to_owned() };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_inputs_results_and_every_year() {
        let scenario = Scenario::default();
        let csv = to_csv(&scenario, &Outcome::of(&scenario));
        assert!(csv.starts_with("Stargate funding scenario\r\nInput,Value,Unit\r\nPledge,500,$ billion\r\n"));
        assert!(csv.contains("\r\n2025,100.00,100.00,100.00\r\n"));
        assert!(csv.contains("\r\n2028,133.33,500.00,500.00\r\n"));
        assert!(csv.contains("Pledge in multiples of the lawsuit's $157bn,3.18,times"));
        assert!(csv.ends_with("\r\n"));
    }

    #[test]
    fn quotes_cells_that_need_it() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("=1+1"), "'=1+1");
    }
}
