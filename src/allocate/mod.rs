//! Allocation: which costs each quarter claims, and the exact split of every quarter by line,
//! heading and funding source. Quarters are the unit; a year, the final report and every
//! cumulative column are sums of quarters (`Totals`).

pub(crate) mod aggregate;

pub(crate) use crate::model::quarter::{allocate_quarter, QuarterAlloc, QuarterInput, Split};

use crate::ledger::{Ledger, Target};
use crate::model::{Money, Project, Quarter};
use aggregate::Item;
use std::collections::BTreeMap;

/// Every quarter of the project, allocated, and each cost's eligible amount.
#[derive(Debug, Clone)]
pub struct Allocation {
    pub quarters: BTreeMap<Quarter, QuarterAlloc>,
    /// Per entry: the amount claimed (eligible, in its quarter), zero if none.
    pub eligible: Vec<Money>,
    pub first: Quarter,
    pub last: Quarter,
}

/// The quarters the project spans: from the first version's start to the latest version's end.
fn project_quarters(project: &Project) -> (Quarter, Quarter) {
    let first = project
        .versions
        .iter()
        .map(|v| v.period_start)
        .min()
        .expect("a version");
    let last = project
        .versions
        .iter()
        .map(|v| v.period_end)
        .max()
        .expect("a version");
    (Quarter::of(first), Quarter::of(last))
}

fn quarter_key(q: Quarter) -> i32 {
    q.year * 4 + q.q as i32 - 1
}

fn key_quarter(k: i32) -> Quarter {
    Quarter {
        year: k.div_euclid(4),
        q: (k.rem_euclid(4) + 1) as u32,
    }
}

/// Allocates every quarter. `ineligible` is each entry's ineligible amount (from the rules).
pub fn allocate(project: &Project, ledger: &Ledger, ineligible: &[Money]) -> Allocation {
    let (first, last) = project_quarters(project);
    let nl = project.lines.len();
    let nh = project.headings.len();
    let mut eligible = vec![Money::ZERO; ledger.entries.len()];
    let mut items = Vec::with_capacity(ledger.entries.len());
    let indirect_h = project.indirect_heading();
    for (i, e) in ledger.entries.iter().enumerate() {
        let (Some(paid), Some(base), Some(h)) = (e.expense.paid_date, e.base, e.heading) else {
            continue;
        };
        // Indirect costs are a flat rate, never booked from invoices (BUD-01 reports such a
        // line): the quarter computes that heading itself, so a booking to it is never claimed.
        if Some(h) == indirect_h {
            continue;
        }
        let q = Quarter::of(paid);
        if q < first || q > last {
            continue;
        }
        let target = match e.target {
            Target::Line(l) => l as i32,
            Target::Shared => -1,
            Target::Unknown => continue,
        };
        let amount = base - ineligible[i];
        if amount.is_zero() {
            continue;
        }
        eligible[i] = amount;
        items.push(Item {
            period: quarter_key(q),
            target,
            heading: h as i32,
            amount,
        });
    }
    let sums = aggregate::sum_by_cell(&items);
    let mut inputs: BTreeMap<Quarter, QuarterInput> = Quarter::range(first, last)
        .into_iter()
        .map(|q| (q, QuarterInput::zero(nl, nh)))
        .collect();
    for ((p, t, h), amount) in sums {
        let input = inputs.get_mut(&key_quarter(p)).expect("quarter in range");
        if t < 0 {
            input.shared[h as usize] += amount;
        } else {
            input.direct[t as usize][h as usize] += amount;
        }
    }
    let quarters = inputs
        .into_iter()
        .map(|(q, input)| {
            let version = project.version_on(q.last_day());
            (q, allocate_quarter(project, version, q, input))
        })
        .collect();
    Allocation {
        quarters,
        eligible,
        first,
        last,
    }
}

/// A sum of quarters: a year, the final report, earlier claims or a cumulative column.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub cells: Vec<Vec<Split>>,
    pub total: Split,
    pub indirect_base: Vec<Money>,
    pub indirect: Vec<Money>,
    pub shared: Vec<Money>,
    pub shared_split: Vec<Vec<Money>>,
}

impl Totals {
    pub fn zero(project: &Project) -> Totals {
        let (nl, nh, ns) = (
            project.lines.len(),
            project.headings.len(),
            project.sources.len(),
        );
        Totals {
            cells: vec![vec![Split::zero(ns); nh]; nl],
            total: Split::zero(ns),
            indirect_base: vec![Money::ZERO; nl],
            indirect: vec![Money::ZERO; nl],
            shared: vec![Money::ZERO; nh],
            shared_split: vec![vec![Money::ZERO; nh]; nl],
        }
    }

    pub fn add(&mut self, q: &QuarterAlloc) {
        for (l, row) in self.cells.iter_mut().enumerate() {
            for (h, c) in row.iter_mut().enumerate() {
                c.add(&q.cells[l][h]);
                self.shared_split[l][h] += q.shared_split[l][h];
            }
            self.indirect_base[l] += q.indirect_base[l];
            self.indirect[l] += q.indirect[l];
        }
        for (h, s) in self.shared.iter_mut().enumerate() {
            *s += q.input.shared[h];
        }
        self.total.add(&q.total);
    }

    /// The sum of the given quarters of `alloc` (quarters outside the project add nothing).
    pub fn of(
        project: &Project,
        alloc: &Allocation,
        quarters: impl IntoIterator<Item = Quarter>,
    ) -> Totals {
        let mut t = Totals::zero(project);
        for q in quarters {
            if let Some(a) = alloc.quarters.get(&q) {
                t.add(a);
            }
        }
        t
    }

    /// A line's total over all headings.
    pub fn line(&self, l: usize) -> Split {
        let mut s = Split::zero(self.total.by_source.len());
        for c in &self.cells[l] {
            s.add(c);
        }
        s
    }
}
