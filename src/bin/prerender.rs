//! Prerenders the app into trunk's `index.html`, so the page is complete without JavaScript.
//! Usage: `prerender <path/to/index.html>` (trunk's post-build hook passes its staging folder),
//! or `prerender --app-html <path>` to write only the app's HTML (the browser tests start the app on it).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use stargate_explainer::browser::STORAGE_KEY;
use stargate_explainer::build::render::render_page;
use stargate_explainer::build::{artifacts, page};
use stargate_explainer::content::{CORRECTIONS, SOURCES, STEPS, STORY};
use stargate_explainer::embed::{self, EmbedSpec};
use stargate_explainer::island::{self, ModuleFiles};
use stargate_explainer::site::{PageFile, PAGES};
use stargate_explainer::walkthrough::{calculator_step, View};
use stargate_explainer::Layout;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    if let [flag, out] = args.as_slice() {
        if flag == "--app-html" {
            return write_app_html(&PathBuf::from(out));
        }
    }
    let [path] = args.as_slice() else {
        eprintln!("usage: prerender <path/to/index.html> | prerender --app-html <path>");
        return ExitCode::FAILURE;
    };
    let path = PathBuf::from(path);
    let index_html = match std::fs::read_to_string(&path) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("prerender: cannot read {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    };
    // Where the site will be published, if the build is told: link previews then get
    // absolute addresses. An empty value counts as not told.
    let site_url = std::env::var("SITE_URL").ok().filter(|url| !url.trim().is_empty());
    if let Some(url) = site_url.as_deref().filter(|url| !url.starts_with("https://") && !url.starts_with("http://")) {
        eprintln!("prerender: SITE_URL {url:?} is not an http(s) address");
        return ExitCode::FAILURE;
    }
    let sharing = page::Sharing {
        title: STORY.title,
        description: STORY.dek,
        site_url: site_url.as_deref(),
        sources: SOURCES,
        corrections: CORRECTIONS,
    };
    let folder = path.parent().unwrap_or(std::path::Path::new("."));
    let calculator = match name_calculator_module(folder) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("prerender: {message}");
            return ExitCode::FAILURE;
        }
    };
    for page_file in PAGES {
        let out = folder.join(page_file.file);
        if let Err(message) = write_page(&index_html, page_file, &sharing, &calculator, &out) {
            eprintln!("prerender: {message}");
            return ExitCode::FAILURE;
        }
    }
    if let Err(message) = write_oembed(folder, site_url.as_deref()) {
        eprintln!("prerender: {message}");
        return ExitCode::FAILURE;
    }
    let artifacts = [
        (artifacts::MANIFEST, artifacts::manifest_json(&sharing)),
        (artifacts::PREVIEW_CARD, artifacts::preview_card(&sharing)),
    ];
    for (file, text) in artifacts {
        let out = folder.join(file);
        if let Err(error) = std::fs::write(&out, text) {
            eprintln!("prerender: cannot write {}: {error}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Writes one page of the site from trunk's `index.html`: the app prerendered in its layout,
/// and the scripts that start the walkthrough and the calculator (`scripts/policy.mjs`, run
/// after the build, writes its Content Security Policy for the finished page).
fn write_page(
    index_html: &str,
    page_file: PageFile,
    sharing: &page::Sharing,
    calculator: &ModuleFiles,
    out: &Path,
) -> Result<(), String> {
    let app_html = futures::executor::block_on(render_page(page_file.layout));
    let page = page::splice(index_html, &app_html, sharing, page_file.layout)
        .map_err(|error| format!("{}: {error}", out.display()))?;
    let page = page::replace_module_loader(&page, page_file.layout).ok_or_else(|| {
        format!(
            "{}: no module loader and preload of the walkthrough's WebAssembly from trunk to replace",
            out.display()
        )
    })?;
    // The full page opens with a scenario kept from an earlier visit; the embed never does.
    let stored = (page_file.layout == Layout::Full).then_some(STORAGE_KEY);
    let loader = island::loader_script(calculator, STEPS[calculator_step()].slug, stored);
    let page = page::insert_before_module_loader(&page, &format!("<script type=\"module\">{loader}</script>"))
        .ok_or_else(|| {
            format!("{}: no walkthrough start script to put the calculator's loader before", out.display())
        })?;
    std::fs::write(out, page).map_err(|error| format!("cannot write {}: {error}", out.display()))?;
    println!("prerender: wrote {} ({} bytes of app HTML)", out.display(), app_html.len());
    Ok(())
}

/// Writes the static oEmbed answer of each view of the embed: the story, each step alone and
/// the calculator alone.
fn write_oembed(folder: &Path, site_url: Option<&str>) -> Result<(), String> {
    let steps = STEPS.iter().map(|step| EmbedSpec { view: View::Step, step: Some(step.slug) });
    let specs = [EmbedSpec::default(), EmbedSpec { view: View::Calculator, step: None }].into_iter().chain(steps);
    for spec in specs {
        let out = folder.join(embed::oembed_file(spec));
        let written = out
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&out, embed::oembed_json(spec, site_url)));
        written.map_err(|error| format!("cannot write {}: {error}", out.display()))?;
    }
    println!("prerender: wrote the oEmbed answers in {}", folder.join("oembed").display());
    Ok(())
}

/// trunk builds the calculator's module under fixed names (`calculator.js`, `calculator_bg.wasm`:
/// see index.html); names both by a hash of their contents, as trunk names the walkthrough's,
/// so a browser or the service worker never keeps an old one.
fn name_calculator_module(folder: &Path) -> Result<ModuleFiles, String> {
    let (glue, wasm) = (folder.join("calculator.js"), folder.join("calculator_bg.wasm"));
    let read = |path: &Path| {
        std::fs::read(path).map_err(|error| {
            format!("cannot read {} ({error}): index.html must build the calculator's module", path.display())
        })
    };
    let (glue_bytes, wasm_bytes) = (read(&glue)?, read(&wasm)?);
    use sha2::Digest;
    let digest = sha2::Sha256::new().chain_update(&glue_bytes).chain_update(&wasm_bytes).finalize();
    let hash: String = digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    let files = ModuleFiles { glue: format!("calculator-{hash}.js"), wasm: format!("calculator-{hash}_bg.wasm") };
    for (from, to) in [(&glue, &files.glue), (&wasm, &files.wasm)] {
        std::fs::rename(from, folder.join(to)).map_err(|error| format!("cannot rename {}: {error}", from.display()))?;
    }
    Ok(files)
}

fn write_app_html(out: &Path) -> ExitCode {
    let html = futures::executor::block_on(render_page(Layout::Full));
    let written = out.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(out, html));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: cannot write {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}
