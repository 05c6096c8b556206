use yew::prelude::*;

use crate::components::citation_link;
use crate::content::{entities, Entity, EntityKind, Relation, ENTITIES, RELATIONS};
use crate::ui::whos_who as words;

/// Who's who, from the cited relations: who is in the venture and what each does; the
/// rivals and critics; and the other people in the story.
#[component]
pub fn WhosWho() -> Html {
    let venture = usize::from(entities::STARGATE.0);
    let subjects = |keep: &dyn Fn(&Relation) -> bool| {
        let mut found: Vec<usize> = Vec::new();
        for relation in RELATIONS.iter().filter(|r| keep(r)) {
            let from = usize::from(relation.from.0);
            if !found.contains(&from) {
                found.push(from);
            }
        }
        found
    };
    let members = subjects(&|r| usize::from(r.to.0) == venture);
    let rivals = subjects(&|r| r.rivalry);
    let others: Vec<usize> = (0..ENTITIES.len())
        .filter(|i| ENTITIES[*i].kind == EntityKind::Person && !members.contains(i) && !rivals.contains(i))
        .collect();

    let member_cards = members.iter().map(|&member| {
        let roles = RELATIONS
            .iter()
            .enumerate()
            .filter(|(_, r)| usize::from(r.from.0) == member && usize::from(r.to.0) == venture)
            .map(|(index, relation)| {
                html! {
                    <li>{ citation_link(relation.cite, format!("whos-who-relation-{index}"), relation.label) }{ " " }{ entities::STARGATE.name() }</li>
                }
            });
        card(&ENTITIES[member], roles.collect(), false)
    });
    html! {
        <div class="whos-who">
            <h4 class="whos-who__group">{ words::IN_VENTURE }</h4>
            <ul class="whos-who__grid">{ for member_cards }</ul>
            <h4 class="whos-who__group">{ words::RIVALS }</h4>
            <ul class="whos-who__grid">{ for rivals.iter().map(|&i| role_card(i)) }</ul>
            <h4 class="whos-who__group">{ words::OTHERS }</h4>
            <ul class="whos-who__grid">{ for others.iter().map(|&i| role_card(i)) }</ul>
        </div>
    }
}

/// A card listing an entity's roles as the articles state them.
fn role_card(index: usize) -> Html {
    let entity = &ENTITIES[index];
    let roles = entity.roles.iter().enumerate().map(|(role_index, role)| {
        html! { <li>{ citation_link(role.cite, format!("whos-who-entity-{index}-{role_index}"), role.text) }</li> }
    });
    card(entity, roles.collect(), true)
}

/// An entity's card. `links_alone`: each role is a link on its own (a touch target), not a
/// phrase with a link in it.
fn card(entity: &'static Entity, roles: Html, links_alone: bool) -> Html {
    html! {
        <li class="whos-who__card">
            <h5 class="whos-who__name">{ entity.name }</h5>
            <ul class={classes!("whos-who__roles", links_alone.then_some("whos-who__roles--links"))}>{ roles }</ul>
        </li>
    }
}
