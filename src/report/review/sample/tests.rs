//! The sampling plan's published figures and the selection's reproducibility, per method.

use super::*;

fn d(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

#[test]
fn conservative_sizes_reproduce_the_published_figures() {
    // TE 2 %, AE 0: n = ⌈RF ÷ 0.02⌉ with RF = −ln(1 − c): 2.995732 → 150, 2.302585 → 116,
    // 1.609438 → 81 (the tables print 3.00, 2.31, 1.61: 150, 116, 81).
    assert_eq!(conservative_size(d("0.95"), d("2"), d("0")), Some(150));
    assert_eq!(conservative_size(d("0.90"), d("2"), d("0")), Some(116));
    assert_eq!(conservative_size(d("0.80"), d("2"), d("0")), Some(81));
    // 95 %, EF 1.6: AE 0.5 % → 2.995732 ÷ (0.02 − 0.008) = 249.64 → 250 (table: 3.0 ÷ 0.012
    // = 250); AE 1 % → 2.995732 ÷ 0.004 = 748.93 → 749 (table: 750; ±1 for RF exact).
    assert_eq!(conservative_size(d("0.95"), d("2"), d("0.5")), Some(250));
    let n = conservative_size(d("0.95"), d("2"), d("1")).expect("room");
    assert!((749..=751).contains(&n), "{n}");
    // AE × EF ≥ TE leaves no room.
    assert_eq!(conservative_size(d("0.95"), d("2"), d("1.25")), None);
}

#[test]
fn standard_size_from_sigma() {
    // z(90 %) = 1.644854, σr 0.1, TE 2 %, AE 0.5 %: (1.644854 × 0.1 ÷ 0.015)² = 120.25 → 121.
    assert_eq!(
        standard_size(d("0.90"), d("2"), d("0.5"), d("0.1")),
        Some(121)
    );
    // A tiny σr still takes the floor of 30.
    assert_eq!(
        standard_size(d("0.90"), d("2"), d("0"), d("0.001")),
        Some(MIN_STATISTICAL)
    );
}

fn population(n: usize) -> Vec<Item> {
    population_with_risk_every(n, 7)
}

fn population_with_risk_every(n: usize, every: usize) -> Vec<Item> {
    let kinds = [
        HeadingKind::Ticket,
        HeadingKind::Staff,
        HeadingKind::CashAllowance,
    ];
    (0..n)
        .map(|i| Item {
            entry_id: format!("E-{i:05}"),
            book_value: d(&format!("{}.{:02}", 10 + (i * 37) % 400, i % 100))
                + if i % 50 == 0 { d("9000") } else { Money::ZERO },
            kind: kinds[i % 3],
            risks: if i % every == 0 {
                vec![Risk::Cash]
            } else {
                vec![]
            },
        })
        .collect()
}

fn plan(method: Method, seed: u64) -> Plan {
    Plan {
        method,
        confidence: d("0.9"),
        tolerable_error_pct: d("2"),
        expected_error_pct: d("0"),
        sigma_r: Some((d("0.2"), "test".into())),
        seed,
    }
}

fn ids(s: &Sample) -> Vec<String> {
    s.selected.iter().map(|x| x.entry_id.clone()).collect()
}

#[test]
fn every_method_is_reproducible_from_the_seed_and_seeds_differ() {
    for m in [
        Method::Conservative,
        Method::Standard,
        Method::Stratified,
        Method::Nonstatistical,
    ] {
        // Few risky items, so a risk-based sample has a random part too.
        let pop = population_with_risk_every(400, 40);
        let a = select(&pop, &plan(m, 42), Lang::En);
        let b = select(&pop, &plan(m, 42), Lang::En);
        assert_eq!(ids(&a), ids(&b), "{m:?}");
        assert_eq!(a.population_sha256, b.population_sha256);
        let mut distinct: Vec<Vec<String>> = (1..=10u64)
            .map(|seed| ids(&select(&pop, &plan(m, seed), Lang::En)))
            .collect();
        distinct.sort();
        distinct.dedup();
        assert!(
            distinct.len() >= 9,
            "{m:?}: {} distinct of 10",
            distinct.len()
        );
    }
}

#[test]
fn conservative_selection_is_systematic_over_the_rest() {
    let pop = population(400);
    let s = select(&pop, &plan(Method::Conservative, 7), Lang::En);
    assert_eq!(s.sample_size, 116);
    let g = &s.groups[0];
    assert!(g.random_start < s.interval);
    // One point per interval over the rest's monetary units.
    let points = ((g.value - g.random_start) / s.interval).floor() + Decimal::ONE;
    assert_eq!(Decimal::from(g.selected as u64), points);
    assert!(
        s.high_value_items > 0,
        "the 9 000 items are above the interval"
    );
    for x in &s.selected {
        match x.stratum {
            Stratum::HighValue => assert!(x.book_value >= s.interval),
            Stratum::Systematic => assert!(x.book_value < s.interval),
            other => panic!("{other:?} in a conservative sample"),
        }
    }
}

#[test]
fn stratified_allocates_by_value_and_checks_the_cut_off_in_full() {
    let pop = population(400);
    let s = select(&pop, &plan(Method::Stratified, 3), Lang::En);
    assert_eq!(s.groups.len(), 3, "three heading kinds");
    let rest: Money = s.groups.iter().map(|g| g.value).sum();
    assert_eq!(rest + s.high_value_value, s.population_value);
    // n_rest = ⌈RF × BV_rest ÷ TE⌉, allocated in proportion to value (largest remainder).
    let n_rest = (s.reliability_factor * rest / s.tolerable_error).ceil();
    let allocated: u32 = s.groups.iter().map(|g| g.allocated).sum();
    assert_eq!(Decimal::from(allocated), n_rest);
    for g in &s.groups {
        let exact = n_rest * g.value / rest;
        assert!(
            (Decimal::from(g.allocated) - exact).abs() < Decimal::ONE,
            "{g:?}"
        );
    }
    assert!(s
        .selected
        .iter()
        .filter(|x| x.stratum == Stratum::HighValue)
        .all(|x| x.book_value >= s.interval));
}

#[test]
fn allocation_adds_up_and_respects_stratum_sizes() {
    let v = [d("500"), d("300"), d("200")];
    assert_eq!(allocate(10, &v, &[100, 100, 100]), vec![5, 3, 2]);
    // A stratum smaller than its share is checked in full, at most its items.
    assert_eq!(allocate(10, &v, &[2, 100, 100]), vec![2, 3, 2]);
}

#[test]
fn nonstatistical_covers_ten_percent_risk_first() {
    let pop = population(400);
    let s = select(&pop, &plan(Method::Nonstatistical, 5), Lang::En);
    assert_eq!(s.sample_size, 40);
    assert_eq!(s.selected.len(), 40);
    // 58 items carry the cash factor (i % 7 == 0): more than 40, so every pick is a risk pick,
    // and the items with two factors (cash and high value) come first.
    assert!(s.selected.iter().all(|x| x.stratum == Stratum::Risk));
    let small = select(&population(30), &plan(Method::Nonstatistical, 5), Lang::En);
    assert_eq!(small.sample_size, 10, "at least 10 items");
    assert_eq!(
        small
            .selected
            .iter()
            .filter(|x| x.stratum == Stratum::Random)
            .count(),
        10 - small
            .selected
            .iter()
            .filter(|x| x.stratum == Stratum::Risk)
            .count()
    );
}

#[test]
fn small_population_is_checked_in_full() {
    let pop = population(30);
    let s = select(&pop, &plan(Method::Conservative, 1), Lang::En);
    assert!(s.all_items);
    assert_eq!(s.selected.len(), 30);
}
