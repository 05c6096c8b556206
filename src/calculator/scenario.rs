//! The scenario a reader sets: its fields and their ranges, where each default comes from,
//! the presets, and reading it from (and writing it to) a URL query. Query values are
//! untrusted: each is clamped or ignored, with a notice saying so, never a panic.

use crate::money::{format_billions, format_count, format_number, within, Billions};
use crate::url_query;

use super::split::normalize;

/// The partners the financing is split between, in order.
pub const PARTNERS: [&str; 5] = ["SoftBank", "OpenAI", "Oracle", "MGX", "Other or debt"];

/// The longest period the calculator models, in years.
pub const MAX_YEARS: u8 = 10;

/// How the pledge is spent over the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// The immediate tranche in the first year, the rest evenly after it.
    FrontLoaded,
    /// The same amount every year.
    Even,
}

impl Profile {
    pub fn key(self) -> &'static str {
        match self {
            Profile::FrontLoaded => "front",
            Profile::Even => "even",
        }
    }
}

/// Every input of the calculator.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The pledge, $ billion.
    pub pledge: f64,
    /// The period, in years from 2025.
    pub years: u8,
    /// Deployed immediately (in the first year), $ billion.
    pub initial: f64,
    /// Actually secured, $ billion.
    pub secured: f64,
    /// Percent of the financing from each of `PARTNERS`; always sums to 100.
    pub split: [u8; 5],
    pub profile: Profile,
    /// Jobs created.
    pub jobs: u32,
}

/// A numeric input: its query key, label, unit and range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

pub const PLEDGE: Field =
    Field { key: "pledge", label: "Pledge", unit: "$ billion", min: 10.0, max: 1000.0, step: 10.0 };
pub const YEARS: Field =
    Field { key: "years", label: "Period", unit: "years", min: 1.0, max: MAX_YEARS as f64, step: 1.0 };
pub const INITIAL: Field =
    Field { key: "initial", label: "Deployed immediately", unit: "$ billion", min: 0.0, max: 1000.0, step: 5.0 };
pub const SECURED: Field =
    Field { key: "secured", label: "Actually secured", unit: "$ billion", min: 0.0, max: 1000.0, step: 0.1 };
pub const JOBS: Field =
    Field { key: "jobs", label: "Jobs created", unit: "jobs", min: 100_000.0, max: 900_000.0, step: 10_000.0 };

/// The numeric inputs, in the order the calculator shows them.
pub const FIELDS: [Field; 5] = [PLEDGE, YEARS, INITIAL, SECURED, JOBS];

/// The split's query key.
const SPLIT_KEY: &str = "split";
const PROFILE_KEY: &str = "profile";
/// The default split: an assumption, as the articles say only that SoftBank leads.
const DEFAULT_SPLIT: [u8; 5] = [40, 20, 15, 15, 10];

/// One-click scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// The pledge, the period and the immediate tranche as announced, taking OpenAI at its
    /// word that the $100 billion is ready, and its "hundreds of thousands" of jobs.
    AsAnnounced,
    /// Musk's claim: well under $10 billion secured.
    MusksClaim,
    /// The defaults.
    Reset,
}

impl Default for Scenario {
    fn default() -> Scenario {
        Scenario {
            pledge: 500.0,
            years: 4,
            initial: 100.0,
            secured: 0.0,
            split: DEFAULT_SPLIT,
            profile: Profile::FrontLoaded,
            jobs: 100_000,
        }
    }
}

/// A scenario read from a query, what was wrong with it, and whether the query set any of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScenarioParse {
    pub scenario: Scenario,
    pub notices: Vec<String>,
    pub present: bool,
}

impl Scenario {
    pub fn preset(preset: Preset) -> Scenario {
        match preset {
            Preset::AsAnnounced => Scenario { secured: 100.0, jobs: 200_000, ..Scenario::default() },
            Preset::MusksClaim => Scenario { secured: 9.9, ..Scenario::default() },
            Preset::Reset => Scenario::default(),
        }
    }

    /// The value of a numeric field.
    pub fn get(&self, field: &Field) -> f64 {
        match field.key {
            "pledge" => self.pledge,
            "years" => f64::from(self.years),
            "initial" => self.initial,
            "secured" => self.secured,
            _ => f64::from(self.jobs),
        }
    }

    /// The scenario with a numeric field set, clamped to its range and to the other fields
    /// (nothing deployed or secured beyond the pledge). Non-finite values change nothing.
    pub fn with(&self, field: &Field, value: f64) -> Scenario {
        self.set(field, value).fit()
    }

    /// The scenario with a numeric field set and clamped to its own range only.
    fn set(&self, field: &Field, value: f64) -> Scenario {
        if !value.is_finite() {
            return self.clone();
        }
        let value = within(value, field.min, field.max);
        let mut next = self.clone();
        match field.key {
            "pledge" => next.pledge = value.round(),
            "years" => next.years = value.round() as u8,
            "initial" => next.initial = value.round(),
            "secured" => next.secured = (value * 10.0).round() / 10.0,
            _ => next.jobs = value.round() as u32,
        }
        next
    }

    /// Keeps the immediate tranche and the money secured within the pledge.
    fn fit(mut self) -> Scenario {
        self.initial = self.initial.min(self.pledge);
        self.secured = self.secured.min(self.pledge);
        self
    }

    /// Every query parameter a scenario is written in.
    pub fn query_keys() -> impl Iterator<Item = &'static str> {
        FIELDS.iter().map(|f| f.key).chain([SPLIT_KEY, PROFILE_KEY])
    }

    /// Reads a scenario from a query string. Missing fields take their defaults; bad ones are
    /// replaced, and each replacement is explained in `notices`.
    pub fn from_query(query: &str) -> ScenarioParse {
        let params = url_query::params(query);
        let value = |key: &str| params.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let mut scenario = Scenario::default();
        let mut notices = Vec::new();
        let mut present = false;
        for field in FIELDS {
            let Some(raw) = value(field.key) else { continue };
            present = true;
            let default = scenario.get(&field);
            match parse_number(raw) {
                None => notices.push(format!(
                    "{}: “{}” is not a number, so it is {}.",
                    field.label,
                    echo(raw),
                    field.show(default)
                )),
                Some(number) if number < field.min || number > field.max => {
                    scenario = scenario.set(&field, number);
                    let bound = if number < field.min { "less than the least" } else { "more than the most" };
                    notices.push(format!(
                        "{}: {} is {bound} the calculator allows, so it is {}.",
                        field.label,
                        echo(raw),
                        field.show(scenario.get(&field))
                    ));
                }
                Some(number) => scenario = scenario.set(&field, number),
            }
        }
        let fitted = scenario.clone().fit();
        if fitted.initial != scenario.initial || fitted.secured != scenario.secured {
            notices.push(
                "Money deployed immediately or secured cannot exceed the pledge, so it is capped at the pledge."
                    .to_owned(),
            );
        }
        scenario = fitted;
        if let Some(raw) = value(SPLIT_KEY) {
            present = true;
            match parse_split(raw) {
                Some(split) if split.iter().map(|&s| u32::from(s)).sum::<u32>() == 100 => scenario.split = split,
                Some(split) => {
                    scenario.split = normalize(split);
                    notices.push("The financing split did not add up to 100%, so it is scaled to 100%.".to_owned());
                }
                None => notices.push(format!(
                    "The financing split “{}” is not five whole percentages, so it is the default split.",
                    echo(raw)
                )),
            }
        }
        if let Some(raw) = value(PROFILE_KEY) {
            present = true;
            match raw {
                "front" => scenario.profile = Profile::FrontLoaded,
                "even" => scenario.profile = Profile::Even,
                _ => notices
                    .push(format!("The spending profile “{}” is not “front” or “even”, so it is “front”.", echo(raw))),
            }
        }
        ScenarioParse { scenario, notices, present }
    }

    /// The query with this scenario's parameters set, every other parameter of `query` kept.
    pub fn to_query(&self, query: &str) -> String {
        let mut query = query.to_owned();
        for field in FIELDS {
            query = url_query::with(&query, field.key, Some(&format_number(self.get(&field))));
        }
        let split: Vec<String> = self.split.iter().map(u8::to_string).collect();
        query = url_query::with(&query, SPLIT_KEY, Some(&split.join(",")));
        url_query::with(&query, PROFILE_KEY, Some(self.profile.key()))
    }

    /// The query with every scenario parameter removed (the scenario is the default).
    pub fn clear_query(query: &str) -> String {
        Scenario::query_keys().fold(query.to_owned(), |query, key| url_query::with(&query, key, None))
    }
}

/// A finite plain decimal, or `None`. Accepts "1,000" and surrounding spaces.
fn parse_number(raw: &str) -> Option<f64> {
    let cleaned: String = raw.trim().chars().filter(|c| *c != ',' && *c != '_').collect();
    if cleaned.len() > 32 {
        return None;
    }
    crate::money::parse_decimal(&cleaned)
}

fn parse_split(raw: &str) -> Option<[u8; 5]> {
    let parts: Vec<&str> = raw.split(',').collect();
    if parts.len() != 5 {
        return None;
    }
    let mut split = [0u8; 5];
    for (slot, part) in split.iter_mut().zip(parts) {
        let number: u32 = part.trim().parse().ok()?;
        *slot = u8::try_from(number).ok().filter(|n| *n <= 100)?;
    }
    Some(split)
}

impl Field {
    /// A value with its unit, as a reader hears or reads it: "$500 billion", "4 years",
    /// "100,000 jobs".
    pub fn show(&self, value: f64) -> String {
        match self.unit {
            "$ billion" => format_billions(Billions(value)),
            unit => format!("{} {unit}", format_count(value)),
        }
    }
}

/// Part of an untrusted value, short enough to repeat back in a notice.
fn echo(raw: &str) -> String {
    url_query::echo(raw, 24)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_query_is_the_default_and_sets_nothing() {
        let parse = Scenario::from_query("?step=do-the-math");
        assert_eq!(parse, ScenarioParse { scenario: Scenario::default(), notices: vec![], present: false });
    }

    #[test]
    fn a_written_scenario_reads_back_exactly() {
        let scenario = Scenario {
            pledge: 320.0,
            years: 7,
            initial: 45.0,
            secured: 9.9,
            split: [10, 20, 30, 25, 15],
            profile: Profile::Even,
            jobs: 250_000,
        };
        let query = scenario.to_query("?step=do-the-math");
        assert!(query.starts_with("?step=do-the-math&pledge=320&years=7"), "{query}");
        let parse = Scenario::from_query(&query);
        assert_eq!((parse.scenario, parse.notices.len(), parse.present), (scenario, 0, true));
        assert_eq!(Scenario::clear_query(&query), "?step=do-the-math");
    }

    #[test]
    fn bad_values_are_replaced_and_explained() {
        let parse =
            Scenario::from_query("?pledge=abc&years=50&initial=-5&secured=NaN&jobs=1e400&split=1,2,3&profile=sideways");
        assert_eq!(parse.scenario.pledge, 500.0);
        assert_eq!(parse.scenario.years, 10);
        assert_eq!(parse.scenario.initial, 0.0);
        assert_eq!(parse.scenario.secured, 0.0);
        assert_eq!(parse.scenario.jobs, 100_000);
        assert_eq!(parse.scenario.split, DEFAULT_SPLIT);
        assert_eq!(parse.scenario.profile, Profile::FrontLoaded);
        assert_eq!(parse.notices.len(), 7, "{:?}", parse.notices);
        assert!(parse.notices[0].starts_with("Pledge: “abc” is not a number, so it is $500 billion."));
        assert!(parse.notices[1].contains("more than the most"));
    }

    #[test]
    fn money_beyond_the_pledge_is_capped() {
        let parse = Scenario::from_query("?pledge=50&initial=100&secured=70");
        assert_eq!((parse.scenario.initial, parse.scenario.secured), (50.0, 50.0));
        assert_eq!(parse.notices.len(), 1);
    }

    #[test]
    fn a_split_that_does_not_add_up_is_scaled() {
        let parse = Scenario::from_query("?split=50,50,50,50,50");
        assert_eq!(parse.scenario.split, [20, 20, 20, 20, 20]);
        assert_eq!(parse.notices.len(), 1);
        assert_eq!(Scenario::from_query("?split=1,2,3,4,500").scenario.split, DEFAULT_SPLIT);
    }

    #[test]
    fn presets_set_their_values() {
        assert_eq!(Scenario::preset(Preset::MusksClaim).secured, 9.9);
        assert_eq!(Scenario::preset(Preset::AsAnnounced).secured, 100.0);
        assert_eq!(Scenario::preset(Preset::Reset), Scenario::default());
    }

    #[test]
    fn setting_a_field_clamps_it() {
        let s = Scenario::default();
        assert_eq!(s.with(&PLEDGE, 5000.0).pledge, 1000.0);
        assert_eq!(s.with(&PLEDGE, 50.0).initial, 50.0, "the tranche follows a smaller pledge");
        assert_eq!(s.with(&YEARS, 0.2).years, 1);
        assert_eq!(s.with(&SECURED, f64::NAN), s);
        assert_eq!(s.with(&SECURED, 9.94).secured, 9.9);
    }
}
