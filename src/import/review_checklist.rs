//! Reads a filled review checklist back (`review --checklist filled.xlsx`): the review
//! workbook's `_grantbook` sheet gives the checklist sheet and its columns; each row's entry id,
//! result and amount deducted are read, a deduction that is not an amount is an error naming
//! the cell.

use super::claim_workbook::read_meta;
use super::grid::{read_workbook, Cell};
use super::{cells, ImportError};
use crate::model::records::column_name;
use crate::model::Money;
use crate::report::review::FilledRow;
use std::collections::BTreeMap;
use std::path::Path;

/// The filled rows and the `_grantbook` facts the checklist was made with (seed, confidence).
pub struct FilledChecklist {
    pub file: String,
    pub sha256: String,
    pub meta: BTreeMap<String, String>,
    pub rows: Vec<FilledRow>,
}

fn col(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    Some(
        s.bytes()
            .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
            - 1,
    )
}

pub fn read_checklist(path: &Path) -> Result<FilledChecklist, ImportError> {
    let wb = read_workbook(path)?;
    let file = wb.file.to_string();
    let not_one = |why: &str| {
        ImportError::unreadable(
            &file,
            &format!("not a grantbook review checklist: {why}"),
            "give the review-<period>.xlsx that `grantbook review` wrote, filled in and saved under another name",
        )
    };
    let (meta, _) = read_meta(&wb).ok_or_else(|| not_one("it has no _grantbook sheet"))?;
    if meta.get("report").map(String::as_str) != Some("review") {
        return Err(not_one("its _grantbook sheet does not say it is a review"));
    }
    let get = |k: &str| {
        meta.get(k)
            .ok_or_else(|| not_one(&format!("{k} is missing")))
    };
    let sheet_name = get("sheet.checklist")?;
    let sheet = wb
        .sheets
        .iter()
        .find(|s| s.name.as_deref() == Some(sheet_name.as_str()))
        .ok_or_else(|| not_one(&format!("the sheet {sheet_name:?} is missing")))?;
    let head: u32 = get("checklist.header_row")?
        .parse()
        .map_err(|_| not_one("checklist.header_row is not a row"))?;
    let c = |k: &str| -> Result<u32, ImportError> {
        col(get(k)?).ok_or_else(|| not_one(&format!("{k} is not a column")))
    };
    let (ce, cr, cd) = (
        c("checklist.entry_col")?,
        c("checklist.result_col")?,
        c("checklist.deducted_col")?,
    );
    let quoted = super::claim_workbook::quote(sheet_name);
    let at = |r: u32, c: u32| format!("{quoted}!{}{}", column_name(c), r + 1);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for r in head..sheet.end_row() {
        let id = match sheet.get(r, ce) {
            Cell::Text(s) if !s.trim().is_empty() => s.trim().to_string(),
            _ => continue,
        };
        let result = match sheet.get(r, cr) {
            Cell::Text(s) => s.trim().to_string(),
            _ => String::new(),
        };
        let deducted = match cells::number(sheet.get(r, cd)) {
            Ok(v) => v.unwrap_or(Money::ZERO),
            Err(_) => {
                problems.push(format!(
                    "{} › {}: expected an amount deducted such as 12.50, found {}",
                    file,
                    at(r, cd),
                    sheet.get(r, cd).shown()
                ));
                continue;
            }
        };
        if deducted < Money::ZERO || deducted.scale() > 2 && deducted.round_dp(2) != deducted {
            problems.push(format!(
                "{} › {}: the amount deducted must be zero or more, in cents, found {deducted}",
                file,
                at(r, cd)
            ));
            continue;
        }
        rows.push(FilledRow {
            entry_id: id,
            result,
            deducted,
            at: at(r, cd),
        });
    }
    if !problems.is_empty() {
        return Err(ImportError::unreadable(
            &file,
            &problems.join("; "),
            "type the amount deducted as a number (0 when the cost is in order)",
        ));
    }
    Ok(FilledChecklist {
        file,
        sha256: wb.sha256.clone(),
        meta,
        rows,
    })
}
