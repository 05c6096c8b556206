//! The site's pages, what each is, and the escaping every page's markup needs: the bottom
//! of the graph, which the address, the embed snippets and the page writer all build on.

/// Which page the app is: the full explainer, or the compact card that host articles embed
/// (`embed.html`: the walkthrough alone, with the cited passages it opens in place). The
/// prerenderer writes each page; the browser reads which one it is starting on from the root
/// element's `data-layout` (see `build::page::assemble`), since the app must render each page exactly
/// as written before it takes its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    #[default]
    Full,
    Embed,
}

impl Layout {
    /// The value of the root element's `data-layout`.
    pub const fn name(self) -> &'static str {
        match self {
            Layout::Full => "full",
            Layout::Embed => "embed",
        }
    }

    pub fn from_name(name: &str) -> Layout {
        if name == Layout::Embed.name() {
            Layout::Embed
        } else {
            Layout::Full
        }
    }

    /// The page of this layout.
    pub const fn page(self) -> PageFile {
        match self {
            Layout::Full => FULL_PAGE,
            Layout::Embed => EMBED_PAGE,
        }
    }
}

/// A page the prerenderer writes from trunk's `index.html`: its layout, its file, and the
/// self-contained copy of it that `make dist` writes beside it (HTML, CSS, the glue and the
/// WebAssembly inline, allowed by hashes alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageFile {
    pub layout: Layout,
    pub file: &'static str,
    pub self_contained: &'static str,
}

/// The full explainer.
pub const FULL_PAGE: PageFile =
    PageFile { layout: Layout::Full, file: "index.html", self_contained: "stargate-explainer.html" };
/// The card host articles embed.
pub const EMBED_PAGE: PageFile =
    PageFile { layout: Layout::Embed, file: "embed.html", self_contained: "stargate-embed.html" };
/// Every page, the full explainer first.
pub const PAGES: [PageFile; 2] = [FULL_PAGE, EMBED_PAGE];

/// The class of `<html>` under which the browser skips drawing the differences and the
/// sources (styles/layout.css) until the app is live (the page's pre-paint script).
pub const DEFER_REFERENCE: &str = "defer-reference";

/// Escapes text for an HTML attribute or element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_layout_has_its_page() {
        for page in PAGES {
            assert_eq!(page.layout.page(), page);
            assert_eq!(Layout::from_name(page.layout.name()), page.layout);
        }
        assert_eq!(Layout::from_name("nonsense"), Layout::Full);
    }

    #[test]
    fn escapes_for_markup_and_scripts() {
        assert_eq!(escape("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    }
}
