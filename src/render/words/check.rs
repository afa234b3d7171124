//! The findings list in the report's language, for the check workbook and page: one row per
//! finding with the fields of the entry it is about, the columns, and the summary line.

use crate::ledger::Ledger;
use crate::model::money::fmt2;
use crate::model::project::Lang;
use crate::model::Money;
use crate::render::labels::{self, label};
use crate::report::check::CheckReport;
use chrono::NaiveDate;
use serde::Serialize;

/// One finding with the fields of the entry it is about, in the report's language.
#[derive(Debug, Serialize)]
pub(crate) struct FindingRow {
    pub(crate) rule: &'static str,
    pub(crate) severity: &'static str,
    pub(crate) statement: String,
    pub(crate) at: String,
    pub(crate) entry_id: String,
    pub(crate) doc_no: String,
    pub(crate) doc_date: Option<NaiveDate>,
    pub(crate) line: String,
    pub(crate) heading: String,
    pub(crate) case_id: String,
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub(crate) eur: Option<Money>,
    #[serde(serialize_with = "crate::model::money::ser_money")]
    pub(crate) removed: Money,
    pub(crate) message: String,
    pub(crate) hint: String,
}

/// The requirement a rule checks, in `lang` (the rule catalogue's own words).
pub(crate) fn statement(rule: &str, lang: Lang) -> String {
    crate::rules::find(rule)
        .map(|r| r.statement(lang))
        .unwrap_or_default()
}

pub(crate) fn rows(report: &CheckReport, ledger: &Ledger, lang: Lang) -> Vec<FindingRow> {
    report
        .findings
        .iter()
        .map(|c| {
            let f = &c.finding;
            let e = f.entry.and_then(|i| ledger.entries.get(i));
            let x = e.map(|e| &e.expense);
            let (message, hint) = (f.message.clone(), f.hint.clone());
            FindingRow {
                rule: f.rule,
                severity: label(lang, &format!("sev_{}", f.severity.label())),
                statement: statement(f.rule, lang),
                at: f.at.as_ref().map(|a| a.to_string()).unwrap_or_default(),
                entry_id: f
                    .entry_id
                    .clone()
                    .or_else(|| x.map(|x| x.entry_id.clone()))
                    .unwrap_or_default(),
                doc_no: x.map(|x| x.doc_no.clone()).unwrap_or_default(),
                doc_date: x.map(|x| x.doc_date),
                line: x.map(|x| x.activity.clone()).unwrap_or_default(),
                heading: x.map(|x| x.heading.clone()).unwrap_or_default(),
                case_id: f
                    .case_id
                    .clone()
                    .or_else(|| x.and_then(|x| x.case_id.clone()))
                    .unwrap_or_default(),
                eur: e.and_then(|e| e.eur),
                removed: c.removes,
                message,
                hint,
            }
        })
        .collect()
}

/// The columns: label key and width (Excel characters). One A4 landscape page wide at about
/// 75 %; the requirement, cell, finding and hint wrap.
pub(crate) const COLS: [(&str, f64); 14] = [
    ("rule", 10.5),
    ("severity", 11.0),
    ("statement", 28.0),
    ("cell", 17.0),
    ("entry_id", 9.0),
    ("doc_no", 13.0),
    ("doc_date", 11.0),
    ("line", 10.5),
    ("heading", 8.0),
    ("case_id", 13.0),
    ("eur", 11.0),
    ("amount_removed", 11.0),
    ("message", 38.0),
    ("hint", 30.0),
];

/// "12 findings: 4 block, 7 error … — 1 664,89 EUR removed" in the report's language.
pub(crate) fn summary_line(report: &CheckReport, lang: Lang) -> String {
    let by: Vec<String> = report
        .by_severity
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| {
            format!(
                "{} {}",
                label(lang, &format!("sev_{}", s.severity.label())),
                s.count
            )
        })
        .collect();
    format!(
        "{} ({}) · {} {} EUR",
        crate::i18n::Msg::new("findings-count")
            .arg("n", report.findings.len())
            .text(lang),
        by.join(", "),
        label(lang, "amount_removed"),
        labels::number(lang, &fmt2(&report.ineligible_eur_of_findings()))
    )
}

impl CheckReport {
    /// The sum of the findings' amounts (what the list's total row restates).
    pub(crate) fn ineligible_eur_of_findings(&self) -> Money {
        self.findings.iter().map(|c| c.removes).sum()
    }
}
