//! Where a calculator value comes from: an article's figure (with its citation), a labelled
//! assumption, or the reader's own choice. Every default and preset value has a source, and a
//! value shown as an article's figure is that figure's number as written: a reading of a vague
//! or bounded figure ("well under $10B", "over 100,000", "hundreds of thousands", "by 2029") is
//! an assumption.

use super::fields::{FieldKey, Split};
use super::scenario::{Profile, Scenario};
use crate::content::{figures, CitationId, FigureId};
use crate::ui::calculator::value_source as words;

/// The source of one value, as the calculator shows it beside the control.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueSource {
    /// An article's figure, its number as written, and the words it is written in.
    Cited { figure: FigureId, label: &'static str },
    /// An assumption, and why it is one.
    Assumption(&'static str),
    /// The reader set it.
    Reader,
}

fn cited(figure: FigureId, label: &'static str) -> ValueSource {
    ValueSource::Cited { figure, label }
}

impl ValueSource {
    /// The passage a cited value comes from.
    pub fn citation(&self) -> Option<CitationId> {
        match self {
            ValueSource::Cited { figure, .. } => Some(figure.figure().cite),
            _ => None,
        }
    }

    /// What the source is called ("Source: “up to $500 billion”", "Assumption", "Your value"),
    /// and what follows it (" (Source A)", ": why").
    pub fn words(&self) -> (String, String) {
        match self {
            ValueSource::Cited { figure, label } => {
                (words::Cited { label }.text(), format!(" ({})", figure.figure().cite.source_label()))
            }
            ValueSource::Assumption(why) => (words::ASSUMPTION.to_owned(), format!(": {why}")),
            ValueSource::Reader => (words::READER.to_owned(), String::new()),
        }
    }
}

/// The source of a number field's current value.
pub fn field_source(key: FieldKey, value: f64) -> ValueSource {
    match (key, value) {
        (FieldKey::Pledge, 500.0) => cited(figures::PLEDGE_500BN_A, words::PLEDGE),
        (FieldKey::Years, 4.0) => cited(figures::HORIZON_FOUR_YEARS_A, words::FOUR_YEARS),
        (FieldKey::Years, 5.0) => ValueSource::Assumption(words::BY_2029),
        (FieldKey::Initial, 100.0) => cited(figures::DEPLOYING_100BN_B, words::DEPLOYING),
        (FieldKey::Secured, 0.0) => ValueSource::Assumption(words::SECURED_NOTHING),
        (FieldKey::Secured, 9.9) => ValueSource::Assumption(words::SECURED_MUSK),
        (FieldKey::Secured, 100.0) => ValueSource::Assumption(words::SECURED_OPENAI),
        (FieldKey::Jobs, 100_000.0) => ValueSource::Assumption(words::JOBS_100000),
        (FieldKey::Jobs, 200_000.0) => ValueSource::Assumption(words::JOBS_HUNDREDS),
        _ => ValueSource::Reader,
    }
}

/// The source of the split.
pub fn split_source(split: Split) -> ValueSource {
    if split == Scenario::default().split {
        ValueSource::Assumption(words::SPLIT)
    } else {
        ValueSource::Reader
    }
}

/// The source of the spending profile.
pub fn profile_source(profile: Profile) -> ValueSource {
    match profile {
        Profile::FrontLoaded => ValueSource::Assumption(words::PROFILE),
        Profile::Even => ValueSource::Reader,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::Preset;

    #[test]
    fn every_default_and_preset_value_has_a_source() {
        for preset in [Preset::Reset, Preset::IfOpenAi, Preset::IfMusk] {
            let scenario = Scenario::preset(preset);
            for key in FieldKey::ALL {
                let source = field_source(key, scenario.get(key));
                assert_ne!(source, ValueSource::Reader, "{preset:?}: {key:?} has no source");
            }
            assert_ne!(split_source(scenario.split), ValueSource::Reader);
            assert_ne!(profile_source(scenario.profile), ValueSource::Reader);
        }
    }

    #[test]
    fn a_value_shown_as_an_articles_figure_is_that_figures_number() {
        for preset in [Preset::Reset, Preset::IfOpenAi, Preset::IfMusk] {
            let scenario = Scenario::preset(preset);
            for key in FieldKey::ALL {
                let value = scenario.get(key);
                if let ValueSource::Cited { figure, .. } = field_source(key, value) {
                    assert_eq!(
                        figure.figure().value,
                        Some(value),
                        "{preset:?}: {key:?} is cited to a figure that does not state {value}"
                    );
                }
            }
        }
        // The readings of vague or bounded figures are assumptions, never citations.
        for (key, value) in [
            (FieldKey::Secured, 9.9),
            (FieldKey::Secured, 100.0),
            (FieldKey::Jobs, 100_000.0),
            (FieldKey::Jobs, 200_000.0),
            (FieldKey::Years, 5.0),
        ] {
            assert!(matches!(field_source(key, value), ValueSource::Assumption(_)), "{key:?} = {value}");
        }
    }
}
