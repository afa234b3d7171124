//! Monetary-unit sampling of a claim's eligible cost lines for the reviewer's document checks:
//! the sample size for zero expected error, the sampling interval, a 100 % stratum of items at
//! or above the interval, and a seeded systematic selection over the rest (ChaCha8 gives the
//! random start). The same seed always selects the same costs.

use crate::model::money::{cents, from_cents, round_half_up, ser_decimal, ser_money, to_cents};
use crate::model::Money;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal::MathematicalOps;
use serde::Serialize;

pub const METHOD: &str = "monetary-unit sampling (MUS), zero expected error; items at or above the interval audited 100 %; systematic selection over the rest from a random start";
pub const GENERATOR: &str = "rand_chacha ChaCha8Rng::seed_from_u64(seed); random start = random_range(0..interval in cents) cents";

/// A cost line of the population: its entry id and book value (eligible EUR).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub entry_id: String,
    pub book_value: Money,
}

/// Why an item is in the sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stratum {
    /// Every item is checked: the sample size reaches the number of items.
    All,
    /// Book value at or above the interval: checked in full.
    HighValue,
    /// Hit by a selection point of the systematic selection.
    Systematic,
}

#[derive(Debug, Clone, Serialize)]
pub struct Selected {
    pub entry_id: String,
    #[serde(serialize_with = "ser_money")]
    pub book_value: Money,
    pub stratum: Stratum,
    /// The selection point (monetary unit) that hit the item, systematic items only.
    #[serde(serialize_with = "crate::model::money::ser_money_opt")]
    pub point: Option<Money>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sample {
    pub method: &'static str,
    pub generator: &'static str,
    pub seed: u64,
    #[serde(serialize_with = "ser_decimal")]
    pub confidence_pct: Decimal,
    /// RF = −ln(1 − confidence), six decimals.
    #[serde(serialize_with = "ser_decimal")]
    pub reliability_factor: Decimal,
    #[serde(serialize_with = "ser_decimal")]
    pub tolerable_error_pct: Decimal,
    #[serde(serialize_with = "ser_money")]
    pub tolerable_error: Money,
    pub population_items: usize,
    #[serde(serialize_with = "ser_money")]
    pub population_value: Money,
    /// n = ceil(RF ÷ tolerable error rate).
    pub sample_size: u32,
    /// Population value ÷ n, to the cent.
    #[serde(serialize_with = "ser_money")]
    pub interval: Money,
    #[serde(serialize_with = "ser_money")]
    pub random_start: Money,
    pub all_items: bool,
    pub high_value_items: usize,
    #[serde(serialize_with = "ser_money")]
    pub high_value_value: Money,
    /// The rest (below the interval): its items, value and how many were selected.
    pub rest_items: usize,
    #[serde(serialize_with = "ser_money")]
    pub rest_value: Money,
    pub rest_selected: usize,
    pub selected: Vec<Selected>,
}

/// RF = −ln(1 − confidence), in rust_decimal (its `maths` feature), no float. RF feeds the
/// sample size (a count) and, rounded to six decimals, the basic precision. `confidence` is a
/// fraction in (0, 1); outside it the factor is 0 (and the sample is one item).
pub fn reliability_factor(confidence: Decimal) -> Decimal {
    (Decimal::ONE - confidence)
        .checked_ln()
        .map(|l| -l)
        .filter(|rf| *rf > Decimal::ZERO)
        .unwrap_or_default()
}

/// n = ceil(RF ÷ tolerable error rate) for zero expected error (TE = rate × BV, so BV cancels).
pub fn sample_size(confidence: Decimal, tolerable_error_pct: Decimal) -> u32 {
    let te = tolerable_error_pct / Decimal::ONE_HUNDRED;
    if te <= Decimal::ZERO {
        return 1;
    }
    let n = (reliability_factor(confidence) / te).ceil();
    n.to_u32().unwrap_or(u32::MAX).max(1)
}

/// The seeded selection. `items` in any order; they are taken in entry-id order.
pub fn select(
    items: &[Item],
    confidence: Decimal,
    tolerable_error_pct: Decimal,
    seed: u64,
) -> Sample {
    let mut items: Vec<&Item> = items
        .iter()
        .filter(|i| i.book_value > Money::ZERO)
        .collect();
    items.sort_by(|a, b| a.entry_id.cmp(&b.entry_id));
    let bv: Money = items.iter().map(|i| i.book_value).sum();
    let n = sample_size(confidence, tolerable_error_pct);
    let interval = if bv.is_zero() {
        Money::ZERO
    } else {
        cents(bv / Decimal::from(n))
    };
    let rf = round_half_up(reliability_factor(confidence), 6);
    let mut s = Sample {
        method: METHOD,
        generator: GENERATOR,
        seed,
        confidence_pct: (confidence * Decimal::ONE_HUNDRED).normalize(),
        reliability_factor: rf,
        tolerable_error_pct: tolerable_error_pct.normalize(),
        tolerable_error: cents(bv * tolerable_error_pct / Decimal::ONE_HUNDRED),
        population_items: items.len(),
        population_value: bv,
        sample_size: n,
        interval,
        random_start: Money::ZERO,
        all_items: false,
        high_value_items: 0,
        high_value_value: Money::ZERO,
        rest_items: 0,
        rest_value: Money::ZERO,
        rest_selected: 0,
        selected: Vec::new(),
    };
    if n as usize >= items.len() || interval.is_zero() {
        s.all_items = true;
        s.selected = items
            .iter()
            .map(|i| Selected {
                entry_id: i.entry_id.clone(),
                book_value: i.book_value,
                stratum: Stratum::All,
                point: None,
            })
            .collect();
        return s;
    }
    let (high, rest): (Vec<&Item>, Vec<&Item>) =
        items.iter().partition(|i| i.book_value >= interval);
    s.high_value_items = high.len();
    s.high_value_value = high.iter().map(|i| i.book_value).sum();
    s.rest_items = rest.len();
    s.rest_value = rest.iter().map(|i| i.book_value).sum();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let start = from_cents(rng.random_range(0..to_cents(interval).max(1)));
    s.random_start = start;
    let mut picked: Vec<Selected> = high
        .iter()
        .map(|i| Selected {
            entry_id: i.entry_id.clone(),
            book_value: i.book_value,
            stratum: Stratum::HighValue,
            point: None,
        })
        .collect();
    // Points start, start + interval, …; the item whose cumulative range [from, to) holds a
    // point is selected. Each rest item is below the interval, so at most one point hits it.
    let mut point = start;
    let mut from = Money::ZERO;
    for i in &rest {
        let to = from + i.book_value;
        if point >= from && point < to {
            picked.push(Selected {
                entry_id: i.entry_id.clone(),
                book_value: i.book_value,
                stratum: Stratum::Systematic,
                point: Some(point),
            });
            point += interval;
        }
        from = to;
    }
    s.rest_selected = picked
        .iter()
        .filter(|p| p.stratum == Stratum::Systematic)
        .count();
    picked.sort_by(|a, b| a.entry_id.cmp(&b.entry_id));
    s.selected = picked;
    s
}

/// The default seed: the first four bytes of SHA-256 over the claim's input hashes
/// (`role:sha256` lines), so a claim always gets the same sample unless `--seed` is given.
pub fn default_seed(inputs: &[crate::import::InputDigest]) -> u64 {
    let text: String = inputs
        .iter()
        .map(|d| format!("{}:{}\n", d.role, d.sha256))
        .collect();
    let h = crate::import::digest::sha256_hex(text.as_bytes());
    u64::from_str_radix(&h[..8], 16).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn worked_example_sizes() {
        // Brief §4.2: BV 532 651 EUR, TE 2 %: RF(95 %) = 2.9957 → 149.79 → 150 items,
        // interval 532 651 / 150 = 3 551.01; RF(60 %) = 0.9163 → 45.81 → 46; 90 % → 116.
        assert_eq!(sample_size(d("0.95"), d("2")), 150);
        assert_eq!(sample_size(d("0.90"), d("2")), 116);
        assert_eq!(sample_size(d("0.80"), d("2")), 81);
        assert_eq!(sample_size(d("0.70"), d("2")), 61);
        assert_eq!(sample_size(d("0.60"), d("2")), 46);
        let bv = d("532651");
        assert_eq!(cents(bv / Decimal::from(150)), d("3551.01"));
        assert!((reliability_factor(d("0.95")) - d("2.995732")).abs() < d("0.000001"));
    }

    fn population(n: usize) -> Vec<Item> {
        // Book values 10.00 … spread with a few large ones, deterministic.
        (0..n)
            .map(|i| Item {
                entry_id: format!("E-{i:05}"),
                book_value: d(&format!("{}.{:02}", 10 + (i * 37) % 400, i % 100))
                    + if i % 50 == 0 { d("9000") } else { Money::ZERO },
            })
            .collect()
    }

    fn ids(s: &Sample) -> Vec<String> {
        s.selected.iter().map(|x| x.entry_id.clone()).collect()
    }

    #[test]
    fn same_seed_same_sample_and_seeds_differ() {
        let pop = population(400);
        let a = select(&pop, d("0.9"), d("2"), 42);
        let b = select(&pop, d("0.9"), d("2"), 42);
        assert_eq!(ids(&a), ids(&b));
        assert!(!a.all_items);
        assert!(
            a.high_value_items > 0,
            "the 9 000 items are above the interval"
        );
        let samples: Vec<Vec<String>> = (1..=20u64)
            .map(|seed| ids(&select(&pop, d("0.9"), d("2"), seed)))
            .collect();
        let mut distinct = samples.clone();
        distinct.sort();
        distinct.dedup();
        assert!(distinct.len() >= 19, "{} distinct of 20", distinct.len());
    }

    #[test]
    fn selection_is_systematic_over_the_rest() {
        let pop = population(400);
        let s = select(&pop, d("0.9"), d("2"), 7);
        assert_eq!(s.sample_size, 116);
        assert!(s.random_start < s.interval);
        // One point per interval over the rest's monetary units.
        let points = ((s.rest_value - s.random_start) / s.interval).floor() + Decimal::ONE;
        assert_eq!(Decimal::from(s.rest_selected), points);
        for x in &s.selected {
            match x.stratum {
                Stratum::HighValue => assert!(x.book_value >= s.interval),
                Stratum::Systematic => assert!(x.book_value < s.interval),
                Stratum::All => panic!("not a census"),
            }
        }
    }

    #[test]
    fn small_population_is_checked_in_full() {
        let pop = population(30);
        let s = select(&pop, d("0.9"), d("2"), 1);
        assert!(s.all_items);
        assert_eq!(s.selected.len(), 30);
    }
}
