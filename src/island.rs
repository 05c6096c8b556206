//! The calculator island: the one part of the page that is a WebAssembly module of its own
//! (`src/bin/calculator.rs`), so that the first load carries the walkthrough alone. This module
//! holds what both sides agree on (the root, the event, the mark, the opening scenario) and the
//! page's loader; the module's entry point renders the calculator.
//!
//! The prerenderer writes the calculator inside its root element (`ROOT_ID`) as one of the
//! page's unchanging parts (`parts::Part::Calculator`): the walkthrough's WebAssembly moves it
//! into the live page as it stands and never touches it (`adopt`), and without JavaScript it
//! reads as it is. When the reader nears the calculator's step, or the browser is idle a while
//! after the walkthrough is live (`hooks::use_calculator_island`), the walkthrough fires `LOAD_EVENT` at the window; the
//! page's loader (`loader_script`) then fetches the calculator's module, once, and its `main`
//! (`src/bin/calculator.rs`) puts a root of its own in the prerendered one's place and renders
//! the live calculator into it, in the same task (`adopt::Handover`). It renders rather than hydrates, as
//! the walkthrough's does: Yew's hydration code would be 15 KB of the module's 100 (gzip), and
//! a render starts from the reader's scenario.
//!
//! The two modules share nothing but the page: the address (each keeps the other's
//! parameters), storage, and the DOM's own events.

use crate::calculator::{Scenario, ScenarioParse};
use crate::query::{PageQuery, Param};
use crate::site::json_string;
use crate::ui::calculator::{notices, LOAD_FAILED};

/// The prerendered calculator's root, which the calculator's module replaces with its own.
pub const ROOT_ID: &str = "calculator-island";

/// The window event that asks the page's loader for the calculator's module.
pub const LOAD_EVENT: &str = "stargate:calculator";

/// The live region, beside the root and outside both modules' reach, where the loader says
/// that the calculator's module could not be fetched.
pub const LOAD_STATUS_ID: &str = "calculator-load-status";

/// The performance mark set when the calculator is live, in place, which `make bench` reads;
/// its root also gets `data-live="true"` then, for tests.
pub const LIVE_MARK: &str = "stargate:calculator-live";

/// The scenario the calculator opens with: the address's when it carries one, else the one
/// kept from an earlier visit (`stored`, a query string), else the default.
pub fn opening_scenario(query: &PageQuery, stored: Option<&str>) -> ScenarioParse {
    let from_address = Scenario::from_query(query);
    match stored {
        Some(stored) if !from_address.present => {
            let mut kept = Scenario::from_query(&PageQuery::parse(stored));
            if !kept.notices.is_empty() {
                kept.notices.insert(0, notices::SAVED_UNUSABLE.to_owned());
            }
            kept
        }
        _ => from_address,
    }
}

/// The files of the calculator's module in the built site: wasm-bindgen's glue and the
/// WebAssembly, both named by a hash of their contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleFiles {
    pub glue: String,
    pub wasm: String,
}

/// The page's loader, an inline module script: on `LOAD_EVENT`, imports the calculator's glue
/// and starts its WebAssembly, once. It starts at once, beside the walkthrough rather than
/// after it, when the page opens with the calculator in use: the address opens its step
/// (`step=<calculator_slug>`) or the calculator alone, or carries a scenario, or (where
/// `stored_key` is given: the full page) storage keeps one, so that what shows, and prints, is
/// the reader's scenario. On failure it says so in `LOAD_STATUS_ID` (`ui::calculator::LOAD_FAILED`:
/// offline before the first visit finished, say), and a later request tries
/// again (clearing it once started). `make dist`'s one-file copy swaps `module_start` for a
/// start from the bytes it inlines (scripts/single-file.mjs); the names are long so as not to
/// meet the minified glue's there.
pub fn loader_script(files: &ModuleFiles, calculator_slug: &str, stored_key: Option<&str>) -> String {
    let failed = json_string(LOAD_FAILED);
    let start = module_start(files);
    let keys: Vec<String> = Param::SCENARIO.iter().map(|param| format!("'{}'", param.name())).collect();
    let (step, view) = (Param::Step.name(), Param::View.name());
    let stored = stored_key.map_or(String::new(), |key| {
        format!("||(()=>{{try{{return localStorage.getItem('{key}')!==null}}catch(e){{return false}}}})()")
    });
    format!(
        "{{let calculatorStarted;const calculatorStatus=(text)=>{{const status=document.getElementById('{LOAD_STATUS_ID}');if(status)status.textContent=text}};\
const startCalculator=()=>{{calculatorStarted??={start}.then(()=>calculatorStatus(''),()=>{{calculatorStarted=null;calculatorStatus({failed})}})}};\
addEventListener('{LOAD_EVENT}',startCalculator);const calculatorQuery=new URLSearchParams(location.search);\
if(calculatorQuery.get('{step}')==='{calculator_slug}'||calculatorQuery.get('{view}')==='calculator'||[{keys}].some((key)=>calculatorQuery.has(key)){stored})startCalculator()}}",
        keys = keys.join(","),
    )
}

/// The loader's expression that fetches and starts the module: a promise. The WebAssembly's
/// fetch starts beside the glue's import, not after it (the glue takes a response's promise;
/// where the glue's import fails first, the fetch's own failure is caught, not left unhandled).
pub fn module_start(files: &ModuleFiles) -> String {
    format!(
        "((calculatorWasm)=>(calculatorWasm.catch(()=>{{}}),import('./{}').then((glue)=>glue.default({{module_or_path:calculatorWasm}}))))(fetch('./{}'))",
        files.glue, files.wasm
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> ModuleFiles {
        ModuleFiles { glue: "calculator-0123.js".into(), wasm: "calculator-0123_bg.wasm".into() }
    }

    #[test]
    fn the_address_scenario_wins_over_the_stored_one() {
        let opened = opening_scenario(&PageQuery::parse("?pledge=300"), Some("pledge=200"));
        assert_eq!(opened.scenario.pledge, 300.0);
        assert!(opened.notices.is_empty());
    }

    #[test]
    fn the_stored_scenario_is_used_when_the_address_has_none() {
        let opened = opening_scenario(&PageQuery::parse("?step=do-the-math"), Some("pledge=200"));
        assert_eq!(opened.scenario.pledge, 200.0);
        assert_eq!(opening_scenario(&PageQuery::default(), None).scenario, Scenario::default());
    }

    #[test]
    fn a_bad_stored_scenario_says_so_first() {
        let opened = opening_scenario(&PageQuery::default(), Some("pledge=lots"));
        assert_eq!(
            opened.notices.first().map(String::as_str),
            Some("Your saved scenario had values the calculator could not use.")
        );
        assert!(opened.notices.len() > 1, "and then what was wrong: {:?}", opened.notices);
    }

    #[test]
    fn the_loader_imports_the_named_files_on_request_or_for_the_calculators_address() {
        let loader = loader_script(&files(), "do-the-math", None);
        assert!(loader.contains(&module_start(&files())), "single-file.mjs swaps this expression: {loader}");
        assert!(module_start(&files()).contains("import('./calculator-0123.js')"));
        assert!(module_start(&files()).contains("fetch('./calculator-0123_bg.wasm')"));
        assert!(loader.contains(&format!("addEventListener('{LOAD_EVENT}',startCalculator)")));
        assert!(loader.contains("get('step')==='do-the-math'"));
        assert!(loader.contains("get('view')==='calculator'"));
        // The failure message is a JSON string inside the script, so it cannot end it.
        assert!(loader.contains(&json_string(LOAD_FAILED)));
        assert!(!loader.contains("</script"));
        for param in Param::SCENARIO {
            assert!(loader.contains(&format!("'{}'", param.name())), "a scenario in the address starts it: {param:?}");
        }
        assert!(!loader.contains("localStorage"), "the embed never uses a stored scenario");
        let full = loader_script(&files(), "do-the-math", Some("kept"));
        assert!(full.contains("localStorage.getItem('kept')!==null"));
    }
}
