use yew::prelude::*;

use crate::content::Source;

#[derive(Properties, PartialEq)]
pub struct SourceOriginProps {
    pub source: &'static Source,
}

/// What is known of an article's origin, and plainly what is not.
#[component]
pub fn SourceOrigin(props: &SourceOriginProps) -> Html {
    let source = props.source;
    let unknown = |what: &str| html! { <span class="source-origin__unknown">{ format!("not stated ({what})") }</span> };
    let list = |items: &[&str]| items.join(", ");
    html! {
        <dl class="source-origin">
            <dt>{ "Headline" }</dt>
            <dd>{ source.headline.map_or_else(|| unknown("untitled article"), |h| html! { <cite>{ h }</cite> }) }</dd>
            <dt>{ "Outlet" }</dt>
            <dd>{ source.outlet.map_or_else(|| unknown("outlet not named"), |o| html! { { format!("{o} (named in the dateline)") } }) }</dd>
            <dt>{ "Dateline" }</dt>
            <dd>{ source.dateline.map_or_else(|| unknown("no dateline"), |d| html! { { d } }) }</dd>
            <dt>{ "Date" }</dt>
            <dd>{ source.date_note }</dd>
            if !source.cites.is_empty() {
                <dt>{ "Cites" }</dt>
                <dd>{ list(source.cites) }</dd>
            }
            <dt>{ "Not stated" }</dt>
            <dd>{ list(source.not_stated) }</dd>
            <dt>{ "File" }</dt>
            <dd><code>{ source.file.rsplit('/').next().unwrap_or(source.file) }</code></dd>
        </dl>
    }
}
