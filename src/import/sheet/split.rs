//! A large xlsx sheet read by two calamine readers at once, one from the top and one from a row
//! near the middle, so that parsing its XML (calamine's cell reader: most of an import) uses
//! both cores. The result is the one reading in one piece gives, cell for cell.
//!
//! - **The second reader** (`second_half`, on a thread of its own) opens the workbook again
//!   through `Virtual`: the same bytes, except that the large sheets' entries in the zip's
//!   directory say "stored". When calamine opens such an entry, `Virtual` hands it the sheet's
//!   XML from the top down to the end of the `<sheetData>` start tag, and then from the first
//!   `<row r="…">` past the middle on, inflated from the original entry (through the measuring
//!   gate: nothing unmeasured reaches calamine). While skipping to the middle it counts the
//!   cells calamine would read there. It publishes where it starts (`Meet`: that count, and its
//!   first cell's position and value) and sends its cells on, packed (`Packed`).
//! - **The first reader** is the usual one (`stream::XlsxSource::fill`). It starts at once and
//!   asks at each row whether the second is ready. At its first cell at or below the second
//!   reader's first row it checks that it has read exactly that count of cells
//!   and that this cell is the second reader's first; then it places the second reader's cells
//!   instead of reading on. Otherwise (or before anything is published) it reads on alone.
//! - **Should the second reader fail** after the meeting (a calamine error), the first reader
//!   skips the cells it was given and reads on from there itself: every error is the one a
//!   reading in one piece finds, with the same words.

use super::cells::Cell;
use super::grid;
use super::zip_bounds::WorkbookBytes;
use calamine::{DataRef, Reader, Xlsx};
use chrono::{Datelike, NaiveDate};
use std::io::{BufRead, Read, Seek, SeekFrom};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Sender, SyncSender};
use std::sync::{Arc, OnceLock};

/// Sheets whose XML is smaller than this are read in one piece (`Source::split_from` changes
/// it, for tests).
pub(crate) const MIN_SPLIT: u64 = 16 << 20;
/// The `<sheetData>` start tag must end within this many bytes of the top.
const MAX_HEAD: usize = 1 << 20;
/// How far past the middle the split row is looked for.
const MAX_SEEK: u64 = 64 << 20;
/// The size the second reader is told a patched entry has: more than any sheet here.
const STORED_SIZE: u32 = 0xFFFF_FFFE;
/// Cells per packed message from the second reader.
const CHUNK_CELLS: u64 = 1 << 15;
/// The split, as a share of the sheet's XML: the second reader starts later than the first (it
/// inflates the first part once more to get there), so it takes a little less.
const SPLIT_SHARE: (u64, u64) = (47, 100);

/// Where the second reader starts, for the first reader to meet it.
pub(super) struct Meet {
    /// Cells calamine reads between `<sheetData>` and the split.
    pub cells_before: u64,
    /// The second reader's first cell: its position and its value.
    pub pos: (u32, u32),
    pub first: Cell,
}

/// What the second reader sends, in order.
pub(super) enum Part {
    /// Cells, packed; `raw` counts every cell calamine returned for them (empty ones too).
    Cells { packed: Vec<u8>, raw: u64 },
    /// The sheet's data ended: everything was sent.
    End,
    /// It stopped (an error): the first reader reads on itself after what was sent.
    Stopped,
}

/// Shared by the two readers.
pub(super) struct Link {
    /// Set when the first reader no longer wants the second's work.
    stop: AtomicBool,
    /// Tests: the second reader stops as if failing after this many cells.
    fail_after: Option<u64>,
}

impl Link {
    pub(super) fn new(fail_after: Option<u64>) -> Link {
        Link {
            stop: AtomicBool::new(false),
            fail_after,
        }
    }
    pub(super) fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// Whether a workbook's bytes hold a sheet of `min` bytes of XML or more, to read in two halves.
pub(super) fn worth_splitting(bytes: &WorkbookBytes, min: u64) -> bool {
    !entries(&bytes.shared(), min).is_empty()
}

/// A deflated worksheet entry the second reader may open, and where it lies.
#[derive(Clone, Debug)]
struct Entry {
    /// Its central directory record.
    cd: u64,
    /// Its compressed bytes.
    data: u64,
    end: u64,
    /// Its declared inflated size.
    size: u64,
}

fn entries(bytes: &[u8], min: u64) -> Vec<Entry> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Vec::new();
    };
    let mut v = Vec::new();
    for i in 0..zip.len() {
        let Ok(f) = zip.by_index_raw(i) else {
            continue;
        };
        let Ok(name) = f.name().map(|n| n.to_ascii_lowercase()) else {
            continue;
        };
        if !(name.contains("worksheets/") && name.ends_with(".xml"))
            || f.compression() != zip::CompressionMethod::Deflated
            || f.encrypted()
            || f.size() < min
            || f.size() >= u64::from(STORED_SIZE) - MAX_HEAD as u64
        {
            continue;
        }
        let (Some(data), cd) = (f.data_start(), f.central_header_start()) else {
            continue;
        };
        // The record's sizes are its own 32-bit fields (no zip64 field to patch).
        let rec = usize::try_from(cd)
            .ok()
            .and_then(|c| bytes.get(c..c.checked_add(46)?));
        let plain = rec.is_some_and(|r| {
            r[..4] == [0x50, 0x4b, 0x01, 0x02]
                && r[20..24] != [0xff; 4]
                && r[24..28] != [0xff; 4]
                && r[42..46] != [0xff; 4]
        });
        let end = data.checked_add(f.compressed_size());
        match end {
            Some(end) if plain && end <= bytes.len() as u64 => v.push(Entry {
                cd,
                data,
                end,
                size: f.size(),
            }),
            _ => {}
        }
    }
    v
}

/// The second reader: reads sheet `name` from the split on, telling `meet` where it starts
/// (`None`: it does not, as for a small sheet or one without a row to start at) and sending its
/// cells to `tx`.
pub(super) fn second_half(
    bytes: WorkbookBytes,
    min: u64,
    name: &str,
    link: &Link,
    meet: SyncSender<Option<Meet>>,
    tx: Sender<Part>,
) {
    let mut meet = Some(meet);
    let found = entries(&bytes.shared(), min);
    if !found.is_empty() {
        let cells_before = Arc::new(OnceLock::new());
        let virt = Virtual::new(bytes, found, cells_before.clone(), link);
        let sent = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            read_second(virt, name, link, &cells_before, &mut meet, &tx)
        }));
        if !matches!(sent, Ok(true)) {
            let _ = tx.send(Part::Stopped);
        }
    }
    if let Some(m) = meet {
        let _ = m.send(None);
    }
}

/// Reads and sends; true when the sheet's data ended and `End` was sent.
fn read_second(
    virt: Virtual<'_>,
    name: &str,
    link: &Link,
    cells_before: &OnceLock<u64>,
    meet: &mut Option<SyncSender<Option<Meet>>>,
    tx: &Sender<Part>,
) -> bool {
    let Ok(mut book) = Xlsx::new(virt) else {
        return false;
    };
    let Ok(mut reader) = book.worksheet_cells_reader(name) else {
        return false;
    };
    let mut packed = Vec::with_capacity(1 << 20);
    let mut raw = 0u64;
    let mut total = 0u64;
    let mut first = true;
    loop {
        if link.stopped() {
            return false;
        }
        let cell = match reader.next_cell() {
            Ok(Some(c)) => c,
            Ok(None) => {
                if first {
                    return false; // nothing past the split: nothing to meet
                }
                let _ = tx.send(Part::Cells { packed, raw });
                return tx.send(Part::End).is_ok();
            }
            Err(_) => {
                if !first {
                    let _ = tx.send(Part::Cells { packed, raw });
                }
                return false;
            }
        };
        let pos = cell.get_position();
        let value = cell.get_value();
        if first {
            first = false;
            let Some(&n) = cells_before.get() else {
                return false;
            };
            if let Some(m) = meet.take() {
                let _ = m.send(Some(Meet {
                    cells_before: n,
                    pos,
                    first: grid::convert_ref(value),
                }));
            }
        }
        if link.fail_after == Some(total) {
            let _ = tx.send(Part::Cells { packed, raw });
            return false;
        }
        total += 1;
        raw += 1;
        if *value != DataRef::Empty {
            pack(&mut packed, pos, value);
        }
        if raw.is_multiple_of(CHUNK_CELLS) {
            let full = std::mem::replace(&mut packed, Vec::with_capacity(1 << 20));
            if tx.send(Part::Cells { packed: full, raw }).is_err() {
                return false;
            }
            raw = 0;
        }
    }
}

// Packed cells: row u32, column u32, a tag byte and the value.
const T_TEXT: u8 = 0;
const T_CELL_TEXT: u8 = 1;
const T_NUMBER: u8 = 2;
const T_INT: u8 = 3;
const T_DATE: u8 = 4;
const T_BAD_DATE: u8 = 5;
const T_BOOL: u8 = 6;
const T_ERROR: u8 = 7;
const T_EMPTY: u8 = 8;

fn pack(out: &mut Vec<u8>, (r, c): (u32, u32), v: &DataRef) {
    out.extend_from_slice(&r.to_le_bytes());
    out.extend_from_slice(&c.to_le_bytes());
    let text = |out: &mut Vec<u8>, tag: u8, s: &str| {
        out.push(tag);
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    };
    match v {
        DataRef::SharedString(s) => text(out, T_TEXT, s),
        DataRef::String(s) => text(out, T_TEXT, s),
        other => match grid::convert_ref(other) {
            Cell::Empty => out.push(T_EMPTY),
            Cell::Text(s) => text(out, T_CELL_TEXT, &s),
            Cell::Number(f) => {
                out.push(T_NUMBER);
                out.extend_from_slice(&f.to_le_bytes());
            }
            Cell::Int(i) => {
                out.push(T_INT);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Cell::Date(d) => {
                out.push(T_DATE);
                out.extend_from_slice(&d.num_days_from_ce().to_le_bytes());
            }
            Cell::BadDate(f) => {
                out.push(T_BAD_DATE);
                out.extend_from_slice(&f.to_le_bytes());
            }
            Cell::Bool(b) => {
                out.push(T_BOOL);
                out.push(u8::from(b));
            }
            Cell::Error(e) => text(out, T_ERROR, &e),
        },
    }
}

/// A packed cell's value: a cell's text (set as `stream`'s rows set text) or any other value.
pub(super) enum Value<'a> {
    Text(&'a str),
    Cell(Cell),
}

/// What `unpack` calls with each cell's position and value.
pub(super) type EachCell<'f, E> = dyn FnMut((u32, u32), Value<'_>) -> Result<(), E> + 'f;

/// Calls `each` for every packed cell in order; stops at its first error.
pub(super) fn unpack<E>(mut b: &[u8], each: &mut EachCell<'_, E>) -> Result<(), E> {
    fn take<'b>(b: &mut &'b [u8], n: usize) -> &'b [u8] {
        let (h, t) = b.split_at(n);
        *b = t;
        h
    }
    let u32_of = |b: &mut &[u8]| u32::from_le_bytes(take(b, 4).try_into().unwrap_or([0; 4]));
    let u64_of = |b: &mut &[u8]| u64::from_le_bytes(take(b, 8).try_into().unwrap_or([0; 8]));
    while !b.is_empty() {
        let r = u32_of(&mut b);
        let c = u32_of(&mut b);
        let tag = take(&mut b, 1)[0];
        let text = |b: &mut &[u8]| {
            let n = u32_of(b) as usize;
            // Packed from a &str just above: valid UTF-8.
            std::str::from_utf8(take(b, n))
                .unwrap_or_default()
                .to_owned()
        };
        let value = match tag {
            T_TEXT => {
                let n = u32_of(&mut b) as usize;
                let s = std::str::from_utf8(take(&mut b, n)).unwrap_or_default();
                each((r, c), Value::Text(s))?;
                continue;
            }
            T_CELL_TEXT => Cell::Text(text(&mut b)),
            T_NUMBER => Cell::Number(f64::from_bits(u64_of(&mut b))),
            T_INT => Cell::Int(u64_of(&mut b) as i64),
            T_DATE => {
                let days = u32_of(&mut b) as i32;
                NaiveDate::from_num_days_from_ce_opt(days).map_or(Cell::Empty, Cell::Date)
            }
            T_BAD_DATE => Cell::BadDate(f64::from_bits(u64_of(&mut b))),
            T_BOOL => Cell::Bool(take(&mut b, 1)[0] != 0),
            T_ERROR => Cell::Error(text(&mut b)),
            _ => Cell::Empty,
        };
        each((r, c), Value::Cell(value))?;
    }
    Ok(())
}

/// The workbook's bytes as the second reader's calamine sees them: the large worksheet entries
/// are "stored" in the directory, and reading one from its start gives `Half`'s XML.
struct Virtual<'l> {
    inner: WorkbookBytes,
    entries: Vec<Entry>,
    pos: u64,
    /// The entry being read as stored, and how far.
    active: Option<(usize, u64)>,
    half: Option<Half>,
    used: bool,
    cells_before: Arc<OnceLock<u64>>,
    link: &'l Link,
}

impl<'l> Virtual<'l> {
    fn new(
        inner: WorkbookBytes,
        entries: Vec<Entry>,
        cells_before: Arc<OnceLock<u64>>,
        link: &'l Link,
    ) -> Virtual<'l> {
        Virtual {
            inner,
            entries,
            pos: 0,
            active: None,
            half: None,
            used: false,
            cells_before,
            link,
        }
    }

    /// The directory record's fields as patched: stored, and as large as any sheet.
    fn patch(&self, buf: &mut [u8]) {
        let from = self.pos;
        let to = from + buf.len() as u64;
        for e in &self.entries {
            let size = STORED_SIZE.to_le_bytes();
            let fields: [(u64, &[u8]); 3] = [(10, &[0, 0]), (20, &size), (24, &size)];
            for (off, bytes) in fields {
                for (k, b) in bytes.iter().enumerate() {
                    let at = e.cd + off + k as u64;
                    if (from..to).contains(&at) {
                        buf[(at - from) as usize] = *b;
                    }
                }
            }
        }
    }
}

fn other(e: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> std::io::Error {
    std::io::Error::other(e)
}

impl Read for Virtual<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if let Some((i, done)) = self.active {
            if self.pos == self.entries[i].data + done {
                if self.link.stopped() {
                    return Err(other("no longer wanted"));
                }
                if self.half.is_none() {
                    let h = Half::prepare(&self.inner, &self.entries[i], self.link)
                        .ok_or_else(|| other("no split"))?;
                    let _ = self.cells_before.set(h.cells_before);
                    self.half = Some(h);
                }
                let h = self.half.as_mut().ok_or_else(|| other("no split"))?;
                let n = h.read(buf)?;
                self.pos += n as u64;
                self.active = Some((i, done + n as u64));
                return Ok(n);
            }
            self.active = None;
        }
        self.inner.seek(SeekFrom::Start(self.pos))?;
        let n = self.inner.read(buf)?;
        self.patch(&mut buf[..n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for Virtual<'_> {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let pos = match to {
            SeekFrom::Start(n) => n,
            other => {
                self.inner.seek(SeekFrom::Start(self.pos))?;
                self.inner.seek(other)?
            }
        };
        self.pos = pos;
        // The first time calamine goes to a patched entry's data, it reads it as stored.
        if !self.used {
            if let Some(i) = self.entries.iter().position(|e| e.data == pos) {
                self.used = true;
                self.active = Some((i, 0));
            }
        } else if self
            .active
            .is_some_and(|(i, done)| self.entries[i].data + done != pos)
        {
            self.active = None;
        }
        Ok(pos)
    }
}

/// A part's compressed bytes, handed to the inflater a window at a time.
struct Compressed {
    bytes: Arc<Vec<u8>>,
    pos: usize,
    end: usize,
}

impl Read for Compressed {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let b = self.fill_buf()?;
            let n = b.len().min(out.len());
            out[..n].copy_from_slice(&b[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Compressed {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        let to = (self.pos + (64 << 10)).min(self.end);
        Ok(&self.bytes[self.pos..to])
    }
    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.end);
    }
}

/// The second reader's XML: the sheet's head, then the sheet from the split on.
struct Half {
    src: WorkbookBytes,
    inflater: flate2::bufread::DeflateDecoder<Compressed>,
    /// Bytes to hand out before inflating more.
    pending: Vec<u8>,
    at: usize,
    cells_before: u64,
}

impl Half {
    /// Inflates sheet `e` from the top to the first `<row r="` past the split share, counting
    /// the cells on the way; `None` when there is no such row or the sheet is unusual.
    fn prepare(src: &WorkbookBytes, e: &Entry, link: &Link) -> Option<Half> {
        let bytes = src.shared();
        let mut inflater = flate2::bufread::DeflateDecoder::new(Compressed {
            bytes,
            pos: e.data as usize,
            end: e.end as usize,
        });
        let target = e.size / SPLIT_SHARE.1 * SPLIT_SHARE.0;
        let mut w: Vec<u8> = Vec::with_capacity(4 << 20);
        let mut base = 0u64; // the offset of w[0] in the XML
        let mut from: Option<usize> = None; // counting resumes here (after the head)
        let mut head = Vec::new();
        let mut cells = 0u64;
        let mut chunk = vec![0u8; 1 << 20];
        loop {
            if link.stopped() {
                return None;
            }
            let n = inflater.read(&mut chunk).ok()?;
            if n == 0 {
                return None;
            }
            // Nothing inflated here goes further than the measuring has reached.
            src.wait_measured(inflater.get_ref().pos as u64).ok()?;
            w.extend_from_slice(&chunk[..n]);
            let start = match from {
                Some(f) => f,
                None => {
                    let Some(i) = memchr::memmem::find(&w, b"<sheetData") else {
                        if w.len() > MAX_HEAD {
                            return None;
                        }
                        continue;
                    };
                    let gt = i + memchr::memchr(b'>', &w[i..])?;
                    if gt >= MAX_HEAD || w[gt - 1] == b'/' {
                        return None;
                    }
                    head = w[..=gt].to_vec();
                    gt + 1
                }
            };
            let abs_end = base + w.len() as u64;
            let split = if abs_end > target {
                let s = (target.saturating_sub(base) as usize).max(start);
                memchr::memmem::find(&w[s..], b"<row r=\"").map(|k| s + k)
            } else {
                None
            };
            match split {
                Some(k) => {
                    count_cells(&w[..k], start, true, &mut cells);
                    let mut pending = head;
                    pending.extend_from_slice(&w[k..]);
                    return Some(Half {
                        src: src.clone(),
                        inflater,
                        pending,
                        at: 0,
                        cells_before: cells,
                    });
                }
                None => {
                    let stop = count_cells(&w, start, false, &mut cells);
                    w.drain(..stop);
                    base += stop as u64;
                    from = Some(0);
                    if base > target + MAX_SEEK {
                        return None;
                    }
                }
            }
        }
    }
}

impl Read for Half {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            self.pending.resize(1 << 16, 0);
            let n = self.inflater.read(&mut self.pending)?;
            self.src.wait_measured(self.inflater.get_ref().pos as u64)?;
            self.pending.truncate(n);
            self.at = 0;
        }
        let n = (self.pending.len() - self.at).min(buf.len());
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Counts the cells calamine reads in `w[from..]` into `cells`: every `<c` element, empty ones
/// too (calamine expands `<c …/>` into a start and an end). With `whole`, `w` ends at the split;
/// otherwise counting stops before a `<` or `<c` at the very end, which the next bytes may
/// complete, and the index to resume from is returned.
fn count_cells(w: &[u8], from: usize, whole: bool, cells: &mut u64) -> usize {
    for k in memchr::memmem::find_iter(&w[from..], b"<c") {
        let at = from + k;
        match w.get(at + 2) {
            Some(b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r') => *cells += 1,
            Some(_) => {}
            None if whole => {}
            None => return at,
        }
    }
    match w.last() {
        Some(b'<') if !whole => w.len() - 1,
        _ => w.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_counted_across_any_cut_empty_elements_too() {
        let xml = br#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/><cols/><c r="C1"><v>2</v></c></row><row r="2"><c>
<v>1</v></c></row>"#;
        let mut whole = 0;
        count_cells(xml, 0, true, &mut whole);
        assert_eq!(whole, 4);
        for cut in 1..xml.len() {
            let mut n = 0;
            let stop = count_cells(&xml[..cut], 0, false, &mut n);
            count_cells(&xml[stop..], 0, true, &mut n);
            assert_eq!(n, 4, "cut at {cut}");
        }
    }

    #[test]
    fn packed_cells_come_back_as_they_went() {
        let mut b = Vec::new();
        let s = "Rīga".to_string();
        pack(&mut b, (5, 1), &DataRef::SharedString("tekstu"));
        pack(&mut b, (5, 2), &DataRef::String(s));
        pack(&mut b, (6, 0), &DataRef::Float(12.5));
        pack(&mut b, (6, 3), &DataRef::Int(-7));
        pack(&mut b, (7, 4), &DataRef::Bool(true));
        let mut got = Vec::new();
        unpack::<()>(&b, &mut |p, v| {
            got.push((
                p,
                match v {
                    Value::Text(t) => Cell::Text(format!("text:{t}")),
                    Value::Cell(c) => c,
                },
            ));
            Ok(())
        })
        .unwrap();
        assert_eq!(
            got,
            vec![
                ((5, 1), Cell::Text("text:tekstu".into())),
                ((5, 2), Cell::Text("text:Rīga".into())),
                ((6, 0), Cell::Number(12.5)),
                ((6, 3), Cell::Int(-7)),
                ((7, 4), Cell::Bool(true)),
            ]
        );
    }
}
