//! grantbook-synth: a reproducible, seeded generator of synthetic sample inputs for grantbook —
//! the expense ledger, the case register and the exchange rates of the AVRR project
//! AK/IOM/PMIF/2018/1, with ten planted rule violations. Stand-alone: it does not use the
//! grantbook library.
//!
//! ```text
//! cargo run --bin grantbook-synth -- [--seed 2019] [--out sample-data] [--format xlsx|csv]
//!                                    [--cases 300] [--scale N]
//! ```

mod gen;
mod model;
mod readme;
mod write;

#[cfg(test)]
mod tests;

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Parser, ValueEnum};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OutFormat {
    Xlsx,
    Csv,
}

/// Generate synthetic, pseudonymous sample inputs (ledger, case register, rates) for grantbook.
#[derive(Parser, Debug)]
#[command(name = "grantbook-synth", version)]
struct Cli {
    /// Random seed: the same seed gives the same files.
    #[arg(long, default_value_t = 2019)]
    seed: u64,
    /// Output folder (created if missing).
    #[arg(long, default_value = "sample-data")]
    out: PathBuf,
    /// File format of the three inputs.
    #[arg(long, value_enum, default_value_t = OutFormat::Xlsx)]
    format: OutFormat,
    /// Number of cases (persons) before scaling; budgets and targets scale with cases / 300.
    #[arg(long, default_value_t = 300)]
    cases: usize,
    /// Multiplies the number of cases and of the non-case ledger lines (for benchmarks).
    #[arg(long, default_value_t = 1)]
    scale: usize,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    if cli.cases < 60 {
        bail!("--cases must be at least 60 (the planted mistakes need distinct cases)");
    }
    if cli.scale == 0 {
        bail!("--scale must be at least 1");
    }
    let opts = gen::Options {
        seed: cli.seed,
        cases: cli.cases,
        scale: cli.scale,
    };
    let started = std::time::Instant::now();
    let ds = gen::generate(&opts);
    eprintln!(
        "generated {} cases and {} cost lines in {:.2?}",
        ds.cases.len(),
        ds.costs.len(),
        started.elapsed()
    );
    print!("{}", readme::budget_table(&ds));

    std::fs::create_dir_all(&cli.out).with_context(|| format!("creating {}", cli.out.display()))?;
    let written = std::time::Instant::now();
    match cli.format {
        OutFormat::Xlsx => write::write_xlsx(&ds, &cli.out)?,
        OutFormat::Csv => write::write_csv(&ds, &cli.out)?,
    }
    let ext = match cli.format {
        OutFormat::Xlsx => "xlsx",
        OutFormat::Csv => "csv",
    };
    let text = readme::readme(&ds, &opts, ext);
    std::fs::write(cli.out.join("README.md"), text).context("writing README.md")?;
    eprintln!(
        "wrote {}/{{expenses,cases,rates}}.{ext} and README.md in {:.2?}",
        cli.out.display(),
        written.elapsed()
    );
    let over: Vec<_> = gen::budget_totals(&ds)
        .0
        .into_iter()
        .filter(|c| c.total() > c.budget)
        .map(|c| format!("{} {}", c.activity, c.heading))
        .collect();
    if !over.is_empty() {
        eprintln!(
            "note: over budget (expected only for scaled runs): {}",
            over.join(", ")
        );
    }
    Ok(())
}
