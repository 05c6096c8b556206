//! The arithmetic: what a scenario implies. Every output is finite for every scenario the
//! address parser or the controls can produce.

use super::fields::Partner;
use super::scenario::{Profile, Scenario};
use crate::content::{figures, FigureId};
use crate::money::{format_billions, format_number, millions_per_job, percent_of, within, Billions};
use crate::ui::calculator::summary;

/// The yardsticks the pledge is measured against: xAI's reported investment in its Memphis
/// data centre, and the for-profit value in Musk's lawsuit (figures in `data/`, in $ billion).
pub const XAI_MEMPHIS: FigureId = figures::XAI_MEMPHIS_12BN;
pub const LAWSUIT_VALUE: FigureId = figures::LAWSUIT_157BN;
/// The first year of the schedule: 2025, the year the explainer infers for the announcement
/// (neither article states it; see `data/events.toml`, "dateline").
pub const FIRST_YEAR: u16 = 2025;

/// One year of the schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    pub year: u16,
    /// Spent in this year, $ billion.
    pub needed: f64,
    /// Spent by the end of this year, $ billion.
    pub cumulative: f64,
    /// Still to be found by the end of this year beyond what is secured, $ billion.
    pub shortfall: f64,
}

/// Everything the calculator shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The immediate tranche not covered by the money secured.
    pub gap_initial: f64,
    /// The pledge not covered by the money secured.
    pub gap_total: f64,
    /// `gap_total` spread over the period.
    pub to_raise_per_year: f64,
    /// Each partner's implied share of the pledge, in the order of `Partner::ALL`.
    pub contributions: [f64; Partner::COUNT],
    /// Percent of the immediate tranche that is secured (100 when the tranche is zero).
    pub first_tranche_secured_percent: f64,
    /// Millions of dollars of pledge per job.
    pub cost_per_job_millions: f64,
    pub xai_memphis_multiples: f64,
    pub lawsuit_multiples: f64,
    pub schedule: Vec<YearRow>,
}

impl Outcome {
    /// What `scenario` implies, with what is deployed or secured capped at the pledge
    /// (`Scenario::in_use`).
    pub fn of(scenario: &Scenario) -> Outcome {
        let pledge = scenario.pledge.max(0.0);
        let secured = within(scenario.secured, 0.0, pledge);
        let initial = within(scenario.initial, 0.0, pledge);
        let years = scenario.years.max(1);
        let gap_total = pledge - secured;
        let mut contributions = [0.0; Partner::COUNT];
        for (slot, share) in contributions.iter_mut().zip(scenario.split) {
            *slot = pledge * f64::from(share) / 100.0;
        }
        Outcome {
            gap_initial: (initial - secured).max(0.0),
            gap_total,
            to_raise_per_year: gap_total / f64::from(years),
            contributions,
            first_tranche_secured_percent: percent_of(Billions(secured.min(initial)), Billions(initial))
                .unwrap_or(100.0),
            cost_per_job_millions: millions_per_job(Billions(pledge), f64::from(scenario.jobs.max(1))).unwrap_or(0.0),
            xai_memphis_multiples: multiples(pledge, XAI_MEMPHIS),
            lawsuit_multiples: multiples(pledge, LAWSUIT_VALUE),
            schedule: schedule(pledge, initial, secured, years, scenario.profile),
        }
    }

    /// One sentence that sums up the scenario without taking a side.
    pub fn summary(&self, scenario: &Scenario) -> String {
        let scenario = &scenario.in_use();
        let money = |amount: f64| format_billions(Billions(amount));
        let (secured, pledge) = (&money(scenario.secured), &money(scenario.pledge));
        if self.gap_total <= 0.0 {
            return summary::Covered { secured, pledge }.text();
        }
        let first = if scenario.initial > 0.0 {
            let percent = &format_number(self.first_tranche_secured_percent);
            summary::FirstTranche { percent, initial: &money(scenario.initial) }.text()
        } else {
            summary::NO_FIRST_TRANCHE.to_owned()
        };
        let (gap, per_year) = (&money(self.gap_total), &money(self.to_raise_per_year));
        summary::Gap { secured, first: &first, gap, pledge, per_year, count: u32::from(scenario.years) }.text()
    }
}

/// How many times a figure's amount goes into `pledge`; 0 for a figure with no exact amount (a
/// test holds both yardsticks to having one).
fn multiples(pledge: f64, yardstick: FigureId) -> f64 {
    yardstick.figure().value.filter(|amount| *amount > 0.0).map_or(0.0, |amount| pledge / amount)
}

/// The year-by-year spending: front-loaded (the immediate tranche in the first year and the
/// rest evenly after it) or even. The years always sum to the pledge.
fn schedule(pledge: f64, initial: f64, secured: f64, years: u8, profile: Profile) -> Vec<YearRow> {
    let count = usize::from(years);
    let amounts: Vec<f64> = match profile {
        Profile::Even => vec![pledge / f64::from(years); count],
        Profile::FrontLoaded if years == 1 => vec![pledge],
        Profile::FrontLoaded => {
            let rest = (pledge - initial) / f64::from(years - 1);
            std::iter::once(initial).chain(std::iter::repeat_n(rest, count - 1)).collect()
        }
    };
    let mut cumulative = 0.0;
    amounts
        .into_iter()
        .enumerate()
        .map(|(index, needed)| {
            cumulative += needed;
            YearRow { year: FIRST_YEAR + index as u16, needed, cumulative, shortfall: (cumulative - secured).max(0.0) }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::Preset;

    #[test]
    fn the_announced_figures() {
        let scenario = Scenario::default();
        let outcome = Outcome::of(&scenario);
        assert_eq!(outcome.gap_total, 500.0);
        assert_eq!(outcome.to_raise_per_year, 125.0);
        assert_eq!(outcome.cost_per_job_millions, 5.0);
        assert_eq!(
            outcome.schedule.iter().map(|r| r.needed).collect::<Vec<_>>(),
            vec![100.0, 400.0 / 3.0, 400.0 / 3.0, 400.0 / 3.0]
        );
        assert_eq!(outcome.schedule[0].year, 2025);
        assert_eq!(outcome.schedule.last().map(|r| r.year), Some(2028));
    }

    #[test]
    fn musks_claim() {
        let scenario = Scenario::preset(Preset::IfMusk);
        let outcome = Outcome::of(&scenario);
        assert!((outcome.first_tranche_secured_percent - 9.9).abs() < 1e-9);
        assert!((outcome.gap_initial - 90.1).abs() < 1e-9);
        assert_eq!(
            outcome.summary(&scenario),
            "If $9.9 billion is secured, 9.9% of a first tranche of $100 billion is covered, and $490.1 billion of the planned $500 billion remains to be found: $122.5 billion a year if spread evenly over 4 years."
        );
    }

    #[test]
    fn a_covered_pledge_says_so() {
        let scenario = Scenario { secured: 500.0, ..Scenario::default() };
        assert_eq!(
            Outcome::of(&scenario).summary(&scenario),
            "If $500 billion is secured, the whole planned $500 billion is covered."
        );
    }

    #[test]
    fn money_beyond_the_pledge_counts_as_the_pledge() {
        let over = Scenario { pledge: 50.0, initial: 100.0, secured: 70.0, ..Scenario::default() };
        assert_eq!(Outcome::of(&over), Outcome::of(&over.in_use()));
        assert_eq!(
            Outcome::of(&over).summary(&over),
            "If $50 billion is secured, the whole planned $50 billion is covered."
        );
    }

    #[test]
    fn even_spending_is_the_same_each_year() {
        let scenario = Scenario { profile: Profile::Even, years: 5, ..Scenario::default() };
        assert!(Outcome::of(&scenario).schedule.iter().all(|r| r.needed == 100.0));
    }

    #[test]
    fn each_partner_gets_its_share_of_the_pledge() {
        assert_eq!(Outcome::of(&Scenario::default()).contributions[Partner::SoftBank.index()], 200.0);
    }

    #[test]
    fn the_yardsticks_are_the_articles_figures() {
        assert_eq!(XAI_MEMPHIS.figure().value, Some(12.0));
        assert_eq!(LAWSUIT_VALUE.figure().value, Some(157.0));
        assert_eq!(Outcome::of(&Scenario::default()).xai_memphis_multiples, 500.0 / 12.0);
    }
}
