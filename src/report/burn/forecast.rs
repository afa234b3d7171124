//! The burn report's arithmetic on one activity line: share of time elapsed, the planned
//! cumulative percent at a date (the `[plan]` profile, linear between its points; linear over the
//! period without one), and the forecast at completion (run-rate and linear) with the part of
//! the budget it leaves unspent. Decimal throughout; amounts rounded half up to the cent.
//!
//! The run-rate is the average of the last N *complete* calendar months up to the as-of date:
//! the as-of month counts only when the as-of date is its last day, so a day-old month is never
//! taken as a whole month's spend (it was: the forecast jumped by half on the 1st of a month).
//! The time still to forecast is counted from the as-of date: the rest of the as-of month as a
//! share of its days, then whole months to the end date's month. Before N complete months of the
//! period there is no forecast ("too early"), and nothing is put at risk.

use crate::model::money::{cents, round_half_up};
use crate::model::project::Version;
use crate::model::{Money, Month, Percent};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// The months whose spend the run-rate averages (oldest first), or none while the period has
/// fewer than `n` complete months up to `as_of` ("too early"). The period's first month counts
/// as complete at its end even when the period starts after its first day: nothing could be
/// spent before the start.
pub(crate) fn run_rate_window(v: &Version, as_of: NaiveDate, n: u32) -> Option<Vec<Month>> {
    let asof_m = Month::of(as_of);
    let last_complete = if as_of == asof_m.last_day() {
        asof_m
    } else {
        Month::from_index(asof_m.index() - 1)
    }
    .min(Month::of(v.period_end));
    let first = Month::of(v.period_start);
    let n = n.max(1) as i32;
    let complete = last_complete.index() - first.index() + 1;
    (complete >= n).then(|| {
        ((last_complete.index() - n + 1)..=last_complete.index())
            .map(Month::from_index)
            .collect()
    })
}

/// Months still to forecast after `as_of`, two decimals: the rest of the as-of month as a share
/// of its days, plus the whole months after it up to the end date's month; 0 from the end date.
pub(crate) fn months_left(v: &Version, as_of: NaiveDate) -> Decimal {
    if as_of >= v.period_end {
        return Decimal::ZERO;
    }
    let asof_m = Month::of(as_of);
    let month_days = Decimal::from(asof_m.last_day().day());
    let rest = Decimal::from((asof_m.last_day() - as_of).num_days()) / month_days;
    let whole = Decimal::from((Month::of(v.period_end).index() - asof_m.index()).max(0));
    round_half_up(rest + whole, 2)
}

/// Days of the period up to and including `d`, and the period's days (both ends included).
pub(crate) fn days(v: &Version, d: NaiveDate) -> (i64, i64) {
    let total = (v.period_end - v.period_start).num_days() + 1;
    let done = ((d - v.period_start).num_days() + 1).clamp(0, total);
    (done, total)
}

/// The share of the period elapsed at the end of `d`, between 0 and 1.
pub(crate) fn elapsed(v: &Version, d: NaiveDate) -> Decimal {
    let (done, total) = days(v, d);
    Decimal::from(done) / Decimal::from(total)
}

/// The planned cumulative percent of a line's budget at the end of `d`. The profile's points
/// (month ends) are joined by straight lines in days, starting from 0 % the day before the
/// period starts and ending at 100 % on its last day (unless the profile already reaches past
/// it); without points the plan is linear over the period: 100 × elapsed share.
pub(crate) fn plan_pct(v: &Version, profile: &[(NaiveDate, Percent)], d: NaiveDate) -> Decimal {
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
pub(crate) struct Forecast {
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

/// `last` holds the eligible spend of the run-rate window's complete months
/// ([`run_rate_window`]); `months_left` is [`months_left`].
pub(crate) fn forecast(
    budget: Money,
    cumulative: Money,
    last: &[Money],
    months_left: Decimal,
    elapsed: Decimal,
) -> Forecast {
    let run_rate_exact = if last.is_empty() {
        Decimal::ZERO
    } else {
        last.iter().copied().sum::<Money>() / Decimal::from(last.len())
    };
    let run_rate = cents(cumulative + run_rate_exact * months_left);
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
            d("6"),
            d("0.25"),
        );
        assert_eq!(f.run_rate_monthly, d("100.00"));
        assert_eq!(f.run_rate, d("900.00"));
        assert_eq!(f.linear, d("1200.00"));
        assert_eq!(f.over_under, d("-300.00"));
        assert_eq!(f.unspent, d("300.00"));
        // Over budget: capped, nothing unspent.
        let f = forecast(d("100.00"), d("150.00"), &[d("10")], d("2"), d("0.5"));
        assert_eq!(f.run_rate, d("170.00"));
        assert_eq!(f.over_under, d("70.00"));
        assert_eq!(f.unspent, d("0.00"));
        // Half a month left: 300 + 100 × 6.5 = 950.
        let f = forecast(d("1200.00"), d("300.00"), &[d("100")], d("6.5"), d("0.25"));
        assert_eq!(f.run_rate, d("950.00"));
    }

    fn version(start: &str, end: &str) -> Version {
        let mut p = crate::rules::testkit::project();
        let mut v = p.versions.remove(0);
        v.period_start = NaiveDate::from_str(start).unwrap();
        v.period_end = NaiveDate::from_str(end).unwrap();
        v
    }

    fn window(v: &Version, as_of: &str) -> Option<Vec<String>> {
        run_rate_window(v, NaiveDate::from_str(as_of).unwrap(), 3)
            .map(|w| w.iter().map(|m| m.to_string()).collect())
    }

    #[test]
    fn the_window_takes_complete_months_only() {
        let v = version("2019-01-03", "2022-12-31");
        // A month's last day completes it; the next day does not start a new one.
        assert_eq!(
            window(&v, "2021-05-31").unwrap(),
            ["2021-03", "2021-04", "2021-05"]
        );
        assert_eq!(
            window(&v, "2021-06-01").unwrap(),
            ["2021-03", "2021-04", "2021-05"]
        );
        assert_eq!(
            window(&v, "2021-06-29").unwrap(),
            ["2021-03", "2021-04", "2021-05"]
        );
        assert_eq!(
            window(&v, "2021-06-30").unwrap(),
            ["2021-04", "2021-05", "2021-06"]
        );
        // The first three months: too early; the period's first month (from the 3rd) counts.
        assert_eq!(window(&v, "2019-03-30"), None);
        assert_eq!(
            window(&v, "2019-03-31").unwrap(),
            ["2019-01", "2019-02", "2019-03"]
        );
        // After the end date (payment grace): the window stops at the end date's month.
        assert_eq!(
            window(&v, "2023-01-20").unwrap(),
            ["2022-10", "2022-11", "2022-12"]
        );
    }

    #[test]
    fn months_left_from_the_as_of_date() {
        let v = version("2019-01-03", "2022-12-31");
        let m = |s: &str| months_left(&v, NaiveDate::from_str(s).unwrap());
        // 2021-05-31: Jun 2021 … Dec 2022 = 19 whole months, nothing of May left.
        assert_eq!(m("2021-05-31"), d("19"));
        // 2021-06-01: 29 of June's 30 days left (0.9666… → 0.97) + 18 months.
        assert_eq!(m("2021-06-01"), d("18.97"));
        assert_eq!(m("2022-12-31"), d("0"));
        assert_eq!(m("2023-01-15"), d("0"));
    }
}
