//! The scenario and its year-by-year schedule as CSV, for readers to take the numbers away.

use super::model::Outcome;
use super::scenario::{Scenario, FIELDS, PARTNERS};
use crate::money::format_number;

/// The scenario's inputs, its main results and the schedule, as CSV (RFC 4180, CRLF lines).
pub fn to_csv(scenario: &Scenario, outcome: &Outcome) -> String {
    let mut rows: Vec<Vec<String>> =
        vec![vec!["Stargate funding scenario".into()], vec!["Input".into(), "Value".into(), "Unit".into()]];
    for field in FIELDS {
        rows.push(vec![field.label.into(), format_number(scenario.get(&field)), field.unit.into()]);
    }
    for (partner, share) in PARTNERS.iter().zip(scenario.split) {
        rows.push(vec![format!("Share of financing: {partner}"), share.to_string(), "%".into()]);
    }
    rows.push(vec!["Spending profile".into(), scenario.profile.key().into(), String::new()]);
    rows.push(vec![]);
    rows.push(vec!["Result".into(), "Value".into(), "Unit".into()]);
    let results = [
        ("Gap against the immediate tranche", outcome.gap_initial, "$ billion"),
        ("Gap against the whole pledge", outcome.gap_total, "$ billion"),
        ("Still to raise per year", outcome.to_raise_per_year, "$ billion"),
        ("Share of the immediate tranche secured", outcome.first_tranche_secured_percent, "%"),
        ("Pledge per job", outcome.cost_per_job_millions, "$ million"),
        ("Pledge in multiples of xAI's Memphis data centre", outcome.xai_memphis_multiples, "times"),
        ("Pledge in multiples of the lawsuit's $157bn", outcome.lawsuit_multiples, "times"),
    ];
    for (label, value, unit) in results {
        rows.push(vec![label.into(), decimals(value), unit.into()]);
    }
    for (partner, amount) in PARTNERS.iter().zip(outcome.contributions) {
        rows.push(vec![format!("Implied contribution: {partner}"), decimals(amount), "$ billion".into()]);
    }
    rows.push(vec![]);
    rows.push(vec![
        "Year".into(),
        "Spent that year ($ billion)".into(),
        "Spent by year end ($ billion)".into(),
        "Beyond money secured ($ billion)".into(),
    ]);
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
