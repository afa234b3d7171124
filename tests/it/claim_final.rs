//! The final report: its period starts on the agreement's start date, its cover ends with the
//! balance (EU share of the total eligible − payments received = balance requested, negative:
//! to recover) as live formulas, and the 90 % interim cap shows on interim claims only.

use super::claim_support::*;
use calamine::Data;
use grantbook::cli::load;
use grantbook::model::{ClaimPeriod, Quarter};
use grantbook::report::claim::{self, ClaimInput};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn the_final_report_starts_on_the_agreements_start_date() {
    // The sample's agreement starts on 2019-01-03, a Thursday inside 2019-Q1.
    let run = load(&crate::sample::sample_global()).expect("the sample loads");
    let build = |period| {
        claim::build(
            &ClaimInput {
                project: &run.project,
                ledger: &run.ledger,
                findings: &run.findings,
                ineligible: &run.ineligible,
                alloc: &run.alloc,
                lang: run.lang,
                frozen: &[],
            },
            period,
        )
    };
    let f = build(ClaimPeriod::Final);
    assert_eq!(f.period.from.to_string(), "2019-01-03");
    assert_eq!(f.period.to.to_string(), "2022-12-31");
    // An interim claim keeps its quarter's days.
    let q1 = build(ClaimPeriod::Quarter {
        quarter: Quarter::of(f.period.from),
    });
    assert_eq!(q1.period.from.to_string(), "2019-01-01");
    // The cap on interim claims only; the balance on the final report only.
    assert_eq!(q1.cover.interim_cap_pct, Some(d("90")));
    assert!(q1.cover.balance.is_none());
    assert_eq!(f.cover.interim_cap, None);
    let b = f.cover.balance.as_ref().expect("a balance");
    // No payments recorded in the sample: the whole EU share of the total eligible is due.
    assert_eq!(b.eu_eligible, f.cover.cumulative.by_source[0].1);
    assert_eq!(b.payments_received, d("0.00"));
    assert_eq!(b.balance, b.eu_eligible);
}

/// The mini project with these payments recorded.
fn mini_with_payments(payments: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = mini_copy();
    let mut text = std::fs::read_to_string(dir.path().join("project.toml")).unwrap();
    for (date, amount) in payments {
        text.push_str(&format!(
            "\n[[payments]]\ndate = {date}\nkind = \"interim\"\namount = \"{amount}\"\nnote = \"\"\n"
        ));
    }
    std::fs::write(dir.path().join("project.toml"), text).unwrap();
    dir
}

/// Row index of the first cell of column A whose text is `label`, on `sheet`.
fn row_of(b: &mut Book, sheet: &str, label: &str) -> Option<u32> {
    (0..200).find(|r| matches!(b.value(sheet, *r, 0), Data::String(s) if s == label))
}

fn final_report(payments: &[(&str, &str)]) -> (serde_json::Value, Book, String) {
    let dir = mini_with_payments(payments);
    let (code, out) = run(dir.path(), "out", &["claim", "--final", "--lang", "en"]);
    assert_eq!(code, 0);
    let j = json(&out.join("claim-final.json"));
    let b = Book::open(&out.join("claim-final.xlsx"));
    let html = std::fs::read_to_string(out.join("claim-final.html")).unwrap();
    (j, b, html)
}

fn cents(v: &serde_json::Value) -> i64 {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("money string, found {v}"));
    (s.parse::<f64>().unwrap() * 100.0).round() as i64
}

#[test]
fn the_final_cover_settles_the_balance_with_live_formulas() {
    // One payment of 100.00: the balance is the EU share of the cumulative eligible − 100.
    let (j, mut b, html) = final_report(&[("2020-06-15", "100.00")]);
    let bal = &j["cover"]["balance"];
    let eu = cents(&bal["eu_eligible"]);
    assert_eq!(eu, cents(&j["cover"]["cumulative"]["EU"]));
    assert_eq!(cents(&bal["payments_received"]), 10_000);
    assert_eq!(cents(&bal["balance"]), eu - 10_000);
    assert_eq!(bal["to_recover"], false);
    assert!(j["cover"]["interim_cap"].is_null());

    let cover = "Cover";
    let eu_row = row_of(&mut b, cover, "EU share of the total eligible costs").expect("EU row");
    let paid_row = eu_row + 1;
    let bal_row = row_of(&mut b, cover, "Balance requested").expect("balance row");
    assert_eq!(bal_row, eu_row + 2);
    let a1 = |r: u32| format!("C{}", r + 1);
    assert_eq!(
        b.formula(cover, bal_row, 2),
        format!("{}-{}", a1(eu_row), a1(paid_row))
    );
    // Each input of the balance points at the cover's own cumulative EU and payments total.
    let cum_row = row_of(&mut b, cover, "Eligible costs, cumulative").unwrap();
    assert_eq!(b.formula(cover, eu_row, 2), a1(cum_row));
    let paid_total = row_of(&mut b, cover, "Payments received, total").unwrap();
    assert_eq!(b.formula(cover, paid_row, 2), a1(paid_total));
    assert_eq!(
        b.value(cover, bal_row, 2),
        Data::Float((eu - 10_000) as f64 / 100.0)
    );
    // No interim cap on the final report, in the workbook or the page.
    assert_eq!(
        row_of(&mut b, cover, "Interim payment cap (90 % of the EU grant)"),
        None
    );
    assert!(!html.contains("Interim payment cap"), "no cap in the html");
    assert!(html.contains("Balance requested"));
    // The period reads as words, not the file label `final`.
    assert!(html.contains("<h1>Final report — the whole eligibility period</h1>"));
    assert!(!html.contains("(final)"));
    assert!(matches!(
        b.value(cover, 0, 0),
        Data::String(s) if s == "Final report — the whole eligibility period"
    ));
}

#[test]
fn a_final_balance_below_zero_is_to_recover() {
    // Paid more than the EU share of everything eligible: the balance is negative, to recover.
    let (j, mut b, html) = final_report(&[("2020-03-01", "50000.00")]);
    let bal = &j["cover"]["balance"];
    assert_eq!(bal["to_recover"], true);
    assert!(cents(&bal["balance"]) < 0);
    assert_eq!(
        cents(&bal["balance"]),
        cents(&bal["eu_eligible"]) - 5_000_000
    );
    assert!(row_of(&mut b, "Cover", "Amount to recover (negative balance)").is_some());
    assert!(html.contains("Amount to recover"));
}

#[test]
fn an_interim_claim_shows_the_cap_and_no_balance() {
    let dir = mini_with_payments(&[("2020-06-15", "100.00")]);
    let (code, out) = run(
        dir.path(),
        "out",
        &["claim", "--period", "2020-Q3", "--lang", "en"],
    );
    assert_eq!(code, 0);
    let j = json(&out.join("claim-2020-Q3.json"));
    assert!(j["cover"]["balance"].is_null());
    assert_eq!(j["cover"]["interim_cap_pct"], "90");
    let mut b = Book::open(&out.join("claim-2020-Q3.xlsx"));
    assert!(row_of(
        &mut b,
        "Cover",
        "Interim payment cap (90 % of the EU grant)"
    )
    .is_some());
    assert_eq!(row_of(&mut b, "Cover", "Balance requested"), None);
}
