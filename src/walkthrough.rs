//! The guided walkthrough's state: which step is showing, what to tell the reader about a bad
//! address, and whether the last move should add a browser history entry. Pure: the hooks in
//! `src/hooks/` carry it to the URL, to focus and to the live region.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Step, Visual, STEPS};
use crate::query::{echo, PageQuery, Param};
use crate::ui::walkthrough as words;

/// Shared handle to the walkthrough's state.
pub type WalkthroughHandle = UseReducerHandle<Walkthrough>;

/// How the current step was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// The address the page was opened with: no focus move, no announcement, no history entry.
    Opened,
    /// The reader moved: focus the heading, announce it, add a history entry.
    Moved,
    /// The browser's Back or Forward: focus and announce, but the entry already exists.
    History,
}

/// What the page shows of the walkthrough (`?view=`): the whole story, step by step; one step
/// alone (`view=step`, with `step=`), without the progress list or Previous and Next; or the
/// calculator alone (`view=calculator`). Embeds use all three; the full page, the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Story,
    Step,
    Calculator,
}

impl View {
    /// Every view, in the order the "Embed this" panel offers them.
    pub const ALL: [View; 3] = [View::Story, View::Step, View::Calculator];

    /// The view the address names; anything else is the story.
    pub fn from_query(query: &PageQuery) -> View {
        query.get(Param::View).map_or(View::Story, View::from_param)
    }

    /// The view a `view` value names (the inverse of `param`); anything else is the story.
    pub fn from_param(value: &str) -> View {
        View::ALL.into_iter().find(|view| view.param() == Some(value)).unwrap_or(View::Story)
    }

    /// The `view` parameter's value; the story needs none.
    pub const fn param(self) -> Option<&'static str> {
        match self {
            View::Story => None,
            View::Step => Some("step"),
            View::Calculator => Some("calculator"),
        }
    }

    /// Whether the view holds one step, so the reader cannot move.
    pub const fn is_pinned(self) -> bool {
        !matches!(self, View::Story)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walkthrough {
    pub view: View,
    /// Index into `STEPS`.
    pub current: usize,
    pub arrival: Arrival,
    /// Counts moves, so that effects run once per move even to the same step.
    pub moves: u32,
    /// Said when the address named no step we have.
    pub notice: Option<String>,
}

/// What the reader (or the browser) can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkAction {
    /// The page opened at the address's step (just after the first render, which always starts from
    /// the prerendered first step).
    Open(Walkthrough),
    Go(usize),
    Next,
    Previous,
    First,
    Last,
    /// Back or Forward landed on a step.
    Restore(usize),
}

/// Longest part of a bad `step` value repeated back to the reader.
const NOTICE_ECHO_CHARS: usize = 40;

impl Walkthrough {
    /// The state for a page opened at this address: the step it names, or the first step (with
    /// a notice when it names one we do not have).
    pub fn from_query(query: &PageQuery) -> Walkthrough {
        let view = View::from_query(query);
        let (current, notice) = match query.get(Param::Step) {
            // The calculator on its own shows the step that holds it, whatever `step` says.
            _ if view == View::Calculator => (calculator_step(), None),
            None => (0, None),
            Some(slug) => match step_index(slug) {
                Some(index) => (index, None),
                None => (0, Some(unknown_step_notice(slug))),
            },
        };
        Walkthrough { view, current, arrival: Arrival::Opened, moves: 0, notice }
    }

    pub fn step(&self) -> &'static Step {
        &STEPS[self.current]
    }

    /// "Step 3 of 10: The money, as announced".
    pub fn announcement(&self) -> String {
        let (number, total) = (&(self.current + 1).to_string(), &STEPS.len().to_string());
        words::Announcement { number, total, headline: self.step().headline }.text()
    }

    /// The address for the current step, keeping every other parameter of `query`.
    pub fn query(&self, query: PageQuery) -> PageQuery {
        query.with(Param::Step, Some(self.step().slug))
    }
}

/// The index of the step that holds the calculator.
pub fn calculator_step() -> usize {
    STEPS.iter().position(|s| s.visual == Some(Visual::Calculator)).unwrap_or(0)
}

/// The address of a step, relative to the page, with its anchor (so that it works without
/// JavaScript too): `?step=the-money#step-the-money`.
pub fn step_href(slug: &str) -> String {
    format!("{}#step-{slug}", PageQuery::default().with(Param::Step, Some(slug)))
}

/// The index of the step with this slug.
pub fn step_index(slug: &str) -> Option<usize> {
    STEPS.iter().position(|step| step.slug == slug)
}

fn unknown_step_notice(slug: &str) -> String {
    let shown = echo(slug, NOTICE_ECHO_CHARS);
    if shown.trim().is_empty() {
        words::NO_STEP.to_owned()
    } else {
        words::UnknownStep { slug: &shown }.text()
    }
}

impl Reducible for Walkthrough {
    type Action = WalkAction;

    fn reduce(self: Rc<Self>, action: WalkAction) -> Rc<Self> {
        let last = STEPS.len() - 1;
        let (target, arrival) = match action {
            WalkAction::Open(opened) => {
                return if opened == *self {
                    self
                } else {
                    Rc::new(Walkthrough { moves: self.moves.wrapping_add(1), ..opened })
                };
            }
            // One step alone, or the calculator alone: nowhere to move.
            _ if self.view.is_pinned() => return self,
            WalkAction::Go(index) => (index.min(last), Arrival::Moved),
            WalkAction::Next => (self.current.saturating_add(1).min(last), Arrival::Moved),
            WalkAction::Previous => (self.current.saturating_sub(1), Arrival::Moved),
            WalkAction::First => (0, Arrival::Moved),
            WalkAction::Last => (last, Arrival::Moved),
            WalkAction::Restore(index) => (index.min(last), Arrival::History),
        };
        // Back or Forward to an address on this step (an anchor followed on the page, say) is
        // no move: the reader stays where the browser put them.
        if target == self.current {
            return self;
        }
        Rc::new(Walkthrough { current: target, arrival, moves: self.moves.wrapping_add(1), notice: None, ..*self })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(query: &str) -> Walkthrough {
        Walkthrough::from_query(&PageQuery::parse(query))
    }

    #[test]
    fn opens_the_step_the_address_names() {
        let walk = open(&format!("?step={}", STEPS[2].slug));
        assert_eq!((walk.current, walk.notice.as_deref(), walk.arrival), (2, None, Arrival::Opened));
        assert_eq!(open("").current, 0);
        assert_eq!(open("?embed=1").notice, None);
    }

    #[test]
    fn an_unknown_or_hostile_step_opens_the_first_with_a_notice() {
        for query in
            ["?step=nope", "?step=", "?step=%3Cscript%3Ealert(1)%3C/script%3E", "?step=%00%0A", "?step=THE-MONEY"]
        {
            let walk = open(query);
            assert_eq!(walk.current, 0, "{query}");
            assert!(walk.notice.as_deref().is_some_and(|n| n.contains("first step")), "{query}");
        }
        let long = format!("?step={}", "x".repeat(500));
        let notice = open(&long).notice.unwrap();
        assert!(notice.chars().count() < 120, "the notice does not echo a long value in full");
    }

    #[test]
    fn moves_stay_within_the_steps() {
        let first: Rc<Walkthrough> = Rc::new(open(""));
        assert!(Rc::ptr_eq(&first, &first.clone().reduce(WalkAction::Previous)), "no move before the first step");
        let last = first.clone().reduce(WalkAction::Last);
        assert_eq!(last.current, STEPS.len() - 1);
        assert!(Rc::ptr_eq(&last, &last.clone().reduce(WalkAction::Next)), "no move past the last step");
        assert_eq!(last.clone().reduce(WalkAction::First).current, 0);
        assert_eq!(first.clone().reduce(WalkAction::Go(usize::MAX)).current, STEPS.len() - 1);
    }

    #[test]
    fn a_move_clears_the_notice_and_says_where_it_landed() {
        let walk = Rc::new(open("?step=bogus")).reduce(WalkAction::Next);
        assert_eq!(walk.notice, None);
        assert_eq!(walk.arrival, Arrival::Moved);
        assert_eq!(walk.announcement(), format!("Step 2 of {}: {}", STEPS.len(), STEPS[1].headline));
    }

    #[test]
    fn opening_at_an_address_is_not_a_move() {
        let opened = open(&format!("?step={}", STEPS[4].slug));
        let walk = Rc::new(open("")).reduce(WalkAction::Open(opened));
        assert_eq!((walk.current, walk.arrival), (4, Arrival::Opened));
    }

    #[test]
    fn the_calculator_view_opens_the_calculators_step() {
        let walk = open("?embed=1&view=calculator");
        assert_eq!(STEPS[walk.current].visual, Some(Visual::Calculator));
    }

    #[test]
    fn a_single_step_or_the_calculator_alone_does_not_move() {
        let slug = STEPS[3].slug;
        let single = Rc::new(open(&format!("?view=step&step={slug}")));
        assert_eq!((single.view, single.current), (View::Step, 3));
        for action in [
            WalkAction::Next,
            WalkAction::Previous,
            WalkAction::First,
            WalkAction::Last,
            WalkAction::Go(0),
            WalkAction::Restore(1),
        ] {
            assert!(Rc::ptr_eq(&single, &single.clone().reduce(action.clone())), "{action:?}");
        }
        let calculator = open(&format!("?view=calculator&step={slug}"));
        assert_eq!((calculator.view, calculator.current), (View::Calculator, calculator_step()));
        assert_eq!(View::from_query(&PageQuery::parse("?view=nonsense")), View::Story);
        for view in View::ALL {
            let query = PageQuery::default().with(Param::View, view.param());
            assert_eq!(View::from_query(&query), view);
        }
    }

    #[test]
    fn history_moves_are_marked_as_such() {
        let walk = Rc::new(open("")).reduce(WalkAction::Restore(3));
        assert_eq!((walk.current, walk.arrival), (3, Arrival::History));
        // Back or Forward within the same step (a followed #anchor) moves nothing.
        assert!(Rc::ptr_eq(&walk, &walk.clone().reduce(WalkAction::Restore(3))));
    }

    #[test]
    fn the_query_keeps_other_parameters() {
        let walk = open("?embed=1&step=bogus");
        assert_eq!(
            walk.query(PageQuery::parse("?embed=1&step=bogus")).to_string(),
            format!("?embed=1&step={}", STEPS[0].slug)
        );
    }
}
