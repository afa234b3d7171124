//! Shared body of the spreadsheet fuzz targets: bytes → workbook → expense ledger, case
//! register and exchange rates, exactly as `grantbook` imports them. Any panic, hang or
//! runaway allocation is a finding; an `Err` is the expected answer to garbage.

use grantbook::import::{cases, expenses, grid, rates};
use std::path::Path;

pub fn import_all(data: &[u8], name: &str) {
    let Ok(wb) = grid::read_workbook_bytes(data.to_vec(), name) else {
        return;
    };
    let path = Path::new(name);
    let _ = expenses::read_expenses(&wb, path, None, None);
    let _ = cases::read_cases(&wb, path, None, None);
    let _ = rates::read_rates(&wb, path, None, None);
}
