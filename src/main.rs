//! grantbook's entry point: arguments → `cli::run` → exit code; errors print their whole chain
//! in the run's language (`cli::print_error`).

use std::ffi::OsString;
use std::process::ExitCode;

/// mimalloc: a million-line ledger is millions of small strings, allocated and freed by the
/// import and the rules (README "Performance" has the measurement).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Transparent huge pages off (Linux): a page of the heap is then zeroed when it is first
    // used, 4 KiB at a time, instead of 2 MiB at the first touch of any of its bytes. A check of
    // a million-line ledger spends a fifth of its time in the kernel zeroing pages with them:
    // without, its wall time is 0.87× (README "Performance"). A kernel without the setting
    // runs as before.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    let args: Vec<OsString> = std::env::args_os().collect();
    match grantbook::cli::run(args.clone()) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            grantbook::cli::print_error(&e, &args);
            ExitCode::from(2)
        }
    }
}
