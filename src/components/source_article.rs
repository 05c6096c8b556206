use yew::prelude::*;

use crate::components::SourceOrigin;
use crate::content::{CitationId, Node, SourceId};
use crate::reader::{ReaderAction, ReaderContext};

#[derive(Properties, PartialEq)]
pub struct SourceArticleProps {
    pub source: SourceId,
}

/// One source article in full, with its origin and its cited passages marked.
#[component]
pub fn SourceArticle(props: &SourceArticleProps) -> Html {
    let reader = use_context::<ReaderContext>();
    let source = props.source.source();
    let open = reader
        .as_ref()
        .and_then(|r| r.open_passage.as_ref())
        .map(|open| open.citation)
        .filter(|citation| citation.citation().source == props.source);
    let on_return = reader.map(|reader| Callback::from(move |_: MouseEvent| reader.dispatch(ReaderAction::Return)));

    let paragraphs = source
        .paragraphs
        .iter()
        .filter(|nodes| !nodes.is_empty())
        .map(|nodes| html! { <p>{ passage_nodes(nodes, open, &on_return) }</p> });

    let heading_id = format!("{}-heading", source.anchor());
    let title = source.headline.unwrap_or("Untitled article; outlet not named");
    html! {
        <article id={source.anchor()} class="source-article" aria-labelledby={heading_id.clone()}>
            <header class="source-article__header">
                <p class="source-article__label">
                    { source.label }<span class="source-article__label-note">{ " (editor's label)" }</span>
                </p>
                <h3 id={heading_id} class="source-article__title">{ title }</h3>
                <SourceOrigin {source} />
            </header>
            <div class="source-article__text">{ for paragraphs }</div>
        </article>
    }
}

/// A line of an article: its text, with each cited passage (and any inside it) marked.
fn passage_nodes(nodes: &'static [Node], open: Option<CitationId>, on_return: &Option<Callback<MouseEvent>>) -> Html {
    nodes
        .iter()
        .map(|node| match node {
            Node::Text(text) => html! { { *text } },
            Node::Mark(id, inner) => {
                let is_open = open == Some(*id);
                html! {
                    <>
                        <mark id={id.anchor()} class={classes!("passage", is_open.then_some("passage--open"))} tabindex="-1">
                            { passage_nodes(inner, open, on_return) }
                        </mark>
                        if is_open {
                            <button type="button" class="passage__return" onclick={on_return.clone()}>
                                { "Back to where you were" }
                            </button>
                        }
                    </>
                }
            }
        })
        .collect()
}
