//! Fuzz target: arbitrary text parsed and checked as a project file (budgets/*.toml).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ =
            grantbook::import::project::parse_project(text, std::path::Path::new("project.toml"));
    }
});
