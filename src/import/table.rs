//! Reads the data rows under a located header row, typing each field's cell and collecting
//! every problem of the sheet (capped) with its cell, so the user fixes them all in one go.

use super::cells::{self, Bad};
use super::error::{ImportError, Problem, MAX_PROBLEMS};
use super::grid::{Cell, Workbook};
use super::header::{locate, FieldSpec, Located};
use crate::model::{CellRef, Month, SourceTable};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

pub struct TableReader<'a> {
    pub loc: Located<'a>,
    file: Arc<str>,
    fields: &'static [FieldSpec],
    problems: Vec<Problem>,
    more: usize,
    row_bad: bool,
    pub rows_read: usize,
    pub rows_rejected: usize,
    pub blank_rows: usize,
}

impl<'a> TableReader<'a> {
    pub fn new(
        wb: &'a Workbook,
        what: &str,
        fields: &'static [FieldSpec],
        sheet: Option<&str>,
        extra: Option<&BTreeMap<String, Vec<String>>>,
    ) -> Result<TableReader<'a>, ImportError> {
        let loc = locate(wb, what, fields, sheet, extra)?;
        Ok(TableReader {
            loc,
            file: wb.file.clone(),
            fields,
            problems: Vec::new(),
            more: 0,
            row_bad: false,
            rows_read: 0,
            rows_rejected: 0,
            blank_rows: 0,
        })
    }

    /// The 0-based data rows that are not entirely blank, in order. Blank rows are counted.
    pub fn data_rows(&mut self) -> Vec<u32> {
        let s = self.loc.sheet;
        let cols: Vec<u32> = self.loc.columns.values().copied().collect();
        let mut out = Vec::new();
        for r in self.loc.header_row + 1..s.end_row() {
            if cols.iter().all(|c| s.get(r, *c).is_empty()) {
                self.blank_rows += 1;
            } else {
                out.push(r);
            }
        }
        out
    }

    pub fn start_row(&mut self) {
        self.row_bad = false;
        self.rows_read += 1;
    }

    /// Ends a row; returns whether it was accepted.
    pub fn end_row(&mut self) -> bool {
        if self.row_bad {
            self.rows_rejected += 1;
        }
        !self.row_bad
    }

    fn spec(&self, id: &str) -> &FieldSpec {
        self.fields
            .iter()
            .find(|f| f.id == id)
            .expect("known field id")
    }

    pub fn cell_ref(&self, row: u32, id: &str) -> CellRef {
        CellRef {
            file: self.file.clone(),
            sheet: self.loc.sheet.name.clone(),
            row,
            col: self.loc.columns.get(id).copied(),
        }
    }

    pub fn cell(&self, row: u32, id: &str) -> &'a Cell {
        static EMPTY: Cell = Cell::Empty;
        match self.loc.columns.get(id) {
            Some(c) => self.loc.sheet.get(row, *c),
            None => &EMPTY,
        }
    }

    /// Records a problem with the field's cell in `row`.
    pub fn problem(&mut self, row: u32, id: &str, b: Bad) {
        self.row_bad = true;
        if self.problems.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let spec = *self.spec(id);
        let at = self.cell_ref(row, id);
        let found = self.cell(row, id).shown();
        self.problems.push(Problem {
            at,
            field: format!("{} / {}", spec.lv, spec.en),
            expected: b.expected,
            found,
            hint: b.hint,
        });
    }

    fn take<T>(&mut self, row: u32, id: &str, r: Result<Option<T>, Bad>) -> Option<T> {
        match r {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                if self.spec(id).required {
                    let what = self.spec(id).lv;
                    self.problem(
                        row,
                        id,
                        Bad {
                            expected: "a value (the field is required)".to_string(),
                            hint: format!("fill in {what:?} for this row, or delete the row"),
                        },
                    );
                }
                None
            }
            Err(b) => {
                self.problem(row, id, b);
                None
            }
        }
    }

    pub fn text(&mut self, row: u32, id: &str) -> Option<String> {
        let c = self.cell(row, id);
        self.take(row, id, cells::text(c))
    }
    pub fn date(&mut self, row: u32, id: &str) -> Option<NaiveDate> {
        let c = self.cell(row, id);
        self.take(row, id, cells::date(c))
    }
    pub fn number(&mut self, row: u32, id: &str) -> Option<Decimal> {
        let c = self.cell(row, id);
        self.take(row, id, cells::number(c))
    }
    pub fn yes_no(&mut self, row: u32, id: &str) -> Option<bool> {
        let c = self.cell(row, id);
        self.take(row, id, cells::yes_no(c))
    }
    pub fn year(&mut self, row: u32, id: &str) -> Option<i32> {
        let c = self.cell(row, id);
        self.take(row, id, cells::year(c))
    }
    pub fn month(&mut self, row: u32, id: &str) -> Option<Month> {
        let c = self.cell(row, id);
        self.take(row, id, cells::month(c))
    }

    /// Finishes the table: the problems as one error, or the source description.
    pub fn finish(self, path: &Path) -> Result<SourceTable, ImportError> {
        let place = match &self.loc.sheet.name {
            Some(s) => format!("{} › {}", self.file, s),
            None => self.file.to_string(),
        };
        if !self.problems.is_empty() {
            return Err(ImportError::Cells {
                place,
                problems: self.problems,
                more: self.more,
                rows_read: self.rows_read,
                rows_rejected: self.rows_rejected,
            });
        }
        Ok(SourceTable {
            file: self.file.clone(),
            path: path.to_path_buf(),
            sheet: self.loc.sheet.name.clone(),
            header_row: self.loc.header_row,
            columns: self.loc.columns.clone(),
            personal_columns: self.loc.personal.clone(),
            rows_read: self.rows_read,
            rows_accepted: self.rows_read - self.rows_rejected,
            rows_rejected: self.rows_rejected,
        })
    }
}

/// The number of decimals of an ISO 4217 currency, or `None` for an unknown code.
pub fn currency_decimals(code: &str) -> Option<u32> {
    iso_currency::Currency::from_code(code).map(|c| c.exponent().unwrap_or(0) as u32)
}
