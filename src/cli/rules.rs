//! `grantbook rules [ID]`: the rule catalogue, or one rule explained.

use crate::rules::{find, ALL};
use anyhow::bail;

pub fn run(id: Option<&str>) -> anyhow::Result<u8> {
    match id {
        None => {
            println!("{:<8} {:<8} statement", "rule", "severity");
            for r in ALL {
                println!("{:<8} {:<8} {}", r.id, r.severity.label(), r.statement);
            }
            println!("\n`grantbook rules ID` explains one rule.");
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
        }
    }
    Ok(0)
}
