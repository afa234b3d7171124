//! Every word in the user's language (issue 14): runs every command that writes or prints on a
//! copy of the shipped sample, in Latvian and in English, collects every text a reader sees —
//! terminal output, html text, every string cell and print header/footer of every visible
//! workbook sheet — and scans the Latvian texts for English words and code identifiers and the
//! English texts for Latvian words. Each hit names the command, the file and the sheet!cell or
//! line. json is exempt (a machine format), and so is `--help` (clap's own words).

use super::claim_register::sample_copy;
use super::support::{fixture, run_bin};
use calamine::{Data, Reader};
use regex::Regex;
use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;

/// One visible text and where it was seen.
struct Seen {
    command: String,
    place: String,
    text: String,
}

/// The commands that write or print, each with the arguments after `--lang <lang>`.
fn commands(claim: &str, checklist: &str) -> Vec<Vec<String>> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        s(&["check", "--format", "xlsx,html"]),
        s(&["check", "--quiet"]),
        s(&["claim", "--period", "2020-Q2", "--out", "out/q2"]),
        s(&["claim", "--period", "2020-Q3"]),
        s(&["claim", "--period", "2020"]),
        s(&["claim", "--final"]),
        s(&["burn", "--as-of", "2021-06-30"]),
        s(&[
            "review",
            "--claim",
            claim,
            "--previous",
            "out/q2/claim-2020-Q2.xlsx",
        ]),
        s(&[
            "review",
            "--claim",
            claim,
            "--method",
            "stratified",
            "--confidence",
            "0.6",
            "--seed",
            "2020",
            "--checklist",
            checklist,
            "--out",
            "out/checked",
        ]),
        s(&["rules"]),
        s(&["rules", "RET-01"]),
        s(&["template", "expenses"]),
        s(&["template", "cases"]),
        s(&["template", "rates"]),
        s(&["verify", "out/claim-2020-Q3.xlsx"]),
        s(&["verify", "out/burn-2021-06-30.html"]),
        // Bad inputs: the error messages are read too.
        s(&["claim", "--period", "2020-Q5"]),
        s(&["burn", "--as-of", "30.06.2021"]),
        s(&["rules", "XX-99"]),
        s(&["review", "--claim", "sample-data/expenses.xlsx"]),
        s(&["verify", "budgets/ak-iom-pmif-2018-1.toml"]),
        s(&["--expenses", "missing.xlsx", "check"]),
        s(&["claim", "--period", "2030-Q1"]),
        s(&["claim", "--perod", "2020-Q3"]),
        s(&["--format", "pdf", "check"]),
        s(&["review", "--claim", claim, "--confidence", "2"]),
        s(&["--expenses", "budgets/ak-iom-pmif-2018-1.toml", "check"]),
        s(&["--project", "missing.toml", "check"]),
    ]
}

/// The reviewed error messages of bad inputs (`tests/golden/errors/`, see errors.rs): the
/// Latvian goldens (`*.lv.txt`) for `lv`, the others for `en`.
fn error_goldens(lang: &str, seen: &mut Vec<Seen>) {
    let dir = super::support::root().join("tests/golden/errors");
    let mut n = 0;
    for e in std::fs::read_dir(&dir)
        .expect("tests/golden/errors")
        .flatten()
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".lv.txt") != (lang == "lv") {
            continue;
        }
        n += 1;
        let text = std::fs::read_to_string(e.path()).expect("golden");
        for (i, line) in text.lines().enumerate() {
            seen.push(Seen {
                command: format!("error golden {name}"),
                place: format!("line {}", i + 1),
                text: line.to_string(),
            });
        }
    }
    assert!(n >= 20, "{lang}: only {n} error goldens");
}

/// Runs every command in `lang` on a fresh sample copy and collects what a reader sees.
fn collect(lang: &str) -> Vec<Seen> {
    let dir = sample_copy();
    let checklist = dir.path().join("checklist.xlsx");
    std::fs::copy(fixture("review/review-2020-Q3-filled.xlsx"), &checklist).expect("copy");
    let mut seen = Vec::new();
    error_goldens(lang, &mut seen);
    let mut done: std::collections::BTreeSet<std::path::PathBuf> = Default::default();
    for args in commands("out/claim-2020-Q3.xlsx", "checklist.xlsx") {
        let mut all = vec!["--lang".to_string(), lang.to_string()];
        all.extend(args.iter().cloned());
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let out = run_bin(dir.path(), &refs);
        let command = args.join(" ");
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            for (i, line) in String::from_utf8_lossy(bytes).lines().enumerate() {
                seen.push(Seen {
                    command: command.clone(),
                    place: format!("{stream}:{}", i + 1),
                    text: line.to_string(),
                });
            }
        }
        // Every document this command wrote (new or rewritten since the last look).
        for path in walk(&dir.path().join("out")) {
            let stamp = path.with_extension(format!(
                "{}@{:?}",
                path.extension().and_then(|e| e.to_str()).unwrap_or(""),
                std::fs::metadata(&path).and_then(|m| m.modified()).ok()
            ));
            if !done.insert(stamp) {
                continue;
            }
            let rel = path.strip_prefix(dir.path()).unwrap().display().to_string();
            match path.extension().and_then(|e| e.to_str()) {
                Some("html") => html_texts(&path, &command, &rel, &mut seen),
                Some("xlsx") => xlsx_texts(&path, &command, &rel, &mut seen),
                _ => {}
            }
        }
    }
    seen
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// The text content of an html page, line by line: tags stripped, `<style>` and `<script>`
/// skipped, entities decoded.
fn html_texts(path: &Path, command: &str, rel: &str, seen: &mut Vec<Seen>) {
    let html = std::fs::read_to_string(path).expect("html");
    let no_style = regex::Regex::new(r"(?is)<(style|script)\b.*?</(style|script)>").unwrap();
    let html = no_style.replace_all(&html, "");
    let comments = regex::Regex::new(r"(?s)<!--.*?-->").unwrap();
    let html = comments.replace_all(&html, "");
    // Attributes a reader sees (title tooltips, alt texts) count as text too.
    let attr = regex::Regex::new(r#"(?i)\b(title|alt|aria-label)="([^"]*)""#).unwrap();
    for (i, line) in html.lines().enumerate() {
        for c in attr.captures_iter(line) {
            push_text(
                seen,
                command,
                &format!("{rel}:{} ({})", i + 1, &c[1]),
                &c[2],
            );
        }
    }
    // Each text node on its own (a table cell, a heading), so a cell holding the user's own
    // words is recognised whole.
    let tag = regex::Regex::new(r"<[^>]*>").unwrap();
    for (i, line) in html.lines().enumerate() {
        for node in tag.split(line) {
            push_text(seen, command, &format!("{rel}:{}", i + 1), node);
        }
    }
}

fn push_text(seen: &mut Vec<Seen>, command: &str, place: &str, text: &str) {
    let text = text
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    if !text.trim().is_empty() {
        seen.push(Seen {
            command: command.to_string(),
            place: place.to_string(),
            text,
        });
    }
}

/// Every string cell of every visible sheet, and every sheet's print header and footer.
fn xlsx_texts(path: &Path, command: &str, rel: &str, seen: &mut Vec<Seen>) {
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).expect("xlsx");
    let sheets: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .map(|m| (m.name.clone(), m.visible == calamine::SheetVisible::Visible))
        .collect();
    for (name, visible) in &sheets {
        if !visible {
            continue;
        }
        push_text(seen, command, &format!("{rel} › {name} (sheet name)"), name);
        let range = book.worksheet_range(name).expect("sheet");
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, cell) in range.cells() {
            if let Data::String(s) = cell {
                let cell_ref = format!("{}{}", col_name(c as u32 + c0), r as u32 + r0 + 1);
                push_text(seen, command, &format!("{rel} › {name}!{cell_ref}"), s);
            }
        }
    }
    // Print headers and footers live in the sheet xml (calamine does not read them).
    let bytes = std::fs::read(path).expect("xlsx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let hf = regex::Regex::new(
        r"(?s)<(oddHeader|oddFooter|evenHeader|evenFooter|firstHeader|firstFooter)>(.*?)</",
    )
    .unwrap();
    let code = regex::Regex::new(r"&(\d+|[A-Za-z]|&|\x22[^\x22]*\x22)").unwrap();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        let name = f.name().expect("name").to_string();
        if !name.starts_with("xl/worksheets/sheet") {
            continue;
        }
        let mut xml = String::new();
        f.read_to_string(&mut xml).expect("sheet xml");
        for c in hf.captures_iter(&xml) {
            let raw = c[2].replace("&amp;", "&").replace("&quot;", "\"");
            let text = code.replace_all(&raw, " ");
            push_text(seen, command, &format!("{rel} › {name} ({})", &c[1]), &text);
        }
    }
}

fn col_name(mut c: u32) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (c % 26) as u8) as char);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s
}

/// English words that never occur in Latvian text. A Latvian document showing one of these is
/// showing an untranslated string.
const ENGLISH: &[&str] = &[
    // Not "no", "to" (Latvian words), "in", "by" (country codes IN, BY).
    "the",
    "and",
    "of",
    "is",
    "for",
    "with",
    "not",
    "from",
    "at",
    "on",
    "or",
    "cost",
    "costs",
    "claim",
    "claims",
    "amount",
    "eligible",
    "ineligible",
    "finding",
    "findings",
    "hint",
    "total",
    "totals",
    "period",
    "line",
    "lines",
    "heading",
    "rows",
    "row",
    "read",
    "wrote",
    "error",
    "errors",
    "warning",
    "warnings",
    "above",
    "below",
    "payment",
    "date",
    "excluded",
    "rate",
    "rates",
    "case",
    "cases",
    "accepted",
    "rejected",
    "budget",
    "cumulative",
    "version",
    "sheet",
    "file",
    "report",
    "sample",
    "checklist",
    "result",
    "previous",
    "expenses",
    "supplier",
    "document",
    "entry",
    "value",
    "state",
    "source",
    "persons",
    "forecast",
    "spent",
    "plan",
    "risk",
    "page",
    "generated",
    "inputs",
    "input",
    "rule",
    "rules",
    "severity",
    "removes",
    "method",
    "confidence",
    "seed",
    "expected",
    "number",
    "unit",
    "none",
    "yes",
    "month",
    "quarter",
    "year",
    "final",
    "interim",
    "template",
    "verified",
    "checked",
    "missing",
    "cannot",
    "must",
    "should",
    "please",
];

/// Latvian words that never occur in English text.
const LATVIAN: &[&str] = &[
    "izmaksas",
    "izmaksu",
    "pieprasījums",
    "pieprasījuma",
    "konstatējums",
    "konstatējumi",
    "summa",
    "summas",
    "periods",
    "perioda",
    "rinda",
    "rindas",
    "kopā",
    "attiecināmās",
    "neattiecināmās",
    "lieta",
    "lietas",
    "datums",
    "dokumenta",
    "piegādātājs",
    "budžets",
    "budžeta",
    "valsts",
    "pārbaude",
    "padoms",
    "kļūda",
    "brīdinājums",
    "saglabāts",
    "versija",
    "izlietoti",
    "prognoze",
    "nav",
    "ir",
    "un",
    "vai",
    "ar",
    "par",
    "līdz",
    "tiek",
    "jā",
    "nē",
];

/// Things a Latvian document legitimately shows that look like English: proper names and
/// identifiers the user's own inputs and agreement carry.
const ALLOW_IN_LV: &[&str] = &[
    // The product's name.
    "grantbook",
    // "OK", the word the checklist and verify use in both languages.
    "ok",
];

/// Latvian words an English document legitimately shows: the agreement's own title and the
/// project file's names (sources, lines, headings, indicators are the agreement's wording), and
/// the user's input sheet names.
fn allow_in_en() -> Vec<String> {
    let project =
        std::fs::read_to_string(super::support::root().join("budgets/ak-iom-pmif-2018-1.toml"))
            .expect("project");
    let mut names = Vec::new();
    // Every quoted string of the project file: titles, names, labels.
    let q = regex::Regex::new(r#""([^"]*)""#).unwrap();
    for c in q.captures_iter(&project) {
        names.extend(words(&c[1]).into_iter().map(|w| w.to_lowercase()));
    }
    names
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Code identifiers: snake_case words, paths (`::`), a missing catalogue key (`[key]`), and
/// the few identifiers that have leaked before.
fn identifiers(text: &str) -> Vec<String> {
    static SNAKE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b").unwrap());
    static MISSING_KEY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\[[a-z][a-z0-9]*(?:-[a-z0-9]+)+\]").unwrap());
    static SHARED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bshared\b").unwrap());
    let mut hits = Vec::new();
    for m in SNAKE.find_iter(text) {
        hits.push(m.as_str().to_string());
    }
    for m in MISSING_KEY.find_iter(text) {
        hits.push(m.as_str().to_string());
    }
    for needle in ["::", "ChaCha8Rng", "seed_from_u64", "round_half_up"] {
        if text.contains(needle) {
            hits.push(needle.to_string());
        }
    }
    if SHARED.is_match(text) {
        hits.push("shared".into());
    }
    hits
}

/// File names and paths a message names are the user's own (expenses.xlsx, out/claim-….html);
/// anything quoted to type in backticks (`grantbook rules ID`, `effective_from`), a project-file
/// key to edit (`params.cash_allowance`, the key an error names after `project.toml:`) and a
/// command-line option (`--checklist`) are literal input, the same in every language.
fn strip_paths(text: &str) -> String {
    static TYPED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"`[^`]*`|\bparams\.[a-z0-9_]+|--[a-z][a-z-]*|\.toml: \S+:").unwrap()
    });
    static PATH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[\w./\\-]+\.(xlsx|xls|ods|csv|html|json|toml|svg|png|pdf)\b").unwrap()
    });
    // SHA-256 digests and other long hex runs.
    static HEX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[0-9a-f]{16,}\b").unwrap());
    let text = TYPED.replace_all(text, " ");
    // An error quotes the user's own values, sheet names and headers, and a reader's message
    // (“…”, "…", '…'), and names a column by both its headers ("(Summa / Amount)").
    static QUOTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"“[^”]*”|"[^"]*"|'[^']*'|\([^()]*\s/\s[^()]*\)"#).unwrap());
    let text = QUOTED.replace_all(&text, " ");
    let text = PATH.replace_all(&text, " ");
    HEX.replace_all(&text, " ").to_string()
}

/// Every string cell of the sample's inputs: the user's own words (supplier names, descriptions,
/// sheet names) that a report repeats as they are, in whatever language the user wrote them.
fn input_words() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The reviewer's filled checklist is an input too: its comments are the reviewer's words.
    let sample = super::support::root().join("sample-data");
    for path in [
        sample.join("expenses.xlsx"),
        sample.join("cases.xlsx"),
        sample.join("rates.xlsx"),
        fixture("review/review-2020-Q3-filled.xlsx"),
    ] {
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).expect("input");
        for name in book.sheet_names() {
            out.push(name.clone());
            let range = book.worksheet_range(&name).expect("sheet");
            for (_, _, cell) in range.cells() {
                if let Data::String(s) = cell {
                    out.push(s.trim().to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.retain(|s| s.len() >= 3);
    out
}

fn hits(seen: &[Seen], lang: &str) -> Vec<String> {
    let inputs = input_words();
    hits_with(seen, lang, &inputs)
}

/// The project file's activity codes (`A1` … and the shared costs' code): what a user types in
/// the ledger's activity column, shown as a cell of their own in the template's list of codes.
fn activity_codes() -> Vec<String> {
    let project: toml::Value = toml::from_str(
        &std::fs::read_to_string(super::support::root().join("budgets/ak-iom-pmif-2018-1.toml"))
            .expect("project"),
    )
    .expect("toml");
    let mut codes = Vec::new();
    for table in ["lines", "shared"] {
        match project.get(table) {
            Some(toml::Value::Array(xs)) => codes.extend(
                xs.iter()
                    .filter_map(|x| x.get("code")?.as_str().map(String::from)),
            ),
            Some(t @ toml::Value::Table(_)) => {
                codes.extend(t.get("code").and_then(|c| c.as_str()).map(String::from))
            }
            _ => {}
        }
    }
    codes
}

fn hits_with(seen: &[Seen], lang: &str, inputs: &[String]) -> Vec<String> {
    let codes = activity_codes();
    let (list, allow): (&[&str], Vec<String>) = if lang == "lv" {
        (ENGLISH, ALLOW_IN_LV.iter().map(|s| s.to_string()).collect())
    } else {
        (LATVIAN, allow_in_en())
    };
    let mut out = Vec::new();
    for s in seen {
        if codes.iter().any(|c| c == s.text.trim()) {
            continue;
        }
        let mut text = strip_paths(&s.text);
        if !scan(&text, lang, list, &allow).is_empty() {
            // The user's own words, repeated from the inputs, are not the product's words.
            for w in inputs {
                if text.contains(w.as_str()) {
                    text = text.replace(w.as_str(), " ");
                }
            }
        }
        let found = scan(&text, lang, list, &allow);
        if !found.is_empty() {
            out.push(format!(
                "{} | {} | {:?} in {:?}",
                s.command,
                s.place,
                found,
                s.text.trim()
            ));
        }
    }
    out
}

fn scan(text: &str, lang: &str, list: &[&str], allow: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    if lang == "lv" {
        found.extend(identifiers(text));
    }
    for w in words(text) {
        let lw = w.to_lowercase();
        if list.contains(&lw.as_str()) && !allow.contains(&lw) {
            found.push(w.to_string());
        }
    }
    found
}

/// Still open (issue 14), each a known gap rather than a word hidden by the allow-list: the
/// text of a hit that contains one of these is reported apart and does not fail the test, but
/// each must still be found, so a fix shows up as a failure asking to strike it from here.
/// (Errors and hints, and the rules' legal basis, are in the catalogue now: none is open.)
const OPEN: &[&str] = &[];

#[test]
fn every_latvian_text_is_latvian_and_every_english_text_english() {
    let mut report = Vec::new();
    let mut open = Vec::new();
    for lang in ["lv", "en"] {
        let seen = collect(lang);
        assert!(
            seen.len() > 1000,
            "{lang}: only {} texts collected",
            seen.len()
        );
        let h = hits(&seen, lang);
        let (known, new): (Vec<String>, Vec<String>) = h
            .into_iter()
            .partition(|h| OPEN.iter().any(|o| h.contains(o)));
        eprintln!(
            "{lang}: {} texts scanned, {} hits, {} of them open (OPEN)",
            seen.len(),
            new.len() + known.len(),
            known.len()
        );
        report.extend(new.into_iter().map(|h| format!("[{lang}] {h}")));
        open.extend(known.into_iter().map(|h| format!("[{lang}] {h}")));
    }
    for o in &open {
        eprintln!("open: {o}");
    }
    for o in OPEN {
        assert!(
            open.iter().any(|h| h.contains(o)),
            "no hit contains {o:?} any more: strike it from OPEN"
        );
    }
    assert!(
        report.is_empty(),
        "{} hits:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let seen = |t: &str| Seen {
        command: "x".into(),
        place: "y".into(),
        text: t.into(),
    };
    assert_eq!(hits(&[seen("kopā 30,00 EUR")], "lv").len(), 0);
    assert_eq!(hits(&[seen("wrote out/claim.xlsx")], "lv").len(), 1);
    assert_eq!(hits(&[seen("lauks doc_date")], "lv").len(), 1);
    assert_eq!(hits(&[seen("[claim-total]")], "lv").len(), 1);
    assert_eq!(
        hits(
            &[seen("expenses.xlsx › Izdevumi!C4 IOM Mission Travel Unit")],
            "lv"
        )
        .len(),
        0
    );
    assert_eq!(hits(&[seen("eligible costs")], "en").len(), 0);
    assert_eq!(hits(&[seen("kopā 30.00 EUR")], "en").len(), 1);
}
