//! What runs only when the site is built (native, `ssr`), never in the WebAssembly, driven by
//! `src/bin/prerender.rs`. One path makes each page (`page::assemble`): trunk's `index.html`,
//! with the page's head as typed tags (`head`), its inline scripts, plain JavaScript files with
//! their values in a JSON data block (`scripts`), and the app rendered to HTML with its
//! unchanging parts (`render`, `parts`). Beside the pages: the oEmbed answers (`oembed`), the
//! manifest and the link-preview card (`artifacts`).

pub mod artifacts;
pub mod head;
pub mod oembed;
pub mod page;
mod parts;
pub mod render;
pub mod scripts;
