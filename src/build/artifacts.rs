//! What the build writes beside the pages, with the same words: the web app manifest, and the
//! card that `make dist` draws as the link-preview image (scripts/preview-image.mjs renders it
//! with Chromium and removes it).

use serde::Serialize;

use super::head::{Sharing, PREVIEW_SIZE};
use crate::content::{Source, SourceName};
use crate::site::escape;
use crate::ui;

/// The manifest's file, which `index.html` links to.
pub const MANIFEST: &str = "manifest.webmanifest";

/// The card the preview image is drawn from; removed once drawn.
pub const PREVIEW_CARD: &str = "preview-card.html";

/// The sizes of the square icons the manifest lists (`icon-<size>.png`, drawn by
/// scripts/offline-assets.mjs).
pub const ICON_SIZES: [u32; 2] = [192, 512];

/// The page's colours where the browser draws it before the page does: its background, and its
/// theme (as `index.html`'s `theme-color`).
const BACKGROUND: &str = "#fbfaf7";
const THEME: &str = "#12263a";

/// The web app manifest: the explainer's name and description, in the words' language, its
/// icons, standalone from its own folder.
pub fn manifest_json(sharing: &Sharing) -> String {
    let icons = ICON_SIZES
        .iter()
        .map(|size| Icon {
            src: format!("icon-{size}.png"),
            sizes: format!("{size}x{size}"),
            kind: "image/png",
            purpose: "any",
        })
        .collect();
    let manifest = Manifest {
        name: sharing.title,
        short_name: ui::site::SHORT_NAME,
        description: sharing.description,
        lang: ui::LANGUAGE,
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: BACKGROUND,
        theme_color: THEME,
        icons,
    };
    let json = serde_json::to_string(&manifest).expect("the manifest serialises");
    format!("{json}\n")
}

#[derive(Serialize)]
struct Manifest<'a> {
    name: &'a str,
    short_name: &'static str,
    description: &'a str,
    lang: &'static str,
    start_url: &'static str,
    scope: &'static str,
    display: &'static str,
    background_color: &'static str,
    theme_color: &'static str,
    icons: Vec<Icon>,
}

#[derive(Serialize)]
struct Icon {
    src: String,
    sizes: String,
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
}

/// The link-preview card, as a page of exactly the image's size: the explainer's title and
/// description, and the two articles it is based on, named only by what they state.
pub fn preview_card(sharing: &Sharing) -> String {
    let (width, height) = PREVIEW_SIZE;
    let name =
        |source: &Source| SourceName { label: source.label, headline: source.headline, outlet: source.outlet }.name();
    let sources: String = sharing.sources.iter().map(|source| format!("<li>{}</li>", escape(&name(source)))).collect();
    format!(
        r##"<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>
  html, body {{ margin: 0; }}
  body {{ width: {width}px; height: {height}px; box-sizing: border-box; padding: 72px 80px 64px;
    background: {THEME}; color: {BACKGROUND}; display: flex; flex-direction: column;
    font-family: "Iowan Old Style", Palatino, Georgia, "DejaVu Serif", serif; }}
  .mark {{ display: flex; align-items: center; gap: 20px; font: 600 26px/1 system-ui, "DejaVu Sans", sans-serif;
    letter-spacing: 0.08em; text-transform: uppercase; color: #f2b441; }}
  h1 {{ font-size: 88px; line-height: 1.02; margin: 36px 0 24px; font-weight: 700; }}
  p {{ font-size: 36px; line-height: 1.3; margin: 0; max-width: 30em; color: #dfe6ee; }}
  footer {{ margin-top: auto; font: 22px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #b8c4d1; }}
  ul {{ margin: 6px 0 0; padding: 0; list-style: none; }}
</style></head><body>
  <div class="mark"><svg width="56" height="56" viewBox="0 0 64 64" aria-hidden="true"><rect width="64" height="64" rx="12" fill="#0b1a29"/><circle cx="32" cy="32" r="17" fill="none" stroke="#f2b441" stroke-width="6"/><circle cx="32" cy="32" r="5" fill="#f2b441"/></svg>{kicker}</div>
  <h1>{title}</h1>
  <p>{description}</p>
  <footer>{based_on}<ul>{sources}</ul></footer>
</body></html>
"##,
        lang = escape(ui::LANGUAGE),
        kicker = escape(ui::preview::KICKER),
        title = escape(sharing.title),
        description = escape(sharing.description),
        based_on = escape(ui::preview::BASED_ON),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CORRECTIONS, EDITION, EDITIONS, SOURCES, STORY};

    fn sharing() -> Sharing<'static> {
        Sharing {
            title: STORY.title,
            description: STORY.dek,
            site_url: None,
            sources: SOURCES,
            corrections: CORRECTIONS,
            editions: EDITIONS,
            edition: &EDITIONS[EDITION],
        }
    }

    #[test]
    fn the_manifest_names_the_explainer_in_its_language() {
        let manifest = manifest_json(&sharing());
        assert!(
            manifest.starts_with(
                r#"{"name":"Stargate, explained","short_name":"Stargate","description":"What was claimed"#
            ),
            "{manifest}"
        );
        assert!(manifest.contains(r#""lang":"en""#));
        for size in ICON_SIZES {
            assert!(manifest.contains(&format!(r#""src":"icon-{size}.png","sizes":"{size}x{size}""#)));
        }
    }

    #[test]
    fn the_card_names_each_source_by_what_it_states() {
        let card = preview_card(&sharing());
        assert!(card.contains("<h1>Stargate, explained</h1>"));
        assert!(
            card.contains(
                "<li>“Elon Musk and Sam Altman Clash Over Stargate Project on Social Media” (NationPress)</li>"
            ),
            "{card}"
        );
        assert!(card.contains("<li>Source B, which states no headline or outlet</li>"), "{card}");
        assert!(card.contains("width: 1200px; height: 630px"));
    }
}
