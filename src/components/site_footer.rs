use yew::prelude::*;

use crate::takeover::parts::{Part, Parts};
use crate::ui::site_footer as words;

/// The colophon: the "Embed this" panel (prerendered; `hooks::use_embed_panel` drives it),
/// where the content comes from and what the page does not do. Named by the masthead's title.
pub fn site_footer(parts: &Parts) -> Html {
    html! {
        <footer class="site-footer" aria-labelledby="site-title">
            { parts.html(Part::EmbedPanel) }
            <p>{ words::SOURCES }{ words::PRIVACY }</p>
        </footer>
    }
}
