//! Writes a submitted quarter into the claim register (`claim --submit`). A quarter already
//! submitted is refused unless the figures are identical: a submitted claim is never rewritten.

use crate::report::register::FrozenClaim;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

/// What `submit` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Submitted {
    Written(PathBuf),
    AlreadyIdentical(PathBuf),
}

/// Freezes `claim` into `dir`, unless the quarter is there already with other figures.
pub fn submit(dir: &Path, claim: &FrozenClaim, existing: &[FrozenClaim]) -> Result<Submitted> {
    let path = dir.join(format!("claim-{}.json", claim.quarter));
    if let Some(old) = existing.iter().find(|f| f.quarter == claim.quarter) {
        if old.same_figures(claim) {
            return Ok(Submitted::AlreadyIdentical(path));
        }
        bail!(
            "{}: {} was already submitted with other figures (eligible {} EUR then, {} EUR now); a submitted claim is frozen\n  hint: correct the difference in the next quarter's claim; the changes are listed as FIN-02 findings",
            path.display(),
            claim.quarter,
            old.total.eligible,
            claim.total.eligible
        );
    }
    let bytes = super::json::to_json(claim);
    super::write_atomic(&path, &bytes, &[])?;
    Ok(Submitted::Written(path))
}
