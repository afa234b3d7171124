//! Reads the claim register: the submitted quarters frozen next to the project file
//! (`<project folder>/claims/<agreement>/claim-<quarter>.json`). The records are
//! `model::register`; `render::register` writes the files.

use super::ImportError;
use crate::model::register::{sanitise, FrozenClaim, FORMAT};
use crate::model::Project;
use std::path::{Path, PathBuf};

/// The register folder of a project.
pub fn register_dir(project: &Project) -> PathBuf {
    project
        .path
        .parent()
        .unwrap_or(Path::new("."))
        .join("claims")
        .join(sanitise(&project.agreement.number))
}

/// Every frozen claim in the register, sorted by quarter; none when the folder is absent.
pub fn read_register(project: &Project) -> Result<Vec<FrozenClaim>, ImportError> {
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
            ImportError::unreadable(&shown, &e.to_string(), "check the file's permissions")
        })?;
        let f: FrozenClaim = serde_json::from_slice(&bytes).map_err(|e| {
            ImportError::unreadable(
                &shown,
                &format!("not a frozen claim: {e}"),
                "the claim register holds files written by `grantbook claim --submit`; restore the file from the submitted claim or remove it",
            )
        })?;
        if f.format != FORMAT || f.quarter().is_none() {
            return Err(ImportError::unreadable(
                &shown,
                &format!("format {:?}, quarter {:?}", f.format, f.quarter),
                &format!("expected format {FORMAT:?} and a quarter such as 2020-Q3"),
            ));
        }
        if f.agreement != project.agreement.number {
            return Err(ImportError::unreadable(
                &shown,
                &format!(
                    "frozen for agreement {:?}, but the project is {:?}",
                    f.agreement, project.agreement.number
                ),
                "move the file to its own agreement's register folder",
            ));
        }
        out.push(f);
    }
    out.sort_by_key(|f| f.quarter());
    Ok(out)
}
