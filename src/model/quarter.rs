//! One quarter's claim, computed on its own (PRODUCT.md, "Within a quarter"): shared costs of
//! each heading apportioned to the lines by the key; each line's indirect costs the flat rate of
//! its eligible direct costs; the quarter's total split EU / co-financing with the EU share
//! rounded half up; the EU share apportioned to the line × heading cells by largest remainder.

use crate::model::money::{cents, largest_remainder, pct_of, split_by_weights};
use crate::model::project::{Project, Version};
use crate::model::{Money, Quarter};
use serde::Serialize;

/// A cell's eligible amount and its split by source (source order of the project).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Split {
    pub eligible: Money,
    pub by_source: Vec<Money>,
}

impl Split {
    pub(crate) fn zero(sources: usize) -> Split {
        Split {
            eligible: Money::ZERO,
            by_source: vec![Money::ZERO; sources],
        }
    }
    pub(crate) fn add(&mut self, o: &Split) {
        self.eligible += o.eligible;
        for (a, b) in self.by_source.iter_mut().zip(&o.by_source) {
            *a += *b;
        }
    }
}

/// Eligible costs of one quarter, before the split: line-coded and shared, per heading.
#[derive(Debug, Clone, PartialEq)]
pub struct QuarterInput {
    /// `[line][heading]`, costs booked to a line.
    pub direct: Vec<Vec<Money>>,
    /// `[heading]`, costs booked as shared.
    pub shared: Vec<Money>,
}

impl QuarterInput {
    pub(crate) fn zero(lines: usize, headings: usize) -> QuarterInput {
        QuarterInput {
            direct: vec![vec![Money::ZERO; headings]; lines],
            shared: vec![Money::ZERO; headings],
        }
    }
}

/// A quarter's allocation: every cell split, every row and column adding up to the cent.
#[derive(Debug, Clone, PartialEq)]
pub struct QuarterAlloc {
    pub quarter: Quarter,
    pub version: u32,
    pub input: QuarterInput,
    /// `[line][heading]`: shared costs apportioned to each line.
    pub shared_split: Vec<Vec<Money>>,
    /// Per line: the eligible direct base of the indirect costs, and the indirect costs.
    pub indirect_base: Vec<Money>,
    pub indirect: Vec<Money>,
    /// `[line][heading]`, the indirect heading included.
    pub cells: Vec<Vec<Split>>,
    pub total: Split,
}

/// Computes one quarter. `version` is the agreement version in force at the quarter's end.
pub(crate) fn allocate_quarter(
    project: &Project,
    version: &Version,
    quarter: Quarter,
    input: QuarterInput,
) -> QuarterAlloc {
    let nl = project.lines.len();
    let nh = project.headings.len();
    let ns = project.sources.len();
    let indirect_h = project.indirect_heading();

    // Shared costs: heading by heading, by the key, largest remainder, ties to the lower line.
    let mut shared_split = vec![vec![Money::ZERO; nh]; nl];
    if let Some(key) = &project.shared {
        for (h, &s) in input.shared.iter().enumerate() {
            if s.is_zero() {
                continue;
            }
            let parts = split_by_weights(s, &key.key);
            for (row, part) in shared_split.iter_mut().zip(parts) {
                row[h] = part;
            }
        }
    }

    // Eligible direct cells, then each line's indirect costs on its direct base.
    let mut eligible = vec![vec![Money::ZERO; nh]; nl];
    let mut indirect_base = vec![Money::ZERO; nl];
    let mut indirect = vec![Money::ZERO; nl];
    for l in 0..nl {
        for h in 0..nh {
            if Some(h) == indirect_h {
                continue;
            }
            eligible[l][h] = input.direct[l][h] + shared_split[l][h];
            if !version
                .params
                .indirect_excluded_headings
                .contains(&project.headings[h].code)
            {
                indirect_base[l] += eligible[l][h];
            }
        }
        if let Some(ih) = indirect_h {
            indirect[l] = cents(pct_of(indirect_base[l], version.params.indirect_rate));
            eligible[l][ih] = indirect[l];
        }
    }

    // The quarter's total, split by source; each non-last source apportioned to the cells.
    let flat: Vec<Money> = eligible.iter().flatten().copied().collect();
    let total: Money = flat.iter().copied().sum();
    let source_totals = project.split_by_source(total);
    let mut per_source: Vec<Vec<Money>> = Vec::with_capacity(ns);
    let mut left = flat.clone();
    for (s, st) in source_totals.iter().enumerate() {
        if s + 1 == ns {
            per_source.push(left.clone());
        } else {
            let exact: Vec<Money> = flat
                .iter()
                .map(|x| pct_of(*x, project.sources[s].share))
                .collect();
            let parts = largest_remainder(*st, &exact);
            for (a, p) in left.iter_mut().zip(&parts) {
                *a -= *p;
            }
            per_source.push(parts);
        }
    }
    let mut cells = vec![vec![Split::zero(ns); nh]; nl];
    for l in 0..nl {
        for h in 0..nh {
            let k = l * nh + h;
            cells[l][h] = Split {
                eligible: eligible[l][h],
                by_source: per_source.iter().map(|p| p[k]).collect(),
            };
        }
    }
    QuarterAlloc {
        quarter,
        version: version.number,
        input,
        shared_split,
        indirect_base,
        indirect,
        cells,
        total: Split {
            eligible: total,
            by_source: source_totals,
        },
    }
}
