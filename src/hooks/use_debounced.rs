use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value`, once it has stayed the same for `millis` milliseconds: a slider being dragged
/// does not flood a screen reader's live region. Starts empty.
#[hook]
pub fn use_debounced(value: String, millis: u32) -> String {
    let settled = use_state(String::new);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timeout = Timeout::new(millis, move || settled.set(value));
            move || drop(timeout)
        });
    }
    (*settled).clone()
}
