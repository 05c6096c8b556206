//! The scenario and its year-by-year schedule as CSV, for readers to take the numbers away.

use super::fields::{FieldKey, Partner};
use super::model::Outcome;
use super::scenario::Scenario;
use super::sources::{field_source, profile_source, split_source, ValueSource};
use crate::money::plain_number;
use crate::ui::calculator::{csv as words, units, value_source};

/// The scenario's inputs, its main results and the schedule, as CSV (RFC 4180, CRLF lines).
/// Numbers are data here, written with a point in every language (`plain_number`, `decimals`).
pub fn to_csv(scenario: &Scenario, outcome: &Outcome) -> String {
    let mut rows: Vec<Vec<String>> = vec![
        vec![words::TITLE.into()],
        [words::INPUT, words::VALUE, words::UNIT, words::SOURCE].map(String::from).to_vec(),
    ];
    // Each input with where it comes from, as the calculator tags it: a source, an
    // assumption, or the reader's own value.
    let source = |source: ValueSource| {
        let (text, detail) = source.words();
        text + &detail
    };
    // The value each result is worked out from; where the pledge caps the reader's value, the
    // source says what they set.
    let in_use = scenario.in_use();
    for key in FieldKey::ALL {
        let (value, set) = (in_use.get(key), scenario.get(key));
        let mut tag = source(field_source(key, set));
        if value != set {
            tag += &words::Capped { set: &plain_number(set) }.text();
        }
        rows.push(vec![key.label().into(), plain_number(value), key.field().unit.label().into(), tag]);
    }
    let split = source(split_source(scenario.split));
    for (partner, share) in Partner::ALL.iter().zip(scenario.split) {
        rows.push(vec![
            words::Share { partner: partner.name() }.text(),
            share.to_string(),
            units::PERCENT.into(),
            split.clone(),
        ]);
    }
    rows.push(vec![
        words::PROFILE.into(),
        scenario.profile.key().into(),
        String::new(),
        source(profile_source(scenario.profile)),
    ]);
    // The schedule's years count from one the articles do not give: say so where the file goes.
    rows.push(vec![
        words::FIRST_YEAR.into(),
        super::model::FIRST_YEAR.to_string(),
        String::new(),
        source(ValueSource::Assumption(value_source::FIRST_YEAR)),
    ]);
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
        let first = format!(
            "{}\r\n{},{},{},{}\r\n{},500,$ billion,",
            words::TITLE,
            words::INPUT,
            words::VALUE,
            words::UNIT,
            words::SOURCE,
            crate::ui::calculator::fields::PLEDGE
        );
        assert!(csv.starts_with(&first), "{csv}");
        // Each input says where it comes from: the pledge an article's figure, the money
        // secured an assumption.
        let pledge_row = csv.lines().nth(2).unwrap_or_default();
        assert!(pledge_row.contains("Source A"), "{pledge_row}");
        let secured_row = csv.lines().nth(5).unwrap_or_default();
        assert!(secured_row.contains(value_source::ASSUMPTION), "{secured_row}");
        // The first year is an inference, and the file says so.
        assert!(csv.contains(&format!("{},2025,,", words::FIRST_YEAR)), "{csv}");
        assert!(csv.contains("\r\n2025,100.00,100.00,100.00\r\n"));
        assert!(csv.contains("\r\n2028,133.33,500.00,500.00\r\n"));
        assert!(csv.contains(&format!("{},3.18,times", words::LAWSUIT)));
        assert!(csv.ends_with("\r\n"));
    }

    #[test]
    fn a_value_beyond_the_pledge_is_given_as_used_and_as_set() {
        let scenario = Scenario { pledge: 50.0, initial: 100.0, ..Scenario::default() };
        let csv = to_csv(&scenario, &Outcome::of(&scenario));
        let initial_row = csv.lines().nth(4).unwrap_or_default();
        assert!(initial_row.starts_with(&format!("{},50,", crate::ui::calculator::fields::INITIAL)), "{initial_row}");
        assert!(initial_row.contains("set at 100; counted as the planned total"), "{initial_row}");
    }

    #[test]
    fn quotes_cells_that_need_it() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("=1+1"), "'=1+1");
    }
}
