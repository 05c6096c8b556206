use yew::prelude::*;

/// In embed mode only (CSS shows it under `html.embed`): the explainer's name and a link that
/// opens the full explainer in a new tab, outside the host's frame. Named by that link, so it
/// and the site footer, the page's other `footer`, differ by name.
pub fn embed_footer() -> Html {
    html! {
        <footer class="embed-footer" aria-labelledby="embed-footer-link">
            <a id="embed-footer-link" href="./" target="_blank" rel="noopener">
                { "Stargate, explained: open the full explainer" }<span aria-hidden="true">{ " ↗" }</span>
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        </footer>
    }
}
