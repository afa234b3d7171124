//! Reads one of the grant's input tables: the data rows under a located header row as they
//! stream from the file, typing each field's cell and collecting every problem of the sheet (capped) with its cell, so the user
//! fixes them all in one go.

use super::fields::FieldSpec;
use super::sheet::cells::{self, Bad, Cell};
use super::sheet::grid::Workbook;
use super::sheet::header::{locate, Located};
use super::sheet::stream::{Row, Source};
use crate::import::error::{ImportError, Problem, MAX_PROBLEMS};
use crate::model::{CellRef, Field, Month, SourceTable};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

pub(crate) struct TableReader<'a> {
    pub loc: Located<'a, Field>,
    file: Arc<str>,
    /// Per field (`Field as usize`): its spec in the table's list and its column, if any.
    specs: [Option<&'static FieldSpec>; Field::ALL.len()],
    columns: [Option<u32>; Field::ALL.len()],
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
        let mut specs = [None; Field::ALL.len()];
        let mut columns = [None; Field::ALL.len()];
        for f in fields {
            specs[usize::from(f.key)] = Some(f);
            columns[usize::from(f.key)] = loc.columns.get(&f.key).copied();
        }
        Ok(TableReader {
            loc,
            file: wb.file.clone(),
            specs,
            columns,
            problems: Vec::new(),
            more: 0,
            row_bad: false,
            rows_read: 0,
            rows_rejected: 0,
            blank_rows: 0,
        })
    }

    pub(crate) fn start_row(&mut self) {
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

    fn spec(&self, field: Field) -> &'static FieldSpec {
        self.specs[usize::from(field)].expect("a field of the table")
    }

    pub fn cell_ref(&self, row: u32, field: Field) -> CellRef {
        CellRef {
            file: self.file.clone(),
            sheet: self.loc.sheet.name.clone(),
            row,
            col: self.columns[usize::from(field)],
        }
    }

    pub fn cell<'r>(&self, row: &'r Row<'_>, field: Field) -> &'r Cell {
        static EMPTY: Cell = Cell::Empty;
        match self.columns[usize::from(field)] {
            Some(c) => row.get(c),
            None => &EMPTY,
        }
    }

    /// Records a problem with the field's cell in `row`.
    pub fn problem(&mut self, row: &Row, field: Field, b: Bad) {
        self.row_bad = true;
        if self.problems.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let at = self.cell_ref(row.index, field);
        let found = self.cell(row, field).shown();
        self.problems.push(Problem {
            at,
            field,
            expected: b.expected,
            found,
            hint: b.hint,
        });
    }

    fn take<T>(&mut self, row: &Row, field: Field, r: Result<Option<T>, Bad>) -> Option<T> {
        match r {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                if self.spec(field).required {
                    let what = self.spec(field).lv;
                    self.problem(
                        row,
                        field,
                        Bad {
                            expected: crate::i18n::Msg::new("err-exp-required"),
                            hint: crate::i18n::Msg::new("err-hint-required").arg("what", what),
                        },
                    );
                }
                None
            }
            Err(b) => {
                self.problem(row, field, b);
                None
            }
        }
    }

    pub fn text(&mut self, row: &Row, field: Field) -> Option<String> {
        let c = self.cell(row, field);
        self.take(row, field, cells::text(c))
    }
    pub fn date(&mut self, row: &Row, field: Field) -> Option<NaiveDate> {
        let c = self.cell(row, field);
        self.take(row, field, cells::date(c))
    }
    pub fn number(&mut self, row: &Row, field: Field) -> Option<Decimal> {
        let c = self.cell(row, field);
        self.take(row, field, cells::number(c))
    }
    pub fn yes_no(&mut self, row: &Row, field: Field) -> Option<bool> {
        let c = self.cell(row, field);
        self.take(row, field, cells::yes_no(c))
    }
    pub fn year(&mut self, row: &Row, field: Field) -> Option<i32> {
        let c = self.cell(row, field);
        self.take(row, field, cells::year(c))
    }
    pub fn month(&mut self, row: &Row, field: Field) -> Option<Month> {
        let c = self.cell(row, field);
        self.take(row, field, cells::month(c))
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

/// Reads the table of `fields` from `src`: locates its header row in the first rows of the
/// sheets, then types each data row as it streams by with `per_row`, which returns the record
/// when its required fields are present. A row with a problem is counted as rejected; blank
/// rows (no value in any mapped column) are skipped and counted.
#[allow(clippy::too_many_arguments)]
pub(crate) fn read_table<T>(
    src: &mut Source,
    path: &Path,
    what: &str,
    fields: &'static [FieldSpec],
    sheet: Option<&str>,
    extra: Option<&BTreeMap<String, Vec<String>>>,
    mut per_row: impl FnMut(&mut TableReader, &Row) -> Option<T>,
) -> Result<(SourceTable, Vec<T>), ImportError> {
    let head: Workbook = src.head()?;
    let mut t =
        TableReader::new(&head, what, fields, sheet, extra).map_err(|e| src.refusal_first(e))?;
    let sheet_index = head
        .sheets
        .iter()
        .position(|s| std::ptr::eq(s, t.loc.sheet))
        .unwrap_or(0);
    let want: Vec<u32> = t.loc.columns.values().copied().collect();
    let header_row = t.loc.header_row;
    let mut out = Vec::with_capacity(src.row_hint(sheet_index, header_row));
    let mut last = header_row;
    src.rows(sheet_index, header_row, &want, &mut |row: Row| {
        // Rows the file skips are blank rows too.
        t.blank_rows += row.index.saturating_sub(last).saturating_sub(1) as usize;
        last = row.index;
        if want.iter().all(|c| row.get(*c).is_empty()) {
            t.blank_rows += 1;
            return Ok(());
        }
        t.start_row();
        let record = per_row(&mut t, &row);
        if t.end_row() {
            out.extend(record);
        }
        Ok(())
    })?;
    let table = t.finish(path)?;
    Ok((table, out))
}

/// The number of decimals of an ISO 4217 currency, or `None` for an unknown code.
pub fn currency_decimals(code: &str) -> Option<u32> {
    iso_currency::Currency::from_code(code).map(|c| c.exponent().unwrap_or(0) as u32)
}
