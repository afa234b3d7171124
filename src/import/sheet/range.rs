//! Turns a calamine sheet (`Range<Data>`) into grantbook's cell grid by moving, not copying:
//! every text cell's `String` is taken out of the range, so a million-row ledger is never held
//! twice as owned strings. Kept apart from `grid` (file formats) for the speed work only.

use super::cells::Cell;
use super::grid::convert;
use calamine::{Data, DataRef, Range, Reader, Sheets};
use std::io::{Read, Seek};

/// A sheet's first row, first column and rows of cells.
pub(crate) type Grid = (u32, u32, Vec<Vec<Cell>>);

/// One sheet as `(first row, first column, rows)`. An xlsx sheet is streamed cell by cell into
/// the grid (no intermediate `Range`, which calamine would build twice); other formats, or an
/// xlsx sheet whose rows are out of order, go through `worksheet_range`.
pub fn read_sheet<RS: Read + Seek>(wb: &mut Sheets<RS>, name: &str) -> Result<Grid, String> {
    if let Sheets::Xlsx(x) = wb {
        if let Some(grid) = stream_xlsx(x, name)? {
            return Ok(grid);
        }
    }
    let range = wb.worksheet_range(name).map_err(|e| e.to_string())?;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    Ok((row0, col0, cells_from_range(range)))
}

fn stream_xlsx<RS: Read + Seek>(
    x: &mut calamine::Xlsx<RS>,
    name: &str,
) -> Result<Option<Grid>, String> {
    // A chart sheet or an unusual part: calamine's own path knows what to do with it.
    let Ok(mut reader) = x.worksheet_cells_reader(name) else {
        return Ok(None);
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    let mut row0: Option<u32> = None;
    let mut col0 = u32::MAX;
    while let Some(c) = reader.next_cell().map_err(|e| e.to_string())? {
        if matches!(c.get_value(), DataRef::Empty) {
            continue;
        }
        let (r, col) = c.get_position();
        let base = *row0.get_or_insert(r);
        if r < base || (r - base) as usize + 1 < rows.len() {
            return Ok(None); // out of order: let calamine sort it out
        }
        let i = (r - base) as usize;
        if rows.len() <= i {
            let width = rows.last().map_or(16, |r| r.len());
            rows.resize_with(i + 1, || Vec::with_capacity(width));
        }
        let row = &mut rows[i];
        let col = col as usize;
        if col < row.len() {
            return Ok(None);
        }
        row.resize(col, Cell::Empty);
        col0 = col0.min(col as u32);
        row.push(match c.get_value() {
            DataRef::SharedString(s) => Cell::Text((*s).to_string()),
            DataRef::String(s) => Cell::Text(s.clone()),
            DataRef::Float(f) => Cell::Number(*f),
            DataRef::Int(i) => Cell::Int(*i),
            other => convert(&Data::from(other.clone())),
        });
    }
    let Some(row0) = row0 else {
        return Ok(Some((0, 0, Vec::new())));
    };
    if col0 > 0 {
        for row in &mut rows {
            row.drain(..(col0 as usize).min(row.len()));
        }
    }
    Ok(Some((row0, col0, rows)))
}

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

    #[test]
    fn a_streamed_xlsx_sheet_equals_the_range_path() {
        use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("S").unwrap();
        ws.write_string(0, 1, "title from column B").unwrap();
        ws.write_string(2, 1, "Summa").unwrap();
        ws.write_string(2, 3, "Datums").unwrap();
        ws.write_number(3, 1, 12.5).unwrap();
        let date = ExcelDateTime::from_ymd(2020, 7, 15).unwrap();
        let fmt = Format::new().set_num_format("dd.mm.yyyy");
        ws.write_datetime_with_format(3, 3, &date, &fmt).unwrap();
        ws.write_string(6, 2, "after a gap").unwrap();
        ws.write_boolean(7, 4, true).unwrap();
        let bytes = wb.save_to_buffer().unwrap();

        let open =
            || calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
        let streamed = read_sheet(&mut open(), "S").unwrap();
        let range = open().worksheet_range("S").unwrap();
        let (row0, col0) = range.start().unwrap();
        assert_eq!(streamed, (row0, col0, cells_from_range(range)));
        assert_eq!((streamed.0, streamed.1), (0, 1));
    }
}
