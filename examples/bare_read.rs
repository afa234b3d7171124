//! The benchmark baseline (scripts/bench.sh): a bare calamine read of the given workbooks that
//! opens each file, loads every sheet and touches every cell — no header matching, typing,
//! rules or reports. Whatever grantbook does beyond this is its own cost.
//!
//! By default each sheet is read as a `Range` (`worksheet_range`, calamine's usual API); with
//! `--cells`, xlsx sheets are streamed with calamine's cell reader instead (what grantbook
//! itself uses: no range is laid out), one file after the other on one thread. With `--scan`,
//! each file is only measured by grantbook's own pass over its XML parts before calamine opens
//! it (`import::sheet::zip_bounds`): that pass's share of a `check`.
//!
//! ```text
//! cargo run --release --example bare_read -- expenses.xlsx cases.xlsx rates.xlsx
//! cargo run --release --example bare_read -- --cells expenses.xlsx cases.xlsx rates.xlsx
//! ```

use calamine::{open_workbook_auto, Data, DataRef, Reader, Sheets};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let cells_mode = args.first().is_some_and(|a| a == "--cells");
    if cells_mode {
        args.remove(0);
    }
    if args.first().is_some_and(|a| a == "--scan") {
        for p in &args[1..] {
            let bytes = std::fs::read(p)?;
            grantbook::import::sheet::zip_bounds::check_zip_workbook(&bytes)?;
        }
        println!("scanned {} files", args.len() - 1);
        return Ok(());
    }
    if args.is_empty() {
        return Err("usage: bare_read [--cells] FILE.xlsx [FILE.xlsx …]".into());
    }
    let (mut cells, mut text_bytes, mut sum) = (0usize, 0usize, 0f64);
    for p in &args {
        let mut wb = open_workbook_auto(p)?;
        let names = wb.sheet_names().to_vec();
        for name in names {
            if let (true, Sheets::Xlsx(x)) = (cells_mode, &mut wb) {
                let mut r = x.worksheet_cells_reader(&name)?;
                while let Some(c) = r.next_cell()? {
                    cells += 1;
                    match c.get_value() {
                        DataRef::String(s) => text_bytes += s.len(),
                        DataRef::SharedString(s) => text_bytes += s.len(),
                        DataRef::Float(f) => sum += f,
                        DataRef::Int(i) => sum += *i as f64,
                        DataRef::DateTime(d) => sum += d.as_f64(),
                        _ => {}
                    }
                }
                continue;
            }
            let range = wb.worksheet_range(&name)?;
            for row in range.rows() {
                for c in row {
                    cells += 1;
                    match c {
                        Data::String(s) => text_bytes += s.len(),
                        Data::Float(f) => sum += f,
                        Data::Int(i) => sum += *i as f64,
                        Data::DateTime(d) => sum += d.as_f64(),
                        _ => {}
                    }
                }
            }
        }
    }
    println!("cells {cells} text_bytes {text_bytes} numeric_sum {sum:.2}");
    Ok(())
}
