//! grantbook's entry point: arguments → `cli::run` → exit code; errors print their whole chain
//! in the run's language (`cli::print_error`).

use std::ffi::OsString;
use std::process::ExitCode;

/// mimalloc: a million-line ledger is millions of small strings, allocated and freed by the
/// import and the rules (README "Performance" has the measurement).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    match grantbook::cli::run(args.clone()) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            grantbook::cli::print_error(&e, &args);
            ExitCode::from(2)
        }
    }
}
