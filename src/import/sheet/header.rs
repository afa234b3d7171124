//! Finds the table in a workbook: the first visible sheet (or the named one) whose header row —
//! possibly below title rows — names every required field, matched case- and accent-insensitively
//! in English or Latvian, or by a name the project file maps to the field.

use super::grid::{Cell, Sheet, Workbook};
use crate::i18n::Msg;
use crate::import::error::ImportError;
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

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

/// One input column: its field id, English and Latvian headers, whether it is required.
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    pub id: &'static str,
    pub en: &'static str,
    pub lv: &'static str,
    pub required: bool,
    pub kind: Kind,
}

const fn f(
    id: &'static str,
    en: &'static str,
    lv: &'static str,
    required: bool,
    kind: Kind,
) -> FieldSpec {
    FieldSpec {
        id,
        en,
        lv,
        required,
        kind,
    }
}

pub const EXPENSE_FIELDS: &[FieldSpec] = &[
    f("entry_id", "Entry no.", "Ieraksta Nr.", true, Kind::Code),
    f("doc_no", "Document no.", "Dokumenta Nr.", true, Kind::Code),
    f(
        "doc_date",
        "Document date",
        "Dokumenta datums",
        true,
        Kind::Date,
    ),
    f(
        "paid_date",
        "Payment date",
        "Apmaksas datums",
        false,
        Kind::Date,
    ),
    f("supplier", "Supplier", "Piegādātājs", true, Kind::Text),
    f("description", "Description", "Apraksts", false, Kind::Text),
    f("activity", "Activity", "Aktivitāte", true, Kind::Code),
    f(
        "heading",
        "Budget heading",
        "Budžeta pozīcija",
        true,
        Kind::Code,
    ),
    f("case_id", "Case no.", "Lietas Nr.", false, Kind::Code),
    f("amount", "Amount", "Summa", true, Kind::Amount),
    f("currency", "Currency", "Valūta", false, Kind::Code),
    f("vat", "VAT", "PVN", false, Kind::Amount),
    f(
        "service_from",
        "Service from",
        "Pakalpojuma sākums",
        false,
        Kind::Date,
    ),
    f(
        "service_to",
        "Service to",
        "Pakalpojuma beigas",
        false,
        Kind::Date,
    ),
    f("quantity", "Quantity", "Daudzums", false, Kind::Number),
];

pub const CASE_FIELDS: &[FieldSpec] = &[
    f("case_id", "Case no.", "Lietas Nr.", true, Kind::Code),
    f(
        "household_id",
        "Household no.",
        "Ģimenes Nr.",
        false,
        Kind::Code,
    ),
    f("sex", "Sex", "Dzimums", false, Kind::Code),
    f(
        "birth_year",
        "Year of birth",
        "Dzimšanas gads",
        false,
        Kind::Year,
    ),
    f("nationality", "Nationality", "Pilsonība", true, Kind::Code),
    f(
        "return_country",
        "Country of return",
        "Atgriešanās valsts",
        false,
        Kind::Code,
    ),
    f("vulnerable", "Vulnerable", "Ievainojams", false, Kind::Bool),
    f(
        "departure_order_date",
        "Departure order date",
        "Izbraukšanas rīkojuma datums",
        false,
        Kind::Date,
    ),
    f(
        "departure_date",
        "Departure date",
        "Izceļošanas datums",
        false,
        Kind::Date,
    ),
    f(
        "without_means",
        "Without means",
        "Bez līdzekļiem",
        false,
        Kind::Bool,
    ),
    f("detained", "Detained", "Aizturēts", false, Kind::Bool),
    f(
        "reintegration",
        "Reintegration",
        "Reintegrācija",
        false,
        Kind::Bool,
    ),
];

pub const RATE_FIELDS: &[FieldSpec] = &[
    f("month", "Month", "Mēnesis", true, Kind::Month),
    f("currency", "Currency", "Valūta", true, Kind::Code),
    f("rate", "Rate", "Kurss", true, Kind::Number),
    f("source", "Source", "Avots", false, Kind::Text),
];

/// Lower-case, accents dropped, only letters and digits: `Ieraksta Nr.` → `ierakstanr`.
pub fn normalize(s: &str) -> String {
    s.nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
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

pub fn looks_personal(header: &str) -> bool {
    let n = normalize(header);
    PERSONAL.iter().any(|p| n.contains(p))
}

/// The located table: which sheet, which row holds the header, which column each field is in.
#[derive(Debug)]
pub struct Located<'a> {
    pub sheet: &'a Sheet,
    pub header_row: u32,
    pub columns: BTreeMap<&'static str, u32>,
    pub personal: Vec<String>,
}

/// How many rows from the top a header row may sit.
pub(crate) const HEADER_SEARCH_ROWS: u32 = 30;

/// Finds the table of `fields` in `wb`. `sheet` names the sheet to use (from the project file);
/// `extra` maps field ids to further header names.
pub fn locate<'a>(
    wb: &'a Workbook,
    what: &str,
    fields: &[FieldSpec],
    sheet: Option<&str>,
    extra: Option<&BTreeMap<String, Vec<String>>>,
) -> Result<Located<'a>, ImportError> {
    let mut names: BTreeMap<String, &'static str> = BTreeMap::new();
    for f in fields {
        names.insert(normalize(f.id), f.id);
        names.insert(normalize(f.en), f.id);
        names.insert(normalize(f.lv), f.id);
        if let Some(alts) = extra.and_then(|m| m.get(f.id)) {
            for a in alts {
                names.insert(normalize(a), f.id);
            }
        }
    }
    let candidates: Vec<&Sheet> = match sheet {
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
    };
    // The best near-miss, for the message when no sheet qualifies.
    let mut best: Option<(usize, Option<String>, u32, Vec<&'static str>)> = None;
    for s in &candidates {
        let last = (s.row0 + HEADER_SEARCH_ROWS).min(s.end_row());
        for r in s.row0..last {
            let m = match_row(s, r, &names, fields);
            if m.missing.is_empty() {
                if let Some((id, a, b, text_a, text_b)) = m.duplicate {
                    let spec = fields.iter().find(|f| f.id == id).expect("known field");
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
                return Ok(Located {
                    sheet: s,
                    header_row: r,
                    columns: m.columns,
                    personal,
                });
            }
            let found = m.columns.len();
            if found > 0 && best.as_ref().is_none_or(|b| found > b.0) {
                best = Some((found, s.name.as_deref().map(str::to_string), r, m.missing));
            }
        }
    }
    // A hidden sheet that has the header: the likeliest reason nothing was found.
    let hidden = match sheet {
        Some(_) => None,
        None => wb.sheets.iter().filter(|s| !s.visible).find(|s| {
            let last = (s.row0 + HEADER_SEARCH_ROWS).min(s.end_row());
            (s.row0..last).any(|r| match_row(s, r, &names, fields).missing.is_empty())
        }),
    };
    let (what_msg, mut hint) = match best {
        Some((_, sheet, row, missing)) => {
            let list: Vec<String> = missing
                .iter()
                .map(|id| {
                    let f = fields.iter().find(|f| f.id == *id).expect("known field");
                    format!("{:?} / {:?}", f.lv, f.en)
                })
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
    Err(ImportError::Header {
        file: wb.file.to_string(),
        what: what_msg,
        hint,
    })
}

/// How one row reads as a header row.
struct RowMatch {
    columns: BTreeMap<&'static str, u32>,
    unknown: Vec<String>,
    /// A field named twice: its id, both columns and both header texts.
    duplicate: Option<(&'static str, u32, u32, String, String)>,
    missing: Vec<&'static str>,
}

fn match_row(
    s: &Sheet,
    r: u32,
    names: &BTreeMap<String, &'static str>,
    fields: &[FieldSpec],
) -> RowMatch {
    let mut columns: BTreeMap<&'static str, u32> = BTreeMap::new();
    let mut unknown = Vec::new();
    let mut duplicate = None;
    for c in s.col0..s.end_col() {
        let text = match s.get(r, c) {
            Cell::Text(t) => t.clone(),
            Cell::Empty => continue,
            other => other.shown().text(crate::model::project::Lang::En),
        };
        match names.get(&normalize(&text)) {
            Some(id) => {
                if let Some(prev) = columns.insert(id, c) {
                    let prev_text = match s.get(r, prev) {
                        Cell::Text(t) => t.clone(),
                        other => other.shown().text(crate::model::project::Lang::En),
                    };
                    duplicate.get_or_insert((*id, prev, c, prev_text, text.clone()));
                    columns.insert(id, prev);
                }
            }
            None => unknown.push(text),
        }
    }
    let missing = fields
        .iter()
        .filter(|f| f.required && !columns.contains_key(f.id))
        .map(|f| f.id)
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
