//! `grantbook check`: import, structural validation and every rule; findings on the terminal
//! (or as json with `--format json`). Exit 1 when a finding of error or block severity exists.

use super::{load, Format, Global};
use crate::render::{json::to_json, text};
use std::io::Write;

pub fn run(g: &Global) -> anyhow::Result<u8> {
    let mut run = load(g)?;
    run.progress.stage("check report");
    let report = crate::report::check::build(
        &run.project,
        &run.ledger,
        &run.findings,
        &run.ineligible,
        run.lang,
    );
    run.progress.finish();
    let mut out = std::io::stdout().lock();
    if g.format.contains(&Format::Json) {
        out.write_all(&to_json(&report))?;
    } else if g.quiet {
        out.write_all(text::check_quiet(&report).as_bytes())?;
    } else {
        out.write_all(text::check_as_text(&report, text::use_colour()).as_bytes())?;
    }
    Ok(if run.findings.iter().any(|f| f.severity.excludes()) {
        1
    } else {
        0
    })
}
