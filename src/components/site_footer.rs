use yew::prelude::*;

use crate::components::EmbedCode;

/// The colophon: where the content comes from and what the page does not do. Named by the
/// masthead's title, so it and the embed footer, the page's other `footer`, differ by name.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer" aria-labelledby="site-title">
            <EmbedCode />
            <p>
                { "Sources: the two articles reproduced above, and nothing else. " }
                { "This page loads nothing from other sites and sets no cookies." }
            </p>
        </footer>
    }
}
