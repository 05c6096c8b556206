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
use crate::takeover::island::{LOAD_EVENT, LOAD_STATUS_ID};
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
    /// Where trunk's loader of the walkthrough's module was, at the end of the head.
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
/// Where trunk's loader was: the calculator's loader, then the walkthrough's start.
pub const CALCULATOR_LOADER: InlineScript = InlineScript {
    role: "calculator-loader",
    place: Place::Loader,
    module: true,
    source: include_str!("scripts/calculator-loader.js"),
};
pub const START_WALKTHROUGH: InlineScript = InlineScript {
    role: "start-walkthrough",
    place: Place::Loader,
    module: true,
    source: include_str!("scripts/start-walkthrough.js"),
};

/// Every inline script, in the page's order. A new one is a file in `scripts/`, a constant
/// above, and its place in this list.
pub const SCRIPTS: [InlineScript; 5] = [REDIRECT, FETCH_WALKTHROUGH, PRE_PAINT, CALCULATOR_LOADER, START_WALKTHROUGH];

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

/// A WebAssembly module's files in the built site: wasm-bindgen's glue and the WebAssembly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleFiles {
    pub glue: String,
    pub wasm: String,
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
    /// The walkthrough's module (the glue until the build writes it into the start script).
    pub walkthrough: &'a ModuleFiles,
    pub calculator: CalculatorValues<'a>,
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
    /// Those that carry a scenario.
    pub scenario: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalculatorValues<'a> {
    #[serde(flatten)]
    pub files: &'a ModuleFiles,
    /// The calculator's step (its slug), and its view of `?view=`: an address that opens
    /// either starts it at once.
    pub step: &'static str,
    pub view: &'static str,
    /// Where a scenario is kept from an earlier visit (the full page only), which starts it too.
    pub stored_key: Option<&'static str>,
    /// The walkthrough's request for the module (`island::LOAD_EVENT`).
    pub event: &'static str,
    /// Where a failure is said (`island::LOAD_STATUS_ID`), and in what words.
    pub status_id: &'static str,
    pub failed: &'static str,
}

impl<'a> PageValues<'a> {
    /// The values of a page of `layout`, whose modules are `walkthrough` and `calculator`.
    pub fn new(
        layout: Layout,
        walkthrough: &'a ModuleFiles,
        calculator: &'a ModuleFiles,
        calculator_step: &'static str,
        stored_key: Option<&'static str>,
    ) -> Self {
        let full = layout == Layout::Full;
        let views = match layout {
            Layout::Full => vec![View::Calculator],
            Layout::Embed => vec![View::Step, View::Calculator],
        };
        PageValues {
            self_contained: layout.page().self_contained,
            embed_page: full
                .then_some(PageFileValues { file: EMBED_PAGE.file, self_contained: EMBED_PAGE.self_contained }),
            params: Params {
                embed: Param::Embed.name(),
                view: Param::View.name(),
                step: Param::Step.name(),
                scenario: Param::SCENARIO.iter().map(|param| param.name()).collect(),
            },
            views: views.into_iter().filter_map(View::param).collect(),
            defer_class: full.then_some(DEFER_REFERENCE),
            walkthrough,
            calculator: CalculatorValues {
                files: calculator,
                step: calculator_step,
                view: View::Calculator.param().unwrap_or_default(),
                stored_key,
                event: LOAD_EVENT,
                status_id: LOAD_STATUS_ID,
                failed: ui::calculator::LOAD_FAILED,
            },
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
mod tests {
    use super::*;

    fn files(name: &str) -> ModuleFiles {
        ModuleFiles { glue: format!("{name}.js"), wasm: format!("{name}_bg.wasm") }
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
        let (walkthrough, calculator) = (files("web-0a1b"), files("calculator-2c3d"));
        let values = PageValues::new(Layout::Full, &walkthrough, &calculator, "do-the-math", Some("kept"));
        let element = values.element();
        assert!(
            element.starts_with(&format!("<script type=\"application/json\" id=\"{VALUES_ID}\">{{\"selfContained\":"))
        );
        for expected in [
            r#""walkthrough":{"glue":"web-0a1b.js","wasm":"web-0a1b_bg.wasm"}"#,
            r#""calculator":{"glue":"calculator-2c3d.js","wasm":"calculator-2c3d_bg.wasm","step":"do-the-math","view":"calculator","storedKey":"kept""#,
            &format!(r#""event":"{LOAD_EVENT}","statusId":"{LOAD_STATUS_ID}""#),
            &format!(r#""views":["calculator"],"deferClass":"{DEFER_REFERENCE}""#),
            &format!(r#""embedPage":{{"file":"{}","selfContained":"{}"}}"#, EMBED_PAGE.file, EMBED_PAGE.self_contained),
        ] {
            assert!(element.contains(expected), "{expected} not in {element}");
        }
        for param in Param::SCENARIO {
            assert!(element.contains(&format!("\"{}\"", param.name())), "{param:?} starts the calculator");
        }
        let embed = PageValues::new(Layout::Embed, &walkthrough, &calculator, "do-the-math", None).element();
        assert!(embed.contains(r#""storedKey":null"#), "the embed never opens a stored scenario: {embed}");
        assert!(embed.contains(r#""embedPage":null"#) && embed.contains(r#""deferClass":null"#), "{embed}");
        assert!(embed.contains(r#""views":["step","calculator"]"#), "{embed}");
        assert_eq!(script_json(&"</script>"), r#""\u003c/script>""#);
    }
}
