use yew::prelude::*;

use crate::content::Source;
use crate::ui::sources::origin as words;

#[derive(Properties, PartialEq)]
pub struct SourceOriginProps {
    pub source: &'static Source,
}

/// What is known of an article's origin, and plainly what is not.
#[component]
pub fn SourceOrigin(props: &SourceOriginProps) -> Html {
    let source = props.source;
    let unknown = |why: &str| html! { <span class="source-origin__unknown">{ words::Unknown { why }.text() }</span> };
    let list = |items: &[&str]| items.join(", ");
    html! {
        <dl class="source-origin">
            <dt>{ words::HEADLINE }</dt>
            <dd>{ source.headline.map_or_else(|| unknown(words::NO_HEADLINE), |h| html! { <cite>{ h }</cite> }) }</dd>
            <dt>{ words::OUTLET }</dt>
            <dd>{ source.outlet.map_or_else(|| unknown(words::NO_OUTLET), |outlet| html! { { words::OutletNamed { outlet }.text() } }) }</dd>
            <dt>{ words::DATELINE }</dt>
            <dd>{ source.dateline.map_or_else(|| unknown(words::NO_DATELINE), |d| html! { { d } }) }</dd>
            <dt>{ words::DATE }</dt>
            <dd>{ source.date_note }</dd>
            if !source.cites.is_empty() {
                <dt>{ words::CITES }</dt>
                <dd>{ list(source.cites) }</dd>
            }
            <dt>{ words::NOT_STATED }</dt>
            <dd>{ list(source.not_stated) }</dd>
            <dt>{ words::FILE }</dt>
            <dd><code>{ source.file.rsplit('/').next().unwrap_or(source.file) }</code></dd>
        </dl>
    }
}
