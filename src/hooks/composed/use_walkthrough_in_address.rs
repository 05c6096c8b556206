use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_history_sync, use_mount};
use crate::query::PageQuery;
use crate::site::Layout;
use crate::walkthrough::{WalkAction, Walkthrough, WalkthroughHandle};

/// The walkthrough, kept in step with the address (`query`, the page's as it opened). Its
/// first render is what was prerendered (the first step), so that it takes the prerendered
/// page's place element for element; the address's step is applied by an effect just after, in
/// the same task, so the reader never sees the switch. From then on each move writes the
/// address and Back and Forward move to the step theirs names (`use_history_sync`); an embed's
/// moves replace its address rather than add entries, as the host page's Back button belongs
/// to the host's reader, not to the frame.
#[hook]
pub fn use_walkthrough_in_address(query: &Rc<PageQuery>, layout: Layout) -> WalkthroughHandle {
    let walk = use_reducer(|| Walkthrough::from_query(&PageQuery::default()));
    {
        let (walk, query) = (walk.clone(), query.clone());
        use_mount(Box::new(move || {
            walk.dispatch(WalkAction::Open(Walkthrough::from_query(&query)));
            Box::new(())
        }));
    }
    use_history_sync(walk.clone(), layout == Layout::Full);
    walk
}
