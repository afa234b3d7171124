//! Reads a submitted claim workbook back (what a beneficiary actually sent, perhaps edited by
//! hand) for `review`: the hidden `_grantbook` sheet (period, language, input hashes, and the
//! role → sheet-name map with the row layout), then the expenditure rows, the financing split,
//! the supporting documents and the exchange rates, every value with its cell (`Izdevumi!G7`).

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

fn not_a_claim(file: &str, why: &str) -> ImportError {
    ImportError::unreadable(
        file,
        &format!("not a grantbook claim workbook: {why}"),
        "give the claim-<period>.xlsx that `grantbook claim` wrote (it carries a hidden _grantbook sheet)",
    )
}

/// The `_grantbook` sheet: `key | value` rows, then `input_role | input_file | input_sha256`.
pub fn read_meta(wb: &Workbook) -> Option<(BTreeMap<String, String>, Vec<InputDigest>)> {
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
pub fn read_claim_workbook(path: &Path) -> Result<ClaimWorkbook, ImportError> {
    let wb = read_workbook(path)?;
    let file = wb.file.to_string();
    let (meta, inputs) =
        read_meta(&wb).ok_or_else(|| not_a_claim(&file, "it has no _grantbook sheet"))?;
    match meta.get("report").map(String::as_str) {
        Some("claim") => {}
        Some(k) => {
            return Err(not_a_claim(
                &file,
                &format!("its _grantbook sheet says it is a {k:?} report"),
            ))
        }
        None => {
            return Err(not_a_claim(
                &file,
                "its _grantbook sheet names no report kind",
            ))
        }
    }
    let get = |k: &str| -> Result<&String, ImportError> {
        meta.get(k).ok_or_else(|| {
            not_a_claim(
                &file,
                &format!("its _grantbook sheet has no {k:?} (written by an older grantbook?); build the claim again"),
            )
        })
    };
    let label = get("period")?;
    let period = if label == "final" {
        ClaimPeriod::Final
    } else {
        ClaimPeriod::parse(label).map_err(|e| not_a_claim(&file, &e))?
    };
    let lang = Lang::parse(get("lang")?).unwrap_or_default();
    let total_label = get("total_label")?.clone();
    let sheet = |role: &str| -> Result<At, ImportError> {
        let name = get(&format!("sheet.{role}"))?;
        let s = wb
            .sheets
            .iter()
            .find(|s| s.name.as_deref() == Some(name.as_str()))
            .ok_or_else(|| not_a_claim(&file, &format!("the {role} sheet {name:?} is missing")))?;
        Ok(At {
            s,
            name: quote(name),
        })
    };
    let row_of = |k: &str| -> Result<u32, ImportError> {
        get(k)?
            .parse::<u32>()
            .ok()
            .filter(|r| *r > 0)
            .map(|r| r - 1)
            .ok_or_else(|| not_a_claim(&file, &format!("{k} is not a row number")))
    };
    let col_of = |k: &str| -> Result<u32, ImportError> {
        column_index(get(k)?).ok_or_else(|| not_a_claim(&file, &format!("{k} is not a column")))
    };
    let is_total = |a: &At, r: u32| a.text(r, 0) == total_label;

    // Expenditure: detail rows until the total row.
    let ex = sheet("expenditure")?;
    let mut rows = Vec::new();
    let mut total = None;
    let mut r = row_of("expenditure.first_row")?;
    while r < ex.s.end_row() {
        let at_row = |a: &At, r: u32, line: String, heading: String| SubmittedRow {
            line,
            heading,
            at: a.a1(r, 0),
            budget: a.num(r, 4),
            earlier: a.num(r, 5),
            period: a.num(r, 6),
            cumulative: a.num(r, 7),
            remaining: a.num(r, 8),
        };
        if is_total(&ex, r) {
            total = Some(at_row(&ex, r, String::new(), String::new()));
            break;
        }
        if !ex.row_empty(r) {
            rows.push(at_row(&ex, r, ex.text(r, 0), ex.text(r, 2)));
        }
        r += 1;
    }

    // Financing: line, heading, then eligible + each source for this period and cumulative.
    let fi = sheet("financing")?;
    let p0 = col_of("financing.period_col")?;
    let c0 = col_of("financing.cumulative_col")?;
    let ns = c0.saturating_sub(p0 + 2);
    let block = |r: u32, b: u32| (0..=ns).map(|i| fi.num(r, b + i)).collect::<Vec<Num>>();
    let mut financing = Vec::new();
    let mut financing_total = None;
    let mut r = row_of("financing.first_row")?;
    while r < fi.s.end_row() {
        let split = SubmittedSplit {
            line: fi.text(r, 0),
            heading: fi.text(r, 1),
            period: block(r, p0),
            cumulative: block(r, c0),
        };
        if is_total(&fi, r) {
            financing_total = Some(SubmittedSplit {
                line: String::new(),
                ..split
            });
            break;
        }
        if !fi.row_empty(r) {
            financing.push(split);
        }
        r += 1;
    }

    // Supporting documents: the rows under the header until the total row.
    let dz = sheet("documents")?;
    let head = row_of("documents.header_row")?;
    let mut documents = Vec::new();
    let mut documents_total = None;
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
        if is_total(&dz, r) {
            documents_total = Some(SubmittedDoc {
                entry_id: String::new(),
                ..d
            });
            break;
        }
        if !dz.row_empty(r) {
            documents.push(d);
        }
    }

    let ra = sheet("rates")?;
    let head = row_of("rates.header_row")?;
    let rates = (head + 1..ra.s.end_row())
        .filter(|r| !ra.row_empty(*r))
        .map(|r| SubmittedRate {
            month: ra.text(r, 0),
            currency: ra.text(r, 1),
            rate: Some(ra.text(r, 2)).filter(|s| !s.is_empty()),
            at: ra.a1(r, 2),
        })
        .collect();

    Ok(ClaimWorkbook {
        file,
        sha256: wb.sha256.clone(),
        period,
        lang,
        sources: ns as usize,
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
