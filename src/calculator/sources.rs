//! Where a calculator value comes from: an article's figure (with its citation), a labelled
//! assumption, or the reader's own choice. Every default and preset value has a source.

use super::scenario::{Field, Profile, Scenario};
use crate::content::{figure, CitationId};

/// The source of one value, as the calculator shows it beside the control.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueSource {
    /// An article's figure; `note` says how the value was read from it, when not verbatim.
    Cited { citation: CitationId, label: String },
    /// An assumption, and why it is one.
    Assumption(&'static str),
    /// The reader set it.
    Reader,
}

fn cited(figure_id: &str, label: impl Into<String>) -> ValueSource {
    match figure(figure_id) {
        Some(f) => ValueSource::Cited { citation: f.cite, label: label.into() },
        None => ValueSource::Reader,
    }
}

/// The source of a numeric field's current value.
pub fn field_source(field: &Field, value: f64) -> ValueSource {
    match (field.key, value) {
        ("pledge", 500.0) => cited("pledge-500bn-a", "“up to $500 billion”"),
        ("years", 4.0) => cited("horizon-four-years-a", "“four years”"),
        ("years", 5.0) => cited("pledge-500bn-b-2029", "“by 2029”, as 2025 to 2029"),
        ("initial", 100.0) => cited("deploying-100bn-b", "“$100 billion immediately”"),
        ("secured", 0.0) => {
            ValueSource::Assumption("Neither article says how much is secured; 0 counts nothing as secured yet.")
        }
        ("secured", 9.9) => cited("softbank-under-10bn", "Musk: “well under $10B”, taken as $9.9 billion"),
        ("secured", 100.0) => {
            ValueSource::Assumption("Takes OpenAI at its word that the $100 billion to deploy immediately is in hand.")
        }
        ("jobs", 100_000.0) => cited("jobs-over-100000", "“over 100,000 jobs”"),
        ("jobs", 200_000.0) => cited("jobs-hundreds-of-thousands", "“hundreds of thousands”, taken at its least"),
        _ => ValueSource::Reader,
    }
}

/// The source of the split.
pub fn split_source(split: [u8; 5]) -> ValueSource {
    if split == Scenario::default().split {
        ValueSource::Assumption("The articles say only that SoftBank leads the financing; this split is an assumption.")
    } else {
        ValueSource::Reader
    }
}

/// The source of the spending profile.
pub fn profile_source(profile: Profile) -> ValueSource {
    match profile {
        Profile::FrontLoaded => {
            ValueSource::Assumption("The $100 billion “immediately” is spent in the first year, the rest evenly after.")
        }
        Profile::Even => ValueSource::Reader,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::{Preset, FIELDS};

    #[test]
    fn every_default_and_preset_value_has_a_source() {
        for preset in [Preset::Reset, Preset::AsAnnounced, Preset::MusksClaim] {
            let scenario = Scenario::preset(preset);
            for field in FIELDS {
                let source = field_source(&field, scenario.get(&field));
                assert_ne!(source, ValueSource::Reader, "{preset:?}: {} has no source", field.key);
            }
            assert_ne!(split_source(scenario.split), ValueSource::Reader);
            assert_ne!(profile_source(scenario.profile), ValueSource::Reader);
        }
    }
}
