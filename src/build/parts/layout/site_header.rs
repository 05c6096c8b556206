use yew::prelude::*;

use crate::ui::masthead as words;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub title: AttrValue,
    pub dek: AttrValue,
}

/// The explainer's masthead: its title and the line under it.
#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ words::SKIP_LINK }</a>
            <p class="site-header__kicker">{ words::KICKER }</p>
            <h1 id="site-title" class="site-header__title">{ props.title.clone() }</h1>
            <p class="site-header__dek">{ props.dek.clone() }</p>
        </header>
    }
}
