//! The scripts each page carries inline, and the values they read. The scripts are plain
//! JavaScript files (`scripts/*.js` beside this file), included as they are; each reads what it
//! needs of the page (file names, the address's parameter names, the words of its messages) from
//! one JSON data block, `<script type="application/json" id="page-values">`, written here from
//! the same constants the app uses. Each script carries a role (`data-role`), by which the build
//! scripts find it: `make dist` minifies them (scripts/minify-js.mjs), writes the walkthrough's
//! glue into its start script (scripts/inline-glue.mjs), and swaps the requests for inlined
//! bytes in the one-file copies (scripts/single-file.mjs); `scripts/policy.mjs` then allows each
//! by its hash.

use serde::Serialize;

use crate::query::Param;
use crate::site::{Layout, DEFER_REFERENCE, EMBED_PAGE};
use crate::ui;
use crate::walkthrough::View;

/// The id of the page's values, which every script reads first.
pub const VALUES_ID: &str = "page-values";

/// Where in the page a script goes (`page::assemble` places each there, in `SCRIPTS`' order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// First in the head, right after the page's values, before anything is requested.
    First,
    /// After the head's tags, before the styles: runs before the first paint.
    BeforePaint,
    /// At the end of the head, after the styles.
    Loader,
}

/// A script the page carries inline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InlineScript {
    /// How the build scripts find it: its `data-role`.
    pub role: &'static str,
    pub place: Place,
    /// A module script (deferred, in order) rather than a classic one (run where it stands).
    pub module: bool,
    pub source: &'static str,
}

/// First in the head: opens the self-contained copy in an opaque origin, the embed for `?embed=1`.
pub const REDIRECT: InlineScript =
    InlineScript { role: "redirect", place: Place::First, module: false, source: include_str!("scripts/redirect.js") };
/// Right after it: asks for the walkthrough's WebAssembly while the page is read.
pub const FETCH_WALKTHROUGH: InlineScript = InlineScript {
    role: "fetch-walkthrough",
    place: Place::First,
    module: false,
    source: include_str!("scripts/fetch-walkthrough.js"),
};
/// After the head's tags: marks `<html>` for the view, and defers drawing what is below the fold.
pub const PRE_PAINT: InlineScript = InlineScript {
    role: "pre-paint",
    place: Place::BeforePaint,
    module: false,
    source: include_str!("scripts/pre-paint.js"),
};
/// At the end of the head: the walkthrough's start.
pub const START_WALKTHROUGH: InlineScript = InlineScript {
    role: "start-walkthrough",
    place: Place::Loader,
    module: true,
    source: include_str!("scripts/start-walkthrough.js"),
};

/// Every inline script, in the page's order. A new one is a file in `scripts/`, a constant
/// above, and its place in this list.
pub const SCRIPTS: [InlineScript; 4] = [REDIRECT, FETCH_WALKTHROUGH, PRE_PAINT, START_WALKTHROUGH];

/// The elements of the scripts that go in `place`, in order, one to a line.
pub fn elements_at(place: Place) -> String {
    SCRIPTS.iter().filter(|script| script.place == place).map(InlineScript::element).collect::<Vec<_>>().join("\n    ")
}

impl InlineScript {
    /// The script's element, as the page carries it.
    pub fn element(&self) -> String {
        let kind = if self.module { " type=\"module\"" } else { "" };
        format!("<script{kind} data-role=\"{}\">{}</script>", self.role, self.source.trim_end())
    }
}

/// The explainer's WebAssembly in the built site, as scripts/split-wasm.mjs names it in
/// `modules.json`: the main module's glue (wasm-bindgen's JavaScript), the link module the glue
/// imports to fetch a chunk, the main module, and its chunks (the calculator's), each fetched
/// when the main module first calls into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ModuleFiles {
    pub glue: String,
    pub link: String,
    pub wasm: String,
    pub chunks: Vec<String>,
}

/// What the page's scripts read: everything they must agree on with the app and the build. What
/// differs between the layouts is here too, so the scripts hold no layout's logic of their own.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageValues<'a> {
    /// This page's self-contained copy, which an opaque origin opens.
    pub self_contained: &'static str,
    /// On the full page, the embed's page and its copy, which `?embed=1` opens (the embed's
    /// address before it had a page of its own); in the embed, none.
    pub embed_page: Option<PageFileValues>,
    pub params: Params,
    /// The views of `?view=` this page marks on `<html>` before the first paint, as
    /// `view-<name>` (styles/layout.css, styles/embed.css).
    pub views: Vec<&'static str>,
    /// On the full page, the class of `<html>` that defers drawing what is below the fold
    /// (`DEFER_REFERENCE`); in the embed, none.
    pub defer_class: Option<&'static str>,
    /// The explainer's module (its glue and link module until the build writes them into the
    /// start script), and its chunks.
    pub walkthrough: &'a ModuleFiles,
    /// What the console says where the walkthrough cannot start.
    pub start_failed: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageFileValues {
    pub file: &'static str,
    pub self_contained: &'static str,
}

/// The address's parameter names the scripts read.
#[derive(Debug, Clone, Serialize)]
pub struct Params {
    pub embed: &'static str,
    pub view: &'static str,
    pub step: &'static str,
}

impl<'a> PageValues<'a> {
    /// The values of a page of `layout`, whose WebAssembly is `walkthrough`.
    pub fn new(layout: Layout, walkthrough: &'a ModuleFiles) -> Self {
        let full = layout == Layout::Full;
        let views = match layout {
            Layout::Full => vec![View::Calculator],
            Layout::Embed => vec![View::Step, View::Calculator],
        };
        PageValues {
            self_contained: layout.page().self_contained,
            embed_page: full
                .then_some(PageFileValues { file: EMBED_PAGE.file, self_contained: EMBED_PAGE.self_contained }),
            params: Params { embed: Param::Embed.name(), view: Param::View.name(), step: Param::Step.name() },
            views: views.into_iter().filter_map(View::param).collect(),
            defer_class: full.then_some(DEFER_REFERENCE),
            walkthrough,
            start_failed: ui::walkthrough::START_FAILED,
        }
    }

    /// The values' data block, safe inside the page (`<` is escaped in the JSON, so no
    /// `</script>` closes it).
    pub fn element(&self) -> String {
        format!("<script type=\"application/json\" id=\"{VALUES_ID}\">{}</script>", script_json(self))
    }
}

/// `value` as JSON that can stand inside a `<script>` element: `<` appears only inside its
/// strings, where `\u003c` says the same.
pub fn script_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("the page's values serialise").replace('<', "\\u003c")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn files(name: &str) -> ModuleFiles {
        ModuleFiles {
            glue: format!("{name}.js"),
            link: format!("{name}-split.js"),
            wasm: format!("{name}_bg.wasm"),
            chunks: vec!["calculator-2c3d.wasm".to_owned()],
        }
    }

    #[test]
    fn no_script_can_end_its_element() {
        for script in SCRIPTS {
            assert!(!script.source.to_lowercase().contains("</script"), "{}", script.role);
            assert!(!script.source.contains("<!--"), "{}", script.role);
        }
        let roles: std::collections::BTreeSet<_> = SCRIPTS.iter().map(|script| script.role).collect();
        assert_eq!(roles.len(), SCRIPTS.len(), "each role names one script");
    }

    #[test]
    fn the_values_carry_the_apps_names_and_cannot_close_their_element() {
        let walkthrough = files("web-0a1b");
        let values = PageValues::new(Layout::Full, &walkthrough);
        let element = values.element();
        assert!(
            element.starts_with(&format!("<script type=\"application/json\" id=\"{VALUES_ID}\">{{\"selfContained\":"))
        );
        for expected in [
            r#""walkthrough":{"glue":"web-0a1b.js","link":"web-0a1b-split.js","wasm":"web-0a1b_bg.wasm","chunks":["calculator-2c3d.wasm"]}"#,
            &format!(r#""views":["calculator"],"deferClass":"{DEFER_REFERENCE}""#),
            &format!(r#""embedPage":{{"file":"{}","selfContained":"{}"}}"#, EMBED_PAGE.file, EMBED_PAGE.self_contained),
        ] {
            assert!(element.contains(expected), "{expected} not in {element}");
        }
        let embed = PageValues::new(Layout::Embed, &walkthrough).element();
        assert!(embed.contains(r#""embedPage":null"#) && embed.contains(r#""deferClass":null"#), "{embed}");
        assert!(embed.contains(r#""views":["step","calculator"]"#), "{embed}");
        assert_eq!(script_json(&"</script>"), r#""\u003c/script>""#);
    }
}
