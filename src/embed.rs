//! What a host article embeds: the snippet for a view (the "Embed this" panel and the oEmbed
//! answers build it here, and nowhere else), the height its frame starts at, and the static
//! oEmbed answer for each view. Pure string work, tested natively.

use crate::content::STORY;
use crate::query::{PageQuery, Param};
use crate::site::{escape, EMBED_PAGE};
use crate::ui;
use crate::walkthrough::View;

/// The frame's title, which screen readers announce it by.
pub fn frame_title() -> String {
    ui::embed::FrameTitle { title: STORY.title }.text()
}

/// The `id` the snippet gives its frame's height messages.
pub const FRAME_ID: &str = "stargate-explainer";

/// The column widths the card is made for, and checked at: an article column on a phone, and
/// a wide one.
pub const NARROW: u32 = 360;
pub const WIDE: u32 = 640;

/// The tallest the card of a view may be at `WIDE` px: the end-to-end tests hold every step to
/// it. The snippet's frame starts at this height, so where a CMS strips the host script the
/// whole card still shows in a wide column (in a narrower one it scrolls inside).
pub const fn frame_height(view: View) -> u32 {
    match view {
        View::Story | View::Step => 1000,
        View::Calculator => 1600,
    }
}

/// The tallest the card of a view may be at `NARROW` px.
pub const fn narrow_height(view: View) -> u32 {
    match view {
        View::Story | View::Step => 1300,
        View::Calculator => 2200,
    }
}

/// A view of the card, and for one step alone, which step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmbedSpec {
    pub view: View,
    /// The step's slug, for `View::Step`.
    pub step: Option<&'static str>,
}

/// The embed's address for `view`, from the full page's: the step and the calculator's scenario
/// kept (the calculator alone needs no step), the view set, and the id of the height messages.
pub fn embed_query(page_query: PageQuery, view: View) -> PageQuery {
    let query = page_query.without(Param::Embed).without(Param::Id).with(Param::View, view.param());
    let query = if view == View::Calculator { query.without(Param::Step) } else { query };
    query.with(Param::Id, Some(FRAME_ID))
}

/// The iframe and host script for the embed at `folder` (the site's address, ending in `/`,
/// or empty for a relative one) with `query`. The frame starts at the view's height and the
/// script sizes it to the card exactly.
pub fn snippet(folder: &str, query: &PageQuery) -> String {
    let view = View::from_query(query);
    let src = escape(&format!("{folder}{}{query}", EMBED_PAGE.file));
    let (title, script) = (escape(&frame_title()), escape(&format!("{folder}embed.js")));
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" data-stargate-explainer loading=\"lazy\" style=\"display:block;width:100%;max-width:{WIDE}px;height:{}px;border:0;margin:0 auto\"></iframe>\n<script src=\"{script}\" defer></script>",
        frame_height(view)
    )
}

/// The folder of a page's address: `https://a.example/b/index.html` → `https://a.example/b/`.
pub fn folder_of(address: &str) -> &str {
    &address[..address.rfind('/').map_or(0, |slash| slash + 1)]
}

/// Where the static oEmbed answer for a view is, relative to the site.
pub fn oembed_file(spec: EmbedSpec) -> String {
    match (spec.view, spec.step) {
        (View::Step, Some(slug)) => format!("oembed/step-{slug}.json"),
        (view, _) => format!("oembed/{}.json", view.param().unwrap_or("story")),
    }
}

/// The embed's address for a view of the full page's defaults.
pub fn spec_query(spec: EmbedSpec) -> PageQuery {
    let page = PageQuery::default().with(Param::Step, spec.step.filter(|_| spec.view == View::Step));
    embed_query(page, spec.view)
}

/// The title of a view's oEmbed answer: the explainer's, the calculator's, or a step's.
pub fn oembed_title(spec: EmbedSpec) -> String {
    let step = crate::walkthrough::step_index(spec.step.unwrap_or_default()).map(|index| &crate::content::STEPS[index]);
    match (spec.view, step) {
        (View::Calculator, _) => ui::embed::CalculatorTitle { title: STORY.title }.text(),
        (View::Step, Some(step)) => ui::embed::StepTitle { title: STORY.title, headline: step.headline }.text(),
        _ => STORY.title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embed(page: &str, view: View) -> String {
        embed_query(PageQuery::parse(page), view).to_string()
    }

    #[test]
    fn the_query_keeps_the_step_and_scenario_and_sets_the_view() {
        assert_eq!(
            embed("?step=the-money&secured=9.9&embed=1", View::Story),
            "?step=the-money&secured=9.9&id=stargate-explainer"
        );
        assert_eq!(embed("?step=the-money", View::Step), "?step=the-money&view=step&id=stargate-explainer");
        assert_eq!(
            embed("?step=the-money&secured=9.9&view=step", View::Calculator),
            "?secured=9.9&view=calculator&id=stargate-explainer"
        );
    }

    #[test]
    fn the_snippet_starts_at_the_views_height_and_loads_the_host_script() {
        let query = PageQuery::parse("?secured=9.9&view=calculator&id=stargate-explainer");
        let code = snippet("https://news.example/graphics/stargate/", &query);
        assert!(code.starts_with("<iframe src=\"https://news.example/graphics/stargate/embed.html?secured=9.9&amp;view=calculator&amp;id=stargate-explainer\""), "{code}");
        assert!(
            code.contains("height:1600px")
                && code.contains("title=\"Stargate, explained")
                && code.contains("loading=\"lazy\"")
        );
        assert!(code.ends_with("<script src=\"https://news.example/graphics/stargate/embed.js\" defer></script>"));
        assert!(snippet("", &PageQuery::parse("?id=x")).contains("height:1000px"));
        assert_eq!(folder_of("https://a.example/b/index.html"), "https://a.example/b/");
        assert_eq!(folder_of("https://a.example/b/"), "https://a.example/b/");
    }

    #[test]
    fn each_view_has_its_own_oembed_file() {
        assert_eq!(oembed_file(EmbedSpec::default()), "oembed/story.json");
        assert_eq!(oembed_file(EmbedSpec { view: View::Calculator, step: None }), "oembed/calculator.json");
        assert_eq!(oembed_file(EmbedSpec { view: View::Step, step: Some("the-money") }), "oembed/step-the-money.json");
        assert_eq!(
            spec_query(EmbedSpec { view: View::Step, step: Some("the-money") }).to_string(),
            "?step=the-money&view=step&id=stargate-explainer"
        );
        assert_eq!(
            oembed_title(EmbedSpec { view: View::Calculator, step: None }),
            "Stargate, explained: the funding calculator"
        );
        assert_eq!(
            oembed_title(EmbedSpec { view: View::Step, step: Some("the-money") }),
            "Stargate, explained: The money, as announced"
        );
    }
}
