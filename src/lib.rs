//! Stargate, explained: an interactive explainer of the January 2025 "Stargate" venture and
//! the public dispute over whether its backers have the money.
//!
//! The app is a library so that the same components run in the browser (taking over the prerendered page),
//! in the native prerenderer and in tests. ARCHITECTURE.md draws its modules and which way
//! they import: from the pure core (content, words, address, calculator, walkthrough) up
//! through the browser's functions and the hooks to the components, the app, and the
//! prerenderer.

/// Calls a split point (a `#[wasm_split]` function, see `chunks`): awaited where the build
/// splits the WebAssembly (its chunk may have to be fetched first), directly where it does not.
#[cfg(feature = "split")]
macro_rules! split_call {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! split_call {
    ($call:expr) => {
        $call
    };
}

// The pure core: no browser, no rendering.
pub mod calculator;
pub mod content;
pub mod embed;
pub mod money;
pub mod query;
pub mod reader;
pub mod site;
pub mod ui;
pub mod walkthrough;

// The browser and the interface.
pub mod app;
pub mod browser;
#[cfg(feature = "csr")]
pub mod chunks;
pub mod components;
mod hooks;
pub mod takeover;

// What runs only when the site is built (native only).
#[cfg(feature = "ssr")]
pub mod build;

pub use app::{App, AppProps};
pub use site::Layout;
