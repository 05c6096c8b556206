//! The funding calculator's core: the fields and partners, the scenario a reader sets (and its
//! reading from and writing to the page's address), the arithmetic, where each value comes
//! from, the CSV export, and the state the controls edit. No browser code: tested natively,
//! including property tests over random and hostile input.

mod chart;
mod csv;
mod fields;
mod model;
mod scenario;
mod sources;
mod split;
mod state;

pub use chart::{download_svg, Chart, Column, Frame, DOWNLOAD_WIDTH};
pub use csv::to_csv;
pub use fields::{Field, FieldKey, Partner, Split, Unit, FIELDS, MAX_YEARS};
pub use model::{Outcome, YearRow, FIRST_YEAR, LAWSUIT_VALUE, XAI_MEMPHIS};
pub use scenario::{Preset, Profile, Scenario, ScenarioParse};
pub use sources::{field_source, profile_source, split_source, ValueSource};
pub use split::rebalance;
pub use state::{CalculatorAction, CalculatorState, Draft, FieldNote};
