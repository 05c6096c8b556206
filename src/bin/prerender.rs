//! Prerenders the app into trunk's `index.html`, so the page is complete without JavaScript.
//! Usage: `prerender <path/to/index.html>` (trunk's post-build hook passes its staging folder),
//! or `prerender --app-html <path>` to write only the app's HTML (the browser tests hydrate it).

use std::path::PathBuf;
use std::process::ExitCode;

use stargate_explainer::content::{SOURCES, STORY};
use stargate_explainer::{page, prerendered};

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
    let app_html = futures::executor::block_on(prerendered::render_page());
    // Where the site will be published, if the build is told: link previews then get
    // absolute addresses. An empty value counts as not told.
    let site_url = std::env::var("SITE_URL").ok().filter(|url| !url.trim().is_empty());
    if let Some(url) = site_url.as_deref().filter(|url| !url.starts_with("https://") && !url.starts_with("http://")) {
        eprintln!("prerender: SITE_URL {url:?} is not an http(s) address");
        return ExitCode::FAILURE;
    }
    let sharing =
        page::Sharing { title: STORY.title, description: STORY.dek, site_url: site_url.as_deref(), sources: SOURCES };
    let page = match page::splice(&index_html, &app_html, &sharing) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let hashes: Vec<String> = page::inline_scripts(&page).iter().map(|script| sha256_base64(script)).collect();
    let Some(page) = page::insert_csp(&page, &page::content_security_policy(&hashes)) else {
        eprintln!("prerender: {}: no <meta charset> to put the Content Security Policy after", path.display());
        return ExitCode::FAILURE;
    };
    if let Err(error) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {}: {error}", path.display());
        return ExitCode::FAILURE;
    }
    println!(
        "prerender: wrote {} ({} bytes of app HTML, {} inline scripts hashed)",
        path.display(),
        app_html.len(),
        hashes.len()
    );
    ExitCode::SUCCESS
}

fn write_app_html(out: &std::path::Path) -> ExitCode {
    let html = futures::executor::block_on(prerendered::render_page());
    let written = out.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(out, html));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: cannot write {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn sha256_base64(text: &str) -> String {
    use base64ct::Encoding;
    use sha2::Digest;
    base64ct::Base64::encode_string(&sha2::Sha256::digest(text.as_bytes()))
}
