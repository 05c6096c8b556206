//! Rules about the source itself, checked by reading it (with `syn`), natively:
//! - the words a reader sees are in `data/ui.toml`, not in Rust: no string literal in the app's
//!   code reads as English (tests, error types and panics are for maintainers, and are left out);
//! - imports point one way: no module of the crate imports one that imports it back;
//! - hooks keep to their tiers: a primitive hook (`src/hooks/`) talks to the browser and builds
//!   on `hooks::use_mount` alone; a composed hook (`src/hooks/composed/`) builds on other hooks,
//!   never in a circle, and reaches the browser only through them;
//! - no Rust string holds JavaScript: the page's scripts are files of their own;
//! - no function in `src/` or `tools/datagen` is longer than `LONGEST_FUNCTION` lines.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// Every Rust file of the app's library and browser entry points. The prerender binary is a
/// build tool: what it prints is for the maintainer running the build.
fn app_sources() -> Vec<PathBuf> {
    rust_files("src").into_iter().filter(|path| !path.ends_with("bin/prerender.rs")).collect()
}

fn parse(path: &Path) -> syn::File {
    let text = std::fs::read_to_string(path).unwrap();
    syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(path).display().to_string()
}

/// Whether attributes mark an item as test-only.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("test")
            || (attr.path().is_ident("cfg") && attr.meta.require_list().is_ok_and(|l| l.tokens.to_string() == "test"))
    })
}

/// The string literals of a file that the reader could see: outside tests, attributes (doc
/// comments), error types' messages and panics; inside macros (`html!`, `format!`) too.
#[derive(Default)]
struct Literals {
    found: Vec<(usize, String)>,
}

impl Literals {
    fn tokens(&mut self, tokens: TokenStream) {
        for token in tokens {
            match token {
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Literal(literal) => {
                    if let Ok(string) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                        self.found.push((literal.span().start().line, string.value()));
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Literals {
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if !is_test_only(&item.attrs) {
            visit::visit_item_mod(self, item);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if !is_test_only(&item.attrs) {
            visit::visit_item_fn(self, item);
        }
    }

    fn visit_item_impl(&mut self, item: &'ast syn::ItemImpl) {
        // An error type's messages are for the maintainer whose build it stops.
        let for_error = matches!(&*item.self_ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident.to_string().ends_with("Error")));
        if !for_error {
            visit::visit_item_impl(self, item);
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        // `.expect("…")` says why something cannot fail, to a developer.
        if call.method == "expect" {
            return self.visit_expr(&call.receiver);
        }
        visit::visit_expr_method_call(self, call);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let developer_only = ["panic", "unreachable", "assert", "assert_eq", "debug_assert", "todo", "unimplemented"];
        if !developer_only.iter().any(|name| mac.path.is_ident(name)) {
            self.tokens(mac.tokens.clone());
        }
    }

    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.found.push((literal.span().start().line, literal.value()));
    }
}

/// Key names the code compares against, which read like words but are the browser's.
const KEY_NAMES: [&str; 3] = ["Escape", "Home", "End"];

/// Whether a literal reads as English words a reader would see: two plain words or more
/// (letters only, with a sentence's punctuation), or one capitalised word, or one with spaces
/// around it. Class lists, ids,
/// attribute values, selectors, markup, scripts and format strings' `{placeholders}` are not
/// plain words.
fn reads_as_english(literal: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    // A CSS selector (`.class`, `#id` among its words) is code.
    if text.split_whitespace().any(|word| {
        let mut chars = word.chars();
        matches!(chars.next(), Some('.' | '#')) && chars.next().is_some_and(char::is_alphabetic)
    }) {
        return false;
    }
    let plain: Vec<&str> = text
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| "()“”\",.:;!?…".contains(c)))
        .filter(|word| {
            word.chars().count() >= 2
                && word.chars().next().is_some_and(char::is_alphabetic)
                && word.chars().skip(1).all(|c| c.is_lowercase() || c == '’' || c == '\'')
        })
        .collect();
    match plain.as_slice() {
        [] => false,
        // One word: capitalised ("Close"), or set apart by spaces to join others (" and ").
        [one] => (one.starts_with(char::is_uppercase) && !KEY_NAMES.contains(one)) || text.trim() != text,
        _ => true,
    }
}

#[test]
fn the_rule_tells_words_from_code() {
    for english in ["Previous", "The story in  steps", " and ", "of that first tranche is secured", "Step  of "] {
        assert!(reads_as_english(english), "{english:?} is words");
    }
    for code in [
        "calc-field__label",
        "page page--embed",
        "polite",
        "{id}-message",
        "p, li, figure, table, dl, .calc-field",
        "<meta name=\"description\" content=\"{description}\">",
        "(function(){var q=new URLSearchParams(location.search)",
        " ↗",
        "{}×",
        "Escape",
        "text/csv;charset=utf-8",
        "default-src 'self'; object-src 'none'",
    ] {
        assert!(!reads_as_english(code), "{code:?} is code");
    }
}

#[test]
fn no_words_a_reader_sees_are_written_in_rust() {
    let mut english = Vec::new();
    for path in app_sources() {
        let mut literals = Literals::default();
        literals.visit_file(&parse(&path));
        for (line, literal) in literals.found {
            if reads_as_english(&literal) {
                english.push(format!("{}:{line}: {literal:?}", relative(&path)));
            }
        }
    }
    assert!(
        english.is_empty(),
        "words the reader sees belong in data/ui.toml (or the content's files), not in Rust:\n{}",
        english.join("\n")
    );
}

/// The crate's top-level module a file belongs to (`src/hooks/use_swipe.rs` → `hooks`); `None`
/// for the crate root and the binaries.
fn module_of(path: &Path) -> Option<String> {
    let inside = path.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src")).ok()?;
    let first = inside.components().next()?.as_os_str().to_str()?.to_owned();
    match first.as_str() {
        "lib.rs" | "bin" => None,
        file => Some(file.trim_end_matches(".rs").to_owned()),
    }
}

/// The crate's modules a file names: `use crate::x…` and paths `crate::x::…`.
#[derive(Default)]
struct CrateUses {
    modules: BTreeSet<String>,
}

impl<'ast> Visit<'ast> for CrateUses {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        if let syn::UseTree::Path(path) = &item.tree {
            if path.ident == "crate" {
                let mut names = Vec::new();
                collect_first(&path.tree, &mut names);
                self.modules.extend(names);
            }
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let mut segments = path.segments.iter();
        if let (Some(first), Some(second)) = (segments.next(), segments.next()) {
            if first.ident == "crate" {
                self.modules.insert(second.ident.to_string());
            }
        }
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // `crate::x::…` inside a macro's tokens (`html!`) counts too.
        let tokens: Vec<String> = mac.tokens.clone().into_iter().flat_map(flatten).collect();
        for window in tokens.windows(4) {
            if window[0] == "crate" && window[1] == ":" && window[2] == ":" {
                self.modules.insert(window[3].clone());
            }
        }
        visit::visit_macro(self, mac);
    }
}

fn flatten(token: TokenTree) -> Vec<String> {
    match token {
        TokenTree::Group(group) => group.stream().into_iter().flat_map(flatten).collect(),
        other => vec![other.to_string()],
    }
}

/// The first names of a `use crate::{…}` tree.
fn collect_first(tree: &syn::UseTree, names: &mut Vec<String>) {
    match tree {
        syn::UseTree::Path(path) => names.push(path.ident.to_string()),
        syn::UseTree::Name(name) => names.push(name.ident.to_string()),
        syn::UseTree::Rename(rename) => names.push(rename.ident.to_string()),
        syn::UseTree::Group(group) => group.items.iter().for_each(|item| collect_first(item, names)),
        syn::UseTree::Glob(_) => {}
    }
}

/// Which module imports which: from each top-level module to those it names.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let modules: BTreeSet<String> = app_sources().iter().filter_map(|p| module_of(p)).collect();
    for path in app_sources() {
        let Some(module) = module_of(&path) else { continue };
        let mut uses = CrateUses::default();
        uses.visit_file(&parse(&path));
        for used in uses.modules {
            assert!(
                modules.contains(&used),
                "{}: names crate::{used}, which is no module: name the module that defines it",
                relative(&path)
            );
            if used != module {
                graph.entry(module.clone()).or_default().insert(used);
            }
        }
        graph.entry(module).or_default();
    }
    graph
}

/// A path of imports from `from` back to `to`, if there is one.
fn path_back(
    graph: &BTreeMap<String, BTreeSet<String>>,
    from: &str,
    to: &str,
    seen: &mut BTreeSet<String>,
) -> Option<Vec<String>> {
    for next in graph.get(from).into_iter().flatten() {
        if next == to {
            return Some(vec![next.clone()]);
        }
        if seen.insert(next.clone()) {
            if let Some(mut rest) = path_back(graph, next, to, seen) {
                rest.insert(0, next.clone());
                return Some(rest);
            }
        }
    }
    None
}

#[test]
fn imports_point_one_way() {
    let graph = import_graph();
    for module in graph.keys() {
        if let Some(cycle) = path_back(&graph, module, module, &mut BTreeSet::new()) {
            panic!("imports run in a circle: {module} → {}", cycle.join(" → "));
        }
    }
    // The layers ARCHITECTURE.md draws, bottom to top, each importing only from those below.
    let layers: [&[&str]; 8] = [
        &["query", "site", "ui"],
        &["money", "content"],
        &["calculator", "walkthrough", "reader", "embed"],
        &["browser", "takeover"],
        &["hooks"],
        &["components"],
        &["chunks"],
        &["app", "build"],
    ];
    let layer_of = |module: &str| layers.iter().position(|layer| layer.contains(&module));
    for (module, uses) in &graph {
        let at = layer_of(module)
            .unwrap_or_else(|| panic!("module {module} is in no layer of this test (and ARCHITECTURE.md)"));
        for used in uses {
            let used_at = layer_of(used).unwrap_or(usize::MAX);
            assert!(used_at <= at, "{module} (layer {at}) imports {used} (layer {used_at}), a layer above it");
        }
    }
}

/// Each name a file uses: identifiers in its code and inside its macros, and its paths spelled
/// out (`crate::browser::document`, `use` trees included).
#[derive(Default)]
struct Names {
    idents: BTreeSet<String>,
    paths: BTreeSet<String>,
}

impl<'ast> Visit<'ast> for Names {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        fn spell(tree: &syn::UseTree, prefix: &str, paths: &mut BTreeSet<String>) {
            match tree {
                syn::UseTree::Path(path) => spell(&path.tree, &format!("{prefix}{}::", path.ident), paths),
                syn::UseTree::Name(name) => drop(paths.insert(format!("{prefix}{}", name.ident))),
                syn::UseTree::Rename(rename) => drop(paths.insert(format!("{prefix}{}", rename.ident))),
                syn::UseTree::Group(group) => group.items.iter().for_each(|item| spell(item, prefix, paths)),
                syn::UseTree::Glob(_) => drop(paths.insert(format!("{prefix}*"))),
            }
        }
        spell(&item.tree, "", &mut self.paths);
        visit::visit_item_use(self, item);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.paths.insert(segments.join("::"));
        visit::visit_path(self, path);
    }

    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.idents.insert(ident.to_string());
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.idents.extend(mac.tokens.clone().into_iter().flat_map(flatten));
        visit::visit_macro(self, mac);
    }
}

/// The hooks a file defines: its `#[hook]` functions' names.
fn hooks_in(file: &syn::File) -> Vec<String> {
    let is_hook = |attrs: &[syn::Attribute]| attrs.iter().any(|attr| attr.path().is_ident("hook"));
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Fn(item) if is_hook(&item.attrs) => Some(item.sig.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The two tiers of hooks, told by where a hook's file sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// `src/hooks/use_….rs`: talks to the browser, inside effects, and builds on `use_mount`
    /// (`src/hooks/mod.rs`) alone.
    Primitive,
    /// `src/hooks/composed/use_….rs`: builds on other hooks, never in a circle, and reaches the
    /// browser only through them.
    Composed,
}

fn tier_of(path: &str) -> Option<Tier> {
    let inside = path.strip_prefix("src/hooks/")?;
    match inside.strip_prefix("composed/") {
        _ if inside.ends_with("mod.rs") => None,
        Some(_) => Some(Tier::Composed),
        None => Some(Tier::Primitive),
    }
}

/// What reaches the browser: its crates, and the crate's own modules that wrap it.
const BROWSER_PATHS: [&str; 6] =
    ["gloo", "wasm_bindgen", "js_sys", "web_sys::window", "crate::browser", "crate::takeover::adopt"];

/// Every break of the hooks' tiers in `files` (paths from the crate's folder, and their syntax):
/// a hook defined outside `src/hooks`; a primitive hook built on a hook other than `use_mount`;
/// a composed hook that reaches the browser itself; composed hooks built on each other in a
/// circle.
fn hook_tier_breaks(files: &[(String, syn::File)]) -> Vec<String> {
    let mut breaks = Vec::new();
    let mut defined_in = BTreeMap::new();
    for (path, file) in files {
        for hook in hooks_in(file) {
            if !path.starts_with("src/hooks/") {
                breaks.push(format!(
                    "{path}: defines the hook {hook} outside src/hooks: a hook is primitive (src/hooks/) or composed (src/hooks/composed/)"
                ));
            }
            defined_in.insert(hook, path.clone());
        }
    }
    let mut composed_uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, file) in files {
        let Some(tier) = tier_of(path) else { continue };
        let mut names = Names::default();
        names.visit_file(file);
        let used = names.idents.iter().filter(|name| defined_in.get(*name).is_some_and(|home| home != path));
        for hook in used {
            let home = &defined_in[hook];
            match tier {
                Tier::Primitive if hook != "use_mount" => breaks.push(format!(
                    "{path}: uses {hook} ({home}): a primitive hook builds on `use_mount` and `browser` alone; a hook built on other hooks is a composed one, in src/hooks/composed/"
                )),
                Tier::Composed if tier_of(home) == Some(Tier::Composed) => {
                    composed_uses.entry(path.clone()).or_default().insert(home.clone());
                }
                _ => {}
            }
        }
        if tier == Tier::Composed {
            for reached in
                names.paths.iter().filter(|p| BROWSER_PATHS.iter().any(|b| *p == b || p.starts_with(&format!("{b}::"))))
            {
                breaks.push(format!(
                    "{path}: names {reached}: a composed hook reaches the browser only through the primitive hooks"
                ));
            }
        }
    }
    let mut in_a_circle = BTreeSet::new();
    for path in composed_uses.keys() {
        if in_a_circle.contains(path) {
            continue;
        }
        if let Some(circle) = path_back(&composed_uses, path, path, &mut BTreeSet::new()) {
            breaks.push(format!("composed hooks build on each other in a circle: {path} → {}", circle.join(" → ")));
            in_a_circle.extend(circle);
        }
    }
    breaks
}

#[test]
fn hooks_keep_to_their_tiers() {
    let files: Vec<(String, syn::File)> = app_sources().iter().map(|path| (relative(path), parse(path))).collect();
    let breaks = hook_tier_breaks(&files);
    assert!(breaks.is_empty(), "{}", breaks.join("\n"));
    // The rule has something to hold: hooks of both tiers, and composed hooks built on hooks.
    let tiers: BTreeSet<_> =
        files.iter().filter(|(_, file)| !hooks_in(file).is_empty()).filter_map(|(path, _)| tier_of(path)).collect();
    assert_eq!(tiers.len(), 2, "hooks of both tiers");
}

#[test]
fn the_hook_rule_catches_each_break() {
    let file = |path: &str, code: &str| (path.to_owned(), syn::parse_file(code).unwrap());
    let mount = file("src/hooks/mod.rs", "#[hook] pub fn use_mount(setup: Box<dyn FnOnce() -> Kept>) {}");
    let a = file(
        "src/hooks/use_a.rs",
        "use super::use_mount; #[hook] pub fn use_a() { use_mount(Box::new(|| Box::new(()))) }",
    );
    let c = file(
        "src/hooks/composed/use_c.rs",
        "use crate::hooks::{use_a, use_d}; #[hook] pub fn use_c() { use_a(); use_d(); }",
    );
    let d = file("src/hooks/composed/use_d.rs", "use crate::hooks::use_a; #[hook] pub fn use_d() { use_a() }");
    assert_eq!(hook_tier_breaks(&[mount.clone(), a.clone(), c.clone(), d]), Vec::<String>::new());
    let breaking = [
        (
            "a primitive on a primitive",
            file("src/hooks/use_b.rs", "use super::use_a; #[hook] pub fn use_b() { use_a() }"),
        ),
        ("the same, by path", file("src/hooks/use_b.rs", "#[hook] pub fn use_b() { crate::hooks::use_a() }")),
        ("composed in a circle", file("src/hooks/composed/use_d.rs", "#[hook] pub fn use_d() { super::use_c() }")),
        (
            "a composed hook reaching the browser",
            file("src/hooks/composed/use_e.rs", "use crate::browser::document; #[hook] pub fn use_e() { document(); }"),
        ),
        (
            "the same, through web_sys",
            file("src/hooks/composed/use_e.rs", "#[hook] pub fn use_e() { web_sys::window(); }"),
        ),
        ("a hook outside src/hooks", file("src/app.rs", "#[hook] fn use_f() { use_a() }")),
    ];
    for (case, broken) in breaking {
        let files = [mount.clone(), a.clone(), c.clone(), broken];
        assert_eq!(hook_tier_breaks(&files).len(), 1, "{case}: {:?}", hook_tier_breaks(&files));
    }
}

/// Every Rust file under `folder` (relative to the crate), tests and binaries included.
fn rust_files(folder: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(folder), &mut files);
    files.sort();
    files
}

/// Every string literal of a file, inside macros too, tests included (doc comments are not literals).
#[derive(Default)]
struct AllLiterals {
    found: Vec<(usize, String)>,
}

impl<'ast> Visit<'ast> for AllLiterals {
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let mut literals = Literals::default();
        literals.tokens(mac.tokens.clone());
        self.found.extend(literals.found);
    }

    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.found.push((literal.span().start().line, literal.value()));
    }
}

/// Whether a literal holds JavaScript: the page's scripts are JavaScript files
/// (src/build/scripts/*.js), never Rust strings.
fn reads_as_javascript(literal: &str) -> bool {
    const MARKS: [&str; 16] = [
        "=>",
        "function(",
        "function (",
        "document.",
        "window.",
        "location.",
        "addEventListener(",
        "new Promise",
        "JSON.parse(",
        "console.",
        "import(",
        "import{",
        "import {",
        "await ",
        ".then(",
        "localStorage.",
    ];
    MARKS.iter().any(|mark| literal.contains(mark))
}

#[test]
fn the_rule_tells_javascript_from_text() {
    for script in [
        "(function(){var q=new URLSearchParams(location.search)",
        "import{initSync}from'./{glue}';",
        "addEventListener('message',onMessage)",
        "x.onload=()=>resolve(x.response)",
    ] {
        assert!(reads_as_javascript(script), "{script:?} is JavaScript");
    }
    for text in ["<script type=\"module\">", "page-values", "The calculator could not load.", "a -> b", "x >= 2"] {
        assert!(!reads_as_javascript(text), "{text:?} is not");
    }
}

#[test]
fn no_rust_string_holds_javascript() {
    let mut scripts = Vec::new();
    for path in rust_files("src") {
        let mut literals = AllLiterals::default();
        literals.visit_file(&parse(&path));
        for (line, literal) in literals.found.into_iter().filter(|(_, literal)| reads_as_javascript(literal)) {
            scripts.push(format!("{}:{line}: {literal:?}", relative(&path)));
        }
    }
    assert!(
        scripts.is_empty(),
        "JavaScript belongs in a file of its own (src/build/scripts/, included by src/build/scripts.rs), not in a Rust string:\n{}",
        scripts.join("\n")
    );
}

/// Each function's name and its length in lines, from `fn` to its closing brace.
#[derive(Default)]
struct FunctionLengths {
    found: Vec<(String, usize, usize)>,
}

impl FunctionLengths {
    fn add(&mut self, name: &syn::Ident, fn_token: &syn::token::Fn, block: &syn::Block) {
        let (start, end) = (fn_token.span.start().line, block.brace_token.span.close().end().line);
        self.found.push((name.to_string(), start, end - start + 1));
    }
}

impl<'ast> Visit<'ast> for FunctionLengths {
    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.add(&item.sig.ident, &item.sig.fn_token, &item.block);
        visit::visit_item_fn(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.add(&item.sig.ident, &item.sig.fn_token, &item.block);
        visit::visit_impl_item_fn(self, item);
    }
}

/// A function a newcomer can read at once: none in the app or in datagen is longer than this.
const LONGEST_FUNCTION: usize = 100;

#[test]
fn no_function_is_longer_than_a_newcomer_can_read() {
    let mut long = Vec::new();
    for path in rust_files("src").into_iter().chain(rust_files("tools/datagen/src")) {
        let mut lengths = FunctionLengths::default();
        lengths.visit_file(&parse(&path));
        for (name, line, length) in lengths.found.into_iter().filter(|(_, _, length)| *length > LONGEST_FUNCTION) {
            long.push(format!("{}:{line}: {name} is {length} lines", relative(&path)));
        }
    }
    assert!(
        long.is_empty(),
        "split these into named steps (at most {LONGEST_FUNCTION} lines each):\n{}",
        long.join("\n")
    );
}
