//! The page's head as data: what a link preview, a search engine or a reader's browser learns
//! about the page (its title, description, Open Graph and Twitter card tags, JSON-LD, the oEmbed
//! discovery link), as typed tags written out by one function each, so that nothing is escaped
//! by hand. A new meta tag is one more `Tag` in `Sharing::head`.

use serde::Serialize;

use super::scripts::script_json;
use crate::content::{Correction, Edition, Source};
use crate::embed;
use crate::site::{escape, Layout};
use crate::ui;

/// The link-preview image `make dist` draws (scripts/preview-image.mjs), and its size.
pub const PREVIEW_IMAGE: &str = "preview.png";
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// An address of the site, `path` inside it: absolute when the site's address (`site_url`) is
/// known, else relative, as the build leaves it without `SITE_URL`.
pub fn site_address(site_url: Option<&str>, path: &str) -> String {
    match site_url {
        Some(site) => format!("{}/{path}", site.trim_end_matches('/')),
        None => path.to_owned(),
    }
}

/// One element of the head.
#[derive(Debug, Clone, PartialEq)]
pub enum Tag {
    Title(String),
    /// `<meta name=… content=…>`.
    Name(&'static str, String),
    /// `<meta property=… content=…>` (Open Graph's).
    Property(&'static str, String),
    /// `<link rel=… [type=…] href=… [title=…]>`.
    Link {
        rel: &'static str,
        kind: Option<&'static str>,
        href: String,
        title: Option<String>,
    },
    /// `<link rel="alternate" hreflang=… href=…>`: the page in another language (or, as
    /// `x-default`, the original, for a reader whose language has no edition).
    Alternate {
        language: &'static str,
        href: String,
    },
    /// A JSON-LD block: its value, written out safe inside the script element.
    JsonLd(serde_json::Value),
}

impl Tag {
    /// The tag as HTML, its texts escaped.
    pub fn html(&self) -> String {
        match self {
            Tag::Title(title) => format!("<title>{}</title>", escape(title)),
            Tag::Name(name, content) => format!("<meta name=\"{name}\" content=\"{}\">", escape(content)),
            Tag::Property(property, content) => {
                format!("<meta property=\"{property}\" content=\"{}\">", escape(content))
            }
            Tag::Link { rel, kind, href, title } => {
                let kind = kind.map_or(String::new(), |kind| format!(" type=\"{kind}\""));
                let title = title.as_deref().map_or(String::new(), |title| format!(" title=\"{}\"", escape(title)));
                format!("<link rel=\"{rel}\"{kind} href=\"{}\"{title}>", escape(href))
            }
            Tag::Alternate { language, href } => {
                format!("<link rel=\"alternate\" hreflang=\"{language}\" href=\"{}\">", escape(href))
            }
            Tag::JsonLd(value) => format!("<script type=\"application/ld+json\">{}</script>", script_json(value)),
        }
    }
}

/// The head's tags as the page carries them, one to a line.
pub fn html(tags: &[Tag]) -> String {
    tags.iter().map(Tag::html).collect::<Vec<_>>().join("\n    ")
}

/// What the head says of the page: all of it from the content, none typed in here.
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
    /// Every edition, and the one this page is in: its language, when it was published, and
    /// the other editions' addresses (`hreflang`).
    pub editions: &'a [Edition],
    pub edition: &'a Edition,
}

impl Sharing<'_> {
    /// An address of the site: absolute when the site's address is known.
    pub fn address(&self, path: &str) -> String {
        site_address(self.site_url, path)
    }

    /// The address of `other` edition's page: absolute from the site's address where known,
    /// else relative to this edition's folder ("es/" from the original, "../" back to it).
    pub fn edition_address(&self, other: &Edition) -> String {
        match self.site_url {
            Some(site) => {
                let root = site.trim_end_matches('/').trim_end_matches(self.edition.folder.trim_end_matches('/'));
                format!("{}/{}", root.trim_end_matches('/'), other.folder)
            }
            None => other.relative_to(self.edition),
        }
    }

    /// The page in every edition, this one's included, and the original as the default: where
    /// the site's address is known, since search engines take only absolute addresses there
    /// (the language switch's links carry `hreflang` in any case).
    fn alternates(&self) -> impl Iterator<Item = Tag> + '_ {
        let original = self
            .editions
            .first()
            .map(|original| Tag::Alternate { language: "x-default", href: self.edition_address(original) });
        let each = self
            .editions
            .iter()
            .map(|edition| Tag::Alternate { language: edition.language, href: self.edition_address(edition) });
        each.chain(original).filter(|_| self.editions.len() > 1 && self.site_url.is_some())
    }

    /// When the edition was published, and last corrected (if later), as ISO dates.
    fn dates(&self) -> (String, Option<String>) {
        let published = self.edition.published.iso();
        let modified = self.corrections.first().map(|newest| newest.date.iso()).filter(|day| *day > published);
        (published, modified)
    }

    /// The head of a page of this layout: the title, the description and the oEmbed discovery
    /// link; on the full page also Open Graph and Twitter card tags, and JSON-LD; in the embed,
    /// the full explainer as its canonical address, where the site's address is known.
    pub fn head(&self, layout: Layout) -> Vec<Tag> {
        let mut tags = vec![Tag::Title(self.title.to_owned()), Tag::Name("description", self.description.to_owned())];
        let canonical =
            self.site_url.map(|site| Tag::Link { rel: "canonical", kind: None, href: site.to_owned(), title: None });
        let discovery = Tag::Link {
            rel: "alternate",
            kind: Some("application/json+oembed"),
            href: self.address(&embed::oembed_file(embed::EmbedSpec::default())),
            title: Some(self.title.to_owned()),
        };
        if layout == Layout::Embed {
            tags.push(discovery);
            tags.extend(canonical);
            return tags;
        }
        tags.extend(self.cards());
        tags.extend(self.alternates());
        if let (Some(canonical), Some(site)) = (canonical, self.site_url) {
            tags.push(canonical);
            tags.push(Tag::Property("og:url", site.to_owned()));
        }
        tags.push(Tag::JsonLd(self.json_ld()));
        tags.push(discovery);
        tags
    }

    /// The Open Graph and Twitter card tags.
    fn cards(&self) -> Vec<Tag> {
        let (width, height) = PREVIEW_SIZE;
        let image = self.address(PREVIEW_IMAGE);
        let alt = format!("{}: {}", self.title, self.description);
        let (title, description) = (self.title.to_owned(), self.description.to_owned());
        let mut tags = vec![
            Tag::Property("og:type", "article".to_owned()),
            Tag::Property("og:site_name", title.clone()),
            Tag::Property("og:locale", self.edition.locale.to_owned()),
            Tag::Property("og:title", title.clone()),
            Tag::Property("og:description", description.clone()),
            Tag::Property("og:image", image.clone()),
            Tag::Property("og:image:type", "image/png".to_owned()),
            Tag::Property("og:image:width", width.to_string()),
            Tag::Property("og:image:height", height.to_string()),
            Tag::Property("og:image:alt", alt.clone()),
            Tag::Name("twitter:card", "summary_large_image".to_owned()),
            Tag::Name("twitter:title", title),
            Tag::Name("twitter:description", description),
            Tag::Name("twitter:image", image),
            Tag::Name("twitter:image:alt", alt),
        ];
        tags.extend(
            self.editions
                .iter()
                .filter(|edition| edition.language != self.edition.language)
                .map(|edition| Tag::Property("og:locale:alternate", edition.locale.to_owned())),
        );
        let (published, modified) = self.dates();
        tags.push(Tag::Property("article:published_time", published));
        tags.extend(modified.map(|day| Tag::Property("article:modified_time", day)));
        tags
    }

    /// schema.org JSON-LD: the explainer as an article, and the two articles it is based on,
    /// described only by what they state about themselves.
    pub fn json_ld(&self) -> serde_json::Value {
        let count = self.corrections.len();
        let article = Article {
            context: "https://schema.org",
            kind: SchemaType::Article,
            headline: self.title,
            description: self.description,
            in_language: ui::LANGUAGE,
            image: self.address(PREVIEW_IMAGE),
            url: self.site_url,
            date_published: self.dates().0,
            date_modified: self.dates().1,
            // Each by its date and its place in the log on the page, which gives its words (a
            // second copy of them here was 5 KB of the page's head).
            correction: self
                .corrections
                .iter()
                .enumerate()
                .map(|(index, correction)| CorrectionComment {
                    kind: SchemaType::CorrectionComment,
                    date_published: correction.date.iso(),
                    url: self.address(&format!("#{}", Correction::anchor(index, count))),
                })
                .collect(),
            is_based_on: self
                .sources
                .iter()
                .map(|source| CreativeWork {
                    kind: SchemaType::CreativeWork,
                    name: source.headline.unwrap_or(source.label),
                    url: self.address(&format!("#{}", source.anchor())),
                    headline: source.headline,
                    alternate_name: source.headline.map(|_| source.label),
                    publisher: source.outlet.map(|name| Organization { kind: SchemaType::Organization, name }),
                    description: source.date_note,
                })
                .collect(),
        };
        serde_json::to_value(&article).expect("the JSON-LD serialises")
    }
}

/// The schema.org types the JSON-LD names, each written as its name.
#[derive(Serialize)]
enum SchemaType {
    Article,
    CorrectionComment,
    CreativeWork,
    Organization,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Article<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: SchemaType,
    headline: &'a str,
    description: &'a str,
    in_language: &'static str,
    image: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    correction: Vec<CorrectionComment>,
    is_based_on: Vec<CreativeWork<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CorrectionComment {
    #[serde(rename = "@type")]
    kind: SchemaType,
    date_published: String,
    url: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreativeWork<'a> {
    #[serde(rename = "@type")]
    kind: SchemaType,
    name: &'a str,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alternate_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Organization<'a>>,
    description: &'a str,
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: SchemaType,
    name: &'a str,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// What the head's tests (and the page's) describe: texts to escape, and nothing else.
    pub(crate) const SHARING: Sharing<'static> = Sharing {
        title: "A & B",
        description: "Say \"hi\"",
        site_url: None,
        sources: &[],
        corrections: &[],
        editions: crate::content::EDITIONS,
        edition: &crate::content::EDITIONS[crate::content::EDITION],
    };

    #[test]
    fn each_tag_escapes_its_texts() {
        assert_eq!(Tag::Title("A & B".into()).html(), "<title>A &amp; B</title>");
        assert_eq!(
            Tag::Name("description", "Say \"hi\"".into()).html(),
            "<meta name=\"description\" content=\"Say &quot;hi&quot;\">"
        );
        assert_eq!(
            Tag::Link { rel: "alternate", kind: Some("x/y"), href: "a?b=1&c=2".into(), title: Some("<t>".into()) }
                .html(),
            "<link rel=\"alternate\" type=\"x/y\" href=\"a?b=1&amp;c=2\" title=\"&lt;t&gt;\">"
        );
    }

    #[test]
    fn each_edition_names_its_language_its_dates_and_the_others() {
        use crate::content::{Date, Edition};
        let day = |day| Date { year: 2026, month: Some(12), day: Some(day) };
        let editions = [
            Edition { language: "en", folder: "", locale: "en_US", name: "English", read_in: "", published: day(1) },
            Edition {
                language: "es", folder: "es/", locale: "es_ES", name: "Español", read_in: "", published: day(7)
            },
        ];
        let spanish = Sharing { editions: &editions, edition: &editions[1], ..SHARING };
        let head = html(&spanish.head(Layout::Full));
        for tag in [
            r#"<meta property="og:locale" content="es_ES">"#,
            r#"<meta property="og:locale:alternate" content="en_US">"#,
            r#"<meta property="article:published_time" content="2026-12-07">"#,
        ] {
            assert!(head.contains(tag), "{tag} in {head}");
        }
        assert!(!head.contains("hreflang"), "alternates need absolute addresses: {head}");
        assert!(script_json(&spanish.json_ld()).contains(r#""datePublished":"2026-12-07""#));
        let published = Sharing { site_url: Some("https://example.org/stargate/es/"), ..spanish };
        let head = html(&published.head(Layout::Full));
        for tag in [
            r#"<link rel="alternate" hreflang="en" href="https://example.org/stargate/">"#,
            r#"<link rel="alternate" hreflang="es" href="https://example.org/stargate/es/">"#,
            r#"<link rel="alternate" hreflang="x-default" href="https://example.org/stargate/">"#,
            r#"<meta property="og:image" content="https://example.org/stargate/es/preview.png">"#,
        ] {
            assert!(head.contains(tag), "{tag} in {head}");
        }
        assert_eq!(published.edition_address(&editions[0]), "https://example.org/stargate/");
        assert_eq!(published.edition_address(&editions[1]), "https://example.org/stargate/es/");
        let english = Sharing { editions: &editions, edition: &editions[0], ..SHARING };
        assert_eq!(english.edition_address(&editions[1]), "es/");
        assert!(html(&english.head(Layout::Full))
            .contains(r#"<meta property="article:published_time" content="2026-12-01">"#));
    }

    #[test]
    fn the_embed_has_no_sharing_cards() {
        let head = html(&SHARING.head(Layout::Embed));
        assert!(head
            .starts_with("<title>A &amp; B</title>\n    <meta name=\"description\" content=\"Say &quot;hi&quot;\">"));
        assert!(!head.contains("og:title") && !head.contains("ld+json"), "the card is not what link previews describe");
        assert!(head.contains(
            r#"<link rel="alternate" type="application/json+oembed" href="oembed/story.json" title="A &amp; B">"#
        ));
        let published = Sharing { site_url: Some("https://example.org/stargate/"), ..SHARING };
        let head = html(&published.head(Layout::Embed));
        assert!(head.contains(r#"href="https://example.org/stargate/oembed/story.json""#), "{head}");
        assert!(head.contains(r#"<link rel="canonical" href="https://example.org/stargate/">"#));
        assert!(
            html(&published.head(Layout::Full)).contains(r#"href="https://example.org/stargate/oembed/story.json""#)
        );
    }

    #[test]
    fn link_previews_get_a_card_an_image_and_json_ld() {
        let head = html(&SHARING.head(Layout::Full));
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
        let head = html(&published.head(Layout::Full));
        assert!(head.contains(r#"<meta property="og:image" content="https://example.org/stargate/preview.png">"#));
        assert!(head.contains(r#"<link rel="canonical" href="https://example.org/stargate/">"#));
        assert!(head.contains(r#""url":"https://example.org/stargate/""#));
    }

    #[test]
    fn json_ld_describes_the_sources_and_cannot_close_its_script() {
        let tag = Tag::JsonLd(Sharing { title: "</script><script>alert(1)</script>", ..SHARING }.json_ld()).html();
        assert!(!tag.contains("</script><script>"), "{tag}");
        let ld = script_json(&Sharing { title: "</script><script>alert(1)</script>", ..SHARING }.json_ld());
        assert!(ld.starts_with(r#"{"@context":"https://schema.org","@type":"Article","headline":"\u003c/script>"#));
        assert!(!ld.contains("dateModified") && !ld.contains("correction"), "no corrections, no correction: {ld}");
        let ld = script_json(&Sharing { sources: crate::content::SOURCES, ..SHARING }.json_ld());
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
        let ld = script_json(&Sharing { corrections: &corrections, ..SHARING }.json_ld());
        assert!(ld.contains(r#""dateModified":"2026-12-07""#), "{ld}");
        let first = r##""correction":[{"@type":"CorrectionComment","datePublished":"2026-12-07","url":"#correction-2"},{"@type":"CorrectionComment","datePublished":"2026-12-01","url":"#correction-1"}]"##;
        assert!(ld.contains(first), "{ld}");
    }
}
