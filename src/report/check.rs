//! The `check` summary: rows read per input, the findings grouped by rule and by severity, and
//! the reconciliation of every cost line, in count and in money (PRODUCT.md "Every row is
//! accounted for, in money too"):
//!
//! cost lines read = claimed + excluded + not yet paid + not convertible
//!
//! in EUR: read (VAT included) = claimed + excluded + recoverable VAT + not yet paid, and the
//! lines without an exchange rate shown apart in their own currencies. `claimed` is what the
//! claims take: eligible, paid within the project's quarters, net of every exclusion (direct
//! costs; the flat-rate indirect costs come on top). `excluded` is what the rules remove from
//! paid, converted lines, each cost counted once (`rules::ineligible_by_entry`); the per-rule
//! and per-severity lines may overlap on a cost, and say so.

use super::{personal_notices, row_counts, RowCount, Tool, TOOL};
use crate::ledger::Ledger;
use crate::model::money::ser_money;
use crate::model::project::Lang;
use crate::model::InputDigest;
use crate::model::{Money, Project};
use crate::rules::{cap, rule_of, Finding, FindingText, Removes, Severity};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub report: &'static str,
    pub tool: Tool,
    pub lang: Lang,
    pub agreement: String,
    pub inputs: Vec<InputDigest>,
    pub rows: Vec<RowCount>,
    pub cost_lines: usize,
    pub cases: usize,
    /// The EUR amount of every converted cost line (VAT included).
    #[serde(serialize_with = "ser_money")]
    pub total_eur: Money,
    /// What the rules exclude from paid, converted lines, each cost once.
    #[serde(serialize_with = "ser_money")]
    pub ineligible_eur: Money,
    pub unpaid_lines: usize,
    pub reconciliation: Reconciliation,
    pub by_severity: Vec<SeverityCount>,
    pub by_rule: Vec<RuleCount>,
    /// Cost lines that findings of more than one excluding rule touch.
    pub overlapping_lines: usize,
    pub findings: Vec<CheckedFinding>,
    pub notices: Vec<String>,
}

/// A finding with what it means in money for its cost line.
#[derive(Debug, Clone, Serialize)]
pub struct CheckedFinding {
    #[serde(flatten)]
    pub finding: FindingText,
    /// The finding's removal, capped at the line (what this rule alone would remove); zero
    /// for rules that remove nothing.
    #[serde(serialize_with = "ser_money")]
    pub removes: Money,
    /// A difference to correct in the next claim (FIN-02), not an exclusion.
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub to_correct: Option<Money>,
    /// The line has no exchange rate: its amount in the document currency, excluded apart.
    pub not_convertible: Option<CurrencyAmount>,
    /// Other excluding rules with a finding on the same cost line.
    pub overlaps: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurrencyAmount {
    pub currency: String,
    #[serde(serialize_with = "crate::model::money::ser_doc_amount")]
    pub amount: Money,
    pub lines: usize,
}

/// A count of cost lines and their EUR amount.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Part {
    pub lines: usize,
    #[serde(serialize_with = "ser_money")]
    pub eur: Money,
}

impl Part {
    fn add(&mut self, eur: Money) {
        self.lines += 1;
        self.eur += eur;
    }
}

/// Every cost line accounted for: read = claimed + excluded + not yet paid + not convertible,
/// in count; in EUR, read = claimed + excluded + recoverable VAT + not yet paid (the lines
/// without a rate have no EUR amount: they are shown apart per currency).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reconciliation {
    pub read: Part,
    /// Paid, converted lines with an amount claimed (`lines` counts those wholly or partly
    /// claimed, and lines of zero); `eur` what they claim.
    pub claimed: Part,
    /// Of the claimed lines, those that lose part of their amount to a rule.
    pub partly_excluded: usize,
    /// `lines`: paid, converted lines wholly excluded; `eur`: everything the rules exclude from
    /// paid, converted lines, the parts of partly excluded lines included.
    pub excluded: Part,
    /// Recoverable VAT deducted from paid lines (arithmetic, not a finding).
    #[serde(serialize_with = "ser_money")]
    pub vat: Money,
    /// Converted lines not paid yet: not claimable until they are.
    pub unpaid: Part,
    /// Lines with no exchange rate for their document month, per currency; excluded.
    pub not_convertible: Vec<CurrencyAmount>,
    pub not_convertible_lines: usize,
    /// read − (claimed + excluded + VAT + not yet paid): zero when every euro is accounted for.
    #[serde(serialize_with = "ser_money")]
    pub unaccounted: Money,
    pub holds: bool,
}

/// Reconciles the cost lines `rows`: `excluded` is each entry's ineligible amount
/// (`rules::ineligible_by_entry`), `claimed` what the allocation claims of it.
pub(crate) fn reconcile(
    ledger: &Ledger,
    rows: impl Iterator<Item = usize>,
    excluded: &[Money],
    claimed: &[Money],
) -> Reconciliation {
    let mut r = Reconciliation {
        read: Part::default(),
        claimed: Part::default(),
        partly_excluded: 0,
        excluded: Part::default(),
        vat: Money::ZERO,
        unpaid: Part::default(),
        not_convertible: Vec::new(),
        not_convertible_lines: 0,
        unaccounted: Money::ZERO,
        holds: false,
    };
    let mut foreign: BTreeMap<&str, (Money, usize)> = BTreeMap::new();
    for i in rows {
        let e = &ledger.entries[i];
        let (Some(eur), Some(base)) = (e.eur, e.base) else {
            let x = foreign.entry(&e.expense.currency).or_default();
            x.0 += e.expense.amount;
            x.1 += 1;
            r.read.lines += 1;
            r.not_convertible_lines += 1;
            continue;
        };
        r.read.add(eur);
        if e.expense.paid_date.is_none() {
            r.unpaid.add(eur);
            continue;
        }
        r.vat += eur - base;
        r.excluded.eur += excluded[i];
        if claimed[i].is_zero() && !excluded[i].is_zero() {
            r.excluded.lines += 1;
        } else {
            r.claimed.add(claimed[i]);
            if !excluded[i].is_zero() {
                r.partly_excluded += 1;
            }
        }
    }
    r.not_convertible = foreign
        .into_iter()
        .map(|(c, (amount, lines))| CurrencyAmount {
            currency: c.to_string(),
            amount,
            lines,
        })
        .collect();
    r.unaccounted = r.read.eur - r.claimed.eur - r.excluded.eur - r.vat - r.unpaid.eur;
    r.holds = r.unaccounted.is_zero()
        && r.read.lines
            == r.claimed.lines + r.excluded.lines + r.unpaid.lines + r.not_convertible_lines;
    r
}

#[derive(Debug, Clone, Serialize)]
pub struct SeverityCount {
    pub severity: Severity,
    pub count: usize,
    /// The sum of its findings' removals (each capped at its line); lines may overlap.
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleCount {
    pub rule: &'static str,
    pub severity: Severity,
    pub statement: String,
    pub count: usize,
    /// The sum of its findings' removals (each capped at its line).
    #[serde(serialize_with = "ser_money")]
    pub ineligible: Money,
    /// FIN-02: the sum of the differences to correct in the next claim.
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub to_correct: Option<Money>,
    /// The amounts of its findings' lines that have no exchange rate, per currency.
    pub not_convertible: Vec<CurrencyAmount>,
    /// Other excluding rules that remove money from some of the same lines.
    pub overlaps: Vec<&'static str>,
}

/// The findings with their money: the removal each makes, capped at its line; FIN-02's
/// difference; the original amount of a line without a rate; the other rules on the same line.
pub(crate) fn checked(ledger: &Ledger, findings: &[Finding], lang: Lang) -> Vec<CheckedFinding> {
    // Per entry, the excluding rules that remove money from it.
    let mut rules_on: BTreeMap<usize, Vec<&'static str>> = BTreeMap::new();
    for f in findings {
        if let (Some(i), true) = (f.entry, removes_money(f)) {
            let v = rules_on.entry(i).or_default();
            if !v.contains(&f.rule) {
                v.push(f.rule);
            }
        }
    }
    findings
        .iter()
        .map(|f| {
            let entry = f.entry.map(|i| &ledger.entries[i]);
            let removes = match entry {
                Some(e) if removes_money(f) => cap(f.ineligible, e.base.unwrap_or_default()),
                _ => Money::ZERO,
            };
            let to_correct = rule_of(f)
                .is_some_and(|r| r.removes == Removes::Nothing && !f.ineligible.is_zero())
                .then_some(f.ineligible);
            let not_convertible = entry.filter(|e| e.eur.is_none()).map(|e| CurrencyAmount {
                currency: e.expense.currency.clone(),
                amount: e.expense.amount,
                lines: 1,
            });
            let overlaps = match (f.entry, removes_money(f)) {
                (Some(i), true) => rules_on[&i]
                    .iter()
                    .copied()
                    .filter(|r| *r != f.rule)
                    .collect(),
                _ => Vec::new(),
            };
            CheckedFinding {
                finding: FindingText::new(f, lang),
                removes,
                to_correct,
                not_convertible,
                overlaps,
            }
        })
        .collect()
}

/// Whether a finding removes money: an excluding severity, a rule that removes something.
fn removes_money(f: &Finding) -> bool {
    f.severity.excludes() && rule_of(f).is_some_and(|r| r.removes != Removes::Nothing)
}

/// The per-rule lines of the checked findings, in catalogue order.
fn by_rule(checked: &[CheckedFinding], lang: Lang) -> Vec<RuleCount> {
    crate::rules::ALL
        .iter()
        .filter_map(|r| {
            let fs: Vec<&CheckedFinding> =
                checked.iter().filter(|c| c.finding.rule == r.id).collect();
            if fs.is_empty() {
                return None;
            }
            let mut overlaps: Vec<&'static str> =
                fs.iter().flat_map(|c| c.overlaps.iter().copied()).collect();
            overlaps.sort_unstable();
            overlaps.dedup();
            let corrections: Vec<Money> = fs.iter().filter_map(|c| c.to_correct).collect();
            Some(RuleCount {
                rule: r.id,
                severity: r.severity,
                statement: r.statement(lang),
                count: fs.len(),
                ineligible: fs.iter().map(|c| c.removes).sum(),
                to_correct: (!corrections.is_empty()).then(|| corrections.iter().copied().sum()),
                not_convertible: per_currency(fs.iter().filter_map(|c| c.not_convertible.as_ref())),
                overlaps,
            })
        })
        .collect()
}

fn per_currency<'a>(xs: impl Iterator<Item = &'a CurrencyAmount>) -> Vec<CurrencyAmount> {
    let mut m: BTreeMap<&str, (Money, usize)> = BTreeMap::new();
    for x in xs {
        let v = m.entry(&x.currency).or_default();
        v.0 += x.amount;
        v.1 += x.lines;
    }
    m.into_iter()
        .map(|(c, (amount, lines))| CurrencyAmount {
            currency: c.to_string(),
            amount,
            lines,
        })
        .collect()
}

/// The number of cost lines with removals by more than one rule.
fn overlapping_lines(checked: &[CheckedFinding]) -> usize {
    let mut lines: Vec<usize> = checked
        .iter()
        .filter(|c| !c.overlaps.is_empty())
        .filter_map(|c| c.finding.entry)
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines.len()
}

/// The `check` report. `excluded` is each entry's ineligible amount, `claimed` what the
/// allocation claims of it (`Allocation::eligible`).
pub fn build(
    project: &Project,
    ledger: &Ledger,
    findings: &[Finding],
    excluded: &[Money],
    claimed: &[Money],
    lang: Lang,
) -> CheckReport {
    let checked = checked(ledger, findings, lang);
    let by_severity = [
        Severity::Block,
        Severity::Error,
        Severity::Warning,
        Severity::Info,
    ]
    .into_iter()
    .map(|s| {
        let of = || checked.iter().filter(move |c| c.finding.severity == s);
        SeverityCount {
            severity: s,
            count: of().count(),
            ineligible: of().map(|c| c.removes).sum(),
        }
    })
    .collect();
    let reconciliation = reconcile(ledger, 0..ledger.entries.len(), excluded, claimed);
    CheckReport {
        report: "check",
        tool: TOOL,
        lang,
        agreement: project.agreement.number.clone(),
        inputs: ledger.digests.clone(),
        rows: row_counts(ledger),
        cost_lines: ledger.entries.len(),
        cases: ledger.cases.len(),
        total_eur: reconciliation.read.eur,
        ineligible_eur: reconciliation.excluded.eur,
        unpaid_lines: ledger
            .entries
            .iter()
            .filter(|e| e.expense.paid_date.is_none())
            .count(),
        by_severity,
        by_rule: by_rule(&checked, lang),
        overlapping_lines: overlapping_lines(&checked),
        reconciliation,
        findings: checked,
        notices: personal_notices(ledger),
    }
}
