//! Property tests of the calculator's core (proptest): random and hostile addresses, typing and
//! shares, 2,000 cases for each invariant; a failure is shrunk to the smallest input that
//! still fails, and proptest keeps it in `proptest-regressions/` to try first next time.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use stargate_explainer::calculator::{
    rebalance, CalculatorAction, CalculatorState, FieldKey, Outcome, Partner, Scenario,
};
use stargate_explainer::query::{PageQuery, Param};

const CASES: u32 = 2_000;

/// A number as a reader or a link might write it: ordinary, huge, negative, an exponent, a
/// special word, or nothing.
fn number_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..2000).prop_map(|n| n.to_string()),
        (0u32..1000, 0u32..100).prop_map(|(a, b)| format!("{a}.{b}")),
        (0u32..1_000_000).prop_map(|n| format!("-{n}")),
        (0u32..10, 0u32..400).prop_map(|(a, b)| format!("{a}e{b}")),
        prop::sample::select(vec!["NaN", "inf", "-inf", "", " ", "1,000", "0x10", "1e-400", "١٢"])
            .prop_map(String::from),
        Just("9".repeat(400)),
        any::<f64>().prop_map(|f| f.to_string()),
    ]
}

/// Any text at all, escapes and separators included.
fn garbage() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[%&=+,?#<>a-z0-9]{0,40}"]
}

/// A value for a parameter: mostly of the right kind, sometimes anything.
fn value_for(param: Param) -> BoxedStrategy<String> {
    match param {
        Param::Split => prop_oneof![
            prop::collection::vec(0u32..300, 0..8).prop_map(|shares| shares
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(",")),
            garbage(),
        ]
        .boxed(),
        Param::Profile => {
            prop_oneof![prop::sample::select(vec!["front", "even", "FRONT", ""]).prop_map(String::from), garbage()]
                .boxed()
        }
        _ => prop_oneof![3 => number_text(), 1 => garbage()].boxed(),
    }
}

/// An address of up to twelve parameters, the calculator's and others, repeated or not, and
/// now and then a parameter with a name of any text.
fn address() -> impl Strategy<Value = String> {
    let params =
        prop::sample::select(Param::SCENARIO.iter().copied().chain([Param::Step, Param::Embed]).collect::<Vec<_>>());
    let pair = prop_oneof![
        9 => params.prop_flat_map(|param| value_for(param).prop_map(move |value| (param.name().to_owned(), value))),
        1 => (garbage(), garbage()),
    ];
    (prop::collection::vec(pair, 0..12), any::<bool>()).prop_map(|(pairs, mark)| {
        let joined: Vec<String> = pairs.iter().map(|(key, value)| format!("{key}={value}")).collect();
        format!("{}{}", if mark { "?" } else { "" }, joined.join("&"))
    })
}

fn scenario_of(address: &str) -> Scenario {
    Scenario::from_query(&PageQuery::parse(address)).scenario
}

fn valid(scenario: &Scenario) -> bool {
    FieldKey::ALL.into_iter().all(|key| {
        let (value, field) = (scenario.get(key), key.field());
        value.is_finite() && value >= field.min && value <= field.max
    }) && scenario.split.iter().map(|&s| u32::from(s)).sum::<u32>() == 100
        && scenario.in_use().initial <= scenario.pledge
        && scenario.in_use().secured <= scenario.pledge
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

fn field_key() -> impl Strategy<Value = FieldKey> {
    prop::sample::select(FieldKey::ALL.to_vec())
}

fn partner() -> impl Strategy<Value = Partner> {
    prop::sample::select(Partner::ALL.to_vec())
}

/// What a reader can do to the calculator.
fn action() -> impl Strategy<Value = CalculatorAction> {
    prop_oneof![
        (field_key(), any::<f64>()).prop_map(|(key, value)| CalculatorAction::Slide(key, value)),
        (field_key(), prop_oneof![number_text(), garbage()]).prop_map(|(key, text)| CalculatorAction::Type(key, text)),
        field_key().prop_map(CalculatorAction::Settle),
        (partner(), any::<u8>()).prop_map(|(partner, share)| CalculatorAction::Share(partner, share)),
    ]
}

/// A number as a reader types it, with the value it stands for: whole, with a decimal part,
/// with a thousands comma, or out of every field's range.
fn typed_number() -> impl Strategy<Value = (String, f64)> {
    prop_oneof![
        (0u32..2_000_000).prop_map(|n| (n.to_string(), f64::from(n))),
        (0u32..2_000, 0u32..100).prop_map(|(whole, hundredths)| {
            (format!("{whole}.{hundredths:02}"), f64::from(whole) + f64::from(hundredths) / 100.0)
        }),
        (1u32..1_000, 0u32..1_000)
            .prop_map(|(thousands, rest)| { (format!("{thousands},{rest:03}"), f64::from(thousands * 1_000 + rest)) }),
    ]
}

/// What each field holds and shows.
fn fields(state: &CalculatorState) -> Vec<(f64, String)> {
    FieldKey::ALL.into_iter().map(|key| (state.scenario.get(key), state.field_text(key))).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn a_hostile_address_never_panics_and_always_gives_a_valid_scenario(address in address()) {
        let parse = Scenario::from_query(&PageQuery::parse(&address));
        prop_assert!(valid(&parse.scenario), "{:?}", parse.scenario);
        prop_assert!(parse.notices.iter().all(|n| n.chars().count() < 200), "a notice is too long: {:?}", parse.notices);
    }

    #[test]
    fn no_output_is_ever_nan_or_infinite(address in address()) {
        let scenario = scenario_of(&address);
        let outcome = Outcome::of(&scenario);
        prop_assert!(finite(&outcome));
        let summary = outcome.summary(&scenario);
        prop_assert!(!summary.contains("NaN") && !summary.contains("inf"), "{summary}");
    }

    #[test]
    fn a_written_scenario_reads_back_as_itself(address in address(), other in address()) {
        let scenario = scenario_of(&address);
        let written = scenario.to_query(PageQuery::parse(&other));
        let read = Scenario::from_query(&PageQuery::parse(&written.to_string()));
        prop_assert_eq!(read.scenario, scenario);
        prop_assert!(read.notices.is_empty(), "{:?}", read.notices);
    }

    #[test]
    fn the_split_always_sums_to_one_hundred(moves in prop::collection::vec((partner(), any::<u8>()), 1..20)) {
        let mut split = Scenario::default().split;
        for (partner, share) in moves {
            split = rebalance(split, partner, share);
            prop_assert_eq!(split.iter().map(|&s| u32::from(s)).sum::<u32>(), 100, "{:?}", split);
            prop_assert_eq!(split[partner.index()], share.min(100), "the share set is the share asked for");
        }
    }

    #[test]
    fn whatever_the_reader_does_the_scenario_stays_valid(actions in prop::collection::vec(action(), 1..30)) {
        let mut state = std::rc::Rc::new(CalculatorState::default());
        for action in actions {
            state = yew::Reducible::reduce(state, action);
            prop_assert!(valid(&state.scenario), "{:?}", state.scenario);
        }
    }

    #[test]
    fn the_schedule_always_sums_to_the_pledge(address in address()) {
        let scenario = scenario_of(&address);
        let outcome = Outcome::of(&scenario);
        let total: f64 = outcome.schedule.iter().map(|r| r.needed).sum();
        prop_assert!((total - scenario.pledge).abs() < 1e-6 * scenario.pledge.max(1.0), "{total} != {}", scenario.pledge);
        prop_assert_eq!(outcome.schedule.len(), usize::from(scenario.years));
        prop_assert!(outcome.schedule.iter().all(|r| r.needed >= 0.0), "negative spending");
    }

    #[test]
    fn the_gap_never_grows_as_the_money_secured_grows(address in address(), a in 0u32..10_001, b in 0u32..10_001) {
        let scenario = scenario_of(&address);
        let (a, b) = (f64::from(a) / 10.0, f64::from(b) / 10.0);
        let low = Outcome::of(&scenario.with(FieldKey::Secured, a.min(b)));
        let high = Outcome::of(&scenario.with(FieldKey::Secured, a.max(b)));
        prop_assert!(high.gap_total <= low.gap_total);
        prop_assert!(high.gap_initial <= low.gap_initial);
        prop_assert!(high.to_raise_per_year <= low.to_raise_per_year);
        prop_assert!(high.first_tranche_secured_percent >= low.first_tranche_secured_percent);
    }

    /// A reader selects a field and types a number, one key at a time (every prefix of it, then
    /// the whole), then leaves it; then another, and so on. At no keystroke does any other
    /// field's value or text change, and the results are those of setting the final values
    /// directly.
    #[test]
    fn typing_key_by_key_changes_only_the_field_typed_in(
        opening in prop::collection::vec(action(), 0..8),
        edits in prop::collection::vec((field_key(), typed_number()), 1..6),
    ) {
        let mut state = std::rc::Rc::new(CalculatorState::default());
        for action in opening {
            state = yew::Reducible::reduce(state, action);
        }
        let mut direct = state.scenario.clone();
        for (key, (text, value)) in edits {
            let before = fields(&state);
            let unchanged = |state: &CalculatorState| -> Vec<(usize, (f64, String))> {
                fields(state).into_iter().enumerate().filter(|(index, _)| *index != key.index()).collect()
            };
            let others: Vec<_> = before.into_iter().enumerate().filter(|(index, _)| *index != key.index()).collect();
            let split = state.scenario.split;
            for end in (1..=text.len()).filter(|end| text.is_char_boundary(*end)) {
                state = yew::Reducible::reduce(state, CalculatorAction::Type(key, text[..end].to_owned()));
                prop_assert_eq!(&unchanged(&state), &others, "typing {:?} into {:?}", &text[..end], key);
                prop_assert_eq!(state.scenario.split, split);
                prop_assert!(valid(&state.scenario), "{:?}", state.scenario);
            }
            prop_assert_eq!(state.field_text(key), text.clone(), "the field shows what was typed");
            state = yew::Reducible::reduce(state, CalculatorAction::Settle(key));
            prop_assert_eq!(&unchanged(&state), &others);
            direct = direct.with(key, value);
        }
        prop_assert_eq!(&state.scenario, &direct);
        prop_assert_eq!(Outcome::of(&state.scenario), Outcome::of(&direct));
    }
}
