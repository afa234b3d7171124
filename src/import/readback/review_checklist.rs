//! Reads a filled review workbook back (`review --checklist`, `--previous-review`, `--replay`):
//! the `_grantbook` sheet gives the plan (method, seed, confidence, expected error, σr,
//! population hash), the checklist's and the parked-items sheet's layout and the language.
//! Each checklist row's result, error type and parking are accepted only in that language's
//! words (the drop-downs' lists); anything else is an error naming the cell and the words
//! allowed. A row without a result is "not yet checked".

use super::claim_workbook::read_meta;
use crate::i18n::{choice, Msg};
use crate::import::sheet::cells::{self, Cell};
use crate::import::sheet::grid::{read_workbook, Sheet};
use crate::import::ImportError;
use crate::model::project::Lang;
use crate::model::records::column_name;
use crate::model::review::{
    FilledRow, Outcome, ParkedRow, Parking, ERROR_TYPES, OUTCOMES, PARKINGS,
};
use crate::model::Money;
use std::collections::BTreeMap;
use std::path::Path;

/// The filled rows and the `_grantbook` facts the workbook was made with.
pub struct FilledChecklist {
    pub file: String,
    pub sha256: String,
    pub meta: BTreeMap<String, String>,
    pub lang: Lang,
    /// The checklist's rows in sheet order (the sample, item for item).
    pub rows: Vec<FilledRow>,
    /// The parked items carried from earlier reviews, with the status given in this one.
    pub parked: Vec<ParkedRow>,
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

fn text(c: &Cell) -> String {
    match c {
        Cell::Text(s) => s.trim().to_string(),
        Cell::Empty => String::new(),
        other => other.shown().text(Lang::En),
    }
}

struct Reader<'a> {
    file: &'a str,
    meta: &'a BTreeMap<String, String>,
    lang: Lang,
    problems: Vec<String>,
}

impl Reader<'_> {
    fn not_one(&self, why: Msg) -> ImportError {
        ImportError::unreadable(
            self.file,
            Msg::new("err-not-review-workbook").arg("why", why),
            Msg::new("err-hint-not-review-workbook"),
        )
    }
    fn get(&self, k: &str) -> Result<&str, ImportError> {
        self.meta
            .get(k)
            .map(String::as_str)
            .ok_or_else(|| self.not_one(Msg::new("err-why-missing").arg("key", k)))
    }
    fn col(&self, k: &str) -> Result<u32, ImportError> {
        col(self.get(k)?).ok_or_else(|| self.not_one(Msg::new("err-why-not-column").arg("key", k)))
    }
    fn sheet<'w>(
        &self,
        wb: &'w crate::import::sheet::grid::Workbook,
        k: &str,
    ) -> Result<&'w Sheet, ImportError> {
        let name = self.get(k)?;
        wb.sheets
            .iter()
            .find(|s| s.name.as_deref() == Some(name))
            .ok_or_else(|| self.not_one(Msg::new("err-why-sheet-gone").arg("sheet", name)))
    }
    /// A drop-down value in the sheet's language, or a located problem.
    fn choice<T: PartialEq + Copy>(
        &mut self,
        at: &str,
        table: &[(T, &'static str)],
        prefix: &str,
        c: &Cell,
    ) -> Option<T> {
        let s = text(c);
        if s.is_empty() {
            return None;
        }
        let v = choice::parse(self.lang, table, prefix, &s);
        if v.is_none() {
            let allowed = choice::texts(self.lang, table, prefix).join(" | ");
            let m = crate::i18n::Msg::new("review-checklist-not-in-list")
                .arg("value", s.as_str())
                .arg("allowed", allowed)
                .text(self.lang);
            self.problems.push(format!("{} › {at}: {m}", self.file));
        }
        v
    }
    fn amount(&mut self, at: &str, c: &Cell) -> Option<Money> {
        match cells::number(c) {
            Ok(Some(v)) if v >= Money::ZERO && v.round_dp(2) == v => Some(v),
            Ok(None) => None,
            _ => {
                let m = crate::i18n::Msg::new("review-checklist-not-an-amount")
                    .arg("found", c.shown())
                    .text(self.lang);
                self.problems.push(format!("{} › {at}: {m}", self.file));
                None
            }
        }
    }
}

pub(crate) fn read_checklist(path: &Path) -> Result<FilledChecklist, ImportError> {
    let wb = read_workbook(path)?;
    let file = wb.file.to_string();
    let bare = Reader {
        file: &file,
        meta: &BTreeMap::new(),
        lang: Lang::En,
        problems: Vec::new(),
    };
    let (meta, _) = read_meta(&wb).ok_or_else(|| bare.not_one(Msg::new("err-why-no-meta")))?;
    if meta.get("report").map(String::as_str) != Some("review") {
        return Err(bare.not_one(Msg::new("err-why-not-review")));
    }
    let lang = if meta.get("lang").map(String::as_str) == Some("lv") {
        Lang::Lv
    } else {
        Lang::En
    };
    let mut rd = Reader {
        file: &file,
        meta: &meta,
        lang,
        problems: Vec::new(),
    };
    let rows = checklist_rows(&wb, &mut rd)?;
    let parked = parked_rows(&wb, &mut rd)?;
    if !rd.problems.is_empty() {
        let hint = crate::i18n::tr(lang, "review-checklist-values-hint");
        return Err(ImportError::unreadable(
            &file,
            Msg::new("err-checklist-problems").arg(
                "problems",
                format!(
                    "{}\n  {}",
                    Msg::new("review-checklist-problems")
                        .arg("n", rd.problems.len())
                        .text(lang),
                    rd.problems.join("\n  ")
                ),
            ),
            crate::import::error::detail(hint),
        ));
    }
    Ok(FilledChecklist {
        file: file.clone(),
        sha256: wb.sha256.clone(),
        meta: meta.clone(),
        lang,
        rows,
        parked,
    })
}

fn checklist_rows(
    wb: &crate::import::sheet::grid::Workbook,
    rd: &mut Reader,
) -> Result<Vec<FilledRow>, ImportError> {
    let sheet = rd.sheet(wb, "sheet.checklist")?;
    let head: u32 = rd.get("checklist.header_row")?.parse().map_err(|_| {
        rd.not_one(Msg::new("err-why-not-a-row").arg("key", "checklist.header_row"))
    })?;
    let (ce, cb, cr, ct, cd, cp, cn) = (
        rd.col("checklist.entry_col")?,
        rd.col("checklist.bv_col")?,
        rd.col("checklist.result_col")?,
        rd.col("checklist.type_col")?,
        rd.col("checklist.deducted_col")?,
        rd.col("checklist.parking_col")?,
        rd.col("checklist.note_col")?,
    );
    let quoted = super::claim_workbook::quote(rd.get("sheet.checklist")?);
    let at = |r: u32, c: u32| format!("{quoted}!{}{}", column_name(c), r + 1);
    let mut rows = Vec::new();
    for r in head..sheet.end_row() {
        let id = text(sheet.get(r, ce));
        if id.is_empty() {
            continue;
        }
        let result = rd.choice(&at(r, cr), OUTCOMES, "review-result-", sheet.get(r, cr));
        let error_type = rd.choice(
            &at(r, ct),
            ERROR_TYPES,
            "review-error-type-",
            sheet.get(r, ct),
        );
        let parking = rd.choice(&at(r, cp), PARKINGS, "review-parking-", sheet.get(r, cp));
        let deducted = rd.amount(&at(r, cd), sheet.get(r, cd));
        let book_value = cells::number(sheet.get(r, cb))
            .ok()
            .flatten()
            .unwrap_or_default();
        let filled_without_result = error_type.is_some() || parking.is_some() || deducted.is_some();
        let blank_result = text(sheet.get(r, cr)).is_empty();
        let problem = match (result, blank_result) {
            (None, true) if filled_without_result => Some(("review-checklist-no-result", cr)),
            (Some(Outcome::Ok), _) if deducted.is_some_and(|d| !d.is_zero()) => {
                Some(("review-checklist-ok-with-amount", cd))
            }
            (Some(Outcome::Error), _) if error_type.is_none() => {
                Some(("review-checklist-no-error-type", ct))
            }
            (Some(Outcome::Error), _)
                if deducted.is_none() && parking != Some(Parking::NotAnError) =>
            {
                Some(("review-checklist-no-amount", cd))
            }
            _ => None,
        };
        if let Some((key, c)) = problem {
            let m = crate::i18n::Msg::new(key).text(rd.lang);
            rd.problems.push(format!("{} › {}: {m}", rd.file, at(r, c)));
        }
        rows.push(FilledRow {
            entry_id: id,
            book_value,
            result,
            error_type,
            deducted: deducted.unwrap_or_default(),
            parking,
            note: text(sheet.get(r, cn)),
            at: at(r, cd),
            result_at: at(r, cr),
        });
    }
    Ok(rows)
}

/// The parked-items sheet: each item's period, entry id, amounts, type, parking, note, and the
/// status the reviewer gives it now (open or cleared). A workbook without the sheet has none.
fn parked_rows(
    wb: &crate::import::sheet::grid::Workbook,
    rd: &mut Reader,
) -> Result<Vec<ParkedRow>, ImportError> {
    if !rd.meta.contains_key("sheet.parked") {
        return Ok(Vec::new());
    }
    let sheet = rd.sheet(wb, "sheet.parked")?;
    let head: u32 = rd
        .get("parked.header_row")?
        .parse()
        .map_err(|_| rd.not_one(Msg::new("err-why-not-a-row").arg("key", "parked.header_row")))?;
    let quoted = super::claim_workbook::quote(rd.get("sheet.parked")?);
    let at = |r: u32, c: u32| format!("{quoted}!{}{}", column_name(c), r + 1);
    let mut out = Vec::new();
    for r in head..sheet.end_row() {
        let id = text(sheet.get(r, 1));
        if id.is_empty() {
            continue;
        }
        let num = |c: u32| {
            cells::number(sheet.get(r, c))
                .ok()
                .flatten()
                .unwrap_or_default()
        };
        let error_type = choice::parse(
            rd.lang,
            ERROR_TYPES,
            "review-error-type-",
            &text(sheet.get(r, 4)),
        );
        let parking = choice::parse(rd.lang, PARKINGS, "review-parking-", &text(sheet.get(r, 5)))
            .unwrap_or(Parking::Deferred);
        let status = text(sheet.get(r, 7));
        let cleared = if status.is_empty() {
            false
        } else {
            let cleared_word = crate::i18n::tr(rd.lang, "review-status-cleared");
            let open_word = crate::i18n::tr(rd.lang, "review-status-open");
            if status.eq_ignore_ascii_case(&cleared_word) {
                true
            } else if status.eq_ignore_ascii_case(&open_word) {
                false
            } else {
                let m = crate::i18n::Msg::new("review-checklist-not-in-list")
                    .arg("value", status.as_str())
                    .arg("allowed", format!("{open_word} | {cleared_word}"))
                    .text(rd.lang);
                rd.problems.push(format!("{} › {}: {m}", rd.file, at(r, 7)));
                false
            }
        };
        out.push(ParkedRow {
            period: text(sheet.get(r, 0)),
            entry_id: id,
            book_value: num(2),
            deducted: num(3),
            error_type,
            parking,
            note: text(sheet.get(r, 6)),
            cleared,
        });
    }
    Ok(out)
}
