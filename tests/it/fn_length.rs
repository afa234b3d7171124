//! No function over 100 lines in the library (issue 18, STYLE.md): parses every module the
//! crate compiles, from `src/lib.rs` along its `mod` declarations (so `src/bin/` and
//! `#[cfg(test)]` modules are not read), with `syn`, and measures each function from its `fn`
//! to its closing brace. Long functions that are being split are listed in `OPEN`; an entry
//! that is no longer long fails too, asking to strike it from `OPEN`.

use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// The longest a function may be, counting the `fn` line and the closing brace's line.
const LIMIT: usize = 100;

/// Functions over `LIMIT` that are being split: (file under the crate root, name; a method as
/// `Type::name`). Each must still be over the limit, so a split shows up as a failure asking to
/// strike it from here.
const OPEN: &[(&str, &str)] = &[];

/// One function and its length in lines.
#[derive(Debug)]
struct Measured {
    file: String,
    name: String,
    line: usize,
    lines: usize,
}

/// Whether the attributes carry `#[cfg(test)]`.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.meta.require_list().is_ok_and(|l| {
                l.tokens
                    .clone()
                    .into_iter()
                    .any(|t| t.to_string() == "test")
            })
    })
}

/// The visitor for one file: functions measured, out-of-line modules to read next.
struct FileVisitor<'a> {
    file: &'a str,
    /// The directory a `mod x;` at the current nesting resolves in.
    dir: PathBuf,
    /// The `impl` self type while inside one.
    self_ty: Option<String>,
    found: &'a mut Vec<Measured>,
    children: Vec<PathBuf>,
}

impl FileVisitor<'_> {
    fn measure(&mut self, name: String, fn_token: proc_macro2::Span, block: &syn::Block) {
        let line = fn_token.start().line;
        let end = block.brace_token.span.close().end().line;
        self.found.push(Measured {
            file: self.file.to_string(),
            name,
            line,
            lines: end - line + 1,
        });
    }

    /// The file of `mod name;` in `self.dir`: `name.rs` or `name/mod.rs`.
    fn child_file(&self, name: &str) -> PathBuf {
        let flat = self.dir.join(format!("{name}.rs"));
        if flat.exists() {
            flat
        } else {
            self.dir.join(name).join("mod.rs")
        }
    }
}

impl<'ast> Visit<'ast> for FileVisitor<'_> {
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if is_test_only(&m.attrs) {
            return;
        }
        let name = m.ident.to_string();
        match &m.content {
            None => {
                let child = self.child_file(&name);
                self.children.push(child);
            }
            Some(_) => {
                let inner = self.dir.join(&name);
                let outer = std::mem::replace(&mut self.dir, inner);
                syn::visit::visit_item_mod(self, m);
                self.dir = outer;
            }
        }
    }

    fn visit_item_fn(&mut self, f: &'ast syn::ItemFn) {
        if is_test_only(&f.attrs) {
            return;
        }
        self.measure(f.sig.ident.to_string(), f.sig.fn_token.span, &f.block);
        syn::visit::visit_item_fn(self, f);
    }

    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        if is_test_only(&i.attrs) {
            return;
        }
        let ty = match &*i.self_ty {
            syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        };
        let outer = std::mem::replace(&mut self.self_ty, ty);
        syn::visit::visit_item_impl(self, i);
        self.self_ty = outer;
    }

    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if is_test_only(&f.attrs) {
            return;
        }
        let name = match &self.self_ty {
            Some(ty) => format!("{ty}::{}", f.sig.ident),
            None => f.sig.ident.to_string(),
        };
        self.measure(name, f.sig.fn_token.span, &f.block);
        syn::visit::visit_impl_item_fn(self, f);
    }

    fn visit_trait_item_fn(&mut self, f: &'ast syn::TraitItemFn) {
        if let Some(block) = &f.default {
            self.measure(f.sig.ident.to_string(), f.sig.fn_token.span, block);
        }
        syn::visit::visit_trait_item_fn(self, f);
    }
}

/// Every function the library compiles outside tests, read from `src/lib.rs` down.
fn measure_library(root: &Path) -> Vec<Measured> {
    let mut found = Vec::new();
    let mut queue = vec![root.join("src/lib.rs")];
    while let Some(path) = queue.pop() {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        // `lib.rs` and `mod.rs` own their directory; `a.rs` owns `a/`.
        let stem = path.file_stem().unwrap().to_string_lossy();
        let dir = if stem == "lib" || stem == "mod" {
            path.parent().unwrap().to_path_buf()
        } else {
            path.with_extension("")
        };
        let mut v = FileVisitor {
            file: &file,
            dir,
            self_ty: None,
            found: &mut found,
            children: Vec::new(),
        };
        v.visit_file(&ast);
        queue.extend(v.children);
    }
    found.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    found
}

#[test]
fn no_function_over_the_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let all = measure_library(root);
    assert!(
        all.len() > 500 && all.iter().any(|m| m.file == "src/report/claim.rs"),
        "the scan found {} functions: it no longer reads the crate",
        all.len()
    );
    let long: Vec<&Measured> = all.iter().filter(|m| m.lines > LIMIT).collect();
    let open = |m: &Measured| OPEN.iter().any(|(f, n)| m.file == *f && m.name == *n);
    let new: Vec<String> = long
        .iter()
        .filter(|m| !open(m))
        .map(|m| format!("{}:{} {} is {} lines", m.file, m.line, m.name, m.lines))
        .collect();
    assert!(
        new.is_empty(),
        "functions over {LIMIT} lines (split them into named steps):\n{}",
        new.join("\n")
    );
    for (file, name) in OPEN {
        assert!(
            long.iter().any(|m| m.file == *file && m.name == *name),
            "{file} {name} is no longer over {LIMIT} lines: strike it from OPEN"
        );
    }
}
