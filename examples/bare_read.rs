//! The benchmark baseline (scripts/bench.sh): a bare calamine read of the given workbooks that
//! opens each file, loads every sheet and touches every cell — no header matching, typing,
//! rules or reports. Whatever grantbook does beyond this is its own cost.
//!
//! ```text
//! cargo run --release --example bare_read -- expenses.xlsx cases.xlsx rates.xlsx
//! ```

use calamine::{open_workbook_auto, Data, Reader};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        return Err("usage: bare_read FILE.xlsx [FILE.xlsx …]".into());
    }
    let (mut cells, mut text_bytes, mut sum) = (0usize, 0usize, 0f64);
    for p in &paths {
        let mut wb = open_workbook_auto(p)?;
        let names = wb.sheet_names().to_vec();
        for name in names {
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
