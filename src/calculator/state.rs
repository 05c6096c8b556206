//! The calculator's state as the reader edits it: the scenario, what they typed in each
//! number field (kept as typed, with a message when it had to be corrected), and notices
//! about a scenario that came from a link or from storage.

use std::rc::Rc;

use yew::prelude::*;

use super::scenario::{Preset, Profile, Scenario, FIELDS};
use super::split::rebalance;
use crate::money::format_number as format_value;
use crate::url_query;

/// What the reader typed in one number field, and what the calculator made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CalculatorState {
    pub scenario: Scenario,
    /// One per entry of `FIELDS`.
    pub drafts: [Option<Draft>; 5],
    /// About the scenario the page opened with (a link's or storage's bad values).
    pub notices: Vec<String>,
    /// Counts changes the reader made, so effects (URL, storage) run once per change and
    /// not when the page opens.
    pub edits: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CalculatorAction {
    /// A slider moved: field index and value.
    Slide(usize, f64),
    /// The reader typed in a number field.
    Type(usize, String),
    /// A number field lost focus: show the value in use if what was typed was fine.
    Settle(usize),
    /// A partner's share set; the others rebalance.
    Share(usize, u8),
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

    /// The text a number field shows: what the reader typed, or the value in use.
    pub fn field_text(&self, index: usize) -> String {
        match &self.drafts[index] {
            Some(draft) => draft.text.clone(),
            None => format_value(self.scenario.get(&FIELDS[index])),
        }
    }

    fn edited(&self, scenario: Scenario, drafts: [Option<Draft>; 5]) -> Rc<CalculatorState> {
        Rc::new(CalculatorState { scenario, drafts, notices: Vec::new(), edits: self.edits.wrapping_add(1) })
    }
}

impl Reducible for CalculatorState {
    type Action = CalculatorAction;

    fn reduce(self: Rc<Self>, action: CalculatorAction) -> Rc<Self> {
        match action {
            CalculatorAction::Slide(index, value) => {
                let Some(field) = FIELDS.get(index) else { return self };
                let scenario = self.scenario.with(field, value);
                if scenario == self.scenario && self.drafts[index].is_none() {
                    return self;
                }
                let mut drafts = self.drafts.clone();
                drafts[index] = None;
                self.edited(scenario, drafts)
            }
            CalculatorAction::Type(index, text) => {
                let Some(field) = FIELDS.get(index) else { return self };
                let cleaned: String = text.trim().chars().filter(|c| *c != ',').collect();
                let (scenario, message) = match crate::money::parse_decimal(&cleaned) {
                    None if cleaned.is_empty() => (
                        self.scenario.clone(),
                        Some(format!("Type a number from {} to {}.", format_value(field.min), format_value(field.max))),
                    ),
                    None => (
                        self.scenario.clone(),
                        Some(format!(
                            "“{}” is not a number: type one from {} to {}.",
                            short(&text),
                            format_value(field.min),
                            format_value(field.max)
                        )),
                    ),
                    Some(number) => {
                        let scenario = self.scenario.with(field, number);
                        let used = scenario.get(field);
                        let message = (used != number).then(|| {
                            format!(
                                "Allowed: {} to {}{}. Using {}.",
                                format_value(field.min),
                                format_value(field.max),
                                limit_note(index),
                                format_value(used)
                            )
                        });
                        (scenario, message)
                    }
                };
                let mut drafts = self.drafts.clone();
                drafts[index] = Some(Draft { text, message });
                self.edited(scenario, drafts)
            }
            CalculatorAction::Settle(index) => {
                let settled = matches!(self.drafts.get(index), Some(Some(draft)) if draft.message.is_none());
                if !settled {
                    return self;
                }
                let mut next = (*self).clone();
                next.drafts[index] = None;
                Rc::new(next)
            }
            CalculatorAction::Share(index, value) => {
                let split = rebalance(self.scenario.split, index, value);
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

/// For the deployed and secured amounts, the pledge is a limit too.
fn limit_note(index: usize) -> &'static str {
    match FIELDS[index].key {
        "initial" | "secured" => ", and no more than the pledge",
        _ => "",
    }
}

fn short(text: &str) -> String {
    url_query::echo(text, 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<CalculatorState> {
        Rc::new(CalculatorState::new(Scenario::default(), vec!["from the link".into()]))
    }

    #[test]
    fn typing_keeps_the_text_and_uses_a_clamped_value() {
        let next = state().reduce(CalculatorAction::Type(0, "5000".into()));
        assert_eq!(next.scenario.pledge, 1000.0);
        assert_eq!(next.field_text(0), "5000", "what was typed stays");
        assert_eq!(
            next.drafts[0].as_ref().and_then(|d| d.message.as_deref()),
            Some("Allowed: 10 to 1000. Using 1000.")
        );
        assert!(next.notices.is_empty(), "an edit replaces the opening notices");
    }

    #[test]
    fn typing_text_that_is_no_number_changes_nothing_but_says_so() {
        let next = state().reduce(CalculatorAction::Type(3, "lots".into()));
        assert_eq!(next.scenario, Scenario::default());
        assert!(next.drafts[3].as_ref().unwrap().message.as_deref().unwrap().starts_with("“lots” is not a number"));
        let settled = next.reduce(CalculatorAction::Settle(3));
        assert_eq!(settled.field_text(3), "lots", "a bad entry is not thrown away on blur");
    }

    #[test]
    fn a_good_entry_settles_to_the_value_in_use() {
        let next = state().reduce(CalculatorAction::Type(0, " 320 ".into())).reduce(CalculatorAction::Settle(0));
        assert_eq!((next.scenario.pledge, next.field_text(0)), (320.0, "320".to_owned()));
    }

    #[test]
    fn sliding_to_the_same_value_changes_nothing() {
        let first = state();
        assert!(Rc::ptr_eq(&first, &first.clone().reduce(CalculatorAction::Slide(0, 500.0))));
    }

    #[test]
    fn presets_and_shares() {
        let musk = state().reduce(CalculatorAction::Preset(Preset::MusksClaim));
        assert_eq!(musk.scenario.secured, 9.9);
        let shared = musk.reduce(CalculatorAction::Share(0, 100));
        assert_eq!(shared.scenario.split, [100, 0, 0, 0, 0]);
        assert_eq!(shared.edits, 2);
    }
}
