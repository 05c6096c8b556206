//! Where a calculator value comes from: an article's figure (with its citation), a labelled
//! assumption, or the reader's own choice. Every default and preset value has a source.

use super::fields::{FieldKey, Split};
use super::scenario::{Profile, Scenario};
use crate::content::{figures, CitationId, FigureId};
use crate::ui::calculator::value_source as words;

/// The source of one value, as the calculator shows it beside the control.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueSource {
    /// An article's figure, and how the value was read from it.
    Cited { citation: CitationId, label: &'static str },
    /// An assumption, and why it is one.
    Assumption(&'static str),
    /// The reader set it.
    Reader,
}

fn cited(figure: FigureId, label: &'static str) -> ValueSource {
    ValueSource::Cited { citation: figure.figure().cite, label }
}

/// The source of a number field's current value.
pub fn field_source(key: FieldKey, value: f64) -> ValueSource {
    match (key, value) {
        (FieldKey::Pledge, 500.0) => cited(figures::PLEDGE_500BN_A, words::PLEDGE),
        (FieldKey::Years, 4.0) => cited(figures::HORIZON_FOUR_YEARS_A, words::FOUR_YEARS),
        (FieldKey::Years, 5.0) => cited(figures::PLEDGE_500BN_B_2029, words::BY_2029),
        (FieldKey::Initial, 100.0) => cited(figures::DEPLOYING_100BN_B, words::DEPLOYING),
        (FieldKey::Secured, 0.0) => ValueSource::Assumption(words::SECURED_NOTHING),
        (FieldKey::Secured, 9.9) => cited(figures::SOFTBANK_UNDER_10BN, words::SECURED_MUSK),
        (FieldKey::Secured, 100.0) => ValueSource::Assumption(words::SECURED_OPENAI),
        (FieldKey::Jobs, 100_000.0) => cited(figures::JOBS_OVER_100000, words::JOBS_100000),
        (FieldKey::Jobs, 200_000.0) => cited(figures::JOBS_HUNDREDS_OF_THOUSANDS, words::JOBS_HUNDREDS),
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
        for preset in [Preset::Reset, Preset::AsAnnounced, Preset::MusksClaim] {
            let scenario = Scenario::preset(preset);
            for key in FieldKey::ALL {
                let source = field_source(key, scenario.get(key));
                assert_ne!(source, ValueSource::Reader, "{preset:?}: {key:?} has no source");
            }
            assert_ne!(split_source(scenario.split), ValueSource::Reader);
            assert_ne!(profile_source(scenario.profile), ValueSource::Reader);
        }
    }
}
