//! What the reader sets: the five number fields (their keys, units and ranges) and the partners
//! the financing is split between. Enums, so that a field or a partner the code forgets is a
//! compile error, not a silent default.

use crate::content::entities;
use crate::money::{format_billions, Billions};
use crate::query::Param;
use crate::ui;
use crate::ui::calculator::{fields as labels, units};

/// One of the calculator's number fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey {
    Pledge,
    Years,
    Initial,
    Secured,
    Jobs,
}

impl FieldKey {
    /// How many fields there are: the length of anything kept per field.
    pub const COUNT: usize = 5;
    /// Every field, in the order the calculator shows them.
    pub const ALL: [FieldKey; FieldKey::COUNT] =
        [FieldKey::Pledge, FieldKey::Years, FieldKey::Initial, FieldKey::Secured, FieldKey::Jobs];

    /// The field's place in `ALL` (and in anything kept per field).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The field's input, its unit and its range.
    pub const fn field(self) -> &'static Field {
        &FIELDS[self.index()]
    }

    /// The address parameter that carries the field's value.
    pub const fn param(self) -> Param {
        match self {
            FieldKey::Pledge => Param::Pledge,
            FieldKey::Years => Param::Years,
            FieldKey::Initial => Param::Initial,
            FieldKey::Secured => Param::Secured,
            FieldKey::Jobs => Param::Jobs,
        }
    }

    /// The field's label, as the reader sees it.
    pub const fn label(self) -> &'static str {
        match self {
            FieldKey::Pledge => labels::PLEDGE,
            FieldKey::Years => labels::YEARS,
            FieldKey::Initial => labels::INITIAL,
            FieldKey::Secured => labels::SECURED,
            FieldKey::Jobs => labels::JOBS,
        }
    }

    /// A token for the field's element ids: the address parameter's name.
    pub const fn slug(self) -> &'static str {
        self.param().name()
    }
}

/// What a number field counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Billions of US dollars.
    Billions,
    Years,
    Jobs,
}

impl Unit {
    /// The unit as a label shows it: "$ billion".
    pub const fn label(self) -> &'static str {
        match self {
            Unit::Billions => units::BILLIONS,
            Unit::Years => units::YEARS,
            Unit::Jobs => units::JOBS,
        }
    }

    /// A value with its unit, as a reader hears or reads it: "$500 billion", "4 years",
    /// "100,000 jobs".
    pub fn show(self, value: f64) -> String {
        // Years and jobs are whole and within their fields' ranges (at most 900,000).
        let count = || crate::money::within(value.round(), 0.0, f64::from(u32::MAX)) as u32;
        match self {
            Unit::Billions => format_billions(Billions(value)),
            Unit::Years => units::YearsValue { count: count() }.text(),
            Unit::Jobs => units::JobsValue { count: &ui::count(count()) }.text(),
        }
    }
}

/// A number input: which field, its unit, and its range and step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    pub key: FieldKey,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    pub step: f64,
}

/// The longest period the calculator models, in years.
pub const MAX_YEARS: u8 = 10;

/// The number inputs, in the order of `FieldKey::ALL`.
pub const FIELDS: [Field; FieldKey::COUNT] = [
    Field { key: FieldKey::Pledge, unit: Unit::Billions, min: 10.0, max: 1000.0, step: 10.0 },
    Field { key: FieldKey::Years, unit: Unit::Years, min: 1.0, max: MAX_YEARS as f64, step: 1.0 },
    Field { key: FieldKey::Initial, unit: Unit::Billions, min: 0.0, max: 1000.0, step: 5.0 },
    Field { key: FieldKey::Secured, unit: Unit::Billions, min: 0.0, max: 1000.0, step: 0.1 },
    Field { key: FieldKey::Jobs, unit: Unit::Jobs, min: 100_000.0, max: 900_000.0, step: 10_000.0 },
];

/// A partner the financing is split between (the last, everyone else and debt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partner {
    SoftBank,
    OpenAi,
    Oracle,
    Mgx,
    Other,
}

/// Percent of the financing from each partner, in the order of `Partner::ALL`.
pub type Split = [u8; Partner::COUNT];

impl Partner {
    /// How many partners there are: the length of a split.
    pub const COUNT: usize = 5;
    /// Every partner, in the order the calculator shows them.
    pub const ALL: [Partner; Partner::COUNT] =
        [Partner::SoftBank, Partner::OpenAi, Partner::Oracle, Partner::Mgx, Partner::Other];

    /// The partner's place in `ALL` (and in a split).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The partner's name: as the articles write it, for those they name (read at compile
    /// time, so the module carries these names and no other entity's).
    pub const fn name(self) -> &'static str {
        match self {
            Partner::SoftBank => const { entities::SOFTBANK.name() },
            Partner::OpenAi => const { entities::OPENAI.name() },
            Partner::Oracle => const { entities::ORACLE.name() },
            Partner::Mgx => const { entities::MGX.name() },
            Partner::Other => ui::calculator::split::OTHER_PARTNER,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_and_partner_is_at_its_index() {
        for (index, key) in FieldKey::ALL.into_iter().enumerate() {
            assert_eq!((key.index(), key.field().key), (index, key));
        }
        for (index, partner) in Partner::ALL.into_iter().enumerate() {
            assert_eq!(partner.index(), index);
        }
        assert_eq!(Partner::SoftBank.name(), "SoftBank");
        assert_eq!(Partner::Mgx.name(), "MGX");
    }

    #[test]
    fn values_read_with_their_units() {
        assert_eq!(Unit::Billions.show(500.0), "$500 billion");
        assert_eq!(Unit::Years.show(1.0), "1 year");
        assert_eq!(Unit::Years.show(4.0), "4 years");
        assert_eq!(Unit::Jobs.show(100_000.0), "100,000 jobs");
    }
}
