//! Helpers for the claim tests: a temporary copy of the mini project (the repository is never
//! written), running `grantbook claim`, and reading a workbook back as a text grid.

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// A temporary copy of tests/fixtures/mini.
pub fn mini_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    for e in std::fs::read_dir(&src).expect("mini fixture") {
        let p = e.expect("entry").path();
        if p.is_file() {
            std::fs::copy(&p, dir.path().join(p.file_name().expect("name"))).expect("copy");
        }
    }
    dir
}

/// Runs grantbook with `args` after `--project <dir>/project.toml --out <dir>/<out>`; returns
/// the exit code and the out folder.
pub fn run(dir: &Path, out: &str, args: &[&str]) -> (u8, PathBuf) {
    let project = dir.join("project.toml");
    let out = dir.join(out);
    let mut v: Vec<String> = vec![
        "grantbook".into(),
        "--project".into(),
        project.display().to_string(),
        "--out".into(),
        out.display().to_string(),
    ];
    v.extend(args.iter().map(|s| s.to_string()));
    let code = match grantbook::cli::run(v) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e:#}");
            2
        }
    };
    (code, out)
}

pub fn run_err(dir: &Path, out: &str, args: &[&str]) -> String {
    let project = dir.join("project.toml");
    let out = dir.join(out);
    let mut v: Vec<String> = vec![
        "grantbook".into(),
        "--project".into(),
        project.display().to_string(),
        "--out".into(),
        out.display().to_string(),
    ];
    v.extend(args.iter().map(|s| s.to_string()));
    match grantbook::cli::run(v) {
        Ok(c) => panic!("expected an error, got exit {c}"),
        Err(e) => format!("{e:#}"),
    }
}

pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).expect("json")).expect("valid json")
}

pub struct Book {
    pub xlsx: Xlsx<Cursor<Vec<u8>>>,
}

impl Book {
    pub fn open(path: &Path) -> Book {
        let bytes = std::fs::read(path).expect("xlsx");
        Book {
            xlsx: open_workbook_from_rs(Cursor::new(bytes)).expect("a workbook"),
        }
    }
    pub fn names(&self) -> Vec<String> {
        self.xlsx.sheet_names()
    }
    /// The cached value at (row, col), 0-based.
    pub fn value(&mut self, sheet: &str, r: u32, c: u32) -> Data {
        let range = self.xlsx.worksheet_range(sheet).expect("sheet");
        range.get_value((r, c)).cloned().unwrap_or(Data::Empty)
    }
    pub fn formula(&mut self, sheet: &str, r: u32, c: u32) -> String {
        let range = self.xlsx.worksheet_formula(sheet).expect("sheet");
        range.get_value((r, c)).cloned().unwrap_or_default()
    }
    /// Every non-empty cell of a sheet as `A1 = value` (with `  ⟵ =formula` when the cell holds
    /// one), in row order: the text grid the golden files hold.
    pub fn grid(&mut self, sheet: &str) -> String {
        let range = self.xlsx.worksheet_range(sheet).expect("sheet");
        let formulas = self.xlsx.worksheet_formula(sheet).expect("sheet");
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut out = String::new();
        let mut cells: Vec<(u32, u32, String)> = range
            .used_cells()
            .map(|(r, c, v)| (r as u32 + r0, c as u32 + c0, show(v)))
            .collect();
        if let Some((fr0, fc0)) = formulas.start() {
            for (r, c, f) in formulas.used_cells() {
                let (r, c) = (r as u32 + fr0, c as u32 + fc0);
                if !f.is_empty() && !cells.iter().any(|x| x.0 == r && x.1 == c) {
                    cells.push((r, c, "∅".into()));
                }
            }
        }
        cells.sort();
        for (r, c, v) in cells {
            let f = formulas.get_value((r, c)).cloned().unwrap_or_default();
            let addr = format!("{}{}", col_name(c), r + 1);
            if f.is_empty() {
                out.push_str(&format!("{addr} = {v}\n"));
            } else {
                out.push_str(&format!("{addr} = {v}  ⟵ ={f}\n"));
            }
        }
        out
    }
    pub fn all_grids(&mut self) -> String {
        let mut s = String::new();
        for n in self.names() {
            s.push_str(&format!("## sheet {n}\n"));
            s.push_str(&self.grid(&n));
        }
        s
    }
}

fn show(v: &Data) -> String {
    match v {
        // An Excel serial day number, counted from 1899-12-30.
        Data::DateTime(d) => {
            let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("date");
            format!("date {}", base + chrono::Duration::days(d.as_f64() as i64))
        }
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => format!("{i}"),
        Data::String(s) => format!("{s:?}"),
        other => format!("{other:?}"),
    }
}

fn col_name(mut c: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).expect("ascii")
}

/// Compares `actual` with the golden file, or rewrites it when UPDATE_GOLDEN is set.
pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} missing: run with UPDATE_GOLDEN=1 and review it",
            path.display()
        )
    });
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(10)
            .map(|(i, (a, b))| format!("line {}:\n  golden: {a}\n  actual: {b}", i + 1))
            .collect();
        panic!(
            "{} differs ({} vs {} lines):\n{}",
            path.display(),
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}
