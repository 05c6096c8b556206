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

/// What the reader typed in one number field, and what the calculator made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    pub message: Option<String>,
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
}

impl Default for CalculatorState {
    fn default() -> CalculatorState {
        CalculatorState::new(Scenario::default(), Vec::new())
    }
}

impl CalculatorState {
    pub fn new(scenario: Scenario, notices: Vec<String>) -> CalculatorState {
        CalculatorState { scenario, drafts: Default::default(), notices, edits: 0 }
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
        Rc::new(CalculatorState { scenario, drafts, notices: Vec::new(), edits: self.edits.wrapping_add(1) })
    }

    /// What became of `text` typed in a field: the scenario it gives, and a message when it
    /// had to be corrected or ignored.
    fn typed(&self, key: FieldKey, text: &str) -> (Scenario, Option<String>) {
        let field = key.field();
        let (min, max) = (&format_value(field.min), &format_value(field.max));
        let cleaned: String = text.trim().chars().filter(|c| *c != ',').collect();
        match crate::money::parse_decimal(&cleaned) {
            None if cleaned.is_empty() => (self.scenario.clone(), Some(typing::Empty { min, max }.text())),
            None => {
                let message = typing::NotANumber { text: &echo(text, 20), min, max }.text();
                (self.scenario.clone(), Some(message))
            }
            Some(number) => {
                let scenario = self.scenario.with(key, number);
                let used = scenario.get(key);
                let message = (used != number).then(|| {
                    let used = &format_value(used);
                    match key {
                        // For the deployed and secured amounts, the pledge is a limit too.
                        FieldKey::Initial | FieldKey::Secured => typing::ClampedToPledge { min, max, used }.text(),
                        FieldKey::Pledge | FieldKey::Years | FieldKey::Jobs => {
                            typing::Clamped { min, max, used }.text()
                        }
                    }
                });
                (scenario, message)
            }
        }
    }
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
                let (scenario, message) = self.typed(key, &text);
                let mut drafts = self.drafts.clone();
                drafts[key.index()] = Some(Draft { text, message });
                self.edited(scenario, drafts)
            }
            CalculatorAction::Settle(key) => {
                if self.draft(key).is_none_or(|draft| draft.message.is_some()) {
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<CalculatorState> {
        Rc::new(CalculatorState::new(Scenario::default(), vec!["from the link".into()]))
    }

    #[test]
    fn typing_keeps_the_text_and_uses_a_clamped_value() {
        let next = state().reduce(CalculatorAction::Type(FieldKey::Pledge, "5000".into()));
        assert_eq!(next.scenario.pledge, 1000.0);
        assert_eq!(next.field_text(FieldKey::Pledge), "5000", "what was typed stays");
        assert_eq!(
            next.drafts[FieldKey::Pledge.index()].as_ref().and_then(|d| d.message.as_deref()),
            Some("Allowed: 10 to 1000. Using 1000.")
        );
        assert!(next.notices.is_empty(), "an edit replaces the opening notices");
    }

    #[test]
    fn typing_text_that_is_no_number_changes_nothing_but_says_so() {
        let next = state().reduce(CalculatorAction::Type(FieldKey::Secured, "lots".into()));
        assert_eq!(next.scenario, Scenario::default());
        assert!(next.drafts[FieldKey::Secured.index()]
            .as_ref()
            .unwrap()
            .message
            .as_deref()
            .unwrap()
            .starts_with("“lots” is not a number"));
        let settled = next.reduce(CalculatorAction::Settle(FieldKey::Secured));
        assert_eq!(settled.field_text(FieldKey::Secured), "lots", "a bad entry is not thrown away on blur");
    }

    #[test]
    fn a_good_entry_settles_to_the_value_in_use() {
        let next = state()
            .reduce(CalculatorAction::Type(FieldKey::Pledge, " 320 ".into()))
            .reduce(CalculatorAction::Settle(FieldKey::Pledge));
        assert_eq!((next.scenario.pledge, next.field_text(FieldKey::Pledge)), (320.0, "320".to_owned()));
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
