//! grantbook's entry point: arguments → `cli::run` → exit code; errors print their whole chain.

use std::process::ExitCode;

/// mimalloc: a million-line ledger is millions of small strings, allocated and freed by the
/// import and the rules (README "Performance" has the measurement).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match grantbook::cli::run(std::env::args_os()) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
