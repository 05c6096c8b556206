use yew::prelude::*;

use crate::calculator::ValueSource;
use crate::ui::calculator::value_source as words;

/// Where a calculator value comes from: a link to the article's passage, or the words
/// "assumption" (linked to why) or "your value". A cited tag is followed like any citation
/// link (`hooks::use_citation_links`).
pub fn source_tag(source: &ValueSource, id: AttrValue) -> Html {
    let (href, text, class, detail) = match source {
        ValueSource::Cited { citation, label } => {
            let source = citation.source_label();
            (
                format!("#{}", citation.anchor()),
                words::Cited { label }.text(),
                "source-tag--cited",
                format!(" ({source})"),
            )
        }
        ValueSource::Assumption(why) => (
            "#calculator-assumptions".to_owned(),
            words::ASSUMPTION.to_owned(),
            "source-tag--assumption",
            format!(": {why}"),
        ),
        ValueSource::Reader => {
            ("#calculator-assumptions".to_owned(), words::READER.to_owned(), "source-tag--reader", String::new())
        }
    };
    html! {
        <a id={id} class={classes!("source-tag", class)} href={href}>
            { text }<span class="source-tag__detail">{ detail }</span>
        </a>
    }
}
