//! `grantbook burn [--as-of 2021-06-30]`: the project manager's burn report, written under
//! `--out` as `burn-<as-of date>.<format>`. The as-of date defaults to the latest payment date
//! in the ledger (never today), so reruns are identical.

use super::{input_paths, load, Format, Global};
use crate::i18n::Msg;
use crate::render::{html::burn as burn_html, text::burn as burn_text, xlsx::burn as burn_xlsx};
use crate::render::{json::to_json, write_all_atomic};
use crate::report::burn::{as_of_range, build, check_as_of, default_as_of, BurnInput};
use chrono::NaiveDate;
use clap::Args;

#[derive(Args, Debug)]
pub(crate) struct BurnArgs {
    /// The date the report is made at [default: the latest payment date in the ledger]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
}

pub(crate) fn run(g: &Global, a: &BurnArgs) -> anyhow::Result<u8> {
    let given = match &a.as_of {
        Some(s) => match NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => crate::bail_msg!(Msg::new("err-cli-as-of").arg("value", s.as_str())),
        },
        None => None,
    };
    let run = load(g)?;
    let as_of = match given {
        Some(d) => {
            if let Err(msg) = check_as_of(&run.project, d, "--as-of") {
                crate::bail_msg!(msg);
            }
            d
        }
        // The latest payment, kept within the dates a report can be made at (a payment after
        // the grace is a finding, not a reason to refuse the default).
        None => {
            let Some(d) = default_as_of(&run.ledger) else {
                let msg = Msg::new("burn-no-default-as-of");
                crate::bail_msg!(msg);
            };
            let (from, to) = as_of_range(&run.project, d);
            d.clamp(from, to)
        }
    };
    let report = build(
        &BurnInput {
            project: &run.project,
            ledger: &run.ledger,
            alloc: &run.alloc,
            ineligible: &run.ineligible,
            lang: run.lang,
        },
        as_of,
    );
    let formats = if g.format.is_empty() {
        vec![Format::Xlsx, Format::Html, Format::Json]
    } else {
        g.format.clone()
    };
    let inputs = input_paths(&run);
    let stem = format!("burn-{as_of}");
    // Every format is rendered before anything is written: no partial output.
    let mut files = Vec::new();
    for f in formats {
        let (ext, bytes) = match f {
            Format::Json => ("json", to_json(&report)),
            Format::Html => ("html", burn_html::burn_as_html(&report)?.into_bytes()),
            Format::Xlsx => ("xlsx", burn_xlsx::burn_as_xlsx(&report)?),
            Format::Text => continue,
        };
        files.push((g.out.join(format!("{stem}.{ext}")), bytes));
    }
    let written = write_all_atomic(files, &inputs)?;
    print!("{}", burn_text::burn_summary(&report, &written));
    Ok(0)
}
