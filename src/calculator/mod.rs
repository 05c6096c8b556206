//! The funding calculator's pure core: the scenario a reader sets (and its reading from and
//! writing to a URL query), the arithmetic, and the CSV export. No browser code: tested
//! natively, including property tests over random and hostile input.

mod csv;
mod model;
mod scenario;
mod split;

pub use csv::to_csv;
pub use model::{Outcome, YearRow, FIRST_YEAR, LAWSUIT_VALUE, XAI_MEMPHIS};
pub use scenario::{Field, Preset, Profile, Scenario, ScenarioParse, FIELDS, MAX_YEARS, PARTNERS};
pub use split::rebalance;
