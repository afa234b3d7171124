//! Indicators on the mini project, hand-counted from tests/fixtures/mini/cases.csv:
//! C-001 M born 1980, departed 2020-02-15 (Q1), ticket on A1, reintegration (A2) paid
//! 2020-07-20 (Q3); C-002 F born 2010, vulnerable, departed 2020-05-10 (Q2), ticket on A1.

use super::claim_support::*;

#[test]
fn persons_count_once_in_the_quarter_of_their_event() {
    let dir = mini_copy();
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--period", "2020-Q3", "--format", "json"],
    );
    assert_eq!(code, 0);
    let j = json(&out.join("claim-2020-Q3.json"));
    let ind = &j["indicators"];
    let a1 = &ind["lines"][0];
    assert_eq!(a1["event"], "departure");
    assert_eq!(a1["target"], 10);
    assert_eq!(a1["period"]["persons"], 0);
    assert_eq!(a1["cumulative"]["persons"], 2);
    assert_eq!(a1["cumulative"]["women"], 1);
    assert_eq!(a1["cumulative"]["men"], 1);
    // C-002: 2020 − 2010 = 10, a child; C-001: 40, an adult.
    assert_eq!(a1["cumulative"]["children"], 1);
    assert_eq!(a1["cumulative"]["adults"], 1);
    assert_eq!(a1["cumulative"]["vulnerable"], 1);
    assert_eq!(a1["pct_of_target"], "20.0");
    let a2 = &ind["lines"][1];
    assert_eq!(a2["event"], "reintegration");
    assert_eq!(a2["period"]["persons"], 1);
    assert_eq!(a2["cumulative"]["persons"], 1);
    // Every by-country count is 1, below the threshold 3: all suppressed.
    assert_eq!(ind["small_cell_threshold"], 3);
    for row in ind["by_country"].as_array().expect("rows") {
        assert!(row["cumulative"].is_null(), "{row}");
    }

    let (_, out) = run(
        dir.path(),
        "q2",
        &["claim", "--period", "2020-Q2", "--format", "json"],
    );
    let j = json(&out.join("claim-2020-Q2.json"));
    assert_eq!(j["indicators"]["lines"][0]["period"]["persons"], 1);
    assert_eq!(j["indicators"]["lines"][0]["period"]["women"], 1);
    assert_eq!(j["indicators"]["lines"][1]["cumulative"]["persons"], 0);
}
