//! `grantbook rules [ID]`: the rule catalogue, or one rule explained with its parameters, their
//! values in the project file (when one is found) and its legal basis.

use super::{load_project, Global};
use crate::i18n::{tr, Msg};
use crate::model::money::fmt2;
use crate::model::project::Lang;
use crate::model::{project::Version, Project};
use crate::rules::{find, Input, Removes, ALL};

pub(crate) fn run(g: &Global, id: Option<&str>) -> anyhow::Result<u8> {
    // The catalogue is a reference: English unless --lang asks for Latvian.
    let lang = match g.lang {
        Some(super::LangArg::Lv) => Lang::Lv,
        _ => Lang::En,
    };
    match id {
        None => {
            let t = |key: &str| tr(lang, key);
            println!(
                "{:<8} {:<12} {}",
                t("rules-list-rule"),
                t("rules-list-severity"),
                t("rules-list-statement")
            );
            for r in ALL {
                println!(
                    "{:<8} {:<12} {}",
                    r.id,
                    t(&format!("severity-{}", r.severity.label())),
                    r.statement(lang)
                );
            }
            println!("\n{}", t("rules-list-more"));
        }
        Some(id) => {
            let Some(r) = find(id) else {
                crate::bail_msg!(Msg::new("err-cli-no-rule").arg("id", id));
            };
            let project = load_project(g).ok();
            println!("{} — {}", r.id, r.statement(lang));
            if lang == Lang::En {
                println!("  lv:         {}", r.statement(Lang::Lv));
            }
            let t = |key: &str| tr(lang, key);
            let label = |key: &str| format!("{}:", t(key));
            let sev = t(&format!("severity-{}", r.severity.label()));
            println!("  {:<11} {sev}", label("rules-label-severity"));
            println!(
                "  {:<11} {}",
                label("rules-label-removes"),
                t(removes(r.removes))
            );
            println!(
                "  {:<11} {}",
                label("rules-label-basis"),
                r.legal_basis(lang)
            );
            if r.evidence.is_empty() {
                println!("  {}: {}", t("rules-evidence"), t("rules-evidence-none"));
            } else {
                println!("  {}:", t("rules-evidence"));
                for e in r.evidence {
                    let (lv, en) = e.input.headers(e.field);
                    let need = if e.input.required(e.field) {
                        t("rules-required")
                    } else {
                        t("rules-optional")
                    };
                    // The column's header in the reader's language (the importer accepts either).
                    let header = if lang == Lang::Lv { lv } else { en };
                    println!("    {} › {header} ({need})", t(input_key(e.input)));
                }
            }
            println!("  {}: {}", t("rules-without"), r.without(lang));
            if r.params.is_empty() {
                println!(
                    "  {} {}",
                    label("rules-label-parameters"),
                    t("rules-parameters-none")
                );
            } else {
                println!("  {}", label("rules-label-parameters"));
                for p in r.params {
                    match project.as_ref().and_then(|pr| value(pr, p)) {
                        Some(v) => println!("    {p} = {v}"),
                        None => println!("    {p}"),
                    }
                }
                match &project {
                    Some(p) => println!(
                        "  ({})",
                        Msg::new("rules-values-from")
                            .arg("file", p.path.display().to_string())
                            .text(lang)
                    ),
                    None => println!("  ({})", t("rules-no-project")),
                }
            }
        }
    }
    Ok(0)
}

fn input_key(i: Input) -> &'static str {
    match i {
        Input::Expenses => "rules-input-expenses",
        Input::Cases => "rules-input-cases",
        Input::Rates => "rules-input-rates",
    }
}

fn removes(r: Removes) -> &'static str {
    match r {
        Removes::WholeLine => "rules-removes-whole-line",
        Removes::Excess => "rules-removes-excess",
        Removes::LaterDuplicate => "rules-removes-later-duplicate",
        Removes::OverBudget => "rules-removes-over-budget",
        Removes::Nothing => "rules-removes-nothing",
    }
}

/// A parameter's value in each version (one value when all versions agree).
pub(crate) fn value(project: &Project, key: &str) -> Option<String> {
    let per_version = |f: &dyn Fn(&Version) -> String| {
        let vals: Vec<(u32, String)> = project.versions.iter().map(|v| (v.number, f(v))).collect();
        if vals.iter().all(|(_, x)| *x == vals[0].1) {
            vals[0].1.clone()
        } else {
            vals.iter()
                .map(|(n, x)| format!("{x} (version {n})"))
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    if let Some(name) = key.strip_prefix("params.") {
        return Some(per_version(&|v| {
            let p = &v.params;
            match name {
                "non_third_countries" => p
                    .non_third_countries
                    .iter()
                    .filter(|(_, until)| until.is_none())
                    .map(|(c, _)| c.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                "members_until" => p
                    .non_third_countries
                    .iter()
                    .filter_map(|(c, until)| until.map(|d| format!("{c} {d}")))
                    .collect::<Vec<_>>()
                    .join(", "),
                "indirect_rate_pct" => format!("{} %", p.indirect_rate.normalize()),
                "reintegration_cap" => p.reintegration_cap.map_or("none".into(), |x| fmt2(&x)),
                _ => match serde_json::to_value(p)
                    .ok()
                    .and_then(|j| j.get(name).cloned())
                {
                    Some(serde_json::Value::String(s)) => s,
                    Some(other) => other.to_string(),
                    None => "?".into(),
                },
            }
        }));
    }
    if let Some(kinds) = key.strip_prefix("headings[].kind = ") {
        let codes: Vec<&str> = project
            .headings
            .iter()
            .filter(|h| {
                let k = serde_json::to_value(h.kind).ok();
                let k = k.as_ref().and_then(|k| k.as_str()).unwrap_or("");
                kinds.split('|').any(|x| x.trim().trim_matches('"') == k)
            })
            .map(|h| h.code.as_str())
            .collect();
        return Some(format!(
            "headings {}",
            if codes.is_empty() {
                "none".to_string()
            } else {
                codes.join(", ")
            }
        ));
    }
    match key {
        "versions[].period_start" => Some(per_version(&|v| v.period_start.to_string())),
        "versions[].period_end" => Some(per_version(&|v| v.period_end.to_string())),
        "versions[].total" => Some(per_version(&|v| fmt2(&v.total))),
        "versions[].targets" => Some(per_version(&|v| {
            project
                .lines
                .iter()
                .zip(&v.targets)
                .map(|(l, t)| format!("{} {t}", l.code))
                .collect::<Vec<_>>()
                .join(", ")
        })),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameter_values_come_from_the_project() {
        let p = crate::rules::testkit::project();
        assert_eq!(
            value(&p, "params.cash_allowance").as_deref(),
            Some("100.00")
        );
        assert_eq!(value(&p, "params.payment_grace_days").as_deref(), Some("0"));
        assert_eq!(
            value(&p, "params.members_until").as_deref(),
            Some("GB 2020-12-31, GBR 2020-12-31")
        );
        assert_eq!(
            value(&p, "versions[].period_end").as_deref(),
            Some("2022-12-31")
        );
        assert_eq!(
            value(&p, "params.indirect_rate_pct").as_deref(),
            Some("7 %")
        );
    }
}
