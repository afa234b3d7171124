//! The message catalogue: every word a user reads, in Latvian and English, kept in Fluent
//! files (`i18n/<lang>/<area>.ftl`, embedded in the binary) instead of in code.
//!
//! Models and findings carry a [`Msg`] — a key and its arguments (counts, money, dates, text) —
//! and only the render layer and the terminal turn it into words with [`Msg::text`], so the
//! same finding reads in either language and the next language is a set of files, not a hunt
//! through code. Fluent (Project Fluent's `fluent-bundle`) does the placeholders and the
//! plural forms Latvian needs (`1 konstatējums`, `2 konstatējumi`, `21 konstatējums`).
//!
//! Arguments are formatted here, per language: money `1 234,56` (lv) / `1,234.56` (en), dates
//! `03.01.2019.` / `2019-01-03`. A key missing from a language shows as `[key]` (never a panic)
//! and the catalogue tests fail on it.
//!
//! Sits at the bottom of the pipeline beside `model`: any layer may build a `Msg`; only
//! `render` and `cli` turn one into text.

pub mod choice;
pub mod fmt;
mod user_error;

pub use user_error::{with_hint, MsgContext, UserError};

use crate::model::project::Lang;
use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;
use serde::Serialize;
use std::sync::OnceLock;

/// The catalogue's areas: one Fluent file per area and language, `i18n/<lang>/<area>.ftl`.
/// Keys are unique across areas (a test checks); an area is a place to look, not a namespace.
macro_rules! areas {
    ($($area:literal),* $(,)?) => {
        /// `(area, Latvian source, English source)`.
        pub(crate) const SOURCES: &[(&str, &str, &str)] = &[
            $(($area,
               include_str!(concat!("../../i18n/lv/", $area, ".ftl")),
               include_str!(concat!("../../i18n/en/", $area, ".ftl")))),*
        ];
    };
}

areas!(
    "common", "cli", "errors", "rules", "check", "claim", "burn", "review", "findings", "serve",
);

/// One argument of a message, formatted by the language at render time.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text shown as it is: ids, codes, file names, cells.
    Text(String),
    /// A count: selects the plural form (`{ $n -> [one] … *[other] … }`).
    Int(i64),
    /// An amount: two decimals, the language's separators.
    #[serde(serialize_with = "crate::model::money::ser_money")]
    Money(Decimal),
    /// A decimal number shown with the decimals it has (a rate, a percentage, a quantity).
    #[serde(serialize_with = "crate::model::money::ser_decimal")]
    Num(Decimal),
    /// A date in the language's format.
    Date(NaiveDate),
    /// Another message, rendered in the same language (a heading's name, a severity …).
    Msg(Box<Msg>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Arg {
        Arg::Date(d)
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i32, i64, u32, u64, usize);

/// A message of the catalogue with its arguments: what a model or a finding carries instead of
/// words. `Msg::new("ret01-not-departed").arg("case", id)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Msg {
    pub key: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument (text, count, date, another message; see [`Arg`]'s `From`s).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// Adds an amount of money (two decimals, the language's separators).
    pub fn money(mut self, name: &'static str, value: Decimal) -> Msg {
        self.args.push((name, Arg::Money(value)));
        self
    }

    /// Adds a decimal number shown with its own decimals.
    pub fn num(mut self, name: &'static str, value: Decimal) -> Msg {
        self.args.push((name, Arg::Num(value)));
        self
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        format(lang, self.key, None, &self.args)
    }

    /// Whether the catalogue gives the message the attribute `attr` in `lang`.
    pub fn has_attr(&self, lang: Lang, attr: &str) -> bool {
        bundle(lang)
            .get_message(self.key)
            .is_some_and(|m| m.get_attribute(attr).is_some())
    }

    /// An attribute of the message (`.hint`, `.fix` …) in `lang`, with the same arguments.
    pub fn attr(&self, lang: Lang, attr: &str) -> String {
        format(lang, self.key, Some(attr), &self.args)
    }
}

/// The text of `key` in `lang`, without arguments: a label, a heading, a column header.
pub fn tr(lang: Lang, key: &str) -> String {
    format(lang, key, None, &[])
}

/// Whether the catalogue has `key` in `lang`.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

fn format(lang: Lang, key: &str, attr: Option<&str>, args: &[(&'static str, Arg)]) -> String {
    let b = bundle(lang);
    let Some(m) = b.get_message(key) else {
        return format!("[{key}]");
    };
    let pattern = match attr {
        None => m.value(),
        Some(a) => m.get_attribute(a).map(|a| a.value()),
    };
    let Some(pattern) = pattern else {
        return format!(
            "[{key}{}]",
            attr.map(|a| format!(".{a}")).unwrap_or_default()
        );
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        let v: FluentValue = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Money(x) => FluentValue::from(fmt::money(lang, x)),
            Arg::Num(x) => FluentValue::from(fmt::number(lang, &x.normalize().to_string())),
            Arg::Date(d) => FluentValue::from(fmt::date(lang, *d)),
            Arg::Msg(m) => FluentValue::from(m.text(lang)),
        };
        fargs.set(*name, v);
    }
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, Some(&fargs), &mut errors);
    out.into_owned()
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static LV: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Lv => LV.get_or_init(|| build(Lang::Lv)),
        Lang::En => EN.get_or_init(|| build(Lang::En)),
    }
}

fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: they would end up in every cell and file.
    b.set_use_isolating(false);
    for (area, lv, en) in SOURCES {
        let src = match lang {
            Lang::Lv => lv,
            Lang::En => en,
        };
        // A syntax error in an embedded file, or a key defined twice, is caught by the
        // catalogue tests; whatever did parse is still added, so a run never stops on it.
        let _ = area;
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

#[cfg(test)]
mod tests;
