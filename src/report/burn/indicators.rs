//! Indicator burn: persons assisted per month against the targets, and reintegration deadlines
//! falling due. A person counts once, in the month of the event: a return in the month of
//! departure, reintegration in the month the first reintegration cost was paid, accommodation in
//! the month of the first night. A line's event follows from the kinds of the per-case headings
//! it has a budget for.

use crate::allocate::Allocation;
use crate::ledger::Ledger;
use crate::model::project::{HeadingKind, Project, Version};
use crate::model::Month;
use chrono::{Months, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// What makes a person count for a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    Departure,
    Reintegration,
    Accommodation,
}

/// The event of line `l`: reintegration or accommodation if it has a budget for them, else a
/// return if it has a budget for tickets, travel documents, cash allowance or transit.
pub fn line_event(project: &Project, v: &Version, l: usize) -> Option<Event> {
    let has = |k: &[HeadingKind]| {
        project
            .headings
            .iter()
            .enumerate()
            .any(|(h, x)| k.contains(&x.kind) && !v.budget[l][h].is_zero())
    };
    if has(&[HeadingKind::Reintegration]) {
        Some(Event::Reintegration)
    } else if has(&[HeadingKind::Accommodation, HeadingKind::Food]) {
        Some(Event::Accommodation)
    } else if has(&[
        HeadingKind::Ticket,
        HeadingKind::TravelDocument,
        HeadingKind::CashAllowance,
        HeadingKind::Transit,
    ]) {
        Some(Event::Departure)
    } else {
        None
    }
}

/// Each person's event date for `event`, up to `as_of` (case index → date).
pub fn event_dates(
    project: &Project,
    ledger: &Ledger,
    alloc: &Allocation,
    event: Event,
    as_of: NaiveDate,
) -> BTreeMap<usize, NaiveDate> {
    let mut out: BTreeMap<usize, NaiveDate> = BTreeMap::new();
    match event {
        Event::Departure => {
            for (i, c) in ledger.cases.iter().enumerate() {
                if let Some(d) = c.departure_date.filter(|d| *d <= as_of) {
                    out.insert(i, d);
                }
            }
        }
        Event::Reintegration | Event::Accommodation => {
            let kind = if event == Event::Reintegration {
                HeadingKind::Reintegration
            } else {
                HeadingKind::Accommodation
            };
            for (i, e) in ledger.entries.iter().enumerate() {
                let (Some(c), Some(h), Some(paid)) = (e.case, e.heading, e.expense.paid_date)
                else {
                    continue;
                };
                if project.headings[h].kind != kind
                    || paid > as_of
                    || alloc.eligible[i] <= crate::model::Money::ZERO
                {
                    continue;
                }
                let d = if event == Event::Reintegration {
                    paid
                } else {
                    e.expense.service_from.unwrap_or(e.expense.doc_date)
                };
                out.entry(c).and_modify(|x| *x = (*x).min(d)).or_insert(d);
            }
        }
    }
    out
}

/// Persons counted per month (month index → count).
pub fn per_month(dates: &BTreeMap<usize, NaiveDate>) -> BTreeMap<i32, u32> {
    let mut m = BTreeMap::new();
    for d in dates.values() {
        *m.entry(Month::of(*d).index()).or_insert(0) += 1;
    }
    m
}

/// The last day reintegration may be delivered: the same calendar date `months` after
/// departure; a date that month lacks (29 February) moves to the month's last day.
pub fn reintegration_deadline(departure: NaiveDate, months: u32) -> NaiveDate {
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
pub fn deadlines_due(
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
