//! Lays an opened input file (`open`) out as a plain grid of cells with absolute positions:
//! every sheet of a workbook, or a csv file's records as one unnamed sheet. For files calamine
//! opens whole (xls, xlsb, ods), for the head of a streamed table and for grantbook's own
//! workbooks read back.

use super::cells::Cell;
use super::open::{self, CsvText, Opened, MAX_XLS_DENSE_CELLS};
use crate::i18n::Msg;
use crate::import::error::ImportError;
use calamine::{Data, DataRef, Reader, SheetVisible, Sheets};
use chrono::NaiveDate;
use std::path::Path;
use std::sync::Arc;

/// One sheet's cells. `rows[i][j]` is the cell at 0-based row `row0 + i`, column `col0 + j`.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: Option<Arc<str>>,
    pub visible: bool,
    pub row0: u32,
    pub col0: u32,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    pub fn get(&self, row: u32, col: u32) -> &Cell {
        static EMPTY: Cell = Cell::Empty;
        if row < self.row0 || col < self.col0 {
            return &EMPTY;
        }
        self.rows
            .get((row - self.row0) as usize)
            .and_then(|r| r.get((col - self.col0) as usize))
            .unwrap_or(&EMPTY)
    }
    pub fn end_row(&self) -> u32 {
        self.row0 + self.rows.len() as u32
    }
    pub(crate) fn end_col(&self) -> u32 {
        self.col0 + self.rows.iter().map(|r| r.len()).max().unwrap_or(0) as u32
    }
}

/// A workbook (or a csv file, one unnamed sheet) with the display name of its file.
#[derive(Debug, Clone)]
pub struct Workbook {
    pub file: Arc<str>,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
    pub sheets: Vec<Sheet>,
}

/// A workbook whose sheets hold more cells than this (counted over each row up to its last
/// used cell) is refused: 5 M rows × 15 columns = 75 M cells pass.
pub(crate) const MAX_CELLS: u64 = 100_000_000;

/// Reads `path` as a grid (see `open::open`).
pub fn read_workbook(path: &Path) -> Result<Workbook, ImportError> {
    workbook_of(open::open(path)?)
}

/// Reads a file's bytes as a grid; `file` is the display name, whose extension picks csv
/// (`.csv`/`.txt`) or a spreadsheet (anything else, recognised by content). The same limits
/// and messages as `read_workbook`.
pub fn read_workbook_bytes(bytes: Vec<u8>, file: &str) -> Result<Workbook, ImportError> {
    workbook_of(open::open_bytes(bytes, file)?)
}

fn workbook_of(opened: Opened) -> Result<Workbook, ImportError> {
    match opened {
        Opened::Csv(c) => read_csv(c),
        Opened::Book(b) => {
            let b = *b;
            let read = open::guarded(&b.file, |file| grid_of(file.clone(), b.sheets));
            let mut wb = open::settle(&b.file, &b.verdict, read)?;
            wb.sha256 = b.sha256;
            Ok(wb)
        }
    }
}

/// Lays every sheet of an opened workbook out as a grid.
pub(super) fn grid_of(
    file: Arc<str>,
    mut wb: Sheets<super::zip_bounds::WorkbookBytes>,
) -> Result<Workbook, ImportError> {
    let metas: Vec<(String, bool)> = wb
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible == SheetVisible::Visible))
        .collect();
    let mut sheets = Vec::with_capacity(metas.len());
    let mut cells: u64 = 0;
    let mut dense: u64 = 0;
    for (name, visible) in metas {
        let unreadable = |e: &dyn std::fmt::Display| {
            ImportError::unreadable(
                &file,
                Msg::new("err-sheet-unreadable")
                    .arg("sheet", &name)
                    .arg("detail", e.to_string()),
                Msg::new("err-hint-resave-workbook"),
            )
        };
        let (row0, col0, rows) = match &mut wb {
            // xlsx is streamed cell by cell, so a sheet whose few cells lie far apart (A1 and
            // XFD1048576) never becomes a dense 17-billion-cell range.
            Sheets::Xlsx(x) => {
                let mut reader = match x.worksheet_cells_reader(&name) {
                    Ok(r) => r,
                    // A chart sheet or dialog sheet holds no cells.
                    Err(calamine::XlsxError::NotAWorksheet(_)) => continue,
                    Err(e) => return Err(unreadable(&e)),
                };
                let mut sparse: Vec<((u32, u32), Cell)> = Vec::new();
                while let Some(c) = reader.next_cell().map_err(|e| unreadable(&e))? {
                    let cell = convert_ref(c.get_value());
                    if cell != Cell::Empty {
                        sparse.push((c.get_position(), cell));
                    }
                    if sparse.len() as u64 + cells > MAX_CELLS {
                        return Err(too_many_cells(&file, &name));
                    }
                }
                dense_rows(sparse, &mut cells, || too_many_cells(&file, &name))?
            }
            other => {
                // xls, xlsb and ods come as dense ranges: their size is checked before they are
                // copied, and each row is copied only up to its last used cell.
                let limit = if matches!(other, Sheets::Xls(_)) {
                    MAX_XLS_DENSE_CELLS
                } else {
                    MAX_CELLS
                };
                let range = other.worksheet_range(&name).map_err(|e| unreadable(&e))?;
                let (h, w) = range.get_size();
                dense = dense.saturating_add((h as u64).saturating_mul(w as u64));
                if dense > limit {
                    return Err(ImportError::unreadable(
                        &file,
                        Msg::new("err-grid-too-big")
                            .arg("sheet", &name)
                            .arg("limit", limit),
                        Msg::new("err-hint-ctrl-end"),
                    ));
                }
                let (row0, col0) = range.start().unwrap_or((0, 0));
                let rows: Vec<Vec<Cell>> = range
                    .rows()
                    .map(|r| {
                        let used = r
                            .iter()
                            .rposition(|d| *d != Data::Empty)
                            .map_or(0, |i| i + 1);
                        r[..used].iter().map(convert).collect::<Vec<_>>()
                    })
                    .collect();
                cells = cells.saturating_add(rows.iter().map(|r| r.len() as u64 + 1).sum());
                if cells > MAX_CELLS {
                    return Err(too_many_cells(&file, &name));
                }
                (row0, col0, rows)
            }
        };
        sheets.push(Sheet {
            name: Some(name.into()),
            visible,
            row0,
            col0,
            rows,
        });
    }
    Ok(Workbook {
        file,
        sha256: String::new(),
        sheets,
    })
}

pub(super) fn too_many_cells(file: &str, sheet: &str) -> ImportError {
    ImportError::unreadable(
        file,
        Msg::new("err-too-many-cells")
            .arg("sheet", sheet)
            .arg("limit", MAX_CELLS),
        Msg::new("err-hint-ctrl-end-split"),
    )
}

/// Lays sparse cells out as rows from the first used row and column; each row ends at its last
/// used cell. `cells` counts the laid-out cells across sheets against `MAX_CELLS`.
type Laid = (u32, u32, Vec<Vec<Cell>>);
pub(super) fn dense_rows(
    mut sparse: Vec<((u32, u32), Cell)>,
    cells: &mut u64,
    too_many: impl Fn() -> ImportError,
) -> Result<Laid, ImportError> {
    if sparse.is_empty() {
        return Ok((0, 0, Vec::new()));
    }
    sparse.sort_by_key(|(pos, _)| *pos);
    let row0 = sparse.first().map(|((r, _), _)| *r).unwrap_or(0);
    let col0 = sparse.iter().map(|((_, c), _)| *c).min().unwrap_or(0);
    let row_end = sparse.last().map(|((r, _), _)| *r).unwrap_or(0);
    // Empty rows cost a Vec header each: count them too, so a million blank rows stay bounded.
    *cells = cells.saturating_add(u64::from(row_end - row0) + 1);
    for w in sparse.chunk_by(|a, b| a.0 .0 == b.0 .0) {
        let last = w.last().map(|((_, c), _)| *c).unwrap_or(col0);
        *cells = cells.saturating_add(u64::from(last - col0) + 1);
    }
    if *cells > MAX_CELLS {
        return Err(too_many());
    }
    let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); (row_end - row0 + 1) as usize];
    for ((r, c), cell) in sparse {
        let row = &mut rows[(r - row0) as usize];
        let j = (c - col0) as usize;
        if row.len() <= j {
            row.resize(j + 1, Cell::Empty);
        }
        row[j] = cell;
    }
    Ok((row0, col0, rows))
}

/// `convert` for a streamed xlsx cell (a shared string is copied once, into the cell).
pub(super) fn convert_ref(d: &DataRef) -> Cell {
    match d {
        DataRef::Empty => Cell::Empty,
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Int(i) => Cell::Int(*i),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) => convert(&Data::DateTime(*dt)),
        DataRef::DateTimeIso(s) => convert(&Data::DateTimeIso(s.clone())),
        DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::Error(e) => Cell::Error(format!("{e}")),
    }
}

pub(super) fn convert(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Float(f) => Cell::Number(*f),
        Data::Int(i) => Cell::Int(*i),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => {
            if dt.is_duration() {
                return Cell::Number(dt.as_f64());
            }
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            match NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32) {
                Some(date) if dt.as_f64() >= 1.0 => Cell::Date(date),
                _ => Cell::BadDate(dt.as_f64()),
            }
        }
        Data::DateTimeIso(s) => {
            match NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d") {
                Ok(date) => Cell::Date(date),
                Err(_) => Cell::Text(s.clone()),
            }
        }
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}

/// A csv record as cells: an empty field is an empty cell, anything else text.
pub(super) fn csv_cells(rec: &csv::StringRecord) -> Vec<Cell> {
    rec.iter()
        .map(|s| {
            if s.is_empty() {
                Cell::Empty
            } else {
                Cell::Text(s.to_string())
            }
        })
        .collect()
}

fn read_csv(c: CsvText) -> Result<Workbook, ImportError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(c.delimiter)
        .from_reader(&c.text[..]);
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| open::bad_csv_line(&c.file, &e))?;
        rows.push(csv_cells(&rec));
    }
    Ok(Workbook {
        file: c.file,
        sha256: c.sha256,
        sheets: vec![Sheet {
            name: None,
            visible: true,
            row0: 0,
            col0: 0,
            rows,
        }],
    })
}
