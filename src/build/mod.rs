//! What runs only when the site is built (native, `ssr`), never in the WebAssembly: the app
//! rendered to HTML with its unchanging parts (`render`, `parts`), the page assembled around it
//! from trunk's `index.html` (`page`), and the files written beside the pages (`artifacts`).
//! `src/bin/prerender.rs` drives it.

pub mod artifacts;
pub mod page;
mod parts;
pub mod render;
