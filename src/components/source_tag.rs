use yew::prelude::*;

use crate::calculator::ValueSource;

/// Where a calculator value comes from: a link to the article's passage, or the words
/// "assumption" (linked to why) or "your value". A cited tag is followed like any citation
/// link (`hooks::use_citation_links`).
pub fn source_tag(source: &ValueSource, id: AttrValue) -> Html {
    let href = source.citation().map_or_else(|| "#calculator-assumptions".to_owned(), |c| format!("#{}", c.anchor()));
    let class = match source {
        ValueSource::Cited { .. } => "source-tag--cited",
        ValueSource::Assumption(_) => "source-tag--assumption",
        ValueSource::Reader => "source-tag--reader",
    };
    let (text, detail) = source.words();
    html! {
        <a id={id} class={classes!("source-tag", class)} href={href}>
            { text }<span class="source-tag__detail">{ detail }</span>
        </a>
    }
}
