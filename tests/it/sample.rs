//! The shipped sample, end to end through the library: every quarter splits exactly, the final
//! report is the sum of the sixteen quarterly claims, and the budget and targets are the
//! agreement's.

use grantbook::allocate::Totals;
use grantbook::cli::{load, Global};
use grantbook::model::money::{pct_of, round_half_up};
use grantbook::model::{ClaimPeriod, Quarter};
use grantbook::report::claim::{build, ClaimInput};
use rust_decimal::Decimal;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample_global() -> Global {
    Global {
        project: Some(root().join("budgets/ak-iom-pmif-2018-1.toml")),
        expenses: None,
        cases: None,
        rates: None,
        out: root().join("out"),
        lang: None,
        format: Vec::new(),
        quiet: false,
        verbose: false,
        out_given: false,
    }
}

#[test]
fn every_quarter_of_the_sample_splits_exactly() {
    let run = load(&sample_global()).expect("the sample loads");
    assert_eq!(run.alloc.quarters.len(), 16, "2019-Q1 … 2022-Q4");
    let share = run.project.sources[0].share;
    let mut nonzero = 0;
    for (q, a) in &run.alloc.quarters {
        let total: Decimal = a.cells.iter().flatten().map(|c| c.eligible).sum();
        assert_eq!(total, a.total.eligible, "{q}: cells add up to the total");
        let eu: Decimal = a.cells.iter().flatten().map(|c| c.by_source[0]).sum();
        assert_eq!(
            eu,
            round_half_up(pct_of(total, share), 2),
            "{q}: EU cells sum to the rounded EU share"
        );
        for c in a.cells.iter().flatten() {
            let exact = pct_of(c.eligible, share);
            assert!(
                (c.by_source[0] - exact).abs() < Decimal::new(1, 2),
                "{q}: a cell's EU share is within a cent"
            );
            assert_eq!(
                c.by_source.iter().copied().sum::<Decimal>(),
                c.eligible,
                "{q}: sources add up per cell"
            );
        }
        if !total.is_zero() {
            nonzero += 1;
        }
    }
    assert!(nonzero >= 15, "the sample spends in (nearly) every quarter");
}

#[test]
fn the_final_report_is_the_sum_of_the_sixteen_quarterly_claims() {
    let run = load(&sample_global()).expect("the sample loads");
    let input = ClaimInput {
        project: &run.project,
        ledger: &run.ledger,
        findings: &run.findings,
        ineligible: &run.ineligible,
        alloc: &run.alloc,
        lang: run.lang,
        frozen: &[],
    };
    let fin = build(&input, ClaimPeriod::Final);
    let mut sum = Totals::zero(&run.project);
    for q in Quarter::range(Quarter { year: 2019, q: 1 }, Quarter { year: 2022, q: 4 }) {
        let claim = build(&input, ClaimPeriod::Quarter { quarter: q });
        // Each quarterly claim's cumulative column carries the earlier ones forward.
        assert_eq!(
            claim.total.earlier.eligible + claim.total.period.eligible,
            claim.total.cumulative.eligible
        );
        sum.add(&run.alloc.quarters[&q]);
    }
    assert_eq!(fin.total.period.eligible, sum.total.eligible);
    for (i, (_, v)) in fin.total.period.by_source.iter().enumerate() {
        assert_eq!(*v, sum.total.by_source[i]);
    }
    for row in &fin.rows {
        let l = run.project.line_index(&row.line).unwrap();
        let h = run.project.heading_index(&row.heading).unwrap();
        assert_eq!(
            row.period.eligible, sum.cells[l][h].eligible,
            "{} {}",
            row.line, row.heading
        );
    }

    // The json shows the budget 532 651.00 = 399 488.25 + 133 162.75 and the targets.
    let json: serde_json::Value =
        serde_json::from_slice(&grantbook::render::json::to_json(&fin)).unwrap();
    assert_eq!(json["budget"]["total"], "532651.00");
    assert_eq!(json["budget"]["by_source"][0]["amount"], "399488.25");
    assert_eq!(json["budget"]["by_source"][1]["amount"], "133162.75");
    let targets: Vec<u64> = json["budget"]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["target"].as_u64().unwrap())
        .collect();
    assert_eq!(targets, vec![280, 140, 56]);
}
