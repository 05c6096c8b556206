use yew::prelude::*;

/// "Embed this": shows a ready iframe snippet for what the reader is looking at (the current
/// step or calculator scenario, in embed mode, with a title for screen readers and lazy
/// loading, sized by the shipped `embed.js`), and copies it with a visible confirmation.
#[component]
pub fn EmbedCode() -> Html {
    let snippet = use_state(|| None::<String>);
    let status = use_state(String::new);
    let on_toggle = {
        let (snippet, status) = (snippet.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(String::new());
            snippet.set(if snippet.is_some() { None } else { current_snippet() });
        })
    };
    let on_copy = {
        let (snippet, status) = (snippet.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(code) = snippet.as_ref() else { return };
            if let Some(window) = web_sys::window() {
                // Settles later; where the clipboard is refused, the code is selectable above.
                let _ = window.navigator().clipboard().write_text(code);
            }
            status.set("Embed code copied.".to_owned());
        })
    };
    html! {
        <div class="embed-code">
            <button type="button" class="embed-code__toggle" aria-expanded={if snippet.is_some() { "true" } else { "false" }}
                aria-controls="embed-code-panel" onclick={on_toggle}>
                { "Embed this" }
            </button>
            if let Some(code) = (*snippet).clone() {
                <div id="embed-code-panel" class="embed-code__panel">
                    <label for="embed-code-text">{ "Embed code for what you are looking at now" }</label>
                    <textarea id="embed-code-text" class="embed-code__text" readonly=true rows="6" value={code} />
                    <button type="button" class="embed-code__copy" onclick={on_copy}>{ "Copy embed code" }</button>
                    <span class="embed-code__status" role="status">{ (*status).clone() }</span>
                </div>
            }
        </div>
    }
}

/// The snippet for the current address, in embed mode.
fn current_snippet() -> Option<String> {
    let location = web_sys::window()?.location();
    let (origin, path, query) = (location.origin().ok()?, location.pathname().ok()?, location.search().ok()?);
    Some(snippet_for(&format!("{origin}{path}"), &query))
}

/// The iframe and script for a page at `base` with `query`: embed mode on, an id for the
/// height messages, the shipped host script beside it.
pub fn snippet_for(base: &str, query: &str) -> String {
    let query = crate::url_query::with(query, "embed", Some("1"));
    let query = crate::url_query::with(&query, "id", Some("stargate-explainer"));
    let script = format!("{}embed.js", &base[..base.rfind('/').map_or(base.len(), |i| i + 1)]);
    let src = format!("{base}{query}").replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "<iframe src=\"{src}\" data-stargate-explainer title=\"Stargate, explained: the $500 billion AI venture and the dispute over its money\" loading=\"lazy\" style=\"width:100%;border:0;height:720px\"></iframe>\n<script src=\"{script}\" defer></script>"
    )
}

#[cfg(test)]
mod tests {
    use super::snippet_for;

    #[test]
    fn the_snippet_keeps_the_view_and_turns_embed_mode_on() {
        let code = snippet_for("https://news.example/graphics/stargate/index.html", "?step=the-money&secured=9.9");
        assert!(code.starts_with("<iframe src=\"https://news.example/graphics/stargate/index.html?step=the-money&amp;secured=9.9&amp;embed=1&amp;id=stargate-explainer\""), "{code}");
        assert!(code.contains("title=\"Stargate, explained"));
        assert!(code.contains("loading=\"lazy\""));
        assert!(code.ends_with("<script src=\"https://news.example/graphics/stargate/embed.js\" defer></script>"));
    }
}
