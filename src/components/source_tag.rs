use yew::prelude::*;

use crate::calculator::ValueSource;
use crate::components::is_plain_click;
use crate::reader::{ReaderAction, ReaderContext};

#[derive(Properties, PartialEq)]
pub struct SourceTagProps {
    pub source: ValueSource,
    /// The tag's element id, where focus returns after visiting a cited passage.
    pub id: AttrValue,
}

/// Where a calculator value comes from: a link to the article's passage, or the words
/// "assumption" (linked to why) or "your value".
#[component]
pub fn SourceTag(props: &SourceTagProps) -> Html {
    let reader = use_context::<ReaderContext>();
    let (href, text, class, detail) = match &props.source {
        ValueSource::Cited { citation, label } => {
            let source = citation.citation().source.source().label;
            (format!("#{}", citation.anchor()), format!("Source: {label}"), "source-tag--cited", format!(" ({source})"))
        }
        ValueSource::Assumption(why) => ("#calculator-assumptions".to_owned(), "Assumption".to_owned(), "source-tag--assumption", format!(": {why}")),
        ValueSource::Reader => ("#calculator-assumptions".to_owned(), "Your value".to_owned(), "source-tag--reader", String::new()),
    };
    let on_click = {
        let source = props.source.clone();
        let return_to = props.id.clone();
        Callback::from(move |event: MouseEvent| {
            if let (ValueSource::Cited { citation, .. }, Some(reader)) = (&source, &reader) {
                if !is_plain_click(&event) {
                    return;
                }
                event.prevent_default();
                reader.dispatch(ReaderAction::OpenCitation { citation: *citation, return_to: return_to.clone() });
            }
        })
    };
    html! {
        <a id={props.id.clone()} class={classes!("source-tag", class)} href={href} onclick={on_click}>
            { text }<span class="source-tag__detail">{ detail }</span>
        </a>
    }
}
