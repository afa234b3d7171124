//! `grantbook check`: import, structural validation and every rule; findings on the terminal
//! (or as json with `--format json`), and with `--format xlsx` / `html` as `out/findings.xlsx`
//! / `.html` to hand to whoever fixes the inputs. Exit 1 when a finding of error or block
//! severity exists.

use super::{input_paths, load, Format, Global};
use crate::render::html::check::findings_as_html;
use crate::render::xlsx::check::findings_as_xlsx;
use crate::render::{json::to_json, text, write_all_atomic};
use std::io::Write;

pub(crate) fn run(g: &Global) -> anyhow::Result<u8> {
    let mut run = load(g)?;
    run.progress.stage("check report");
    let report = crate::report::check::build(
        &run.project,
        &run.ledger,
        &run.findings,
        &run.ineligible,
        &run.alloc.eligible,
        run.lang,
    );
    run.progress.finish();
    // The findings workbook and page: rendered in full before anything is written.
    let mut files = Vec::new();
    if g.format.contains(&Format::Xlsx) {
        let bytes = findings_as_xlsx(&report, &run.ledger, run.lang)?;
        files.push((g.out.join("findings.xlsx"), bytes));
    }
    if g.format.contains(&Format::Html) {
        let page = findings_as_html(&report, &run.ledger, run.lang)?;
        files.push((g.out.join("findings.html"), page.into_bytes()));
    }
    let written = if files.is_empty() {
        Vec::new()
    } else {
        write_all_atomic(files, &input_paths(&run))?
    };
    let mut out = std::io::stdout().lock();
    if g.format.contains(&Format::Json) {
        out.write_all(&to_json(&report))?;
    } else if g.quiet {
        out.write_all(text::check::check_quiet(&report).as_bytes())?;
    } else {
        out.write_all(text::check::check_as_text(&report, text::use_colour()).as_bytes())?;
    }
    if !g.quiet {
        for w in &written {
            writeln!(out, "  {}", text::wrote(run.lang, w))?;
        }
    }
    Ok(if run.findings.iter().any(|f| f.severity.excludes()) {
        1
    } else {
        0
    })
}
