//! Puts the prerendered app into trunk's `index.html`: pure string work, tested natively.

use std::fmt;

use crate::content::Source;

/// The element the app renders into and hydrates. `index.html` must contain it, empty.
pub const ROOT_ELEMENT: &str = r#"<div id="app"></div>"#;

/// Marks `<html>` before the first paint: `embed` (for `?embed=1`) and `view-calculator` (for
/// `?view=calculator`), so an embedded page never shows the full page's chrome first; and
/// `defer-reference`, under which the browser skips rendering the differences and the sources
/// (below the fold) until the app has hydrated, when `hooks::use_hydrated_marker` drops it.
/// Not when the address has an `#anchor` (it may point into the sources), and never for more
/// than 4 s, whatever happens to the app. It runs before the app: the app never renders
/// `<html>` itself.
pub const PRE_PAINT_SCRIPT: &str = "(function(){var q=new URLSearchParams(location.search),c=document.documentElement.classList;if(q.get('embed')==='1')c.add('embed');if(q.get('view')==='calculator')c.add('view-calculator');if(!location.hash){c.add('defer-reference');setTimeout(function(){c.remove('defer-reference')},4000)}})()";

/// The self-contained build of the page (`make dist` writes it beside `index.html`): HTML, CSS,
/// the glue and the WebAssembly inline, allowed by hashes alone.
pub const SELF_CONTAINED_FILE: &str = "stargate-explainer.html";

/// Runs first, before the page asks for anything: in a document with an opaque origin (a frame
/// sandboxed without `allow-same-origin`, or a page opened from `file://`), it stops loading
/// and opens the self-contained file, with the same query and anchor, instead. There the page's
/// own-origin sources cannot work everywhere: WebKit matches nothing against the policy's
/// `'self'` in an opaque origin (so the stylesheet, the script and the WebAssembly are all
/// blocked), and other engines fetch them cross-origin, needing CORS headers from the host.
/// The self-contained file needs no further request and its policy names only hashes.
/// `window.stop()` comes first so that nothing after this script is requested (and blocked);
/// stopping also cancels a navigation, so the navigation comes second.
pub fn opaque_origin_script() -> String {
    format!(
        "if(self.origin==='null'||location.protocol==='file:'){{window.stop();location.replace('{SELF_CONTAINED_FILE}'+location.search+location.hash)}}"
    )
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
}

impl Sharing<'_> {
    /// An address of the site: absolute when the site's address is known.
    fn address(&self, path: &str) -> String {
        match self.site_url {
            Some(site) => format!("{}/{path}", site.trim_end_matches('/')),
            None => path.to_owned(),
        }
    }

    fn image_alt(&self) -> String {
        format!("{}: {}", self.title, self.description)
    }

    /// The title, the description, Open Graph and Twitter card tags, and JSON-LD.
    pub fn head(&self) -> String {
        let (width, height) = PREVIEW_SIZE;
        let image = escape(&self.address(PREVIEW_IMAGE));
        let (title, description, alt) = (escape(self.title), escape(self.description), escape(&self.image_alt()));
        let mut head = format!(
            "<title>{title}</title>
    <meta name=\"description\" content=\"{description}\">
    <meta property=\"og:type\" content=\"article\">
    <meta property=\"og:site_name\" content=\"{title}\">
    <meta property=\"og:locale\" content=\"en\">
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
            r#""inLanguage":"en""#.to_owned(),
            format!(r#""image":{}"#, json_string(&self.address(PREVIEW_IMAGE))),
        ];
        if let Some(site) = self.site_url {
            fields.push(format!(r#""url":{}"#, json_string(site)));
        }
        fields.push(format!(r#""isBasedOn":[{}]"#, sources.join(",")));
        format!("{{{}}}", fields.join(","))
    }
}

/// Writes the app's HTML into the empty root element, and the page's title, description and
/// sharing metadata into the head, so the page is complete before any WebAssembly runs.
pub fn splice(index_html: &str, app_html: &str, sharing: &Sharing) -> Result<String, SpliceError> {
    let root_at = index_html.find(ROOT_ELEMENT).ok_or(SpliceError::NoEmptyRoot)?;
    let (head, body) = index_html.split_at(root_at);
    let title_at = head.find("<title></title>").ok_or(SpliceError::NoTitle)?;
    let mut page = String::with_capacity(index_html.len() + app_html.len() + 4096);
    page.push_str(&head[..title_at]);
    page.push_str(&format!("<script>{}</script>\n    ", opaque_origin_script()));
    page.push_str(&sharing.head());
    page.push_str(&format!("\n    <script>{PRE_PAINT_SCRIPT}</script>"));
    page.push_str(&head[title_at + "<title></title>".len()..]);
    page.push_str(r#"<div id="app">"#);
    page.push_str(app_html);
    page.push_str("</div>");
    page.push_str(&body[ROOT_ELEMENT.len()..]);
    Ok(page)
}

/// The contents of the page's inline scripts (those without `src`; data blocks such as JSON-LD
/// are not scripts the browser runs), in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(tag_end) = after.find('>') else { break };
        let Some(close) = after.find("</script>") else { break };
        let tag = &after[..tag_end];
        if !tag.contains(" src=") && !tag.contains("application/ld+json") && close > tag_end {
            scripts.push(&after[tag_end + 1..close]);
        }
        rest = &after[close + "</script>".len()..];
    }
    scripts
}

/// The page's Content Security Policy: everything from its own origin only, scripts also by
/// the given hashes (base64 SHA-256 of each inline script), WebAssembly allowed to compile.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|h| format!(" 'sha256-{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// Puts the policy in a `<meta>` right after `<meta charset>`, before anything it governs.
pub fn insert_csp(html: &str, policy: &str) -> Option<String> {
    let charset = html.find("<meta charset")?;
    let end = charset + html[charset..].find('>')? + 1;
    Some(format!(
        "{}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">{}",
        &html[..end],
        escape(policy),
        &html[end..]
    ))
}

/// A JSON string, safe inside a `<script>` element: `<` is escaped, so no `</script>` closes it.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Escapes text for an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<html><head><title></title></head><body><div id=\"app\"></div><script></script></body></html>";

    const SHARING: Sharing<'static> =
        Sharing { title: "A & B", description: "Say \"hi\"", site_url: None, sources: &[] };

    #[test]
    fn fills_root_title_and_description() {
        let page = splice(INDEX, "<p>Hi</p>", &SHARING).unwrap();
        let fallback = format!("<script>{}</script>\n    ", opaque_origin_script());
        assert!(page.starts_with(&format!(
            "<html><head>{fallback}<title>A &amp; B</title>\n    <meta name=\"description\" content=\"Say &quot;hi&quot;\">"
        )));
        assert!(page.contains(&format!("<script>{PRE_PAINT_SCRIPT}</script></head><body><div id=\"app\"><p>Hi</p></div><script></script></body></html>")));
    }

    #[test]
    fn an_opaque_origin_opens_the_self_contained_file_before_anything_is_requested() {
        let index = r#"<html><head><meta charset="utf-8"><title></title><link rel="stylesheet" href="s.css"><script type="module">import x from './x.js'</script></head><body><div id="app"></div></body></html>"#;
        let page = splice(index, "", &SHARING).unwrap();
        let script = page.find(&opaque_origin_script()).expect("the fallback script is in the page");
        assert!(script < page.find("<link").unwrap() && script < page.find("<script type=\"module\"").unwrap());
        assert!(opaque_origin_script().contains(&format!("location.replace('{SELF_CONTAINED_FILE}'")));
        assert!(
            inline_scripts(&page).contains(&opaque_origin_script().as_str()),
            "hashed into the policy like the others"
        );
    }

    #[test]
    fn link_previews_get_a_card_an_image_and_json_ld() {
        let head = SHARING.head();
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
        let head = published.head();
        assert!(head.contains(r#"<meta property="og:image" content="https://example.org/stargate/preview.png">"#));
        assert!(head.contains(r#"<link rel="canonical" href="https://example.org/stargate/">"#));
        assert!(head.contains(r#""url":"https://example.org/stargate/""#));
    }

    #[test]
    fn json_ld_describes_the_sources_and_cannot_close_its_script() {
        let ld = Sharing { title: "</script><script>alert(1)</script>", ..SHARING }.json_ld();
        assert!(!ld.contains("</script>"));
        assert!(ld.starts_with(r#"{"@context":"https://schema.org","@type":"Article","headline":"\u003c/script>"#));
        let ld = Sharing { sources: crate::content::SOURCES, ..SHARING }.json_ld();
        assert!(ld.contains(r#""publisher":{"@type":"Organization","name":"NationPress"}"#));
        assert!(ld.contains(r##""url":"#source-nationpress""##));
        assert_eq!(ld.matches(r#""@type":"CreativeWork""#).count(), crate::content::SOURCES.len());
        assert_eq!(json_string("a\"b\\c\n"), r#""a\"b\\c\u000a""#);
    }

    #[test]
    fn finds_inline_scripts_and_places_the_policy_first() {
        let html = "<html><head><meta charset=\"utf-8\"><script>a()</script><script type=\"application/ld+json\">{}</script><script type=\"module\">\nb()\n</script><script src=\"x.js\"></script></head></html>";
        assert_eq!(inline_scripts(html), vec!["a()", "\nb()\n"]);
        let policy = content_security_policy(&["AAA=".to_owned()]);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self'"));
        assert!(!policy.contains("unsafe-inline"));
        let page = insert_csp(html, &policy).unwrap();
        assert!(page.starts_with("<html><head><meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"));
    }

    #[test]
    fn refuses_a_page_twice() {
        let once = splice(INDEX, "<p>Hi</p>", &SHARING).unwrap();
        assert_eq!(splice(&once, "<p>Hi</p>", &SHARING), Err(SpliceError::NoEmptyRoot));
    }

    #[test]
    fn needs_an_empty_title() {
        let page = INDEX.replace("<title></title>", "<title>X</title>");
        assert_eq!(splice(&page, "", &SHARING), Err(SpliceError::NoTitle));
    }
}
