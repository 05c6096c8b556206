//! Assembles each page from trunk's `index.html`: the one path by which a page is made. Into the
//! head go, in this order, the page's values and its first two scripts (`scripts`), its tags
//! (`head`) and the script that marks `<html>` before the first paint; at the end of the head goes
//! the walkthrough's start (trunk builds no WebAssembly: scripts/split-wasm.mjs does, and
//! `modules.json` names its files); into the empty root goes the app's
//! HTML, marked with the page's layout. Pure string work, tested natively. The page's Content
//! Security Policy is written last, for the finished page, by `scripts/policy.mjs`.

use std::fmt;

use super::head::{self, Tag};
use super::scripts::{elements_at, PageValues, Place};
use crate::site::{escape, Layout};
use crate::ui;

/// The element the app is prerendered into, and whose place the live app takes. `index.html`
/// must contain it, empty.
pub const ROOT_ELEMENT: &str = r#"<div id="app"></div>"#;

/// Why a page could not be assembled.
#[derive(Debug, PartialEq, Eq)]
pub enum AssembleError {
    /// `index.html` has no empty root element: it is missing, or already prerendered.
    NoEmptyRoot,
    /// `index.html` has no `<title>` element to fill.
    NoTitle,
    /// `index.html` has no `</head>` to put the start script before.
    NoHeadEnd,
}

impl fmt::Display for AssembleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssembleError::NoEmptyRoot => write!(f, "no empty {ROOT_ELEMENT} found (missing, or already prerendered)"),
            AssembleError::NoTitle => write!(f, "no <title></title> element found"),
            AssembleError::NoHeadEnd => write!(f, "no </head> found"),
        }
    }
}

impl std::error::Error for AssembleError {}

/// One page: its layout, its head's tags, its scripts' values and the app's HTML.
#[derive(Debug, Clone)]
pub struct Page<'a> {
    pub layout: Layout,
    pub head: &'a [Tag],
    pub values: &'a PageValues<'a>,
    pub app_html: &'a str,
}

/// The page, from trunk's `index.html`, complete before any WebAssembly runs. `<html>` gets the
/// words' language, and in the embed the `embed` class, so its styles need no script.
pub fn assemble(index_html: &str, page: &Page) -> Result<String, AssembleError> {
    let root_at = index_html.find(ROOT_ELEMENT).ok_or(AssembleError::NoEmptyRoot)?;
    let (head, body) = index_html.split_at(root_at);
    let title_at = head.find("<title></title>").ok_or(AssembleError::NoTitle)?;
    let head_end = head.rfind("</head>").ok_or(AssembleError::NoHeadEnd)?;
    if head_end < title_at {
        return Err(AssembleError::NoHeadEnd);
    }
    let (before_title, after_title) = (&head[..title_at], &head[title_at + "<title></title>".len()..head_end]);
    let first =
        [page.values.element(), elements_at(Place::First), head::html(page.head), elements_at(Place::BeforePaint)];
    let rest =
        [without_comments(after_title).trim_end(), "\n    ", &elements_at(Place::Loader), "\n  ", &head[head_end..]]
            .concat();
    let root = format!(r#"<div id="app" data-layout="{}">{}</div>"#, page.layout.name(), page.app_html);
    Ok([html_tag(before_title, page.layout), first.join("\n    "), rest, root, body[ROOT_ELEMENT.len()..].to_owned()]
        .concat())
}

/// `head` without its HTML comments: `index.html`'s notes are for its maintainers, not for the
/// reader's download.
fn without_comments(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<!--") {
        let Some(end) = rest[start..].find("-->") else { break };
        out.push_str(rest[..start].trim_end_matches([' ', '\n']));
        rest = &rest[start + end + "-->".len()..];
    }
    out.push_str(rest);
    out
}

/// What comes before the title, its `<html>` tag given the words' language, and in the embed
/// its class, whatever `index.html` says.
fn html_tag(before_title: &str, layout: Layout) -> String {
    let Some((start, end)) =
        before_title.find("<html").and_then(|at| Some((at, at + before_title[at..].find('>')? + 1)))
    else {
        return before_title.to_owned();
    };
    let class = if layout == Layout::Embed { " class=\"embed\"" } else { "" };
    format!("{}<html{class} lang=\"{}\">{}", &before_title[..start], escape(ui::LANGUAGE), &before_title[end..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::head::tests::SHARING;
    use crate::build::scripts::{
        tests::files, InlineScript, FETCH_WALKTHROUGH, PRE_PAINT, REDIRECT, SCRIPTS, START_WALKTHROUGH, VALUES_ID,
    };

    /// trunk's `index.html` after a release build, in the parts `assemble` reads.
    const INDEX: &str = include_str!("../../tests/fixtures/trunk-index.html");

    fn assembled(index: &str, layout: Layout) -> Result<String, AssembleError> {
        let walkthrough = files("web-0a1b");
        let values = PageValues::new(layout, &walkthrough);
        let head = SHARING.head(layout);
        assemble(index, &Page { layout, head: &head, values: &values, app_html: "<p>Hi</p>" })
    }

    #[test]
    fn the_values_and_the_first_scripts_come_before_anything_is_requested() {
        let page = assembled(INDEX, Layout::Full).unwrap();
        let at = |text: &str| page.find(text).unwrap_or_else(|| panic!("{text} not in {page}"));
        let role = |script: InlineScript| at(&format!("data-role=\"{}\"", script.role));
        assert!(at(&format!("id=\"{VALUES_ID}\"")) < role(REDIRECT), "the redirect reads the values");
        assert!(role(REDIRECT) < role(FETCH_WALKTHROUGH) && role(FETCH_WALKTHROUGH) < at("<title>"));
        assert!(role(FETCH_WALKTHROUGH) < at("<link rel=\"stylesheet\""), "the request goes out before the styles'");
        assert!(at("<title>") < role(PRE_PAINT) && role(PRE_PAINT) < at("<link rel=\"stylesheet\""));
        assert!(at("<link rel=\"stylesheet\"") < role(START_WALKTHROUGH), "the start script comes last in the head");
        for script in SCRIPTS {
            assert_eq!(page.matches(&script.element()).count(), 1, "{} once, as its file has it", script.role);
        }
        assert!(!assembled(&INDEX.replace("</head>", "<!-- a note -->\n</head>"), Layout::Full)
            .unwrap()
            .contains("a note"));
    }

    #[test]
    fn fills_root_title_and_description() {
        let page = assembled(INDEX, Layout::Full).unwrap();
        assert!(page.starts_with("<html lang=\"en\"><head><meta charset=\"utf-8\"><script type=\"application/json\""));
        assert!(
            page.contains("<title>A &amp; B</title>\n    <meta name=\"description\" content=\"Say &quot;hi&quot;\">")
        );
        assert!(page.ends_with("<div id=\"app\" data-layout=\"full\"><p>Hi</p></div><p>after</p></body></html>\n"));
    }

    #[test]
    fn the_embed_is_marked_before_any_script() {
        let page = assembled(INDEX, Layout::Embed).unwrap();
        assert!(page.starts_with("<html class=\"embed\" lang=\"en\"><head>"), "{page}");
        assert!(page.contains("<div id=\"app\" data-layout=\"embed\"><p>Hi</p></div>"));
        assert!(page.contains(r#""embedPage":null"#));
    }

    #[test]
    fn refuses_a_page_twice_and_a_page_without_title_or_head() {
        let once = assembled(INDEX, Layout::Full).unwrap();
        assert_eq!(assembled(&once, Layout::Full), Err(AssembleError::NoEmptyRoot));
        assert_eq!(
            assembled(&INDEX.replace("<title></title>", "<title>X</title>"), Layout::Full),
            Err(AssembleError::NoTitle)
        );
        assert_eq!(assembled(&INDEX.replace("</head>", ""), Layout::Full), Err(AssembleError::NoHeadEnd));
    }
}
