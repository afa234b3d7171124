//! `claim --submit` and the claim register: a submitted quarter is frozen, later claims take
//! their earlier-claim figures from it, ledger changes to it are FIN-02 findings, and it is
//! never rewritten with other figures. Runs on a temporary copy of the mini project.

use super::claim_support::*;

fn register(dir: &std::path::Path) -> std::path::PathBuf {
    dir.join("claims").join("TEST-2020-1")
}

#[test]
fn submitted_quarters_are_frozen_and_changes_become_findings() {
    let dir = mini_copy();
    let (code, _) = run(
        dir.path(),
        "out",
        &[
            "claim", "--period", "2020-Q2", "--submit", "--format", "json",
        ],
    );
    assert_eq!(code, 0);
    let frozen_path = register(dir.path()).join("claim-2020-Q2.json");
    let frozen = json(&frozen_path);
    assert_eq!(frozen["quarter"], "2020-Q2");
    // E-3: ticket 410,50 paid 2020-05-04 is the only cost of Q2.
    assert_eq!(frozen["entries"][0]["entry_id"], "E-3");
    assert_eq!(frozen["entries"][0]["eligible"], "410.50");

    // Submitting the same figures again is accepted and changes nothing.
    let (code, _) = run(
        dir.path(),
        "out",
        &[
            "claim", "--period", "2020-Q2", "--submit", "--format", "json",
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(json(&frozen_path), frozen);

    // The ledger changes after submission: E-3's amount is corrected.
    let p = dir.path().join("expenses.csv");
    let s = std::fs::read_to_string(&p)
        .expect("csv")
        .replace("\"410,50\"", "\"400,50\"");
    std::fs::write(&p, s).expect("write");

    // The Q3 claim takes Q2 from the register (frozen), and reports the change as FIN-02.
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--period", "2020-Q3", "--format", "json"],
    );
    assert_eq!(code, 0);
    let j = json(&out.join("claim-2020-Q3.json"));
    assert_eq!(j["frozen_quarters"][0], "2020-Q2");
    let fin02: Vec<&serde_json::Value> = j["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == "FIN-02")
        .collect();
    assert_eq!(fin02.len(), 1, "{fin02:?}");
    assert_eq!(fin02[0]["entry_id"], "E-3");
    assert_eq!(fin02[0]["severity"], "error");
    // 400.50 − 410.50: 10.00 less than was claimed.
    assert_eq!(fin02[0]["ineligible"], "-10.00");
    // Earlier claims for A1 tickets: Q1 350.00 (recomputed) + Q2 410.50 (frozen), not 400.50.
    let row = j["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["line"] == "A1" && r["heading"] == "4.2")
        .expect("A1 4.2");
    assert_eq!(row["earlier"]["eligible"], "760.50");

    // Re-submitting Q2 with other figures is refused, and the frozen file is unchanged.
    let err = run_err(
        dir.path(),
        "out2",
        &["claim", "--period", "2020-Q2", "--submit"],
    );
    assert!(
        err.contains("already submitted with other figures"),
        "{err}"
    );
    assert_eq!(json(&frozen_path), frozen);
    assert!(!dir.path().join("out2").exists(), "nothing written");
}

#[test]
fn only_quarters_can_be_submitted() {
    let dir = mini_copy();
    let err = run_err(
        dir.path(),
        "out",
        &["claim", "--period", "2020", "--submit"],
    );
    assert!(err.contains("only a quarter can be submitted"), "{err}");
    let err = run_err(dir.path(), "out", &["claim", "--final", "--submit"]);
    assert!(err.contains("only a quarter"), "{err}");
}

/// The shipped sample copied to a temporary folder, laid out as in the repository
/// (`budgets/` beside `sample-data/`), so the claim register is written in the copy.
pub(super) fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (folder, file) in [
        ("budgets", "ak-iom-pmif-2018-1.toml"),
        ("sample-data", "expenses.xlsx"),
        ("sample-data", "cases.xlsx"),
        ("sample-data", "rates.xlsx"),
    ] {
        std::fs::create_dir_all(dir.path().join(folder)).expect("mkdir");
        std::fs::copy(
            root.join(folder).join(file),
            dir.path().join(folder).join(file),
        )
        .expect("copy sample");
    }
    dir
}

/// Sets the numeric cell `cell` (e.g. `J1234`) of the first sheet of an xlsx to `value`, as a
/// user editing the amount would, leaving every other part of the file as it is.
pub(super) fn set_number(path: &std::path::Path, cell: &str, value: &str) {
    use std::io::{Read, Write};
    let bytes = std::fs::read(path).expect("xlsx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let cell_re = regex::Regex::new(&format!(r#"(<c r="{cell}"[^>]*><v>)[^<]*(</v>)"#)).unwrap();
    let mut found = false;
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        let name = f.name().expect("entry name").to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("read entry");
        if name == "xl/worksheets/sheet1.xml" {
            let xml = String::from_utf8(data).expect("xml");
            found = cell_re.is_match(&xml);
            data = cell_re
                .replace(&xml, format!("${{1}}{value}${{2}}"))
                .into_owned()
                .into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        out.write_all(&data).expect("write");
    }
    assert!(found, "{cell} is a number cell of the sheet");
    let bytes = out.finish().expect("finish").into_inner();
    std::fs::write(path, bytes).expect("write xlsx");
}

#[test]
fn check_reports_a_change_to_a_submitted_quarter_at_its_cell() {
    let dir = sample_copy();
    let bin = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_grantbook"))
            .args(args)
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .output()
            .expect("run grantbook")
    };
    let out = bin(&[
        "--out", "out", "claim", "--period", "2020-Q3", "--submit", "--format", "json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Before any change the register and the ledger agree: no FIN-02.
    let before = bin(&["--lang", "en", "check", "--format", "json"]);
    let j: serde_json::Value = serde_json::from_slice(&before.stdout).expect("json");
    assert!(j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["rule"] != "FIN-02"));

    // A EUR staff cost of 2020-Q3 claimed whole (no VAT; no tariff or cap on heading 1 that
    // the extra 100.00 could cross), as frozen; its row in the ledger.
    let frozen = json(
        &dir.path()
            .join("budgets/claims/AK-IOM-PMIF-2018-1/claim-2020-Q3.json"),
    );
    let e = frozen["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["currency"] == "EUR" && e["heading"] == "1" && e["amount"] == e["eligible"])
        .expect("a EUR entry claimed whole")
        .clone();
    let id = e["entry_id"].as_str().unwrap();
    let amount: rust_decimal::Decimal = e["amount"].as_str().unwrap().parse().unwrap();
    // The entry's row: the sample lists entry E-00001 on sheet row 4 and one entry per row.
    let n: u32 = id
        .trim_start_matches("E-")
        .parse()
        .expect("an entry number");
    let row = n + 3;
    let edited = amount + rust_decimal::Decimal::ONE_HUNDRED;
    set_number(
        &dir.path().join("sample-data/expenses.xlsx"),
        &format!("J{row}"),
        &edited.to_string(),
    );

    let after = bin(&["--lang", "en", "check"]);
    let text = String::from_utf8_lossy(&after.stdout);
    assert_eq!(after.status.code(), Some(1), "{text}");
    let cell = format!("expenses.xlsx › Izdevumi!J{row}  {id}");
    let finding = text
        .lines()
        .find(|l| l.contains(&cell) && l.contains("a submitted claim"))
        .unwrap_or_else(|| panic!("{cell} in\n{text}"));
    // Claimed then, eligible now, the difference to correct in the next claim: +100.00.
    let then = format!("claimed {} EUR", e["eligible"].as_str().unwrap());
    let now = format!("eligible now {} EUR", edited);
    for want in [
        format!("amount {amount} → {edited}"),
        then,
        now,
        "— 100.00 EUR to correct in the next claim".to_string(),
    ] {
        assert!(finding.contains(&want), "{want:?} in {finding}");
    }
    assert!(
        text.contains("[error] FIN-02 — Submitted claims are unchanged"),
        "{text}"
    );
    // The json says the same, with the cell and the difference.
    let j: serde_json::Value =
        serde_json::from_slice(&bin(&["--lang", "en", "check", "--format", "json"]).stdout)
            .expect("json");
    let f = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "FIN-02")
        .expect("FIN-02 in json")
        .clone();
    assert_eq!(f["entry_id"], id);
    assert_eq!(f["to_correct"], "100.00");
    assert_eq!(f["at"], format!("expenses.xlsx › Izdevumi!J{row}"));
}
