//! Indicator burn: persons assisted per month against the targets, and reintegration deadlines
//! falling due. Persons come from `report::indicators::persons` (the count the claim and the
//! IND-01 rule use): once per line, in the month of the event — departure, first reintegration
//! delivery, first accommodation night.

use crate::ledger::Ledger;
use crate::model::project::{HeadingKind, Project};
use crate::model::Month;
use crate::report::indicators::Person;
use chrono::{Months, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// Each person's event date on line `l` up to `as_of` (case index → date), from the one count
/// of persons the claim and the IND-01 rule use.
pub(crate) fn event_dates(
    people: &[Person],
    l: usize,
    as_of: NaiveDate,
) -> BTreeMap<usize, NaiveDate> {
    people
        .iter()
        .filter(|p| p.line == l && p.date <= as_of)
        .map(|p| (p.case, p.date))
        .collect()
}

/// Persons counted per month (month index → count).
pub(crate) fn per_month(dates: &BTreeMap<usize, NaiveDate>) -> BTreeMap<i32, u32> {
    let mut m = BTreeMap::new();
    for d in dates.values() {
        *m.entry(Month::of(*d).index()).or_insert(0) += 1;
    }
    m
}

/// The last day reintegration may be delivered: the same calendar date `months` after
/// departure; a date that month lacks (29 February) moves to the month's last day.
fn reintegration_deadline(departure: NaiveDate, months: u32) -> NaiveDate {
    departure
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// A reintegration whose deadline falls due soon.
#[derive(Debug, Clone, Serialize)]
pub struct Deadline {
    pub case_id: String,
    pub departure_date: NaiveDate,
    pub deadline: NaiveDate,
    pub days_left: i64,
}

/// Cases selected for reintegration, departed, with no reintegration cost dated up to `as_of`,
/// whose deadline is after `as_of` and at most `window_days` after it. Sorted by deadline.
pub(crate) fn deadlines_due(
    project: &Project,
    ledger: &Ledger,
    as_of: NaiveDate,
    months: u32,
    window_days: i64,
) -> Vec<Deadline> {
    let mut has_cost = vec![false; ledger.cases.len()];
    for e in &ledger.entries {
        if let (Some(c), Some(h)) = (e.case, e.heading) {
            if project.headings[h].kind == HeadingKind::Reintegration && e.expense.doc_date <= as_of
            {
                has_cost[c] = true;
            }
        }
    }
    let mut v: Vec<Deadline> = ledger
        .cases
        .iter()
        .enumerate()
        .filter(|(i, c)| c.reintegration && !has_cost[*i])
        .filter_map(|(_, c)| {
            let dep = c.departure_date.filter(|d| *d <= as_of)?;
            let deadline = reintegration_deadline(dep, months);
            let days_left = (deadline - as_of).num_days();
            (days_left > 0 && days_left <= window_days).then(|| Deadline {
                case_id: c.case_id.clone(),
                departure_date: dep,
                deadline,
                days_left,
            })
        })
        .collect();
    v.sort_by(|a, b| a.deadline.cmp(&b.deadline).then(a.case_id.cmp(&b.case_id)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadline_same_date_29_february_to_28() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(reintegration_deadline(d("2020-02-29"), 12), d("2021-02-28"));
        assert_eq!(reintegration_deadline(d("2020-03-15"), 12), d("2021-03-15"));
    }
}
