use yew::prelude::*;

use crate::components::SourceOrigin;
use crate::content::{mark_anchor, Run, SourceId};
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
    let open_mark = reader
        .as_ref()
        .and_then(|r| r.open_passage.as_ref())
        .map(|open| open.citation.citation())
        .filter(|citation| citation.source == props.source)
        .map(|citation| citation.mark);
    let on_return = reader.map(|reader| Callback::from(move |_: MouseEvent| reader.dispatch(ReaderAction::Return)));

    let run = |run: &'static Run| match run.mark {
        None => html! { { run.text } },
        Some(mark) => {
            let is_open = open_mark == Some(mark);
            html! {
                <>
                    <mark id={mark_anchor(source, mark)} class={classes!("passage", is_open.then_some("passage--open"))} tabindex="-1">
                        { run.text }
                    </mark>
                    if is_open {
                        <button type="button" class="passage__return" onclick={on_return.clone()}>
                            { "Back to where you were" }
                        </button>
                    }
                </>
            }
        }
    };
    let paragraphs = source
        .paragraphs
        .iter()
        .filter(|runs| !runs.is_empty())
        .map(|runs| html! { <p>{ for runs.iter().map(run) }</p> });

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
