//! The whole app as the prerenderer writes it (native only, `ssr`): the parts from
//! `build::parts`, then the app around them, at its default state. It sits above both (it is the
//! one module that imports `app` and `build::parts` together), so that neither imports the other.

use std::rc::Rc;

use yew::LocalServerRenderer;

use super::parts::{render_parts, render_passages};
use crate::app::{App, AppProps};
use crate::content::CitationId;
use crate::site::Layout;
use crate::takeover::parts::Part;

/// The figures the money chart draws (beside the pledge per year, which it works out).
pub use super::parts::MONEY_FIGURES;

/// The app's HTML for a page of this layout: default state, every part filled in. The embed's
/// passages are those its other parts, and the calculator, link to, and no others.
pub async fn render_page(layout: Layout) -> String {
    let mut parts = render_parts(layout).await;
    if layout == Layout::Embed {
        let app = render_app(layout, parts.clone()).await;
        let linked: Vec<CitationId> =
            CitationId::all().filter(|citation| app.contains(&format!("href=\"#{}\"", citation.anchor()))).collect();
        parts.0.push((Part::Passages, render_passages(linked).await));
    }
    render_app(layout, parts).await
}

async fn render_app(layout: Layout, parts: crate::takeover::parts::Parts) -> String {
    let props = AppProps { layout, parts: Rc::new(parts), ..AppProps::default() };
    LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}
