//! The command examples in README.md and docs/guide.md are the binary's real output: trycmd
//! reads each file's ```console blocks, runs every `$ grantbook …` line in order and compares
//! what it prints (stdout and stderr together; `...` on its own line elides lines, `[..]` part of
//! a line; `? 1` states an exit status other than 0).
//!
//! The examples run on a temporary copy of the inputs (`budgets/`, `sample-data/`, `examples/`,
//! and `tests/fixtures/review/`, the filled checklist a reviewer would have made), never in the
//! repository, so they may write `out/` and project files freely. The FIN-02 example needs a
//! project whose 2020-Q3 claim was submitted and whose ledger was edited afterwards: it is
//! staged in `fin02/` of the copy (see `stage_fin02`).
//!
//! After an intended change of output, re-bless the examples and read the diff:
//! `TRYCMD=overwrite cargo test --test it docs::` writes the new output back into README.md and
//! docs/guide.md (lines elided with `...` stay elided).

use super::support::root;
use std::path::Path;

/// The documents with examples, and the name of each one's working copy.
const DOCS: [(&str, &str); 2] = [("README.md", "README"), ("docs/guide.md", "guide")];

#[test]
fn readme_and_guide_examples_run_as_printed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    for (doc, name) in DOCS {
        // trycmd runs `<name>.md`'s commands in `<name>.in/` when that folder exists.
        let work = tmp.path().join(format!("{name}.in"));
        for dir in ["sample-data", "examples", "tests/fixtures/review"] {
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

    stage_fin02(&tmp.path().join("README.in/fin02"));

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

/// `fin02/`: a copy of the shipped project whose 2020-Q3 claim is submitted (frozen in its
/// claim register), after which E-00581's amount (a 2020-Q3 staff cost, sheet row 584) was
/// raised by 100.00 in the ledger, as a finance officer editing the workbook would.
fn stage_fin02(to: &Path) {
    let from = super::claim_register::sample_copy();
    copy_tree(from.path(), to);
    let out = super::support::run_bin(
        to,
        &[
            "--out", "out", "claim", "--period", "2020-Q3", "--submit", "-q",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    super::claim_register::set_number(&to.join("sample-data/expenses.xlsx"), "J584", "706.21");
}
