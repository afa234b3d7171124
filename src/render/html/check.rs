//! `check --format html`: the findings as a page to hand to a colleague who fixes the inputs
//! (A4 landscape print, no script, no network).

use crate::ledger::Ledger;
use crate::model::money::fmt2;
use crate::model::project::Lang;
use crate::render::header::Header;
use crate::render::labels::{self, label};
use crate::render::provenance::Provenance;
use crate::render::words::check::{rows, summary_line, COLS};
use crate::report::check::CheckReport;
use anyhow::{anyhow, Result};

const TEMPLATE: &str = include_str!("../../../templates/findings.html.tera");

/// The findings as one self-contained page (A4 landscape print, no script, no network).
pub fn findings_as_html(report: &CheckReport, ledger: &Ledger, lang: Lang) -> Result<String> {
    let tera = crate::render::html::engine(lang, "findings.html", TEMPLATE)?;
    let mut cx = tera::Context::new();
    cx.insert("report", report);
    cx.insert("rows", &rows(report, ledger, lang));
    cx.insert("summary", &summary_line(report, lang));
    super::insert_header(&mut cx, &Header::check(report), &Provenance::check(report));
    cx.insert(
        "total",
        &labels::number(lang, &fmt2(&report.ineligible_eur_of_findings())),
    );
    cx.insert(
        "cols",
        &COLS.iter().map(|c| label(lang, c.0)).collect::<Vec<_>>(),
    );
    cx.insert("l", &labels::labels(lang));
    cx.insert("style", crate::render::html::STYLE);
    cx.insert(
        "page_css",
        &crate::render::html::page_css(lang, &report.agreement),
    );
    cx.insert("lang", lang.code());
    tera.render("findings.html", &cx)
        .map_err(|e| anyhow!("cannot render the findings html: {e:?}"))
}
