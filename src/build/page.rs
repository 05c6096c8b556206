//! Puts the prerendered app into trunk's `index.html`, with its head (sharing metadata) and the
//! inline scripts that run before it: pure string work, tested natively. The page's Content
//! Security Policy is written last, for the finished page, by `scripts/policy.mjs`.

use std::fmt;

use crate::content::{Correction, Source};
use crate::embed;
use crate::query::Param;
use crate::site::{escape, json_string, Layout, DEFER_REFERENCE, EMBED_PAGE, FULL_PAGE};
use crate::ui;

/// The element the app is prerendered into, and whose place the live app takes. `index.html`
/// must contain it, empty.
pub const ROOT_ELEMENT: &str = r#"<div id="app"></div>"#;

/// The self-contained full explainer (kept by this name for the scripts and tests).
pub const SELF_CONTAINED_FILE: &str = FULL_PAGE.self_contained;

/// Marks `<html>` before the first paint. On the full page: `view-calculator` (for
/// `?view=calculator`), and `DEFER_REFERENCE`, under which the browser skips rendering the
/// differences and the sources (below the fold) until the app is live and drawn, when
/// `hooks::use_live_marker` drops it; not when the address has an `#anchor` (it may
/// point into the sources), and never for more than 4 s, whatever happens to the app. In the
/// embed: `view-step` or `view-calculator`, for `?view=`. It runs before the app: the app never
/// renders `<html>` itself.
pub fn pre_paint_script(layout: Layout) -> String {
    let view = Param::View.name();
    match layout {
        Layout::Full => format!("(function(){{var q=new URLSearchParams(location.search),c=document.documentElement.classList;if(q.get('{view}')==='calculator')c.add('view-calculator');if(!location.hash){{c.add('{DEFER_REFERENCE}');setTimeout(function(){{c.remove('{DEFER_REFERENCE}')}},4000)}}}})()"),
        Layout::Embed => format!("(function(){{var v=new URLSearchParams(location.search).get('{view}');if(v==='step'||v==='calculator')document.documentElement.classList.add('view-'+v)}})()"),
    }
}

/// Runs first, before the page asks for anything, and opens another page in its place, with
/// the same query and anchor:
/// - in a document with an opaque origin (a frame sandboxed without `allow-same-origin`, or a
///   page opened from `file://`), the self-contained copy of the page. There the page's
///   own-origin sources cannot work everywhere: WebKit matches nothing against the policy's
///   `'self'` in an opaque origin (so the stylesheet, the script and the WebAssembly are all
///   blocked), and other engines fetch them cross-origin, needing CORS headers from the host.
///   The self-contained copy needs no further request and its policy names only hashes.
/// - on the full page with `?embed=1` (the embed's address before it had a page of its own),
///   the embed.
///
/// `window.stop()` comes first so that nothing after this script is requested (and blocked);
/// stopping also cancels a navigation, so the navigation comes second.
pub fn redirect_script(layout: Layout) -> String {
    let (opaque, embed) = (layout.page().self_contained, EMBED_PAGE.file);
    match layout {
        Layout::Full => format!(
            "(function(){{var o=self.origin==='null'||location.protocol==='file:',e=new URLSearchParams(location.search).get('{}')==='1';if(o||e){{window.stop();location.replace((e?o?'{}':'{embed}':'{opaque}')+location.search+location.hash)}}}})()",
            Param::Embed.name(),
            EMBED_PAGE.self_contained
        ),
        Layout::Embed => format!(
            "if(self.origin==='null'||location.protocol==='file:'){{window.stop();location.replace('{opaque}'+location.search+location.hash)}}"
        ),
    }
}

/// Why the page could not be prerendered.
#[derive(Debug, PartialEq, Eq)]
pub enum SpliceError {
    /// `index.html` has no empty root element: it is missing, or already prerendered.
    NoEmptyRoot,
    /// `index.html` has no `<title>` element to fill.
    NoTitle,
}

impl fmt::Display for SpliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpliceError::NoEmptyRoot => write!(f, "no empty {ROOT_ELEMENT} found (missing, or already prerendered)"),
            SpliceError::NoTitle => write!(f, "no <title></title> element found"),
        }
    }
}

impl std::error::Error for SpliceError {}

/// The link-preview image `make dist` draws (scripts/preview-image.mjs), and its size.
pub const PREVIEW_IMAGE: &str = "preview.png";
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// What a link preview, a search engine or a reader's browser learns about the page from its
/// head: all of it from the content, none typed in here.
#[derive(Debug, Clone, Copy)]
pub struct Sharing<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// Where the site is published (for example `https://example.org/stargate/`), when the
    /// build is told (`SITE_URL`); link previews want absolute addresses. Without it the
    /// page's own addresses stay relative, so `dist/` still works from any folder.
    pub site_url: Option<&'a str>,
    pub sources: &'a [Source],
    /// The corrections log, newest first: JSON-LD's `correction` (each its date and its anchor in
    /// the page's log), the newest its `dateModified`.
    pub corrections: &'a [Correction],
}

impl Sharing<'_> {
    /// An address of the site: absolute when the site's address is known.
    pub fn address(&self, path: &str) -> String {
        match self.site_url {
            Some(site) => format!("{}/{path}", site.trim_end_matches('/')),
            None => path.to_owned(),
        }
    }

    fn image_alt(&self) -> String {
        format!("{}: {}", self.title, self.description)
    }

    /// The head of a page of this layout: the title, the description and the oEmbed discovery
    /// link; on the full page also Open Graph and Twitter card tags, and JSON-LD; in the embed,
    /// the full explainer as its canonical address, where the site's address is known.
    pub fn head(&self, layout: Layout) -> String {
        let (title, description) = (escape(self.title), escape(self.description));
        let oembed = escape(&self.address(&embed::oembed_file(embed::EmbedSpec::default())));
        let discovery = format!(
            "\n    <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\" title=\"{title}\">"
        );
        if layout == Layout::Embed {
            let mut head =
                format!("<title>{title}</title>\n    <meta name=\"description\" content=\"{description}\">{discovery}");
            if let Some(site) = self.site_url {
                head.push_str(&format!("\n    <link rel=\"canonical\" href=\"{}\">", escape(site)));
            }
            return head;
        }
        let mut head = self.sharing_head();
        head.push_str(&discovery);
        head
    }

    /// The title, the description, Open Graph and Twitter card tags, and JSON-LD.
    fn sharing_head(&self) -> String {
        let (width, height) = PREVIEW_SIZE;
        let image = escape(&self.address(PREVIEW_IMAGE));
        let (title, description, alt) = (escape(self.title), escape(self.description), escape(&self.image_alt()));
        let language = ui::LANGUAGE;
        let mut head = format!(
            "<title>{title}</title>
    <meta name=\"description\" content=\"{description}\">
    <meta property=\"og:type\" content=\"article\">
    <meta property=\"og:site_name\" content=\"{title}\">
    <meta property=\"og:locale\" content=\"{language}\">
    <meta property=\"og:title\" content=\"{title}\">
    <meta property=\"og:description\" content=\"{description}\">
    <meta property=\"og:image\" content=\"{image}\">
    <meta property=\"og:image:type\" content=\"image/png\">
    <meta property=\"og:image:width\" content=\"{width}\">
    <meta property=\"og:image:height\" content=\"{height}\">
    <meta property=\"og:image:alt\" content=\"{alt}\">
    <meta name=\"twitter:card\" content=\"summary_large_image\">
    <meta name=\"twitter:title\" content=\"{title}\">
    <meta name=\"twitter:description\" content=\"{description}\">
    <meta name=\"twitter:image\" content=\"{image}\">
    <meta name=\"twitter:image:alt\" content=\"{alt}\">"
        );
        if let Some(site) = self.site_url {
            let url = escape(site);
            head.push_str(&format!(
                "\n    <link rel=\"canonical\" href=\"{url}\">\n    <meta property=\"og:url\" content=\"{url}\">"
            ));
        }
        head.push_str(&format!("\n    <script type=\"application/ld+json\">{}</script>", self.json_ld()));
        head
    }

    /// schema.org JSON-LD: the explainer as an article, and the two articles it is based on,
    /// described only by what they state about themselves.
    pub fn json_ld(&self) -> String {
        let sources: Vec<String> = self
            .sources
            .iter()
            .map(|source| {
                let mut fields = vec![
                    r#""@type":"CreativeWork""#.to_owned(),
                    format!(r#""name":{}"#, json_string(source.headline.unwrap_or(source.label))),
                    format!(r#""url":{}"#, json_string(&self.address(&format!("#{}", source.anchor())))),
                ];
                if let Some(headline) = source.headline {
                    fields.push(format!(r#""headline":{}"#, json_string(headline)));
                    fields.push(format!(r#""alternateName":{}"#, json_string(source.label)));
                }
                if let Some(outlet) = source.outlet {
                    fields.push(format!(r#""publisher":{{"@type":"Organization","name":{}}}"#, json_string(outlet)));
                }
                fields.push(format!(r#""description":{}"#, json_string(source.date_note)));
                format!("{{{}}}", fields.join(","))
            })
            .collect();
        let mut fields = vec![
            r#""@context":"https://schema.org""#.to_owned(),
            r#""@type":"Article""#.to_owned(),
            format!(r#""headline":{}"#, json_string(self.title)),
            format!(r#""description":{}"#, json_string(self.description)),
            format!(r#""inLanguage":{}"#, json_string(ui::LANGUAGE)),
            format!(r#""image":{}"#, json_string(&self.address(PREVIEW_IMAGE))),
        ];
        if let Some(site) = self.site_url {
            fields.push(format!(r#""url":{}"#, json_string(site)));
        }
        if let Some(newest) = self.corrections.first() {
            fields.push(format!(r#""dateModified":{}"#, json_string(&newest.date.iso())));
            // Each by its date and its place in the log on the page, which gives its words (a
            // second copy of them here was 5 KB of the page's head).
            let count = self.corrections.len();
            let corrections: Vec<String> = self
                .corrections
                .iter()
                .enumerate()
                .map(|(index, correction)| {
                    format!(
                        r#"{{"@type":"CorrectionComment","datePublished":{},"url":{}}}"#,
                        json_string(&correction.date.iso()),
                        json_string(&self.address(&format!("#{}", Correction::anchor(index, count))))
                    )
                })
                .collect();
            fields.push(format!(r#""correction":[{}]"#, corrections.join(",")));
        }
        fields.push(format!(r#""isBasedOn":[{}]"#, sources.join(",")));
        format!("{{{}}}", fields.join(","))
    }
}

/// Writes the app's HTML into the empty root element (marked with the page's layout, which
/// the browser brings to life), and the page's title, description and sharing metadata into the
/// head, so the page is complete before any WebAssembly runs. The embed's `<html>` carries
/// the `embed` class from the start, so its styles need no script.
pub fn splice(index_html: &str, app_html: &str, sharing: &Sharing, layout: Layout) -> Result<String, SpliceError> {
    let root_at = index_html.find(ROOT_ELEMENT).ok_or(SpliceError::NoEmptyRoot)?;
    let (head, body) = index_html.split_at(root_at);
    let title_at = head.find("<title></title>").ok_or(SpliceError::NoTitle)?;
    let mut page = String::with_capacity(index_html.len() + app_html.len() + 4096);
    let before_title = &head[..title_at];
    // `<html>` gets the words' language, and in the embed its class, whatever `index.html` says.
    let tag = match before_title.find("<html").and_then(|at| Some((at, at + before_title[at..].find('>')? + 1))) {
        Some((start, end)) => {
            let class = if layout == Layout::Embed { " class=\"embed\"" } else { "" };
            format!("{}<html{class} lang=\"{}\">{}", &before_title[..start], escape(ui::LANGUAGE), &before_title[end..])
        }
        None => before_title.to_owned(),
    };
    page.push_str(&tag);
    page.push_str(&format!("<script>{}</script>\n    ", redirect_script(layout)));
    page.push_str(&sharing.head(layout));
    page.push_str(&format!("\n    <script>{}</script>", pre_paint_script(layout)));
    page.push_str(&head[title_at + "<title></title>".len()..]);
    page.push_str(&format!(r#"<div id="app" data-layout="{}">"#, layout.name()));
    page.push_str(app_html);
    page.push_str("</div>");
    page.push_str(&body[ROOT_ELEMENT.len()..]);
    Ok(page)
}

/// Where the page's early script (`fetch_script`) leaves the walkthrough's WebAssembly, a
/// promise of its bytes, for the start script (`start_script`).
pub const WALKTHROUGH_BYTES: &str = "stargateWalkthroughBytes";

/// trunk's loader of the walkthrough's module in its `index.html` (its first module script):
/// the element, and the module's glue and WebAssembly as the loader names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrunkLoader<'a> {
    pub element: &'a str,
    pub glue: &'a str,
    pub wasm: &'a str,
}

impl<'a> TrunkLoader<'a> {
    /// The page's first module script, where it names a glue (`from './…'`) and a WebAssembly
    /// (`module_or_path: './…'`), as trunk writes its loader.
    pub fn find(page: &'a str) -> Option<TrunkLoader<'a>> {
        let start = page.find("<script type=\"module\">")?;
        let element = &page[start..start + page[start..].find("</script>")? + "</script>".len()];
        let quoted = |after: &str| {
            let from = element.find(after)? + after.len();
            Some(&element[from..from + element[from..].find('\'')?])
        };
        Some(TrunkLoader { element, glue: quoted("from './")?, wasm: quoted("module_or_path: './")? })
    }
}

/// Replaces trunk's loader of the walkthrough's module with two scripts of the page's own:
/// `fetch_script` first thing in the head (after `redirect_script`, which may leave the page
/// first), and `start_script` in the loader's place, and drops trunk's preload of the
/// WebAssembly, which the early script's request does instead. `None` where the page has no
/// loader from trunk, or no `redirect_script` (see `splice`).
pub fn replace_module_loader(page: &str, layout: Layout) -> Option<String> {
    let loader = TrunkLoader::find(page)?;
    let redirect = format!("<script>{}</script>", redirect_script(layout));
    if !page.contains(&redirect) {
        return None;
    }
    let early = format!("{redirect}\n    <script>{}</script>", fetch_script(loader.wasm));
    let start = format!("<script type=\"module\">{}</script>", start_script(loader.glue));
    let mut page = page.replacen(&redirect, &early, 1).replacen(loader.element, &start, 1);
    let preload = format!("<link rel=\"preload\" href=\"./{}\"", loader.wasm);
    if let Some(at) = page.find(&preload) {
        let end = page[at..].find('>').map_or(page.len(), |end| at + end + 1);
        page.replace_range(at..end, "");
    }
    Some(page)
}

/// The page's early script: asks for the walkthrough's WebAssembly while the page is still
/// being read, and leaves a promise of its bytes in `WALKTHROUGH_BYTES` (a failure is caught
/// here so that it is reported once, by the start script, not as unhandled before that runs).
/// An XMLHttpRequest rather than `fetch`: in Chromium its bytes arrive while the page is still
/// being read, where a fetch's body waits until the page has first been drawn, so the
/// walkthrough could start only after drawing the page once, and again live. `make dist`'s
/// one-file copy swaps `fetch_expression` for the bytes it carries (scripts/single-file.mjs).
pub fn fetch_script(wasm: &str) -> String {
    format!("(self.{WALKTHROUGH_BYTES}={}).catch(function(){{}})", fetch_expression(wasm))
}

/// A promise of the bytes of `wasm`, a file beside the page.
pub fn fetch_expression(wasm: &str) -> String {
    format!(
        "new Promise(function(resolve,reject){{var x=new XMLHttpRequest();x.open('GET','./{wasm}');x.responseType='arraybuffer';\
x.onload=function(){{x.status===200?resolve(x.response):reject(new Error(x.status+' '+x.statusText))}};\
x.onerror=x.onabort=function(){{reject(new Error('no answer'))}};x.send()}})"
    )
}

/// The page's start script, where trunk's loader was: once the early script's bytes are in,
/// compiles them, at once on the page's thread where the engine allows that for a module of
/// this size (all three engines do) or else in the background, and starts the walkthrough with
/// wasm-bindgen's `initSync`, in the same task. A module script without imports runs as soon
/// as the page is read, before it is first drawn where the bytes are already in: the page is
/// then drawn once, live. Where the bytes cannot be had, or the start fails, the console says
/// so (`ui::walkthrough::START_FAILED`) and the page stays as prerendered. `make dist` writes
/// the glue into it in place of the import (scripts/inline-glue.mjs); `make serve` keeps the
/// import.
pub fn start_script(glue: &str) -> String {
    format!(
        "import{{initSync}}from'./{glue}';\
try{{const bytes=await self.{WALKTHROUGH_BYTES};delete self.{WALKTHROUGH_BYTES};let module;\
try{{module=new WebAssembly.Module(bytes)}}catch(e){{module=await WebAssembly.compile(bytes)}}\
initSync({{module}})}}catch(e){{console.error({},e)}}",
        json_string(ui::walkthrough::START_FAILED)
    )
}

/// Puts `html` just before the page's first module script (the walkthrough's start script, see
/// `replace_module_loader`), so that it runs first; `None` where the page has none.
pub fn insert_before_module_loader(page: &str, html: &str) -> Option<String> {
    let at = page.find("<script type=\"module\">")?;
    Some(format!("{}{html}\n    {}", &page[..at], &page[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<html><head><title></title></head><body><div id=\"app\"></div><script></script></body></html>";

    const SHARING: Sharing<'static> =
        Sharing { title: "A & B", description: "Say \"hi\"", site_url: None, sources: &[], corrections: &[] };

    #[test]
    fn a_script_goes_before_trunks_module_loader() {
        let page = "<head><script>a</script><script type=\"module\">import init</script></head>";
        let with = insert_before_module_loader(page, "<script type=\"module\">b</script>").unwrap();
        assert_eq!(
            with,
            "<head><script>a</script><script type=\"module\">b</script>\n    <script type=\"module\">import init</script></head>"
        );
        assert_eq!(insert_before_module_loader("<head></head>", "x"), None);
    }

    /// trunk's `index.html` after a release build, in the parts `replace_module_loader` reads.
    const TRUNK_PAGE: &str = "<head><script type=\"module\">\nimport init, * as bindings from './web-0a1b.js';\n\
const wasm = await init({ module_or_path: './web-0a1b_bg.wasm' });\n</script>\n\
<link rel=\"modulepreload\" href=\"./web-0a1b.js\" crossorigin=\"anonymous\">\
<link rel=\"preload\" href=\"./web-0a1b_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head>";

    #[test]
    fn the_page_fetches_the_walkthrough_early_and_starts_it_in_trunks_place() {
        assert_eq!(
            TrunkLoader::find(TRUNK_PAGE).map(|loader| (loader.glue, loader.wasm)),
            Some(("web-0a1b.js", "web-0a1b_bg.wasm"))
        );
        let page = format!("<script>{}</script>{TRUNK_PAGE}", redirect_script(Layout::Full));
        let replaced = replace_module_loader(&page, Layout::Full).unwrap();
        // The request goes out right after the script that may leave the page, before the rest of the head.
        assert!(replaced.starts_with(&format!(
            "<script>{}</script>\n    <script>{}</script><head>",
            redirect_script(Layout::Full),
            fetch_script("web-0a1b_bg.wasm")
        )));
        assert!(replaced.contains(&format!("<script type=\"module\">{}</script>", start_script("web-0a1b.js"))));
        assert!(!replaced.contains("import init"), "trunk's loader is gone: {replaced}");
        assert!(!replaced.contains("rel=\"preload\""), "the early request replaces the preload: {replaced}");
        assert!(replaced.contains("rel=\"modulepreload\""), "the glue, still imported by make serve, is preloaded");
        // No loader, or no redirect script to put the request after: nothing to replace.
        assert_eq!(replace_module_loader("<head></head>", Layout::Full), None);
        assert_eq!(replace_module_loader(TRUNK_PAGE, Layout::Full), None);
        assert!(replace_module_loader(
            &format!("<script>{}</script>{TRUNK_PAGE}", redirect_script(Layout::Embed)),
            Layout::Embed
        )
        .is_some());
    }

    #[test]
    fn the_scripts_hand_over_the_bytes_in_the_shapes_the_build_scripts_rewrite() {
        let fetch = fetch_script("web-0a1b_bg.wasm");
        // scripts/single-file.mjs swaps the expression for the bytes it carries.
        assert_eq!(
            fetch,
            format!("(self.{WALKTHROUGH_BYTES}={}).catch(function(){{}})", fetch_expression("web-0a1b_bg.wasm"))
        );
        assert!(fetch_expression("web-0a1b_bg.wasm").contains("x.open('GET','./web-0a1b_bg.wasm')"));
        // scripts/inline-glue.mjs swaps the import for the glue.
        let start = start_script("web-0a1b.js");
        assert!(start.starts_with("import{initSync}from'./web-0a1b.js';"));
        assert!(start.contains(&format!("await self.{WALKTHROUGH_BYTES}")));
        assert!(start.contains("initSync({module})"));
        // The failure message is a JSON string inside the script, so it cannot end it.
        assert!(start.contains(&json_string(ui::walkthrough::START_FAILED)));
        for script in [fetch, start] {
            assert!(!script.contains("</script"));
        }
    }

    #[test]
    fn fills_root_title_and_description() {
        let page = splice(INDEX, "<p>Hi</p>", &SHARING, Layout::Full).unwrap();
        let fallback = format!("<script>{}</script>\n    ", redirect_script(Layout::Full));
        assert!(page.starts_with(&format!(
            "<html lang=\"en\"><head>{fallback}<title>A &amp; B</title>\n    <meta name=\"description\" content=\"Say &quot;hi&quot;\">"
        )));
        assert!(page.contains(&format!(
            "<script>{}</script></head><body><div id=\"app\" data-layout=\"full\"><p>Hi</p></div><script></script></body></html>",
            pre_paint_script(Layout::Full)
        )));
    }

    #[test]
    fn the_embed_is_marked_before_any_script_and_has_no_sharing_cards() {
        let index = INDEX.replace("<html>", "<html lang=\"en\">");
        let page = splice(&index, "<p>Hi</p>", &SHARING, Layout::Embed).unwrap();
        assert!(page.starts_with("<html class=\"embed\" lang=\"en\"><head>"), "{page}");
        assert!(page.contains("<div id=\"app\" data-layout=\"embed\"><p>Hi</p></div>"));
        assert!(!page.contains("og:title") && !page.contains("ld+json"), "the card is not what link previews describe");
        assert!(page.contains(
            r#"<link rel="alternate" type="application/json+oembed" href="oembed/story.json" title="A &amp; B">"#
        ));
        let published = Sharing { site_url: Some("https://example.org/stargate/"), ..SHARING };
        let head = published.head(Layout::Embed);
        assert!(head.contains(r#"href="https://example.org/stargate/oembed/story.json""#), "{head}");
        assert!(head.contains(r#"<link rel="canonical" href="https://example.org/stargate/">"#));
        assert!(published.head(Layout::Full).contains(r#"href="https://example.org/stargate/oembed/story.json""#));
    }

    #[test]
    fn an_opaque_origin_opens_the_self_contained_file_before_anything_is_requested() {
        let index = r#"<html><head><meta charset="utf-8"><title></title><link rel="stylesheet" href="s.css"><script type="module">import x from './x.js'</script></head><body><div id="app"></div></body></html>"#;
        for layout in [Layout::Full, Layout::Embed] {
            let page = splice(index, "", &SHARING, layout).unwrap();
            let redirect = redirect_script(layout);
            let script = page.find(&redirect).expect("the redirect script is in the page");
            assert!(script < page.find("<link").unwrap() && script < page.find("<script type=\"module\"").unwrap());
            assert!(redirect.contains(&format!("'{}'", layout.page().self_contained)));
            assert!(
                page.contains(&format!("<script>{redirect}</script>")),
                "an inline script, which the policy allows by its hash"
            );
        }
        assert!(redirect_script(Layout::Full).contains(&format!("'{}'", EMBED_PAGE.file)), "?embed=1 opens the embed");
        assert!(redirect_script(Layout::Full).contains(&format!("'{}'", EMBED_PAGE.self_contained)));
    }

    #[test]
    fn link_previews_get_a_card_an_image_and_json_ld() {
        let head = SHARING.head(Layout::Full);
        for tag in [
            r#"<meta property="og:title" content="A &amp; B">"#,
            r#"<meta property="og:image" content="preview.png">"#,
            r#"<meta property="og:image:width" content="1200">"#,
            r#"<meta name="twitter:card" content="summary_large_image">"#,
            r#"<meta name="twitter:image:alt" content="A &amp; B: Say &quot;hi&quot;">"#,
        ] {
            assert!(head.contains(tag), "{tag} missing from {head}");
        }
        assert!(!head.contains("canonical"), "no canonical address without SITE_URL");
        let published = Sharing { site_url: Some("https://example.org/stargate/"), ..SHARING };
        let head = published.head(Layout::Full);
        assert!(head.contains(r#"<meta property="og:image" content="https://example.org/stargate/preview.png">"#));
        assert!(head.contains(r#"<link rel="canonical" href="https://example.org/stargate/">"#));
        assert!(head.contains(r#""url":"https://example.org/stargate/""#));
    }

    #[test]
    fn json_ld_describes_the_sources_and_cannot_close_its_script() {
        let ld = Sharing { title: "</script><script>alert(1)</script>", ..SHARING }.json_ld();
        assert!(!ld.contains("</script>"));
        assert!(ld.starts_with(r#"{"@context":"https://schema.org","@type":"Article","headline":"\u003c/script>"#));
        assert!(!ld.contains("dateModified") && !ld.contains("correction"), "no corrections, no correction: {ld}");
        let ld = Sharing { sources: crate::content::SOURCES, ..SHARING }.json_ld();
        assert!(ld.contains(r#""publisher":{"@type":"Organization","name":"NationPress"}"#));
        assert!(ld.contains(r##""url":"#source-nationpress""##));
        assert_eq!(ld.matches(r#""@type":"CreativeWork""#).count(), crate::content::SOURCES.len());
    }

    #[test]
    fn json_ld_carries_the_corrections_newest_as_its_date_modified() {
        let day = |day| crate::content::Date { year: 2026, month: Some(12), day: Some(day) };
        let corrections = [
            Correction { date: day(7), wrong: "It said \"X\".", now: "It says Y." },
            Correction { date: day(1), wrong: "It said Z.", now: "It says W." },
        ];
        let ld = Sharing { corrections: &corrections, ..SHARING }.json_ld();
        assert!(ld.contains(r#""dateModified":"2026-12-07""#), "{ld}");
        let first = r##""correction":[{"@type":"CorrectionComment","datePublished":"2026-12-07","url":"#correction-2"},{"@type":"CorrectionComment","datePublished":"2026-12-01","url":"#correction-1"}]"##;
        assert!(ld.contains(first), "{ld}");
    }

    #[test]
    fn refuses_a_page_twice() {
        let once = splice(INDEX, "<p>Hi</p>", &SHARING, Layout::Full).unwrap();
        assert_eq!(splice(&once, "<p>Hi</p>", &SHARING, Layout::Full), Err(SpliceError::NoEmptyRoot));
    }

    #[test]
    fn needs_an_empty_title() {
        let page = INDEX.replace("<title></title>", "<title>X</title>");
        assert_eq!(splice(&page, "", &SHARING, Layout::Full), Err(SpliceError::NoTitle));
    }
}
