//! Fuzz target: arbitrary bytes imported as an .xlsx input (grid, header matching, cell typing).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::import_all(data, "input.xlsx");
});
