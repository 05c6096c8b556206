use yew::prelude::*;

/// The embed's footer: the explainer's name, and links that open the full explainer in a new
/// tab, outside the host's frame: at the step the reader is on, at the differences between
/// the sources, and at the two articles themselves. Named by its first link.
pub fn embed_footer(step_slug: &'static str) -> Html {
    let link = |id: Option<&'static str>, href: String, words: &'static str| {
        html! {
            <a {id} {href} target="_blank" rel="noopener">
                { words }<span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        }
    };
    html! {
        <footer class="embed-footer" aria-labelledby="embed-footer-link">
            { link(Some("embed-footer-link"), format!("./?step={step_slug}#step-{step_slug}"), "Stargate, explained: the full explainer") }
            <span class="embed-footer__more">
                { link(None, "./#differences".to_owned(), "Where the sources differ") }
                { link(None, "./#sources".to_owned(), "The two articles") }
            </span>
        </footer>
    }
}
