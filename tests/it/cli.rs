//! End-to-end runs of the real binary on the mini fixture: `check` exit codes, the quarterly
//! and final claims as json (two-decimal money, input hashes, final = Σ quarters), usage
//! errors, atomic writes that never touch an input, and byte-identical reruns.

use crate::support::*;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

fn args_for<'a>(dir: &'a str, extra: &[&'a str]) -> Vec<String> {
    let mut v = vec![
        "--project".to_string(),
        format!("{dir}/project.toml"),
        "--out".to_string(),
        format!("{dir}/out"),
    ];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

fn run(dir: &Path, extra: &[&str]) -> std::process::Output {
    let d = dir.display().to_string();
    let a = args_for(&d, extra);
    let argv: Vec<&str> = a.iter().map(String::as_str).collect();
    run_bin(dir, &argv)
}

fn code(o: &std::process::Output) -> i32 {
    o.status.code().expect("exit code")
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

fn is_money(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        let s = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = s.split_once('.').unwrap_or(("", "x"));
        !int.is_empty()
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.len() == 2
            && frac.bytes().all(|b| b.is_ascii_digit())
    })
}

fn money(v: &Value) -> rust_decimal::Decimal {
    assert!(is_money(v), "money as a two-decimal string, found {v}");
    v.as_str().unwrap().parse().unwrap()
}

#[test]
fn check_exits_0_on_the_mini_fixture() {
    let tmp = mini_copy();
    let o = run(tmp.path(), &["check"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("No findings."));
    assert!(!tmp.path().join("out").exists(), "check writes nothing");
}

#[test]
fn check_exits_1_when_a_block_finding_exists() {
    let tmp = mini_copy();
    let p = tmp.path().join("expenses.csv");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace(",Unpaid,A1,", ",Unpaid,A9,");
    std::fs::write(&p, text).unwrap();
    let o = run(tmp.path(), &["check"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("BUD-01"));
}

#[test]
fn quarterly_claim_json_has_two_decimal_money_and_input_hashes() {
    let tmp = mini_copy();
    let o = run(
        tmp.path(),
        &["claim", "--period", "2020-Q3", "--format", "json"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = tmp.path().join("out");
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["claim-2020-Q3.json"], "one file, no temporary left");
    let j = read_json(&out.join("claim-2020-Q3.json"));
    // Hand-computed in allocation::the_mini_fixture_claims_its_hand_computed_q3.
    assert_eq!(j["cover"]["period"]["eligible"], "738.80");
    assert_eq!(j["cover"]["period"]["EU"], "554.10");
    assert_eq!(j["cover"]["period"]["STATE"], "184.70");
    assert_eq!(j["budget"]["total"], "10700.00");
    for row in j["rows"].as_array().unwrap() {
        for part in ["earlier", "period", "cumulative"] {
            for (_, v) in row[part].as_object().unwrap() {
                assert!(is_money(v), "{part}: {v}");
            }
        }
        assert!(is_money(&row["budget"]) && is_money(&row["remaining"]));
    }
    // Every input recorded with the SHA-256 of its bytes.
    // The rule catalogue is recorded as the fifth "input".
    let inputs = j["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 5);
    assert_eq!(inputs[4]["role"], "rules");
    assert_eq!(
        inputs[4]["sha256"],
        grantbook::rules::catalogue::digest().sha256
    );
    for i in &inputs[..4] {
        let file = i["file"].as_str().unwrap();
        let bytes = std::fs::read(tmp.path().join(file)).unwrap();
        assert_eq!(i["sha256"], hex::encode(Sha256::digest(&bytes)), "{file}");
    }
}

/// Sums each row's `period` split over the given claim files, by (line, heading).
fn period_by_row(
    files: &[Value],
) -> BTreeMap<(String, String), BTreeMap<String, rust_decimal::Decimal>> {
    let mut m: BTreeMap<(String, String), BTreeMap<String, rust_decimal::Decimal>> =
        BTreeMap::new();
    for j in files {
        for row in j["rows"].as_array().unwrap() {
            let k = (
                row["line"].as_str().unwrap().to_string(),
                row["heading"].as_str().unwrap().to_string(),
            );
            let e = m.entry(k).or_default();
            for (src, v) in row["period"].as_object().unwrap() {
                *e.entry(src.clone()).or_default() += money(v);
            }
        }
    }
    m
}

#[test]
fn final_claim_is_the_sum_of_the_quarterly_claims() {
    let tmp = mini_copy();
    let mut quarters = Vec::new();
    for q in ["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"] {
        let o = run(tmp.path(), &["claim", "--period", q, "--format", "json"]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        quarters.push(read_json(&tmp.path().join(format!("out/claim-{q}.json"))));
    }
    let o = run(tmp.path(), &["claim", "--final", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let fin = read_json(&tmp.path().join("out/claim-final.json"));
    let o = run(
        tmp.path(),
        &["claim", "--period", "2020", "--format", "json"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let year = read_json(&tmp.path().join("out/claim-2020.json"));

    let sum = period_by_row(&quarters);
    assert_eq!(
        period_by_row(std::slice::from_ref(&fin)),
        sum,
        "final = Σ quarters, row by row"
    );
    assert_eq!(
        period_by_row(std::slice::from_ref(&year)),
        sum,
        "year = Σ quarters, row by row"
    );
    for src in ["eligible", "EU", "STATE"] {
        let q: rust_decimal::Decimal = quarters
            .iter()
            .map(|j| money(&j["cover"]["period"][src]))
            .sum();
        assert_eq!(money(&fin["cover"]["period"][src]), q, "{src}");
        assert_eq!(money(&fin["total"]["period"][src]), q, "{src}");
        // The last quarter's cumulative column is the final report too.
        assert_eq!(money(&quarters[3]["cover"]["cumulative"][src]), q, "{src}");
    }
    assert!(!sum.is_empty());
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let tmp = mini_copy();
    let o = run(
        tmp.path(),
        &["claim", "--period", "2020-Q9", "--format", "json"],
    );
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("2020-Q9"), "{}", stderr(&o));
    let o = run(tmp.path(), &["frobnicate"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("frobnicate"), "{}", stderr(&o));
    let o = run(
        tmp.path(),
        &["claim", "--period", "2023-Q1", "--format", "json"],
    );
    assert_eq!(code(&o), 2, "a quarter outside the project");
    assert!(!tmp.path().join("out").exists());
}

#[test]
fn out_in_the_inputs_folder_never_overwrites_an_input() {
    let tmp = mini_copy();
    let dir = tmp.path();
    let before: Vec<Vec<u8>> = ["project.toml", "expenses.csv", "cases.csv", "rates.csv"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).unwrap())
        .collect();
    let d = dir.display().to_string();
    let o = run_bin(
        dir,
        &[
            "--project",
            &format!("{d}/project.toml"),
            "--out",
            &d,
            "claim",
            "--period",
            "2020-Q3",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(dir.join("claim-2020-Q3.json").exists());
    for (f, b) in ["project.toml", "expenses.csv", "cases.csv", "rates.csv"]
        .iter()
        .zip(&before)
    {
        assert_eq!(&std::fs::read(dir.join(f)).unwrap(), b, "{f} unchanged");
    }

    // An input whose path is the output's: an xlsx ledger saved as claim-2020-Q3.json (read
    // by content). The run must refuse rather than replace it.
    let ledger = dir.join("claim-2020-Q3.json");
    let row = |id: &str| {
        vec![
            s(id),
            s("R"),
            s("2020-07-15"),
            s("2020-07-15"),
            s("S"),
            V::Empty,
            s("A1"),
            s("1"),
            V::Empty,
            V::N(10.0),
        ]
    };
    write_xlsx(
        &ledger,
        &[SheetSpec {
            name: "Izdevumi",
            hidden: false,
            rows: vec![header(&EXPENSE_HEADER_EN[..10]), row("X-1")],
        }],
    );
    let bytes = std::fs::read(&ledger).unwrap();
    let o = run_bin(
        dir,
        &[
            "--project",
            &format!("{d}/project.toml"),
            "--expenses",
            &format!("{d}/claim-2020-Q3.json"),
            "--out",
            &d,
            "claim",
            "--period",
            "2020-Q3",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("input"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(&ledger).unwrap(),
        bytes,
        "the input is untouched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file left");
}

#[test]
fn reruns_give_byte_identical_json() {
    let tmp = mini_copy();
    let p = tmp.path().join("out/claim-2020-Q3.json");
    let o = run(
        tmp.path(),
        &["claim", "--period", "2020-Q3", "--format", "json"],
    );
    assert_eq!(code(&o), 0);
    let first = std::fs::read(&p).unwrap();
    for _ in 0..2 {
        let o = run(
            tmp.path(),
            &["claim", "--period", "2020-Q3", "--format", "json"],
        );
        assert_eq!(code(&o), 0);
        assert_eq!(std::fs::read(&p).unwrap(), first);
    }
    // The same inputs in another folder give the same bytes too.
    let other = mini_copy();
    let o = run(
        other.path(),
        &["claim", "--period", "2020-Q3", "--format", "json"],
    );
    assert_eq!(code(&o), 0);
    assert_eq!(
        std::fs::read(other.path().join("out/claim-2020-Q3.json")).unwrap(),
        first
    );
}
