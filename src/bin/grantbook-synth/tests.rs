use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Months};
use rust_decimal::Decimal;

use super::gen::*;
use super::model::*;
use super::write;

fn sample(seed: u64) -> Dataset {
    generate(&Options {
        seed,
        cases: 300,
        scale: 1,
    })
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn same_seed_gives_identical_records() {
    let (a, b) = (sample(2019), sample(2019));
    assert_eq!(a.cases, b.cases);
    assert_eq!(a.costs, b.costs);
    assert_eq!(a.rates, b.rates);
    assert_eq!(a.planted, b.planted);
}

#[test]
fn different_seed_gives_different_records() {
    let (a, b) = (sample(2019), sample(2020));
    assert_ne!(a.cases, b.cases);
    assert_ne!(a.costs, b.costs);
}

fn planted_rule(c: &Cost) -> &str {
    c.planted.unwrap_or("")
}

#[test]
fn everything_but_the_planted_mistakes_is_clean() {
    for seed in [2019, 1, 2, 3, 5, 8, 13, 21, 34, 55, 77, 1234] {
        check_invariants(&sample(seed));
    }
    check_invariants(&generate(&Options {
        seed: 9,
        cases: 300,
        scale: 3,
    }));
    check_invariants(&generate(&Options {
        seed: 10,
        cases: 1000,
        scale: 1,
    }));
    check_invariants(&generate(&Options {
        seed: 11,
        cases: 60,
        scale: 1,
    }));
}

fn check_invariants(ds: &Dataset) {
    let by_id: BTreeMap<&str, &Case> = ds.cases.iter().map(|c| (c.id.as_str(), c)).collect();
    assert_eq!(by_id.len(), ds.cases.len(), "case ids are unique");
    let has_rate: BTreeSet<(i32, u32, &str)> = ds
        .rates
        .iter()
        .map(|r| (r.year, r.month, r.currency))
        .collect();
    let mut rei_per_case: BTreeMap<&str, Decimal> = BTreeMap::new();
    let mut dup_keys: BTreeMap<(String, String, Decimal, String), usize> = BTreeMap::new();
    let mut prev = None;

    for (idx, c) in ds.costs.iter().enumerate() {
        let rule = planted_rule(c);
        let case_id = ds.case_id(&c.case);
        let case = case_id.and_then(|id| by_id.get(id).copied());
        // order, dates, codes
        assert!(
            prev.is_none_or(|p| p <= c.doc_date),
            "sorted by document date"
        );
        prev = Some(c.doc_date);
        if rule != "PER-01" {
            assert!(
                c.doc_date >= start() && c.doc_date <= end(),
                "{idx}: doc date in period"
            );
        }
        let paid = c.paid_date.expect("every sample cost is paid");
        assert!(
            paid >= c.doc_date && paid <= end() && paid >= start(),
            "{idx}: payment date"
        );
        assert!(
            BUDGET.iter().any(|b| b.heading == c.heading),
            "{idx}: known heading"
        );
        assert_ne!(c.heading, "7");
        if c.activity == "shared" {
            assert!(
                c.heading == "1" || c.heading == "5",
                "{idx}: shared only on 1 and 5"
            );
        } else {
            assert!(
                budget(c.activity, c.heading) > Decimal::ZERO,
                "{idx}: a budgeted cell"
            );
        }
        let per_case = c.heading.starts_with("4.");
        assert_eq!(per_case, case_id.is_some(), "{idx}: case id exactly on 4.x");
        if per_case && rule != "TG-01" {
            assert!(case.is_some(), "{idx}: case in the register");
        }
        if rule != "TG-02" {
            if let Some(k) = case {
                assert_ne!(k.nationality, "PL", "{idx}: third-country national");
            }
        }
        if c.currency != "EUR" && rule != "FX-01" {
            assert!(
                has_rate.contains(&(c.doc_date.year(), c.doc_date.month(), c.currency)),
                "{idx}: rate row"
            );
        }
        assert!(
            c.amount.scale() == currency_decimals(c.currency),
            "{idx}: amount has the currency's decimals"
        );
        if matches!(c.supplier, Supplier::TheCase) {
            assert!(case_id.is_some());
        }
        if rule != "DOC-02" {
            let key = (
                write::render_supplier(ds, c).to_string(),
                c.doc_no_string(),
                c.amount,
                case_id.unwrap_or("").to_string(),
            );
            assert!(
                dup_keys.insert(key, idx).is_none(),
                "{idx}: no accidental duplicate"
            );
        }
        match c.heading {
            "4.2" if c.amount.is_sign_positive() => {
                let k = case.unwrap();
                if rule != "TG-04" {
                    assert!(c.doc_date >= k.order_date, "{idx}: ticket after the order");
                }
                assert!(c.doc_date <= k.departure.unwrap());
            }
            "4.3" => {
                let k = case.unwrap();
                let expected = if rule == "RET-01" {
                    dec("150.00")
                } else {
                    dec("100.00")
                };
                assert_eq!(c.amount, expected, "{idx}: allowance");
                assert_eq!(Some(c.doc_date), k.departure);
                assert_eq!(Some(paid), k.departure);
                assert!(matches!(c.supplier, Supplier::TheCase));
            }
            "4.5" => {
                let k = case.unwrap();
                let dep = k.departure.expect("reintegration only after departure");
                assert!(k.reintegration);
                assert!(c.doc_date > dep);
                let deadline = dep.checked_add_months(Months::new(12)).unwrap();
                if rule == "REI-02" {
                    assert!(c.doc_date > deadline);
                } else {
                    assert!(c.doc_date <= deadline, "{idx}: within 12 months");
                }
                *rei_per_case.entry(case_id.unwrap()).or_default() += c.eur;
            }
            "4.6" => {
                let k = case.unwrap();
                assert!(k.without_means && !k.detained);
                let dep = k.departure.unwrap();
                let to = c.service_to.unwrap();
                if rule == "ACC-01" {
                    assert!(to >= dep);
                } else {
                    assert_eq!(to, add_days(dep, -1), "{idx}: last night before departure");
                }
                assert_eq!(c.service_from, k.intake);
                assert_eq!(c.quantity, Some(days_between(k.intake.unwrap(), to) + 1));
            }
            "4.7" => {
                let k = case.unwrap();
                let q = c.quantity.unwrap();
                let tariff = Decimal::from(3 * q);
                if rule == "ACC-02" {
                    assert!(c.amount > tariff);
                } else {
                    assert_eq!(c.amount, tariff, "{idx}: 3 EUR a day");
                }
                assert!(c.service_to.unwrap() < k.departure.unwrap());
                assert_eq!(
                    days_between(c.service_from.unwrap(), c.service_to.unwrap()) + 1,
                    q
                );
            }
            _ => {}
        }
    }
    for (id, total) in rei_per_case {
        assert!(total <= dec("2000"), "{id}: reintegration cap");
    }
    // register consistency
    for k in &ds.cases {
        if let Some(d) = k.departure {
            assert!(d > k.order_date && d <= add_days(k.order_date, 30) && d <= end());
        }
        assert!(!(k.detained && k.without_means));
        assert!(!k.reintegration || k.departure.is_some());
    }
    // exactly the ten planted mistakes
    let rules: BTreeSet<&str> = ds.planted.iter().map(|p| p.rule).collect();
    assert_eq!(ds.planted.len(), 10);
    assert_eq!(rules.len(), 10);
    let tagged: BTreeSet<&str> = ds.costs.iter().filter_map(|c| c.planted).collect();
    assert_eq!(tagged, rules);
    // budget fit per cell, after apportioning shared costs
    let (cells, _) = budget_totals(ds);
    for c in cells {
        assert!(
            c.total() <= c.budget,
            "{} {} over budget: {} > {}",
            c.activity,
            c.heading,
            c.total(),
            c.budget
        );
        assert!(
            c.total() >= c.budget * dec("0.85"),
            "{} {} under 85 %: {}",
            c.activity,
            c.heading,
            c.total()
        );
    }
}

#[test]
fn counts_match_the_targets() {
    let ds = sample(2019);
    let departed = ds.cases.iter().filter(|c| c.departure.is_some()).count();
    let a3 = ds.cases.iter().filter(|c| c.without_means).count();
    let rei = ds.cases.iter().filter(|c| c.reintegration).count();
    assert!((265..=285).contains(&departed), "{departed}");
    assert_eq!(a3, 56);
    assert_eq!(rei, 140);
    assert!(ds.costs.len() > 1000);
}

#[test]
fn xlsx_files_are_reproducible_and_typed() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let ds = sample(2019);
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write::write_xlsx(&ds, a.path()).unwrap();
    write::write_xlsx(&sample(2019), b.path()).unwrap();
    for f in ["expenses.xlsx", "cases.xlsx", "rates.xlsx"] {
        let x = std::fs::read(a.path().join(f)).unwrap();
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(x == y, "{f} differs between two runs with the same seed");
    }
    let mut wb: Xlsx<_> = open_workbook(a.path().join("expenses.xlsx")).unwrap();
    let range = wb.worksheet_range("Izdevumi").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows[0][0], Data::String(write::EXPENSES_TITLE.into()));
    let header: Vec<String> = rows[2].iter().map(|d| d.to_string()).collect();
    assert_eq!(header, write::EXPENSE_HEADERS);
    assert_eq!(rows.len(), 3 + ds.costs.len());
    for (row, c) in rows[3..].iter().zip(&ds.costs) {
        assert!(
            matches!(row[2], Data::DateTime(_)),
            "doc date is a date cell"
        );
        assert_eq!(row[7], Data::String(c.heading.into()), "heading is text");
        assert!(matches!(row[9], Data::Float(_)));
        let Data::Float(f) = row[9] else {
            unreachable!()
        };
        let amount: Decimal = format!("{f}").parse().unwrap();
        assert_eq!(amount, c.amount.normalize());
    }
}

#[test]
fn csv_output_has_the_same_headers() {
    let ds = sample(5);
    let dir = tempfile::tempdir().unwrap();
    write::write_csv(&ds, dir.path()).unwrap();
    let mut r = csv::Reader::from_path(dir.path().join("expenses.csv")).unwrap();
    let h: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(h, write::EXPENSE_HEADERS);
    assert_eq!(r.records().count(), ds.costs.len());
}

#[test]
#[ignore = "large: run in release"]
fn scaled_run_keeps_the_rules() {
    let ds = generate(&Options {
        seed: 3,
        cases: 300,
        scale: 20,
    });
    assert_eq!(ds.cases.len(), 6000);
    assert!(ds.costs.len() > 25_000);
}
