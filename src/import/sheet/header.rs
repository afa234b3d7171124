//! Finds the table in a workbook: the first visible sheet (or the named one) whose header row —
//! possibly below title rows — names every required column, matched case- and
//! accent-insensitively by its id, its English or Latvian header, or another name the caller
//! maps to it. Knows no particular table: the caller lists its columns (`Column`).

use super::cells::{normalize, Cell};
use super::grid::{Sheet, Workbook};
use crate::i18n::Msg;
use crate::import::error::ImportError;
use std::collections::BTreeMap;

/// How a field's cells are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text.
    Text,
    /// A code read as text (a heading typed as the number 4.1 is `4.1`).
    Code,
    Date,
    /// Money in the row's currency.
    Amount,
    /// A plain decimal number (a rate, a quantity).
    Number,
    /// yes/no, jā/nē.
    Bool,
    Year,
    /// `YYYY-MM`.
    Month,
}

/// One column a table looks for: `key`, what the caller calls it; `id`, its name (also accepted
/// as a header, and the key of the project file's other names for it); its English and Latvian
/// headers; whether the table needs it; how its cells are typed.
#[derive(Debug, Clone, Copy)]
pub struct Column<K> {
    pub key: K,
    pub id: &'static str,
    pub en: &'static str,
    pub lv: &'static str,
    pub required: bool,
    pub kind: Kind,
}

/// Header words that suggest personal data: such columns are never copied to any output.
const PERSONAL: &[&str] = &[
    "name",
    "surname",
    "vards",
    "uzvards",
    "personalcode",
    "personaskods",
    "passport",
    "pase",
    "iban",
    "phone",
    "telefons",
    "talrunis",
    "email",
    "epasts",
    "address",
    "adrese",
];

pub(crate) fn looks_personal(header: &str) -> bool {
    let n = normalize(header);
    PERSONAL.iter().any(|p| n.contains(p))
}

/// The located table: which sheet, which row holds the header, which column each field is in.
#[derive(Debug)]
pub(crate) struct Located<'a, K> {
    pub sheet: &'a Sheet,
    pub header_row: u32,
    pub columns: BTreeMap<K, u32>,
    pub personal: Vec<String>,
}

/// How many rows from the top a header row may sit.
pub(crate) const HEADER_SEARCH_ROWS: u32 = 30;

/// Finds the table of `fields` in `wb`. `sheet` names the sheet to use (from the project file);
/// `extra` maps field ids to further header names.
pub(crate) fn locate<'a, K: Copy + Ord>(
    wb: &'a Workbook,
    what: &str,
    fields: &[Column<K>],
    sheet: Option<&str>,
    extra: Option<&BTreeMap<String, Vec<String>>>,
) -> Result<Located<'a, K>, ImportError> {
    let names = header_names(fields, extra);
    // The best near-miss, for the message when no sheet qualifies.
    let mut best: Option<NearMiss> = None;
    for s in candidate_sheets(wb, what, sheet)? {
        for r in header_rows(s) {
            let m = match_row(s, r, &names, fields);
            if m.missing.is_empty() {
                return located(wb, s, r, m, fields);
            }
            let found = m.columns.len();
            if found > 0 && best.as_ref().is_none_or(|b| found > b.found) {
                best = Some(NearMiss {
                    found,
                    sheet: s.name.as_deref().map(str::to_string),
                    row: r,
                    missing: m.missing,
                });
            }
        }
    }
    Err(not_found(wb, what, fields, sheet, &names, best))
}

/// Each header name (normalised) a field is known by, with the field's position in `fields`:
/// its id, its English and Latvian headers and the project file's other names for it.
fn header_names<K>(
    fields: &[Column<K>],
    extra: Option<&BTreeMap<String, Vec<String>>>,
) -> BTreeMap<String, usize> {
    let mut names = BTreeMap::new();
    for (i, f) in fields.iter().enumerate() {
        names.insert(normalize(f.id), i);
        names.insert(normalize(f.en), i);
        names.insert(normalize(f.lv), i);
        if let Some(alts) = extra.and_then(|m| m.get(f.id)) {
            for a in alts {
                names.insert(normalize(a), i);
            }
        }
    }
    names
}

/// The sheets to look in: the one the project file names, or every visible one.
fn candidate_sheets<'a>(
    wb: &'a Workbook,
    what: &str,
    sheet: Option<&str>,
) -> Result<Vec<&'a Sheet>, ImportError> {
    Ok(match sheet {
        Some(name) => {
            let s = wb
                .sheets
                .iter()
                .find(|s| s.name.as_deref() == Some(name))
                .ok_or_else(|| ImportError::Header {
                    file: wb.file.to_string(),
                    what: Msg::new("err-sheet-not-found")
                        .arg("sheet", name)
                        .arg("what", input_name(what)),
                    hint: Msg::new("err-hint-sheets-are").arg("sheets", sheet_list(wb)),
                })?;
            vec![s]
        }
        None => wb.sheets.iter().filter(|s| s.visible).collect(),
    })
}

/// The rows of `s` a header row may be in.
fn header_rows(s: &Sheet) -> std::ops::Range<u32> {
    s.row0..(s.row0 + HEADER_SEARCH_ROWS).min(s.end_row())
}

/// The table whose header row `r` of `s` names every required field; an error when it names a
/// field twice.
fn located<'a, K: Copy + Ord>(
    wb: &Workbook,
    s: &'a Sheet,
    r: u32,
    m: RowMatch,
    fields: &[Column<K>],
) -> Result<Located<'a, K>, ImportError> {
    if let Some((i, a, b, text_a, text_b)) = m.duplicate {
        let spec = &fields[i];
        return Err(ImportError::Header {
            file: wb.file.to_string(),
            what: Msg::new("err-header-twice")
                .arg("prefix", sheet_prefix(s))
                .arg("row", r + 1)
                .arg("name", spec.lv)
                .arg("a", crate::model::records::column_name(a))
                .arg("text_a", text_a)
                .arg("b", crate::model::records::column_name(b))
                .arg("text_b", text_b),
            hint: Msg::new("err-hint-header-twice")
                .arg("lv", spec.lv)
                .arg("en", spec.en),
        });
    }
    let personal = m
        .unknown
        .into_iter()
        .filter(|h| looks_personal(h))
        .collect();
    Ok(Located {
        sheet: s,
        header_row: r,
        columns: m
            .columns
            .iter()
            .map(|(i, c)| (fields[*i].key, *c))
            .collect(),
        personal,
    })
}

/// The header row that came closest: how many fields it names, where it is, what it lacks.
struct NearMiss {
    found: usize,
    sheet: Option<String>,
    row: u32,
    missing: Vec<usize>,
}

/// The error when no sheet has the header row: the best near-miss's missing columns, or the
/// columns needed; a hidden sheet that has the header is the likeliest reason.
fn not_found<K>(
    wb: &Workbook,
    what: &str,
    fields: &[Column<K>],
    sheet: Option<&str>,
    names: &BTreeMap<String, usize>,
    best: Option<NearMiss>,
) -> ImportError {
    let hidden =
        match sheet {
            Some(_) => None,
            None => wb.sheets.iter().filter(|s| !s.visible).find(|s| {
                header_rows(s).any(|r| match_row(s, r, names, fields).missing.is_empty())
            }),
        };
    let (what_msg, mut hint) = match best {
        Some(NearMiss {
            sheet,
            row,
            missing,
            ..
        }) => {
            let list: Vec<String> = missing
                .iter()
                .map(|i| format!("{:?} / {:?}", fields[*i].lv, fields[*i].en))
                .collect();
            let at = match sheet {
                Some(name) => Msg::new("err-at-sheet-row")
                    .arg("sheet", name)
                    .arg("row", row + 1),
                None => Msg::new("err-at-row").arg("row", row + 1),
            };
            (
                Msg::new("err-header-lacks")
                    .arg("what", input_name(what))
                    .arg("at", at)
                    .arg("n", list.len())
                    .arg("columns", list.join(", ")),
                Msg::new("err-hint-header-lacks"),
            )
        }
        None => (
            Msg::new("err-no-header")
                .arg("what", input_name(what))
                .arg("sheets", sheet_list(wb)),
            Msg::new("err-hint-no-header").arg(
                "columns",
                fields
                    .iter()
                    .filter(|f| f.required)
                    .map(|f| format!("{:?}", f.lv))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ),
    };
    if let Some(h) = hidden {
        hint = Msg::new("err-hint-hidden-sheet")
            .arg("sheet", h.name.as_deref().unwrap_or(""))
            .arg("what", input_name(what));
    }
    ImportError::Header {
        file: wb.file.to_string(),
        what: what_msg,
        hint,
    }
}

/// How one row reads as a header row; fields by their position in the list.
struct RowMatch {
    columns: BTreeMap<usize, u32>,
    unknown: Vec<String>,
    /// A field named twice: its position, both columns and both header texts.
    duplicate: Option<(usize, u32, u32, String, String)>,
    missing: Vec<usize>,
}

fn match_row<K>(
    s: &Sheet,
    r: u32,
    names: &BTreeMap<String, usize>,
    fields: &[Column<K>],
) -> RowMatch {
    let mut columns: BTreeMap<usize, u32> = BTreeMap::new();
    let mut unknown = Vec::new();
    let mut duplicate = None;
    for c in s.col0..s.end_col() {
        let text = match s.get(r, c) {
            Cell::Text(t) => t.clone(),
            Cell::Empty => continue,
            other => other.shown().text(crate::model::project::Lang::En),
        };
        match names.get(&normalize(&text)) {
            Some(&i) => {
                if let Some(prev) = columns.insert(i, c) {
                    let prev_text = match s.get(r, prev) {
                        Cell::Text(t) => t.clone(),
                        other => other.shown().text(crate::model::project::Lang::En),
                    };
                    duplicate.get_or_insert((i, prev, c, prev_text, text.clone()));
                    columns.insert(i, prev);
                }
            }
            None => unknown.push(text),
        }
    }
    let missing = fields
        .iter()
        .enumerate()
        .filter(|(i, f)| f.required && !columns.contains_key(i))
        .map(|(i, _)| i)
        .collect();
    RowMatch {
        columns,
        unknown,
        duplicate,
        missing,
    }
}

/// `sheet "Izdevumi": ` for a workbook sheet, nothing for a csv file.
fn sheet_prefix(s: &Sheet) -> crate::i18n::Arg {
    match &s.name {
        Some(n) => Msg::new("err-sheet-prefix").arg("sheet", &**n).into(),
        None => "".into(),
    }
}

/// The input's name in a message (the genitive in Latvian: "izdevumu uzskaites").
pub(crate) fn input_name(what: &str) -> Msg {
    Msg::new(match what {
        "case register" => "err-of-cases",
        "exchange rate" => "err-of-rates",
        _ => "err-of-expenses",
    })
}

fn sheet_list(wb: &Workbook) -> String {
    wb.sheets
        .iter()
        .map(|s| format!("{:?}", s.name.as_deref().unwrap_or("csv")))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_without_case_accents_or_punctuation() {
        assert_eq!(normalize("Ieraksta Nr."), normalize("IERAKSTA NR"));
        assert_eq!(normalize("Budžeta pozīcija"), normalize("budzeta pozicija"));
        assert_eq!(normalize("Izceļošanas datums"), "izcelosanasdatums");
    }

    #[test]
    fn personal_columns_are_recognised() {
        assert!(looks_personal("Vārds"));
        assert!(looks_personal("Personas kods"));
        assert!(looks_personal("E-mail"));
        assert!(!looks_personal("Piegādātājs"));
    }
}
