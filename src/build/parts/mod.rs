//! Writing the parts of the page that never change (see `takeover::parts`, their contract): the components that lay
//! them out, and their rendering to HTML. Only the prerenderer runs this (`ssr`), so neither
//! the layout code nor the text it sets is in the WebAssembly.

mod layout;
mod render;

pub use layout::MONEY_FIGURES;
pub use render::{render_parts, render_passages};
