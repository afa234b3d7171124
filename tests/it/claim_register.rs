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
