//! The claim register in the reports: a quarter frozen as it would be submitted now (`freeze`)
//! and the sums later claims take as "earlier claims" (`add_frozen`). Pure; the records are
//! `model::register`, `import::readback::register` reads the register, `render::register` writes it, and
//! `rules::fin02_frozen` reports ledger changes to a frozen quarter.

use crate::allocate::{Allocation, Split, Totals};
use crate::ledger::Ledger;
use crate::model::money::cents;
use crate::model::{Project, Quarter};

use crate::model::register::{FrozenCell, FrozenClaim, FrozenEntry, FrozenSplit, FORMAT};

fn frozen_split(s: &Split) -> FrozenSplit {
    FrozenSplit {
        eligible: cents(s.eligible),
        by_source: s.by_source.iter().map(|x| cents(*x)).collect(),
    }
}

/// Freezes quarter `q` of the allocation as it would be submitted now.
pub(crate) fn freeze(
    project: &Project,
    ledger: &Ledger,
    alloc: &Allocation,
    q: Quarter,
) -> FrozenClaim {
    let qa = alloc.quarters.get(&q);
    let mut cells = Vec::new();
    if let Some(qa) = qa {
        for (l, line) in project.lines.iter().enumerate() {
            for (h, heading) in project.headings.iter().enumerate() {
                let c = &qa.cells[l][h];
                if c.eligible.is_zero() && c.by_source.iter().all(|x| x.is_zero()) {
                    continue;
                }
                let f = frozen_split(c);
                cells.push(FrozenCell {
                    line: line.code.clone(),
                    heading: heading.code.clone(),
                    eligible: f.eligible,
                    by_source: f.by_source,
                });
            }
        }
    }
    let entries = ledger
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.expense.paid_date.is_some_and(|d| Quarter::of(d) == q))
        .map(|(i, e)| FrozenEntry::of(&e.expense, alloc.eligible[i]))
        .collect();
    FrozenClaim {
        format: FORMAT.to_string(),
        agreement: project.agreement.number.clone(),
        quarter: q.to_string(),
        agreement_version: qa.map(|a| a.version).unwrap_or(0),
        tool_version: crate::report::TOOL.version.to_string(),
        inputs: ledger.digests.clone(),
        sources: project.sources.iter().map(|s| s.code.clone()).collect(),
        total: qa
            .map(|a| frozen_split(&a.total))
            .unwrap_or_else(|| frozen_split(&Split::zero(project.sources.len()))),
        cells,
        entries,
    }
}

/// Adds a frozen claim's cells and total to a sum of quarters.
pub(crate) fn add_frozen(project: &Project, t: &mut Totals, f: &FrozenClaim) {
    for c in &f.cells {
        let (Some(l), Some(h)) = (
            project.line_index(&c.line),
            project.heading_index(&c.heading),
        ) else {
            continue;
        };
        let cell = &mut t.cells[l][h];
        cell.eligible += c.eligible;
        for (a, b) in cell.by_source.iter_mut().zip(&c.by_source) {
            *a += *b;
        }
    }
    t.total.eligible += f.total.eligible;
    for (a, b) in t.total.by_source.iter_mut().zip(&f.total.by_source) {
        *a += *b;
    }
}
