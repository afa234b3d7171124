//! The catalogue's own checks: every file parses, every key is in both languages with the same
//! attributes and arguments, no key is defined twice, and every key the code names exists.

use super::*;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};

/// `key -> (attributes, $variables)` of one Fluent source, read from its text: a message
/// starts at an identifier in column 0; its attributes are indented `.name =` lines.
fn messages(src: &str) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let head = Regex::new(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=").unwrap();
    let attr = Regex::new(r"^\s+\.([a-zA-Z][a-zA-Z0-9_-]*)\s*=").unwrap();
    let var = Regex::new(r"\$([a-zA-Z][a-zA-Z0-9_-]*)").unwrap();
    let mut out: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in src.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(c) = head.captures(line) {
            let k = c[1].to_string();
            assert!(!out.contains_key(&k), "{k} defined twice in one file");
            out.insert(k.clone(), Default::default());
            current = Some(k);
        } else if let (Some(k), Some(c)) = (&current, attr.captures(line)) {
            out.get_mut(k).unwrap().0.insert(c[1].to_string());
        }
        if let Some(k) = &current {
            for v in var.captures_iter(line) {
                out.get_mut(k).unwrap().1.insert(v[1].to_string());
            }
        }
    }
    out
}

#[test]
fn every_file_parses() {
    for (area, lv, en) in SOURCES {
        for (lang, src) in [("lv", lv), ("en", en)] {
            if let Err((_, errs)) = FluentResource::try_new(src.to_string()) {
                panic!("i18n/{lang}/{area}.ftl: {errs:?}");
            }
        }
    }
}

#[test]
fn both_languages_have_the_same_keys_attributes_and_arguments() {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (area, lv, en) in SOURCES {
        let (l, e) = (messages(lv), messages(en));
        let lk: BTreeSet<_> = l.keys().collect();
        let ek: BTreeSet<_> = e.keys().collect();
        assert_eq!(
            lk.symmetric_difference(&ek).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "{area}: keys in one language only"
        );
        for (k, (lattrs, lvars)) in &l {
            let (eattrs, evars) = &e[k];
            assert_eq!(lattrs, eattrs, "{area}: {k}: attributes differ");
            assert_eq!(lvars, evars, "{area}: {k}: arguments differ");
            if let Some(other) = seen.insert(k.clone(), area) {
                panic!("{k} defined in both {other} and {area}");
            }
        }
    }
}

#[test]
fn every_key_the_code_names_exists() {
    // `Msg::new("key")`, `tr(lang, "key")`, `i18n::tr(lang, "key")`, `has(lang, "key")`.
    let re = Regex::new(r#"(?:Msg::new|\btr|\bhas)\(\s*(?:[A-Za-z_.:]+,\s*)?"([a-z][a-z0-9-]*)""#)
        .unwrap();
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text: String = std::fs::read_to_string(&p)
                    .unwrap()
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                for c in re.captures_iter(&text) {
                    for lang in [Lang::Lv, Lang::En] {
                        if !has(lang, &c[1]) && !c[1].starts_with("no-such") {
                            missing.push(format!("{}: {} ({})", p.display(), &c[1], lang.code()));
                        }
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys missing from the catalogue:\n{}",
        missing.join("\n")
    );
}

#[test]
fn formats_arguments_per_language() {
    let m = Msg::new("findings-count").arg("n", 21);
    assert_eq!(m.text(Lang::Lv), "21 konstatējums");
    assert_eq!(
        Msg::new("findings-count").arg("n", 11).text(Lang::Lv),
        "11 konstatējumu"
    );
    assert_eq!(
        Msg::new("findings-count").arg("n", 2).text(Lang::Lv),
        "2 konstatējumi"
    );
    assert_eq!(m.text(Lang::En), "21 findings");
    assert_eq!(
        Msg::new("findings-count").arg("n", 1).text(Lang::En),
        "1 finding"
    );
    let x: Decimal = "-1234567.5".parse().unwrap();
    assert_eq!(fmt::money(Lang::Lv, &x), "-1\u{a0}234\u{a0}567,50");
    assert_eq!(fmt::money(Lang::En, &x), "-1,234,567.50");
    let d = NaiveDate::from_ymd_opt(2019, 1, 3).unwrap();
    assert_eq!(fmt::date(Lang::Lv, d), "03.01.2019.");
    assert_eq!(fmt::date(Lang::En, d), "2019-01-03");
}

#[test]
fn a_missing_key_shows_and_does_not_panic() {
    assert_eq!(tr(Lang::En, "no-such-key"), "[no-such-key]");
    assert_eq!(
        Msg::new("no-such-key").attr(Lang::Lv, "hint"),
        "[no-such-key]"
    );
    assert_eq!(
        Msg::new("severity-error").attr(Lang::Lv, "hint"),
        "[severity-error.hint]"
    );
}
