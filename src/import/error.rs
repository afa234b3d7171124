//! Import errors: each names the file, sheet and cell (or the project file's TOML key), says
//! what was expected and what was found, and how to fix it. A sheet's problems are collected
//! and reported together (capped), not one at a time.

use crate::model::{CellRef, Field};
use std::fmt;

/// At most this many cell problems are listed per sheet; the rest are counted.
pub const MAX_PROBLEMS: usize = 50;

/// One cell that cannot be read as its field's type, or a missing required value.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub at: CellRef,
    pub field: Field,
    pub expected: String,
    pub found: String,
    pub hint: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({} / {}): expected {}, found {}\n    hint: {}",
            self.at,
            self.field.lv(),
            self.field.en(),
            self.expected,
            self.found,
            self.hint
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file cannot be opened or is not a spreadsheet at all.
    #[error("{file}: cannot read the file: {reason}\n  hint: {hint}")]
    Unreadable {
        file: String,
        reason: String,
        hint: String,
    },
    /// No visible sheet has a header row with the required columns.
    #[error("{file}: {what}\n  hint: {hint}")]
    Header {
        file: String,
        what: String,
        hint: String,
    },
    /// Cells that cannot be read; rows read = accepted + rejected.
    #[error("{}", cells_message(.place, .problems, .more, .rows_read, .rows_rejected))]
    Cells {
        place: String,
        problems: Vec<Problem>,
        more: usize,
        rows_read: usize,
        rows_rejected: usize,
    },
    /// The project file is malformed or inconsistent.
    #[error("{file}: {key}: {message}\n  hint: {hint}")]
    Project {
        file: String,
        key: String,
        message: String,
        hint: String,
    },
}

impl ImportError {
    pub fn unreadable(file: &str, reason: &str, hint: &str) -> ImportError {
        ImportError::Unreadable {
            file: file.to_string(),
            reason: reason.to_string(),
            hint: hint.to_string(),
        }
    }
    pub fn project(file: &str, key: &str, message: impl Into<String>, hint: &str) -> ImportError {
        ImportError::Project {
            file: file.to_string(),
            key: key.to_string(),
            message: message.into(),
            hint: hint.to_string(),
        }
    }
}

fn cells_message(
    place: &str,
    problems: &[Problem],
    more: &usize,
    read: &usize,
    rejected: &usize,
) -> String {
    let n = problems.len() + more;
    let mut s = format!(
        "{place}: {n} cell{} cannot be read; rows read {read} = {} accepted + {rejected} rejected",
        if n == 1 { "" } else { "s" },
        read - rejected,
    );
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.to_string());
    }
    if *more > 0 {
        s.push_str(&format!("\n  … and {more} more"));
    }
    s.push_str("\n  nothing was written: correct the cells and run again");
    s
}
