//! The architecture as a test: every module of the library uses only modules of its own layer
//! or of layers below it (README, "Architecture"). Reads `src/**/*.rs` (the binaries in
//! `src/main.rs` and `src/bin/` are crates of their own and are left out), resolves every
//! `crate::…` and `super::…` path the code names — in `use` lines, in expressions, in serde
//! attributes — and fails on a path into a higher layer, naming the file, the line and both
//! layers. Test modules (`#[cfg(test)]`) may assemble the pipeline above the code they test, so
//! they are not read.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The layers, lowest first; a module may use its own layer and those before it. An entry
/// names a top-level module, or a module inside `import` (`import::sheet`), which then takes
/// precedence over `import` for the files under it.
const LAYERS: &[&[&str]] = &[
    &["util"],
    &["model"],
    &["i18n"],
    // import: the errors, then the format readers (no grant knowledge), then the grant's
    // inputs (`import` itself: fields, expenses, cases, rates, project, digests), then the
    // read-back of grantbook's own outputs.
    &["import::error"],
    &["import::sheet"],
    &["import"],
    &["import::readback"],
    &["ledger"],
    &["rules"],
    &["allocate"],
    &["report"],
    &["render"],
    // The two front ends: the command line starts the server; the server loads a project as
    // the command line does.
    &["cli", "serve"],
];

/// The layer of a module path (`["import", "sheet", "grid"]`): its longest listed prefix.
fn layer(path: &[String]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, names) in LAYERS.iter().enumerate() {
        for name in *names {
            let parts: Vec<&str> = name.split("::").collect();
            let matches = parts.len() <= path.len() && parts.iter().zip(path).all(|(a, b)| a == b);
            if matches && best.is_none_or(|(len, _)| parts.len() > len) {
                best = Some((parts.len(), i));
            }
        }
    }
    best.map(|(_, i)| i)
}

fn shown(i: usize) -> String {
    LAYERS[i].join(", ")
}

/// Every library source file with its module path (`src/import/sheet/mod.rs` → import::sheet).
fn library_files() -> Vec<(PathBuf, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("src/ is readable") {
            let p = e.expect("entry").path();
            let rel = p.strip_prefix(&root).expect("under src").to_path_buf();
            if p.is_dir() {
                if rel != Path::new("bin") {
                    stack.push(p);
                }
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") || rel == Path::new("main.rs") {
                continue;
            }
            let mut module: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            out.push((p, module));
        }
    }
    out.sort();
    out
}

/// Modules declared under `#[cfg(test)]` (`mod tests;`, `pub(crate) mod testkit;`): their files
/// are test code.
fn test_only_modules(files: &[(PathBuf, Vec<String>)]) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    for (path, module) in files {
        let text = std::fs::read_to_string(path).expect("source");
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for w in lines.windows(2) {
            if w[0] != "#[cfg(test)]" {
                continue;
            }
            let decl = w[1]
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub ");
            if let Some(name) = decl.strip_prefix("mod ").and_then(|d| d.strip_suffix(';')) {
                let mut m = module.clone();
                m.push(name.trim().to_string());
                out.insert(m);
            }
        }
    }
    out
}

/// The code of a file without comments and without its inline `#[cfg(test)]` modules, as
/// (line number, text) pairs.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        let t = line.trim();
        if t == "#[cfg(test)]" {
            if let Some((_, next)) = lines.peek() {
                let next = next.trim();
                if next.contains("mod ") && next.ends_with('{') {
                    // An inline test module: skipped to its closing brace.
                    let mut depth = 0i32;
                    for (_, l) in lines.by_ref() {
                        depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
                        if depth <= 0 && l.contains('}') {
                            break;
                        }
                    }
                    continue;
                }
            }
        }
        if t.starts_with("//") {
            continue;
        }
        let code = match line.find("// ") {
            // A trailing comment (a `//` inside a string such as a URL is kept).
            Some(i) if line[..i].matches('"').count() % 2 == 0 => &line[..i],
            _ => line,
        };
        out.push((n + 1, code.to_string()));
    }
    out
}

/// The items of a `{ a, b::c, self }` group that `s` starts with.
fn group_items(s: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut start = 1;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    items.push(s[start..i].trim());
                    break;
                }
            }
            ',' if depth == 1 => {
                items.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.into_iter().filter(|i| !i.is_empty()).collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths `tail` (what follows a `::`) names below `prefix`, groups expanded, each cut to
/// three names (enough to decide a layer).
fn expand(prefix: Vec<String>, tail: &str, out: &mut Vec<Vec<String>>) {
    if tail.starts_with('{') {
        for item in group_items(tail) {
            expand(prefix.clone(), item, out);
        }
        return;
    }
    let name: String = tail.chars().take_while(|c| is_ident(*c)).collect();
    if name.is_empty() || name == "self" {
        out.push(prefix);
        return;
    }
    let rest = &tail[name.len()..];
    let mut path = prefix;
    path.push(name);
    match rest.strip_prefix("::") {
        Some(r) if path.len() < 3 => expand(path, r, out),
        _ => out.push(path),
    }
}

/// The module paths `code` names: `crate::…` and `super::…` (resolved against `module`).
fn named_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in code.char_indices() {
        let starts = prev.is_none_or(|p| !is_ident(p) && p != ':');
        prev = Some(c);
        if !starts {
            continue;
        }
        let rest = &code[i..];
        if let Some(tail) = rest.strip_prefix("crate::") {
            expand(Vec::new(), tail, &mut out);
        } else if rest.starts_with("super::") {
            // Each `super` is the parent module (of a `mod.rs`, the folder's parent).
            let mut m = module.to_vec();
            let mut tail = rest;
            while let Some(after) = tail.strip_prefix("super::") {
                m.pop();
                tail = after;
            }
            expand(m, tail, &mut out);
        }
    }
    out
}

#[test]
fn every_layer_uses_only_the_layers_below_it() {
    let files = library_files();
    let tests = test_only_modules(&files);
    let mut upward = Vec::new();
    let mut read = 0;
    for (path, module) in &files {
        if tests.iter().any(|t| module.starts_with(t)) {
            continue;
        }
        let Some(from) = layer(module) else {
            // lib.rs: the crate root lists the modules.
            continue;
        };
        read += 1;
        let text = std::fs::read_to_string(path).expect("source");
        for (n, code) in code_lines(&text) {
            for target in named_paths(module, &code) {
                let Some(to) = layer(&target) else {
                    continue;
                };
                if to > from {
                    upward.push(format!(
                        "{}:{n}: {} ({}) uses {} ({})",
                        path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                            .unwrap_or(path)
                            .display(),
                        module.join("::"),
                        shown(from),
                        target.join("::"),
                        shown(to),
                    ));
                }
            }
        }
    }
    assert!(read > 100, "only {read} library files were read");
    assert!(
        upward.is_empty(),
        "{} upward use(s) (layers, lowest first: {}):\n{}",
        upward.len(),
        LAYERS
            .iter()
            .map(|l| l.join(", "))
            .collect::<Vec<_>>()
            .join(" < "),
        upward.join("\n")
    );
}

#[test]
fn the_check_sees_an_upward_use() {
    // The reader of paths finds each form an upward use can take.
    let m = |s: &str| s.split("::").map(String::from).collect::<Vec<_>>();
    let ledger = m("ledger");
    let found = named_paths(&ledger, "use crate::rules::fasthash::FxBuild;");
    assert_eq!(found, vec![m("rules::fasthash::FxBuild")]);
    let found = named_paths(
        &ledger,
        "use crate::{model::Money, rules::{self, Finding}};",
    );
    assert_eq!(
        found,
        vec![m("model::Money"), m("rules"), m("rules::Finding")]
    );
    let found = named_paths(&ledger, "let a = crate::allocate::allocate(p, l, d);");
    assert_eq!(found, vec![m("allocate::allocate")]);
    let grid = m("import::sheet::grid");
    let found = named_paths(&grid, "use super::super::expenses::read_expenses;");
    assert_eq!(found, vec![m("import::expenses::read_expenses")]);
    let found = named_paths(
        &grid,
        "use crate::import::{error::ImportError, sheet::cells};",
    );
    assert_eq!(
        found,
        vec![m("import::error::ImportError"), m("import::sheet::cells")]
    );
    let sheet = m("import::sheet");
    let found = named_paths(&sheet, "use super::readback::register;");
    assert_eq!(found, vec![m("import::readback::register")]);
    assert!(layer(&m("import::readback")) > layer(&m("import::expenses")));
    assert!(layer(&m("import::expenses")) > layer(&m("import::sheet::grid")));
    assert!(layer(&m("import::sheet::grid")) > layer(&m("import::error")));
    assert!(layer(&m("rules")) > layer(&m("ledger")));
    assert_eq!(layer(&m("cli")), layer(&m("serve")));
    // A test module is not read; a comment is not code.
    let code = code_lines(
        "use crate::model::Money;\n// crate::render::x\n#[cfg(test)]\nmod tests {\n    use crate::allocate::allocate;\n}\n",
    );
    assert_eq!(code.len(), 1);
}
