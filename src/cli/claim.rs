//! `grantbook claim --period 2020-Q3 | 2020 | --final`: builds the payment claim and writes it
//! under `--out` as `claim-<period>.<format>`.

use super::{input_paths, load, Format, Global};
use crate::model::ClaimPeriod;
use crate::render::{json::to_json, text, write_atomic};
use crate::report::claim::{build, ClaimInput};
use anyhow::bail;
use clap::Args;

#[derive(Args, Debug)]
pub struct ClaimArgs {
    /// A quarter (2020-Q3) or a calendar year (2020)
    #[arg(
        long,
        value_name = "PERIOD",
        required_unless_present = "final_",
        conflicts_with = "final_"
    )]
    pub period: Option<String>,
    /// The final report: the whole project
    #[arg(long = "final")]
    pub final_: bool,
}

pub fn run(g: &Global, a: &ClaimArgs) -> anyhow::Result<u8> {
    let period = match (&a.period, a.final_) {
        (_, true) => ClaimPeriod::Final,
        (Some(p), false) => match ClaimPeriod::parse(p) {
            Ok(p) => p,
            Err(e) => bail!("--period: {e}\n  hint: give a quarter such as 2020-Q3, a year such as 2020, or --final"),
        },
        (None, false) => bail!("give --period 2020-Q3, --period 2020 or --final"),
    };
    let run = load(g)?;
    let (first, last) = (run.alloc.first, run.alloc.last);
    if let ClaimPeriod::Quarter { quarter } = period {
        if quarter < first || quarter > last {
            bail!("--period {quarter}: outside the project's quarters {first} … {last}\n  hint: choose a quarter of the eligibility period");
        }
    }
    if let ClaimPeriod::Year { year } = period {
        if year < first.year || year > last.year {
            bail!(
                "--period {year}: outside the project's years {} … {}",
                first.year,
                last.year
            );
        }
    }
    let report = build(
        &ClaimInput {
            project: &run.project,
            ledger: &run.ledger,
            findings: &run.findings,
            ineligible: &run.ineligible,
            alloc: &run.alloc,
            lang: run.lang,
        },
        period,
    );
    let formats = if g.format.is_empty() {
        vec![Format::Xlsx, Format::Html, Format::Json]
    } else {
        g.format.clone()
    };
    let inputs = input_paths(&run);
    let stem = format!("claim-{}", period.label());
    let mut written = Vec::new();
    for f in formats {
        let (ext, bytes) = match f {
            Format::Json => ("json", to_json(&report)),
            Format::Xlsx | Format::Html | Format::Text => continue,
        };
        let path = g.out.join(format!("{stem}.{ext}"));
        write_atomic(&path, &bytes, &inputs)?;
        written.push(path.display().to_string());
    }
    if !g.quiet {
        print!("{}", text::claim_summary(&report, &written));
    }
    Ok(0)
}
