//! Renderers: report models to files (json, …) and to the terminal (text). Outputs are written
//! atomically — a temporary file in the target folder, then a rename — and never over an input.

pub mod burn_html;
pub mod burn_svg;
pub mod burn_text;
pub mod burn_xlsx;
pub mod field_help;
pub mod html;
pub mod json;
pub mod labels;
pub mod project_file;
pub mod register;
pub mod template;
pub mod text;
pub mod xlsx;

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file and a rename, so an interrupted run
/// leaves no partial file. Refuses to write over any of `inputs`.
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the output folder {}", dir.display()))?;
    if let Ok(target) = path.canonicalize() {
        for i in inputs {
            if i.canonicalize().is_ok_and(|c| c == target) {
                bail!(
                    "refusing to write {}: it is an input file; choose another --out folder",
                    path.display()
                );
            }
        }
    }
    let (tmp_path, mut file) = tempfile_in(dir)?;
    let written = file
        .write_all(bytes)
        .with_context(|| format!("cannot write {}", tmp_path.display()));
    file.sync_all().ok();
    drop(file);
    // A failed write or rename removes the temporary file: nothing partial is left behind.
    let done = written.and_then(|()| {
        std::fs::rename(&tmp_path, path).with_context(|| format!("cannot write {}", path.display()))
    });
    if done.is_err() {
        std::fs::remove_file(&tmp_path).ok();
    }
    done
}

fn tempfile_in(dir: &Path) -> Result<(PathBuf, std::fs::File)> {
    for n in 0..1000u32 {
        let p = dir.join(format!(".grantbook-{}-{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&p)
        {
            Ok(f) => return Ok((p, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot write in {}", dir.display())),
        }
    }
    bail!("cannot create a temporary file in {}", dir.display())
}
