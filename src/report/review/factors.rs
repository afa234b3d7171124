//! The statistical factors of the sampling guidance, computed exactly in `rust_decimal` rather
//! than read from a printed table: the Poisson reliability factor RF(k) of a confidence level for
//! k errors (RF(0) = −ln(1 − confidence)), the normal coefficient z of a two-sided confidence,
//! and the expansion factor of the conservative approach with expected error (a table).

use rust_decimal::Decimal;
use rust_decimal::MathematicalOps;

/// RF(0) = −ln(1 − confidence). `confidence` is a fraction in (0, 1); outside it the factor
/// is 0 (and the sample is one item).
pub(crate) fn reliability_factor(confidence: Decimal) -> Decimal {
    (Decimal::ONE - confidence)
        .checked_ln()
        .map(|l| -l)
        .filter(|rf| *rf > Decimal::ZERO)
        .unwrap_or_default()
}

/// P(X ≤ k) for X ~ Poisson(λ): e^(−λ) Σ_{j ≤ k} λ^j ÷ j!.
fn poisson_cdf(k: usize, lambda: Decimal) -> Decimal {
    let mut term = Decimal::ONE;
    let mut sum = Decimal::ONE;
    for j in 1..=k {
        term = term * lambda / Decimal::from(j as u64);
        sum += term;
    }
    (-lambda).checked_exp().unwrap_or_default() * sum
}

/// RF(k): the Poisson upper limit λ with P(X ≤ k; λ) = 1 − confidence, i.e. the expected
/// number of errors the sample can hide at that confidence when k were found (3.00, 4.74,
/// 6.30 … at 95 %). Bisection to 1e-9; RF(0) is the closed form.
pub fn poisson_rf(k: usize, confidence: Decimal) -> Decimal {
    if k == 0 {
        return reliability_factor(confidence);
    }
    let target = Decimal::ONE - confidence;
    let (mut lo, mut hi) = (Decimal::ZERO, Decimal::from(k as u64 * 3 + 30));
    let eps = Decimal::new(1, 9);
    while hi - lo > eps {
        let mid = (lo + hi) / Decimal::TWO;
        // The cdf falls as λ grows: above the target means λ is still too small.
        if poisson_cdf(k, mid) > target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / Decimal::TWO
}

/// z of a two-sided confidence level: Φ(z) = (1 + confidence) ÷ 2 (1.645 at 90 %, 1.960 at
/// 95 %), by bisection on the normal distribution function.
pub(crate) fn z_two_sided(confidence: Decimal) -> Decimal {
    let target = (Decimal::ONE + confidence) / Decimal::TWO;
    let (mut lo, mut hi) = (Decimal::ZERO, Decimal::from(8));
    let eps = Decimal::new(1, 9);
    while hi - lo > eps {
        let mid = (lo + hi) / Decimal::TWO;
        if mid.norm_cdf() < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / Decimal::TWO
}

/// The expansion factor of the conservative approach with expected error, by confidence (%):
/// the published table (AICPA audit sampling guide, as the sampling guidance takes it over).
/// `None` for a confidence the table does not have.
pub(crate) const EXPANSION_FACTORS: &[(u32, &str)] = &[
    (99, "1.9"),
    (95, "1.6"),
    (90, "1.5"),
    (85, "1.4"),
    (80, "1.3"),
    (75, "1.3"),
    (70, "1.2"),
];

pub(crate) fn expansion_factor(confidence_pct: Decimal) -> Option<Decimal> {
    EXPANSION_FACTORS
        .iter()
        .find(|(c, _)| Decimal::from(*c) == confidence_pct)
        .and_then(|(_, f)| f.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    fn near(a: Decimal, b: &str, tol: &str) -> bool {
        (a - d(b)).abs() <= d(tol)
    }

    #[test]
    fn poisson_factors_match_the_published_table() {
        // The tables print two decimals: 95 %: 3.00, 4.75, 6.30, 7.76; 90 %: 2.31, 3.89, 5.33.
        let c95 = d("0.95");
        assert!(near(poisson_rf(0, c95), "2.9957", "0.0001"));
        assert!(near(poisson_rf(1, c95), "4.7439", "0.0001"));
        assert!(near(poisson_rf(2, c95), "6.2958", "0.0001"));
        assert!(near(poisson_rf(3, c95), "7.7537", "0.0001"));
        let c90 = d("0.90");
        assert!(near(poisson_rf(1, c90), "3.8897", "0.0001"));
        assert!(near(poisson_rf(2, c90), "5.3223", "0.0001"));
    }

    #[test]
    fn z_of_two_sided_confidence() {
        assert!(near(z_two_sided(d("0.90")), "1.6449", "0.0001"));
        assert!(near(z_two_sided(d("0.95")), "1.9600", "0.0001"));
        assert!(near(z_two_sided(d("0.80")), "1.2816", "0.0001"));
    }

    #[test]
    fn expansion_factor_table() {
        assert_eq!(expansion_factor(d("95")), Some(d("1.6")));
        assert_eq!(expansion_factor(d("90")), Some(d("1.5")));
        assert_eq!(expansion_factor(d("80")), Some(d("1.3")));
        assert_eq!(expansion_factor(d("60")), None);
    }
}
