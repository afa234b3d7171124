//! The burn report as one self-contained html page (tera 2 template `templates/burn.html.tera`,
//! embedded; a file of that name in `./templates/` overrides it) with inline SVG charts. The view
//! built here only formats the model's numbers (lv `1 234,56`, en `1,234.56`) — no sums — and
//! takes every word from the message catalogue (`i18n/<lang>/burn.ftl`).

use super::svg::{column_chart, line_chart, Series, COLOURS};
use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use crate::render::header::Header;
use crate::render::provenance::Provenance;
use crate::report::burn::{numfmt, BurnReport, LineBurn};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

const TEMPLATE: &str = include_str!("../../../templates/burn.html.tera");

#[derive(Serialize)]
struct Table {
    title: String,
    /// Leading columns holding text (left-aligned).
    text_cols: usize,
    note: String,
    head: Vec<String>,
    rows: Vec<Row>,
}

#[derive(Serialize)]
struct Row {
    cells: Vec<String>,
    class: &'static str,
}

#[derive(Serialize)]
struct Chart {
    svg: String,
}

#[derive(Serialize)]
struct View {
    lang: &'static str,
    title: String,
    subtitle: String,
    facts: Vec<(String, String)>,
    headline: Vec<(String, String)>,
    alerts_title: String,
    alerts: Vec<String>,
    charts_title: String,
    charts: Vec<Chart>,
    tables: Vec<Table>,
    method_title: String,
    method: String,
    inputs: Vec<crate::render::provenance::InputRow>,
    tool: String,
}

fn nb(s: String) -> String {
    s.replace(' ', "\u{a0}")
}

pub fn burn_as_html(r: &BurnReport) -> anyhow::Result<String> {
    let view = view(r);
    let mut tera = tera::Tera::default();
    let override_path = std::path::Path::new("templates/burn.html.tera");
    match std::fs::read_to_string(override_path) {
        Ok(text) => tera.add_raw_template("burn.html", &text)?,
        Err(_) => tera.add_raw_template("burn.html", TEMPLATE)?,
    }
    let ctx = tera::Context::from_serialize(&view)?;
    Ok(tera.render("burn.html", &ctx)?)
}

/// Number formatting in the report's language.
struct Fmt {
    lang: Lang,
}

impl Fmt {
    fn m(&self, x: Decimal) -> String {
        nb(numfmt::money(x, self.lang))
    }
    fn mo(&self, x: Option<Decimal>) -> String {
        x.map(|x| self.m(x)).unwrap_or_default()
    }
    fn p(&self, x: Decimal) -> String {
        nb(numfmt::num(x, 2, self.lang))
    }
    fn po(&self, x: Option<Decimal>) -> String {
        x.map(|x| self.p(x)).unwrap_or_else(|| "—".into())
    }
    fn date(&self, d: chrono::NaiveDate) -> String {
        numfmt::date(d, self.lang)
    }
    fn msg(&self, m: Msg) -> String {
        nb(m.text(self.lang))
    }
}

fn f64_of(x: Decimal) -> f64 {
    x.to_f64().unwrap_or(0.0)
}

/// A line's label in tables: `A1 Return`, or the total's name.
fn line_label(r: &BurnReport, i: usize, x: &LineBurn) -> String {
    if i == r.lines.len() {
        x.name.clone()
    } else {
        format!("{} {}", x.line, x.name)
    }
}

fn view(r: &BurnReport) -> View {
    let lang = r.lang;
    let fm = Fmt { lang };
    let header = Header::burn(r);
    let provenance = Provenance::burn(r);
    let (facts, headline) = facts_and_headline(r, &fm);
    let tables = vec![
        table_lines(r, &fm),
        table_forecast(r, &fm),
        table_headings(r, &fm),
        table_indicators(r, &fm),
        table_deadlines(r, &fm),
        table_months(r, &fm),
    ];
    View {
        lang: lang.code(),
        title: format!("{} — {}", header.title, header.agreement),
        subtitle: format!("{} · {}", r.agreement.title, r.agreement.beneficiary),
        facts,
        headline,
        alerts_title: tr(lang, "burn-alerts"),
        alerts: r.alerts.iter().map(|a| a.message.text(lang)).collect(),
        charts_title: tr(lang, "burn-charts"),
        charts: charts(r),
        tables,
        method_title: tr(lang, "burn-method"),
        method: r.method.text(lang),
        inputs: provenance.inputs,
        tool: provenance.tool,
    }
}

type Pairs = Vec<(String, String)>;

fn facts_and_headline(r: &BurnReport, fm: &Fmt) -> (Pairs, Pairs) {
    let lang = fm.lang;
    let facts = vec![
        (tr(lang, "burn-as-of"), fm.date(r.as_of)),
        (
            tr(lang, "burn-agreement-version"),
            Msg::new("burn-version-value")
                .arg("version", r.agreement.version)
                .arg("from", r.agreement.version_effective_from)
                .text(lang),
        ),
        (
            tr(lang, "burn-implementation-period"),
            format!(
                "{} – {}",
                fm.date(r.agreement.period_start),
                fm.date(r.agreement.period_end)
            ),
        ),
        (tr(lang, "burn-budget-eur"), fm.m(r.agreement.budget)),
        (
            tr(lang, "burn-time-elapsed"),
            fm.msg(
                Msg::new("burn-time-elapsed-value")
                    .num("pct", r.time.elapsed_pct)
                    .arg("done", r.time.days_elapsed)
                    .arg("total", r.time.days_total),
            ),
        ),
    ];
    let forecast = match r.total.forecast_run_rate {
        Some(x) => format!("{} EUR", fm.m(x)),
        None => Msg::new("burn-too-early")
            .arg("n", r.params.run_rate_months)
            .text(lang),
    };
    let headline = vec![
        (
            tr(lang, "burn-spent"),
            format!(
                "{} EUR ({} %)",
                fm.m(r.total.cumulative.eligible),
                fm.po(r.total.used_pct)
            ),
        ),
        (
            tr(lang, "burn-theoretical"),
            format!("{} EUR", fm.m(r.total.theoretical)),
        ),
        (tr(lang, "burn-forecast-at-completion"), forecast),
        (
            tr(lang, "burn-eu-at-risk"),
            format!("{} EUR", fm.m(r.eu_at_risk)),
        ),
    ];
    (facts, headline)
}

/// Per line and the total: cumulative actual, plan and the run-rate forecast to the end date;
/// the monthly spend; persons against the targets.
fn charts(r: &BurnReport) -> Vec<Chart> {
    let lang = r.lang;
    let cats: Vec<String> = r.months.iter().map(|x| x.month.clone()).collect();
    let mut charts = Vec::new();
    let all: Vec<&LineBurn> = r.lines.iter().chain(std::iter::once(&r.total)).collect();
    for (l, x) in all.iter().enumerate() {
        let is_total = l == r.lines.len();
        let pick = |mr: &crate::report::burn::MonthRow| {
            if is_total {
                mr.total.clone()
            } else {
                mr.lines[l].clone()
            }
        };
        let series =
            |name: &str,
             colour,
             dashed,
             f: &dyn Fn(&crate::report::burn::MonthLine) -> Option<f64>| Series {
                name: tr(lang, name),
                colour,
                dashed,
                values: r.months.iter().map(|mr| f(&pick(mr))).collect(),
            };
        let name = line_label(r, l, x);
        charts.push(Chart {
            svg: line_chart(
                &Msg::new("burn-chart-cumulative")
                    .arg("line", name)
                    .text(lang),
                &cats,
                &[
                    series("burn-actual", COLOURS[0], false, &|ml| {
                        ml.cumulative.map(f64_of)
                    }),
                    series("burn-plan", COLOURS[1], true, &|ml| {
                        Some(f64_of(ml.plan_cumulative))
                    }),
                    series("burn-forecast", COLOURS[2], true, &|ml| {
                        ml.forecast_cumulative.map(f64_of)
                    }),
                ],
                lang,
            ),
        });
    }
    let spend: Vec<Series> = r
        .lines
        .iter()
        .enumerate()
        .map(|(l, x)| Series {
            name: x.line.clone(),
            colour: COLOURS[l % COLOURS.len()],
            dashed: false,
            values: r
                .months
                .iter()
                .map(|mr| mr.lines[l].actual.map(f64_of))
                .collect(),
        })
        .collect();
    charts.push(Chart {
        svg: column_chart(&tr(lang, "burn-chart-monthly"), &cats, &spend, lang),
    });
    let pcats: Vec<String> = r.indicator_months.iter().map(|x| x.month.clone()).collect();
    let mut persons = Vec::new();
    for (l, x) in r.indicators.iter().enumerate() {
        if x.event.is_none() {
            continue;
        }
        let c = COLOURS[l % COLOURS.len()];
        persons.push(Series {
            name: x.line.clone(),
            colour: c,
            dashed: false,
            values: r
                .indicator_months
                .iter()
                .map(|im| im.cumulative[l].map(f64::from))
                .collect(),
        });
        persons.push(Series {
            name: Msg::new("burn-line-target").arg("line", &x.line).text(lang),
            colour: c,
            dashed: true,
            values: r
                .indicator_months
                .iter()
                .map(|im| Some(f64_of(im.target_cumulative[l])))
                .collect(),
        });
    }
    charts.push(Chart {
        svg: line_chart(&tr(lang, "burn-chart-persons"), &pcats, &persons, lang),
    });
    charts
}

fn heads(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| tr(lang, k)).collect()
}

fn table_lines(r: &BurnReport, fm: &Fmt) -> Table {
    let lang = fm.lang;
    let mut head = heads(lang, &["burn-activity", "burn-budget", "burn-actual"]);
    head.extend(r.sources.iter().map(|s| s.name.clone()));
    head.extend(heads(
        lang,
        &[
            "burn-used-pct",
            "burn-time-pct",
            "burn-plan-pct",
            "burn-deviation-pp",
            "burn-theoretical",
            "burn-difference",
        ],
    ));
    let alert_lines: Vec<&str> = r
        .alerts
        .iter()
        .filter(|a| a.kind == "line_deviation")
        .map(|a| a.code.as_str())
        .collect();
    let rows = r
        .lines
        .iter()
        .chain(std::iter::once(&r.total))
        .enumerate()
        .map(|(i, x)| {
            let mut cells = vec![
                line_label(r, i, x),
                fm.m(x.budget),
                fm.m(x.cumulative.eligible),
            ];
            cells.extend(x.cumulative.by_source.iter().map(|(_, v)| fm.m(*v)));
            cells.extend([
                fm.po(x.used_pct),
                fm.p(x.time_pct),
                fm.p(x.plan_pct),
                fm.po(x.deviation_pp),
                fm.m(x.theoretical),
                fm.m(x.difference_from_plan),
            ]);
            Row {
                cells,
                class: if i == r.lines.len() {
                    "total"
                } else if alert_lines.contains(&x.line.as_str()) {
                    "alert"
                } else {
                    ""
                },
            }
        })
        .collect();
    Table {
        title: tr(lang, "burn-by-activity"),
        text_cols: 1,
        note: String::new(),
        head,
        rows,
    }
}

fn table_forecast(r: &BurnReport, fm: &Fmt) -> Table {
    let lang = fm.lang;
    let note = match (
        r.time.run_rate_window.first(),
        r.time.run_rate_window.last(),
    ) {
        (Some(from), Some(to)) => Msg::new("burn-forecast-note")
            .arg("from", from)
            .arg("to", to)
            .num("left", r.time.months_left)
            .arg("end", r.agreement.period_end),
        _ => Msg::new("burn-forecast-note-early").arg("n", r.params.run_rate_months),
    };
    let rows = r
        .lines
        .iter()
        .chain(std::iter::once(&r.total))
        .enumerate()
        .map(|(i, x)| Row {
            cells: vec![
                line_label(r, i, x),
                fm.m(x.budget),
                fm.mo(x.run_rate_monthly),
                fm.mo(x.forecast_run_rate),
                fm.mo(x.forecast_linear),
                fm.mo(x.over_under),
                fm.m(x.unspent),
                fm.m(x.eu_at_risk),
            ],
            class: if i == r.lines.len() { "total" } else { "" },
        })
        .collect();
    Table {
        title: tr(lang, "burn-forecast-at-completion"),
        text_cols: 1,
        note: note.text(lang),
        head: heads(
            lang,
            &[
                "burn-activity",
                "burn-budget",
                "burn-run-rate-month",
                "burn-forecast-run-rate",
                "burn-forecast-linear",
                "burn-over-under",
                "burn-unspent",
                "burn-eu-at-risk",
            ],
        ),
        rows,
    }
}

fn table_headings(r: &BurnReport, fm: &Fmt) -> Table {
    let lang = fm.lang;
    Table {
        title: tr(lang, "burn-headings"),
        text_cols: 1,
        note: Msg::new("burn-headings-note")
            .num("flex", r.params.flexibility_pct)
            .arg("near", r.params.heading_near_limit_pct)
            .text(lang),
        head: heads(
            lang,
            &[
                "burn-heading",
                "burn-budget",
                "burn-actual",
                "burn-used-pct",
                "burn-theoretical",
                "burn-difference",
                "burn-flex-limit",
                "burn-flex-used",
            ],
        ),
        rows: r
            .headings
            .iter()
            .map(|h| Row {
                cells: vec![
                    format!("{} {}", h.heading, h.name),
                    fm.m(h.budget),
                    fm.m(h.cumulative),
                    fm.po(h.used_pct),
                    fm.m(h.theoretical),
                    fm.m(h.difference_from_plan),
                    fm.m(h.flex_limit),
                    fm.po(h.flex_used_pct),
                ],
                class: if h.near_limit { "alert" } else { "" },
            })
            .collect(),
    }
}

fn table_indicators(r: &BurnReport, fm: &Fmt) -> Table {
    let lang = fm.lang;
    Table {
        title: tr(lang, "burn-indicators"),
        text_cols: 2,
        note: tr(lang, "burn-indicators-note"),
        head: heads(lang, &crate::render::words::burn::INDICATOR_COLS),
        rows: r
            .indicators
            .iter()
            .map(|x| Row {
                cells: vec![
                    x.line.clone(),
                    x.indicator.clone(),
                    x.target.to_string(),
                    x.forecast_at_end
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| "—".into()),
                    x.achieved.to_string(),
                    fm.po(x.achieved_pct),
                    nb(numfmt::num(x.planned_by_now, 1, lang)),
                    fm.mo(x.cost_per_person),
                    fm.mo(x.planned_cost_per_person),
                ],
                class: "",
            })
            .collect(),
    }
}

fn table_deadlines(r: &BurnReport, fm: &Fmt) -> Table {
    let lang = fm.lang;
    Table {
        title: Msg::new("burn-deadlines-title")
            .arg("days", r.params.deadline_window_days)
            .text(lang),
        text_cols: 1,
        note: Msg::new("burn-deadlines-note")
            .arg("months", r.params.reintegration_months)
            .text(lang),
        head: heads(lang, &crate::render::words::burn::DEADLINE_COLS),
        rows: r
            .deadlines
            .iter()
            .map(|x| Row {
                cells: vec![
                    x.case_id.clone(),
                    fm.date(x.departure_date),
                    fm.date(x.deadline),
                    x.days_left.to_string(),
                ],
                class: if x.days_left <= 30 { "alert" } else { "" },
            })
            .collect(),
    }
}

fn table_months(r: &BurnReport, fm: &Fmt) -> Table {
    let lang = fm.lang;
    let col = |key: &'static str, line: &str| Msg::new(key).arg("line", line).text(lang);
    let mut head = vec![tr(lang, "burn-month")];
    for x in &r.lines {
        head.push(col("burn-line-actual", &x.line));
        head.push(col("burn-line-cumulative", &x.line));
        head.push(col("burn-line-plan-cumulative", &x.line));
    }
    head.extend(heads(
        lang,
        &[
            "burn-total-actual",
            "burn-total-cumulative",
            "burn-total-plan-cumulative",
            "burn-total-forecast-cumulative",
        ],
    ));
    for s in &r.sources {
        head.push(col("burn-line-cumulative", &s.name));
    }
    Table {
        title: tr(lang, "burn-by-month"),
        text_cols: 1,
        note: tr(lang, "burn-by-month-note"),
        head,
        rows: r
            .months
            .iter()
            .map(|mr| {
                let mut cells = vec![mr.month.clone()];
                for x in &mr.lines {
                    cells.extend([
                        fm.mo(x.actual),
                        fm.mo(x.cumulative),
                        fm.m(x.plan_cumulative),
                    ]);
                }
                cells.extend([
                    fm.mo(mr.total.actual),
                    fm.mo(mr.total.cumulative),
                    fm.m(mr.total.plan_cumulative),
                    fm.mo(mr.total.forecast_cumulative),
                ]);
                for s in &mr.by_source {
                    cells.push(fm.mo(s.as_ref().map(|x| x.cumulative)));
                }
                Row {
                    cells,
                    class: if mr.closes_quarter { "total" } else { "" },
                }
            })
            .collect(),
    }
}
