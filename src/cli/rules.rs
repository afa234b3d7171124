//! `grantbook rules [ID]`: the rule catalogue, or one rule explained.

use crate::rules::{find, ALL};
use anyhow::bail;

/// The value a rule parameter has in the project file's latest version, when one can be read:
/// `params.NAME`, `NAME` or `versions[].NAME`.
fn param_value(project: Option<&crate::model::Project>, key: &str) -> Option<String> {
    let v = project?.latest_version();
    let name = key
        .trim_start_matches("params.")
        .trim_start_matches("versions[].");
    let mut json = serde_json::to_value(v).ok()?;
    if let Some(params) = json.get("params").cloned() {
        if let Some(x) = params.get(name) {
            return Some(x.to_string());
        }
    }
    json.get_mut(name).map(|x| x.to_string())
}

pub fn run(g: &super::Global, id: Option<&str>) -> anyhow::Result<u8> {
    match id {
        None => {
            println!("{:<8} {:<8} statement", "rule", "severity");
            for r in ALL {
                println!("{:<8} {:<8} {}", r.id, r.severity.label(), r.statement);
            }
            println!("\n`grantbook rules ID` explains one rule: its legal basis, what it removes and the");
            println!("project-file parameters it reads, with their values in your project file.");
            println!(
                "`grantbook check` runs them all; `grantbook help rules` describes this command."
            );
        }
        Some(id) => {
            let Some(r) = find(id) else {
                bail!("no rule {id:?}\n  hint: `grantbook rules` lists them");
            };
            println!("{} — {}", r.id, r.statement);
            println!("  lv: {}", r.statement_lv);
            println!("  severity: {}", r.severity.label());
            println!("  removes: {:?}", r.removes);
            println!("  basis: {}", r.basis);
            println!(
                "  parameters: {}",
                if r.params.is_empty() {
                    "none".to_string()
                } else {
                    r.params.join(", ")
                }
            );
            // The values in force, when a project file can be read (else the names suffice).
            let project = super::load_project(g).ok();
            for p in r.params {
                if let Some(v) = param_value(project.as_ref(), p) {
                    println!("    {p} = {v}");
                }
            }
        }
    }
    Ok(0)
}
