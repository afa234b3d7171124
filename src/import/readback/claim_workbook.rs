//! Reads a submitted claim workbook back (what a beneficiary actually sent, perhaps edited by
//! hand) for `review`: the hidden `_grantbook` sheet (period, language, input hashes, and the
//! role → sheet-name map with the row layout), then the expenditure rows, the financing split,
//! the supporting documents and the exchange rates, every value with its cell (`Izdevumi!G7`).

use crate::i18n::Msg;
use crate::import::sheet::cells::{self, Cell};
use crate::import::sheet::grid::{read_workbook, Sheet, Workbook};
use crate::import::ImportError;
use crate::model::project::Lang;
use crate::model::provenance::{InputDigest, META_SHEET};
use crate::model::records::column_name;
use crate::model::{ClaimPeriod, Money};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// A number read from a cell, with the cell's address; `None` when empty or not a number.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Num {
    pub at: String,
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub value: Option<Money>,
}

/// One line × heading row of the expenditure sheet.
#[derive(Debug, Clone, Serialize)]
pub struct SubmittedRow {
    pub line: String,
    pub heading: String,
    pub at: String,
    pub budget: Num,
    pub earlier: Num,
    pub period: Num,
    pub cumulative: Num,
    pub remaining: Num,
}

/// One line × heading row of the financing sheet: eligible then each source, this period and
/// cumulative.
#[derive(Debug, Clone, Serialize)]
pub struct SubmittedSplit {
    pub line: String,
    pub heading: String,
    pub period: Vec<Num>,
    pub cumulative: Vec<Num>,
}

/// One supporting-document line.
#[derive(Debug, Clone, Serialize)]
pub struct SubmittedDoc {
    pub entry_id: String,
    pub at: String,
    pub doc_no: String,
    pub doc_date: Option<NaiveDate>,
    pub doc_date_at: String,
    pub paid_date: Option<NaiveDate>,
    pub paid_date_at: String,
    pub line: String,
    pub heading: String,
    pub case_id: String,
    pub amount: Num,
    pub eur: Num,
    pub vat: Num,
    pub eligible: Num,
    pub ineligible: Num,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubmittedRate {
    pub month: String,
    pub currency: String,
    pub rate: Option<String>,
    pub at: String,
}

/// A claim workbook as submitted.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimWorkbook {
    pub file: String,
    pub sha256: String,
    pub period: ClaimPeriod,
    pub lang: Lang,
    pub meta: BTreeMap<String, String>,
    pub inputs: Vec<InputDigest>,
    pub sources: usize,
    pub rows: Vec<SubmittedRow>,
    pub total: Option<SubmittedRow>,
    pub financing: Vec<SubmittedSplit>,
    pub financing_total: Option<SubmittedSplit>,
    pub documents: Vec<SubmittedDoc>,
    pub documents_total: Option<SubmittedDoc>,
    pub rates: Vec<SubmittedRate>,
}

fn not_a_claim(file: &str, why: Msg) -> ImportError {
    ImportError::unreadable(
        file,
        Msg::new("err-not-claim-workbook").arg("why", why),
        Msg::new("err-hint-not-claim-workbook"),
    )
}

/// The `_grantbook` sheet: `key | value` rows, then `input_role | input_file | input_sha256`.
pub(crate) fn read_meta(wb: &Workbook) -> Option<(BTreeMap<String, String>, Vec<InputDigest>)> {
    let s = wb
        .sheets
        .iter()
        .find(|s| s.name.as_deref() == Some(META_SHEET))?;
    let mut meta = BTreeMap::new();
    let mut inputs = Vec::new();
    let mut in_inputs = false;
    for r in s.row0..s.end_row() {
        let k = txt(s.get(r, 0));
        if k == "input_role" {
            in_inputs = true;
            continue;
        }
        if k.is_empty() {
            continue;
        }
        if in_inputs {
            inputs.push(InputDigest {
                role: k,
                file: txt(s.get(r, 1)),
                sha256: txt(s.get(r, 2)),
            });
        } else {
            meta.insert(k, txt(s.get(r, 1)));
        }
    }
    Some((meta, inputs))
}

fn txt(c: &Cell) -> String {
    match c {
        Cell::Text(s) => s.trim().to_string(),
        Cell::Number(f) => cells::float_decimal(*f)
            .map(|d| d.normalize().to_string())
            .unwrap_or_default(),
        Cell::Int(i) => i.to_string(),
        Cell::Date(d) => d.to_string(),
        _ => String::new(),
    }
}

struct At<'a> {
    s: &'a Sheet,
    name: String,
}

impl At<'_> {
    fn a1(&self, r: u32, c: u32) -> String {
        format!("{}!{}{}", self.name, column_name(c), r + 1)
    }
    fn num(&self, r: u32, c: u32) -> Num {
        Num {
            at: self.a1(r, c),
            value: cells::number(self.s.get(r, c)).ok().flatten(),
        }
    }
    fn text(&self, r: u32, c: u32) -> String {
        txt(self.s.get(r, c))
    }
    fn date(&self, r: u32, c: u32) -> Option<NaiveDate> {
        cells::date(self.s.get(r, c)).ok().flatten()
    }
    fn row_empty(&self, r: u32) -> bool {
        (self.s.col0..self.s.end_col()).all(|c| self.s.get(r, c).is_empty())
    }
}

/// Reads a claim workbook; an error when it is not one (no `_grantbook` sheet, another kind of
/// report, a sheet named in the layout missing).
pub(crate) fn read_claim_workbook(path: &Path) -> Result<ClaimWorkbook, ImportError> {
    let wb = read_workbook(path)?;
    let file = wb.file.to_string();
    let (meta, inputs) =
        read_meta(&wb).ok_or_else(|| not_a_claim(&file, Msg::new("err-why-no-meta")))?;
    match meta.get("report").map(String::as_str) {
        Some("claim") => {}
        Some(k) => {
            return Err(not_a_claim(
                &file,
                Msg::new("err-why-report-kind").arg("kind", k),
            ))
        }
        None => return Err(not_a_claim(&file, Msg::new("err-why-no-kind"))),
    }
    let layout = Layout {
        wb: &wb,
        file: &file,
        meta: &meta,
    };
    let label = layout.get("period")?;
    let period = if label == "final" {
        ClaimPeriod::Final
    } else {
        ClaimPeriod::parse(label)
            .map_err(|e| not_a_claim(&file, Msg::new("err-why-period").arg("detail", e)))?
    };
    let lang = Lang::parse(layout.get("lang")?).unwrap_or_default();
    let total_label = layout.get("total_label")?.clone();
    let (rows, total) = layout.expenditure(&total_label)?;
    let (sources, financing, financing_total) = layout.financing(&total_label)?;
    let (documents, documents_total) = layout.documents(&total_label)?;
    let rates = layout.rates()?;
    Ok(ClaimWorkbook {
        file: file.clone(),
        sha256: wb.sha256.clone(),
        period,
        lang,
        sources,
        inputs,
        rows,
        total,
        financing,
        financing_total,
        documents,
        documents_total,
        rates,
        meta,
    })
}

/// The claim workbook's layout as its `_grantbook` sheet records it: each sheet's name and
/// where its rows and columns start.
struct Layout<'a> {
    wb: &'a Workbook,
    file: &'a str,
    meta: &'a BTreeMap<String, String>,
}

impl<'a> Layout<'a> {
    fn get(&self, k: &str) -> Result<&'a String, ImportError> {
        self.meta
            .get(k)
            .ok_or_else(|| not_a_claim(self.file, Msg::new("err-why-no-key").arg("key", k)))
    }

    fn sheet(&self, role: &str) -> Result<At<'a>, ImportError> {
        let name = self.get(&format!("sheet.{role}"))?;
        let s = self
            .wb
            .sheets
            .iter()
            .find(|s| s.name.as_deref() == Some(name.as_str()))
            .ok_or_else(|| {
                not_a_claim(
                    self.file,
                    Msg::new("err-why-sheet-missing")
                        .arg("role", role)
                        .arg("sheet", name),
                )
            })?;
        Ok(At {
            s,
            name: quote(name),
        })
    }

    fn row_of(&self, k: &str) -> Result<u32, ImportError> {
        self.get(k)?
            .parse::<u32>()
            .ok()
            .filter(|r| *r > 0)
            .map(|r| r - 1)
            .ok_or_else(|| not_a_claim(self.file, Msg::new("err-why-not-row").arg("key", k)))
    }

    fn col_of(&self, k: &str) -> Result<u32, ImportError> {
        column_index(self.get(k)?)
            .ok_or_else(|| not_a_claim(self.file, Msg::new("err-why-not-column").arg("key", k)))
    }

    /// Expenditure: detail rows until the total row.
    fn expenditure(
        &self,
        total_label: &str,
    ) -> Result<(Vec<SubmittedRow>, Option<SubmittedRow>), ImportError> {
        let ex = self.sheet("expenditure")?;
        let at_row = |r: u32, line: String, heading: String| SubmittedRow {
            line,
            heading,
            at: ex.a1(r, 0),
            budget: ex.num(r, 4),
            earlier: ex.num(r, 5),
            period: ex.num(r, 6),
            cumulative: ex.num(r, 7),
            remaining: ex.num(r, 8),
        };
        let mut rows = Vec::new();
        let mut r = self.row_of("expenditure.first_row")?;
        while r < ex.s.end_row() {
            if ex.text(r, 0) == total_label {
                return Ok((rows, Some(at_row(r, String::new(), String::new()))));
            }
            if !ex.row_empty(r) {
                rows.push(at_row(r, ex.text(r, 0), ex.text(r, 2)));
            }
            r += 1;
        }
        Ok((rows, None))
    }

    /// Financing: line, heading, then eligible + each source for this period and cumulative;
    /// the number of sources first.
    #[allow(clippy::type_complexity)]
    fn financing(
        &self,
        total_label: &str,
    ) -> Result<(usize, Vec<SubmittedSplit>, Option<SubmittedSplit>), ImportError> {
        let fi = self.sheet("financing")?;
        let p0 = self.col_of("financing.period_col")?;
        let c0 = self.col_of("financing.cumulative_col")?;
        let ns = c0.saturating_sub(p0 + 2);
        let block = |r: u32, b: u32| (0..=ns).map(|i| fi.num(r, b + i)).collect::<Vec<Num>>();
        let mut financing = Vec::new();
        let mut r = self.row_of("financing.first_row")?;
        while r < fi.s.end_row() {
            let split = SubmittedSplit {
                line: fi.text(r, 0),
                heading: fi.text(r, 1),
                period: block(r, p0),
                cumulative: block(r, c0),
            };
            if fi.text(r, 0) == total_label {
                let total = SubmittedSplit {
                    line: String::new(),
                    ..split
                };
                return Ok((ns as usize, financing, Some(total)));
            }
            if !fi.row_empty(r) {
                financing.push(split);
            }
            r += 1;
        }
        Ok((ns as usize, financing, None))
    }

    /// Supporting documents: the rows under the header until the total row.
    fn documents(
        &self,
        total_label: &str,
    ) -> Result<(Vec<SubmittedDoc>, Option<SubmittedDoc>), ImportError> {
        let dz = self.sheet("documents")?;
        let head = self.row_of("documents.header_row")?;
        let mut documents = Vec::new();
        for r in head + 1..dz.s.end_row() {
            let d = SubmittedDoc {
                entry_id: dz.text(r, 0),
                at: dz.a1(r, 0),
                doc_no: dz.text(r, 1),
                doc_date: dz.date(r, 2),
                doc_date_at: dz.a1(r, 2),
                paid_date: dz.date(r, 3),
                paid_date_at: dz.a1(r, 3),
                line: dz.text(r, 6),
                heading: dz.text(r, 7),
                case_id: dz.text(r, 8),
                amount: dz.num(r, 10),
                eur: dz.num(r, 13),
                vat: dz.num(r, 14),
                eligible: dz.num(r, 15),
                ineligible: dz.num(r, 16),
            };
            if dz.text(r, 0) == total_label {
                let total = SubmittedDoc {
                    entry_id: String::new(),
                    ..d
                };
                return Ok((documents, Some(total)));
            }
            if !dz.row_empty(r) {
                documents.push(d);
            }
        }
        Ok((documents, None))
    }

    /// The exchange rates: every non-empty row under the header.
    fn rates(&self) -> Result<Vec<SubmittedRate>, ImportError> {
        let ra = self.sheet("rates")?;
        let head = self.row_of("rates.header_row")?;
        Ok((head + 1..ra.s.end_row())
            .filter(|r| !ra.row_empty(*r))
            .map(|r| SubmittedRate {
                month: ra.text(r, 0),
                currency: ra.text(r, 1),
                rate: Some(ra.text(r, 2)).filter(|s| !s.is_empty()),
                at: ra.a1(r, 2),
            })
            .collect())
    }
}

/// A sheet name as a formula would write it: quoted when it holds anything but letters,
/// digits and underscores (`'Valūtas kursi'!C5`).
pub(crate) fn quote(name: &str) -> String {
    if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// `C` → 2, `AA` → 26.
fn column_index(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    Some(
        s.bytes()
            .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
            - 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_quotes() {
        assert_eq!(column_index("A"), Some(0));
        assert_eq!(column_index("C"), Some(2));
        assert_eq!(column_index("AA"), Some(26));
        assert_eq!(quote("Izdevumi"), "Izdevumi");
        assert_eq!(quote("Valūtas kursi"), "'Valūtas kursi'");
    }
}
