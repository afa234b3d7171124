//! A closed list of values each named by a catalogue key `<prefix><code>` (a drop-down's
//! choices): every value's text in one language, and the value a text names.

use super::tr;
use crate::model::project::Lang;

/// Every text of a table in one language, in order (the drop-down's list).
pub fn texts<T: PartialEq + Copy>(
    lang: Lang,
    table: &[(T, &'static str)],
    prefix: &str,
) -> Vec<String> {
    table
        .iter()
        .map(|(_, c)| tr(lang, &format!("{prefix}{c}")))
        .collect()
}

/// The value whose text in `lang` is `s` (trimmed, case-insensitive); `None` for anything else.
pub fn parse<T: PartialEq + Copy>(
    lang: Lang,
    table: &[(T, &'static str)],
    prefix: &str,
    s: &str,
) -> Option<T> {
    let s = s.trim().to_lowercase();
    table
        .iter()
        .find(|(_, c)| tr(lang, &format!("{prefix}{c}")).to_lowercase() == s)
        .map(|(v, _)| *v)
}
