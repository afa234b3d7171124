//! The terminal summary of `grantbook review`: the claim, the hash check, the differences (the
//! first few with their cells), the sample's parameters, the projection, the files written.

use crate::render::text::money as fmt2;
use crate::report::review::ReviewReport;
use std::fmt::Write;

/// At most this many differences are printed; the report files hold them all.
const SHOWN: usize = 12;

pub fn review_summary(r: &ReviewReport, files: &[String]) -> String {
    let mut s = String::new();
    let c = &r.claim;
    let _ = writeln!(
        s,
        "grantbook review {} — {} ({}, claim no. {})",
        c.period, c.agreement, c.file, c.claim_number
    );
    if r.hash_mismatches.is_empty() {
        let _ = writeln!(
            s,
            "  input hashes: the claim was built from the inputs given"
        );
    }
    for h in &r.hash_mismatches {
        let _ = writeln!(
            s,
            "  input hashes DIFFER: {} — claim {} {}…, this run {} {}…",
            h.role,
            h.claim_file,
            h.claim_sha256.get(..12).unwrap_or(""),
            h.run_file,
            h.run_sha256.get(..12).unwrap_or("")
        );
    }
    let _ = writeln!(s, "  recomputation: {} difference(s)", r.differences.len());
    for d in r.differences.iter().take(SHOWN) {
        let _ = writeln!(
            s,
            "    {} {} {}: {} submitted {}, recomputed {}",
            d.area, d.key, d.what, d.at, d.submitted, d.recomputed
        );
    }
    if r.differences.len() > SHOWN {
        let _ = writeln!(
            s,
            "    … {} more in the report",
            r.differences.len() - SHOWN
        );
    }
    let m = &r.sample;
    let _ = writeln!(
        s,
        "  sample: MUS, confidence {} %, tolerable error {} %, RF {}, seed {}",
        m.confidence_pct, m.tolerable_error_pct, m.reliability_factor, m.seed
    );
    let _ = writeln!(
        s,
        "    population {} cost lines, {} EUR; n = {}; interval {} EUR",
        m.population_items,
        fmt2(&m.population_value),
        m.sample_size,
        fmt2(&m.interval)
    );
    if m.all_items {
        let _ = writeln!(
            s,
            "    n ≥ items: every cost line is checked ({})",
            m.selected.len()
        );
    } else {
        let _ = writeln!(
            s,
            "    random start {} EUR; {} high-value item(s) ({} EUR) + {} selected systematically = {} to check",
            fmt2(&m.random_start),
            m.high_value_items,
            fmt2(&m.high_value_value),
            m.rest_selected,
            m.selected.len()
        );
    }
    match &r.projection {
        Some(p) => {
            let _ = writeln!(
                s,
                "  projected error {} EUR ({} %), upper limit {} EUR ({} %), materiality {} EUR: {}",
                fmt2(&p.projected),
                p.projected_pct,
                fmt2(&p.upper_limit),
                p.upper_limit_pct,
                fmt2(&p.materiality),
                if p.projected_above {
                    "projected error ABOVE materiality"
                } else if p.upper_limit_above {
                    "projected error within, upper limit above materiality"
                } else {
                    "within materiality"
                }
            );
            let _ = writeln!(
                s,
                "    deductions {} EUR + indirect {} EUR = {} EUR ({})",
                fmt2(&p.deducted_total),
                fmt2(&p.indirect_total),
                fmt2(&p.knock_on_total),
                p.knock_on_by_source
                    .iter()
                    .map(|(c, v)| format!("{c} {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        None => {
            let _ = writeln!(
                s,
                "  checklist: fill in result and amount deducted, then run again with --checklist FILE"
            );
        }
    }
    if let Some(p) = &r.previous {
        let _ = writeln!(
            s,
            "  previous claim {} ({}): {} change(s), {} carry-forward break(s)",
            p.period,
            p.file,
            p.changes.len(),
            p.carry_forward_breaks
        );
    }
    for f in files {
        let _ = writeln!(s, "  wrote {f}");
    }
    s
}
