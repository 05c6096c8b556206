use yew::prelude::*;

use crate::embed::{self, frame_height, narrow_height, EmbedSpec, NARROW, WIDE};
use crate::takeover::parts::embed_panel::{CODE, COPY, PANEL, PREVIEW_BOX, STATUS, VIEWS};
use crate::ui::embed as words;
use crate::walkthrough::View;

/// What each view is, in the panel's words.
fn describe(view: View) -> &'static str {
    match view {
        View::Story => words::STORY,
        View::Step => words::STEP,
        View::Calculator => words::CALCULATOR,
    }
}

/// "Embed this": which view of the explainer to embed, its snippet (an iframe and the host
/// script), a button that copies it, and live previews at an article column's widths. A
/// disclosure, so it opens without JavaScript, showing the story's snippet with addresses
/// relative to this page; with JavaScript `hooks::use_embed_panel` builds the snippet for the
/// reader's step, scenario and choice, with this page's full address, and loads the previews.
/// The elements it drives carry the names of `parts::embed_panel`.
#[component]
pub fn EmbedPanel() -> Html {
    let views = View::ALL.iter().map(|&view| {
        let value = view.param().unwrap_or("story");
        let id = format!("embed-view-{value}");
        html! {
            <li>
                <input type="radio" name="embed-view" id={id.clone()} {value} checked={view == View::Story} />
                <label for={id}>
                    { describe(view) }
                    <span class="embed-code__height">
                        { words::Heights {
                            wide_height: &frame_height(view).to_string(),
                            wide: &WIDE.to_string(),
                            narrow_height: &narrow_height(view).to_string(),
                            narrow: &NARROW.to_string(),
                        }.text() }
                    </span>
                </label>
            </li>
        }
    });
    let preview = |width: u32| {
        html! {
            <figure class="embed-code__preview">
                <figcaption>
                    { words::PreviewAt { width: &width.to_string() }.text() }
                    // Where the column is narrower than the frame, assets/embed-previews.js
                    // draws it smaller and says how much here, in these words.
                    <span data-words={words::ShownAt { percent: "{percent}" }.text()} />
                </figcaption>
                // The frame goes in when the panel first opens (hooks::use_embed_panel), sized by
                // its attributes: the page's policy allows no inline style in its HTML (scripts
                // set styles through the CSSOM, which it allows).
                <div class={PREVIEW_BOX} data-width={width.to_string()} />
            </figure>
        }
    };
    html! {
        <details id={PANEL} class="embed-code">
            <summary class="embed-code__toggle">{ words::TOGGLE }</summary>
            <div class="embed-code__panel">
                <fieldset id={VIEWS} class="embed-code__views">
                    <legend>{ words::WHAT }</legend>
                    <ul>{ for views }</ul>
                </fieldset>
                <label class="embed-code__label" for={CODE}>{ words::CODE_LABEL }</label>
                <textarea id={CODE} class="embed-code__text" readonly=true rows="5"
                    value={embed::snippet("", &embed::spec_query(EmbedSpec::default()))} />
                <p class="embed-code__actions">
                    <button type="button" id={COPY} class="embed-code__copy">{ words::COPY }</button>
                    <span id={STATUS} class="embed-code__status" role="status"></span>
                </p>
                <p class="embed-code__note">{ words::NOTE }</p>
                // Never scrolls: a preview wider than the column is drawn smaller (assets/embed-previews.js).
                <div class="embed-code__previews" role="group" aria-label={words::PREVIEWS}>{ preview(NARROW) }{ preview(WIDE) }</div>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::takeover::parts::embed_panel::PREVIEW_WIDTH;

    /// The panel carries each name of its contract, where its hook looks for it (the width's
    /// attribute too, which `html!` takes written out rather than as a constant).
    #[test]
    fn the_panel_carries_the_names_its_hook_finds() {
        let html =
            futures::executor::block_on(yew::LocalServerRenderer::<EmbedPanel>::new().hydratable(false).render());
        for id in [PANEL, VIEWS, CODE, COPY, STATUS] {
            assert_eq!(html.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
        }
        assert_eq!(html.matches(&format!("class=\"{PREVIEW_BOX}\"")).count(), 2);
        for width in [NARROW, WIDE] {
            assert!(html.contains(&format!("{PREVIEW_WIDTH}=\"{width}\"")), "{width}");
        }
    }
}
