use std::any::Any;

use yew::prelude::*;

/// What a mount effect keeps alive (listeners, observers, timers) until its component goes.
pub type Kept = Box<dyn Any>;

/// Runs `setup` once, after the first render (or hydration), and keeps what it returns until
/// the component goes. Every hook that sets something up once goes through this one
/// type-erased effect, so Yew's effect code is compiled once for all of them rather than
/// once per hook: a few kilobytes of the WebAssembly.
#[hook]
pub fn use_mount(setup: Box<dyn FnOnce() -> Kept>) {
    use_effect_with((), move |()| {
        let kept = setup();
        move || drop(kept)
    });
}
