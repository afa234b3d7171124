//! The review report (managing-authority side): a submitted claim workbook recomputed from the
//! ledger with every difference, a sample of its eligible cost lines drawn by the reviewer's
//! method with the seed and parameters, one checklist row per sampled cost, the claim-level
//! checks, the evaluation of the filled checklist, the items parked for a later claim, and the
//! difference from the previous claim. Plain data; the renderers format it.

mod checklist;
pub mod factors;
mod previous;
pub(crate) mod projection;
mod recompute;
pub(crate) mod risk;
pub(crate) mod sample;
pub(crate) mod typology;

use super::{Tool, TOOL};
use crate::i18n::tr;
use crate::import::readback::claim_workbook::ClaimWorkbook;
use crate::ledger::Ledger;
use crate::model::money::ser_money;
use crate::model::project::{HeadingKind, Lang};
pub use crate::model::review::{FilledRow, ParkedRow};
use crate::model::InputDigest;
use crate::model::{Money, Project};
use crate::report::claim::ClaimReport;
use checklist::ClaimCheck;
use previous::PreviousDiff;
use projection::{Filled, Projection, Verdict};
use recompute::{Difference, HashMismatch};
use risk::Risk;
use sample::{Item, Plan, Sample, Stratum};
use serde::Serialize;
use std::collections::HashMap;
use typology::{ErrorType, Outcome, Parking};

#[derive(Debug, Clone, Serialize)]
pub struct ReviewReport {
    pub report: &'static str,
    pub tool: Tool,
    pub lang: Lang,
    pub claim: ClaimInfo,
    /// This run's inputs (ledger, cases, rates, project file) and the workbooks reviewed.
    pub inputs: Vec<InputDigest>,
    /// Each funding source's code and its name in the report's language (the reports name a
    /// source by its name, the json by its code).
    #[serde(skip)]
    pub source_names: Vec<(String, String)>,
    pub hash_mismatches: Vec<HashMismatch>,
    pub differences: Vec<Difference>,
    pub sample: Sample,
    pub checklist: Vec<ChecklistRow>,
    pub claim_checks: Vec<ClaimCheck>,
    pub projection: Option<Projection>,
    /// Items parked in this review or carried from earlier ones, with their status.
    pub parked: Vec<ParkedRow>,
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

/// One sampled cost: what to see, and the reviewer's result once filled in.
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
    pub risks: Vec<Risk>,
    pub documents: String,
    /// The cost's cell in the submitted workbook.
    pub at: String,
    pub result: Option<Outcome>,
    pub error_type: Option<ErrorType>,
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub deducted: Option<Money>,
    pub parking: Option<Parking>,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Conclusion {
    pub differences: usize,
    pub hashes_match: bool,
    /// Sampled items without a result (all of them until a checklist is given).
    pub not_checked: usize,
    /// None until every sampled item has a result.
    pub verdict: Option<Verdict>,
    /// The conclusion in the report's language.
    pub text: String,
    /// 1 when a recomputation difference exists, the checklist is incomplete, or the projected
    /// error is above the tolerable error; 0 otherwise.
    pub exit_code: u8,
}

/// An earlier claim's filled review: its period and what it left parked.
pub(crate) struct EarlierReview<'a> {
    pub period: String,
    pub rows: &'a [FilledRow],
    pub parked: &'a [ParkedRow],
}

pub(crate) struct ReviewInput<'a> {
    pub project: &'a Project,
    pub ledger: &'a Ledger,
    pub submitted: &'a ClaimWorkbook,
    pub recomputed: &'a ClaimReport<'a>,
    pub previous: Option<&'a ClaimWorkbook>,
    pub filled: Option<(&'a [FilledRow], &'a [ParkedRow])>,
    pub earlier_review: Option<EarlierReview<'a>>,
    pub plan: Plan,
    pub lang: Lang,
}

/// What an earlier review leaves parked: its own deferred or removed findings, and the items it
/// carried that its reviewer did not mark cleared.
fn still_parked(e: &EarlierReview) -> Vec<ParkedRow> {
    let mut out: Vec<ParkedRow> = e.parked.iter().filter(|p| !p.cleared).cloned().collect();
    for r in e.rows {
        if let Some(parking @ (Parking::Deferred | Parking::Removed)) = r.parking {
            out.push(ParkedRow {
                period: e.period.clone(),
                entry_id: r.entry_id.clone(),
                book_value: r.book_value,
                deducted: r.deducted,
                error_type: r.error_type,
                parking,
                note: r.note.clone(),
                cleared: false,
            });
        }
    }
    out
}

/// σr for standard MUS: the sample standard deviation of an earlier review's error rates
/// (E ÷ BV over its checked rows, an error found not to be one counting 0).
pub(crate) fn sigma_from(rows: &[FilledRow]) -> Option<rust_decimal::Decimal> {
    let rates: Vec<rust_decimal::Decimal> = rows
        .iter()
        .filter(|r| r.result.is_some() && !r.book_value.is_zero())
        .map(|r| {
            let e = match (r.result, r.parking) {
                (Some(Outcome::Error), Some(Parking::NotAnError)) => Money::ZERO,
                (Some(Outcome::Error), _) => r.deducted,
                _ => Money::ZERO,
            };
            e / r.book_value
        })
        .collect();
    (rates.len() >= 2).then(|| projection::std_dev(&rates))
}

/// The sample's population: the submitted claim's documents with an eligible amount, with
/// their heading kind and the risk factors the ledger shows.
fn population(inp: &ReviewInput) -> Vec<Item> {
    let p = inp.project;
    let re = inp.recomputed;
    let risks = risk::factors(inp.ledger, p, &re.findings, re.period.from);
    inp.submitted
        .documents
        .iter()
        .filter_map(|d| {
            d.eligible.value.map(|bv| Item {
                entry_id: d.entry_id.clone(),
                book_value: bv,
                kind: kind_of(p, &d.heading),
                risks: risks.get(&d.entry_id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

fn kind_of(p: &Project, heading: &str) -> HeadingKind {
    p.heading_index(heading)
        .map(|i| p.headings[i].kind)
        .unwrap_or_default()
}

/// One checklist row per sampled cost, with what the reviewer filled in (if given). The
/// shared-cost key's code (`shared`) is shown by its name in the report's language.
fn checklist_rows(inp: &ReviewInput, sample: &Sample) -> Vec<ChecklistRow> {
    let p = inp.project;
    let lang = inp.lang;
    let line_name = |code: &str| match &p.shared {
        Some(k) if k.code == code => k.name.get(lang).to_string(),
        _ => code.to_string(),
    };
    // By entry id: a final claim may list a million documents.
    let filled: HashMap<&str, &FilledRow> = inp
        .filled
        .map(|(f, _)| f.iter().map(|x| (x.entry_id.as_str(), x)).collect())
        .unwrap_or_default();
    let docs: HashMap<&str, &crate::import::readback::claim_workbook::SubmittedDoc> = inp
        .submitted
        .documents
        .iter()
        .map(|d| (d.entry_id.as_str(), d))
        .collect();
    sample
        .selected
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let d = *docs.get(s.entry_id.as_str())?;
            let kind = kind_of(p, &d.heading);
            let f = filled.get(s.entry_id.as_str()).copied();
            Some(ChecklistRow {
                no: i + 1,
                entry_id: s.entry_id.clone(),
                doc_no: d.doc_no.clone(),
                doc_date: d.doc_date.map(|x| x.to_string()).unwrap_or_default(),
                line: line_name(&d.line),
                heading: d.heading.clone(),
                heading_kind: kind,
                case_id: d.case_id.clone(),
                book_value: s.book_value,
                stratum: s.stratum,
                risks: s.risks.clone(),
                documents: checklist::evidence(kind, lang),
                at: d.at.clone(),
                result: f.and_then(|x| x.result),
                error_type: f.and_then(|x| x.error_type),
                deducted: f.filter(|x| x.result.is_some()).map(|x| x.deducted),
                parking: f.and_then(|x| x.parking),
                note: f.map(|x| x.note.clone()).unwrap_or_default(),
            })
        })
        .collect()
}

/// The evaluation of the filled checklist, when one is given.
fn evaluation(
    inp: &ReviewInput,
    sample: &Sample,
    checklist: &[ChecklistRow],
) -> Option<Projection> {
    let (rows, _) = inp.filled?;
    let by_id: HashMap<&str, &ChecklistRow> =
        checklist.iter().map(|c| (c.entry_id.as_str(), c)).collect();
    let filled: Vec<Filled> = rows
        .iter()
        .map(|r| {
            let c = by_id.get(r.entry_id.as_str());
            Filled {
                entry_id: r.entry_id.clone(),
                line: c.map(|c| c.line.clone()).unwrap_or_default(),
                heading: c.map(|c| c.heading.clone()).unwrap_or_default(),
                result: r.result,
                error_type: r.error_type,
                deducted: r.deducted,
                parking: r.parking,
                at: r.at.clone(),
            }
        })
        .collect();
    let version = inp.project.version_on(inp.recomputed.period.to);
    let mut x = projection::project(
        inp.project,
        version.params.indirect_rate,
        inp.plan.confidence,
        sample,
        &filled,
    );
    x.formula = tr(inp.lang, &x.formula);
    Some(x)
}

/// This run's inputs and the workbooks reviewed, with their SHA-256.
fn inputs(inp: &ReviewInput) -> Vec<InputDigest> {
    let sub = inp.submitted;
    let mut inputs = inp.recomputed.inputs.clone();
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
    inputs
}

pub(crate) fn build(inp: &ReviewInput) -> ReviewReport {
    let sub = inp.submitted;
    let re = inp.recomputed;
    let lang = inp.lang;
    let hash_mismatches = recompute::hash_mismatches(&sub.inputs, &re.inputs);
    let differences = recompute::compare(sub, re);
    let sample = sample::select(&population(inp), &inp.plan, lang);
    let checklist = checklist_rows(inp, &sample);
    let previous = inp.previous.map(|prev| previous::compare(prev, sub));
    let claim_checks = checklist::claim_checks(&checklist::Facts {
        lang,
        is_claim: true,
        hashes_match: hash_mismatches.is_empty(),
        differences: differences.len(),
        split_holds: re.split_check.holds,
        carry_forward_breaks: previous.as_ref().map(|x| x.carry_forward_breaks),
        findings: &re.findings,
        indirect_difference: re.indirect_total.difference,
        rates_used: re.rates_used.len(),
    });
    let projection = evaluation(inp, &sample, &checklist);
    let parked = parked_items(inp, sub, &checklist);
    let not_checked = match &projection {
        Some(x) => x.items_not_checked,
        None => sample.selected.len(),
    };
    let above = projection.as_ref().is_some_and(|x| x.projected_above);
    let incomplete = projection.as_ref().is_some_and(|x| !x.complete);
    let meta = |k: &str| sub.meta.get(k).cloned().unwrap_or_default();
    ReviewReport {
        report: "review",
        tool: TOOL,
        lang,
        source_names: inp
            .project
            .sources
            .iter()
            .map(|x| (x.code.clone(), x.name.get(lang).to_string()))
            .collect(),
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
        inputs: inputs(inp),
        conclusion: Conclusion {
            differences: differences.len(),
            hashes_match: hash_mismatches.is_empty(),
            not_checked,
            verdict: projection.as_ref().and_then(|x| x.verdict),
            text: conclusion_text(
                lang,
                differences.len(),
                projection.as_ref(),
                sample.selected.len(),
            ),
            exit_code: u8::from(!differences.is_empty() || incomplete || above),
        },
        hash_mismatches,
        differences,
        sample,
        checklist,
        claim_checks,
        projection,
        parked,
        previous,
    }
}

/// Items carried from the earlier review (with the status this review's reviewer gave them),
/// then this review's own deferred or removed findings.
fn parked_items(
    inp: &ReviewInput,
    sub: &ClaimWorkbook,
    checklist: &[ChecklistRow],
) -> Vec<ParkedRow> {
    let mut out = inp
        .earlier_review
        .as_ref()
        .map(still_parked)
        .unwrap_or_default();
    if let Some((_, given)) = inp.filled {
        for p in &mut out {
            if let Some(g) = given
                .iter()
                .find(|g| g.period == p.period && g.entry_id == p.entry_id)
            {
                p.cleared = g.cleared;
            }
        }
    }
    for c in checklist {
        if let (Some(parking @ (Parking::Deferred | Parking::Removed)), Some(d)) =
            (c.parking, c.deducted)
        {
            out.push(ParkedRow {
                period: sub.period.label(),
                entry_id: c.entry_id.clone(),
                book_value: c.book_value,
                deducted: d,
                error_type: c.error_type,
                parking,
                note: c.note.clone(),
                cleared: false,
            });
        }
    }
    out
}

fn conclusion_text(
    lang: Lang,
    differences: usize,
    p: Option<&Projection>,
    sampled: usize,
) -> String {
    use crate::i18n::Msg;
    let mut parts = vec![Msg::new("review-conclusion-differences")
        .arg("n", differences)
        .text(lang)];
    parts.push(match p {
        None => Msg::new("review-conclusion-not-filled")
            .arg("n", sampled)
            .text(lang),
        Some(x) if !x.complete => Msg::new("review-not-yet-checked")
            .arg("n", x.items_not_checked)
            .arg("m", x.items_sampled)
            .text(lang),
        Some(x) => {
            let key = match x.verdict {
                Some(Verdict::Above) => "review-verdict-above",
                Some(Verdict::UpperLimitAbove) => "review-verdict-upper-limit-above",
                _ => "review-verdict-within",
            };
            Msg::new(key)
                .money("projected", x.projected)
                .money("upper", x.upper_limit)
                .money("materiality", x.materiality)
                .text(lang)
        }
    });
    parts.join(" ")
}

impl ReviewReport {
    /// A funding source's name in the report's language; the code when the project has none.
    pub(crate) fn source_name(&self, code: &str) -> String {
        self.source_names
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_string(), |(_, n)| n.clone())
    }
}
