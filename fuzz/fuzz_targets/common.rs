//! Shared body of the spreadsheet fuzz targets: bytes → streamed table → expense ledger, case
//! register and exchange rates, exactly as `grantbook` imports them. Any panic, hang or
//! runaway allocation is a finding; an `Err` is the expected answer to garbage.

use grantbook::import::{cases, expenses, rates, sheet::{grid, stream}};
use std::path::Path;

pub fn import_all(data: &[u8], name: &str) {
    quiet_reader_panics();
    let path = Path::new(name);
    // The streamed path grantbook imports ledgers through …
    if let Ok(mut src) = stream::Source::from_bytes(data.to_vec(), name) {
        let _ = expenses::read_expenses(&mut src, path, None, None, "EUR");
        let _ = cases::read_cases(&mut src, path, None, None);
        let _ = rates::read_rates(&mut src, path, None, None);
    }
    // … and the grid the review reads claim workbooks into.
    if let Ok(wb) = grid::read_workbook_bytes(data.to_vec(), name) {
        let _ = expenses::read_expenses(&mut stream::Source::grid(&wb), path, None, None, "EUR");
    }
}

/// libfuzzer-sys aborts in its panic hook, before `grid` can turn a panic inside calamine into
/// an error. Keep the default report and abort for every other panic (the target's own
/// catch_unwind still aborts on them), and let calamine's be caught.
fn quiet_reader_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_reader = info
                .location()
                .is_some_and(|l| l.file().contains("/calamine-"));
            if !in_reader {
                default(info);
                std::process::abort();
            }
        }));
    });
}
