//! Money is `rust_decimal::Decimal` from the moment a cell is read. Rounding happens here, in
//! one named function, and cents are distributed here, in one place (largest remainder).

use rust_decimal::prelude::*;
use serde::Serializer;

/// An amount of money in a known currency's minor units; always a `Decimal`, never a float.
pub type Money = Decimal;

/// A percentage as written in the project file, e.g. `75` for 75 %.
pub type Percent = Decimal;

/// Rounds half away from zero to `dp` decimals: the rounding every amount in a claim uses
/// (PRODUCT.md, "How the numbers are computed"; brief §6 FIN-01 "cents, half-up").
pub fn round_half_up(x: Decimal, dp: u32) -> Decimal {
    let mut r = x.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(dp);
    r
}

/// Rounds to cents, half up, with exactly two decimals (so `mantissa()` is the cent count).
pub fn cents(x: Decimal) -> Decimal {
    round_half_up(x, 2)
}

/// `pct` percent of `x`, exact (no rounding).
pub fn pct_of(x: Decimal, pct: Percent) -> Decimal {
    x * pct / Decimal::ONE_HUNDRED
}

/// Converts a two-decimal amount to integer cents (for polars columns).
pub(crate) fn to_cents(x: Decimal) -> i64 {
    let mut c = cents(x);
    c.rescale(2);
    c.mantissa() as i64
}

/// Converts integer cents back to a two-decimal amount.
pub(crate) fn from_cents(c: i64) -> Decimal {
    Decimal::new(c, 2)
}

/// Apportions `total` (two decimals) over parts whose exact (unrounded) shares are `exact`, by
/// the largest-remainder method: each part is its exact share floored to the cent, and the
/// cents still missing go one each to the parts with the largest remainders, ties to the
/// earlier part (callers order parts by code, so ties go to the lower code). The parts sum to
/// `total` exactly. When `total` is the half-up rounding of `Σ exact` (or `Σ exact` itself),
/// each part is within one cent of its exact share. Shares may be negative (credit notes).
pub fn largest_remainder(total: Decimal, exact: &[Decimal]) -> Vec<Decimal> {
    if exact.is_empty() {
        return Vec::new();
    }
    let hundred = Decimal::ONE_HUNDRED;
    let mut parts: Vec<(i128, Decimal)> = exact
        .iter()
        .map(|e| {
            let c = *e * hundred;
            let fl = c.floor();
            (fl.to_i128().unwrap_or(0), c - fl)
        })
        .collect();
    let assigned: i128 = parts.iter().map(|p| p.0).sum();
    let mut missing = to_cents(total) as i128 - assigned;
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| parts[b].1.cmp(&parts[a].1).then(a.cmp(&b)));
    // With honest inputs `missing` is in [0, n]; the loops keep the sum exact regardless.
    while missing > 0 {
        for &i in &order {
            if missing == 0 {
                break;
            }
            parts[i].0 += 1;
            missing -= 1;
        }
    }
    while missing < 0 {
        for &i in order.iter().rev() {
            if missing == 0 {
                break;
            }
            parts[i].0 -= 1;
            missing += 1;
        }
    }
    parts
        .into_iter()
        .map(|(c, _)| Decimal::from_i128_with_scale(c, 2))
        .collect()
}

/// Splits `total` in proportion to `weights` (e.g. a shared-cost key 60/25/15) with
/// [`largest_remainder`]. Weights must not sum to zero; an all-zero key gives all to the first.
pub fn split_by_weights(total: Decimal, weights: &[Decimal]) -> Vec<Decimal> {
    let wsum: Decimal = weights.iter().copied().sum();
    if weights.is_empty() {
        return Vec::new();
    }
    if wsum.is_zero() {
        let mut v = vec![cents(Decimal::ZERO); weights.len()];
        v[0] = cents(total);
        return v;
    }
    let exact: Vec<Decimal> = weights.iter().map(|w| total * *w / wsum).collect();
    largest_remainder(total, &exact)
}

/// Formats money with exactly two decimals: `1234.50`.
pub(crate) fn fmt2(x: &Decimal) -> String {
    let mut r = round_half_up(*x, 2);
    r.rescale(2);
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    r.to_string()
}

/// Groups the thousands of a plain decimal string (`-1234567.5`) and sets its decimal point:
/// `group_digits("1234.56", ' ', ',')` is `1 234,56`. The one place numbers are laid out for
/// people; renderers choose the separators per language.
pub(crate) fn group_digits(s: &str, thousands: char, point: char) -> String {
    let (sign, digits) = s.strip_prefix('-').map(|d| ("-", d)).unwrap_or(("", s));
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// serde: money as a string with exactly two decimals (`"1234.50"`).
pub(crate) fn ser_money<S: Serializer>(x: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&fmt2(x))
}

/// serde: optional money as a two-decimal string or null.
pub(crate) fn ser_money_opt<S: Serializer>(x: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match x {
        Some(v) => s.serialize_str(&fmt2(v)),
        None => s.serialize_none(),
    }
}

/// serde: an amount in its document currency, with exactly that currency's decimals as read
/// (`"1000000.000"` IQD, `"5000.00"` EUR, `"1200"` JPY).
pub(crate) fn ser_doc_amount<S: Serializer>(x: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(x)
}

/// serde: a percentage or ratio as a normalised decimal string (`"75"`, `"12.5"`).
pub(crate) fn ser_decimal<S: Serializer>(x: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&x.normalize().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn half_up_rounds_away_from_zero() {
        assert_eq!(round_half_up(d("0.025"), 2).to_string(), "0.03");
        assert_eq!(round_half_up(d("-0.025"), 2).to_string(), "-0.03");
        assert_eq!(round_half_up(d("1"), 2).to_string(), "1.00");
    }

    #[test]
    fn largest_remainder_gives_cents_to_the_largest_remainders_ties_to_the_first() {
        // 1.00 in three equal parts: 0.34, 0.33, 0.33 (tie goes to the first)
        let parts = split_by_weights(d("1.00"), &[d("1"), d("1"), d("1")]);
        assert_eq!(parts, vec![d("0.34"), d("0.33"), d("0.33")]);
        // 60/25/15 of 0.07
        let parts = split_by_weights(d("0.07"), &[d("60"), d("25"), d("15")]);
        assert_eq!(parts.iter().copied().sum::<Decimal>(), d("0.07"));
        assert_eq!(parts, vec![d("0.04"), d("0.02"), d("0.01")]);
    }

    #[test]
    fn digits_are_grouped_by_thousands() {
        assert_eq!(group_digits("1234.56", ' ', ','), "1 234,56");
        assert_eq!(group_digits("-1234567", ',', '.'), "-1,234,567");
        assert_eq!(group_digits("999.00", ',', '.'), "999.00");
    }

    #[test]
    fn fmt2_pads_and_never_prints_negative_zero() {
        assert_eq!(fmt2(&d("1234.5")), "1234.50");
        assert_eq!(fmt2(&d("-0.00")), "0.00");
    }
}
