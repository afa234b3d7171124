//! grantbook's entry point: arguments → `cli::run` → exit code; errors print their whole chain.

use std::process::ExitCode;

fn main() -> ExitCode {
    match grantbook::cli::run(std::env::args_os()) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
