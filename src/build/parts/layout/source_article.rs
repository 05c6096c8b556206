use yew::prelude::*;

use super::SourceOrigin;
use crate::content::{sources_language, Node, SourceId};
use crate::ui::sources as words;

#[derive(Properties, PartialEq)]
pub struct SourceArticleProps {
    pub source: SourceId,
}

/// One source article in full, with its origin and its cited passages marked (the open one is
/// marked by `hooks::use_open_passage`).
#[component]
pub fn SourceArticle(props: &SourceArticleProps) -> Html {
    let source = props.source.source();
    let paragraphs = props
        .source
        .paragraphs()
        .iter()
        .filter(|nodes| !nodes.is_empty())
        .map(|nodes| html! { <p>{ passage_nodes(nodes) }</p> });

    let heading_id = format!("{}-heading", source.anchor());
    let title = source.headline.unwrap_or(words::UNTITLED);
    html! {
        <article id={source.anchor()} class="source-article" aria-labelledby={heading_id.clone()}>
            <header class="source-article__header">
                <p class="source-article__label">
                    { source.label }<span class="source-article__label-note">{ words::LABEL_NOTE }</span>
                </p>
                <h3 id={heading_id} class="source-article__title" lang={source.headline.and(sources_language())}>{ title }</h3>
                <SourceOrigin {source} />
            </header>
            <div class="source-article__text" lang={sources_language()}>{ for paragraphs }</div>
        </article>
    }
}

/// A line of an article: its text, with each cited passage (and any inside it) marked.
fn passage_nodes(nodes: &'static [Node]) -> Html {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text(text) => html! { { *text } },
            Node::Mark(id, inner) => html! {
                <mark id={id.anchor()} class="passage" tabindex="-1">{ passage_nodes(inner) }</mark>
            },
        })
        .collect()
}
