//! The burn report's arithmetic on one activity line: share of time elapsed, the planned
//! cumulative percent at a date (the `[plan]` profile, linear between its points; linear over the
//! period without one), and the forecast at completion (run-rate and linear) with the part of
//! the budget it leaves unspent. Decimal throughout; amounts rounded half up to the cent.

use crate::model::money::cents;
use crate::model::project::Version;
use crate::model::{Money, Percent};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Days of the period up to and including `d`, and the period's days (both ends included).
pub fn days(v: &Version, d: NaiveDate) -> (i64, i64) {
    let total = (v.period_end - v.period_start).num_days() + 1;
    let done = ((d - v.period_start).num_days() + 1).clamp(0, total);
    (done, total)
}

/// The share of the period elapsed at the end of `d`, between 0 and 1.
pub fn elapsed(v: &Version, d: NaiveDate) -> Decimal {
    let (done, total) = days(v, d);
    Decimal::from(done) / Decimal::from(total)
}

/// The planned cumulative percent of a line's budget at the end of `d`. The profile's points
/// (month ends) are joined by straight lines in days, starting from 0 % the day before the
/// period starts and ending at 100 % on its last day (unless the profile already reaches past
/// it); without points the plan is linear over the period: 100 × elapsed share.
pub fn plan_pct(v: &Version, profile: &[(NaiveDate, Percent)], d: NaiveDate) -> Decimal {
    let origin = v.period_start.pred_opt().unwrap_or(v.period_start);
    let mut knots: Vec<(NaiveDate, Decimal)> = vec![(origin, Decimal::ZERO)];
    knots.extend(profile.iter().copied().filter(|(k, _)| *k > origin));
    if knots.last().is_some_and(|(k, _)| *k < v.period_end) {
        knots.push((v.period_end, Decimal::ONE_HUNDRED));
    }
    if d <= origin {
        return Decimal::ZERO;
    }
    for w in knots.windows(2) {
        let ((d0, p0), (d1, p1)) = (w[0], w[1]);
        if d <= d1 {
            let span = Decimal::from((d1 - d0).num_days());
            let into = Decimal::from((d - d0).num_days());
            return p0 + (p1 - p0) * into / span;
        }
    }
    knots.last().map(|k| k.1).unwrap_or(Decimal::ONE_HUNDRED)
}

/// A line's forecast at completion.
#[derive(Debug, Clone, PartialEq)]
pub struct Forecast {
    /// The average monthly spend of the last N months.
    pub run_rate_monthly: Money,
    /// Cumulative + run rate × months left.
    pub run_rate: Money,
    /// Cumulative ÷ elapsed share (the pace so far, kept to the end date).
    pub linear: Money,
    /// Run-rate forecast − budget (positive: overspend).
    pub over_under: Money,
    pub over_under_linear: Money,
    /// The budget the run-rate forecast leaves unspent, the forecast capped at the budget
    /// (and at zero below): budget − min(max(forecast, 0), budget).
    pub unspent: Money,
}

/// `last` holds the eligible spend of the last N months (the as-of month last; fewer at the
/// start of the project); `months_left` counts the months after the as-of month up to the
/// end date's month.
pub fn forecast(
    budget: Money,
    cumulative: Money,
    last: &[Money],
    months_left: u32,
    elapsed: Decimal,
) -> Forecast {
    let run_rate_exact = if last.is_empty() {
        Decimal::ZERO
    } else {
        last.iter().copied().sum::<Money>() / Decimal::from(last.len())
    };
    let run_rate = cents(cumulative + run_rate_exact * Decimal::from(months_left));
    let linear = if elapsed.is_zero() {
        cumulative
    } else {
        cents(cumulative / elapsed)
    };
    let capped = run_rate.max(Decimal::ZERO).min(budget);
    Forecast {
        run_rate_monthly: cents(run_rate_exact),
        run_rate,
        linear,
        over_under: run_rate - budget,
        over_under_linear: linear - budget,
        unspent: budget - capped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn run_rate_and_linear_by_hand() {
        // Budget 1200, spent 300; the last three months 50, 100, 150 → 100 a month; 6 months
        // left → 300 + 600 = 900, 300 unspent. Elapsed 25 % → linear 300 ÷ 0.25 = 1200.
        let f = forecast(
            d("1200.00"),
            d("300.00"),
            &[d("50"), d("100"), d("150")],
            6,
            d("0.25"),
        );
        assert_eq!(f.run_rate_monthly, d("100.00"));
        assert_eq!(f.run_rate, d("900.00"));
        assert_eq!(f.linear, d("1200.00"));
        assert_eq!(f.over_under, d("-300.00"));
        assert_eq!(f.unspent, d("300.00"));
        // Over budget: capped, nothing unspent.
        let f = forecast(d("100.00"), d("150.00"), &[d("10")], 2, d("0.5"));
        assert_eq!(f.run_rate, d("170.00"));
        assert_eq!(f.over_under, d("70.00"));
        assert_eq!(f.unspent, d("0.00"));
    }
}
