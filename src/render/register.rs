//! Writes a submitted quarter into the claim register (`claim --submit`). A quarter already
//! submitted is refused unless the figures are identical: a submitted claim is never rewritten.
//!
//! Crash and concurrency safety: a submission holds an exclusive advisory lock on the
//! register's `.lock` file from before it reads the register until its entry is in place (a
//! second submission meanwhile is refused, exit 2); the entry is written in full to a
//! temporary file, synced, and linked into place only if no file of that name exists, then
//! the folder is synced. A process killed at any step leaves the register as it was before or
//! after the submission (at most a stray temporary file, removed by the next submission).

use crate::i18n::{Msg, MsgContext};
use crate::import::readback::register::{checksum, Stored};
use crate::model::register::FrozenClaim;
use anyhow::Result;
use std::fs::File;
use std::path::{Path, PathBuf};

/// What `submit` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Submitted {
    Written(PathBuf),
    AlreadyIdentical(PathBuf),
}

/// The register's exclusive lock, released when dropped (or when the process ends, however).
pub struct RegisterLock {
    _file: File,
}

/// Takes the register's lock, creating the folder; refused at once (never waits) when another
/// submission holds it.
pub fn lock(dir: &Path) -> Result<RegisterLock> {
    std::fs::create_dir_all(dir)
        .msg_context(|| Msg::new("err-reg-create").arg("path", dir.display().to_string()))?;
    let path = dir.join(".lock");
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .msg_context(|| Msg::new("err-cli-open").arg("path", path.display().to_string()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            crate::bail_msg!(Msg::new("err-reg-busy").arg("path", path.display().to_string()))
        }
        Err(std::fs::TryLockError::Error(e)) => {
            return Err(e)
                .msg_context(|| Msg::new("err-reg-lock").arg("path", path.display().to_string()))
        }
    }
    fault_point("locked");
    // Holding the lock, no other writer is running: a temporary file left here was left by
    // one that was killed.
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with(".grantbook-") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    Ok(RegisterLock { _file: file })
}

/// Freezes `claim` into `dir`, unless the quarter is there already with other figures. The
/// caller holds `lock(dir)` and read `existing` under it.
pub fn submit(dir: &Path, claim: &FrozenClaim, existing: &[FrozenClaim]) -> Result<Submitted> {
    let path = dir.join(format!("claim-{}.json", claim.quarter));
    if let Some(old) = existing.iter().find(|f| f.quarter == claim.quarter) {
        if old.same_figures(claim) {
            return Ok(Submitted::AlreadyIdentical(path));
        }
        crate::bail_msg!(Msg::new("err-reg-frozen")
            .arg("path", path.display().to_string())
            .arg("quarter", claim.quarter.to_string())
            .money("then", old.total.eligible)
            .money("now", claim.total.eligible));
    }
    let stored = Stored {
        claim: claim.clone(),
        checksum: checksum(claim),
    };
    let bytes = super::json::to_json(&stored);
    let staged = super::stage_with(&path, &[], |w| {
        let (head, tail) = bytes.split_at(bytes.len() / 2);
        w.write_all(head)?;
        w.flush()?;
        fault_point("half-written");
        Ok(w.write_all(tail)?)
    })?;
    fault_point("written");
    staged.commit_new()?;
    fault_point("placed");
    // The new name is durable once its folder is synced.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    fault_point("synced");
    Ok(Submitted::Written(path))
}

/// Test-only fault injection (debug builds; release builds compile it to nothing):
/// `GRANTBOOK_REGISTER_FAULT=STEP` aborts the process at that step of a submission, as a kill
/// would (no destructor runs); `STEP:pause:MS` holds it there for MS milliseconds. The steps:
/// locked, half-written, written, placed, synced.
fn fault_point(step: &str) {
    #[cfg(debug_assertions)]
    if let Ok(v) = std::env::var("GRANTBOOK_REGISTER_FAULT") {
        let mut parts = v.split(':');
        if parts.next() == Some(step) {
            match (parts.next(), parts.next().and_then(|m| m.parse().ok())) {
                (Some("pause"), Some(ms)) => {
                    std::thread::sleep(std::time::Duration::from_millis(ms))
                }
                _ => std::process::abort(),
            }
        }
    }
    let _ = step;
}
