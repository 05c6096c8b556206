//! The static oEmbed answers (a `rich` type), one per view of the embed: the story, each step
//! alone and the calculator alone, written beside the pages in `oembed/`.

use serde::Serialize;

use super::head::site_address;
use crate::content::{STEPS, STORY};
use crate::embed::{frame_height, oembed_title, snippet, spec_query, EmbedSpec, WIDE};
use crate::walkthrough::View;

/// Every view an oEmbed consumer can ask for.
pub fn specs() -> impl Iterator<Item = EmbedSpec> {
    let steps = STEPS.iter().map(|step| EmbedSpec { view: View::Step, step: Some(step.slug) });
    [EmbedSpec::default(), EmbedSpec { view: View::Calculator, step: None }].into_iter().chain(steps)
}

#[derive(Serialize)]
struct Answer<'a> {
    version: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    provider_name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    provider_url: Option<&'a str>,
    html: String,
    width: u32,
    height: u32,
}

/// The oEmbed answer for a view: its snippet, its size, its title and the provider.
/// `site_url` is where the site is published; without it the snippet's addresses are
/// relative, usable only on the same site.
pub fn oembed_json(spec: EmbedSpec, site_url: Option<&str>) -> String {
    let folder = site_address(site_url, "");
    let answer = Answer {
        version: "1.0",
        kind: "rich",
        title: oembed_title(spec),
        provider_name: STORY.title,
        provider_url: site_url,
        html: snippet(&folder, &spec_query(spec)),
        width: WIDE,
        height: frame_height(spec.view),
    };
    let json = serde_json::to_string(&answer).expect("an oEmbed answer serialises");
    format!("{json}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oembed_answer_is_a_rich_type_with_its_snippet() {
        let json = oembed_json(EmbedSpec::default(), Some("https://example.org/stargate"));
        assert!(
            json.starts_with(r#"{"version":"1.0","type":"rich","title":"Stargate, explained","provider_name":"#),
            "{json}"
        );
        assert!(json.contains(r#""provider_url":"https://example.org/stargate""#));
        assert!(
            json.contains(r#""html":"<iframe src=\"https://example.org/stargate/embed.html?id=stargate-explainer\""#),
            "{json}"
        );
        assert!(json.contains(r#""width":640,"height":1000}"#));
        assert!(!oembed_json(EmbedSpec::default(), None).contains("provider_url"));
        assert_eq!(specs().count(), STEPS.len() + 2);
    }
}
