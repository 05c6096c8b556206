use yew::prelude::*;

use crate::content::STORY;
use crate::ui::{differences, embed_footer as words};
use crate::walkthrough::step_href;

/// The embed's footer: the explainer's name, and links that open the full explainer in a new
/// tab, outside the host's frame: at the step the reader is on, at the differences between
/// the sources, at the two articles themselves, and at its corrections. Named by its first link.
pub fn embed_footer(step_slug: &'static str) -> Html {
    let link = |id: Option<&'static str>, href: String, words: String| {
        html! {
            <a {id} {href} target="_blank" rel="noopener">
                { words }<span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ words::NEW_TAB }</span>
            </a>
        }
    };
    html! {
        <footer class="embed-footer" aria-labelledby="embed-footer-link">
            { link(Some("embed-footer-link"), format!("./{}", step_href(step_slug)), words::Full { title: STORY.title }.text()) }
            <span class="embed-footer__more">
                { link(None, "./#differences".to_owned(), differences::HEADING.to_owned()) }
                { link(None, "./#sources".to_owned(), words::ARTICLES.to_owned()) }
                { link(None, "./#corrections".to_owned(), words::CORRECTIONS.to_owned()) }
            </span>
        </footer>
    }
}
