//! Measures a zip workbook's XML parts (xlsx, ods) before calamine opens it, so that memory is
//! bounded by the work and not by the file: each part is inflated once through a fixed buffer
//! and refused when one XML event (a tag, a text run, a comment), one cell or one shared string
//! runs longer than `MAX_XML_RUN` bytes (a parser buffers a whole event: 1.5 GB of whitespace
//! between two cells is a 1.5 GB buffer), when a part other than a sheet or the shared strings
//! inflates beyond `MAX_SMALL_PART`, when the shared strings outnumber or outweigh the cells
//! that could use them, or when it declares a DTD. Nothing is kept but counters.

use std::io::Read;

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
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Refusal {
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

/// Measures every XML part of the zip archive `bytes`. An archive the zip reader cannot open is
/// left to the caller (calamine describes it).
pub(super) fn measure(bytes: &[u8]) -> Result<(), Refusal> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut totals = Totals::default();
    let mut buf = vec![0u8; 1 << 16];
    for i in 0..zip.len() {
        let Ok(mut entry) = zip.by_index(i) else {
            continue; // an entry calamine cannot open either; it says so when it needs it
        };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let Some(kind) = kind_of(&name) else {
            continue;
        };
        let mut scan = Scan::new(kind);
        let mut carry = 0usize;
        loop {
            let n = entry
                .read(&mut buf[carry..])
                .map_err(|e| Refusal::Damaged {
                    part: name.clone(),
                    reason: e.to_string(),
                })?;
            let end = carry + n;
            let done = n == 0;
            let used = scan.feed(&buf[..end], done).map_err(|r| r.named(&name))?;
            if kind == Kind::Small && scan.pos > MAX_SMALL_PART {
                return Err(Refusal::BigPart {
                    part: name,
                    size: MAX_SMALL_PART,
                });
            }
            if done {
                break;
            }
            buf.copy_within(used..end, 0);
            carry = end - used;
        }
        totals.add(kind, &scan);
    }
    totals.check()
}

#[derive(Default)]
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
}
