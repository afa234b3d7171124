//! A table's rows, one at a time, without holding the whole sheet: the ledger and the case
//! register are read through a `Source`, which shows the first rows of every sheet (where
//! `header::locate` looks for the header row) and then streams the chosen sheet's rows below
//! the header, each as a reused row of cells holding only the columns the table maps.
//!
//! xlsx is streamed cell by cell (calamine's cell reader) and csv record by record (the csv
//! crate), so a million-line ledger never exists as a grid of cells next to its typed rows.
//! xls, xlsb and ods — which calamine reads whole — and workbooks already in memory go
//! through their grid (`grid::Workbook`).

use super::cells::Cell;
use super::grid::{self, Sheet, Workbook};
use super::header::HEADER_SEARCH_ROWS;
use super::open::{self, guarded, Opened};
use super::split;
use super::zip_bounds::{Verdict, WorkbookBytes};
use crate::i18n::Msg;
use crate::import::error::ImportError;
use calamine::{DataRef, Reader, SheetVisible, Sheets, Xlsx};
use std::borrow::Cow;
use std::path::Path;
use std::sync::mpsc::Receiver;
use std::sync::Arc;

/// One data row: its 0-based row number and its cells by absolute column (columns the table
/// does not map are left empty).
pub struct Row<'r> {
    pub index: u32,
    pub cells: &'r [Cell],
}

impl Row<'_> {
    pub fn get(&self, col: u32) -> &Cell {
        static EMPTY: Cell = Cell::Empty;
        self.cells.get(col as usize).unwrap_or(&EMPTY)
    }
}

/// An opened table file.
pub enum Source<'a> {
    /// A workbook laid out as a grid (xls, xlsb, ods, or one already read).
    Grid(Cow<'a, Workbook>),
    Xlsx(Box<XlsxSource>),
    Csv(CsvSource),
}

pub struct XlsxSource {
    file: Arc<str>,
    sha256: String,
    /// The file's size.
    bytes: usize,
    book: Xlsx<WorkbookBytes>,
    /// Each sheet's name and whether it is visible, in workbook order.
    sheets: Vec<(String, bool)>,
    /// The workbook is measured while it is read: what was read counts once this says so.
    verdict: Verdict,
    /// Its bytes, for a second reader of a large sheet (`split`), and from what size of a
    /// sheet's XML on.
    zip: Option<WorkbookBytes>,
    split_min: u64,
    /// Whether the first reader waits for the second (tests).
    split_wait: bool,
    /// Tests: the second reader fails after this many cells.
    split_fail_after: Option<u64>,
    /// Whether the last sheet read was read in two halves.
    halves: bool,
}

pub struct CsvSource {
    file: Arc<str>,
    sha256: String,
    /// UTF-8 text without a BOM (decoded from Windows-1257 when it was not UTF-8).
    text: Vec<u8>,
    delimiter: u8,
}

/// What to call for each data row; an error stops the reading.
pub(crate) type OnRow<'f> = dyn FnMut(Row<'_>) -> Result<(), ImportError> + 'f;

impl Source<'static> {
    /// Opens `path` (see `open::open`).
    pub fn open(path: &Path) -> Result<Source<'static>, ImportError> {
        Source::of(open::open(path)?)
    }

    /// A source over a file's bytes; `file` is the display name, whose extension picks csv.
    pub fn from_bytes(bytes: Vec<u8>, file: &str) -> Result<Source<'static>, ImportError> {
        Source::of(open::open_bytes(bytes, file)?)
    }

    fn of(opened: Opened) -> Result<Source<'static>, ImportError> {
        let b = match opened {
            Opened::Csv(c) => {
                return Ok(Source::Csv(CsvSource {
                    file: c.file,
                    sha256: c.sha256,
                    text: c.text,
                    delimiter: c.delimiter,
                }))
            }
            Opened::Book(b) => *b,
        };
        match b.sheets {
            Sheets::Xlsx(book) => {
                let sheets = book
                    .sheets_metadata()
                    .iter()
                    .map(|s| (s.name.clone(), s.visible == SheetVisible::Visible))
                    .collect();
                Ok(Source::Xlsx(Box::new(XlsxSource {
                    file: b.file,
                    sha256: b.sha256,
                    bytes: b.size,
                    book,
                    sheets,
                    verdict: b.verdict,
                    zip: b.zip,
                    split_min: split::MIN_SPLIT,
                    split_wait: false,
                    split_fail_after: None,
                    halves: false,
                })))
            }
            other => {
                let wb = guarded(&b.file, |name| grid::grid_of(name.clone(), other));
                let mut wb = open::settle(&b.file, &b.verdict, wb)?;
                wb.sha256 = b.sha256;
                Ok(Source::Grid(Cow::Owned(wb)))
            }
        }
    }
}

impl<'a> Source<'a> {
    /// A source over a workbook already read.
    pub fn grid(wb: &'a Workbook) -> Source<'a> {
        Source::Grid(Cow::Borrowed(wb))
    }

    pub fn file(&self) -> &Arc<str> {
        match self {
            Source::Grid(wb) => &wb.file,
            Source::Xlsx(x) => &x.file,
            Source::Csv(c) => &c.file,
        }
    }

    /// SHA-256 of the file's bytes, hex.
    pub fn sha256(&self) -> &str {
        match self {
            Source::Grid(wb) => &wb.sha256,
            Source::Xlsx(x) => &x.sha256,
            Source::Csv(c) => &c.sha256,
        }
    }

    /// For tests: reads an xlsx sheet of `bytes` bytes of XML or more in two halves at once
    /// (`split`; by default from 16 MiB, and `u64::MAX` reads every sheet in one piece), the
    /// first reader waiting for the second to be ready so that the halves always meet.
    pub fn split_from(&mut self, bytes: u64) {
        if let Source::Xlsx(x) = self {
            x.split_min = bytes;
            x.split_wait = true;
        }
    }

    /// For tests: the second reader of `split_from` stops as if it failed after `cells` cells;
    /// the first reads on from there.
    pub fn split_fail_after(&mut self, cells: u64) {
        if let Source::Xlsx(x) = self {
            x.split_fail_after = Some(cells);
        }
    }

    /// Whether the last sheet read was read in two halves that met.
    pub fn read_in_halves(&self) -> bool {
        matches!(self, Source::Xlsx(x) if x.halves)
    }

    /// Every sheet with only its first `HEADER_SEARCH_ROWS` rows (from its first used row):
    /// where the header row is looked for. Sheet `i` here is sheet `i` of `rows`.
    pub fn head(&mut self) -> Result<Workbook, ImportError> {
        match self {
            Source::Grid(wb) => Ok(Workbook {
                file: wb.file.clone(),
                sha256: wb.sha256.clone(),
                sheets: wb
                    .sheets
                    .iter()
                    .map(|s| Sheet {
                        name: s.name.clone(),
                        visible: s.visible,
                        row0: s.row0,
                        col0: s.col0,
                        rows: s.rows[..s.rows.len().min(HEADER_SEARCH_ROWS as usize)].to_vec(),
                    })
                    .collect(),
            }),
            Source::Xlsx(x) => {
                let file = x.file.clone();
                let head = guarded(&file, |_| x.head());
                open::settle_err(&file, &x.verdict, head)
            }
            Source::Csv(c) => c.head(),
        }
    }

    /// About how many rows lie below `header_row` (to size the records' vector once): the
    /// csv's line count, or the rows an xlsx sheet declares, capped by the file's size so a
    /// forged declaration cannot reserve memory the file could not fill.
    pub(crate) fn row_hint(&mut self, sheet: usize, header_row: u32) -> usize {
        let rows = match self {
            Source::Grid(wb) => wb.sheets.get(sheet).map_or(0, |s| s.rows.len()),
            Source::Csv(c) => memchr::memchr_iter(b'\n', &c.text).count() + 1,
            Source::Xlsx(x) => {
                let cap = x.bytes / 8;
                let Some((name, _)) = x.sheets.get(sheet).cloned() else {
                    return 0;
                };
                let book = &mut x.book;
                let declared = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    book.worksheet_cells_reader(&name)
                        .map_or(0, |r| r.dimensions().end.0 as usize + 1)
                }))
                .unwrap_or(0);
                declared.min(cap)
            }
        };
        rows.saturating_sub(header_row as usize + 1)
    }

    /// Calls `on_row` for each row of sheet `sheet` below `header_row` that holds a value in
    /// any column, in order; `want` are the columns to fill.
    pub fn rows(
        &mut self,
        sheet: usize,
        header_row: u32,
        want: &[u32],
        on_row: &mut OnRow<'_>,
    ) -> Result<(), ImportError> {
        match self {
            Source::Grid(wb) => {
                let Some(s) = wb.sheets.get(sheet) else {
                    return Ok(());
                };
                let mut buf = RowBuf::new(want);
                for (i, r) in s.rows.iter().enumerate() {
                    let index = s.row0 + i as u32;
                    if index <= header_row {
                        continue;
                    }
                    buf.clear();
                    for (j, c) in r.iter().enumerate() {
                        let col = s.col0 + j as u32;
                        if buf.wants(col) {
                            buf.cells[col as usize] = c.clone();
                        }
                    }
                    on_row(Row {
                        index,
                        cells: &buf.cells,
                    })?;
                }
                Ok(())
            }
            Source::Xlsx(x) => {
                let file = x.file.clone();
                let read = pipelined(&file, want, |out| x.fill(sheet, header_row, out), on_row);
                // Every part of the workbook measured, not only the sheet read.
                open::settle(&file, &x.verdict, read)
            }
            Source::Csv(c) => {
                let file = c.file.clone();
                pipelined(&file, want, |out| c.fill(header_row, out), on_row)
            }
        }
    }
}

impl Source<'_> {
    /// `e`, an error found in what was read so far, or the refusal of the workbook's measuring
    /// if it refuses it (a refusal comes first, as when workbooks were measured before they
    /// were read).
    pub fn refusal_first(&self, e: ImportError) -> ImportError {
        match self {
            Source::Xlsx(x) => match x.verdict.wait() {
                Err(r) => open::refused(&x.file, &r),
                Ok(()) => e,
            },
            _ => e,
        }
    }
}

/// The reused row: one cell per column up to the last wanted one. A text cell's string is
/// kept when the row is cleared and refilled in place, so streaming allocates per row only
/// what the typed record keeps.
struct RowBuf {
    cells: Vec<Cell>,
    wanted: Vec<bool>,
    spare: Vec<String>,
}

impl RowBuf {
    fn new(want: &[u32]) -> RowBuf {
        let width = want.iter().map(|c| *c as usize + 1).max().unwrap_or(0);
        let mut wanted = vec![false; width];
        for c in want {
            wanted[*c as usize] = true;
        }
        RowBuf {
            cells: vec![Cell::Empty; width],
            wanted,
            spare: vec![String::new(); width],
        }
    }

    fn wants(&self, col: u32) -> bool {
        self.wanted.get(col as usize).copied().unwrap_or(false)
    }

    fn clear(&mut self) {
        for (c, spare) in self.cells.iter_mut().zip(self.spare.iter_mut()) {
            if let Cell::Text(s) = std::mem::replace(c, Cell::Empty) {
                *spare = s;
            }
        }
    }

    /// Sets a wanted column's cell to the text `t` (an empty text is an empty cell).
    fn set_text(&mut self, col: usize, t: &str) {
        if t.is_empty() {
            self.cells[col] = Cell::Empty;
            return;
        }
        let mut s = std::mem::take(&mut self.spare[col]);
        s.clear();
        s.push_str(t);
        self.cells[col] = Cell::Text(s);
    }

    fn set(&mut self, col: usize, d: &DataRef) {
        match d {
            DataRef::SharedString(t) => self.set_text(col, t),
            DataRef::String(t) => self.set_text(col, t),
            other => self.cells[col] = grid::convert_ref(other),
        }
    }
}

impl XlsxSource {
    fn head(&mut self) -> Result<Workbook, ImportError> {
        let mut sheets = Vec::with_capacity(self.sheets.len());
        for (name, visible) in self.sheets.clone() {
            let mut reader = match self.book.worksheet_cells_reader(&name) {
                Ok(r) => r,
                // A chart sheet or dialog sheet holds no cells: an empty sheet here.
                Err(calamine::XlsxError::NotAWorksheet(_)) => {
                    sheets.push(Sheet {
                        name: Some(name.as_str().into()),
                        visible: false,
                        row0: 0,
                        col0: 0,
                        rows: Vec::new(),
                    });
                    continue;
                }
                Err(e) => return Err(self_unreadable(&self.file, &name, &e)),
            };
            let mut sparse: Vec<((u32, u32), Cell)> = Vec::new();
            let mut first: Option<u32> = None;
            while let Some(c) = reader
                .next_cell()
                .map_err(|e| self_unreadable(&self.file, &name, &e))?
            {
                let (r, col) = c.get_position();
                let cell = grid::convert_ref(c.get_value());
                if cell == Cell::Empty {
                    continue;
                }
                let top = *first.get_or_insert(r);
                if r >= top.saturating_add(HEADER_SEARCH_ROWS) {
                    break;
                }
                // Cells far to the right are never a header; a bounded head keeps a forged
                // file from laying out a huge grid.
                if col < 16_384 {
                    sparse.push(((r, col), cell));
                }
            }
            let mut cells = 0;
            let (row0, col0, rows) = grid::dense_rows(sparse, &mut cells, || {
                grid::too_many_cells(&self.file, &name)
            })?;
            sheets.push(Sheet {
                name: Some(name.as_str().into()),
                visible,
                row0,
                col0,
                rows,
            });
        }
        Ok(Workbook {
            file: self.file.clone(),
            sha256: self.sha256.clone(),
            sheets,
        })
    }

    /// Fills `out` with the rows of sheet `sheet` below `header_row`, cell by cell. A large
    /// sheet is read by a second reader from near its middle at the same time (`split`).
    fn fill(&mut self, sheet: usize, header_row: u32, out: &mut Filler) -> Result<(), ImportError> {
        let Some((name, _)) = self.sheets.get(sheet).cloned() else {
            return Ok(());
        };
        let file = self.file.clone();
        self.halves = false;
        let min = self.split_min;
        let second = self.zip.clone().filter(|z| split::worth_splitting(z, min));
        let link = split::Link::new(self.split_fail_after);
        let (tx, rx) = std::sync::mpsc::channel();
        let (meet_tx, meet_rx) = std::sync::mpsc::sync_channel(1);
        std::thread::scope(|s| {
            let helper = second.and_then(|zip| {
                let (link, name) = (&link, name.as_str());
                std::thread::Builder::new()
                    .name("read-2".into())
                    .spawn_scoped(s, move || {
                        split::second_half(zip, min, name, link, meet_tx, tx)
                    })
                    .ok()
            });
            let second = helper.is_some().then_some((&link, &meet_rx, &rx));
            let read = self.fill_with(&name, header_row, out, second);
            link.stop();
            drop(rx);
            if let Some(h) = helper {
                // Its panics are caught and end its part (`Stopped`).
                let _ = h.join();
            }
            read
        })
        .map_err(|e| match e {
            Stop::Error(e) => e,
            Stop::Unreadable(e) => self_unreadable(&file, &name, &e),
        })
    }

    fn fill_with(
        &mut self,
        name: &str,
        header_row: u32,
        out: &mut Filler,
        second: Option<SecondReader<'_>>,
    ) -> Result<(), Stop> {
        let file = self.file.clone();
        let mut reader = self
            .book
            .worksheet_cells_reader(name)
            .map_err(Stop::Unreadable)?;
        let mut place = Placer {
            out,
            current: None,
            cells: 0,
            file: &file,
            name,
        };
        // Where the second reader starts (once it is ready), and its cells; the cells calamine
        // returned here (empty ones too).
        // (Tests wait for it, so that the halves always meet; otherwise the first reader
        // starts at once and looks for the second at each row, and reads alone should it have
        // passed the second's first row by the time that is known.)
        let mut meet = None;
        let mut asking = second.filter(|_| !self.split_wait);
        if let Some((link, m, rx)) = second.filter(|_| self.split_wait) {
            meet = m.recv().ok().flatten().map(|m| (link, m, rx));
        }
        let mut seen: u64 = 0;
        let mut row = None;
        while let Some(c) = reader.next_cell().map_err(Stop::Unreadable)? {
            let (r, col) = c.get_position();
            seen += 1;
            if row != Some(r) {
                row = Some(r);
                if let Some((link, m, rx)) = asking {
                    match m.try_recv() {
                        Err(std::sync::mpsc::TryRecvError::Empty) => {}
                        Ok(Some(found)) if r <= found.pos.0 => {
                            meet = Some((link, found, rx));
                            asking = None;
                        }
                        _ => {
                            link.stop();
                            asking = None;
                        }
                    }
                }
            }
            if meet.as_ref().is_some_and(|(_, m, _)| r >= m.pos.0) {
                let Some((link, m, rx)) = meet.take() else {
                    continue;
                };
                let met = seen - 1 == m.cells_before
                    && (r, col) == m.pos
                    && grid::convert_ref(c.get_value()) == m.first;
                if met {
                    self.halves = true;
                    match place.take_second(rx, header_row)? {
                        Taken::All | Taken::Stopped => return Ok(()),
                        // It stopped before giving any: this cell is read here.
                        Taken::Some(0) => {}
                        // It failed after `given` cells, this one first: read on after them.
                        Taken::Some(given) => {
                            for _ in 1..given {
                                if reader.next_cell().map_err(Stop::Unreadable)?.is_none() {
                                    return Ok(());
                                }
                            }
                            continue;
                        }
                    }
                } else {
                    link.stop();
                }
            }
            if r <= header_row {
                continue;
            }
            let value = c.get_value();
            if *value == DataRef::Empty {
                continue;
            }
            if !place.put(r, col, |buf, col| buf.set(col, value))? {
                return Ok(());
            }
        }
        Ok(())
    }
}

/// The second reader of a sheet (`split`): what both share, where it starts, and its cells.
type SecondReader<'a> = (
    &'a split::Link,
    &'a Receiver<Option<split::Meet>>,
    &'a Receiver<split::Part>,
);

/// Why the reading stopped: an error of ours, or calamine's (named with the sheet by `fill`).
enum Stop {
    Error(ImportError),
    Unreadable(calamine::XlsxError),
}

impl From<ImportError> for Stop {
    fn from(e: ImportError) -> Stop {
        Stop::Error(e)
    }
}

/// What came of taking the second reader's cells.
enum Taken {
    /// All of the sheet's cells.
    All,
    /// The typing side stopped.
    Stopped,
    /// It stopped after this many cells (counting empty ones): the rest is the first reader's.
    Some(u64),
}

/// Places a sheet's cells into the rows handed to the typing side, in order.
struct Placer<'o, 'f> {
    out: &'o mut Filler,
    current: Option<u32>,
    cells: u64,
    file: &'f str,
    name: &'f str,
}

impl Placer<'_, '_> {
    /// Places a non-empty cell of row `r` below the header, column `col`, with `set`. False
    /// when the typing side has stopped.
    fn put(
        &mut self,
        r: u32,
        col: u32,
        set: impl FnOnce(&mut RowBuf, usize),
    ) -> Result<bool, ImportError> {
        match self.current {
            Some(cur) if r == cur => {}
            Some(cur) if r < cur => {
                return Err(ImportError::unreadable(
                    self.file,
                    Msg::new("err-rows-out-of-order")
                        .arg("sheet", self.name)
                        .arg("row", r + 1)
                        .arg("previous", cur + 1),
                    Msg::new("err-hint-resave-workbook-open"),
                ));
            }
            _ => {
                self.current = Some(r);
                if self.out.row(r).is_none() {
                    return Ok(false);
                }
            }
        }
        self.cells += 1;
        if self.cells > grid::MAX_CELLS {
            return Err(grid::too_many_cells(self.file, self.name));
        }
        if let Some(buf) = self.out.last() {
            if buf.wants(col) {
                set(buf, col as usize);
            }
        }
        Ok(true)
    }

    /// Places the second reader's cells as they come.
    fn take_second(
        &mut self,
        rx: &Receiver<split::Part>,
        header_row: u32,
    ) -> Result<Taken, ImportError> {
        let mut given = 0u64;
        loop {
            match rx.recv() {
                Ok(split::Part::Cells { packed, raw }) => {
                    let mut going = true;
                    split::unpack(&packed, &mut |(r, col), v| {
                        if r <= header_row || !going {
                            return Ok(());
                        }
                        going = self.put(r, col, |buf, col| match v {
                            split::Value::Text(t) => buf.set_text(col, t),
                            split::Value::Cell(c) => buf.cells[col] = c,
                        })?;
                        Ok(())
                    })?;
                    if !going {
                        return Ok(Taken::Stopped);
                    }
                    given += raw;
                }
                Ok(split::Part::End) => return Ok(Taken::All),
                Ok(split::Part::Stopped) | Err(_) => return Ok(Taken::Some(given)),
            }
        }
    }
}

fn self_unreadable(file: &str, name: &str, e: &dyn std::fmt::Display) -> ImportError {
    ImportError::unreadable(
        file,
        Msg::new("err-sheet-unreadable")
            .arg("sheet", name)
            .arg("detail", e.to_string()),
        Msg::new("err-hint-resave-workbook"),
    )
}

impl CsvSource {
    fn reader(&self) -> csv::Reader<&[u8]> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(self.delimiter)
            .from_reader(&self.text[..])
    }

    fn bad_line(&self, e: &csv::Error) -> ImportError {
        open::bad_csv_line(&self.file, e)
    }

    fn head(&self) -> Result<Workbook, ImportError> {
        let mut rows = Vec::new();
        for rec in self.reader().records().take(HEADER_SEARCH_ROWS as usize) {
            let rec = rec.map_err(|e| self.bad_line(&e))?;
            rows.push(grid::csv_cells(&rec));
        }
        Ok(Workbook {
            file: self.file.clone(),
            sha256: self.sha256.clone(),
            sheets: vec![Sheet {
                name: None,
                visible: true,
                row0: 0,
                col0: 0,
                rows,
            }],
        })
    }

    /// Fills `out` with the records below `header_row`.
    fn fill(&self, header_row: u32, out: &mut Filler) -> Result<(), ImportError> {
        let mut rdr = self.reader();
        // The text is known to be UTF-8: records are split as bytes and only the wanted fields
        // are checked as text.
        let mut rec = csv::ByteRecord::new();
        let mut index: u32 = 0;
        let mut cells: u64 = 0;
        while rdr
            .read_byte_record(&mut rec)
            .map_err(|e| self.bad_line(&e))?
        {
            let r = index;
            index = index.saturating_add(1);
            if r <= header_row {
                continue;
            }
            cells += rec.len() as u64 + 1;
            if cells > grid::MAX_CELLS {
                return Err(grid::too_many_cells(&self.file, "csv"));
            }
            let Some(buf) = out.row(r) else {
                return Ok(());
            };
            // The record's fields end to end are UTF-8 text split at ASCII separators: checked
            // once per record, each field is then a slice of it.
            let all = std::str::from_utf8(rec.as_slice()).unwrap_or_default();
            for j in 0..rec.len() {
                if buf.wants(j as u32) {
                    let field = rec.range(j).and_then(|r| all.get(r)).unwrap_or_default();
                    buf.set_text(j, field);
                }
            }
        }
        Ok(())
    }
}

/// Rows in a batch handed from the reading thread to the typing thread.
const BATCH_ROWS: usize = 512;
/// Batches in flight: the reader runs at most this far ahead of the typing.
const BATCHES: usize = 4;

struct Batch {
    slots: Vec<(u32, RowBuf)>,
    len: usize,
}

/// The reading side of the pipeline: hands out the next row to fill, sends each full batch to
/// the typing side and reuses the batches (and their strings) it gets back.
pub(crate) struct Filler {
    want: Vec<u32>,
    current: Option<Batch>,
    made: usize,
    full: std::sync::mpsc::SyncSender<Result<Batch, ImportError>>,
    empty: std::sync::mpsc::Receiver<Batch>,
}

impl Filler {
    /// The cleared row for row `index`, or `None` when the typing side has stopped.
    fn row(&mut self, index: u32) -> Option<&mut RowBuf> {
        if self.current.as_ref().is_some_and(|b| b.len == BATCH_ROWS) {
            let full = self.current.take()?;
            self.full.send(Ok(full)).ok()?;
        }
        if self.current.is_none() {
            let next = if self.made < BATCHES {
                self.made += 1;
                Batch {
                    slots: Vec::with_capacity(BATCH_ROWS),
                    len: 0,
                }
            } else {
                let mut b = self.empty.recv().ok()?;
                b.len = 0;
                b
            };
            self.current = Some(next);
        }
        let batch = self.current.as_mut()?;
        if batch.slots.len() == batch.len {
            batch.slots.push((index, RowBuf::new(&self.want)));
        }
        let slot = &mut batch.slots[batch.len];
        batch.len += 1;
        slot.0 = index;
        slot.1.clear();
        Some(&mut slot.1)
    }

    /// The row last handed out.
    fn last(&mut self) -> Option<&mut RowBuf> {
        let b = self.current.as_mut()?;
        let i = b.len.checked_sub(1)?;
        Some(&mut b.slots[i].1)
    }

    fn finish(mut self, result: Result<(), ImportError>) {
        if let Some(b) = self.current.take() {
            if b.len > 0 {
                let _ = self.full.send(Ok(b));
            }
        }
        if let Err(e) = result {
            let _ = self.full.send(Err(e));
        }
    }
}

/// Reads rows with `fill` on a second thread while `on_row` types them on this one (the
/// reading — unzipping and parsing XML, or splitting csv — is half the work). A panic in the
/// reader (calamine on a malformed file, found by fuzzing) becomes an error naming the file.
fn pipelined(
    file: &Arc<str>,
    want: &[u32],
    fill: impl FnOnce(&mut Filler) -> Result<(), ImportError> + Send,
    on_row: &mut OnRow<'_>,
) -> Result<(), ImportError> {
    let (full_tx, full_rx) = std::sync::mpsc::sync_channel(BATCHES);
    let (empty_tx, empty_rx) = std::sync::mpsc::channel::<Batch>();
    std::thread::scope(|s| {
        let reader = s.spawn(move || {
            let mut filler = Filler {
                want: want.to_vec(),
                current: None,
                made: 0,
                full: full_tx,
                empty: empty_rx,
            };
            let result = fill(&mut filler);
            filler.finish(result);
        });
        let mut result = Ok(());
        'batches: for msg in full_rx.iter() {
            match msg {
                Ok(batch) => {
                    for (index, buf) in &batch.slots[..batch.len] {
                        if let Err(e) = on_row(Row {
                            index: *index,
                            cells: &buf.cells,
                        }) {
                            result = Err(e);
                            break 'batches;
                        }
                    }
                    let _ = empty_tx.send(batch);
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        // Stops a reader still running (after an error here).
        drop(full_rx);
        drop(empty_tx);
        if reader.join().is_err() {
            return Err(ImportError::unreadable(
                file,
                Msg::new("err-file-reader-panicked"),
                Msg::new("err-hint-resave"),
            ));
        }
        result
    })
}
