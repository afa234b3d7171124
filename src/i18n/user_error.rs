//! An error a user reads, as a catalogue message: what the commands return (`bail_msg!`,
//! `msg_context`) instead of an English string, so the terminal prints it in the run's
//! language. `Display` is the English text (tests, logs); the terminal and the web workspace
//! call [`UserError::text`].

use super::{tr, Msg};
use crate::model::project::Lang;
use std::fmt;

/// A message for the user, with the error that caused it (a file system error …), if any.
#[derive(Debug)]
pub struct UserError {
    pub msg: Msg,
    source: Option<anyhow::Error>,
}

impl UserError {
    pub fn new(msg: Msg) -> UserError {
        UserError { msg, source: None }
    }

    /// `msg`, caused by `cause` (shown after it, as anyhow shows a context).
    pub fn because(msg: Msg, cause: impl Into<anyhow::Error>) -> UserError {
        UserError {
            msg,
            source: Some(cause.into()),
        }
    }

    /// The message in `lang`, with its hint (the `.hint` attribute) on its own line.
    pub fn text(&self, lang: Lang) -> String {
        with_hint(lang, &self.msg)
    }
}

/// A message and, when the catalogue gives it a `.hint`, `\n  hint: …` in `lang`.
pub fn with_hint(lang: Lang, msg: &Msg) -> String {
    let mut s = msg.text(lang);
    if msg.has_attr(lang, "hint") {
        s.push_str(&format!(
            "\n  {}: {}",
            tr(lang, "err-label-hint"),
            msg.attr(lang, "hint")
        ));
    }
    s
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for UserError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| &**e as &(dyn std::error::Error + 'static))
    }
}

/// `return Err(UserError::new(msg).into())`: `bail!` with a catalogue message.
#[macro_export]
macro_rules! bail_msg {
    ($msg:expr) => {
        return Err($crate::i18n::UserError::new($msg).into())
    };
}

/// `.context(…)` with a catalogue message: the error becomes the message's cause.
pub trait MsgContext<T> {
    fn msg_context(self, msg: impl FnOnce() -> Msg) -> anyhow::Result<T>;
}

impl<T, E: Into<anyhow::Error>> MsgContext<T> for Result<T, E> {
    fn msg_context(self, msg: impl FnOnce() -> Msg) -> anyhow::Result<T> {
        self.map_err(|e| UserError::because(msg(), e).into())
    }
}
