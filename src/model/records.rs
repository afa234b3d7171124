//! Input records as read from the spreadsheets, each remembering its source row so that every
//! message and finding can name the cell (`expenses.xlsx › Izdevumi!F37`).

use super::field::Field;
use super::money::Money;
use super::period::Month;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// Where an input table came from: the file, the sheet and which column holds each field.
#[derive(Debug, Clone, Serialize)]
pub struct SourceTable {
    /// The file name as shown in messages (`expenses.xlsx`).
    pub file: Arc<str>,
    #[serde(skip)]
    pub path: PathBuf,
    pub sheet: Option<Arc<str>>,
    /// 0-based row of the header.
    pub header_row: u32,
    /// 0-based column of each field found.
    pub columns: BTreeMap<Field, u32>,
    /// Header texts of columns that look like personal data (never copied to any output).
    pub personal_columns: Vec<String>,
    pub rows_read: usize,
    pub rows_accepted: usize,
    pub rows_rejected: usize,
}

impl SourceTable {
    /// The cell of `field` in 0-based `row`, or the row itself when the field has no column.
    pub fn cell(&self, row: u32, field: Field) -> CellRef {
        CellRef {
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            row,
            col: self.columns.get(&field).copied(),
        }
    }
}

/// A cell (or a whole row when `col` is `None`) in an input file, shown A1-style.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
    /// 0-based.
    pub row: u32,
    /// 0-based.
    pub col: Option<u32>,
}

impl CellRef {
    /// The A1 address (`F37`), or the row number alone (`row 37`).
    pub fn a1(&self) -> String {
        match self.col {
            Some(c) => format!("{}{}", column_name(c), self.row + 1),
            None => format!("row {}", self.row + 1),
        }
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sheet {
            Some(s) => write!(f, "{} › {}!{}", self.file, s, self.a1()),
            None => write!(f, "{} › {}", self.file, self.a1()),
        }
    }
}

impl Serialize for CellRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Excel's column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA.
pub fn column_name(mut c: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ascii")
}

/// One line of the expense ledger: a supporting-document line.
#[derive(Debug, Clone, PartialEq)]
pub struct Expense {
    /// 0-based source row.
    pub row: u32,
    pub entry_id: String,
    pub doc_no: String,
    pub doc_date: NaiveDate,
    pub paid_date: Option<NaiveDate>,
    pub supplier: String,
    pub description: String,
    pub activity: String,
    pub heading: String,
    pub case_id: Option<String>,
    /// In the document currency, VAT included; negative for credit notes.
    pub amount: Money,
    pub currency: String,
    /// VAT included in `amount`, in the document currency.
    pub vat: Money,
    pub service_from: Option<NaiveDate>,
    pub service_to: Option<NaiveDate>,
    pub quantity: Option<Money>,
}

impl Expense {
    /// Whether the VAT column can be part of the amount: the same sign, never more than the
    /// amount. A VAT that does not fit is not deducted (VAT-01 excludes the whole line instead).
    pub(crate) fn vat_fits(&self) -> bool {
        self.vat.is_zero()
            || (self.vat.is_sign_negative() == self.amount.is_sign_negative()
                && !self.amount.is_zero()
                && self.vat.abs() <= self.amount.abs())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord, Hash)]
pub enum Sex {
    F,
    M,
    X,
}

/// One assisted person in the case register (pseudonymous: no names).
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub row: u32,
    pub case_id: String,
    pub household_id: Option<String>,
    pub sex: Option<Sex>,
    pub birth_year: Option<i32>,
    pub nationality: String,
    pub return_country: Option<String>,
    pub vulnerable: bool,
    pub departure_order_date: Option<NaiveDate>,
    pub departure_date: Option<NaiveDate>,
    /// Yes, no, or not known (a blank cell or no column): ACC-03 removes money only on a "no".
    pub without_means: Option<bool>,
    /// Yes, no, or not known (a blank cell or no column).
    pub detained: Option<bool>,
    pub reintegration: bool,
}

/// A monthly exchange rate: units of `currency` per 1 EUR.
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    pub row: u32,
    pub month: Month,
    pub currency: String,
    pub rate: rust_decimal::Decimal,
    pub source: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_excel_letters() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(5), "F");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(16383), "XFD");
    }
}
