//! The scenario a reader sets, where its defaults come from, the presets, and reading it from
//! (and writing it to) the page's address. Address values are untrusted: each is clamped to its
//! field's range or ignored, with a notice saying so, never a panic. Values that only conflict
//! with each other (a tranche beyond the pledge) are kept as set, and capped where they are used.

use super::fields::{FieldKey, Partner, Split};
use super::split::normalize;
use crate::money::{plain_number, within};
use crate::query::{echo as echo_at_most, PageQuery, Param};
use crate::ui::calculator::notices;

/// How the pledge is spent over the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// The immediate tranche in the first year, the rest evenly after it.
    FrontLoaded,
    /// The same amount every year.
    Even,
}

impl Profile {
    /// The profile's value in the address (`profile=front`).
    pub const fn key(self) -> &'static str {
        match self {
            Profile::FrontLoaded => "front",
            Profile::Even => "even",
        }
    }

    /// The profile an address value names, if any.
    pub fn from_key(key: &str) -> Option<Profile> {
        [Profile::FrontLoaded, Profile::Even].into_iter().find(|profile| profile.key() == key)
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
    /// Percent of the financing from each partner; always sums to 100.
    pub split: Split,
    pub profile: Profile,
    /// Jobs created.
    pub jobs: u32,
}

/// The default split: an assumption, as the articles say only that SoftBank leads.
const DEFAULT_SPLIT: Split = [40, 20, 15, 15, 10];

/// One-click scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    /// An assumption on OpenAI's side: the $100 billion it said it would begin deploying
    /// immediately is secured.
    IfOpenAi,
    /// An assumption on Musk's side: his figure for SoftBank ("well under $10B"), taken as a
    /// generous upper bound, $9.9 billion, is all that is secured.
    IfMusk,
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

/// A scenario read from an address, what was wrong with it, and whether the address set any of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScenarioParse {
    pub scenario: Scenario,
    pub notices: Vec<String>,
    pub present: bool,
}

impl Scenario {
    pub fn preset(preset: Preset) -> Scenario {
        match preset {
            Preset::IfOpenAi => Scenario { secured: 100.0, ..Scenario::default() },
            Preset::IfMusk => Scenario { secured: 9.9, ..Scenario::default() },
            Preset::Reset => Scenario::default(),
        }
    }

    /// The value of a number field.
    pub fn get(&self, key: FieldKey) -> f64 {
        match key {
            FieldKey::Pledge => self.pledge,
            FieldKey::Years => f64::from(self.years),
            FieldKey::Initial => self.initial,
            FieldKey::Secured => self.secured,
            FieldKey::Jobs => f64::from(self.jobs),
        }
    }

    /// The scenario with a number field set, clamped to its own range and rounded to its
    /// precision, and nothing else changed: a field never moves because another did (what is
    /// deployed or secured beyond the pledge is capped in `in_use`, not here). Non-finite
    /// values change nothing.
    pub fn with(&self, key: FieldKey, value: f64) -> Scenario {
        if !value.is_finite() {
            return self.clone();
        }
        let field = key.field();
        let value = within(value, field.min, field.max);
        let mut next = self.clone();
        match key {
            FieldKey::Pledge => next.pledge = value.round(),
            FieldKey::Years => next.years = value.round() as u8,
            FieldKey::Initial => next.initial = value.round(),
            FieldKey::Secured => next.secured = (value * 10.0).round() / 10.0,
            FieldKey::Jobs => next.jobs = value.round() as u32,
        }
        next
    }

    /// The scenario the arithmetic uses: the immediate tranche and the money secured capped at
    /// the pledge. The reader's own values stay in `self`, so raising the pledge again gives
    /// them back.
    pub fn in_use(&self) -> Scenario {
        Scenario { initial: self.initial.min(self.pledge), secured: self.secured.min(self.pledge), ..self.clone() }
    }

    /// Reads a scenario from the page's address. Missing fields take their defaults; bad ones
    /// are replaced, and each replacement is explained in `notices`.
    pub fn from_query(query: &PageQuery) -> ScenarioParse {
        let mut scenario = Scenario::default();
        let mut notices = Vec::new();
        let present = Param::SCENARIO.iter().any(|param| query.has(*param));
        for key in FieldKey::ALL {
            let Some(raw) = query.get(key.param()) else { continue };
            let field = key.field();
            let (label, value) = (key.label(), &echo(raw));
            match parse_number(raw) {
                None => {
                    let used = &field.unit.show(scenario.get(key));
                    notices.push(notices::NotANumber { field: label, value, used }.text());
                }
                Some(number) if number < field.min || number > field.max => {
                    scenario = scenario.with(key, number);
                    let used = &field.unit.show(scenario.get(key));
                    notices.push(if number < field.min {
                        notices::TooSmall { field: label, value, used }.text()
                    } else {
                        notices::TooLarge { field: label, value, used }.text()
                    });
                }
                Some(number) => scenario = scenario.with(key, number),
            }
        }
        if let Some(raw) = query.get(Param::Split) {
            match parse_split(raw) {
                Some(split) if split.iter().map(|&s| u32::from(s)).sum::<u32>() == 100 => scenario.split = split,
                Some(split) => {
                    scenario.split = normalize(split);
                    notices.push(notices::SPLIT_SCALED.to_owned());
                }
                None => notices.push(notices::SplitUnreadable { value: &echo(raw) }.text()),
            }
        }
        if let Some(raw) = query.get(Param::Profile) {
            match Profile::from_key(raw) {
                Some(profile) => scenario.profile = profile,
                None => notices.push(notices::ProfileUnknown { value: &echo(raw) }.text()),
            }
        }
        ScenarioParse { scenario, notices, present }
    }

    /// The address with this scenario's parameters set, every other parameter kept.
    pub fn to_query(&self, query: PageQuery) -> PageQuery {
        let query = FieldKey::ALL
            .into_iter()
            .fold(query, |query, key| query.with(key.param(), Some(&plain_number(self.get(key)))));
        let split: Vec<String> = self.split.iter().map(u8::to_string).collect();
        query.with(Param::Split, Some(&split.join(","))).with(Param::Profile, Some(self.profile.key()))
    }

    /// The address with every scenario parameter removed (the scenario is the default).
    pub fn clear_query(query: PageQuery) -> PageQuery {
        Param::SCENARIO.into_iter().fold(query, PageQuery::without)
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

/// A share for each partner, each a whole percentage from 0 to 100, separated by commas.
fn parse_split(raw: &str) -> Option<Split> {
    let parts: Vec<&str> = raw.split(',').collect();
    if parts.len() != Partner::COUNT {
        return None;
    }
    let mut split = [0u8; Partner::COUNT];
    for (slot, part) in split.iter_mut().zip(parts) {
        let number: u32 = part.trim().parse().ok()?;
        *slot = u8::try_from(number).ok().filter(|n| *n <= 100)?;
    }
    Some(split)
}

/// Part of an untrusted value, short enough to repeat back in a notice.
fn echo(raw: &str) -> String {
    echo_at_most(raw, 24)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> ScenarioParse {
        Scenario::from_query(&PageQuery::parse(query))
    }

    #[test]
    fn an_empty_query_is_the_default_and_sets_nothing() {
        assert_eq!(
            parse("?step=do-the-math"),
            ScenarioParse { scenario: Scenario::default(), notices: vec![], present: false }
        );
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
        let query = scenario.to_query(PageQuery::parse("?step=do-the-math"));
        assert!(query.to_string().starts_with("?step=do-the-math&pledge=320&years=7"), "{query}");
        let parse = Scenario::from_query(&query);
        assert_eq!((parse.scenario, parse.notices.len(), parse.present), (scenario, 0, true));
        assert_eq!(Scenario::clear_query(query).to_string(), "?step=do-the-math");
    }

    #[test]
    fn bad_values_are_replaced_and_explained() {
        let parse = parse("?pledge=abc&years=50&initial=-5&secured=NaN&jobs=1e400&split=1,2,3&profile=sideways");
        assert_eq!(parse.scenario.pledge, 500.0);
        assert_eq!(parse.scenario.years, 10);
        assert_eq!(parse.scenario.initial, 0.0);
        assert_eq!(parse.scenario.secured, 0.0);
        assert_eq!(parse.scenario.jobs, 100_000);
        assert_eq!(parse.scenario.split, DEFAULT_SPLIT);
        assert_eq!(parse.scenario.profile, Profile::FrontLoaded);
        assert_eq!(parse.notices.len(), 7, "{:?}", parse.notices);
        assert!(parse.notices[0].starts_with("Planned total (up to): “abc” is not a number, so it is $500 billion."));
        assert_eq!(parse.notices[1], "Period: 50 is more than the most the calculator allows, so it is 10 years.");
        assert_eq!(
            parse.notices[2],
            "First tranche: -5 is less than the least the calculator allows, so it is $0 billion."
        );
    }

    #[test]
    fn the_first_of_a_repeated_parameter_counts() {
        assert_eq!(parse("?pledge=300&pledge=200").scenario.pledge, 300.0);
    }

    #[test]
    fn money_beyond_the_pledge_is_kept_as_set_and_capped_in_use() {
        let parse = parse("?pledge=50&initial=100&secured=70");
        assert_eq!((parse.scenario.initial, parse.scenario.secured), (100.0, 70.0), "the link's values stay");
        assert!(parse.notices.is_empty(), "the fields say it beside themselves");
        let in_use = parse.scenario.in_use();
        assert_eq!((in_use.initial, in_use.secured), (50.0, 50.0));
        assert!(in_use.get(FieldKey::Initial) != parse.scenario.initial && in_use.pledge == parse.scenario.pledge);
    }

    #[test]
    fn a_split_that_does_not_add_up_is_scaled() {
        let scaled = parse("?split=50,50,50,50,50");
        assert_eq!(scaled.scenario.split, [20, 20, 20, 20, 20]);
        assert_eq!(scaled.notices.len(), 1);
        assert_eq!(parse("?split=1,2,3,4,500").scenario.split, DEFAULT_SPLIT);
    }

    #[test]
    fn presets_set_their_values() {
        assert_eq!(Scenario::preset(Preset::IfMusk).secured, 9.9);
        assert_eq!(Scenario::preset(Preset::IfOpenAi).secured, 100.0);
        assert_eq!(Scenario::preset(Preset::Reset), Scenario::default());
    }

    #[test]
    fn setting_a_field_clamps_it() {
        let s = Scenario::default();
        assert_eq!(s.with(FieldKey::Pledge, 5000.0).pledge, 1000.0);
        assert_eq!(s.with(FieldKey::Pledge, 50.0).initial, 100.0, "the tranche stays as set under a smaller pledge");
        assert_eq!(s.with(FieldKey::Years, 0.2).years, 1);
        assert_eq!(s.with(FieldKey::Secured, f64::NAN), s);
        assert_eq!(s.with(FieldKey::Secured, 9.94).secured, 9.9);
    }
}
