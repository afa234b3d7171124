//! Reads the claim register: the submitted quarters frozen next to the project file
//! (`<project folder>/claims/<agreement>/claim-<quarter>.json`). The records are
//! `model::register`; `render::register` writes the files. Each file carries the SHA-256 of
//! its claim, verified on every read: a damaged or hand-edited entry stops the run.

use crate::i18n::Msg;
use crate::import::ImportError;
use crate::model::register::{sanitise, FrozenClaim, FORMAT};
use crate::model::Project;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A register file: the frozen claim's fields and `checksum`, the SHA-256 of the claim's
/// compact JSON (`serde_json::to_vec` of `FrozenClaim`), as `sha256:<hex>`.
#[derive(Serialize, Deserialize)]
pub(crate) struct Stored {
    #[serde(flatten)]
    pub claim: FrozenClaim,
    pub checksum: String,
}

/// The checksum a register file carries for `claim`.
pub(crate) fn checksum(claim: &FrozenClaim) -> String {
    let bytes = serde_json::to_vec(claim).expect("a frozen claim serialises");
    format!("sha256:{}", hex::encode(Sha256::digest(&bytes)))
}

/// A register file's bytes as a frozen claim, its marker, quarter and checksum checked.
fn parse_stored(bytes: &[u8], shown: &str) -> Result<FrozenClaim, ImportError> {
    let restore = || Msg::new("err-hint-register-restore");
    let marker: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        ImportError::unreadable(
            shown,
            Msg::new("err-not-frozen").arg("detail", e.to_string()),
            restore(),
        )
    })?;
    let format = marker.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != FORMAT {
        return Err(ImportError::unreadable(
            shown,
            Msg::new("err-register-format")
                .arg("format", format)
                .arg("expected", FORMAT),
            restore(),
        ));
    }
    let stored: Stored = serde_json::from_value(marker).map_err(|e| {
        ImportError::unreadable(
            shown,
            Msg::new("err-not-frozen").arg("detail", e.to_string()),
            restore(),
        )
    })?;
    if checksum(&stored.claim) != stored.checksum {
        return Err(ImportError::unreadable(
            shown,
            Msg::new("err-register-checksum")
                .arg("checksum", &stored.checksum)
                .arg("quarter", stored.claim.quarter.to_string()),
            restore(),
        ));
    }
    if stored.claim.quarter().is_none() {
        return Err(ImportError::unreadable(
            shown,
            Msg::new("err-register-quarter").arg("quarter", stored.claim.quarter.to_string()),
            Msg::new("err-hint-register-quarter"),
        ));
    }
    Ok(stored.claim)
}

/// The register folder of a project.
pub(crate) fn register_dir(project: &Project) -> PathBuf {
    project
        .path
        .parent()
        .unwrap_or(Path::new("."))
        .join("claims")
        .join(sanitise(&project.agreement.number))
}

/// Every frozen claim in the register, sorted by quarter; none when the folder is absent.
pub(crate) fn read_register(project: &Project) -> Result<Vec<FrozenClaim>, ImportError> {
    let dir = register_dir(project);
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("claim-"))
        })
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let shown = p.display().to_string();
        let bytes = std::fs::read(&p).map_err(|e| {
            ImportError::unreadable(
                &shown,
                crate::import::error::io_reason(&e),
                Msg::new("err-hint-permissions"),
            )
        })?;
        let f = parse_stored(&bytes, &shown)?;
        let named = format!("claim-{}.json", f.quarter);
        if p.file_name().and_then(|n| n.to_str()) != Some(named.as_str()) {
            return Err(ImportError::unreadable(
                &shown,
                Msg::new("err-register-name")
                    .arg("quarter", f.quarter.to_string())
                    .arg("named", &named),
                Msg::new("err-hint-register-name"),
            ));
        }
        if f.agreement != project.agreement.number {
            return Err(ImportError::unreadable(
                &shown,
                Msg::new("err-register-agreement")
                    .arg("agreement", &f.agreement)
                    .arg("project", &project.agreement.number),
                Msg::new("err-hint-register-agreement"),
            ));
        }
        out.push(f);
    }
    out.sort_by_key(|f| f.quarter());
    Ok(out)
}
