//! Turns a calamine sheet (`Range<Data>`) into grantbook's cell grid by moving, not copying:
//! every text cell's `String` is taken out of the range, so a million-row ledger is never held
//! twice as owned strings. Kept apart from `grid` (file formats) for the speed work only.

use super::grid::{convert, Cell};
use calamine::{Data, Range};

/// The rows of `range`, each cell converted as `grid::convert` does; the range is consumed.
pub fn cells_from_range(mut range: Range<Data>) -> Vec<Vec<Cell>> {
    let height = range.height();
    let mut rows = Vec::with_capacity(height);
    for i in 0..height {
        let row: &mut [Data] = &mut range[i];
        let mut out = Vec::with_capacity(row.len());
        for d in row.iter_mut() {
            out.push(match std::mem::take(d) {
                Data::Empty => Cell::Empty,
                Data::String(s) => Cell::Text(s),
                Data::Float(f) => Cell::Number(f),
                Data::Int(i) => Cell::Int(i),
                other => convert(&other),
            });
        }
        // Trailing empty cells are dropped: `Sheet::get` reads past a row's end as empty.
        while matches!(out.last(), Some(Cell::Empty)) {
            out.pop();
        }
        rows.push(out);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_every_cell_as_convert_does() {
        let mut r: Range<Data> = Range::new((2, 1), (3, 3));
        r.set_value((2, 1), Data::String("E-1".into()));
        r.set_value((2, 2), Data::Float(12.5));
        r.set_value((3, 3), Data::Int(7));
        let expected: Vec<Vec<Cell>> = r
            .rows()
            .map(|row| {
                let mut v: Vec<Cell> = row.iter().map(convert).collect();
                while matches!(v.last(), Some(Cell::Empty)) {
                    v.pop();
                }
                v
            })
            .collect();
        let got = cells_from_range(r);
        assert_eq!(got, expected);
        assert_eq!(got[0], vec![Cell::Text("E-1".into()), Cell::Number(12.5)]);
        assert_eq!(got[1], vec![Cell::Empty, Cell::Empty, Cell::Int(7)]);
    }
}
