//! The review report (managing-authority side): a submitted claim workbook recomputed from the
//! ledger with every difference, a monetary-unit sample of its eligible cost lines with the
//! seed and parameters, one checklist row per sampled cost, the claim-level checks, the error
//! projection once the reviewer has filled in deductions, and the difference from the previous
//! claim. Plain data; the renderers format it.

pub mod checklist;
pub mod previous;
pub mod projection;
pub mod recompute;
pub mod sample;

use super::{Tool, TOOL};
use crate::import::claim_workbook::ClaimWorkbook;
use crate::import::InputDigest;
use crate::model::money::ser_money;
use crate::model::project::{HeadingKind, Lang};
use crate::model::{Money, Project};
use crate::report::claim::ClaimReport;
use checklist::ClaimCheck;
use previous::PreviousDiff;
use projection::{Filled, Projection};
use recompute::{Difference, HashMismatch};
use rust_decimal::Decimal;
use sample::{Item, Sample, Stratum};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ReviewReport {
    pub report: &'static str,
    pub tool: Tool,
    pub lang: Lang,
    pub claim: ClaimInfo,
    /// This run's inputs (ledger, cases, rates, project file) and the workbooks reviewed.
    pub inputs: Vec<InputDigest>,
    pub hash_mismatches: Vec<HashMismatch>,
    pub differences: Vec<Difference>,
    pub sample: Sample,
    pub checklist: Vec<ChecklistRow>,
    pub claim_checks: Vec<ClaimCheck>,
    pub projection: Option<Projection>,
    pub previous: Option<PreviousDiff>,
    pub conclusion: Conclusion,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimInfo {
    pub file: String,
    pub sha256: String,
    pub period: String,
    pub claim_number: String,
    pub agreement: String,
    pub agreement_version: String,
    /// The language the workbook was written in.
    pub lang: String,
    pub documents: usize,
}

/// One sampled cost: what to see, and the reviewer's result and deduction once filled in.
#[derive(Debug, Clone, Serialize)]
pub struct ChecklistRow {
    pub no: usize,
    pub entry_id: String,
    pub doc_no: String,
    pub doc_date: String,
    pub line: String,
    pub heading: String,
    pub heading_kind: HeadingKind,
    pub case_id: String,
    #[serde(serialize_with = "ser_money")]
    pub book_value: Money,
    pub stratum: Stratum,
    pub documents: Vec<&'static str>,
    /// The cost's cell in the submitted workbook.
    pub at: String,
    pub result: Option<String>,
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub deducted: Option<Money>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Conclusion {
    pub differences: usize,
    pub hashes_match: bool,
    /// None until a filled checklist is given.
    pub projected_above: Option<bool>,
    pub upper_limit_above: Option<bool>,
    /// 1 when a recomputation difference exists or the projected error is above the tolerable
    /// error; 0 otherwise.
    pub exit_code: u8,
}

/// A filled checklist row as read back from the reviewer's workbook.
#[derive(Debug, Clone)]
pub struct FilledRow {
    pub entry_id: String,
    pub result: String,
    pub deducted: Money,
    pub at: String,
}

pub struct ReviewInput<'a> {
    pub project: &'a Project,
    pub submitted: &'a ClaimWorkbook,
    pub recomputed: &'a ClaimReport<'a>,
    pub previous: Option<&'a ClaimWorkbook>,
    pub filled: Option<&'a [FilledRow]>,
    /// A fraction in (0, 1).
    pub confidence: Decimal,
    pub seed: u64,
    pub lang: Lang,
}

pub fn build(inp: &ReviewInput) -> ReviewReport {
    let sub = inp.submitted;
    let re = inp.recomputed;
    let p = inp.project;
    let hash_mismatches = recompute::hash_mismatches(&sub.inputs, &re.inputs);
    let differences = recompute::compare(sub, re);
    let version = p.version_on(re.period.to);
    let items: Vec<Item> = sub
        .documents
        .iter()
        .filter_map(|d| {
            d.eligible.value.map(|bv| Item {
                entry_id: d.entry_id.clone(),
                book_value: bv,
            })
        })
        .collect();
    let sample = sample::select(
        &items,
        inp.confidence,
        version.params.review_tolerable_error_pct,
        inp.seed,
    );
    let kind_of = |h: &str| {
        p.heading_index(h)
            .map(|i| p.headings[i].kind)
            .unwrap_or_default()
    };
    let filled_of = |id: &str| inp.filled.and_then(|f| f.iter().find(|x| x.entry_id == id));
    let checklist: Vec<ChecklistRow> = sample
        .selected
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let d = sub.documents.iter().find(|d| d.entry_id == s.entry_id)?;
            let kind = kind_of(&d.heading);
            let f = filled_of(&s.entry_id);
            Some(ChecklistRow {
                no: i + 1,
                entry_id: s.entry_id.clone(),
                doc_no: d.doc_no.clone(),
                doc_date: d.doc_date.map(|x| x.to_string()).unwrap_or_default(),
                line: d.line.clone(),
                heading: d.heading.clone(),
                heading_kind: kind,
                case_id: d.case_id.clone(),
                book_value: s.book_value,
                stratum: s.stratum,
                documents: checklist::evidence(kind, inp.lang),
                at: d.at.clone(),
                result: f.map(|x| x.result.clone()),
                deducted: f.map(|x| x.deducted),
            })
        })
        .collect();
    let previous = inp.previous.map(|prev| previous::compare(prev, sub));
    let claim_checks = checklist::claim_checks(&checklist::Facts {
        lang: inp.lang,
        is_claim: true,
        hashes_match: hash_mismatches.is_empty(),
        differences: differences.len(),
        split_holds: re.split_check.holds,
        carry_forward_breaks: previous.as_ref().map(|x| x.carry_forward_breaks),
        findings: &re.findings,
        indirect_difference: re.indirect_total.difference,
        rates_used: re.rates_used.len(),
    });
    let projection = inp.filled.map(|rows| {
        let filled: Vec<Filled> = rows
            .iter()
            .map(|r| {
                let c = checklist.iter().find(|c| c.entry_id == r.entry_id);
                Filled {
                    entry_id: r.entry_id.clone(),
                    line: c.map(|c| c.line.clone()).unwrap_or_default(),
                    heading: c.map(|c| c.heading.clone()).unwrap_or_default(),
                    deducted: r.deducted,
                    result: r.result.clone(),
                    at: r.at.clone(),
                }
            })
            .collect();
        projection::project(p, version.params.indirect_rate, &sample, &filled)
    });
    let above = projection.as_ref().map(|x| x.projected_above);
    let exit_code = u8::from(!differences.is_empty() || above == Some(true));
    let mut inputs = re.inputs.clone();
    inputs.push(InputDigest {
        role: "claim".into(),
        file: sub.file.clone(),
        sha256: sub.sha256.clone(),
    });
    if let Some(prev) = inp.previous {
        inputs.push(InputDigest {
            role: "previous claim".into(),
            file: prev.file.clone(),
            sha256: prev.sha256.clone(),
        });
    }
    let meta = |k: &str| sub.meta.get(k).cloned().unwrap_or_default();
    ReviewReport {
        report: "review",
        tool: TOOL,
        lang: inp.lang,
        claim: ClaimInfo {
            file: sub.file.clone(),
            sha256: sub.sha256.clone(),
            period: sub.period.label(),
            claim_number: meta("claim_number"),
            agreement: meta("agreement"),
            agreement_version: meta("agreement_version"),
            lang: sub.lang.code().to_string(),
            documents: sub.documents.len(),
        },
        inputs,
        conclusion: Conclusion {
            differences: differences.len(),
            hashes_match: hash_mismatches.is_empty(),
            projected_above: above,
            upper_limit_above: projection.as_ref().map(|x| x.upper_limit_above),
            exit_code,
        },
        hash_mismatches,
        differences,
        sample,
        checklist,
        claim_checks,
        projection,
        previous,
    }
}
