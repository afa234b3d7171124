//! Shared helpers of the integration tests: the mini fixture copied into a temporary folder,
//! the real binary as a `Command`, and a tiny xlsx writer (rust_xlsxwriter) for fixtures that
//! need typed cells — date cells, numbers, formula errors, hidden sheets, title rows.

#![allow(dead_code)]

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<rel>`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// A temporary copy of `tests/fixtures/mini/` (project.toml, expenses/cases/rates.csv).
pub fn mini_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["project.toml", "expenses.csv", "cases.csv", "rates.csv"] {
        std::fs::copy(fixture("mini").join(name), dir.path().join(name)).expect("copy mini");
    }
    dir
}

/// The mini project file's text.
pub fn mini_project_text() -> String {
    std::fs::read_to_string(fixture("mini/project.toml")).expect("mini project")
}

/// Runs the real binary with `args` in `cwd`.
pub fn run_bin(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_grantbook"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("run grantbook")
}

/// The English expense header of the mini fixture.
pub const EXPENSE_HEADER_EN: [&str; 12] = [
    "Entry no.",
    "Document no.",
    "Document date",
    "Payment date",
    "Supplier",
    "Description",
    "Activity",
    "Budget heading",
    "Case no.",
    "Amount",
    "Currency",
    "VAT",
];

/// The Latvian expense header.
pub const EXPENSE_HEADER_LV: [&str; 12] = [
    "Ieraksta Nr.",
    "Dokumenta Nr.",
    "Dokumenta datums",
    "Apmaksas datums",
    "Piegādātājs",
    "Apraksts",
    "Aktivitāte",
    "Budžeta pozīcija",
    "Lietas Nr.",
    "Summa",
    "Valūta",
    "PVN",
];

/// One cell of a generated workbook.
#[derive(Debug, Clone)]
pub enum V {
    Empty,
    S(String),
    N(f64),
    /// A real date cell (a serial number with a date format).
    D(u16, u8, u8),
    /// A formula with its stored result (e.g. `#DIV/0!`, written as an error cell).
    F(&'static str, &'static str),
}

pub fn s(x: &str) -> V {
    V::S(x.to_string())
}

/// One sheet of a generated workbook.
pub struct SheetSpec {
    pub name: &'static str,
    pub hidden: bool,
    pub rows: Vec<Vec<V>>,
}

/// A header row of text cells.
pub fn header(cols: &[&str]) -> Vec<V> {
    cols.iter().map(|c| s(c)).collect()
}

/// Writes an xlsx with the given sheets, in order.
pub fn write_xlsx(path: &Path, sheets: &[SheetSpec]) {
    let mut wb = Workbook::new();
    let date_fmt = Format::new().set_num_format("dd.mm.yyyy");
    for sh in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(sh.name).expect("sheet name");
        for (r, row) in sh.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match v {
                    V::Empty => {}
                    V::S(t) => {
                        ws.write_string(r, c, t).expect("write");
                    }
                    V::N(x) => {
                        ws.write_number(r, c, *x).expect("write");
                    }
                    V::D(y, m, d) => {
                        let dt = ExcelDateTime::from_ymd(*y, *m, *d).expect("date");
                        ws.write_datetime_with_format(r, c, &dt, &date_fmt)
                            .expect("write");
                    }
                    V::F(f, result) => {
                        ws.write_formula(r, c, Formula::new(*f).set_result(*result))
                            .expect("write");
                    }
                }
            }
        }
        if sh.hidden {
            ws.set_hidden(true);
        }
    }
    wb.save(path).expect("save xlsx");
}

/// The sample's 2020-Q2 and 2020-Q3 claim workbooks, as `grantbook claim` writes them, in a
/// temporary folder.
pub fn claims() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    for q in ["2020-Q2", "2020-Q3"] {
        let out = run_bin(
            &root(),
            &["claim", "--period", q, "--format", "xlsx", "--out", d, "-q"],
        );
        assert!(out.status.success());
    }
    let (q2, q3) = (
        dir.path().join("claim-2020-Q2.xlsx"),
        dir.path().join("claim-2020-Q3.xlsx"),
    );
    (dir, q2, q3)
}
