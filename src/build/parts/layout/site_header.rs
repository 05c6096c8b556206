use yew::prelude::*;

use crate::content::{EDITION, EDITIONS};
use crate::ui::language_switch;
use crate::ui::masthead as words;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    pub title: AttrValue,
    pub dek: AttrValue,
}

/// The explainer's masthead: its title and the line under it, and the language switch.
#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ words::SKIP_LINK }</a>
            <LanguageSwitch />
            <p class="site-header__kicker">{ words::KICKER }</p>
            <h1 id="site-title" class="site-header__title">{ props.title.clone() }</h1>
            <p class="site-header__dek">{ props.dek.clone() }</p>
        </header>
    }
}

/// A link to each other edition, named in its own language. Without JavaScript it opens the
/// edition's page; with it, the page keeps each link's address in step with its own
/// (`browser::carry_address_to_editions`), so the reader lands on the same step and scenario.
#[component]
fn LanguageSwitch() -> Html {
    let here = &EDITIONS[EDITION];
    let links = EDITIONS.iter().filter(|edition| edition.language != here.language).map(|edition| {
        let href = edition.relative_to(here);
        html! {
            <a class="language-switch__link" href={href.clone()} data-edition={href} hreflang={edition.language}
                lang={edition.language} title={edition.read_in}>{ edition.name }</a>
        }
    });
    if EDITIONS.len() < 2 {
        return html! {};
    }
    html! {
        <nav class="language-switch" aria-label={language_switch::LABEL}>{ for links }</nav>
    }
}
