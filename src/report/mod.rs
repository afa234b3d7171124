//! Report models: plain `Serialize` data that renderers format and never recompute. Built from
//! the project, the ledger, the findings and the allocation; no IO.

pub mod burn;
pub mod check;
pub mod claim;
pub(crate) mod indicators;
pub mod register;
pub mod review;

use crate::allocate::Split;
use crate::model::money::fmt2;
use crate::model::project::Project;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// The tool that made a report, recorded in every output.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

pub(crate) const TOOL: Tool = Tool {
    name: "grantbook",
    version: env!("CARGO_PKG_VERSION"),
};

/// A split as the json shows it: `{"eligible": "100.00", "AMIF": "75.00", "STATE": "25.00"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitOut {
    pub eligible: crate::model::Money,
    pub by_source: Vec<(String, crate::model::Money)>,
}

impl SplitOut {
    fn new(project: &Project, s: &Split) -> SplitOut {
        SplitOut {
            eligible: s.eligible,
            by_source: project
                .sources
                .iter()
                .map(|x| x.code.clone())
                .zip(s.by_source.iter().copied())
                .collect(),
        }
    }
}

impl Serialize for SplitOut {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1 + self.by_source.len()))?;
        m.serialize_entry("eligible", &fmt2(&self.eligible))?;
        for (code, v) in &self.by_source {
            m.serialize_entry(code, &fmt2(v))?;
        }
        m.end()
    }
}

/// How many rows each input had: read = accepted + rejected.
#[derive(Debug, Clone, Serialize)]
pub struct RowCount {
    pub input: String,
    pub file: String,
    pub sheet: Option<String>,
    pub read: usize,
    pub accepted: usize,
    pub rejected: usize,
}

fn row_counts(ledger: &crate::ledger::Ledger) -> Vec<RowCount> {
    let mut v = Vec::new();
    let mut push = |input: &str, s: &crate::model::SourceTable| {
        v.push(RowCount {
            input: input.to_string(),
            file: s.file.to_string(),
            sheet: s.sheet.as_deref().map(str::to_string),
            read: s.rows_read,
            accepted: s.rows_accepted,
            rejected: s.rows_rejected,
        })
    };
    push("expenses", &ledger.expenses_source);
    push("cases", &ledger.cases_source);
    if let Some(r) = &ledger.rates_source {
        push("rates", r);
    }
    v
}

/// Notices about columns that look personal: named, never copied.
fn personal_notices(ledger: &crate::ledger::Ledger) -> Vec<String> {
    let mut v = Vec::new();
    let mut push = |s: &crate::model::SourceTable| {
        if !s.personal_columns.is_empty() {
            v.push(format!(
                "{}: the columns {} look like personal data; they were not read and are not copied into any output",
                s.file,
                s.personal_columns.iter().map(|c| format!("{c:?}")).collect::<Vec<_>>().join(", ")
            ));
        }
    };
    push(&ledger.expenses_source);
    push(&ledger.cases_source);
    if let Some(r) = &ledger.rates_source {
        push(r);
    }
    v
}
