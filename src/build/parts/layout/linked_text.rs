use yew::prelude::*;

use crate::components::citation_link;
use crate::content::Inline;

#[derive(Properties, PartialEq)]
pub struct LinkedTextProps {
    pub runs: &'static [Inline],
    /// Prefix of the citation links' element ids, unique on the page.
    pub id_prefix: AttrValue,
}

/// Running text whose linked words lead to the passages they come from.
#[component]
pub fn LinkedText(props: &LinkedTextProps) -> Html {
    props
        .runs
        .iter()
        .enumerate()
        .map(|(index, run)| match run {
            Inline::Text(text) => html! { { *text } },
            Inline::Cited { text, citation } => html! {
                { citation_link(*citation, format!("{}-{index}", props.id_prefix), *text) }
            },
        })
        .collect()
}
