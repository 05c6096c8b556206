use yew::prelude::*;

use crate::components::citation_link;
use crate::content::{sources_language, ClaimId};
use crate::ui::quote as words;

#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    pub claim: ClaimId,
    /// Prefix of the card's link ids, unique on the page.
    pub id_prefix: AttrValue,
    /// Whether a card before this one, in the same list, names the same speakers with their
    /// roles: then this one names them alone, as a newspaper introduces a speaker once.
    #[prop_or_default]
    pub introduced: bool,
}

/// A quote with its speaker, the speaker's role (unless `introduced`), when and where it was
/// said, and a link to each passage that carries it. Every piece links to its source.
#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let claim = props.claim.claim();
    let Some(quote) = claim.quote else {
        return html! {};
    };
    let prefix = &props.id_prefix;
    let speakers = claim.speakers.iter().enumerate().map(|(index, speaker)| {
        let entity = speaker.entity();
        let role = &entity.roles[0];
        html! {
            <span class="quote-card__speaker">
                <strong>{ entity.name }</strong>
                if !props.introduced {
                    { ", " }{ citation_link(role.cite, format!("{prefix}-role-{index}"), role.text) }
                }
            </span>
        }
    });
    let when = claim.event.map(|event| {
        let event = event.event();
        html! {
            <span class="quote-card__when">
                { citation_link(event.cites[0], format!("{prefix}-when"), event.when()) }
            </span>
        }
    });
    let sources = claim.cites.iter().enumerate().map(|(index, cite)| {
        let label = cite.source_label();
        html! {
            <>
                if index > 0 { { words::AND } }
                { citation_link(*cite, format!("{prefix}-source-{index}"), label) }
            </>
        }
    });
    html! {
        <figure class={classes!("quote-card", claim.translation.map(|_| "quote-card--translated"))}>
            <blockquote class="quote-card__quote" lang={sources_language()}><p>{ words::Marks { quote }.text() }</p></blockquote>
            if let Some(translation) = claim.translation {
                <p class="quote-card__translation">
                    <span class="quote-card__translation-label">{ words::TRANSLATION }</span>
                    { " " }{ words::Marks { quote: translation }.text() }
                </p>
            }
            <figcaption class="quote-card__caption">
                { for speakers }
                if let Some(context) = claim.context {
                    <span class="quote-card__context">{ context }</span>
                }
                { for when }
                <span class="quote-card__sources">{ words::QUOTED_IN }{ for sources }</span>
            </figcaption>
        </figure>
    }
}
