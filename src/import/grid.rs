//! Reads any supported spreadsheet (xlsx, xls, ods via calamine; csv via the csv crate, UTF-8 or
//! Windows-1257, comma or semicolon) into a plain grid of cells with absolute positions. The
//! only place that knows file formats.

use super::error::ImportError;
use super::zip_bounds::{self, Verdict, WorkbookBytes};
use calamine::{open_workbook_auto_from_rs, Data, DataRef, Reader, SheetVisible, Sheets};
use chrono::NaiveDate;
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

/// A cell's value as the file holds it, before any field typing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number cell (every xlsx number is a float; calamine gives integers for some formats).
    Number(f64),
    Int(i64),
    /// A date-formatted cell (the time part, if any, is dropped).
    Date(NaiveDate),
    /// A date-formatted cell that is not a valid calendar date.
    BadDate(f64),
    Bool(bool),
    /// A formula error such as `#REF!`.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => super::cells::trim(s).is_empty(),
            _ => false,
        }
    }
    /// The cell as the user would read it, for messages.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => "an empty cell".to_string(),
            Cell::Text(s) => format!("{s:?}"),
            Cell::Number(f) => format!("the number {f}"),
            Cell::Int(i) => format!("the number {i}"),
            Cell::Date(d) => format!("the date {d}"),
            Cell::BadDate(f) => format!("an invalid date (serial {f})"),
            Cell::Bool(b) => format!("the boolean {b}"),
            Cell::Error(e) => format!("the formula error {e}"),
        }
    }
}

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
    pub fn end_col(&self) -> u32 {
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

/// Input files larger than this are refused before they are read. A 5 M-row × 15-column ledger
/// is ≈ 300–400 MB as xlsx and ≈ 0.8 GB as csv.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// A workbook (a zip archive: xlsx, xlsm, xlsb, ods) whose entries declare more than this many
/// uncompressed bytes in total is refused before any entry is inflated (a decompression bomb).
/// A 5 M-row × 15-column ledger's sheet XML is ≈ 4–6 GB.
pub const MAX_UNCOMPRESSED_BYTES: u64 = 16 * 1024 * 1024 * 1024;

/// A workbook whose sheets hold more cells than this (counted over each row up to its last
/// used cell) is refused: 5 M rows × 15 columns = 75 M cells pass.
pub const MAX_CELLS: u64 = 100_000_000;

/// An xls workbook whose sheets' cell grids (each the bounding box of its cells, or the
/// dimensions it declares) add up to more than this is refused before it is opened: calamine
/// lays every sheet out densely (≈ 70 bytes a cell at the peak). An xls sheet holds at most
/// 65 536 rows, so a ledger in xls is at most 65 536 × 15 ≈ 1 M cells; 5 M is 65 536 rows × 76
/// columns. Larger ledgers come as xlsx or csv.
pub const MAX_XLS_DENSE_CELLS: u64 = 5_000_000;

/// Opens `path` by its extension (`.csv`/`.txt` as csv; everything else through calamine,
/// which recognises xlsx, xlsm, xlsb, xls and ods by content).
pub fn read_workbook(path: &Path) -> Result<Workbook, ImportError> {
    let file = display_name(path);
    let bytes = read_file_bytes(path, &file)?;
    read_workbook_bytes(bytes, &file)
}

/// A file's bytes, refused when it is missing, a folder or above `MAX_FILE_BYTES`.
pub(super) fn read_file_bytes(path: &Path, file: &str) -> Result<Vec<u8>, ImportError> {
    let meta = std::fs::metadata(path).map_err(|e| {
        ImportError::unreadable(
            file,
            &e.to_string(),
            "check the path, or pass the file with --expenses / --cases / --rates",
        )
    })?;
    if meta.is_dir() {
        return Err(ImportError::unreadable(
            file,
            "it is a folder, not a file",
            "name a spreadsheet file",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(file, meta.len()));
    }
    std::fs::read(path)
        .map_err(|e| ImportError::unreadable(file, &e.to_string(), "check the file's permissions"))
}

fn too_big(file: &str, len: u64) -> ImportError {
    ImportError::unreadable(
        file,
        &format!("the file is {len} bytes, above the limit of {MAX_FILE_BYTES}"),
        "split the ledger by year",
    )
}

/// Refuses bytes above `MAX_FILE_BYTES` or empty.
pub(super) fn check_bytes(bytes: &[u8], file: &str) -> Result<(), ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(file, bytes.len() as u64));
    }
    if bytes.is_empty() {
        return Err(ImportError::unreadable(
            file,
            "the file is empty",
            "export the sheet again",
        ));
    }
    Ok(())
}

/// Whether the display name's extension makes the file csv (`.csv`, `.txt`).
pub(super) fn is_csv_name(file: &str) -> bool {
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    ext == "csv" || ext == "txt"
}

/// Reads a workbook from its bytes; `file` is the display name, whose extension picks csv
/// (`.csv`/`.txt`) or a spreadsheet (anything else, recognised by content). The same limits
/// and messages as `read_workbook`.
pub fn read_workbook_bytes(bytes: Vec<u8>, file: &str) -> Result<Workbook, ImportError> {
    check_bytes(&bytes, file)?;
    let sha256 = super::digest::sha256_hex(&bytes);
    let name: Arc<str> = file.into();
    let mut wb = if is_csv_name(file) {
        read_csv(name, &bytes)?
    } else {
        read_spreadsheet(name, bytes)?
    };
    wb.sha256 = sha256;
    Ok(wb)
}

pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads a workbook through calamine. A panic inside the reader on a malformed file (calamine
/// 0.38 overflows on a cell reference with a very long column name, found by fuzzing) becomes
/// an error naming the file instead of a crash.
fn read_spreadsheet(file: Arc<str>, bytes: Vec<u8>) -> Result<Workbook, ImportError> {
    let name = file.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        read_spreadsheet_unguarded(name, bytes)
    }))
    .unwrap_or_else(|_| {
        Err(ImportError::unreadable(
            &file,
            "the workbook is malformed: its spreadsheet reader failed on it",
            "open it in Excel or LibreOffice and save it again",
        ))
    })
}

/// A zip workbook refused by its measuring (`zip_bounds`), as an error naming the file.
pub(super) fn refused(file: &str, r: &zip_bounds::Refusal) -> ImportError {
    ImportError::unreadable(
        file,
        &r.reason(),
        "open it in Excel or LibreOffice and save it again; if it came by e-mail, ask the sender for the file as they saved it",
    )
}

/// The result of reading a workbook opened by `open_calamine`, once its measuring has finished:
/// a refusal comes first, as when the workbook was measured before it was read.
pub(super) fn settle<T>(
    file: &str,
    verdict: &Verdict,
    read: Result<T, ImportError>,
) -> Result<T, ImportError> {
    verdict.wait().map_err(|r| refused(file, &r))?;
    read
}

/// Checks a spreadsheet's bytes against the limits (zip sizes, encryption, xls grid size) and
/// opens it with calamine. A zip workbook's XML is measured on a thread of its own while calamine
/// reads it: an event, cell or shared string beyond the bounds is refused before calamine would
/// buffer it (`zip_bounds::measuring`). What is read from it counts once `settle` says so.
pub(super) fn open_calamine(
    file: &Arc<str>,
    bytes: Vec<u8>,
) -> Result<(Sheets<WorkbookBytes>, Verdict), ImportError> {
    if bytes.starts_with(b"PK") {
        check_zip_sizes(file, &bytes)?;
        let (reader, verdict) = zip_bounds::measuring(bytes).map_err(|r| refused(file, &r))?;
        let book = open_workbook_auto_from_rs(reader).map_err(|e| not_a_workbook(file, &e));
        return Ok((settle_err(file, &verdict, book)?, verdict));
    }
    if is_encrypted(&bytes) {
        return Err(ImportError::unreadable(
            file,
            "the workbook is password-protected (encrypted)",
            "open it in Excel or LibreOffice, remove the password (File › Info › Protect Workbook, or Save As without a password) and save it again",
        ));
    }
    // calamine opens an xls file whole (every sheet laid out densely): measure it first.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        use super::xls_bounds::{measure, Measure};
        match measure(&bytes) {
            Measure::LoopingChain => {
                return Err(ImportError::unreadable(
                    file,
                    "the xls file is damaged: a chain of its sectors runs in a loop",
                    "open it in Excel or LibreOffice and save it again as .xlsx",
                ))
            }
            Measure::Cells(n) if n > MAX_XLS_DENSE_CELLS => {
                return Err(ImportError::unreadable(
                    file,
                    &format!("its sheets span {n} cells, above the limit of {MAX_XLS_DENSE_CELLS} for an xls workbook (a damaged file, or cells far outside the table)"),
                    "delete unused cells far from the table and save it as .xlsx",
                ))
            }
            _ => {}
        }
    }
    let book = open_workbook_auto_from_rs(WorkbookBytes::plain(bytes))
        .map_err(|e| not_a_workbook(file, &e))?;
    Ok((book, Verdict::none()))
}

/// `settle` for an error only: what succeeded is settled when the reading is done.
pub(super) fn settle_err<T>(
    file: &str,
    verdict: &Verdict,
    read: Result<T, ImportError>,
) -> Result<T, ImportError> {
    match read {
        Ok(t) => Ok(t),
        Err(e) => settle(file, verdict, Err(e)),
    }
}

fn not_a_workbook(file: &str, e: &dyn std::fmt::Display) -> ImportError {
    ImportError::unreadable(
        file,
        &format!("not a readable xlsx, xls or ods workbook ({e})"),
        "save it as .xlsx, .ods or .csv (a text export must be named .csv); a password-protected workbook must be saved without its password",
    )
}

fn read_spreadsheet_unguarded(file: Arc<str>, bytes: Vec<u8>) -> Result<Workbook, ImportError> {
    let (wb, verdict) = open_calamine(&file, bytes)?;
    let read = grid_of(file.clone(), wb);
    settle(&file, &verdict, read)
}

/// Lays every sheet of an opened workbook out as a grid.
pub(super) fn grid_of(
    file: Arc<str>,
    mut wb: Sheets<WorkbookBytes>,
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
                &format!("sheet {name:?} cannot be read ({e})"),
                "save the workbook again from Excel or LibreOffice",
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
                        &format!("sheet {name:?} takes the workbook's grid above the limit of {limit} cells for this format"),
                        "delete unused cells far from the table (Ctrl+End shows the last used cell) and save it as .xlsx",
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
        &format!("sheet {sheet:?} takes the workbook above the limit of {MAX_CELLS} cells"),
        "delete unused columns and rows far from the table (Ctrl+End shows the last used cell), or split the ledger by year",
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

/// An encrypted Office file: an OLE compound file holding an `EncryptedPackage` stream.
fn is_encrypted(bytes: &[u8]) -> bool {
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes.starts_with(CFB) && bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// Refuses a zip-based workbook whose entries declare more than `MAX_UNCOMPRESSED_BYTES`, read
/// from the central directory before anything is inflated. A file that is not a readable zip
/// is left for calamine to describe.
fn check_zip_sizes(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        if bytes.starts_with(b"PK\x03\x04") {
            return Err(ImportError::unreadable(
                file,
                "the workbook is damaged or truncated (its zip directory is missing or broken)",
                "copy the file again from where it was saved, or open it in Excel or LibreOffice and save it again",
            ));
        }
        return Ok(());
    };
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index_raw(i) else {
            continue;
        };
        total = total.saturating_add(entry.size());
        if total > MAX_UNCOMPRESSED_BYTES {
            return Err(ImportError::unreadable(
                file,
                &format!(
                    "its parts would unpack to more than {} GiB (the part {:?} alone declares {} bytes): a damaged file or a decompression bomb",
                    MAX_UNCOMPRESSED_BYTES >> 30,
                    entry.name().map(|n| n.into_owned()).unwrap_or_default(),
                    entry.size()
                ),
                "open it in Excel or LibreOffice and save it again, or split the ledger by year",
            ));
        }
    }
    Ok(())
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

/// Decodes csv bytes: UTF-8 (a BOM is dropped) or, when not valid UTF-8, Windows-1257 (Baltic).
pub fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let (s, _, _) = encoding_rs::WINDOWS_1257.decode(bytes);
            s.into_owned()
        }
    }
}

/// The bytes without a UTF-8 BOM when they are UTF-8 (no copy), or back unchanged.
pub(super) fn utf8_text(mut bytes: Vec<u8>) -> Result<Vec<u8>, Vec<u8>> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match std::str::from_utf8(&bytes) {
        Ok(_) => Ok(bytes),
        Err(_) => Err(bytes),
    }
}

pub(super) fn binary_csv(file: &str) -> ImportError {
    ImportError::unreadable(
        file,
        "the file is binary, not text",
        "export the sheet as csv, or name an .xlsx / .ods file",
    )
}

/// The separator the first non-blank line uses more often: `;` (Latvian Excel) or `,`.
pub(super) fn csv_delimiter(text: &[u8]) -> u8 {
    let first = text
        .split(|b| *b == b'\n')
        .find(|l| !l.trim_ascii().is_empty())
        .unwrap_or(b"");
    let count = |c: u8| first.iter().filter(|b| **b == c).count();
    if count(b';') > count(b',') {
        b';'
    } else {
        b','
    }
}

pub(super) fn bad_csv_line(file: &str, e: &csv::Error) -> ImportError {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    ImportError::unreadable(
        file,
        &format!("line {line} is not valid csv ({e})"),
        "check the quotes on that line",
    )
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

fn read_csv(file: Arc<str>, bytes: &[u8]) -> Result<Workbook, ImportError> {
    let text = decode_text(bytes);
    if text.contains('\0') {
        return Err(binary_csv(&file));
    }
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(csv_delimiter(text.as_bytes()))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| bad_csv_line(&file, &e))?;
        rows.push(csv_cells(&rec));
    }
    Ok(Workbook {
        file,
        sha256: String::new(),
        sheets: vec![Sheet {
            name: None,
            visible: true,
            row0: 0,
            col0: 0,
            rows,
        }],
    })
}
