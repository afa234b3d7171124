//! The recomputation check: a submitted claim workbook against the claim recomputed from the
//! ledger and the case register. Every difference — per total, per line × heading row (every
//! amount column), per supporting document by entry id (added, deleted, changed) — with both
//! values and the cell of the submitted workbook.

use crate::import::readback::claim_workbook::{ClaimWorkbook, Num, SubmittedDoc};
use crate::model::money::fmt2;
use crate::model::InputDigest;
use crate::model::Money;
use crate::report::claim::{ClaimReport, ClaimRow, DocTotals, DocumentRow, TotalRow};
use crate::report::SplitOut;
use serde::Serialize;
use std::collections::BTreeMap;

/// One difference between the submitted workbook and the recomputation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    /// `total`, `row`, `financing`, `document`.
    pub area: &'static str,
    /// The row's key: `A1 × 4.2`, an entry id, or the table's name for a total.
    pub key: String,
    /// The column or the change: `this_period`, `eligible`, `added`, `deleted` …
    pub what: String,
    /// The submitted workbook's cell (`Izdevumi!G7`).
    pub at: String,
    pub submitted: String,
    pub recomputed: String,
}

/// An input whose SHA-256 in the workbook differs from the file given to this run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HashMismatch {
    pub role: String,
    pub claim_file: String,
    pub claim_sha256: String,
    pub run_file: String,
    pub run_sha256: String,
}

const DASH: &str = "—";

fn shown(x: &Option<Money>) -> String {
    x.map(|v| fmt2(&v)).unwrap_or_else(|| DASH.to_string())
}

/// The inputs whose hashes differ (or that only one side has).
pub(crate) fn hash_mismatches(claim: &[InputDigest], run: &[InputDigest]) -> Vec<HashMismatch> {
    let mut roles: Vec<&str> = claim.iter().chain(run).map(|d| d.role.as_str()).collect();
    roles.sort_unstable();
    roles.dedup();
    roles
        .into_iter()
        .filter_map(|role| {
            let c = claim.iter().find(|d| d.role == role);
            let r = run.iter().find(|d| d.role == role);
            let sha = |d: Option<&InputDigest>| d.map(|d| d.sha256.clone()).unwrap_or_default();
            let file = |d: Option<&InputDigest>| d.map(|d| d.file.clone()).unwrap_or_default();
            (sha(c) != sha(r)).then(|| HashMismatch {
                role: role.to_string(),
                claim_file: file(c),
                claim_sha256: sha(c),
                run_file: file(r),
                run_sha256: sha(r),
            })
        })
        .collect()
}

struct Diffs(Vec<Difference>);

impl Diffs {
    fn num(&mut self, area: &'static str, key: &str, what: &str, n: &Num, want: Money) {
        if n.value != Some(want) {
            self.0.push(Difference {
                area,
                key: key.to_string(),
                what: what.to_string(),
                at: n.at.clone(),
                submitted: shown(&n.value),
                recomputed: fmt2(&want),
            });
        }
    }
    fn split(&mut self, area: &'static str, key: &str, block: &str, nums: &[Num], s: &SplitOut) {
        let want: Vec<(String, Money)> = std::iter::once(("eligible".to_string(), s.eligible))
            .chain(s.by_source.iter().cloned())
            .collect();
        for (i, (code, v)) in want.iter().enumerate() {
            let what = format!("{block} {code}");
            match nums.get(i) {
                Some(n) => self.num(area, key, &what, n, *v),
                None => self.0.push(Difference {
                    area,
                    key: key.to_string(),
                    what,
                    at: String::new(),
                    submitted: DASH.into(),
                    recomputed: fmt2(v),
                }),
            }
        }
    }
}

/// Where a deleted document would stand in the submitted workbook (its place in the
/// recomputed list), so the reviewer can find the gap.
fn expected_at(sub: &ClaimWorkbook, index: usize) -> String {
    let sheet = sub.meta.get("sheet.documents").cloned().unwrap_or_default();
    let head: usize = sub
        .meta
        .get("documents.header_row")
        .and_then(|r| r.parse().ok())
        .unwrap_or(4);
    format!("{sheet}!A{} (expected)", head + 1 + index)
}

/// The recomputed expenditure rows by their key, `line × heading`.
type RowsByKey<'r> = BTreeMap<String, &'r ClaimRow>;

fn row_key(line: &str, heading: &str) -> String {
    format!("{line} × {heading}")
}

/// Every difference between the submitted workbook and the recomputed claim: the expenditure
/// table, the financing split, the supporting documents, each with its total row.
pub(crate) fn compare(sub: &ClaimWorkbook, re: &ClaimReport) -> Vec<Difference> {
    let mut d = Diffs(Vec::new());
    let want: RowsByKey = re
        .rows
        .iter()
        .map(|r| (row_key(&r.line, &r.heading), r))
        .collect();
    d.expenditure(sub, &want);
    d.expenditure_total(sub, &re.total);
    d.financing(sub, &want);
    d.financing_total(sub, &re.total);
    d.documents(sub, re);
    d.documents_total(sub, &re.documents_total);
    d.0
}

impl Diffs {
    /// Expenditure rows, by line × heading: every amount column, rows added and deleted.
    fn expenditure(&mut self, sub: &ClaimWorkbook, want: &RowsByKey) {
        let mut seen = Vec::new();
        for s in &sub.rows {
            let k = row_key(&s.line, &s.heading);
            match want.get(&k) {
                Some(r) => {
                    self.num("row", &k, "budget", &s.budget, r.budget);
                    self.num("row", &k, "earlier", &s.earlier, r.earlier.eligible);
                    self.num("row", &k, "this_period", &s.period, r.period.eligible);
                    self.num(
                        "row",
                        &k,
                        "cumulative",
                        &s.cumulative,
                        r.cumulative.eligible,
                    );
                    self.num("row", &k, "remaining", &s.remaining, r.remaining);
                }
                None => self.0.push(Difference {
                    area: "row",
                    key: k.clone(),
                    what: "added".into(),
                    at: s.at.clone(),
                    submitted: shown(&s.period.value),
                    recomputed: DASH.into(),
                }),
            }
            seen.push(k);
        }
        self.deleted_rows("row", want, &seen);
    }

    /// The recomputed rows the submitted table lacks.
    fn deleted_rows(&mut self, area: &'static str, want: &RowsByKey, seen: &[String]) {
        for (k, r) in want {
            if !seen.contains(k) {
                self.0.push(Difference {
                    area,
                    key: k.clone(),
                    what: "deleted".into(),
                    at: String::new(),
                    submitted: DASH.into(),
                    recomputed: fmt2(&r.period.eligible),
                });
            }
        }
    }

    fn expenditure_total(&mut self, sub: &ClaimWorkbook, t: &TotalRow) {
        match &sub.total {
            Some(s) => {
                let k = "expenditure";
                self.num("total", k, "budget", &s.budget, t.budget);
                self.num("total", k, "earlier", &s.earlier, t.earlier.eligible);
                self.num("total", k, "this_period", &s.period, t.period.eligible);
                self.num(
                    "total",
                    k,
                    "cumulative",
                    &s.cumulative,
                    t.cumulative.eligible,
                );
                self.num("total", k, "remaining", &s.remaining, t.remaining);
            }
            None => self.0.push(missing_total("expenditure")),
        }
    }

    /// Financing split, by line × heading: each source this period and cumulative.
    fn financing(&mut self, sub: &ClaimWorkbook, want: &RowsByKey) {
        let mut seen = Vec::new();
        for s in &sub.financing {
            let k = row_key(&s.line, &s.heading);
            match want.get(&k) {
                Some(r) => {
                    self.split("financing", &k, "this_period", &s.period, &r.period);
                    self.split("financing", &k, "cumulative", &s.cumulative, &r.cumulative);
                }
                None => self.0.push(Difference {
                    area: "financing",
                    key: k.clone(),
                    what: "added".into(),
                    at: s.period.first().map(|n| n.at.clone()).unwrap_or_default(),
                    submitted: s
                        .period
                        .first()
                        .map(|n| shown(&n.value))
                        .unwrap_or_default(),
                    recomputed: DASH.into(),
                }),
            }
            seen.push(k);
        }
        self.deleted_rows("financing", want, &seen);
    }

    fn financing_total(&mut self, sub: &ClaimWorkbook, t: &TotalRow) {
        match &sub.financing_total {
            Some(s) => {
                self.split("total", "financing", "this_period", &s.period, &t.period);
                self.split(
                    "total",
                    "financing",
                    "cumulative",
                    &s.cumulative,
                    &t.cumulative,
                );
            }
            None => self.0.push(missing_total("financing")),
        }
    }

    /// Supporting documents, by entry id: listed twice, deleted, changed, added.
    fn documents(&mut self, sub: &ClaimWorkbook, re: &ClaimReport) {
        let mut subs: BTreeMap<&str, &SubmittedDoc> = BTreeMap::new();
        for s in &sub.documents {
            if subs.insert(&s.entry_id, s).is_some() {
                self.0.push(Difference {
                    area: "document",
                    key: s.entry_id.clone(),
                    what: "listed twice".into(),
                    at: s.at.clone(),
                    submitted: shown(&s.eligible.value),
                    recomputed: DASH.into(),
                });
            }
        }
        for (i, r) in re.documents.iter().enumerate() {
            match subs.remove(r.entry_id) {
                Some(s) => self.document(s, r),
                None => self.0.push(Difference {
                    area: "document",
                    key: r.entry_id.to_string(),
                    what: "deleted".into(),
                    at: expected_at(sub, i),
                    submitted: DASH.into(),
                    recomputed: fmt2(&r.eligible),
                }),
            }
        }
        for s in subs.into_values() {
            self.0.push(Difference {
                area: "document",
                key: s.entry_id.clone(),
                what: "added".into(),
                at: s.at.clone(),
                submitted: shown(&s.eligible.value),
                recomputed: DASH.into(),
            });
        }
    }

    /// One document in both lists: its amounts and dates.
    fn document(&mut self, s: &SubmittedDoc, r: &DocumentRow) {
        let k = r.entry_id;
        self.num("document", k, "amount", &s.amount, r.amount);
        match r.eur {
            Some(e) => self.num("document", k, "eur", &s.eur, e),
            None if s.eur.value.is_some() => self.0.push(Difference {
                area: "document",
                key: k.to_string(),
                what: "eur".into(),
                at: s.eur.at.clone(),
                submitted: shown(&s.eur.value),
                recomputed: DASH.into(),
            }),
            None => {}
        }
        self.num("document", k, "vat", &s.vat, r.vat_eur);
        self.num("document", k, "eligible", &s.eligible, r.eligible);
        self.num("document", k, "ineligible", &s.ineligible, r.ineligible);
        let date =
            |x: Option<chrono::NaiveDate>| x.map(|v| v.to_string()).unwrap_or_else(|| DASH.into());
        for (what, got, at, wanted) in [
            ("doc_date", s.doc_date, &s.doc_date_at, Some(r.doc_date)),
            ("paid_date", s.paid_date, &s.paid_date_at, r.paid_date),
        ] {
            if got != wanted {
                self.0.push(Difference {
                    area: "document",
                    key: k.to_string(),
                    what: what.into(),
                    at: at.clone(),
                    submitted: date(got),
                    recomputed: date(wanted),
                });
            }
        }
    }

    fn documents_total(&mut self, sub: &ClaimWorkbook, dt: &DocTotals) {
        match &sub.documents_total {
            Some(s) => {
                self.num("total", "documents", "eur", &s.eur, dt.eur);
                self.num("total", "documents", "vat", &s.vat, dt.vat_eur);
                self.num("total", "documents", "eligible", &s.eligible, dt.eligible);
                self.num(
                    "total",
                    "documents",
                    "ineligible",
                    &s.ineligible,
                    dt.ineligible,
                );
            }
            None => self.0.push(missing_total("documents")),
        }
    }
}

fn missing_total(table: &str) -> Difference {
    Difference {
        area: "total",
        key: table.to_string(),
        what: "total row missing".into(),
        at: String::new(),
        submitted: DASH.into(),
        recomputed: String::new(),
    }
}
