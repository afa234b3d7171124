//! The payment claim as one page (`templates/claim.html.tera`): the template renders the
//! report's view; the two document lists, which can hold a million rows, are streamed into
//! their places row by row.

use super::{engine, page_css, STYLE};
use crate::model::money::{fmt2, ser_money};
use crate::model::project::Lang;
use crate::model::Money;
use crate::render::header::Header;
use crate::render::labels::{self, labels};
use crate::render::provenance::Provenance;
use crate::render::words::claim::{line_name, period_label};
use crate::report::claim::{
    AgreementInfo, BudgetInfo, ClaimReport, ClaimRow, Cover, DocTotals, DocumentRow, HeadingRow,
    IndirectRow, IndirectTotal, LineRow, PeriodInfo, QuarterRow, RateRow, SharedRow, SourceInfo,
    SourceLabel, SplitCheck, TotalRow,
};
use crate::report::indicators::Indicators;
use crate::report::{RowCount, Tool};
use crate::rules::FindingText;
use anyhow::{anyhow, Result};
use serde::Serialize;
use tera::Context;

const CLAIM_TEMPLATE: &str = include_str!("../../../templates/claim.html.tera");
/// The report as the template sees it: every field but the two document lists, which can hold
/// a million rows and are laid out by `document_rows` (a tera loop over them would first copy
/// every row into template values).
#[derive(Serialize)]
struct View<'a> {
    report: &'a str,
    tool: &'a Tool,
    lang: Lang,
    period: &'a PeriodInfo,
    claim_number: Option<u32>,
    claim_type: &'a str,
    agreement: &'a AgreementInfo,
    sources: &'a [SourceInfo],
    budget: &'a BudgetInfo,
    cover: &'a Cover,
    rows: &'a [ClaimRow],
    lines: &'a [LineRow],
    headings: &'a [HeadingRow],
    total: &'a TotalRow,
    indirect: &'a [IndirectRow],
    indirect_total: &'a IndirectTotal,
    shared: &'a [SharedRow],
    quarters: &'a [QuarterRow],
    documents_total: &'a DocTotals,
    unpaid_total: &'a DocTotals,
    findings: &'a [FindingText],
    #[serde(serialize_with = "ser_money")]
    findings_total: Money,
    findings_frame: crate::render::words::claim::FindingsFrame,
    rates_used: &'a [RateRow],
    indicators: &'a Indicators,
    split_check: &'a SplitCheck,
    frozen_quarters: &'a [String],
    row_counts: &'a [RowCount],
    notices: &'a [String],
    rounding: &'a str,
    /// The period as the reader names it (`2020-Q3`; the whole project period for the final
    /// report, never the file stem `final`).
    period_label: String,
}

impl<'a> View<'a> {
    fn of(r: &'a ClaimReport) -> View<'a> {
        View {
            report: r.report,
            tool: &r.tool,
            lang: r.lang,
            period: &r.period,
            claim_number: r.claim_number,
            claim_type: r.claim_type,
            agreement: &r.agreement,
            sources: &r.sources,
            budget: &r.budget,
            cover: &r.cover,
            rows: &r.rows,
            lines: &r.lines,
            headings: &r.headings,
            total: &r.total,
            indirect: &r.indirect,
            indirect_total: &r.indirect_total,
            shared: &r.shared,
            quarters: &r.quarters,
            documents_total: &r.documents_total,
            unpaid_total: &r.unpaid_total,
            findings: &r.findings,
            findings_total: r.findings_total,
            findings_frame: crate::render::words::claim::frame(&r.findings_summary, r.lang),
            rates_used: &r.rates_used,
            indicators: &r.indicators,
            split_check: &r.split_check,
            frozen_quarters: &r.frozen_quarters,
            row_counts: &r.row_counts,
            notices: &r.notices,
            rounding: &r.rounding,
            period_label: period_label(r),
        }
    }
}

/// The `<tr>` rows of a document list, exactly as the template's cells would print them
/// (html-escaped; `money`, `num` and `date` as the filters of the same names), into `w`.
/// Dates, amounts, ids and codes are cells that never break (`td.d`, `td.n`, `td.id`); the
/// shared-costs line shows its name (`shared` is a code, not a word of the report).
pub fn write_document_rows(
    lang: Lang,
    shared: Option<&SourceLabel>,
    docs: &[DocumentRow],
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = String::with_capacity(64 * 1024);
    let esc = |out: &mut String, s: &str| {
        if s.contains(['&', '<', '>', '"', '\'']) {
            let mut buf = Vec::with_capacity(s.len() + 8);
            // Writing to a Vec cannot fail.
            let _ = tera::escape_html(s, &mut buf);
            out.push_str(&String::from_utf8_lossy(&buf));
        } else {
            out.push_str(s);
        }
    };
    let cell = |out: &mut String, class: &str, s: &str| {
        if class.is_empty() {
            out.push_str("<td>");
        } else {
            out.push_str("<td class=\"");
            out.push_str(class);
            out.push_str("\">");
        }
        esc(out, s);
        out.push_str("</td>");
    };
    let date = |d: chrono::NaiveDate| labels::date(lang, &d.to_string());
    let money = |m: &Money| labels::number(lang, &fmt2(m));
    for d in docs {
        out.push_str("<tr>");
        cell(&mut out, "id", d.entry_id);
        // A document number may break after a hyphen (REI-2020-␤0040): the width it frees
        // goes to the description.
        cell(&mut out, "", d.doc_no);
        cell(&mut out, "d", &date(d.doc_date));
        cell(&mut out, "d", &d.paid_date.map(date).unwrap_or_default());
        cell(&mut out, "", d.supplier);
        cell(&mut out, "", d.description);
        cell(&mut out, "", line_name(shared, d.activity));
        cell(&mut out, "id", d.heading);
        cell(&mut out, "id", d.case_id.unwrap_or(""));
        cell(&mut out, "id", d.currency);
        cell(&mut out, "n", &labels::number(lang, &d.amount.to_string()));
        cell(
            &mut out,
            "n",
            &d.rate
                .as_deref()
                .map(|r| labels::number(lang, r))
                .unwrap_or_default(),
        );
        cell(&mut out, "", d.rate_source.unwrap_or(""));
        cell(
            &mut out,
            "n",
            &d.eur.as_ref().map(money).unwrap_or_default(),
        );
        cell(&mut out, "n", &money(&d.vat_eur));
        cell(&mut out, "n", &money(&d.eligible));
        cell(&mut out, "n", &money(&d.ineligible));
        cell(&mut out, "", &d.rules.join(", "));
        // "expenses.xlsx ›" stays on one line, the sheet and cell on the next.
        cell(
            &mut out,
            "",
            &d.source.to_string().replacen(" › ", "\u{a0}› ", 1),
        );
        out.push_str("</tr>\n");
        if out.len() >= 60 * 1024 {
            w.write_all(out.as_bytes())?;
            out.clear();
        }
    }
    w.write_all(out.as_bytes())
}

/// Where the document lists go in the rendered page; never in a report's own text.
const MARKS: [&str; 2] = [
    "\u{1}grantbook-documents\u{1}",
    "\u{1}grantbook-unpaid\u{1}",
];

pub fn claim_as_html(r: &ClaimReport) -> Result<String> {
    let mut v = Vec::new();
    write_claim_html(r, &mut v)?;
    Ok(String::from_utf8(v)?)
}

/// The claim page streamed into `w`: the template renders everything but the two document
/// lists, which are written in their places row by row.
pub fn write_claim_html(r: &ClaimReport, w: &mut dyn std::io::Write) -> Result<()> {
    let page = render_page(r)?;
    let (head, rest) = page
        .split_once(MARKS[0])
        .ok_or_else(|| anyhow!("the claim template lost its document list"))?;
    let (middle, tail) = rest
        .split_once(MARKS[1])
        .ok_or_else(|| anyhow!("the claim template lost its unpaid list"))?;
    w.write_all(head.as_bytes())?;
    write_document_rows(r.lang, r.shared_line.as_ref(), &r.documents, w)?;
    w.write_all(middle.as_bytes())?;
    write_document_rows(r.lang, r.shared_line.as_ref(), &r.unpaid, w)?;
    w.write_all(tail.as_bytes())?;
    Ok(())
}

fn render_page(r: &ClaimReport) -> Result<String> {
    let tera = engine(r.lang, "claim.html", CLAIM_TEMPLATE)?;
    let mut cx = Context::new();
    cx.insert("report", &View::of(r));
    super::insert_header(&mut cx, &Header::claim(r), &Provenance::claim(r));
    cx.insert("document_rows", MARKS[0]);
    cx.insert("unpaid_rows", MARKS[1]);
    cx.insert("l", &labels(r.lang));
    cx.insert("style", STYLE);
    cx.insert("page_css", &page_css(r.lang, &r.agreement.number));
    cx.insert("lang", r.lang.code());
    tera.render("claim.html", &cx)
        .map_err(|e| anyhow!("cannot render the claim html: {e:?}"))
}
