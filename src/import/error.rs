//! Import errors: each names the file, sheet and cell (or the project file's TOML key), says
//! what was expected and what was found, and how to fix it. A sheet's problems are collected
//! and reported together (capped), not one at a time.
//!
//! The words are catalogue messages (`err-…` in `i18n/*/errors.ftl`), rendered in the run's
//! language by [`ImportError::text`]; `Display` is the English text (tests, logs).

use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use crate::model::{CellRef, Field};
use std::fmt;

/// At most this many cell problems are listed per sheet; the rest are counted.
pub const MAX_PROBLEMS: usize = 50;

/// One cell that cannot be read as its field's type, or a missing required value.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub at: CellRef,
    /// The column (shown by its headers, `Latvian / English`).
    pub field: Field,
    pub expected: Msg,
    /// The cell as found (its value, or what kind of cell it is).
    pub found: Msg,
    pub hint: Msg,
}

impl Problem {
    /// The problem in `lang`, its hint on a second line.
    pub fn text(&self, lang: Lang) -> String {
        format!(
            "{}\n    {}: {}",
            Msg::new("err-problem")
                .arg("at", self.at.to_string())
                .arg(
                    "field",
                    format!("{} / {}", self.field.lv(), self.field.en())
                )
                .arg("expected", self.expected.clone())
                .arg("found", self.found.clone())
                .text(lang),
            tr(lang, "err-label-hint"),
            self.hint.text(lang)
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file cannot be opened or is not a spreadsheet at all.
    #[error("{}", self.text(Lang::En))]
    Unreadable {
        file: String,
        reason: Msg,
        hint: Msg,
    },
    /// No visible sheet has a header row with the required columns.
    #[error("{}", self.text(Lang::En))]
    Header { file: String, what: Msg, hint: Msg },
    /// Cells that cannot be read; rows read = accepted + rejected.
    #[error("{}", self.text(Lang::En))]
    Cells {
        place: String,
        problems: Vec<Problem>,
        more: usize,
        rows_read: usize,
        rows_rejected: usize,
    },
    /// The project file is malformed or inconsistent.
    #[error("{}", self.text(Lang::En))]
    Project {
        file: String,
        key: String,
        message: Msg,
        /// Boxed: keeps the error small enough to return cheaply (clippy's result_large_err).
        hint: Box<Msg>,
    },
}

impl ImportError {
    pub fn unreadable(file: &str, reason: Msg, hint: Msg) -> ImportError {
        ImportError::Unreadable {
            file: file.to_string(),
            reason,
            hint,
        }
    }
    pub fn project(file: &str, key: &str, message: Msg, hint: Msg) -> ImportError {
        ImportError::Project {
            file: file.to_string(),
            key: key.to_string(),
            message,
            hint: Box::new(hint),
        }
    }

    /// The error in `lang`: file (sheet, cell or key), what is wrong, and the hint.
    pub fn text(&self, lang: Lang) -> String {
        let hint = |h: &Msg| format!("\n  {}: {}", tr(lang, "err-label-hint"), h.text(lang));
        match self {
            ImportError::Unreadable {
                file,
                reason,
                hint: h,
            } => {
                let head = Msg::new("err-unreadable")
                    .arg("file", file)
                    .arg("reason", reason.clone());
                format!("{}{}", head.text(lang), hint(h))
            }
            ImportError::Header {
                file,
                what,
                hint: h,
            } => {
                format!("{file}: {}{}", what.text(lang), hint(h))
            }
            ImportError::Project {
                file,
                key,
                message,
                hint: h,
            } => format!("{file}: {key}: {}{}", message.text(lang), hint(h)),
            ImportError::Cells {
                place,
                problems,
                more,
                rows_read,
                rows_rejected,
            } => cells_message(lang, place, problems, *more, *rows_read, *rows_rejected),
        }
    }
}

fn cells_message(
    lang: Lang,
    place: &str,
    problems: &[Problem],
    more: usize,
    read: usize,
    rejected: usize,
) -> String {
    let mut s = Msg::new("err-cells")
        .arg("place", place)
        .arg("n", problems.len() + more)
        .arg("read", read)
        .arg("accepted", read - rejected)
        .arg("rejected", rejected)
        .text(lang);
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.text(lang));
    }
    if more > 0 {
        s.push_str("\n  ");
        s.push_str(&Msg::new("err-cells-more").arg("n", more).text(lang));
    }
    s.push_str("\n  ");
    s.push_str(&tr(lang, "err-cells-nothing-written"));
    s
}

/// A file system error as a reason: the catalogue's words for the usual kinds, the system's
/// own text otherwise.
pub fn io_reason(e: &std::io::Error) -> Msg {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => Msg::new("err-io-not-found"),
        K::PermissionDenied => Msg::new("err-io-permission"),
        K::AlreadyExists => Msg::new("err-io-exists"),
        _ => Msg::new("err-io-other").arg("detail", e.to_string()),
    }
}

/// A reason given as a library's own text (calamine, zip, csv): shown as it is.
pub fn detail(text: impl Into<String>) -> Msg {
    Msg::new("err-detail").arg("detail", text.into())
}
