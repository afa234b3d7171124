//! The command examples in README.md and docs/guide.md are the binary's real output: trycmd
//! reads each file's ```console blocks, runs every `$ grantbook …` line in order and compares
//! what it prints (stdout and stderr together; `...` on its own line elides lines, `[..]` part of
//! a line; `? 1` states an exit status other than 0).
//!
//! The examples run on a temporary copy of the inputs (`budgets/`, `sample-data/`, `examples/`),
//! never in the repository, so they may write `out/` and project files freely. Two review
//! examples need a file a person would have made — a hand-edited claim workbook and a filled
//! checklist — which are staged into the copy first (see `stage_review_files`).
//!
//! After an intended change of output, re-bless the examples and read the diff:
//! `TRYCMD=overwrite cargo test --test it docs::` writes the new output back into README.md and
//! docs/guide.md (lines elided with `...` stay elided).

use super::review::{rewrite, rewrite_with};
use super::support::{root, run_bin};
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use grantbook::model::project::Lang;
use grantbook::render::labels::label;
use std::io::Cursor;
use std::path::Path;

/// The documents with examples, and the name of each one's working copy.
const DOCS: [(&str, &str); 2] = [("README.md", "README"), ("docs/guide.md", "guide")];

#[test]
fn readme_and_guide_examples_run_as_printed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for (doc, name) in DOCS {
        // trycmd runs `<name>.md`'s commands in `<name>.in/` when that folder exists.
        let work = tmp.path().join(format!("{name}.in"));
        for dir in ["sample-data", "examples"] {
            copy_tree(&root().join(dir), &work.join(dir));
        }
        // The project files only: never the claim register of a local run.
        std::fs::create_dir_all(work.join("budgets")).expect("budgets");
        for e in std::fs::read_dir(root().join("budgets")).expect("budgets") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "toml") {
                std::fs::copy(&p, work.join("budgets").join(p.file_name().unwrap())).unwrap();
            }
        }
        std::fs::copy(root().join(doc), tmp.path().join(format!("{name}.md"))).expect("doc");
    }
    stage_review_files(&tmp.path().join("README.in"));

    let cases = trycmd::TestCases::new();
    cases
        .register_bin("grantbook", Path::new(env!("CARGO_BIN_EXE_grantbook")))
        .env("NO_COLOR", "1");
    for (_, name) in DOCS {
        cases.case(tmp.path().join(format!("{name}.md")));
    }
    cases.run();
    // With TRYCMD=overwrite trycmd rewrote the copies: bring them home.
    if std::env::var("TRYCMD").is_ok_and(|m| m == "overwrite") {
        for (doc, name) in DOCS {
            std::fs::copy(tmp.path().join(format!("{name}.md")), root().join(doc)).expect("back");
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let p = e.expect("entry").path();
        let dst = to.join(p.file_name().expect("name"));
        if p.is_dir() {
            copy_tree(&p, &dst);
        } else {
            std::fs::copy(&p, &dst).expect("copy");
        }
    }
}

/// The files README's review walk-through reads besides the claims it builds:
/// `out/claim-2020-Q3-edited.xlsx`, the 2020-Q3 claim as a spreadsheet program saves it after
/// a hand edit (E-00564's eligible amount raised from 155.60 to 255.60, E-00563's row deleted),
/// and `out/filled-review.xlsx`, the 60 %-confidence review's checklist with two deductions
/// (97.18 EUR on E-00567, the whole 100.00 EUR allowance E-00563). Cells are found by the entry
/// id and the column's header, so a change of layout does not move the edit.
fn stage_review_files(work: &Path) {
    let ok = |args: &[&str]| {
        let o = run_bin(work, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {o:?}");
    };
    ok(&["claim", "--period", "2020-Q3", "-q"]);
    let claim = work.join("out/claim-2020-Q3.xlsx");
    let docs = label(Lang::Lv, "sheet_documents");
    let (head, [eligible]) = find_header(&claim, docs, &[label(Lang::Lv, "eligible")]);
    let raised = find_row(&claim, docs, "E-00564");
    let deleted = find_row(&claim, docs, "E-00563");
    assert!(raised > head && deleted > head);
    rewrite(
        &claim,
        &work.join("out/claim-2020-Q3-edited.xlsx"),
        &|sheet: &str, r: u32, c: u32, v: &Data| {
            Some(if sheet == docs && r == raised && c == eligible {
                Data::Float(255.60)
            } else {
                v.clone()
            })
        },
        Some((docs, deleted)),
    );

    ok(&[
        "review",
        "--claim",
        "out/claim-2020-Q3.xlsx",
        "--confidence",
        "0.6",
        "--out",
        "out/review-60",
        "-q",
    ]);
    let review = work.join("out/review-60/review-2020-Q3.xlsx");
    let sheet = label(Lang::Lv, "sheet_checklist");
    let (_, [result, deducted]) = find_header(
        &review,
        sheet,
        &[label(Lang::Lv, "check_result"), label(Lang::Lv, "deducted")],
    );
    let mut typed = Vec::new();
    for (entry, amount) in [("E-00567", 97.18), ("E-00563", 100.00)] {
        let r = find_row(&review, sheet, entry);
        typed.push((sheet, r, result as u16, Data::String("kļūda".into())));
        typed.push((sheet, r, deducted as u16, Data::Float(amount)));
    }
    rewrite_with(
        &review,
        &work.join("out/filled-review.xlsx"),
        &|_: &str, _: u32, _: u32, v: &Data| Some(v.clone()),
        None,
        &typed,
    );
}

fn sheet(path: &Path, name: &str) -> calamine::Range<Data> {
    let bytes = std::fs::read(path).expect("xlsx");
    let mut x: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("workbook");
    x.worksheet_range(name).expect("sheet")
}

/// The row holding every one of `labels`, and each one's column.
fn find_header<const N: usize>(path: &Path, name: &str, labels: &[&str; N]) -> (u32, [u32; N]) {
    let range = sheet(path, name);
    let (r0, c0) = range.start().unwrap_or((0, 0));
    for (r, row) in range.rows().enumerate() {
        let col = |l: &str| {
            row.iter()
                .position(|v| matches!(v, Data::String(s) if s == l))
                .map(|c| c as u32 + c0)
        };
        if let Some(cols) = labels.iter().map(|l| col(l)).collect::<Option<Vec<u32>>>() {
            return (r as u32 + r0, cols.try_into().expect("N columns"));
        }
    }
    panic!("{name}: no header row with {labels:?}");
}

/// The first row with a cell reading exactly `text`.
fn find_row(path: &Path, name: &str, text: &str) -> u32 {
    let range = sheet(path, name);
    let (r0, _) = range.start().unwrap_or((0, 0));
    range
        .rows()
        .position(|row| {
            row.iter()
                .any(|v| matches!(v, Data::String(s) if s == text))
        })
        .map(|r| r as u32 + r0)
        .unwrap_or_else(|| panic!("{name}: no row with {text}"))
}
