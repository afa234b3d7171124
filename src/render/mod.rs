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
pub mod review_text;
pub mod template;
pub mod text;
pub mod xlsx;

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a temporary file and a rename, so an interrupted run
/// leaves no partial file. Refuses to write over any of `inputs`.
pub fn write_atomic(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<()> {
    write_atomic_with(path, inputs, |w| Ok(w.write_all(bytes)?))
}

/// As `write_atomic`, with the content streamed by `fill` (buffered) instead of held in memory:
/// a million-line document list goes to disk as it is laid out.
pub fn write_atomic_with(
    path: &Path,
    inputs: &[PathBuf],
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
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
    let (tmp, file) = tempfile_in(dir)?;
    let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
    let filled = fill(&mut w).and_then(|()| Ok(w.flush()?));
    let file = match filled.and_then(|()| w.into_inner().map_err(|e| e.into_error().into())) {
        Ok(f) => f,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.context(format!("cannot write {}", tmp.display())));
        }
    };
    file.sync_all().ok();
    drop(file);
    // A failed rename removes the temporary file: nothing partial is left behind.
    if let Err(e) = std::fs::rename(&tmp, path) {
        std::fs::remove_file(&tmp).ok();
        return Err(e).with_context(|| format!("cannot write {}", path.display()));
    }
    Ok(())
}

/// Writes a report's files only once every one of them has been rendered: a renderer that
/// fails leaves no file of the set behind. Each is written with [`write_atomic`]; the paths
/// written are returned for the summary.
pub fn write_all_atomic(files: Vec<(PathBuf, Vec<u8>)>, inputs: &[PathBuf]) -> Result<Vec<String>> {
    for (path, _) in &files {
        refuse_inputs(path, inputs)?;
    }
    let mut written = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        write_atomic(&path, &bytes, inputs)?;
        written.push(path.display().to_string());
    }
    Ok(written)
}

/// Refuses an output path that is one of the inputs.
fn refuse_inputs(path: &Path, inputs: &[PathBuf]) -> Result<()> {
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
    Ok(())
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
