//! The funding calculator's core: the scenario a reader sets (and its reading from and
//! writing to a URL query), the arithmetic, where each value comes from, the CSV export, and
//! the state the controls edit. No browser code: tested natively, including property tests
//! over random and hostile input.

mod csv;
mod model;
mod scenario;
mod sources;
mod split;
mod state;

pub use csv::to_csv;
pub use model::{Outcome, YearRow, FIRST_YEAR, LAWSUIT_VALUE, XAI_MEMPHIS};
pub use scenario::{Field, Preset, Profile, Scenario, ScenarioParse, FIELDS, MAX_YEARS, PARTNERS};
pub use sources::{field_source, profile_source, split_source, ValueSource};
pub use split::rebalance;
pub use state::{CalculatorAction, CalculatorState, Draft};
