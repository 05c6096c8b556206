//! Property tests of the calculator's core, over thousands of random and hostile inputs from
//! a small deterministic generator (the same cases every run, so a failure reproduces).

use stargate_explainer::calculator::{rebalance, Field, Outcome, Scenario, FIELDS};

/// xorshift64*: enough randomness for test inputs, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A number of any size and sign, or a special value, as text.
    fn number_text(&mut self) -> String {
        match self.below(6) {
            0 => self.below(2000).to_string(),
            1 => format!("{}.{}", self.below(1000), self.below(100)),
            2 => format!("-{}", self.below(1_000_000)),
            3 => format!("{}e{}", self.below(10), self.below(400)),
            4 => self
                .pick(&["NaN", "inf", "-inf", "", " ", "1,000", "0x10", "1e-400", "9".repeat(400).as_str()])
                .to_string(),
            _ => (self.next() as f64 / 1e9).to_string(),
        }
    }

    /// Random bytes, often not UTF-8, percent-encoded or not.
    fn garbage(&mut self) -> String {
        let length = self.below(40);
        (0..length)
            .map(|_| match self.below(4) {
                0 => format!("%{:02X}", self.below(256)),
                1 => char::from_u32(self.below(0x11_0000) as u32).unwrap_or('?').to_string(),
                2 => self.pick(&["&", "=", "%", "+", ",", "?", "#", "<script>", "\u{0}", "%%", "%2"]).to_string(),
                _ => char::from(b'a' + self.below(26) as u8).to_string(),
            })
            .collect()
    }

    fn query(&mut self) -> String {
        let keys = ["pledge", "years", "initial", "secured", "jobs", "split", "profile", "step", "embed"];
        let count = self.below(12);
        let mut query = String::from(if self.below(2) == 0 { "?" } else { "" });
        for _ in 0..count {
            let key = if self.below(10) == 0 { self.garbage() } else { self.pick(&keys).to_string() };
            let value = match (key.as_str(), self.below(3)) {
                ("split", 0) => (0..self.below(7)).map(|_| self.below(300).to_string()).collect::<Vec<_>>().join(","),
                ("profile", 0) => self.pick(&["front", "even", "FRONT", ""]).to_string(),
                (_, 0 | 1) => self.number_text(),
                _ => self.garbage(),
            };
            query.push_str(&format!("{key}={value}&"));
        }
        query
    }
}

fn valid(scenario: &Scenario) -> bool {
    FIELDS.iter().all(|field: &Field| {
        let value = scenario.get(field);
        value.is_finite() && value >= field.min && value <= field.max
    }) && scenario.split.iter().map(|&s| u32::from(s)).sum::<u32>() == 100
        && scenario.initial <= scenario.pledge
        && scenario.secured <= scenario.pledge
}

fn finite(outcome: &Outcome) -> bool {
    let numbers = [
        outcome.gap_initial,
        outcome.gap_total,
        outcome.to_raise_per_year,
        outcome.first_tranche_secured_percent,
        outcome.cost_per_job_millions,
        outcome.xai_memphis_multiples,
        outcome.lawsuit_multiples,
    ];
    numbers.iter().chain(&outcome.contributions).all(|n| n.is_finite())
        && outcome.schedule.iter().all(|r| r.needed.is_finite() && r.cumulative.is_finite() && r.shortfall.is_finite())
}

const CASES: usize = 5_000;

#[test]
fn hostile_queries_never_panic_and_always_give_a_valid_scenario() {
    let mut rng = Rng(0x5EED_0001);
    for case in 0..CASES * 2 {
        let query = rng.query();
        let parse = Scenario::from_query(&query);
        assert!(valid(&parse.scenario), "case {case}: {query:?} gave {:?}", parse.scenario);
        assert!(parse.notices.iter().all(|n| n.chars().count() < 200), "case {case}: a notice is too long");
    }
}

#[test]
fn no_output_is_ever_nan_or_infinite() {
    let mut rng = Rng(0x5EED_0002);
    for case in 0..CASES {
        let query = rng.query();
        let scenario = Scenario::from_query(&query).scenario;
        let outcome = Outcome::of(&scenario);
        assert!(finite(&outcome), "case {case}: {query:?}");
        assert!(!outcome.summary(&scenario).contains("NaN") && !outcome.summary(&scenario).contains("inf"));
    }
}

#[test]
fn the_split_always_sums_to_one_hundred() {
    let mut rng = Rng(0x5EED_0003);
    let mut split = Scenario::default().split;
    for case in 0..CASES {
        split = rebalance(split, rng.below(6) as usize, rng.below(256) as u8);
        assert_eq!(split.iter().map(|&s| u32::from(s)).sum::<u32>(), 100, "case {case}: {split:?}");
    }
}

#[test]
fn the_schedule_always_sums_to_the_pledge() {
    let mut rng = Rng(0x5EED_0004);
    for case in 0..CASES {
        let scenario = Scenario::from_query(&rng.query()).scenario;
        let outcome = Outcome::of(&scenario);
        let total: f64 = outcome.schedule.iter().map(|r| r.needed).sum();
        assert!(
            (total - scenario.pledge).abs() < 1e-6 * scenario.pledge.max(1.0),
            "case {case}: {total} != {}",
            scenario.pledge
        );
        assert_eq!(outcome.schedule.len(), usize::from(scenario.years));
        assert!(outcome.schedule.iter().all(|r| r.needed >= 0.0), "case {case}: negative spending");
    }
}

#[test]
fn the_gap_never_grows_as_the_money_secured_grows() {
    let mut rng = Rng(0x5EED_0005);
    let secured = FIELDS[3];
    for case in 0..CASES {
        let scenario = Scenario::from_query(&rng.query()).scenario;
        let (a, b) = (rng.below(10_001) as f64 / 10.0, rng.below(10_001) as f64 / 10.0);
        let (low, high) = (scenario.with(&secured, a.min(b)), scenario.with(&secured, a.max(b)));
        let (low, high) = (Outcome::of(&low), Outcome::of(&high));
        assert!(high.gap_total <= low.gap_total, "case {case}");
        assert!(high.gap_initial <= low.gap_initial, "case {case}");
        assert!(high.to_raise_per_year <= low.to_raise_per_year, "case {case}");
        assert!(high.first_tranche_secured_percent >= low.first_tranche_secured_percent, "case {case}");
    }
}
