//! A large xlsx sheet is read by two readers at once (`import::sheet::split`): one from the top,
//! one from a row near the middle. Whatever the sheet, the result must be the one a reading in
//! one piece gives — records, row counts and errors alike. Tested on the shipped ledger and on
//! its sheet rewritten the ways other writers and damaged files differ: cells without
//! references, empty cells, a comment that looks like a row, a row repeated at the split or
//! before it, a bad value and rows out of order after the split. The tests lower the size from
//! which a sheet is split (16 MiB) and have the first reader wait for the second, so that the
//! halves meet whenever they can.

use crate::support::*;
use grantbook::import::expenses::read_expenses;
use grantbook::import::sheet::stream::Source;
use std::io::{Read, Write};
use std::path::Path;

const SHEET: &str = "xl/worksheets/sheet1.xml";

/// The shipped ledger, its sheet's XML rewritten by `edit`.
fn ledger_with(edit: impl Fn(String) -> String) -> Vec<u8> {
    let bytes = std::fs::read(root().join("sample-data/expenses.xlsx")).unwrap();
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut zout = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut content = Vec::new();
        f.read_to_end(&mut content).unwrap();
        if name == SHEET {
            content = edit(String::from_utf8(content).unwrap()).into_bytes();
        }
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zout.start_file(name, opts).unwrap();
        zout.write_all(&content).unwrap();
    }
    zout.finish().unwrap().into_inner()
}

/// The ledger read in one piece and in halves: both results (records and counts, or the
/// error), and whether the halves met.
fn both(bytes: &[u8]) -> (String, String, bool) {
    both_failing(bytes, None)
}

/// `both`, the second reader failing after `fail` cells.
fn both_failing(bytes: &[u8], fail: Option<u64>) -> (String, String, bool) {
    let read = |min: u64| {
        let mut src = Source::from_bytes(bytes.to_vec(), "expenses.xlsx").unwrap();
        src.split_from(min);
        if let Some(n) = fail {
            src.split_fail_after(n);
        }
        let out = match read_expenses(&mut src, Path::new("expenses.xlsx"), None, None, "EUR") {
            Ok((table, rows)) => format!("{table:?}\n{rows:?}"),
            Err(e) => format!("error: {e}"),
        };
        (out, src.read_in_halves())
    };
    let (whole, split) = read(u64::MAX);
    assert!(!split, "a sheet under the size read in one piece");
    let (halves, met) = read(1 << 10);
    (whole, halves, met)
}

/// Where the second reader starts in `xml`: the first `<row r="` at or after 47 % of it.
fn split_of(xml: &str) -> usize {
    let target = xml.len() / 100 * 47;
    target + xml[target..].find("<row r=\"").unwrap()
}

/// The row element starting at `at`.
fn row_at(xml: &str, at: usize) -> &str {
    let end = at + xml[at..].find("</row>").unwrap() + "</row>".len();
    &xml[at..end]
}

/// Row elements' starts, in order.
fn row_starts(xml: &str) -> Vec<usize> {
    xml.match_indices("<row r=\"").map(|(i, _)| i).collect()
}

#[test]
fn the_shipped_ledger_read_in_halves_is_the_ledger_read_whole() {
    let bytes = std::fs::read(root().join("sample-data/expenses.xlsx")).unwrap();
    let (whole, halves, met) = both(&bytes);
    assert!(met, "the halves met");
    assert!(whole.contains("rows_read: 1607"), "{}", &whole[..200]);
    assert_eq!(whole, halves);
}

#[test]
fn cells_without_references_and_empty_cells_read_the_same() {
    // Cells placed by their order in the row (no `r` where it follows the cell before), and
    // empty elements calamine reads as empty cells.
    let bytes = ledger_with(|xml| {
        let column = |r: &str| {
            r.bytes()
                .take_while(u8::is_ascii_uppercase)
                .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
        };
        let mut out = String::with_capacity(xml.len());
        let mut rest = xml.as_str();
        let mut previous = 0u32;
        while let Some(i) = rest.find("<c r=\"") {
            let head = &rest[..i];
            if head.contains("<row") {
                previous = 0;
            }
            out.push_str(head);
            let after = &rest[i + "<c r=\"".len()..];
            let end = after.find('"').unwrap();
            let col = column(&after[..end]);
            if col == previous + 1 {
                out.push_str("<c");
            } else {
                out.push_str(&rest[i..i + "<c r=\"".len() + end + 1]);
            }
            previous = col;
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        out.replace("</row>", "<c/><c s=\"1\"/></row>")
    });
    let (whole, halves, met) = both(&bytes);
    assert!(met, "the halves met");
    assert!(whole.contains("rows_read: 1607"), "{}", &whole[..400]);
    assert_eq!(whole, halves);
}

#[test]
fn a_comment_that_looks_like_a_row_at_the_split_is_not_read_as_one() {
    let bytes = ledger_with(|xml| {
        let at = split_of(&xml);
        let fake = "<!-- <row r=\"99999\"><c r=\"A99999\" t=\"s\"><v>0</v></c></row> -->";
        format!("{}{fake}{}", &xml[..at], &xml[at..])
    });
    let (whole, halves, _) = both(&bytes);
    assert!(whole.contains("rows_read: 1607"));
    assert_eq!(whole, halves);
}

/// A row repeated just before row `k`, the repeat holding one cell more than row `k` (its
/// last): read in one piece, the two elements are one row with that cell.
fn repeat_before(xml: &str, k: usize) -> String {
    let starts = row_starts(xml);
    let original = row_at(xml, starts[k]);
    let last_cell = original.rfind("<c ").unwrap();
    let shorter = format!("{}</row>", &original[..last_cell]);
    format!(
        "{}{original}{shorter}{}",
        &xml[..starts[k]],
        &xml[starts[k] + original.len()..]
    )
}

#[test]
fn a_row_repeated_at_the_split_or_just_before_it_reads_the_same() {
    let bytes = std::fs::read(root().join("sample-data/expenses.xlsx")).unwrap();
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zin.by_name(SHEET)
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    // The rows whose repeat starts exactly at the split, or ends just before it (the first
    // reader then finds the row's number before the split: only its count of cells tells).
    let starts = row_starts(&xml);
    let mut at_split = None;
    let mut before_split = None;
    let middle = starts.len() / 3..starts.len() * 2 / 3;
    for (k, &start) in starts
        .iter()
        .enumerate()
        .take(middle.end)
        .skip(middle.start)
    {
        let edited = repeat_before(&xml, k);
        let s = split_of(&edited);
        if s == start && at_split.is_none() {
            at_split = Some(k);
        }
        let repeat_len = row_at(&xml, start).len();
        if s == start + repeat_len && before_split.is_none() {
            before_split = Some(k);
        }
    }
    for (k, must_meet) in [(at_split.unwrap(), true), (before_split.unwrap(), false)] {
        let bytes = ledger_with(|xml| repeat_before(&xml, k));
        let (whole, halves, met) = both(&bytes);
        assert_eq!(met, must_meet, "row {k}");
        assert!(whole.contains("rows_read: 1607"));
        assert_eq!(whole, halves, "row {k}");
    }
}

#[test]
fn a_damaged_row_after_the_split_is_the_same_error() {
    // A row three quarters down whose number is no number: calamine's error, met by the second
    // reader and then by the first, which reads on from where the second stopped.
    let bytes = ledger_with(|xml| {
        let from = xml.len() / 4 * 3;
        let at = from + xml[from..].find("<c r=\"").unwrap() + "<c r=\"".len();
        format!("{}1{}", &xml[..at], &xml[at..])
    });
    let (whole, halves, met) = both(&bytes);
    assert!(met, "the halves met");
    assert!(whole.starts_with("error: "), "{}", &whole[..200]);
    assert_eq!(whole, halves);
}

#[test]
fn rows_out_of_order_after_the_split_are_the_same_error() {
    let bytes = ledger_with(|xml| {
        let starts = row_starts(&xml);
        let k = starts.len() * 4 / 5;
        let (a, b) = (row_at(&xml, starts[k]), row_at(&xml, starts[k + 1]));
        let end = starts[k + 1] + b.len();
        format!("{}{b}{a}{}", &xml[..starts[k]], &xml[end..])
    });
    let (whole, halves, met) = both(&bytes);
    assert!(met, "the halves met");
    assert!(whole.contains("after row"), "{}", &whole[..200]);
    assert_eq!(whole, halves);
}

#[test]
fn a_second_reader_that_fails_is_read_on_from_where_it_stopped() {
    // However many cells it gave (none, one, some), the first reader skips them and reads
    // the rest itself.
    let bytes = std::fs::read(root().join("sample-data/expenses.xlsx")).unwrap();
    let (reference, _, _) = both(&bytes);
    for n in [0, 1, 2, 7, 1000, 5000] {
        let (whole, halves, met) = both_failing(&bytes, Some(n));
        assert!(met, "the halves met ({n})");
        assert_eq!(whole, reference);
        assert_eq!(halves, reference, "failing after {n} cells");
    }
}

/// Every xlsx fixture (the damaged and hostile ones too) and the shipped sample, read as each
/// kind of table, in one piece and in halves: the same records, counts or errors.
#[test]
fn every_xlsx_fixture_reads_the_same_in_halves() {
    use grantbook::import::{cases::read_cases, rates::read_rates};
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "xlsx") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("tests/fixtures"), &mut files);
    walk(&root().join("sample-data"), &mut files);
    files.sort();
    let mut met = 0;
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let read = |min: u64| -> (Vec<String>, bool) {
            let mut halves = false;
            let mut out = Vec::new();
            for kind in 0..3 {
                let Ok(mut src) = Source::from_bytes(bytes.clone(), "table.xlsx") else {
                    out.push("cannot open".into());
                    continue;
                };
                src.split_from(min);
                let p = Path::new("table.xlsx");
                out.push(match kind {
                    0 => format!("{:?}", read_expenses(&mut src, p, None, None, "EUR")),
                    1 => format!("{:?}", read_cases(&mut src, p, None, None)),
                    _ => format!("{:?}", read_rates(&mut src, p, None, None)),
                });
                halves |= src.read_in_halves();
            }
            (out, halves)
        };
        let (whole, _) = read(u64::MAX);
        let (split, halves) = read(1 << 10);
        assert_eq!(whole, split, "{}", f.display());
        met += usize::from(halves);
    }
    assert!(files.len() > 10, "{} files", files.len());
    assert!(met >= 3, "{met} files read in halves");
}
