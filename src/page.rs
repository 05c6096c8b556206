//! Puts the prerendered app into trunk's `index.html`: pure string work, tested natively.

use std::fmt;

/// The element the app renders into and hydrates. `index.html` must contain it, empty.
pub const ROOT_ELEMENT: &str = r#"<div id="app"></div>"#;

/// Marks `<html>` with the classes `embed` (for `?embed=1`) and `view-calculator` (for
/// `?view=calculator`) before the first paint, so an embedded page never shows the full
/// page's chrome first. It runs before the app: the app never renders `<html>` itself.
pub const EMBED_MODE_SCRIPT: &str = "(function(){var q=new URLSearchParams(location.search),c=document.documentElement.classList;if(q.get('embed')==='1')c.add('embed');if(q.get('view')==='calculator')c.add('view-calculator')})()";

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

/// Writes the app's HTML into the empty root element, and the story's title and description
/// into the head, so the page is complete before any WebAssembly runs.
pub fn splice(index_html: &str, app_html: &str, title: &str, description: &str) -> Result<String, SpliceError> {
    let root_at = index_html.find(ROOT_ELEMENT).ok_or(SpliceError::NoEmptyRoot)?;
    let (head, body) = index_html.split_at(root_at);
    let title_at = head.find("<title></title>").ok_or(SpliceError::NoTitle)?;
    let mut page = String::with_capacity(index_html.len() + app_html.len() + 512);
    page.push_str(&head[..title_at]);
    page.push_str(&format!(
        "<title>{}</title>\n    <meta name=\"description\" content=\"{}\">\n    <script>{EMBED_MODE_SCRIPT}</script>",
        escape(title),
        escape(description)
    ));
    page.push_str(&head[title_at + "<title></title>".len()..]);
    page.push_str(r#"<div id="app">"#);
    page.push_str(app_html);
    page.push_str("</div>");
    page.push_str(&body[ROOT_ELEMENT.len()..]);
    Ok(page)
}

/// The contents of the page's inline scripts (those without `src`), in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(tag_end) = after.find('>') else { break };
        let Some(close) = after.find("</script>") else { break };
        let tag = &after[..tag_end];
        if !tag.contains(" src=") && close > tag_end {
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

/// Escapes text for an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<html><head><title></title></head><body><div id=\"app\"></div><script></script></body></html>";

    #[test]
    fn fills_root_title_and_description() {
        let page = splice(INDEX, "<p>Hi</p>", "A & B", "Say \"hi\"").unwrap();
        assert_eq!(
            page,
            format!("<html><head><title>A &amp; B</title>\n    <meta name=\"description\" content=\"Say &quot;hi&quot;\">\n    <script>{EMBED_MODE_SCRIPT}</script></head><body><div id=\"app\"><p>Hi</p></div><script></script></body></html>")
        );
    }

    #[test]
    fn finds_inline_scripts_and_places_the_policy_first() {
        let html = "<html><head><meta charset=\"utf-8\"><script>a()</script><script type=\"module\">\nb()\n</script><script src=\"x.js\"></script></head></html>";
        assert_eq!(inline_scripts(html), vec!["a()", "\nb()\n"]);
        let policy = content_security_policy(&["AAA=".to_owned()]);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self'"));
        assert!(!policy.contains("unsafe-inline"));
        let page = insert_csp(html, &policy).unwrap();
        assert!(page.starts_with("<html><head><meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self';"));
    }

    #[test]
    fn refuses_a_page_twice() {
        let once = splice(INDEX, "<p>Hi</p>", "T", "D").unwrap();
        assert_eq!(splice(&once, "<p>Hi</p>", "T", "D"), Err(SpliceError::NoEmptyRoot));
    }

    #[test]
    fn needs_an_empty_title() {
        let page = INDEX.replace("<title></title>", "<title>X</title>");
        assert_eq!(splice(&page, "", "T", "D"), Err(SpliceError::NoTitle));
    }
}
