//! Renderers: report models to files and to the terminal, one module per format (`xlsx`,
//! `html`, `text`; `json`) with one file per report (`claim`, `burn`, `review`, `check`). Every
//! report has one [`header::Header`] and one [`provenance::Provenance`], built once from its
//! model and laid out by each format; `words` holds what a report says in every format.
//! Outputs are written atomically — a temporary file in the target folder, then a rename — and
//! never over an input.

pub mod header;
pub mod html;
pub mod json;
pub mod labels;
pub mod provenance;
pub mod register;
pub mod scaffold;
pub mod text;
pub mod words;
pub mod xlsx;

use crate::i18n::{Msg, MsgContext};
use anyhow::Result;
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
    stage_with(path, inputs, fill)?.commit()
}

/// A file written in full to a temporary file beside its target; `commit` renames it into
/// place. Dropped without a commit (another file of the set failed), it is removed.
pub struct Staged {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
}

impl Staged {
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn commit(self) -> Result<()> {
        let Staged { tmp, path } = self;
        // A failed rename removes the temporary file: nothing partial is left behind.
        tmp.persist(&path)
            .map_err(|e| anyhow::Error::from(e.error))
            .msg_context(|| Msg::new("err-cli-write").arg("path", path.display().to_string()))?;
        Ok(())
    }

    /// As `commit`, but only if no file of that name exists (an exclusive create: the claim
    /// register never replaces an entry).
    pub fn commit_new(self) -> Result<()> {
        let Staged { tmp, path } = self;
        tmp.persist_noclobber(&path)
            .map_err(|e| anyhow::Error::from(e.error))
            .msg_context(|| Msg::new("err-out-exists").arg("path", path.display().to_string()))?;
        Ok(())
    }
}

/// Renders `path` with `fill` into a temporary file in its folder, to be put in place with
/// [`Staged::commit`]. Refuses to write over any of `inputs`.
pub fn stage_with(
    path: &Path,
    inputs: &[PathBuf],
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<Staged> {
    stage_file_with(path, inputs, |file| {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
        fill(&mut w)?;
        Ok(w.flush()?)
    })
}

/// As [`stage_with`], for a writer that seeks (a zip archive such as an xlsx workbook): `fill`
/// gets the temporary file itself.
pub fn stage_file_with(
    path: &Path,
    inputs: &[PathBuf],
    fill: impl FnOnce(&mut std::fs::File) -> Result<()>,
) -> Result<Staged> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .msg_context(|| Msg::new("err-out-folder").arg("path", dir.display().to_string()))?;
    refuse_inputs(path, inputs)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".grantbook-").suffix(".tmp");
    // A temporary file is created owner-only (0600), and the rename keeps that mode: ask for
    // 0666 instead, which the umask narrows as for any file the user creates (0644 under 022).
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder
        .tempfile_in(dir)
        .msg_context(|| Msg::new("err-out-write-in").arg("path", dir.display().to_string()))?;
    let tmp_path = tmp.path().to_path_buf();
    fill(tmp.as_file_mut())
        .msg_context(|| Msg::new("err-cli-write").arg("path", tmp_path.display().to_string()))?;
    tmp.as_file().sync_all().ok();
    Ok(Staged {
        tmp,
        path: path.to_path_buf(),
    })
}

/// Writes a report's files only once every one of them has been rendered: a renderer that
/// fails leaves no file of the set behind. The paths written are returned for the summary.
pub fn write_all_atomic(files: Vec<(PathBuf, Vec<u8>)>, inputs: &[PathBuf]) -> Result<Vec<String>> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        staged.push(stage_with(&path, inputs, |w| Ok(w.write_all(&bytes)?))?);
    }
    commit_all(staged)
}

/// Puts every staged file in place, in order; the paths for the summary.
pub fn commit_all(staged: Vec<Staged>) -> Result<Vec<String>> {
    let mut written = Vec::with_capacity(staged.len());
    for s in staged {
        written.push(s.path().display().to_string());
        s.commit()?;
    }
    Ok(written)
}

/// Refuses an output path that is one of the inputs.
fn refuse_inputs(path: &Path, inputs: &[PathBuf]) -> Result<()> {
    if let Ok(target) = path.canonicalize() {
        for i in inputs {
            if i.canonicalize().is_ok_and(|c| c == target) {
                crate::bail_msg!(Msg::new("err-out-input").arg("path", path.display().to_string()));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// A staged file is invisible until committed; one dropped uncommitted (its set failed)
    /// leaves nothing behind, not even its temporary file.
    #[test]
    fn staged_files_appear_only_when_committed() {
        let dir = tempfile::tempdir().unwrap();
        let a = stage_with(&dir.path().join("a.json"), &[], |w| Ok(w.write_all(b"{}")?)).unwrap();
        let b = stage_with(
            &dir.path().join("b.html"),
            &[],
            |w| Ok(w.write_all(b"<p>")?),
        )
        .unwrap();
        assert!(names(dir.path())
            .iter()
            .all(|n| n.starts_with(".grantbook-")));
        drop(b);
        assert_eq!(
            names(dir.path()).len(),
            1,
            "the dropped file's temporary is gone"
        );
        let written = commit_all(vec![a]).unwrap();
        assert_eq!(names(dir.path()), vec!["a.json".to_string()]);
        assert!(written[0].ends_with("a.json"));
        assert_eq!(std::fs::read(dir.path().join("a.json")).unwrap(), b"{}");
    }

    /// An output gets the mode the umask gives a new file, not the temporary file's 0600.
    #[cfg(unix)]
    #[test]
    fn outputs_get_the_mode_the_umask_gives() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        write_atomic(&path, b"{}", &[]).unwrap();
        // The umask of this process, as the kernel reports it (the test does not change it).
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let umask = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .map(|u| u32::from_str_radix(u.trim(), 8).unwrap())
            .unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !umask, "mode {mode:o} under umask {umask:o}");
    }

    /// A renderer that fails leaves no file and no temporary file.
    #[test]
    fn a_failing_fill_stages_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let r = stage_with(&dir.path().join("c.xlsx"), &[], |_| {
            crate::bail_msg!(Msg::new("err-out-renderer"))
        });
        assert!(r.is_err());
        assert!(names(dir.path()).is_empty());
    }
}
