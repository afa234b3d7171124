//! `grantbook claim --period 2020-Q3 | 2020 | --final`: builds the payment claim and writes it
//! under `--out` as `claim-<period>.<format>`.

use super::{input_paths, load, Format, Global, Run};
use crate::i18n::{Msg, MsgContext, UserError};
use crate::import::readback::register::register_dir;
use crate::model::register::FrozenClaim;
use crate::model::ClaimPeriod;
use crate::render::html::claim::write_claim_html;
use crate::render::register::{submit, Submitted};
use crate::render::xlsx::claim::write_claim_xlsx;
use crate::render::{commit_all, json::write_json, stage_file_with, stage_with, text, Staged};
use crate::report::claim::{build, ClaimInput, ClaimReport};
use crate::report::register::freeze;
use clap::Args;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub(crate) struct ClaimArgs {
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
    /// Freeze the quarter's claim into the project's claim register (quarters only)
    #[arg(long)]
    pub submit: bool,
}

pub(crate) fn run(g: &Global, a: &ClaimArgs) -> anyhow::Result<u8> {
    let period = claim_period(a)?;
    let mut run = load(g)?;
    run.progress.stage("claim report");
    // A submission holds the register's lock from before it reads the register until its
    // entry is in place: of two submissions at once, one is refused.
    let _lock = match a.submit {
        true => Some(crate::render::register::lock(&register_dir(&run.project))?),
        false => None,
    };
    let frozen = crate::import::readback::register::read_register(&run.project)?;
    check_within_project(period, &run)?;
    let report = build(
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
    let formats = if g.format.is_empty() {
        vec![Format::Xlsx, Format::Html, Format::Json]
    } else {
        g.format.clone()
    };
    let to_submit = quarter_to_submit(a, period, &run, &frozen)?;
    let inputs = input_paths(&run);
    let stem = format!("claim-{}", period.label());
    run.progress.stage("render");
    let written = render_all(g, &formats, &report, &inputs, &stem)?;
    run.progress.finish();
    if !g.quiet {
        print!("{}", text::claim::claim_summary(&report, &written));
    }
    if let Some(f) = to_submit {
        record_submission(g, &run, &f, &frozen)?;
    }
    Ok(0)
}

/// The period the arguments name, and `--submit` only with a quarter.
fn claim_period(a: &ClaimArgs) -> anyhow::Result<ClaimPeriod> {
    let period = match (&a.period, a.final_) {
        (_, true) => ClaimPeriod::Final,
        (Some(p), false) => match ClaimPeriod::parse(p) {
            Ok(p) => p,
            Err(_) => crate::bail_msg!(Msg::new("err-cli-period").arg("value", p.as_str())),
        },
        (None, false) => crate::bail_msg!(Msg::new("err-cli-no-period")),
    };
    if a.submit && !matches!(period, ClaimPeriod::Quarter { .. }) {
        crate::bail_msg!(Msg::new("err-cli-submit-quarter").arg("period", period.label()));
    }
    Ok(period)
}

/// A quarter or a year of the project's eligibility period.
fn check_within_project(period: ClaimPeriod, run: &Run) -> anyhow::Result<()> {
    let (first, last) = (run.alloc.first, run.alloc.last);
    if let ClaimPeriod::Quarter { quarter } = period {
        if quarter < first || quarter > last {
            crate::bail_msg!(Msg::new("err-cli-quarter-outside")
                .arg("quarter", quarter.to_string())
                .arg("first", first.to_string())
                .arg("last", last.to_string()));
        }
    }
    if let ClaimPeriod::Year { year } = period {
        if year < first.year || year > last.year {
            crate::bail_msg!(Msg::new("err-cli-year-outside")
                .arg("year", year.to_string())
                .arg("first", first.year.to_string())
                .arg("last", last.year.to_string()));
        }
    }
    Ok(())
}

/// With `--submit`, the quarter's figures to freeze. A quarter submitted before with other
/// figures is refused before anything is written.
fn quarter_to_submit(
    a: &ClaimArgs,
    period: ClaimPeriod,
    run: &Run,
    frozen: &[FrozenClaim],
) -> anyhow::Result<Option<FrozenClaim>> {
    let to_submit = match (a.submit, period) {
        (true, ClaimPeriod::Quarter { quarter }) => {
            let f = freeze(&run.project, &run.ledger, &run.alloc, quarter);
            if let Some(old) = frozen.iter().find(|o| o.quarter == f.quarter) {
                if !old.same_figures(&f) {
                    let dir = register_dir(&run.project);
                    submit(&dir, &f, frozen)?;
                }
            }
            Some(f)
        }
        _ => None,
    };
    Ok(to_submit)
}

/// Renders the claim in every format but text, streamed to its file (a million-line document
/// list is never held whole as json or html): the workbook on a thread of its own, the other
/// formats one after the other on a second (the workbook takes longest; three threads on two
/// cores would slow it by a third). Each file is staged (written in full beside its target)
/// and put in place only when every format has been rendered: a renderer that fails leaves
/// none of the set behind. The paths written.
fn render_all(
    g: &Global,
    formats: &[Format],
    report: &ClaimReport,
    inputs: &[PathBuf],
    stem: &str,
) -> anyhow::Result<Vec<String>> {
    let formats: Vec<Format> = formats
        .iter()
        .copied()
        .filter(|f| *f != Format::Text)
        .collect();
    // Each format with its place in the list, so that the files come out in its order.
    let listed = formats.iter().copied().enumerate();
    let (book, others): (Vec<_>, Vec<_>) = listed.partition(|(_, f)| *f == Format::Xlsx);
    let mut staged: Vec<(usize, anyhow::Result<Staged>)> = std::thread::scope(|s| {
        let handles: Vec<_> = [book, others]
            .into_iter()
            .filter(|group| !group.is_empty())
            .map(|group| {
                let first = group[0].0;
                let h = s.spawn(move || {
                    group
                        .iter()
                        .map(|(i, f)| (*i, render_one(g, *f, report, inputs, stem)))
                        .collect::<Vec<_>>()
                });
                (first, h)
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|(first, h)| {
                h.join().unwrap_or_else(|_| {
                    let stopped = UserError::new(Msg::new("err-cli-renderer-stopped"));
                    vec![(first, Err(stopped.into()))]
                })
            })
            .collect()
    });
    staged.sort_by_key(|(i, _)| *i);
    let staged = staged.into_iter().map(|(_, s)| s);
    commit_all(staged.collect::<anyhow::Result<Vec<Staged>>>()?)
}

/// One format of the claim, staged beside `<out>/<stem>.<ext>`.
fn render_one(
    g: &Global,
    f: Format,
    report: &ClaimReport,
    inputs: &[PathBuf],
    stem: &str,
) -> anyhow::Result<Staged> {
    let ext = match f {
        Format::Json => "json",
        Format::Xlsx => "xlsx",
        _ => "html",
    };
    let path = g.out.join(format!("{stem}.{ext}"));
    match f {
        Format::Json => stage_with(&path, inputs, |w| Ok(write_json(report, w)?)),
        Format::Xlsx => stage_file_with(&path, inputs, |file| {
            let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
            write_claim_xlsx(report, &mut w)
                .msg_context(|| Msg::new("err-cli-build-claim-workbook"))?;
            Ok(std::io::Write::flush(&mut w)?)
        }),
        _ => stage_with(&path, inputs, |w| write_claim_html(report, w)),
    }
}

/// Freezes the submitted quarter into the register, once the claim's files are in place.
fn record_submission(
    g: &Global,
    run: &Run,
    f: &FrozenClaim,
    frozen: &[FrozenClaim],
) -> anyhow::Result<()> {
    match submit(&register_dir(&run.project), f, frozen)? {
        Submitted::Written(p) => {
            if !g.quiet {
                println!("  submitted: {} frozen in {}", f.quarter, p.display())
            }
        }
        Submitted::AlreadyIdentical(p) => println!(
            "  {} was already submitted with the same figures ({}); nothing changed",
            f.quarter,
            p.display()
        ),
    }
    Ok(())
}
