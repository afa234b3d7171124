//! Opening an input file: the one place that reads a spreadsheet's bytes and decides its
//! format. The limits and refusals come first (size, emptiness, zip sizes and parts, encryption,
//! an xls grid's size), then csv text is decoded (UTF-8 or Windows-1257, comma or semicolon) or
//! the workbook is opened with calamine (xlsx, xlsm, xlsb, xls, ods, recognised by content).
//! `grid` lays an opened file out as cells, `stream` reads its rows one at a time; both, the
//! read-back of grantbook's own workbooks and `verify` open files through here.

use super::zip_bounds::{self, Verdict, WorkbookBytes};
use crate::i18n::Msg;
use crate::import::error::ImportError;
use crate::util::hash::sha256_hex;
use calamine::{open_workbook_auto_from_rs, Sheets};
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

/// Input files larger than this are refused before they are read. A 5 M-row × 15-column ledger
/// is ≈ 300–400 MB as xlsx and ≈ 0.8 GB as csv.
pub(crate) const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// A workbook (a zip archive: xlsx, xlsm, xlsb, ods) whose entries declare more than this many
/// uncompressed bytes in total is refused before any entry is inflated (a decompression bomb).
/// A 5 M-row × 15-column ledger's sheet XML is ≈ 4–6 GB.
pub(crate) const MAX_UNCOMPRESSED_BYTES: u64 = 16 * 1024 * 1024 * 1024;

/// An xls workbook whose sheets' cell grids (each the bounding box of its cells, or the
/// dimensions it declares) add up to more than this is refused before it is opened: calamine
/// lays every sheet out densely (≈ 70 bytes a cell at the peak). An xls sheet holds at most
/// 65 536 rows, so a ledger in xls is at most 65 536 × 15 ≈ 1 M cells; 5 M is 65 536 rows × 76
/// columns. Larger ledgers come as xlsx or csv.
pub(crate) const MAX_XLS_DENSE_CELLS: u64 = 5_000_000;

/// An input file, opened by its format.
pub(crate) enum Opened {
    Csv(CsvText),
    /// Boxed: an opened workbook is large, csv text small.
    Book(Box<Book>),
}

/// A csv file's text: UTF-8 without a BOM (decoded from Windows-1257 when it was not UTF-8).
pub(crate) struct CsvText {
    pub file: Arc<str>,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
    pub text: Vec<u8>,
    pub delimiter: u8,
}

/// A workbook calamine has opened.
pub(crate) struct Book {
    pub file: Arc<str>,
    /// SHA-256 of the file's bytes, hex.
    pub sha256: String,
    /// The file's size.
    pub size: usize,
    pub sheets: Sheets<WorkbookBytes>,
    /// The measuring of a zip workbook's XML, running beside calamine: what is read from
    /// `sheets` counts once it is settled (`settle`).
    pub verdict: Verdict,
    /// A zip workbook's bytes as calamine reads them (a second reader may read them too).
    pub zip: Option<WorkbookBytes>,
}

/// Opens `path` by its extension (`.csv`/`.txt` as csv; everything else through calamine,
/// which recognises xlsx, xlsm, xlsb, xls and ods by content).
pub(crate) fn open(path: &Path) -> Result<Opened, ImportError> {
    let file = display_name(path);
    let bytes = read_file_bytes(path, &file)?;
    open_bytes(bytes, &file)
}

/// Opens a file's bytes; `file` is the display name, whose extension picks csv (`.csv`/`.txt`)
/// or a spreadsheet (anything else, recognised by content). The same limits and messages as
/// `open`.
pub(crate) fn open_bytes(bytes: Vec<u8>, file: &str) -> Result<Opened, ImportError> {
    check_bytes(&bytes, file)?;
    let sha256 = sha256_hex(&bytes);
    let name: Arc<str> = file.into();
    if is_csv_name(file) {
        let text = match utf8_text(bytes) {
            Ok(t) => t,
            Err(bytes) => decode_text(&bytes).into_bytes(),
        };
        if memchr::memchr(0, &text).is_some() {
            return Err(binary_csv(&name));
        }
        let delimiter = csv_delimiter(&text);
        return Ok(Opened::Csv(CsvText {
            file: name,
            sha256,
            text,
            delimiter,
        }));
    }
    let size = bytes.len();
    let (sheets, verdict, zip) = guarded(&name, |name| open_calamine(name, bytes))?;
    Ok(Opened::Book(Box::new(Book {
        file: name,
        sha256,
        size,
        sheets,
        verdict,
        zip,
    })))
}

/// The file name of `path` as messages and reports show it (`expenses.xlsx`).
pub(crate) fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A file's bytes, refused when it is missing, a folder or above `MAX_FILE_BYTES`.
fn read_file_bytes(path: &Path, file: &str) -> Result<Vec<u8>, ImportError> {
    let meta = std::fs::metadata(path).map_err(|e| {
        ImportError::unreadable(
            file,
            crate::import::error::io_reason(&e),
            Msg::new("err-hint-check-path"),
        )
    })?;
    if meta.is_dir() {
        return Err(ImportError::unreadable(
            file,
            Msg::new("err-folder"),
            Msg::new("err-hint-name-spreadsheet"),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(file, meta.len()));
    }
    std::fs::read(path).map_err(|e| {
        ImportError::unreadable(
            file,
            crate::import::error::io_reason(&e),
            Msg::new("err-hint-permissions"),
        )
    })
}

fn too_big(file: &str, len: u64) -> ImportError {
    ImportError::unreadable(
        file,
        Msg::new("err-too-big")
            .arg("len", len)
            .arg("limit", MAX_FILE_BYTES),
        Msg::new("err-hint-split-year"),
    )
}

/// Refuses bytes above `MAX_FILE_BYTES` or empty.
fn check_bytes(bytes: &[u8], file: &str) -> Result<(), ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(file, bytes.len() as u64));
    }
    if bytes.is_empty() {
        return Err(ImportError::unreadable(
            file,
            Msg::new("err-empty-file"),
            Msg::new("err-hint-export-again"),
        ));
    }
    Ok(())
}

/// Whether the display name's extension makes the file csv (`.csv`, `.txt`).
fn is_csv_name(file: &str) -> bool {
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    ext == "csv" || ext == "txt"
}

/// Runs calamine on a malformed file inside `catch_unwind`: a panic in the reader (found by
/// fuzzing) becomes an error naming the file instead of a crash.
pub(super) fn guarded<T>(
    file: &Arc<str>,
    f: impl FnOnce(&Arc<str>) -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(file))).unwrap_or_else(|_| {
        Err(ImportError::unreadable(
            file,
            Msg::new("err-reader-panicked"),
            Msg::new("err-hint-resave"),
        ))
    })
}

/// A zip workbook refused by its measuring (`zip_bounds`), as an error naming the file.
pub(super) fn refused(file: &str, r: &zip_bounds::Refusal) -> ImportError {
    ImportError::unreadable(file, r.reason(), Msg::new("err-hint-resave-mail"))
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
        Msg::new("err-not-workbook").arg("detail", e.to_string()),
        Msg::new("err-hint-not-workbook"),
    )
}

/// Checks a spreadsheet's bytes against the limits (zip sizes, encryption, xls grid size) and
/// opens it with calamine. A zip workbook's XML is measured on a thread of its own while calamine
/// reads it: an event, cell or shared string beyond the bounds is refused before calamine would
/// buffer it (`zip_bounds::measuring`). What is read from it counts once `settle` says so.
fn open_calamine(
    file: &Arc<str>,
    bytes: Vec<u8>,
) -> Result<(Sheets<WorkbookBytes>, Verdict, Option<WorkbookBytes>), ImportError> {
    if bytes.starts_with(b"PK") {
        check_zip_sizes(file, &bytes)?;
        let (reader, verdict) = zip_bounds::measuring(bytes).map_err(|r| refused(file, &r))?;
        let zip = reader.clone();
        let book = open_workbook_auto_from_rs(reader).map_err(|e| not_a_workbook(file, &e));
        return Ok((settle_err(file, &verdict, book)?, verdict, Some(zip)));
    }
    if is_encrypted(&bytes) {
        return Err(ImportError::unreadable(
            file,
            Msg::new("err-encrypted"),
            Msg::new("err-hint-encrypted"),
        ));
    }
    // calamine opens an xls file whole (every sheet laid out densely): measure it first.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        use super::xls_bounds::{measure, Measure};
        match measure(&bytes) {
            Measure::LoopingChain => {
                return Err(ImportError::unreadable(
                    file,
                    Msg::new("err-xls-loop"),
                    Msg::new("err-hint-resave-xlsx"),
                ))
            }
            Measure::Cells(n) if n > MAX_XLS_DENSE_CELLS => {
                return Err(ImportError::unreadable(
                    file,
                    Msg::new("err-xls-too-many")
                        .arg("n", n)
                        .arg("limit", MAX_XLS_DENSE_CELLS),
                    Msg::new("err-hint-delete-far"),
                ))
            }
            _ => {}
        }
    }
    let book = open_workbook_auto_from_rs(WorkbookBytes::plain(bytes))
        .map_err(|e| not_a_workbook(file, &e))?;
    Ok((book, Verdict::none(), None))
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
                Msg::new("err-zip-truncated"),
                Msg::new("err-hint-copy-again"),
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
                Msg::new("err-zip-bomb")
                    .arg("gib", MAX_UNCOMPRESSED_BYTES >> 30)
                    .arg(
                        "part",
                        entry.name().map(|n| n.into_owned()).unwrap_or_default(),
                    )
                    .arg("size", entry.size()),
                Msg::new("err-hint-resave-split"),
            ));
        }
    }
    Ok(())
}

/// Decodes csv bytes: UTF-8 (a BOM is dropped) or, when not valid UTF-8, Windows-1257 (Baltic).
fn decode_text(bytes: &[u8]) -> String {
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
fn utf8_text(mut bytes: Vec<u8>) -> Result<Vec<u8>, Vec<u8>> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match std::str::from_utf8(&bytes) {
        Ok(_) => Ok(bytes),
        Err(_) => Err(bytes),
    }
}

fn binary_csv(file: &str) -> ImportError {
    ImportError::unreadable(
        file,
        Msg::new("err-binary-csv"),
        Msg::new("err-hint-binary-csv"),
    )
}

/// The separator the first non-blank line uses more often: `;` (Latvian Excel) or `,`.
fn csv_delimiter(text: &[u8]) -> u8 {
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
        Msg::new("err-bad-csv-line")
            .arg("line", line)
            .arg("detail", e.to_string()),
        Msg::new("err-hint-csv-quotes"),
    )
}
