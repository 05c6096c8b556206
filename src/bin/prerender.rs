//! Writes the site's pages from trunk's `index.html`, each complete without JavaScript, and the
//! files beside them (`stargate_explainer::build`). Usage: `prerender <path/to/index.html>`
//! (trunk's post-build hook passes its staging folder), or `prerender --app-html <path>` to
//! write only the app's HTML (the browser tests start the app on it).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use stargate_explainer::build::head::Sharing;
use stargate_explainer::build::page::{self, Page};
use stargate_explainer::build::render::render_page;
use stargate_explainer::build::scripts::{ModuleFiles, PageValues};
use stargate_explainer::build::{artifacts, oembed};
use stargate_explainer::content::{CORRECTIONS, EDITION, EDITIONS, SOURCES, STORY};
use stargate_explainer::embed;
use stargate_explainer::site::{PageFile, PAGES};
use stargate_explainer::Layout;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let written = match args.as_slice() {
        [flag, out] if flag == "--app-html" => write_app_html(&PathBuf::from(out)),
        [path] => write_site(&PathBuf::from(path)),
        _ => Err("usage: prerender <path/to/index.html> | prerender --app-html <path>".to_owned()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Every page of the site, in `index.html`'s folder, and the files beside them.
fn write_site(index: &Path) -> Result<(), String> {
    let index_html =
        std::fs::read_to_string(index).map_err(|error| format!("cannot read {}: {error}", index.display()))?;
    // Where this edition is published: the site's address, and the edition's folder in it.
    let edition = &EDITIONS[EDITION];
    let site_url = site_url()?.map(|root| format!("{}/{}", root.trim_end_matches('/'), edition.folder));
    let sharing = Sharing {
        title: STORY.title,
        description: STORY.dek,
        site_url: site_url.as_deref(),
        sources: SOURCES,
        corrections: CORRECTIONS,
        editions: EDITIONS,
        edition,
    };
    let folder = index.parent().unwrap_or(Path::new("."));
    let walkthrough = read_modules(folder)?;
    for page_file in PAGES {
        write_page(&index_html, page_file, &sharing, &walkthrough, &folder.join(page_file.file))?;
    }
    for spec in oembed::specs() {
        write(&folder.join(embed::oembed_file(spec)), &oembed::oembed_json(spec, site_url.as_deref()))?;
    }
    println!("prerender: wrote the oEmbed answers in {}", folder.join("oembed").display());
    write(&folder.join(artifacts::MANIFEST), &artifacts::manifest_json(&sharing))?;
    write(&folder.join(artifacts::PREVIEW_CARD), &artifacts::preview_card(&sharing))
}

/// Where the site will be published, if the build is told (`SITE_URL`): link previews then get
/// absolute addresses. An empty value counts as not told.
fn site_url() -> Result<Option<String>, String> {
    let url = std::env::var("SITE_URL").ok().filter(|url| !url.trim().is_empty());
    match url {
        Some(url) if !url.starts_with("https://") && !url.starts_with("http://") => {
            Err(format!("SITE_URL {url:?} is not an http(s) address"))
        }
        url => Ok(url),
    }
}

/// Writes one page of the site: the app prerendered in its layout, its head, and its scripts
/// with their values (`scripts/policy.mjs`, run after the build, writes its Content Security
/// Policy for the finished page).
fn write_page(
    index_html: &str,
    page_file: PageFile,
    sharing: &Sharing,
    walkthrough: &ModuleFiles,
    out: &Path,
) -> Result<(), String> {
    let layout = page_file.layout;
    let app_html = futures::executor::block_on(render_page(layout));
    let values = PageValues::new(layout, walkthrough);
    let head = sharing.head(layout);
    let page = page::assemble(index_html, &Page { layout, head: &head, values: &values, app_html: &app_html })
        .map_err(|error| format!("{}: {error}", out.display()))?;
    write(out, &page)?;
    println!("prerender: wrote {} ({} bytes of app HTML)", out.display(), app_html.len());
    Ok(())
}

/// The WebAssembly's files, as scripts/split-wasm.mjs (trunk's pre-build hook) names them in
/// `modules.json` beside the page; the file goes once read, as the pages' values carry the names.
fn read_modules(folder: &Path) -> Result<ModuleFiles, String> {
    let path = folder.join("modules.json");
    let text = std::fs::read_to_string(&path).map_err(|error| {
        format!("cannot read {} ({error}): scripts/split-wasm.mjs, trunk's pre-build hook, writes it", path.display())
    })?;
    let files = serde_json::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    std::fs::remove_file(&path).map_err(|error| format!("cannot remove {}: {error}", path.display()))?;
    Ok(files)
}

fn write_app_html(out: &Path) -> Result<(), String> {
    write(out, &futures::executor::block_on(render_page(Layout::Full)))
}

/// Writes `text` to `out`, making its folder where missing.
fn write(out: &Path, text: &str) -> Result<(), String> {
    out.parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(out, text))
        .map_err(|error| format!("cannot write {}: {error}", out.display()))
}
