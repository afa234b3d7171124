//! Measures a zip workbook's XML parts (xlsx, ods) before calamine inflates them (on a thread of
//! its own, ahead of calamine: `measuring`, `WorkbookBytes`), so that memory is bounded by the
//! work and not by the file: each part is inflated once more through a fixed buffer
//! and refused when one XML event (a tag, a text run, a comment), one cell or one shared string
//! runs longer than `MAX_XML_RUN` bytes (a parser buffers a whole event: 1.5 GB of whitespace
//! between two cells is a 1.5 GB buffer), when a part other than a sheet or the shared strings
//! inflates beyond `MAX_SMALL_PART`, when the shared strings outnumber or outweigh the cells
//! that could use them, or when it declares a DTD. Nothing is kept but counters.

use std::io::Read;
use std::sync::{Arc, Condvar, Mutex};

/// The longest XML event, cell element (`<c>…</c>`) or shared string (`<si>…</si>`) accepted,
/// in inflated bytes. Excel holds at most 32 767 characters in a cell (≈ 200 KB escaped).
pub(crate) const MAX_XML_RUN: u64 = 4 << 20;

/// The largest inflated size of a part that is neither a sheet nor the shared strings (styles,
/// the workbook, relationships, themes); real ones are a few megabytes at most.
pub(crate) const MAX_SMALL_PART: u64 = 64 << 20;

/// Shared strings beyond the cells that could use them: at most `2 × cells + 10 000` strings
/// and `64 MiB + 256 bytes × cells` of shared-string XML (calamine holds them all).
const SST_SLACK_STRINGS: u64 = 10_000;
const SST_BYTES_PER_CELL: u64 = 256;
const SST_BASE_BYTES: u64 = 64 << 20;

/// Why a workbook was refused; `part` is the zip entry, `at` an offset in its inflated XML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    LongRun {
        part: String,
        at: u64,
    },
    Doctype {
        part: String,
    },
    BigPart {
        part: String,
        size: u64,
    },
    SharedStrings {
        strings: u64,
        bytes: u64,
        cells: u64,
    },
    Damaged {
        part: String,
        reason: String,
    },
}

impl Refusal {
    /// The reason, for `ImportError::unreadable`.
    pub(super) fn reason(&self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Refusal::LongRun { part, at } => Msg::new("err-zip-long-run")
                .arg("part", part)
                .arg("mib", MAX_XML_RUN >> 20)
                .arg("at", *at),
            Refusal::Doctype { part } => Msg::new("err-zip-doctype").arg("part", part),
            Refusal::BigPart { part, size } => Msg::new("err-zip-big-part")
                .arg("part", part)
                .arg("size", *size)
                .arg("mib", MAX_SMALL_PART >> 20),
            Refusal::SharedStrings {
                strings,
                bytes,
                cells,
            } => Msg::new("err-zip-strings")
                .arg("strings", *strings)
                .arg("bytes", *bytes)
                .arg("cells", *cells),
            Refusal::Damaged { part, reason } => Msg::new("err-zip-damaged")
                .arg("part", part)
                .arg("detail", reason),
        }
    }
}

/// What a part is, by its name: sheets and the shared strings may be large.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sheet,
    SharedStrings,
    Small,
}

fn kind_of(name: &str) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    if !(lower.ends_with(".xml") || lower.ends_with(".rels")) {
        return None; // calamine parses no other part of a workbook it is asked to read
    }
    Some(if lower.contains("sharedstrings") {
        Kind::SharedStrings
    } else if lower.contains("sheet") || lower.ends_with("content.xml") {
        Kind::Sheet
    } else {
        Kind::Small
    })
}

/// `measure` for the benchmark (examples/bare_read.rs `--scan`): the refusal's reason, if any.
pub fn check_zip_workbook(bytes: &[u8]) -> Result<(), String> {
    measure(bytes).map_err(|r| r.reason().text(crate::model::project::Lang::En))
}

/// Measures every XML part of the zip archive `bytes`, one after the other in the archive's
/// order. An archive the zip reader cannot open is left to the caller (calamine describes it).
pub(super) fn measure(bytes: &[u8]) -> Result<(), Refusal> {
    let Some(parts) = parts_of(bytes) else {
        return Ok(());
    };
    let order: Vec<usize> = (0..parts.len()).collect();
    measure_parts(bytes, &parts, &order, &mut |_, _| true, &mut |_| {})
}

/// One XML part of the archive, and where its compressed bytes lie.
struct Part {
    /// Its index in the archive.
    index: usize,
    name: String,
    kind: Kind,
    /// Its compressed bytes, `start..end` in the archive.
    start: u64,
    end: u64,
    /// Deflated and not encrypted: inflated here from its compressed bytes, so that how far
    /// they have been measured is known; any other part goes through the zip reader whole.
    deflated: bool,
    /// The declared inflated size and CRC-32, which the zip reader holds each part to.
    size: u64,
    crc: u32,
}

/// The XML parts that `measure` reads, in the archive's order (entries the zip reader cannot
/// open are calamine's to describe, as before); `None` when it is no readable archive.
fn parts_of(bytes: &[u8]) -> Option<Vec<Part>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else {
            continue;
        };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let Some(kind) = kind_of(&name) else {
            continue;
        };
        let len = bytes.len() as u64;
        let start = entry.data_start()?;
        parts.push(Part {
            index: i,
            name,
            kind,
            start: start.min(len),
            end: start.saturating_add(entry.compressed_size()).min(len),
            deflated: entry.compression() == zip::CompressionMethod::Deflated && !entry.encrypted(),
            size: entry.size(),
            crc: entry.crc32(),
        });
    }
    Some(parts)
}

/// Measures `parts` in the given `order` and checks the totals. The refusal is that of the
/// first refused part in the archive's order (parts after it are not measured), as when they
/// are measured in that order. `checked(i, at)` is told, as the part `i` is measured, that its
/// compressed bytes before `at` inflate to XML already measured, and answers whether anyone
/// still waits for the rest; `totals_known(t)` is told the shared strings' totals once they
/// are all measured.
fn measure_parts(
    bytes: &[u8],
    parts: &[Part],
    order: &[usize],
    checked: &mut dyn FnMut(usize, u64) -> bool,
    totals_known: &mut dyn FnMut(&Totals),
) -> Result<(), Refusal> {
    let mut totals = Totals::default();
    let mut first_refused: Option<(usize, Refusal)> = None;
    let mut strings_left = parts
        .iter()
        .filter(|p| p.kind == Kind::SharedStrings)
        .count();
    if strings_left == 0 {
        totals_known(&totals);
    }
    for &i in order {
        if first_refused.as_ref().is_some_and(|(r, _)| *r < i) {
            continue;
        }
        let p = &parts[i];
        let scanned = if p.deflated {
            measure_deflated(bytes, p, &mut |at| checked(i, at))
        } else {
            measure_whole(bytes, p)
        };
        match scanned {
            Ok(scan) => {
                totals.add(p.kind, &scan);
                if !checked(i, p.end) {
                    return Err(abandoned(p));
                }
            }
            Err(r) => {
                first_refused = Some((i, r));
                continue;
            }
        }
        if p.kind == Kind::SharedStrings {
            strings_left -= 1;
            if strings_left == 0 {
                totals_known(&totals);
            }
        }
    }
    match first_refused {
        Some((_, r)) => Err(r),
        None => totals.check(),
    }
}

/// A part's inflated XML, as `scan_part` reads it.
trait Inflated {
    /// Fills the start of `buf`; returns how many bytes (0 at the end).
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize>;
    /// The bytes of the last read have been scanned; it was asked for `wanted` bytes. False
    /// when no one waits for the measuring any more.
    fn scanned(&mut self, _n: usize, _wanted: usize) -> bool {
        true
    }
}

/// Feeds one part's inflated XML, read into a fixed buffer, to a scanner. Refused as `measure`
/// describes.
fn scan_part(p: &Part, src: &mut dyn Inflated) -> Result<Scan, Refusal> {
    let mut scan = Scan::new(p.kind);
    let mut buf = vec![0u8; 1 << 16];
    let mut carry = 0usize;
    loop {
        let n = src.read(&mut buf[carry..]).map_err(|e| Refusal::Damaged {
            part: p.name.clone(),
            reason: e.to_string(),
        })?;
        let end = carry + n;
        let done = n == 0;
        let used = scan.feed(&buf[..end], done).map_err(|r| r.named(&p.name))?;
        if p.kind == Kind::Small && scan.pos > MAX_SMALL_PART {
            return Err(Refusal::BigPart {
                part: p.name.clone(),
                size: MAX_SMALL_PART,
            });
        }
        if !src.scanned(n, buf.len() - carry) {
            return Err(abandoned(p));
        }
        if done {
            return Ok(scan);
        }
        buf.copy_within(used..end, 0);
        carry = end - used;
    }
}

/// The measuring stopped because no one waits for it (never shown).
fn abandoned(p: &Part) -> Refusal {
    Refusal::Damaged {
        part: p.name.clone(),
        reason: "its measuring was abandoned".into(),
    }
}

/// A part through the zip reader (stored, or a method calamine cannot read either).
struct Whole<'z, R: Read>(zip::read::ZipFile<'z, R>);

impl<R: Read> Inflated for Whole<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

fn measure_whole(bytes: &[u8], p: &Part) -> Result<Scan, Refusal> {
    let damaged = |e: &dyn std::fmt::Display| Refusal::Damaged {
        part: p.name.clone(),
        reason: e.to_string(),
    };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let entry = zip.by_index(p.index).map_err(|e| damaged(&e))?;
    let scanned = scan_part(p, &mut Whole(entry));
    scanned
}

/// The size of the buffer through which the zip reader hands compressed bytes to its inflater
/// (its `BufReader`): the same runs of inflated bytes come out here as there.
const RAW_WINDOW: usize = 8 << 10;

/// A part's compressed bytes as a `BufRead` that hands them out `RAW_WINDOW` at a time, and
/// knows how many the inflater has taken.
struct Window<'a> {
    raw: &'a [u8],
    pos: usize,
    end: usize,
}

impl Read for Window<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = {
            let b = std::io::BufRead::fill_buf(self)?;
            let n = b.len().min(out.len());
            out[..n].copy_from_slice(&b[..n]);
            n
        };
        std::io::BufRead::consume(self, n);
        Ok(n)
    }
}

impl std::io::BufRead for Window<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.pos == self.end {
            self.end = (self.pos + RAW_WINDOW).min(self.raw.len());
        }
        Ok(&self.raw[self.pos..self.end])
    }
    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.end);
    }
}

/// A deflated part inflated from its compressed bytes and held, as the zip reader holds it, to
/// its declared size and CRC-32 (with the zip reader's words for both).
struct Deflated<'a, 'c> {
    inflater: flate2::bufread::DeflateDecoder<Window<'a>>,
    crc: crc32fast::Hasher,
    total: u64,
    size: u64,
    expected: u32,
    start: u64,
    checked: &'c mut dyn FnMut(u64) -> bool,
}

impl Inflated for Deflated<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inflater.read(buf)?;
        self.total = self.total.saturating_add(n as u64);
        if self.total > self.size {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "File is larger than its declared uncompressed size",
            ));
        }
        if n == 0 && !buf.is_empty() && self.crc.clone().finalize() != self.expected {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "Invalid checksum",
            ));
        }
        self.crc.update(&buf[..n]);
        Ok(n)
    }

    /// A read that did not fill its buffer inflated all the compressed bytes handed out so far
    /// (the inflater stops only when its input or its output runs out): all they inflate to
    /// has now been measured.
    fn scanned(&mut self, n: usize, wanted: usize) -> bool {
        n >= wanted || (self.checked)(self.start + self.inflater.get_ref().pos as u64)
    }
}

fn measure_deflated(
    bytes: &[u8],
    p: &Part,
    checked: &mut dyn FnMut(u64) -> bool,
) -> Result<Scan, Refusal> {
    let raw = &bytes[p.start as usize..p.end as usize];
    let mut src = Deflated {
        inflater: flate2::bufread::DeflateDecoder::new(Window {
            raw,
            pos: 0,
            end: 0,
        }),
        crc: crc32fast::Hasher::new(),
        total: 0,
        size: p.size,
        expected: p.crc,
        start: p.start,
        checked,
    };
    scan_part(p, &mut src)
}

/// A workbook's bytes as calamine reads them. When the workbook is being measured on a thread
/// of its own (`measuring`), a read of a part's compressed bytes waits until the measuring
/// thread has inflated and measured what they inflate to: calamine never inflates XML that has
/// not passed the bounds, and the two run side by side instead of one after the other.
#[derive(Clone)]
pub(crate) struct WorkbookBytes {
    bytes: Arc<Vec<u8>>,
    pos: u64,
    gate: Option<Arc<Gate>>,
    /// Bytes known to be readable (only ever more of them become so).
    open: std::ops::Range<u64>,
}

/// What the measuring thread found; `wait` before trusting what calamine read.
pub(crate) struct Verdict(Option<Arc<Gate>>);

impl Verdict {
    /// Nothing to wait for (measured before, or not a zip workbook).
    pub(crate) fn none() -> Verdict {
        Verdict(None)
    }

    /// The measurement's result, once the measuring thread has finished.
    pub(crate) fn wait(&self) -> Result<(), Refusal> {
        let Some(gate) = &self.0 else {
            return Ok(());
        };
        let mut st = gate.lock();
        loop {
            if let Some(v) = &st.verdict {
                return v.clone();
            }
            st = gate.moved.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// The parts' compressed bytes and how far each has been measured; shared by the measuring
/// thread and the reader calamine holds.
struct Gate {
    /// The measured parts' compressed bytes, sorted and apart (an archive whose XML parts
    /// overlap is measured whole before calamine opens it).
    regions: Vec<std::ops::Range<u64>>,
    state: Mutex<GateState>,
    moved: Condvar,
}

struct GateState {
    /// Per region: the compressed bytes before this offset are measured.
    checked: Vec<u64>,
    verdict: Option<Result<(), Refusal>>,
}

impl Gate {
    fn lock(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The end of the readable bytes from `pos` on, or `None` while `pos` is not measured yet.
    fn open_from(&self, st: &GateState, pos: u64) -> Option<std::ops::Range<u64>> {
        let i = self.regions.partition_point(|r| r.start <= pos);
        match i.checked_sub(1).map(|j| (j, &self.regions[j])) {
            Some((j, r)) if pos < r.end => {
                (st.checked[j] > pos).then(|| r.start.max(pos)..st.checked[j])
            }
            // Between parts (zip headers, parts not measured): readable up to the next part.
            _ => {
                let from = i.checked_sub(1).map_or(0, |j| self.regions[j].end);
                Some(from..self.regions.get(i).map_or(u64::MAX, |r| r.start))
            }
        }
    }

    /// Whether a read of `pos..end` starts inside a part and runs past its end. The zip reader
    /// inflates a part through a reader that stops at the part's end, so such a read is never
    /// inflated: it is the zip reader looking for its directory at the end of the file.
    fn passes_over(&self, pos: u64, end: u64) -> bool {
        let i = self.regions.partition_point(|r| r.start <= pos);
        i.checked_sub(1)
            .is_some_and(|j| pos < self.regions[j].end && end > self.regions[j].end)
    }

    /// Waits until `pos` is readable; an error once the workbook is refused.
    fn wait_open(&self, pos: u64) -> std::io::Result<std::ops::Range<u64>> {
        let mut st = self.lock();
        loop {
            if let Some(open) = self.open_from(&st, pos) {
                return Ok(open);
            }
            if let Some(Err(r)) = &st.verdict {
                return Err(std::io::Error::other(
                    r.reason().text(crate::model::project::Lang::En),
                ));
            }
            st = self.moved.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }

    fn checked(&self, region: usize, at: u64) {
        let mut st = self.lock();
        if st.checked[region] < at {
            st.checked[region] = at;
            self.moved.notify_all();
        }
    }

    fn decide(&self, verdict: Result<(), Refusal>) {
        let mut st = self.lock();
        if st.verdict.is_none() {
            if verdict.is_ok() {
                for (c, r) in st.checked.iter_mut().zip(&self.regions) {
                    *c = r.end;
                }
            }
            st.verdict = Some(verdict);
        }
        self.moved.notify_all();
    }
}

/// Decides the gate if the measuring thread ends without deciding (a panic).
struct Decides(Arc<Gate>);

impl Drop for Decides {
    fn drop(&mut self) {
        self.0.decide(Err(Refusal::Damaged {
            part: String::new(),
            reason: "its measuring stopped unexpectedly".into(),
        }));
    }
}

impl WorkbookBytes {
    /// The whole file's bytes.
    pub(crate) fn shared(&self) -> Arc<Vec<u8>> {
        self.bytes.clone()
    }

    /// Waits until the bytes before `upto` are measured (at once when nothing is measuring);
    /// an error once the workbook is refused.
    pub(crate) fn wait_measured(&self, upto: u64) -> std::io::Result<()> {
        match (&self.gate, upto.checked_sub(1)) {
            (Some(gate), Some(last)) => gate.wait_open(last).map(|_| ()),
            _ => Ok(()),
        }
    }

    /// Bytes read as they are (not a zip workbook, or one measured already).
    pub(crate) fn plain(bytes: Vec<u8>) -> WorkbookBytes {
        WorkbookBytes {
            bytes: Arc::new(bytes),
            pos: 0,
            gate: None,
            open: 0..u64::MAX,
        }
    }
}

impl Read for WorkbookBytes {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let len = self.bytes.len() as u64;
        if self.pos >= len || buf.is_empty() {
            return Ok(0);
        }
        let mut end = self.open.end;
        if !self.open.contains(&self.pos) {
            if let Some(gate) = &self.gate {
                let wanted = self.pos.saturating_add(buf.len() as u64);
                end = match gate.passes_over(self.pos, wanted) {
                    true => wanted,
                    false => {
                        self.open = gate.wait_open(self.pos)?;
                        self.open.end
                    }
                };
            }
        }
        let end = end.min(len);
        let n = ((end - self.pos) as usize).min(buf.len());
        let at = self.pos as usize;
        buf[..n].copy_from_slice(&self.bytes[at..at + n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl std::io::Seek for WorkbookBytes {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let (base, off) = match to {
            std::io::SeekFrom::Start(n) => {
                self.pos = n;
                return Ok(n);
            }
            std::io::SeekFrom::End(off) => (self.bytes.len() as u64, off),
            std::io::SeekFrom::Current(off) => (self.pos, off),
        };
        match base.checked_add_signed(off) {
            Some(n) => {
                self.pos = n;
                Ok(n)
            }
            None => Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "invalid seek to a negative or overflowing position",
            )),
        }
    }
}

/// Measures a workbook before calamine reads it (`measure`), for workbooks that are read
/// whole: the same as `measuring` with the waiting done first.
pub(crate) fn measured(bytes: Vec<u8>) -> Result<WorkbookBytes, Refusal> {
    if bytes.starts_with(b"PK") {
        measure(&bytes)?;
    }
    Ok(WorkbookBytes::plain(bytes))
}

/// Starts measuring a zip workbook on a thread of its own and returns the bytes for calamine,
/// gated by that measuring (see `WorkbookBytes`), and the verdict to wait for. The parts are
/// measured small ones first, then the shared strings, then the sheets from the smallest, so
/// that calamine can open the workbook while its large sheet is still being measured. The
/// shared strings stay closed until their totals are known to pass whatever the cells (calamine
/// holds them all when it opens the workbook); otherwise until everything is measured. An
/// archive whose XML parts overlap is measured whole first. Not a zip archive: read as it is.
pub(crate) fn measuring(bytes: Vec<u8>) -> Result<(WorkbookBytes, Verdict), Refusal> {
    let parts = match bytes.starts_with(b"PK").then(|| parts_of(&bytes)).flatten() {
        Some(p) => p,
        None => return Ok((WorkbookBytes::plain(bytes), Verdict(None))),
    };
    let mut regions: Vec<(std::ops::Range<u64>, usize)> = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| p.start < p.end)
        .map(|(i, p)| (p.start..p.end, i))
        .collect();
    regions.sort_by_key(|(r, _)| r.start);
    if regions.windows(2).any(|w| w[0].0.end > w[1].0.start) {
        return Ok((measured(bytes)?, Verdict(None)));
    }
    // Part → its region, if it has one.
    let mut region_of = vec![None; parts.len()];
    for (j, (_, i)) in regions.iter().enumerate() {
        region_of[*i] = Some(j);
    }
    let gate = Arc::new(Gate {
        state: Mutex::new(GateState {
            checked: regions.iter().map(|(r, _)| r.start).collect(),
            verdict: None,
        }),
        regions: regions.into_iter().map(|(r, _)| r).collect(),
        moved: Condvar::new(),
    });
    let bytes = Arc::new(bytes);
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| {
        let p = &parts[i];
        let rank = match p.kind {
            Kind::Small => 0,
            Kind::SharedStrings => 1,
            Kind::Sheet => 2,
        };
        (rank, if rank == 2 { p.end - p.start } else { 0 }, i)
    });
    let (thread_gate, thread_bytes) = (gate.clone(), bytes.clone());
    let spawned = std::thread::Builder::new()
        .name("measure".into())
        .spawn(move || {
            let decides = Decides(thread_gate);
            let gate = &decides.0;
            // Gated parts other than the shared strings open as they are measured.
            let mut checked = |i: usize, at: u64| {
                if parts[i].kind != Kind::SharedStrings {
                    if let Some(j) = region_of[i] {
                        gate.checked(j, at);
                    }
                }
                // Neither calamine's reader nor the verdict is held any more: stop.
                Arc::strong_count(gate) > 1
            };
            let mut totals_known = |t: &Totals| {
                if t.pass_without_cells() {
                    for (i, p) in parts.iter().enumerate() {
                        if let (Kind::SharedStrings, Some(j)) = (p.kind, region_of[i]) {
                            gate.checked(j, p.end);
                        }
                    }
                }
            };
            let verdict = measure_parts(
                &thread_bytes,
                &parts,
                &order,
                &mut checked,
                &mut totals_known,
            );
            gate.decide(verdict);
        });
    if spawned.is_err() {
        // No thread to be had: measured here, first.
        let bytes = Arc::try_unwrap(bytes).unwrap_or_else(|b| b.to_vec());
        return Ok((measured(bytes)?, Verdict(None)));
    }
    let reader = WorkbookBytes {
        bytes,
        pos: 0,
        gate: Some(gate.clone()),
        open: 0..0,
    };
    Ok((reader, Verdict(Some(gate))))
}

#[derive(Default, Clone, Copy)]
struct Totals {
    cells: u64,
    strings: u64,
    sst_bytes: u64,
}

impl Totals {
    fn add(&mut self, kind: Kind, s: &Scan) {
        self.cells = self.cells.saturating_add(s.cells);
        if kind == Kind::SharedStrings {
            self.strings = self.strings.saturating_add(s.strings);
            self.sst_bytes = self.sst_bytes.saturating_add(s.pos);
        }
    }
    /// Whether the shared strings pass `check` however few the cells.
    fn pass_without_cells(&self) -> bool {
        Totals { cells: 0, ..*self }.check().is_ok()
    }

    fn check(&self) -> Result<(), Refusal> {
        let max_strings = self
            .cells
            .saturating_mul(2)
            .saturating_add(SST_SLACK_STRINGS);
        let max_bytes =
            SST_BASE_BYTES.saturating_add(self.cells.saturating_mul(SST_BYTES_PER_CELL));
        if self.strings > max_strings || self.sst_bytes > max_bytes {
            return Err(Refusal::SharedStrings {
                strings: self.strings,
                bytes: self.sst_bytes,
                cells: self.cells,
            });
        }
        Ok(())
    }
}

/// Where the scanner is: in text, or inside a construct that ends with `end`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Text,
    /// A start or end tag; `quote` is the open attribute quote, if any.
    Tag {
        quote: u8,
    },
    /// A comment, CDATA section or processing instruction, ending with this marker.
    Until(&'static [u8]),
}

/// One part's scanner. `pos` is the absolute offset of the next byte fed.
struct Scan {
    kind: Kind,
    pos: u64,
    state: State,
    /// Where the current event (text run, tag, comment) began.
    event_start: u64,
    /// Where the open `<c>` or `<si>` element began.
    item_start: Option<u64>,
    /// Inside the start tag of that element (`<c r="A1"/>` closes it at once).
    in_item_tag: bool,
    /// The byte before `buf[0]`, to see the `/` of a `/>` split across two reads.
    prev: u8,
    cells: u64,
    strings: u64,
}

struct Long {
    at: u64,
    doctype: bool,
}

impl Long {
    fn named(self, part: &str) -> Refusal {
        if self.doctype {
            Refusal::Doctype { part: part.into() }
        } else {
            Refusal::LongRun {
                part: part.into(),
                at: self.at,
            }
        }
    }
}

/// The local name of a tag (after `<` or `</`, without a namespace prefix).
fn local_name(tag: &[u8]) -> &[u8] {
    let end = tag
        .iter()
        .position(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
        .unwrap_or(tag.len());
    let name = &tag[..end];
    match name.iter().position(|b| *b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

impl Scan {
    fn new(kind: Kind) -> Scan {
        Scan {
            kind,
            pos: 0,
            state: State::Text,
            event_start: 0,
            item_start: None,
            in_item_tag: false,
            prev: 0,
            cells: 0,
            strings: 0,
        }
    }

    fn too_long(&self, at: u64) -> Result<(), Long> {
        let over = |start: u64| at.saturating_sub(start) > MAX_XML_RUN;
        if over(self.event_start) || self.item_start.is_some_and(over) {
            return Err(Long { at, doctype: false });
        }
        Ok(())
    }

    /// Scans `buf` (which starts at `self.pos`); returns how many bytes were consumed. Bytes
    /// after an unfinished `<` near the end are left for the next call unless `last`.
    fn feed(&mut self, buf: &[u8], last: bool) -> Result<usize, Long> {
        let mut i = 0;
        while i < buf.len() {
            match self.state {
                State::Text => {
                    let Some(lt) = memchr::memchr(b'<', &buf[i..]) else {
                        break;
                    };
                    let j = i + lt;
                    // A tag's start needs its first bytes in view (`<![CDATA[`, a name).
                    if !last && buf.len() - j < 24 {
                        self.pos += j as u64;
                        self.prev = if j > 0 { buf[j - 1] } else { self.prev };
                        self.too_long(self.pos)?;
                        return Ok(j);
                    }
                    self.too_long(self.pos + j as u64)?;
                    i = self.open(&buf[j..], self.pos + j as u64)? + j;
                }
                State::Tag { quote } => {
                    // Tags are short: a byte loop beats a search call per quote here.
                    let mut quote = quote;
                    let mut j = i;
                    while j < buf.len() {
                        let b = buf[j];
                        if quote == 0 {
                            if b == b'>' {
                                break;
                            }
                            if b == b'"' || b == b'\'' {
                                quote = b;
                            }
                        } else if b == quote {
                            quote = 0;
                        }
                        j += 1;
                    }
                    if j == buf.len() {
                        self.state = State::Tag { quote };
                        break;
                    }
                    let before = if j > 0 { buf[j - 1] } else { self.prev };
                    if std::mem::take(&mut self.in_item_tag) && before == b'/' {
                        self.item_start = None;
                    }
                    self.too_long(self.pos + j as u64)?;
                    self.event_start = self.pos + j as u64 + 1;
                    self.state = State::Text;
                    i = j + 1;
                }
                State::Until(end) => {
                    let Some(k) = memchr::memmem::find(&buf[i..], end) else {
                        // Keep the marker's possible first bytes for the next call.
                        let keep = if last { 0 } else { end.len() - 1 };
                        let stop = buf.len().saturating_sub(keep).max(i);
                        self.pos += stop as u64;
                        self.prev = if stop > 0 { buf[stop - 1] } else { self.prev };
                        self.too_long(self.pos)?;
                        return Ok(stop);
                    };
                    let j = i + k + end.len();
                    self.too_long(self.pos + j as u64)?;
                    self.event_start = self.pos + j as u64;
                    self.state = State::Text;
                    i = j;
                }
            }
        }
        self.pos += buf.len() as u64;
        self.prev = buf.last().copied().unwrap_or(self.prev);
        self.too_long(self.pos)?;
        Ok(buf.len())
    }

    /// Handles the `<` at the start of `tag` (absolute offset `at`); returns the bytes taken.
    fn open(&mut self, tag: &[u8], at: u64) -> Result<usize, Long> {
        self.event_start = at;
        if tag.starts_with(b"<!--") {
            self.state = State::Until(b"-->");
            return Ok(4);
        }
        if tag.starts_with(b"<![CDATA[") {
            self.state = State::Until(b"]]>");
            return Ok(9);
        }
        if tag.starts_with(b"<?") {
            self.state = State::Until(b"?>");
            return Ok(2);
        }
        if tag.starts_with(b"<!") {
            return Err(Long { at, doctype: true });
        }
        let closing = tag.get(1) == Some(&b'/');
        let name = local_name(&tag[if closing { 2 } else { 1 }..]);
        let item = matches!((self.kind, name), (Kind::SharedStrings, b"si") | (_, b"c"));
        if item {
            if closing {
                self.item_start = None;
            } else {
                if name == b"si" {
                    self.strings += 1;
                } else {
                    self.cells += 1;
                }
                self.item_start = Some(at);
                self.in_item_tag = true;
            }
        }
        self.state = State::Tag { quote: 0 };
        Ok(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(kind: Kind, xml: &[u8], chunk: usize) -> Result<Scan, Long> {
        let mut s = Scan::new(kind);
        let mut carry: Vec<u8> = Vec::new();
        for piece in xml.chunks(chunk) {
            carry.extend_from_slice(piece);
            let used = s.feed(&carry, false)?;
            carry.drain(..used);
        }
        s.feed(&carry, true)?;
        Ok(s)
    }

    #[test]
    fn a_sheet_is_counted_across_any_chunking() {
        let xml = br#"<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><x:c r="B1"/><c r="C1" t="inlineStr"><is><t>a &gt; b</t></is></c></row></sheetData><!-- a <c> in a comment --></worksheet>"#;
        for chunk in [1, 3, 7, 64, 4096] {
            let s = scan(Kind::Sheet, xml, chunk).unwrap_or_else(|_| panic!("chunk {chunk}"));
            assert_eq!(s.cells, 3, "chunk {chunk}");
            assert_eq!(s.pos, xml.len() as u64);
        }
    }

    #[test]
    fn whitespace_between_cells_beyond_the_bound_is_refused_where_it_starts() {
        let mut xml = b"<sheetData><row><c r=\"A1\"><v>1</v></c>".to_vec();
        let start = xml.len() as u64;
        xml.extend(std::iter::repeat_n(b' ', (MAX_XML_RUN + 10) as usize));
        xml.extend_from_slice(b"<c r=\"B1\"/></row></sheetData>");
        let err = scan(Kind::Sheet, &xml, 1 << 16).err().expect("refused");
        assert!(err.at > start + MAX_XML_RUN && err.at < start + MAX_XML_RUN + (1 << 16) + 30);
    }

    #[test]
    fn a_long_attribute_a_comment_and_a_cell_of_many_runs_are_each_bounded() {
        let big = "<>".repeat((MAX_XML_RUN / 2 + 8) as usize);
        let attr = format!("<c r=\"A1\" x=\"{big}\"/>");
        let comment = format!("<!--{big}-->");
        let runs = format!(
            "<si>{}</si>",
            "<r><t>x</t></r>".repeat((MAX_XML_RUN / 15 + 2) as usize)
        );
        assert!(scan(Kind::Sheet, attr.as_bytes(), 1 << 16).is_err());
        assert!(scan(Kind::Sheet, comment.as_bytes(), 1 << 16).is_err());
        assert!(scan(Kind::SharedStrings, runs.as_bytes(), 1 << 16).is_err());
        // The same many runs spread over many strings pass.
        let many = "<si><r><t>x</t></r></si>".repeat(300_000);
        let s = scan(Kind::SharedStrings, many.as_bytes(), 1 << 16).unwrap_or_else(|_| panic!());
        assert_eq!(s.strings, 300_000);
    }

    #[test]
    fn content_after_the_last_self_closing_cell_is_not_counted_as_its_run() {
        let tail = "<mergeCell ref=\"A1:B1\"/>".repeat((MAX_XML_RUN / 20) as usize);
        let xml = format!("<row><c r=\"A1\"/></row><mergeCells>{tail}</mergeCells>");
        for chunk in [4096, 1 << 16] {
            assert!(
                scan(Kind::Sheet, xml.as_bytes(), chunk).is_ok(),
                "chunk {chunk}"
            );
        }
    }

    #[test]
    fn a_dtd_is_refused() {
        let e = scan(Kind::Small, b"<!DOCTYPE x [<!ENTITY a \"b\">]><x/>", 4096)
            .err()
            .expect("refused");
        assert!(e.doctype);
    }

    #[test]
    fn shared_strings_are_bounded_by_the_cells() {
        let mut t = Totals {
            cells: 100,
            strings: 210,
            sst_bytes: 1000,
        };
        assert!(t.check().is_ok());
        t.strings = 10_300;
        assert!(t.check().is_err());
    }

    /// A zip archive of `parts` (name, XML), deflated.
    fn zip_of(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, xml) in parts {
            w.start_file(*name, opts).unwrap();
            w.write_all(xml).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn sheet_of(cells: usize, filler: &[u8]) -> Vec<u8> {
        let mut xml = b"<worksheet><sheetData><row r=\"1\">".to_vec();
        for i in 0..cells {
            xml.extend_from_slice(format!("<c r=\"A{}\"><v>{i}</v></c>", i + 1).as_bytes());
            xml.extend_from_slice(filler);
        }
        xml.extend_from_slice(b"</row></sheetData></worksheet>");
        xml
    }

    /// Reads every part through the gated bytes, as calamine would: what it gets, or the error.
    /// Each part's bytes as read, or the reader's error.
    type PartsRead = Vec<Result<Vec<u8>, String>>;

    fn read_gated(bytes: Vec<u8>) -> (PartsRead, Result<(), Refusal>) {
        let (reader, verdict) = measuring(bytes).unwrap_or_else(|r| panic!("{r:?}"));
        let mut zip = zip::ZipArchive::new(reader).unwrap();
        let mut out = Vec::new();
        for i in 0..zip.len() {
            // The zip reader reads ahead of a part's header into its bytes: that read waits too.
            let got = zip
                .by_index(i)
                .map_err(|e| e.to_string())
                .and_then(|mut f| {
                    let mut v = Vec::new();
                    f.read_to_end(&mut v).map(|_| v).map_err(|e| e.to_string())
                });
            out.push(got);
        }
        (out, verdict.wait())
    }

    #[test]
    fn the_gated_bytes_read_as_the_archive_and_the_verdict_is_the_sequential_one() {
        let sheet = sheet_of(200_000, b"");
        let parts = [
            ("xl/workbook.xml", b"<workbook/>".to_vec()),
            ("xl/worksheets/sheet1.xml", sheet.clone()),
            ("xl/worksheets/sheet2.xml", sheet_of(10, b"  ")),
        ];
        let bytes = zip_of(&parts);
        assert_eq!(measure(&bytes), Ok(()));
        let (read, verdict) = read_gated(bytes);
        assert_eq!(verdict, Ok(()));
        for ((_, xml), got) in parts.iter().zip(read) {
            assert_eq!(got.as_ref(), Ok(xml));
        }
    }

    #[test]
    fn a_bomb_is_refused_and_its_run_never_reaches_the_reader() {
        let run = vec![b' '; (MAX_XML_RUN + (1 << 20)) as usize];
        let mut bomb = b"<worksheet><sheetData><row><c r=\"A1\"><v>1</v></c>".to_vec();
        bomb.extend_from_slice(&run);
        bomb.extend_from_slice(b"<c r=\"B1\"/></row></sheetData></worksheet>");
        let bytes = zip_of(&[
            ("xl/workbook.xml", b"<workbook/>".to_vec()),
            ("xl/worksheets/sheet1.xml", bomb.clone()),
        ]);
        let expected = measure(&bytes);
        assert!(matches!(expected, Err(Refusal::LongRun { .. })));
        let (read, verdict) = read_gated(bytes);
        assert_eq!(verdict, expected);
        assert_eq!(read[0].as_deref(), Ok(&b"<workbook/>"[..]));
        assert!(read[1].is_err(), "the bomb's part is not read whole");
    }

    #[test]
    fn of_two_refused_parts_the_first_in_the_archive_is_named_in_any_order() {
        let long = vec![b'x'; (MAX_XML_RUN + 10) as usize];
        let mut sheet = b"<sheetData><c r=\"A1\" q=\"".to_vec();
        sheet.extend_from_slice(&long);
        sheet.extend_from_slice(b"\"/></sheetData>");
        let bytes = zip_of(&[
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/workbook.xml", b"<!DOCTYPE x><workbook/>".to_vec()),
        ]);
        let expected = measure(&bytes);
        assert!(matches!(&expected, Err(Refusal::LongRun { part, .. }) if part.contains("sheet1")));
        assert_eq!(read_gated(bytes).1, expected);
    }
}
