//! Allocation properties on the mini project (two lines, key 60/40, EU 75 %, indirect 7 %):
//! random ledgers with credit notes, shared costs, every heading and quarter are built in
//! memory through `Ledger::build`, allocated, and every invariant of PRODUCT.md "Within a
//! quarter" is checked against an independent recomputation. Also `largest_remainder` and
//! `split_by_weights` on their own.

// The checks index line × heading matrices by position, as the report tables do.
#![allow(clippy::needless_range_loop)]

use crate::support::*;
use chrono::{Duration, NaiveDate};
use grantbook::allocate::{allocate, Allocation, Totals};
use grantbook::import::project::parse_project;
use grantbook::import::Inputs;
use grantbook::ledger::{Ledger, Target};
use grantbook::model::money::{largest_remainder, split_by_weights};
use grantbook::model::{Case, Expense, Field, Money, Project, Quarter, SourceTable};
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::Arc;

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// Reference rounding, written independently of the crate: half away from zero, to cents.
fn half_up(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn cent() -> Decimal {
    dec("0.01")
}

fn mini_project() -> Project {
    parse_project(&mini_project_text(), &fixture("mini/project.toml")).unwrap()
}

fn table(file: &str, rows: usize) -> SourceTable {
    SourceTable {
        file: Arc::from(file),
        path: file.into(),
        sheet: None,
        header_row: 0,
        // The ledger's columns as a finance team keeps them: the case number is there.
        columns: BTreeMap::from([(Field::CaseId, 8)]),
        personal_columns: vec![],
        rows_read: rows,
        rows_accepted: rows,
        rows_rejected: 0,
    }
}

fn case(id: &str, row: u32) -> Case {
    Case {
        row,
        case_id: id.into(),
        household_id: None,
        sex: None,
        birth_year: Some(1980),
        nationality: "IQ".into(),
        return_country: Some("IQ".into()),
        vulnerable: false,
        departure_order_date: NaiveDate::from_ymd_opt(2019, 12, 1),
        departure_date: NaiveDate::from_ymd_opt(2020, 1, 2),
        without_means: Some(false),
        detained: Some(false),
        reintegration: true,
    }
}

/// Builds `Inputs` from in-memory expenses (two cases, no rates) and the ledger over them.
pub fn ledger_of(project: &Project, expenses: Vec<Expense>) -> Ledger {
    let n = expenses.len();
    let inputs = Inputs {
        expenses,
        expenses_source: table("expenses.csv", n),
        cases: vec![case("C-001", 1), case("C-002", 2)],
        cases_source: table("cases.csv", 2),
        rates: vec![],
        rates_source: None,
        digests: vec![],
    };
    Ledger::build(project, inputs).unwrap()
}

/// One random cost: amount and VAT in cents, activity, heading, payment day of 2020 (or
/// unpaid), case.
#[derive(Debug, Clone)]
struct Gen {
    cents: i64,
    vat_pct: i64,
    activity: usize,
    heading: usize,
    day: Option<i64>,
    case: usize,
}

fn gen() -> impl Strategy<Value = Gen> {
    (
        prop_oneof![4 => 1i64..300_000, 1 => -30_000i64..0, 1 => 0i64..100],
        prop_oneof![3 => Just(0i64), 1 => 0i64..=21],
        0usize..3,
        0usize..4,
        prop::option::weighted(0.9, 0i64..366),
        0usize..3,
    )
        .prop_map(|(cents, vat_pct, activity, heading, day, case)| Gen {
            cents,
            vat_pct,
            activity,
            heading,
            day,
            case,
        })
}

fn expense(i: usize, g: &Gen) -> Expense {
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    let paid = g.day.map(|d| start + Duration::days(d));
    let amount = Decimal::new(g.cents, 2);
    let vat = Decimal::new(g.cents * g.vat_pct / 121, 2);
    Expense {
        row: i as u32 + 1,
        entry_id: format!("E-{i}"),
        doc_no: format!("D-{i}"),
        doc_date: paid.unwrap_or(start),
        paid_date: paid,
        supplier: format!("S{}", i % 7),
        description: String::new(),
        activity: ["A1", "A2", "shared"][g.activity].into(),
        // "7" (indirect) is never claimable from invoices: the allocation must ignore it.
        heading: ["1", "4.2", "4.5", "7"][g.heading].into(),
        case_id: [Some("C-001"), Some("C-002"), None][g.case].map(String::from),
        amount,
        currency: "EUR".into(),
        vat,
        service_from: None,
        service_to: None,
        quantity: None,
    }
}

fn quarters_2020() -> Vec<Quarter> {
    (1..=4).map(|q| Quarter { year: 2020, q }).collect()
}

/// Checks every invariant of one allocation; `ineligible` is what it was given.
fn check_allocation(project: &Project, ledger: &Ledger, ineligible: &[Money], alloc: &Allocation) {
    let nl = project.lines.len();
    let nh = project.headings.len();
    let ih = project.indirect_heading().unwrap();
    let key = &project.shared.as_ref().unwrap().key;
    let eu_pct = project.sources[0].share;

    // Independent recomputation of each quarter's input from the ledger.
    let mut direct: BTreeMap<Quarter, Vec<Vec<Money>>> = BTreeMap::new();
    let mut shared: BTreeMap<Quarter, Vec<Money>> = BTreeMap::new();
    for q in quarters_2020() {
        direct.insert(q, vec![vec![Money::ZERO; nh]; nl]);
        shared.insert(q, vec![Money::ZERO; nh]);
    }
    let mut claimed_per_quarter: BTreeMap<Quarter, Money> = BTreeMap::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        let (Some(paid), Some(base), Some(h)) = (e.expense.paid_date, e.base, e.heading) else {
            assert!(alloc.eligible[i].is_zero());
            continue;
        };
        let q = Quarter::of(paid);
        let amount = base - ineligible[i];
        if h == ih {
            assert!(
                alloc.eligible[i].is_zero(),
                "an indirect booking is never claimed"
            );
            continue;
        }
        assert_eq!(alloc.eligible[i], amount, "entry {i}");
        *claimed_per_quarter.entry(q).or_default() += amount;
        match e.target {
            Target::Line(l) => direct.get_mut(&q).unwrap()[l][h] += amount,
            Target::Shared => shared.get_mut(&q).unwrap()[h] += amount,
            Target::Unknown => unreachable!(),
        }
    }

    for (q, a) in &alloc.quarters {
        assert_eq!(a.input.direct, direct[q], "{q}: direct input");
        assert_eq!(a.input.shared, shared[q], "{q}: shared input");
        let claimed: Money = a.input.direct.iter().flatten().copied().sum::<Money>()
            + a.input.shared.iter().copied().sum::<Money>();
        assert_eq!(
            claimed,
            claimed_per_quarter.get(q).copied().unwrap_or_default(),
            "{q}: the entries' eligible amounts are the quarter's direct costs"
        );

        // Shared costs: each heading's parts sum to the shared amount, each within a cent.
        for h in 0..nh {
            let parts: Money = (0..nl).map(|l| a.shared_split[l][h]).sum();
            assert_eq!(parts, a.input.shared[h], "{q} heading {h}: shared parts");
            for l in 0..nl {
                let exact = a.input.shared[h] * key[l] / Decimal::ONE_HUNDRED;
                assert!(
                    (a.shared_split[l][h] - exact).abs() <= cent(),
                    "{q}: shared split {l}/{h} {} vs exact {exact}",
                    a.shared_split[l][h]
                );
            }
        }

        // Indirect costs: the flat rate of each line's eligible direct costs, rounded half up.
        for l in 0..nl {
            let base: Money = (0..nh)
                .filter(|h| *h != ih)
                .map(|h| a.input.direct[l][h] + a.shared_split[l][h])
                .sum();
            assert_eq!(a.indirect_base[l], base, "{q} line {l}: indirect base");
            assert_eq!(
                a.indirect[l],
                half_up(base * dec("0.07")),
                "{q} line {l}: indirect"
            );
            assert_eq!(a.cells[l][ih].eligible, a.indirect[l]);
            for h in (0..nh).filter(|h| *h != ih) {
                assert_eq!(
                    a.cells[l][h].eligible,
                    a.input.direct[l][h] + a.shared_split[l][h]
                );
            }
        }

        // The quarter's split: EU = half_up(75 % × T); state = T − EU.
        let t: Money = a.cells.iter().flatten().map(|c| c.eligible).sum();
        assert_eq!(a.total.eligible, t, "{q}: total");
        let eu = half_up(t * eu_pct / Decimal::ONE_HUNDRED);
        assert_eq!(a.total.by_source[0], eu, "{q}: EU total");
        assert_eq!(a.total.by_source[1], t - eu, "{q}: state total");

        // Cells: EU + state = eligible; EU within a cent of 75 %; rows and columns add up.
        let mut eu_sum = Money::ZERO;
        let mut state_sum = Money::ZERO;
        for l in 0..nl {
            for h in 0..nh {
                let c = &a.cells[l][h];
                assert_eq!(
                    c.by_source[0] + c.by_source[1],
                    c.eligible,
                    "{q} cell {l}/{h}"
                );
                let exact = c.eligible * eu_pct / Decimal::ONE_HUNDRED;
                assert!(
                    (c.by_source[0] - exact).abs() <= cent(),
                    "{q} cell {l}/{h}: EU {} vs exact {exact}",
                    c.by_source[0]
                );
                assert_eq!(c.by_source[0].scale(), 2, "cents");
                eu_sum += c.by_source[0];
                state_sum += c.by_source[1];
            }
        }
        assert_eq!(eu_sum, eu, "{q}: EU cells sum to the EU total");
        assert_eq!(state_sum, t - eu, "{q}: state cells sum to the state total");
        let by_lines: Money = (0..nl)
            .map(|l| a.cells[l].iter().map(|c| c.by_source[0]).sum::<Money>())
            .sum();
        let by_headings: Money = (0..nh)
            .map(|h| (0..nl).map(|l| a.cells[l][h].by_source[0]).sum::<Money>())
            .sum();
        assert_eq!(by_lines, eu);
        assert_eq!(by_headings, eu);
    }

    // A year is the sum of its four quarters.
    let year = Totals::of(project, alloc, quarters_2020());
    let mut manual = Totals::zero(project);
    for q in quarters_2020() {
        manual.add(&alloc.quarters[&q]);
    }
    assert_eq!(year, manual);
    let mut eu_year = Money::ZERO;
    for q in quarters_2020() {
        eu_year += alloc.quarters[&q].total.by_source[0];
    }
    assert_eq!(year.total.by_source[0], eu_year);
    for l in 0..nl {
        let line = year.line(l);
        let expect: Money = quarters_2020()
            .iter()
            .map(|q| {
                alloc.quarters[q].cells[l]
                    .iter()
                    .map(|c| c.eligible)
                    .sum::<Money>()
            })
            .sum();
        assert_eq!(line.eligible, expect);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Every invariant, with no rule applied (every joined cost eligible).
    #[test]
    fn quarters_split_exactly(gens in prop::collection::vec(gen(), 0..60)) {
        let project = mini_project();
        let expenses: Vec<Expense> = gens.iter().enumerate().map(|(i, g)| expense(i, g)).collect();
        let ledger = ledger_of(&project, expenses);
        let inel = vec![Money::ZERO; ledger.entries.len()];
        let alloc = allocate(&project, &ledger, &inel);
        check_allocation(&project, &ledger, &inel, &alloc);
    }

    /// Every invariant, with the rules' ineligible amounts removed.
    #[test]
    fn quarters_split_exactly_after_the_rules(gens in prop::collection::vec(gen(), 0..60)) {
        let project = mini_project();
        let expenses: Vec<Expense> = gens.iter().enumerate().map(|(i, g)| expense(i, g)).collect();
        let ledger = ledger_of(&project, expenses);
        let findings = grantbook::rules::check_all(&ledger, &project);
        let inel = grantbook::rules::ineligible_by_entry(&ledger, &findings);
        let alloc = allocate(&project, &ledger, &inel);
        check_allocation(&project, &ledger, &inel, &alloc);
    }

    /// The order of the ledger's rows does not change any quarter.
    #[test]
    fn row_order_does_not_matter(
        gens in prop::collection::vec(gen(), 1..60),
        seed in any::<u64>(),
    ) {
        use rand::seq::SliceRandom;
        use rand::SeedableRng;
        let project = mini_project();
        let expenses: Vec<Expense> = gens.iter().enumerate().map(|(i, g)| expense(i, g)).collect();
        let mut shuffled = expenses.clone();
        shuffled.shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(seed));
        let run = |ex: Vec<Expense>| {
            let ledger = ledger_of(&project, ex);
            let findings = grantbook::rules::check_all(&ledger, &project);
            let inel = grantbook::rules::ineligible_by_entry(&ledger, &findings);
            let alloc = allocate(&project, &ledger, &inel);
            let by_id: BTreeMap<String, Money> = ledger
                .entries
                .iter()
                .zip(&alloc.eligible)
                .map(|(e, x)| (e.id().to_string(), *x))
                .collect();
            (alloc.quarters, by_id)
        };
        let (a, ea) = run(expenses);
        let (b, eb) = run(shuffled);
        prop_assert_eq!(a, b);
        prop_assert_eq!(ea, eb);
    }

    /// Largest remainder: parts sum exactly to the total, each within a cent of its exact share.
    #[test]
    fn largest_remainder_sums_exactly_within_a_cent(
        exact_mils in prop::collection::vec(-10_000_000i64..10_000_000, 1..12),
    ) {
        // Exact shares with up to 5 decimals, as 75 % of a cent amount gives 4.
        let exact: Vec<Decimal> = exact_mils.iter().map(|m| Decimal::new(*m, 5)).collect();
        let total = half_up(exact.iter().copied().sum());
        let parts = largest_remainder(total, &exact);
        prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), total);
        for (p, e) in parts.iter().zip(&exact) {
            prop_assert!((*p - *e).abs() < cent(), "{} vs {}", p, e);
            prop_assert_eq!(p.scale(), 2);
        }
    }

    /// Splitting by weights: exact sum, within a cent of each weight's share, deterministic.
    #[test]
    fn split_by_weights_sums_exactly_within_a_cent(
        total_cents in -100_000_000i64..100_000_000,
        weights in prop::collection::vec(0u32..1000, 1..8),
    ) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let total = Decimal::new(total_cents, 2);
        let w: Vec<Decimal> = weights.iter().map(|x| Decimal::from(*x)).collect();
        let wsum: Decimal = w.iter().copied().sum();
        let parts = split_by_weights(total, &w);
        prop_assert_eq!(parts.iter().copied().sum::<Decimal>(), total);
        for (p, wi) in parts.iter().zip(&w) {
            let exact = total * *wi / wsum;
            prop_assert!((*p - exact).abs() < cent(), "{} vs {}", p, exact);
        }
        prop_assert_eq!(parts, split_by_weights(total, &w));
    }
}

#[test]
fn ties_go_to_the_lower_index() {
    // 0.02 over three equal shares: the two spare cents go to the first two parts.
    let parts = split_by_weights(dec("0.02"), &[dec("1"), dec("1"), dec("1")]);
    assert_eq!(parts, [dec("0.01"), dec("0.01"), dec("0.00")]);
    // 0.05 over 50/50: 0.025 each, the spare cent to the first.
    let parts = split_by_weights(dec("0.05"), &[dec("50"), dec("50")]);
    assert_eq!(parts, [dec("0.03"), dec("0.02")]);
    // Negative: -0.05 over 50/50 floors to -0.03, -0.03; the cent given back goes to the
    // first part (equal remainders), so the magnitudes are 0.02 and 0.03.
    let parts = split_by_weights(dec("-0.05"), &[dec("50"), dec("50")]);
    assert_eq!(parts, [dec("-0.02"), dec("-0.03")]);
    assert_eq!(parts.iter().copied().sum::<Decimal>(), dec("-0.05"));
}

#[test]
fn a_larger_remainder_wins_over_a_lower_index() {
    // exact 0.333, 0.333, 0.334 of 1.00: floors 0.33 each, one cent missing, the largest
    // remainder is the third part's (0.4 of a cent).
    let parts = largest_remainder(dec("1.00"), &[dec("0.333"), dec("0.333"), dec("0.334")]);
    assert_eq!(parts, [dec("0.33"), dec("0.33"), dec("0.34")]);
}

#[test]
fn all_zero_weights_give_everything_to_the_first_part() {
    let parts = split_by_weights(dec("1.23"), &[dec("0"), dec("0")]);
    assert_eq!(parts, [dec("1.23"), dec("0.00")]);
}

#[test]
fn the_mini_fixture_claims_its_hand_computed_q3() {
    // Q3 2020 of tests/fixtures/mini: E-4 1 000 000.000 IQD ÷ 1350.5 = 740.466… → 740.47 EUR
    // on A2/4.5; E-5 −50.00 on A1/4.2; E-6 unpaid. Direct A1 −50.00, A2 740.47;
    // indirect A1 7 % × −50.00 = −3.50, A2 7 % × 740.47 = 51.8329 → 51.83.
    // T = −50.00 + 740.47 − 3.50 + 51.83 = 738.80; EU = 75 % = 554.10; state 184.70.
    let project = mini_project();
    let inputs = grantbook::import::read_inputs(&project, &Default::default()).unwrap();
    let ledger = Ledger::build(&project, inputs).unwrap();
    let findings = grantbook::rules::check_all(&ledger, &project);
    let inel = grantbook::rules::ineligible_by_entry(&ledger, &findings);
    let alloc = allocate(&project, &ledger, &inel);
    let q3 = &alloc.quarters[&Quarter { year: 2020, q: 3 }];
    assert_eq!(q3.indirect, [dec("-3.50"), dec("51.83")]);
    assert_eq!(q3.total.eligible, dec("738.80"));
    assert_eq!(q3.total.by_source, [dec("554.10"), dec("184.70")]);
    check_allocation(&project, &ledger, &inel, &alloc);
}
