//! The calculator's state as the reader edits it: the scenario, what they typed in each
//! number field (kept as typed, with a message when it had to be corrected), and notices
//! about a scenario that came from a link or from storage.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{FieldKey, Partner};
use super::scenario::{Preset, Profile, Scenario};
use super::split::rebalance;
use crate::money::format_number as format_value;
use crate::query::echo;
use crate::ui::calculator::typing;
use crate::ui::number;

/// What the reader typed in one number field, and what the calculator made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    /// The number the text reads as, before it was held to the field's range; `None` for
    /// text that is no number (yet): empty, half-typed or wrong.
    pub number: Option<f64>,
}

/// What a field says about its value, beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldNote {
    pub text: String,
    /// Whether what the reader typed is wrong (`aria-invalid`), rather than a value the
    /// calculator adjusts (capped at the pledge, held to the range, rounded).
    pub invalid: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CalculatorState {
    pub scenario: Scenario,
    /// What the reader typed, per field (in the order of `FieldKey::ALL`).
    pub drafts: [Option<Draft>; FieldKey::COUNT],
    /// About the scenario the page opened with (a link's or storage's bad values).
    pub notices: Vec<String>,
    /// Counts changes the reader made, so effects (URL, storage) run once per change and
    /// not when the page opens.
    pub edits: u32,
    /// The year the reader chose on the chart (an index into the schedule), if any: not an
    /// edit of the scenario.
    pub chosen_year: Option<usize>,
    /// What became of the last "Copy link": copied, or refused (the link is then shown,
    /// selected, to copy by hand).
    pub link_copied: Option<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CalculatorAction {
    /// A slider moved.
    Slide(FieldKey, f64),
    /// The reader typed in a number field.
    Type(FieldKey, String),
    /// A number field lost focus: show the value in use if what was typed was fine.
    Settle(FieldKey),
    /// A partner's share set; the others rebalance.
    Share(Partner, u8),
    Profile(Profile),
    Preset(Preset),
    /// A year chosen on the chart.
    ChooseYear(usize),
    /// What became of "Copy link": whether the browser took the link.
    LinkCopied(bool),
}

impl Default for CalculatorState {
    fn default() -> CalculatorState {
        CalculatorState::new(Scenario::default(), Vec::new())
    }
}

impl CalculatorState {
    pub fn new(scenario: Scenario, notices: Vec<String>) -> CalculatorState {
        CalculatorState {
            scenario,
            drafts: Default::default(),
            notices,
            edits: 0,
            chosen_year: None,
            link_copied: None,
        }
    }

    /// What the reader typed in a field, if it is still showing.
    pub fn draft(&self, key: FieldKey) -> Option<&Draft> {
        self.drafts[key.index()].as_ref()
    }

    /// The text a number field shows: what the reader typed, or the value in use.
    pub fn field_text(&self, key: FieldKey) -> String {
        match self.draft(key) {
            Some(draft) => draft.text.clone(),
            None => format_value(self.scenario.get(key)),
        }
    }

    fn edited(&self, scenario: Scenario, drafts: [Option<Draft>; FieldKey::COUNT]) -> Rc<CalculatorState> {
        Rc::new(CalculatorState {
            scenario,
            drafts,
            notices: Vec::new(),
            edits: self.edits.wrapping_add(1),
            chosen_year: self.chosen_year,
            link_copied: self.link_copied,
        })
    }

    /// What a field says about its value: why what was typed is not used (no number, out of
    /// range, rounded), or that the pledge caps it. Worked out from the state as it is, so a
    /// note goes as soon as its reason does (the pledge rises again, say).
    pub fn note(&self, key: FieldKey) -> Option<FieldNote> {
        let field = key.field();
        let (min, max) = (&format_value(field.min), &format_value(field.max));
        let used = self.scenario.in_use().get(key);
        let (in_use, capped) = (&format_value(used), used != self.scenario.get(key));
        let note = |text: String, invalid: bool| Some(FieldNote { text, invalid });
        match self.draft(key) {
            Some(Draft { text, number: None }) if text.trim().is_empty() => {
                note(typing::Empty { min, max }.text(), true)
            }
            Some(Draft { text, number: None }) => {
                note(typing::NotANumber { text: &echo(text, 20), min, max }.text(), true)
            }
            Some(Draft { number: Some(number), .. }) if *number < field.min || *number > field.max => {
                let text = if capped {
                    typing::ClampedToPledge { min, max, used: in_use }.text()
                } else {
                    typing::Clamped { min, max, used: in_use }.text()
                };
                note(text, true)
            }
            _ if capped => note(typing::OverPledge { used: in_use }.text(), false),
            Some(Draft { number: Some(number), .. }) if *number != self.scenario.get(key) => {
                note(typing::Rounded { used: in_use }.text(), false)
            }
            _ => None,
        }
    }
}

/// The number `text` reads as, if any, read by the page's language: its decimal separator and
/// its separator of thousands (`ui::number`).
fn read_number(text: &str) -> Option<f64> {
    read_typed(text, number::DECIMAL.chars().next()?)
}

/// The number a reader typed, with spaces around it, on a page whose language writes `decimal`
/// between a number's whole and its fraction ("." in English, "," in Spanish), in either of the
/// two ways numbers are written (a reader may write as another language does):
/// - with both "." and ",", the last is the decimal separator ("1,000.5", "1.000,5");
/// - the language's decimal separator alone is the decimal separator, once ("9.9" in English,
///   "9,9" in Spanish); more than once, it separates thousands ("1.000.000" in English);
/// - the other separator alone separates thousands where each is followed by three digits
///   ("1,000" in English, "1.000" in Spanish), and is the decimal separator where it is not,
///   once ("9,9" in English, "9.9" in Spanish). So "1,000" and "1.000" read as a thousand on the
///   page whose language groups with them, and as one on the page where they are decimals.
///
/// Where a separator groups thousands, each group after the first has three digits, or the text
/// is not (yet) a number.
pub fn read_typed(text: &str, decimal: char) -> Option<f64> {
    let bytes = text.trim().as_bytes();
    let separator = |byte: &u8| matches!(byte, b'.' | b',');
    let (dots, commas) = bytes
        .iter()
        .fold((0, 0), |(dots, commas), byte| (dots + usize::from(*byte == b'.'), commas + usize::from(*byte == b',')));
    // How many digits follow the separator at `at`, up to the next one or the end.
    let run_after = |at: usize| bytes[at + 1..].iter().take_while(|byte| !separator(byte)).count();
    let decimal_at = bytes.iter().rposition(separator).and_then(|at| {
        let once = if bytes[at] == b'.' { dots == 1 } else { commas == 1 };
        match dots > 0 && commas > 0 || bytes[at] == decimal as u8 {
            // Both kinds, the last one; or the page's decimal separator alone: once.
            true => once.then_some(at),
            // The other alone: once, and not before three digits.
            false => (once && run_after(at) != 3).then_some(at),
        }
    });
    // Any other separator separates thousands, before three digits. (A byte outside ASCII is
    // no digit, so `parse_decimal` refuses what it becomes.)
    let mut plain = String::with_capacity(bytes.len());
    for (at, &byte) in bytes.iter().enumerate() {
        match separator(&byte) {
            false => plain.push(char::from(byte)),
            true if Some(at) == decimal_at => plain.push('.'),
            true if run_after(at) == 3 => {}
            true => return None,
        }
    }
    crate::money::parse_decimal(&plain)
}

impl Reducible for CalculatorState {
    type Action = CalculatorAction;

    fn reduce(self: Rc<Self>, action: CalculatorAction) -> Rc<Self> {
        match action {
            CalculatorAction::Slide(key, value) => {
                let scenario = self.scenario.with(key, value);
                if scenario == self.scenario && self.draft(key).is_none() {
                    return self;
                }
                let mut drafts = self.drafts.clone();
                drafts[key.index()] = None;
                self.edited(scenario, drafts)
            }
            CalculatorAction::Type(key, text) => {
                // Only this field changes, and only when the text reads as a number: half-typed
                // or empty, it leaves the scenario (and the results) as they were.
                let number = read_number(&text);
                let scenario = number.map_or_else(|| self.scenario.clone(), |number| self.scenario.with(key, number));
                let mut drafts = self.drafts.clone();
                drafts[key.index()] = Some(Draft { text, number });
                self.edited(scenario, drafts)
            }
            CalculatorAction::Settle(key) => {
                // What was typed gives way to the value in use only when it was used as typed
                // (or rounded): a wrong or out-of-range entry stays for the reader to mend.
                let shown = self.draft(key).is_some_and(|draft| {
                    draft.number.is_some_and(|number| (key.field().min..=key.field().max).contains(&number))
                });
                if !shown {
                    return self;
                }
                let mut next = (*self).clone();
                next.drafts[key.index()] = None;
                Rc::new(next)
            }
            CalculatorAction::Share(partner, value) => {
                let split = rebalance(self.scenario.split, partner, value);
                if split == self.scenario.split {
                    return self;
                }
                self.edited(Scenario { split, ..self.scenario.clone() }, self.drafts.clone())
            }
            CalculatorAction::Profile(profile) => {
                if profile == self.scenario.profile {
                    return self;
                }
                self.edited(Scenario { profile, ..self.scenario.clone() }, self.drafts.clone())
            }
            CalculatorAction::Preset(preset) => self.edited(Scenario::preset(preset), Default::default()),
            CalculatorAction::ChooseYear(index) => {
                if self.chosen_year == Some(index) {
                    return self;
                }
                Rc::new(CalculatorState { chosen_year: Some(index), ..(*self).clone() })
            }
            CalculatorAction::LinkCopied(accepted) => {
                Rc::new(CalculatorState { link_copied: Some(accepted), ..(*self).clone() })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<CalculatorState> {
        Rc::new(CalculatorState::new(Scenario::default(), vec!["from the link".into()]))
    }

    fn note(state: &CalculatorState, key: FieldKey) -> Option<String> {
        state.note(key).map(|note| note.text)
    }

    #[test]
    fn a_typed_number_reads_by_the_pages_language_and_either_writing() {
        // (typed, as read on an English page, as read on a Spanish page)
        let cases: [(&str, Option<f64>, Option<f64>); 14] = [
            ("250", Some(250.0), Some(250.0)),
            (" 9.9 ", Some(9.9), Some(9.9)),
            ("9,9", Some(9.9), Some(9.9)),
            ("1,000", Some(1000.0), Some(1.0)),
            ("1.000", Some(1.0), Some(1000.0)),
            ("100,000", Some(100_000.0), Some(100.0)),
            ("100.000", Some(100.0), Some(100_000.0)),
            ("1,000,000", Some(1_000_000.0), Some(1_000_000.0)),
            ("1.000.000", Some(1_000_000.0), Some(1_000_000.0)),
            ("1,000.5", Some(1000.5), Some(1000.5)),
            ("1.000,5", Some(1000.5), Some(1000.5)),
            ("1,", Some(1.0), Some(1.0)),
            (",5", Some(0.5), Some(0.5)),
            ("9.9.9,1", None, None),
        ];
        for (typed, english, spanish) in cases {
            assert_eq!(read_typed(typed, '.'), english, "{typed:?} on an English page");
            assert_eq!(read_typed(typed, ','), spanish, "{typed:?} on a Spanish page");
        }
        for nonsense in ["", "abc", "1,2,3.4.5", "--1"] {
            assert_eq!(read_typed(nonsense, '.'), None, "{nonsense:?}");
        }
    }

    #[test]
    fn typing_keeps_the_text_and_uses_a_clamped_value() {
        let next = state().reduce(CalculatorAction::Type(FieldKey::Pledge, "5000".into()));
        assert_eq!(next.scenario.pledge, 1000.0);
        assert_eq!(next.field_text(FieldKey::Pledge), "5000", "what was typed stays");
        assert_eq!(note(&next, FieldKey::Pledge).as_deref(), Some("Allowed: 10 to 1000. Using 1000."));
        assert!(next.notices.is_empty(), "an edit replaces the opening notices");
    }

    #[test]
    fn typing_text_that_is_no_number_changes_nothing_but_says_so() {
        let next = state().reduce(CalculatorAction::Type(FieldKey::Secured, "lots".into()));
        assert_eq!(next.scenario, Scenario::default());
        assert!(note(&next, FieldKey::Secured).unwrap().starts_with("“lots” is not a number"));
        assert!(next.note(FieldKey::Secured).unwrap().invalid);
        let settled = next.reduce(CalculatorAction::Settle(FieldKey::Secured));
        assert_eq!(settled.field_text(FieldKey::Secured), "lots", "a bad entry is not thrown away on blur");
        let emptied = settled.reduce(CalculatorAction::Type(FieldKey::Secured, String::new()));
        assert_eq!(note(&emptied, FieldKey::Secured).as_deref(), Some("Type a number from 0 to 1000."));
    }

    #[test]
    fn a_good_entry_settles_to_the_value_in_use() {
        let next = state()
            .reduce(CalculatorAction::Type(FieldKey::Pledge, " 320 ".into()))
            .reduce(CalculatorAction::Settle(FieldKey::Pledge));
        assert_eq!((next.scenario.pledge, next.field_text(FieldKey::Pledge)), (320.0, "320".to_owned()));
        let rounded = state().reduce(CalculatorAction::Type(FieldKey::Secured, "9.94".into()));
        assert_eq!(note(&rounded, FieldKey::Secured).as_deref(), Some("Rounded to 9.9."));
        let settled = rounded.reduce(CalculatorAction::Settle(FieldKey::Secured));
        assert_eq!((settled.field_text(FieldKey::Secured), settled.note(FieldKey::Secured)), ("9.9".to_owned(), None));
    }

    /// The issue's own case: the pledge typed as 250, key by key, used to raise the "2" to the
    /// minimum, 10, and cut the first tranche down to it for good.
    #[test]
    fn typing_the_pledge_key_by_key_leaves_the_other_fields_alone() {
        let mut next = state();
        for text in ["2", "25", "250"] {
            next = next.reduce(CalculatorAction::Type(FieldKey::Pledge, text.into()));
            assert_eq!(next.scenario.initial, 100.0, "after {text}");
        }
        assert_eq!(note(&next, FieldKey::Initial), None);
        let lowered = next.reduce(CalculatorAction::Type(FieldKey::Pledge, "50".into()));
        assert_eq!(lowered.field_text(FieldKey::Initial), "100", "the field keeps the reader's number");
        assert_eq!(
            note(&lowered, FieldKey::Initial).as_deref(),
            Some("More than the planned total, so it counts as 50; raise the total and the value in this field counts in full.")
        );
        assert!(!lowered.note(FieldKey::Initial).unwrap().invalid);
        let raised = lowered.reduce(CalculatorAction::Slide(FieldKey::Pledge, 600.0));
        assert_eq!((raised.scenario.initial, note(&raised, FieldKey::Initial)), (100.0, None), "nothing is lost");
    }

    #[test]
    fn sliding_to_the_same_value_changes_nothing() {
        let first = state();
        assert!(Rc::ptr_eq(&first, &first.clone().reduce(CalculatorAction::Slide(FieldKey::Pledge, 500.0))));
    }

    #[test]
    fn presets_and_shares() {
        let musk = state().reduce(CalculatorAction::Preset(Preset::IfMusk));
        assert_eq!(musk.scenario.secured, 9.9);
        let shared = musk.reduce(CalculatorAction::Share(Partner::SoftBank, 100));
        assert_eq!(shared.scenario.split, [100, 0, 0, 0, 0]);
        assert_eq!(shared.edits, 2);
    }
}
