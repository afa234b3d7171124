//! The terminal summary printed after the burn report is written.

use super::text::money;
use crate::report::burn::BurnReport;
use std::fmt::Write;

pub fn burn_summary(r: &BurnReport, files: &[String]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "grantbook burn {} — {} (version {}, {} … {})",
        r.as_of,
        r.agreement.number,
        r.agreement.version,
        r.agreement.period_start,
        r.agreement.period_end
    );
    let _ = writeln!(
        s,
        "  time elapsed {} %; budget used {} % ({} of {} EUR)",
        r.time.elapsed_pct,
        r.total.used_pct.unwrap_or_default(),
        money(&r.total.cumulative.eligible),
        money(&r.total.budget)
    );
    for l in &r.lines {
        let _ = writeln!(
            s,
            "  {:<6} used {:>6} % plan {:>6} %  forecast {:>12} (budget {:>12})  EU at risk {:>11}",
            l.line,
            l.used_pct.unwrap_or_default(),
            l.plan_pct,
            l.forecast_run_rate.as_ref().map(money).unwrap_or_default(),
            money(&l.budget),
            money(&l.eu_at_risk)
        );
    }
    let _ = writeln!(s, "  EU funding at risk: {} EUR", money(&r.eu_at_risk));
    let _ = writeln!(
        s,
        "  alerts: {}; reintegration deadlines in {} days: {}",
        r.alerts.len(),
        r.params.deadline_window_days,
        r.deadlines.len()
    );
    for a in &r.alerts {
        let _ = writeln!(s, "    {}", a.message);
    }
    for f in files {
        let _ = writeln!(s, "  wrote {f}");
    }
    s
}
