//! The "Embed this" panel's contract (`Part::EmbedPanel`): the names that its prerendered layout
//! (`build::parts::layout::EmbedPanel`) gives the elements that its hook
//! (`hooks::use_embed_panel`) finds and drives. The layout is prerendered, so that its code and
//! words stay out of the WebAssembly; these names are all that the two share. (The previews'
//! script, `assets/embed-previews.js`, finds the preview boxes by `PREVIEW_BOX` too.)

/// The disclosure (`<details>`) that holds the panel: the hook shows the snippet as it opens.
pub const PANEL: &str = "embed-this";

/// The group (`<fieldset>`) of radio buttons that choose the view, each one's value its view's
/// (`walkthrough::View::param`): the hook shows the chosen one's snippet.
pub const VIEWS: &str = "embed-code-views";

/// The snippet's text area.
pub const CODE: &str = "embed-code-text";

/// The button that copies the snippet.
pub const COPY: &str = "embed-code-copy";

/// Where copying says how it went (a status region).
pub const STATUS: &str = "embed-code-status";

/// The class of a preview box (one spelling for the class and the selector).
macro_rules! preview_box {
    () => {
        "embed-code__frame"
    };
}

/// The class of the boxes that the previews' frames go in, once the panel first opens.
pub const PREVIEW_BOX: &str = preview_box!();

/// The preview boxes, as a selector.
pub const PREVIEW_BOXES: &str = concat!(".", preview_box!());

/// The attribute that gives a preview box its frame's width, in CSS pixels.
pub const PREVIEW_WIDTH: &str = "data-width";
