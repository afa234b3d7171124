//! The pure domain model: money, periods, the project (agreement, versions, lines, headings,
//! parameters) and the input records. No IO here.

pub mod field;
pub mod money;
pub mod period;
pub mod project;
pub mod provenance;
pub mod quarter;
pub mod records;
pub mod register;
pub mod review;

pub use field::Field;
pub use money::{Money, Percent};
pub use period::{ClaimPeriod, Month, Quarter};
pub use project::Project;
pub use provenance::InputDigest;
pub use records::{Case, CellRef, Expense, Rate, SourceTable};
