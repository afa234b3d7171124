//! grantbook turns an EU grant project's expense ledger and case register into checked,
//! cent-exact financial reports.
//!
//! The pipeline, IO only at the two ends:
//!
//! ```text
//! budgets/*.toml ──import::project──▶ Project (agreement, versions, lines, headings, parameters)
//! *.xlsx|ods|csv ──import (calamine, csv)──▶ Expense / Case / Rate records, each with its row
//!                     └── Ledger::build ── invariants hold from here on ──┘
//! Ledger ──rules::check_all──▶ Vec<Finding { rule, severity, at: CellRef, message, hint }>
//! Ledger + findings ──allocate──▶ Allocation (eligible, AMIF, state per line × heading; Σ exact)
//! Allocation ──report::{claim, burn, review, indicators, check}──▶ report models (Serialize)
//! report model ──render::{xlsx, html, json, text}──▶ out/ (all rendered, then written atomically)
//! claim-*.xlsx ──import::readback::claim_workbook──▶ submitted claim ──report::review──▶ review model
//! ```
//!
//! `model`, `ledger`, `rules`, `allocate` and `report` are deterministic functions of their
//! arguments; only `import`, `render` and `cli` touch files.

pub mod allocate;
pub mod cli;
pub mod i18n;
pub mod import;
pub mod ledger;
pub mod model;
pub mod render;
pub mod report;
pub mod rules;
pub mod serve;
pub(crate) mod util;
