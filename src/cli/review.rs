//! `grantbook review --claim FILE.xlsx [--previous FILE.xlsx] [--checklist FILE.xlsx]
//! [--confidence 0.9] [--seed N]`: recomputes a submitted claim, samples its costs, and writes
//! `review-<period>.{xlsx,html,json}`. Exit 1 on a recomputation difference or a projected
//! error above the tolerable error.

use super::{input_paths, load, Format, Global};
use crate::import::claim_workbook::read_claim_workbook;
use crate::import::review_checklist::read_checklist;
use crate::render::html::review_as_html;
use crate::render::review_text::review_summary;
use crate::render::xlsx::review::review_as_xlsx;
use crate::render::{json::to_json, write_atomic};
use crate::report::claim::{build as build_claim, ClaimInput};
use crate::report::review::{build, sample::default_seed, ReviewInput};
use anyhow::{bail, Context};
use clap::Args;
use rust_decimal::Decimal;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ReviewArgs {
    /// The submitted claim workbook (claim-<period>.xlsx)
    #[arg(long, value_name = "FILE")]
    pub claim: PathBuf,
    /// The previous claim workbook, to check what changed and that cumulative figures carry forward
    #[arg(long, value_name = "FILE")]
    pub previous: Option<PathBuf>,
    /// A review workbook with the checklist filled in (result, amount deducted)
    #[arg(long, value_name = "FILE")]
    pub checklist: Option<PathBuf>,
    /// Confidence level of the sample, a fraction such as 0.9 [default: the project file's review_confidence_pct]
    #[arg(long, value_name = "FRACTION")]
    pub confidence: Option<String>,
    /// Seed of the random start [default: derived from the claim's input hashes]
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

pub const AFTER_HELP: &str = "Exit status: 0 no difference and the projected error within the tolerable error, 1 a\ndifference between the claim and its recomputation or a projected error above it, 2 could not run.\n\nExamples:\n  grantbook review --claim out/claim-2020-Q3.xlsx\n  grantbook review --claim out/claim-2020-Q3.xlsx --previous out/claim-2020-Q2.xlsx --out review/\n  grantbook review --claim out/claim-2020-Q3.xlsx --checklist filled-review.xlsx";

fn confidence(given: Option<&str>, default_pct: Decimal) -> anyhow::Result<Decimal> {
    let c = match given {
        None => default_pct / Decimal::ONE_HUNDRED,
        Some(s) => match s.trim().parse::<Decimal>() {
            Ok(c) => c,
            Err(_) => {
                bail!("--confidence {s:?}: expected a fraction such as 0.9\n  hint: 0.9 is 90 %")
            }
        },
    };
    if c <= Decimal::ZERO || c >= Decimal::ONE {
        bail!("--confidence {c}: must lie strictly between 0 and 1\n  hint: 0.9 is 90 %; 0.95 is 95 %");
    }
    Ok(c)
}

pub fn run(g: &Global, a: &ReviewArgs) -> anyhow::Result<u8> {
    let submitted = read_claim_workbook(&a.claim)?;
    let previous = match &a.previous {
        Some(p) => Some(read_claim_workbook(p)?),
        None => None,
    };
    let filled = match &a.checklist {
        Some(p) => Some(read_checklist(p)?),
        None => None,
    };
    let run = load(g)?;
    let frozen = crate::import::register::read_register(&run.project)?;
    let period = submitted.period;
    let (first, last) = (run.alloc.first, run.alloc.last);
    let quarters = period.quarters(first, last);
    if quarters.iter().any(|q| *q < first || *q > last) {
        bail!(
            "{}: the claim's period {} lies outside the project's quarters {first} … {last}\n  hint: review it against the project file it was built with (--project)",
            submitted.file,
            period.label()
        );
    }
    let recomputed = build_claim(
        &ClaimInput {
            project: &run.project,
            ledger: &run.ledger,
            findings: &run.findings,
            ineligible: &run.ineligible,
            alloc: &run.alloc,
            lang: run.lang,
            frozen: &frozen,
        },
        period,
    );
    let version = run.project.version_on(recomputed.period.to);
    let conf = confidence(
        a.confidence.as_deref(),
        version.params.review_confidence_pct,
    )?;
    let seed = a.seed.unwrap_or_else(|| default_seed(&submitted.inputs));
    if let Some(f) = &filled {
        let made_with = |k: &str| f.meta.get(k).cloned().unwrap_or_default();
        let pct = (conf * Decimal::ONE_HUNDRED).normalize().to_string();
        if made_with("seed") != seed.to_string()
            || made_with("confidence_pct") != pct
            || made_with("claim_sha256") != submitted.sha256
        {
            bail!(
                "{}: the checklist was made for another sample (claim {}, seed {}, confidence {} %); this run has claim {}, seed {seed}, confidence {pct} %\n  hint: give the same --claim, --seed and --confidence as the review that wrote the checklist",
                f.file,
                made_with("claim_file"),
                made_with("seed"),
                made_with("confidence_pct"),
                submitted.file
            );
        }
    }
    let report = build(&ReviewInput {
        project: &run.project,
        submitted: &submitted,
        recomputed: &recomputed,
        previous: previous.as_ref(),
        filled: filled.as_ref().map(|f| f.rows.as_slice()),
        confidence: conf,
        seed,
        lang: run.lang,
    });
    if let Some(f) = &filled {
        let unknown: Vec<&str> = f
            .rows
            .iter()
            .filter(|x| !report.checklist.iter().any(|c| c.entry_id == x.entry_id))
            .map(|x| x.at.as_str())
            .collect();
        if !unknown.is_empty() {
            bail!(
                "{}: rows not in the sample: {}\n  hint: fill in the checklist rows the review wrote; do not add rows",
                f.file,
                unknown.join(", ")
            );
        }
        if let Some(x) = f.rows.iter().find(|x| {
            report
                .checklist
                .iter()
                .any(|c| c.entry_id == x.entry_id && x.deducted > c.book_value)
        }) {
            bail!(
                "{} › {}: the amount deducted {} is more than the cost's eligible amount\n  hint: deduct at most the book value of the cost",
                f.file,
                x.at,
                x.deducted
            );
        }
    }
    let formats = if g.format.is_empty() {
        vec![Format::Xlsx, Format::Html, Format::Json]
    } else {
        g.format.clone()
    };
    let mut inputs = input_paths(&run);
    inputs.push(a.claim.clone());
    inputs.extend(a.previous.iter().cloned());
    inputs.extend(a.checklist.iter().cloned());
    let stem = format!("review-{}", submitted.period.label());
    let mut written = Vec::new();
    for f in formats {
        let (ext, bytes) = match f {
            Format::Json => ("json", to_json(&report)),
            Format::Xlsx => (
                "xlsx",
                review_as_xlsx(&report).context("cannot build the review workbook")?,
            ),
            Format::Html => ("html", review_as_html(&report)?.into_bytes()),
            Format::Text => continue,
        };
        let path = g.out.join(format!("{stem}.{ext}"));
        write_atomic(&path, &bytes, &inputs)?;
        written.push(path.display().to_string());
    }
    if !g.quiet {
        print!("{}", review_summary(&report, &written));
    }
    Ok(report.conclusion.exit_code)
}
