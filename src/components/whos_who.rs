use yew::prelude::*;

use crate::components::CitationLink;
use crate::content::{Entity, EntityKind, ENTITIES, RELATIONS};

/// Who is in the venture and what each does (every relation to Stargate, as the articles
/// state it), then the people in the dispute.
#[component]
pub fn WhosWho() -> Html {
    let Some(venture) = ENTITIES.iter().position(|e| e.id == "stargate") else {
        return html! {};
    };
    let members: Vec<usize> = {
        let mut seen = Vec::new();
        for relation in RELATIONS.iter().filter(|r| usize::from(r.to.0) == venture) {
            if !seen.contains(&usize::from(relation.from.0)) {
                seen.push(usize::from(relation.from.0));
            }
        }
        seen
    };
    let member_cards = members.iter().map(|&member| {
        let entity = &ENTITIES[member];
        let roles = RELATIONS.iter().enumerate().filter(|(_, r)| usize::from(r.from.0) == member && usize::from(r.to.0) == venture).map(
            |(index, relation)| {
                html! {
                    <li><CitationLink citation={relation.cite} id={format!("whos-who-relation-{index}")}>{ relation.label }</CitationLink>{ " Stargate" }</li>
                }
            },
        );
        html! {
            <li class="whos-who__card">
                <h4 class="whos-who__name">{ entity.name }</h4>
                <ul class="whos-who__roles">{ for roles }</ul>
            </li>
        }
    });
    let people = ENTITIES.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person).map(|(index, e)| person_card(index, e));
    html! {
        <div class="whos-who">
            <h4 class="whos-who__group">{ "In the venture" }</h4>
            <ul class="whos-who__grid">{ for member_cards }</ul>
            <h4 class="whos-who__group">{ "The people in the story" }</h4>
            <ul class="whos-who__grid">{ for people }</ul>
        </div>
    }
}

fn person_card(index: usize, person: &'static Entity) -> Html {
    let roles = person.roles.iter().enumerate().map(|(role_index, role)| {
        html! { <li><CitationLink citation={role.cite} id={format!("whos-who-person-{index}-{role_index}")}>{ role.text }</CitationLink></li> }
    });
    html! {
        <li class="whos-who__card">
            <h4 class="whos-who__name">{ person.name }</h4>
            <ul class="whos-who__roles">{ for roles }</ul>
        </li>
    }
}
