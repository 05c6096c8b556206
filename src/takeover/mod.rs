//! How the live app takes over the prerendered page, in one place. The page is complete
//! without JavaScript: the prerenderer (`build`) writes it, its unchanging parts between marker
//! comments (`parts`, the contract both sides keep). In the browser:
//! 1. the walkthrough's module (`src/bin/web.rs`, `app::start`) renders the app off the page,
//!    then moves each prerendered part into it as it stands and puts it in the prerendered
//!    page's place, in one task, with focus and scroll kept (`adopt`, driven by
//!    `hooks::use_adopted_page`);
//! 2. when the reader nears the calculator, the walkthrough asks the page for the calculator's
//!    own module (`island`, `hooks::use_calculator_island`), which renders the live calculator
//!    in the prerendered one's place (`src/bin/calculator.rs`, `adopt::Handover`).

pub mod adopt;
pub mod island;
pub mod parts;
