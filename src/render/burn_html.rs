//! The burn report as one self-contained html page (tera 2 template `templates/burn.html.tera`,
//! embedded; a file of that name in `./templates/` overrides it) with inline SVG charts. The view
//! built here only formats the model's numbers (lv `1 234,56`, en `1,234.56`) — no sums.

use super::burn_svg::{column_chart, line_chart, Series, COLOURS};
use crate::model::project::Lang;
use crate::report::burn::{numfmt, BurnReport, LineBurn};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

const TEMPLATE: &str = include_str!("../../templates/burn.html.tera");

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
    inputs: Vec<String>,
    tool: String,
}

fn t(lang: Lang, lv: &str, en: &str) -> String {
    match lang {
        Lang::Lv => lv.to_string(),
        Lang::En => en.to_string(),
    }
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

fn view(r: &BurnReport) -> View {
    let lang = r.lang;
    let m = |x: Decimal| nb(numfmt::money(x, lang));
    let mo = |x: Option<Decimal>| x.map(m).unwrap_or_default();
    let p = |x: Decimal| nb(numfmt::num(x, 2, lang));
    let po = |x: Option<Decimal>| x.map(p).unwrap_or_else(|| "—".into());
    let date = |d| numfmt::date(d, lang);
    let ns = r.sources.len();
    let f = |x: Decimal| x.to_f64().unwrap_or(0.0);

    let facts = vec![
        (t(lang, "Stāvoklis uz", "As of"), date(r.as_of)),
        (
            t(lang, "Granta līguma versija", "Agreement version"),
            format!(
                "{} ({} {})",
                r.agreement.version,
                t(lang, "spēkā no", "effective from"),
                date(r.agreement.version_effective_from)
            ),
        ),
        (
            t(lang, "Īstenošanas periods", "Implementation period"),
            format!(
                "{} – {}",
                date(r.agreement.period_start),
                date(r.agreement.period_end)
            ),
        ),
        (
            t(lang, "Budžets, EUR", "Budget, EUR"),
            m(r.agreement.budget),
        ),
        (
            t(lang, "Laika patēriņš", "Time elapsed"),
            format!(
                "{} % ({} / {} {})",
                p(r.time.elapsed_pct),
                r.time.days_elapsed,
                r.time.days_total,
                t(lang, "dienas", "days")
            ),
        ),
    ];
    let headline = vec![
        (
            t(lang, "Izlietots", "Spent"),
            format!(
                "{} EUR ({} %)",
                m(r.total.cumulative.eligible),
                po(r.total.used_pct)
            ),
        ),
        (
            t(lang, "Teorētiski uz šodienu", "Theoretical by today"),
            format!("{} EUR", m(r.total.theoretical)),
        ),
        (
            t(lang, "Prognoze projekta beigās", "Forecast at completion"),
            format!("{} EUR", mo(r.total.forecast_run_rate)),
        ),
        (
            t(lang, "Apdraudētais ES finansējums", "EU funding at risk"),
            format!("{} EUR", m(r.eu_at_risk)),
        ),
    ];

    // Charts.
    let cats: Vec<String> = r.months.iter().map(|x| x.month.clone()).collect();
    let mut charts = Vec::new();
    let all: Vec<&LineBurn> = r.lines.iter().chain(std::iter::once(&r.total)).collect();
    for (l, x) in all.iter().enumerate() {
        let is_total = l == r.lines.len();
        let (act, plan): (Vec<Option<f64>>, Vec<Option<f64>>) = r
            .months
            .iter()
            .map(|mr| {
                let ml = if is_total { &mr.total } else { &mr.lines[l] };
                (ml.cumulative.map(f), Some(f(ml.plan_cumulative)))
            })
            .unzip();
        let name = if is_total {
            x.name.clone()
        } else {
            format!("{} {}", x.line, x.name)
        };
        charts.push(Chart {
            svg: line_chart(
                &format!(
                    "{name} — {}",
                    t(
                        lang,
                        "kumulatīvi faktiski pret plānu, EUR",
                        "cumulative actual vs plan, EUR"
                    )
                ),
                &cats,
                &[
                    Series {
                        name: t(lang, "Faktiski", "Actual"),
                        colour: COLOURS[0],
                        dashed: false,
                        values: act,
                    },
                    Series {
                        name: t(lang, "Plāns", "Plan"),
                        colour: COLOURS[1],
                        dashed: true,
                        values: plan,
                    },
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
                .map(|mr| mr.lines[l].actual.map(f))
                .collect(),
        })
        .collect();
    charts.push(Chart {
        svg: column_chart(
            &t(
                lang,
                "Attiecināmie izdevumi mēnesī, EUR",
                "Eligible spend per month, EUR",
            ),
            &cats,
            &spend,
            lang,
        ),
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
            name: format!("{} {}", x.line, t(lang, "mērķis", "target")),
            colour: c,
            dashed: true,
            values: r
                .indicator_months
                .iter()
                .map(|im| Some(f(im.target_cumulative[l])))
                .collect(),
        });
    }
    charts.push(Chart {
        svg: line_chart(
            &t(
                lang,
                "Personas kumulatīvi pret mērķi (lineāri)",
                "Persons cumulative vs target (linear)",
            ),
            &pcats,
            &persons,
            lang,
        ),
    });

    // Tables.
    let mut tables = Vec::new();
    let mut head = vec![
        t(lang, "Aktivitāte", "Activity"),
        t(lang, "Budžets", "Budget"),
        t(lang, "Faktiski", "Actual"),
    ];
    head.extend(r.sources.iter().map(|s| s.code.clone()));
    for h in [
        ("Izlietojums, %", "Used, %"),
        ("Laiks, %", "Time, %"),
        ("Plāns, %", "Plan, %"),
        ("Novirze, pp", "Deviation, pp"),
        ("Teorētiski uz šodienu", "Theoretical by today"),
        ("Starpība pret plānu", "Difference from plan"),
    ] {
        head.push(t(lang, h.0, h.1));
    }
    let alert_lines: Vec<&str> = r
        .alerts
        .iter()
        .filter(|a| a.kind == "line_deviation")
        .map(|a| a.code.as_str())
        .collect();
    let rows = all
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let mut cells = vec![
                if i == r.lines.len() {
                    x.name.clone()
                } else {
                    format!("{} {}", x.line, x.name)
                },
                m(x.budget),
                m(x.cumulative.eligible),
            ];
            cells.extend(x.cumulative.by_source.iter().map(|(_, v)| m(*v)));
            cells.extend([
                po(x.used_pct),
                p(x.time_pct),
                p(x.plan_pct),
                po(x.deviation_pp),
                m(x.theoretical),
                m(x.difference_from_plan),
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
    tables.push(Table {
        title: t(
            lang,
            "Apguves temps pa aktivitātēm",
            "Burn rate by activity",
        ),
        text_cols: 1,
        note: String::new(),
        head,
        rows,
    });
    let rows = all
        .iter()
        .enumerate()
        .map(|(i, x)| Row {
            cells: vec![
                if i == r.lines.len() {
                    x.name.clone()
                } else {
                    format!("{} {}", x.line, x.name)
                },
                m(x.budget),
                mo(x.run_rate_monthly),
                mo(x.forecast_run_rate),
                mo(x.forecast_linear),
                mo(x.over_under),
                m(x.unspent),
                m(x.eu_at_risk),
            ],
            class: if i == r.lines.len() { "total" } else { "" },
        })
        .collect();
    tables.push(Table {
        title: t(lang, "Prognoze projekta beigās", "Forecast at completion"),
        text_cols: 1,
        note: format!(
            "{} {} {}; {} {} {}.",
            t(
                lang,
                "Temps: vidējais pēdējos",
                "Run rate: the average of the last"
            ),
            r.params.run_rate_months,
            t(lang, "mēnešos × atlikušie mēneši", "months × months left"),
            t(lang, "atlikušie mēneši", "months left"),
            r.time.months_left,
            t(
                lang,
                "līdz versijas beigu datumam",
                "to the version's end date"
            ),
        ),
        head: vec![
            t(lang, "Aktivitāte", "Activity"),
            t(lang, "Budžets", "Budget"),
            t(lang, "Vidēji mēnesī", "Run rate / month"),
            t(lang, "Prognoze (temps)", "Forecast (run rate)"),
            t(lang, "Prognoze (lineāri)", "Forecast (linear)"),
            t(lang, "Pārtēriņš (+) / neapguve (−)", "Over (+) / under (−)"),
            t(lang, "Neapgūtais budžets", "Left unspent"),
            t(lang, "Apdraudētais ES finansējums", "EU funding at risk"),
        ],
        rows,
    });
    tables.push(Table {
        title: t(lang, "Budžeta pozīcijas", "Budget headings"),
        text_cols: 1,
        note: format!(
            "{} {} %); {} {} % {}",
            t(
                lang,
                "Elastības robeža = budžets × (1 +",
                "Flexibility limit = budget × (1 +"
            ),
            p(r.params.flexibility_pct),
            t(lang, "brīdinājums no", "alert from"),
            r.params.heading_near_limit_pct,
            t(lang, "no robežas.", "of the limit."),
        ),
        head: vec![
            t(lang, "Pozīcija", "Heading"),
            t(lang, "Budžets", "Budget"),
            t(lang, "Faktiski", "Actual"),
            t(lang, "Izlietojums, %", "Used, %"),
            t(lang, "Teorētiski uz šodienu", "Theoretical by today"),
            t(lang, "Starpība pret plānu", "Difference from plan"),
            t(lang, "Elastības robeža", "Flexibility limit"),
            t(lang, "No robežas, %", "Of the limit, %"),
        ],
        rows: r
            .headings
            .iter()
            .map(|h| Row {
                cells: vec![
                    format!("{} {}", h.heading, h.name),
                    m(h.budget),
                    m(h.cumulative),
                    po(h.used_pct),
                    m(h.theoretical),
                    m(h.difference_from_plan),
                    m(h.flex_limit),
                    po(h.flex_used_pct),
                ],
                class: if h.near_limit { "alert" } else { "" },
            })
            .collect(),
    });
    tables.push(Table {
        title: t(lang, "Rādītāji", "Indicators"),
        text_cols: 2,
        note: t(
            lang,
            "Persona tiek skaitīta vienreiz notikuma mēnesī: izceļošana, pirmā reintegrācijas maksājuma datums, pirmā izmitināšanas nakts.",
            "A person counts once, in the month of the event: departure, first reintegration payment, first accommodation night.",
        ),
        head: vec![
            t(lang, "Aktivitāte", "Activity"),
            t(lang, "Rādītājs", "Indicator"),
            t(lang, "Mērķa vērtība", "Target value"),
            t(lang, "Sasniegtā vērtība", "Achieved value"),
            t(lang, "Sasniegts, %", "Achieved, %"),
            t(lang, "Plānots līdz šim", "Planned by now"),
            t(lang, "Izmaksas uz personu", "Cost per person"),
            t(lang, "Plānotās izmaksas uz personu", "Planned cost per person"),
        ],
        rows: r
            .indicators
            .iter()
            .map(|x| Row {
                cells: vec![
                    x.line.clone(),
                    x.indicator.clone(),
                    x.target.to_string(),
                    x.achieved.to_string(),
                    po(x.achieved_pct),
                    nb(numfmt::num(x.planned_by_now, 1, lang)),
                    mo(x.cost_per_person),
                    mo(x.planned_cost_per_person),
                ],
                class: "",
            })
            .collect(),
    });
    tables.push(Table {
        title: t(lang, "Reintegrācijas termiņi nākamajās", "Reintegration deadlines in the next")
            + &format!(" {} ", r.params.deadline_window_days)
            + &t(lang, "dienās", "days"),
        text_cols: 1,
        note: format!(
            "{} {} {}",
            t(lang, "Reintegrācijai atlasītas, izceļojušas personas bez reintegrācijas izmaksām; termiņš —", "Cases selected for reintegration, departed, with no reintegration cost yet; deadline —"),
            r.params.reintegration_months,
            t(lang, "mēneši pēc izceļošanas (tas pats datums; 29.02. → 28.02.).", "months after departure (same date; 29 Feb → 28 Feb)."),
        ),
        head: vec![
            t(lang, "Lietas Nr.", "Case no."),
            t(lang, "Izceļošanas datums", "Departure date"),
            t(lang, "Termiņš", "Deadline"),
            t(lang, "Dienas", "Days left"),
        ],
        rows: r
            .deadlines
            .iter()
            .map(|x| Row {
                cells: vec![
                    x.case_id.clone(),
                    date(x.departure_date),
                    date(x.deadline),
                    x.days_left.to_string(),
                ],
                class: if x.days_left <= 30 { "alert" } else { "" },
            })
            .collect(),
    });
    let mut head = vec![t(lang, "Mēnesis", "Month")];
    for x in &r.lines {
        head.push(format!("{} {}", x.line, t(lang, "faktiski", "actual")));
        head.push(format!("{} {}", x.line, t(lang, "kumul.", "cumul.")));
        head.push(format!(
            "{} {}",
            x.line,
            t(lang, "plāns kumul.", "plan cumul.")
        ));
    }
    head.push(t(lang, "Kopā faktiski", "Total actual"));
    head.push(t(lang, "Kopā kumul.", "Total cumul."));
    head.push(t(lang, "Plāns kumul.", "Plan cumul."));
    for s in &r.sources {
        head.push(format!("{} {}", s.code, t(lang, "kumul.", "cumul.")));
    }
    tables.push(Table {
        title: t(lang, "Pa mēnešiem, EUR", "By month, EUR"),
        text_cols: 1,
        note: t(
            lang,
            "Treknrakstā: ceturkšņa beigas — kumulatīvās summas sakrīt ar maksājuma pieprasījumu līdz centam.",
            "In bold: quarter ends — the cumulative amounts equal the payment claim to the cent.",
        ),
        head,
        rows: r
            .months
            .iter()
            .map(|mr| {
                let mut cells = vec![mr.month.clone()];
                for x in &mr.lines {
                    cells.extend([mo(x.actual), mo(x.cumulative), m(x.plan_cumulative)]);
                }
                cells.extend([
                    mo(mr.total.actual),
                    mo(mr.total.cumulative),
                    m(mr.total.plan_cumulative),
                ]);
                for s in 0..ns {
                    cells.push(mo(mr.by_source[s].as_ref().map(|x| x.cumulative)));
                }
                Row {
                    cells,
                    class: if mr.closes_quarter { "total" } else { "" },
                }
            })
            .collect(),
    });

    View {
        lang: lang.code(),
        title: format!(
            "{} — {}",
            t(lang, "Apguves temps un prognoze", "Burn rate and forecast"),
            r.agreement.number
        ),
        subtitle: format!("{} · {}", r.agreement.title, r.agreement.beneficiary),
        facts,
        headline,
        alerts_title: t(lang, "Brīdinājumi", "Alerts"),
        alerts: r.alerts.iter().map(|a| a.message.clone()).collect(),
        charts_title: t(lang, "Grafiki", "Charts"),
        charts,
        tables,
        method_title: t(lang, "Metode", "Method"),
        method: r.method.to_string(),
        inputs: r
            .inputs
            .iter()
            .map(|d| format!("{} {} {}", d.role, d.file, d.sha256))
            .collect(),
        tool: format!("{} {}", r.tool.name, r.tool.version),
    }
}
