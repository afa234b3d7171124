//! Monthly eligible spend for the burn report, from the same allocation as the claim. Costs are
//! summed by payment month (polars, `allocate::aggregate::sum_by_cell` with a month index) from
//! each entry's eligible amount (`Allocation::eligible`). A month is computed like a quarter on
//! its own (shared key, indirect flat rate, source split, `allocate_quarter`), except the last
//! month of a closed quarter, which is the quarter's claim minus its first two months: so the
//! cumulative figures at every quarter end equal the claims' cumulative columns to the cent.

// [line][heading] and [line][source] matrices are clearer with index loops.
#![allow(clippy::needless_range_loop)]

use crate::allocate::aggregate::{sum_by_cell, Item};
use crate::allocate::{allocate_quarter, Allocation, QuarterAlloc, QuarterInput};
use crate::ledger::{Ledger, Target};
use crate::model::{Money, Month, Project, Quarter};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// One month's eligible spend.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MonthAlloc {
    pub month: Month,
    /// `[line][heading]`, eligible, indirect costs included.
    pub cells: Vec<Vec<Money>>,
    /// `[line][source]`.
    pub by_source: Vec<Vec<Money>>,
    /// The quarter's last month, taking the quarter's claim minus its first two months.
    pub closes_quarter: bool,
}

impl MonthAlloc {
    pub(crate) fn line(&self, l: usize) -> Money {
        self.cells[l].iter().copied().sum()
    }
}

/// Every month from the project's first quarter to the as-of month (costs paid up to `as_of`).
pub(crate) fn monthly(
    project: &Project,
    ledger: &Ledger,
    alloc: &Allocation,
    as_of: NaiveDate,
) -> Vec<MonthAlloc> {
    let first = Month::of(alloc.first.first_day());
    let last = Month::of(as_of).min(Month::of(alloc.last.last_day()));
    let mut inputs = month_inputs(project, ledger, alloc, as_of);
    let mut out: Vec<MonthAlloc> = Vec::new();
    for idx in first.index()..=last.index() {
        let month = Month::from_index(idx);
        let q = month.quarter();
        let closes = month.month.is_multiple_of(3) && as_of >= q.last_day();
        let (cells, by_source) = match (closes, alloc.quarters.get(&q)) {
            (true, Some(qa)) => {
                let earlier: Vec<&MonthAlloc> =
                    out.iter().filter(|m| m.month.quarter() == q).collect();
                quarter_rest(project, qa, &earlier)
            }
            _ => {
                let input = inputs
                    .remove(&idx)
                    .unwrap_or_else(|| month_input_zero(project));
                month_on_its_own(project, q, input)
            }
        };
        out.push(MonthAlloc {
            month,
            cells,
            by_source,
            closes_quarter: closes,
        });
    }
    out
}

fn month_input_zero(project: &Project) -> QuarterInput {
    QuarterInput::zero(project.lines.len(), project.headings.len())
}

/// Each month's eligible amounts (paid up to `as_of`) by line × heading and shared by heading,
/// keyed by month index: what `allocate_quarter` takes for a month.
fn month_inputs(
    project: &Project,
    ledger: &Ledger,
    alloc: &Allocation,
    as_of: NaiveDate,
) -> BTreeMap<i32, QuarterInput> {
    let mut items = Vec::new();
    for (i, e) in ledger.entries.iter().enumerate() {
        let amount = alloc.eligible[i];
        let (Some(paid), Some(h)) = (e.expense.paid_date, e.heading) else {
            continue;
        };
        if amount.is_zero() || paid > as_of {
            continue;
        }
        let target = match e.target {
            Target::Line(l) => l as i32,
            Target::Shared => -1,
            Target::Unknown => continue,
        };
        items.push(Item {
            period: Month::of(paid).index(),
            target,
            heading: h as i32,
            amount,
        });
    }
    let mut inputs: BTreeMap<i32, QuarterInput> = BTreeMap::new();
    for ((p, t, h), amount) in sum_by_cell(&items) {
        let input = inputs.entry(p).or_insert_with(|| month_input_zero(project));
        if t < 0 {
            input.shared[h as usize] += amount;
        } else {
            input.direct[t as usize][h as usize] += amount;
        }
    }
    inputs
}

/// A closed quarter's last month: the quarter's claim minus the quarter's earlier months, per
/// line × heading and per line × source.
fn quarter_rest(
    project: &Project,
    qa: &QuarterAlloc,
    earlier: &[&MonthAlloc],
) -> (Vec<Vec<Money>>, Vec<Vec<Money>>) {
    let (nl, nh, ns) = (
        project.lines.len(),
        project.headings.len(),
        project.sources.len(),
    );
    let mut cells = vec![vec![Money::ZERO; nh]; nl];
    let mut by_source = vec![vec![Money::ZERO; ns]; nl];
    for l in 0..nl {
        for h in 0..nh {
            cells[l][h] =
                qa.cells[l][h].eligible - earlier.iter().map(|m| m.cells[l][h]).sum::<Money>();
            for s in 0..ns {
                by_source[l][s] += qa.cells[l][h].by_source[s];
            }
        }
        for s in 0..ns {
            by_source[l][s] -= earlier.iter().map(|m| m.by_source[l][s]).sum::<Money>();
        }
    }
    (cells, by_source)
}

/// Any other month, computed like a quarter on its own (shared key, indirect flat rate, source
/// split), under the version in force at its quarter's end.
fn month_on_its_own(
    project: &Project,
    q: Quarter,
    input: QuarterInput,
) -> (Vec<Vec<Money>>, Vec<Vec<Money>>) {
    let ns = project.sources.len();
    let version = project.version_on(q.last_day());
    let a = allocate_quarter(project, version, q, input);
    let cells = a
        .cells
        .iter()
        .map(|row| row.iter().map(|c| c.eligible).collect())
        .collect();
    let by_source = a
        .cells
        .iter()
        .map(|row| {
            (0..ns)
                .map(|s| row.iter().map(|c| c.by_source[s]).sum())
                .collect()
        })
        .collect();
    (cells, by_source)
}
