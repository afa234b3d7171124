//! The `check` summary: rows read per input, totals, and the findings grouped by rule with
//! counts and amounts per severity.

use super::{personal_notices, row_counts, RowCount, Tool, TOOL};
use crate::import::InputDigest;
use crate::ledger::Ledger;
use crate::model::money::ser_money;
use crate::model::project::Lang;
use crate::model::{Money, Project};
use crate::rules::{Finding, FindingText, Severity};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub report: &'static str,
    pub tool: Tool,
    pub agreement: String,
    pub inputs: Vec<InputDigest>,
    pub rows: Vec<RowCount>,
    pub cost_lines: usize,
    pub cases: usize,
    #[serde(serialize_with = "ser_money")]
    pub total_eur: Money,
    #[serde(serialize_with = "ser_money")]
    pub ineligible_eur: Money,
    pub unpaid_lines: usize,
    pub by_severity: Vec<SeverityCount>,
    pub by_rule: Vec<RuleCount>,
    pub findings: Vec<FindingText>,
    pub notices: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeverityCount {
    pub severity: Severity,
    pub count: usize,
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleCount {
    pub rule: &'static str,
    pub severity: Severity,
    pub statement: String,
    pub count: usize,
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
}

pub fn build(
    project: &Project,
    ledger: &Ledger,
    findings: &[Finding],
    ineligible: &[Money],
    lang: Lang,
) -> CheckReport {
    let total_eur = ledger.entries.iter().filter_map(|e| e.eur).sum();
    let by_severity = [
        Severity::Block,
        Severity::Error,
        Severity::Warning,
        Severity::Info,
    ]
    .into_iter()
    .map(|s| SeverityCount {
        severity: s,
        count: findings.iter().filter(|f| f.severity == s).count(),
        ineligible: findings
            .iter()
            .filter(|f| f.severity == s)
            .map(|f| f.ineligible)
            .sum(),
    })
    .collect();
    let by_rule = crate::rules::ALL
        .iter()
        .filter_map(|r| {
            let fs: Vec<&Finding> = findings.iter().filter(|f| f.rule == r.id).collect();
            (!fs.is_empty()).then(|| RuleCount {
                rule: r.id,
                severity: r.severity,
                statement: r.statement(lang),
                count: fs.len(),
                ineligible: fs.iter().map(|f| f.ineligible).sum(),
            })
        })
        .collect();
    CheckReport {
        report: "check",
        tool: TOOL,
        agreement: project.agreement.number.clone(),
        inputs: ledger.digests.clone(),
        rows: row_counts(ledger),
        cost_lines: ledger.entries.len(),
        cases: ledger.cases.len(),
        total_eur,
        ineligible_eur: ineligible.iter().copied().sum(),
        unpaid_lines: ledger
            .entries
            .iter()
            .filter(|e| e.expense.paid_date.is_none())
            .count(),
        by_severity,
        by_rule,
        findings: FindingText::all(findings, lang),
        notices: personal_notices(ledger),
    }
}
