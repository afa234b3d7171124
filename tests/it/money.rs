//! Every row is accounted for, in money too (PRODUCT.md): on a ledger written as a user keeps
//! one (tests/fixtures/money/expenses.xlsx, made by its make_expenses.py with openpyxl), where
//! costs break several rules at once, with credit notes, an unpaid cost and a cost in lari
//! without a rate, `check` and the claim show read = claimed + excluded + not yet paid + not
//! convertible in count and EUR, and exclude each cost once.

use super::support::*;
use serde_json::Value;

const ARGS: [&str; 6] = [
    "--project",
    "tests/fixtures/mini/project.toml",
    "--expenses",
    "tests/fixtures/money/expenses.xlsx",
    "--cases",
    "tests/fixtures/mini/cases.csv",
];

fn check(extra: &[&str]) -> (i32, String) {
    let mut args: Vec<&str> = ARGS.to_vec();
    args.push("check");
    args.extend(extra);
    let out = run_bin(&root(), &args);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8"),
    )
}

// The ledger, worked by hand (mini project: 2020-01-01 … 2020-12-31, recoverable VAT):
//   E-01 salary 1 000.00                         claimed 1 000.00
//   E-02 200.00 incl. VAT 34.71, after the end   PER-01 + PER-02: excluded 165.29 once, VAT 34.71
//   E-03 ticket 300.00 before the order          TG-04: excluded 300.00
//   E-04 credit note −50.00                      claimed −50.00
//   E-05 credit note −80.00 after the end        PER-01 + PER-02: excluded −80.00 once
//   E-06 99.00 not paid                          not yet paid 99.00
//   E-07 1 218.62 GEL, no rate for 2020-05       not convertible
//   E-08 reintegration 2 500.00 after the end    PER-01 + PER-02 + REI-02: excluded 2 500.00 once
//   E-09 ticket 410.50                           claimed 410.50
// Lines: 9 read = 3 claimed + 4 excluded + 1 not yet paid + 1 not convertible.
// EUR:   4 379.50 read = 1 360.50 claimed + 2 885.29 excluded + 34.71 VAT + 99.00 not yet paid.
// The per-rule lines add up to more: PER-01 and PER-02 each 165.29 − 80.00 + 2 500.00.

#[test]
fn check_accounts_for_every_row_and_excludes_each_cost_once() {
    let (code, out) = check(&["--format", "json"]);
    assert_eq!(code, 1, "{out}");
    let j: Value = serde_json::from_str(&out).expect("json");
    let r = &j["reconciliation"];
    let part = |k: &str| (r[k]["lines"].as_u64().unwrap(), r[k]["eur"].clone());
    assert_eq!(part("read"), (9, "4379.50".into()));
    assert_eq!(part("claimed"), (3, "1360.50".into()));
    assert_eq!(part("excluded"), (4, "2885.29".into()));
    assert_eq!(part("unpaid"), (1, "99.00".into()));
    assert_eq!(r["vat"], "34.71");
    assert_eq!(r["not_convertible_lines"], 1);
    assert_eq!(r["not_convertible"][0]["currency"], "GEL");
    assert_eq!(r["not_convertible"][0]["amount"], "1218.62");
    assert_eq!(r["unaccounted"], "0.00");
    assert_eq!(r["holds"], true);
    assert_eq!(j["ineligible_eur"], "2885.29");
    // Three costs are broken by more than one rule; each rule's line says with which.
    assert_eq!(j["overlapping_lines"], 3);
    let rule = |id: &str| {
        j["by_rule"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["rule"] == id)
            .unwrap_or_else(|| panic!("{id} in {}", j["by_rule"]))
            .clone()
    };
    assert_eq!(rule("PER-01")["ineligible"], "2585.29");
    assert_eq!(
        rule("PER-01")["overlaps"],
        serde_json::json!(["PER-02", "REI-02"])
    );
    assert_eq!(rule("PER-02")["ineligible"], "2585.29");
    assert_eq!(
        rule("REI-02")["overlaps"],
        serde_json::json!(["PER-01", "PER-02"])
    );
    assert_eq!(rule("FX-01")["not_convertible"][0]["amount"], "1218.62");
    // The per-severity lines overlap: block 2 × 2 585.29, error 300.00 + 2 500.00.
    let sev = |s: &str| {
        j["by_severity"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["severity"] == s)
            .unwrap()["ineligible"]
            .clone()
    };
    assert_eq!(sev("block"), "5170.58");
    assert_eq!(sev("error"), "2800.00");
}

#[test]
fn check_prints_the_equation_with_its_figures_in_either_language() {
    let (code, en) = check(&["--lang", "en"]);
    assert_eq!(code, 1);
    for want in [
        "cost lines: 9 read = 3 claimed + 4 excluded + 1 not yet paid + 1 not convertible",
        "EUR: 4,379.50 read = 1,360.50 claimed + 2,885.29 excluded + 34.71 recoverable VAT + 99.00 not yet paid",
        "not convertible (no exchange rate for the document month): 1,218.62 GEL (1 cost line)",
        "excluded from claims (block + error, each cost once): 2,885.29 EUR",
        "overlap on 3 cost lines",
        "(1 finding, not convertible: 1,218.62 GEL (1 cost line))",
        "(3 findings, 2,585.29 EUR ineligible; overlaps with PER-02, REI-02)",
    ] {
        assert!(en.contains(want), "{want:?} in\n{en}");
    }
    let (_, lv) = check(&["--lang", "lv"]);
    let nbsp = |s: &str| s.replace(' ', "\u{a0}");
    for want in [
        "Kopsavilkums:".to_string(),
        "izmaksu rindas: nolasītas 9 = pieprasītas 3 + izslēgtas 4 + vēl nav apmaksātas 1 + nav konvertējamas 1".into(),
        format!(
            "EUR: nolasīts {} = pieprasīts {} + izslēgts {} + atgūstamais PVN 34,71 + vēl nav apmaksāts 99,00",
            nbsp("4 379,50"),
            nbsp("1 360,50"),
            nbsp("2 885,29")
        ),
        format!("{} GEL (1 izmaksu rinda)", nbsp("1 218,62")),
        "[bloķējošs] PER-01".into(),
        "padoms:".into(),
    ] {
        assert!(lv.contains(&want), "{want:?} in\n{lv}");
    }
    for english in ["Summary", "finding", "hint:", "read =", "not yet paid"] {
        assert!(
            !lv.contains(english),
            "{english:?} in the Latvian output\n{lv}"
        );
    }
}

#[test]
fn the_claim_reconciles_its_period_in_json_html_and_xlsx() {
    let out = tempfile::tempdir().expect("tmp");
    let mut args: Vec<&str> = ARGS.to_vec();
    let o = out.path().display().to_string();
    args.extend(["--out", &o, "--lang", "en", "claim", "--period", "2020"]);
    let run = run_bin(&root(), &args);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let j: Value =
        serde_json::from_slice(&std::fs::read(out.path().join("claim-2020.json")).unwrap())
            .unwrap();
    // Paid in 2020, or unpaid and dated up to its end: E-01, E-03, E-04, E-06, E-07, E-09.
    // 6 read = 3 claimed (1 000.00 − 50.00 + 410.50) + 1 excluded (E-03 300.00) + 1 not yet
    // paid (99.00) + 1 not convertible; 1 759.50 = 1 360.50 + 300.00 + 0.00 + 99.00.
    let r = &j["findings_summary"]["reconciliation"];
    assert_eq!(r["read"], serde_json::json!({"lines": 6, "eur": "1759.50"}));
    assert_eq!(
        r["claimed"],
        serde_json::json!({"lines": 3, "eur": "1360.50"})
    );
    assert_eq!(
        r["excluded"],
        serde_json::json!({"lines": 1, "eur": "300.00"})
    );
    assert_eq!(r["unpaid"], serde_json::json!({"lines": 1, "eur": "99.00"}));
    assert_eq!(r["not_convertible"][0]["amount"], "1218.62");
    assert_eq!(r["holds"], true);
    // The claimed lines are the supporting documents' eligible total.
    assert_eq!(j["documents_total"]["eligible"], "1360.50");
    let html = std::fs::read_to_string(out.path().join("claim-2020.html")).unwrap();
    assert!(html.contains("Not convertible (no exchange rate for the document month), excluded: 1,218.62 GEL (1 cost line)"), "{html}");
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(
        text.contains("not convertible (no exchange rate), excluded: 1,218.62 GEL (1 cost line)"),
        "{text}"
    );
}
