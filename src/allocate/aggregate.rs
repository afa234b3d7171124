//! The large aggregation — eligible amounts summed by quarter × activity × heading (or by
//! month, for the burn report) — done in polars with amounts as integer cents. Takes and returns
//! our own types: no `DataFrame` leaves this file.

use crate::model::money::{from_cents, to_cents};
use crate::model::Money;
use polars::prelude::*;
use std::collections::BTreeMap;

/// One cost to aggregate: a period key (e.g. a quarter or month index), a target (an activity
/// line index, or -1 for shared costs), a heading index and its eligible amount.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    pub period: i32,
    pub target: i32,
    pub heading: i32,
    pub amount: Money,
}

/// Sums amounts by (period, target, heading), exactly (integer cents).
pub(crate) fn sum_by_cell(items: &[Item]) -> BTreeMap<(i32, i32, i32), Money> {
    if items.is_empty() {
        return BTreeMap::new();
    }
    let n = items.len();
    let period: Vec<i32> = items.iter().map(|i| i.period).collect();
    let target: Vec<i32> = items.iter().map(|i| i.target).collect();
    let heading: Vec<i32> = items.iter().map(|i| i.heading).collect();
    let cents: Vec<i64> = items.iter().map(|i| to_cents(i.amount)).collect();
    let result = (|| -> PolarsResult<BTreeMap<(i32, i32, i32), Money>> {
        let df = DataFrame::new(
            n,
            vec![
                Column::new("p".into(), period),
                Column::new("t".into(), target),
                Column::new("h".into(), heading),
                Column::new("c".into(), cents),
            ],
        )?;
        let out = df
            .lazy()
            .group_by([col("p"), col("t"), col("h")])
            .agg([col("c").sum()])
            .collect()?;
        let p = out.column("p")?.i32()?;
        let t = out.column("t")?.i32()?;
        let h = out.column("h")?.i32()?;
        let c = out.column("c")?.i64()?;
        let mut map = BTreeMap::new();
        for i in 0..out.height() {
            if let (Some(p), Some(t), Some(h), Some(c)) = (p.get(i), t.get(i), h.get(i), c.get(i)) {
                map.insert((p, t, h), from_cents(c));
            }
        }
        Ok(map)
    })();
    // The frame is built from plain vectors of equal length; polars cannot fail on it except
    // by a bug, and then the exact fallback below gives the same answer.
    result.unwrap_or_else(|_| {
        let mut map = BTreeMap::new();
        for i in items {
            *map.entry((i.period, i.target, i.heading))
                .or_insert(Money::ZERO) += i.amount;
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn sums_exactly_by_cell() {
        let d = |s| Money::from_str(s).unwrap();
        let items = vec![
            Item {
                period: 1,
                target: 0,
                heading: 2,
                amount: d("0.10"),
            },
            Item {
                period: 1,
                target: 0,
                heading: 2,
                amount: d("0.20"),
            },
            Item {
                period: 1,
                target: -1,
                heading: 2,
                amount: d("-5.05"),
            },
            Item {
                period: 2,
                target: 0,
                heading: 2,
                amount: d("1.00"),
            },
        ];
        let m = sum_by_cell(&items);
        assert_eq!(m[&(1, 0, 2)], d("0.30"));
        assert_eq!(m[&(1, -1, 2)], d("-5.05"));
        assert_eq!(m[&(2, 0, 2)], d("1.00"));
    }
}
