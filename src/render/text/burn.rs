//! The terminal summary printed after the burn report is written, in the report's language
//! (`burn-summary-…` in `i18n/<lang>/burn.ftl`); columns padded here, words from the catalogue.

use crate::i18n::Msg;
use crate::report::burn::{numfmt, BurnReport};
use std::fmt::Write;

pub fn burn_summary(r: &BurnReport, files: &[String]) -> String {
    let lang = r.lang;
    let money = |x| numfmt::money(x, lang);
    let pct = |x| numfmt::num(x, 2, lang);
    let mut s = String::new();
    let mut line = |m: Msg, indent: &str| {
        let _ = writeln!(s, "{indent}{}", m.text(lang));
    };
    line(
        Msg::new("burn-summary-title")
            .arg("as_of", r.as_of)
            .arg(
                "agreement",
                crate::render::header::Header::burn(r).agreement,
            )
            .arg("version", r.agreement.version)
            .arg("from", r.agreement.period_start)
            .arg("to", r.agreement.period_end),
        "",
    );
    line(
        Msg::new("burn-summary-time")
            .arg("elapsed", pct(r.time.elapsed_pct))
            .arg("used", pct(r.total.used_pct.unwrap_or_default()))
            .arg("spent", money(r.total.cumulative.eligible))
            .arg("budget", money(r.total.budget)),
        "  ",
    );
    for l in &r.lines {
        line(
            Msg::new("burn-summary-line-row")
                .arg("line", format!("{:<6}", l.line))
                .arg(
                    "used",
                    format!("{:>6}", pct(l.used_pct.unwrap_or_default())),
                )
                .arg("plan", format!("{:>6}", pct(l.plan_pct)))
                .arg(
                    "forecast",
                    format!(
                        "{:>12}",
                        l.forecast_run_rate.map(money).unwrap_or_else(|| "—".into())
                    ),
                )
                .arg("budget", format!("{:>12}", money(l.budget)))
                .arg("risk", format!("{:>11}", money(l.eu_at_risk))),
            "  ",
        );
    }
    for x in r.indicators.iter().filter(|x| x.event.is_some()) {
        line(
            Msg::new("burn-summary-persons")
                .arg("line", format!("{:<6}", x.line))
                .arg("achieved", format!("{:>4}", x.achieved))
                .arg("target", x.target)
                .arg(
                    "forecast",
                    x.forecast_at_end
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| "—".into()),
                ),
            "  ",
        );
    }
    if r.total.forecast_run_rate.is_none() {
        line(
            Msg::new("burn-summary-too-early").arg("n", r.params.run_rate_months),
            "  ",
        );
    }
    line(
        Msg::new("burn-summary-at-risk").arg("risk", money(r.eu_at_risk)),
        "  ",
    );
    line(
        Msg::new("burn-summary-alerts")
            .arg("alerts", r.alerts.len())
            .arg("days", r.params.deadline_window_days)
            .arg("deadlines", r.deadlines.len()),
        "  ",
    );
    for a in &r.alerts {
        line(a.message.clone(), "    ");
    }
    for f in files {
        line(Msg::new("burn-summary-wrote").arg("file", f), "  ");
    }
    s
}
