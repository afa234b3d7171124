//! clap's argument errors in the catalogue's words: the kind of error and its context (the
//! argument, the value, the valid values, a suggestion) become a message. clap's usage line is
//! left out (its value placeholders are English); `--help` shows it.

use crate::i18n::{tr, Msg};
use crate::model::project::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// A context value as plain text (lists joined with ", ").
fn ctx(e: &clap::Error, kind: ContextKind) -> String {
    match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(ContextValue::Bool(b)) => b.to_string(),
        Some(ContextValue::None) | None => String::new(),
        Some(_) => String::new(),
    }
}

/// The message for the error's kind; `None` for a kind the catalogue does not word (clap's
/// own text is shown then).
fn message(e: &clap::Error) -> Option<Msg> {
    // The option without its value placeholder (`--format`, not `--format <FORMAT>`).
    let arg = ctx(e, ContextKind::InvalidArg)
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_string();
    let value = ctx(e, ContextKind::InvalidValue);
    Some(match e.kind() {
        ErrorKind::UnknownArgument => Msg::new("err-clap-unknown-argument").arg("arg", arg),
        ErrorKind::InvalidSubcommand => Msg::new("err-clap-invalid-subcommand")
            .arg("command", ctx(e, ContextKind::InvalidSubcommand)),
        ErrorKind::InvalidValue if value.is_empty() => {
            Msg::new("err-clap-missing-value").arg("arg", arg)
        }
        ErrorKind::InvalidValue => Msg::new("err-clap-invalid-value")
            .arg("arg", arg)
            .arg("value", value)
            .arg("valid", ctx(e, ContextKind::ValidValue)),
        ErrorKind::ValueValidation => Msg::new("err-clap-value-validation")
            .arg("arg", arg)
            .arg("value", value),
        ErrorKind::MissingRequiredArgument => Msg::new("err-clap-missing-argument").arg("arg", arg),
        ErrorKind::ArgumentConflict => Msg::new("err-clap-conflict")
            .arg("arg", arg)
            .arg("other", ctx(e, ContextKind::PriorArg)),
        ErrorKind::NoEquals => Msg::new("err-clap-no-equals").arg("arg", arg),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            Msg::new("err-clap-values").arg("arg", arg)
        }
        _ => return None,
    })
}

/// The error as the terminal shows it in `lang`: `kļūda: …`, a suggestion and where help is.
pub(super) fn text(e: &clap::Error, lang: Lang) -> String {
    let Some(msg) = message(e) else {
        return e.render().to_string();
    };
    let mut s = format!("{}: {}\n", tr(lang, "err-label-error"), msg.text(lang));
    let suggested = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(|k| ctx(e, k))
    .find(|v| !v.is_empty());
    if let Some(v) = suggested {
        s.push_str(&format!(
            "  {}: {}\n",
            tr(lang, "err-label-hint"),
            Msg::new("err-clap-suggested").arg("value", v).text(lang)
        ));
    }
    s.push_str(&format!("\n{}\n", tr(lang, "err-clap-more")));
    s
}
