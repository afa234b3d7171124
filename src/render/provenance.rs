//! The one provenance block of every report: what it was made from and by what — the project,
//! the agreement and the version in force, the period, each input with its file, SHA-256 and
//! rows read = accepted + rejected, the grantbook version, and the as-of date or seed where the
//! report has one. Built once from what the report model carries; each format lays it out (the
//! claim's cover and the review's summary as a table, the findings workbook as notes, the pages
//! as an inputs table, the hidden `_grantbook` sheet as codes for `verify`).

use crate::model::project::Lang;
use crate::model::InputDigest;
use crate::render::labels::{input_file, input_role};
use crate::report::burn::BurnReport;
use crate::report::check::CheckReport;
use crate::report::claim::ClaimReport;
use crate::report::review::ReviewReport;
use crate::report::{RowCount, Tool};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Provenance {
    /// The project's title, where the model names it.
    pub project: Option<String>,
    pub agreement: String,
    /// The agreement's version in force for the report and the day it took effect.
    pub version: Option<String>,
    pub version_from: Option<NaiveDate>,
    /// The period the report covers, as its header names it.
    pub period: String,
    pub inputs: Vec<InputRow>,
    /// "grantbook 1.2.3".
    pub tool: String,
    /// The day the report is made as of (burn); reports are otherwise dated by their period
    /// only, never by the clock.
    pub as_of: Option<NaiveDate>,
    /// The sampling seed (review).
    pub seed: Option<u64>,
}

/// An input as a report's provenance shows it: role, file, SHA-256 and, for the tables read
/// row by row, the rows read, accepted and rejected.
#[derive(Debug, Clone, Serialize)]
pub struct InputRow {
    /// The role as `verify` reads it back (`expenses`, `rules` …).
    pub code: String,
    /// The role in the report's words.
    pub role: String,
    pub file: String,
    pub sha256: String,
    pub rows: Option<Rows>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rows {
    pub read: usize,
    pub accepted: usize,
    pub rejected: usize,
}

/// The inputs in the report's words, each with its row counts where the model has them.
pub fn input_rows(lang: Lang, inputs: &[InputDigest], counts: &[RowCount]) -> Vec<InputRow> {
    inputs
        .iter()
        .map(|d| InputRow {
            code: d.role.clone(),
            role: input_role(lang, &d.role),
            file: input_file(lang, d),
            sha256: d.sha256.clone(),
            rows: counts.iter().find(|c| c.input == d.role).map(|c| Rows {
                read: c.read,
                accepted: c.accepted,
                rejected: c.rejected,
            }),
        })
        .collect()
}

fn tool(t: &Tool) -> String {
    format!("{} {}", t.name, t.version)
}

impl Provenance {
    pub fn claim(r: &ClaimReport) -> Provenance {
        let a = &r.agreement;
        Provenance {
            project: Some(a.title.clone()),
            agreement: a.number.clone(),
            version: Some(a.version.to_string()),
            version_from: Some(a.version_effective_from),
            period: crate::render::words::claim::period_label(r),
            inputs: input_rows(r.lang, &r.inputs, &r.row_counts),
            tool: tool(&r.tool),
            as_of: None,
            seed: None,
        }
    }

    pub fn burn(r: &BurnReport) -> Provenance {
        let a = &r.agreement;
        Provenance {
            project: Some(a.title.clone()),
            agreement: a.number.clone(),
            version: Some(a.version.to_string()),
            version_from: Some(a.version_effective_from),
            period: crate::i18n::fmt::date_str(r.lang, &r.as_of.to_string()),
            inputs: input_rows(r.lang, &r.inputs, &[]),
            tool: tool(&r.tool),
            as_of: Some(r.as_of),
            seed: None,
        }
    }

    pub fn review(r: &ReviewReport) -> Provenance {
        Provenance {
            project: None,
            agreement: r.claim.agreement.clone(),
            version: Some(r.claim.agreement_version.clone()),
            version_from: None,
            period: r.claim.period.clone(),
            inputs: input_rows(r.lang, &r.inputs, &[]),
            tool: tool(&r.tool),
            as_of: None,
            seed: Some(r.sample.seed),
        }
    }

    pub fn check(r: &CheckReport) -> Provenance {
        Provenance {
            project: None,
            agreement: r.agreement.clone(),
            version: None,
            version_from: None,
            period: String::new(),
            inputs: input_rows(r.lang, &r.inputs, &r.rows),
            tool: tool(&r.tool),
            as_of: None,
            seed: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(role: &str, file: &str) -> InputDigest {
        InputDigest {
            role: role.into(),
            file: file.into(),
            sha256: format!("{role}-sha"),
        }
    }

    /// Each input gets the row counts of the table it was read as; the project file and the
    /// rule catalogue, read whole, have none.
    #[test]
    fn inputs_carry_their_own_row_counts() {
        let inputs = [
            digest("project", "ak.toml"),
            digest("expenses", "expenses.xlsx"),
            digest("cases", "cases.csv"),
            digest("rules", "rules"),
        ];
        let counts = [
            RowCount {
                input: "cases".into(),
                file: "cases.csv".into(),
                sheet: None,
                read: 300,
                accepted: 299,
                rejected: 1,
            },
            RowCount {
                input: "expenses".into(),
                file: "expenses.xlsx".into(),
                sheet: Some("Izdevumi".into()),
                read: 1607,
                accepted: 1607,
                rejected: 0,
            },
        ];
        let rows = input_rows(Lang::En, &inputs, &counts);
        let read: Vec<Option<(usize, usize, usize)>> = rows
            .iter()
            .map(|r| r.rows.map(|x| (x.read, x.accepted, x.rejected)))
            .collect();
        assert_eq!(
            read,
            [None, Some((1607, 1607, 0)), Some((300, 299, 1)), None]
        );
        assert_eq!(rows[1].code, "expenses");
        assert_eq!(rows[1].sha256, "expenses-sha");
        // The role in the reader's words, the rule catalogue by its name.
        assert_ne!(rows[1].role, "expenses");
        assert_ne!(rows[3].file, "rules");
    }
}
