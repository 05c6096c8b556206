//! The hello-world Yew app that `make bench` measures beside the explainer: the floor of size
//! and start-up time for any Yew app built the same way.

use yew::prelude::*;

#[component]
fn App() -> Html {
    use_effect_with((), |()| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("stargate:live");
        }
    });
    html! { <p>{ "Hello, world" }</p> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
