use yew::prelude::*;

use crate::components::citation_link;
use crate::content::{Event, EVENTS};
use crate::money::fixed;
use crate::ui::timeline as words;

/// Width and height of the drawing, in SVG units: narrow enough that its text stays legible
/// on a phone.
const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 112.0;
const MARGIN: f64 = 34.0;
const AXIS_Y: f64 = 56.0;
/// Years between two events beyond which the axis shows a break.
const GAP_YEARS: u16 = 2;

/// The dated events in order, from 2015 to the February 2025 hearing: numbered markers evenly
/// spaced on an axis (a break marks a gap of years), each with its date; then the numbered
/// list the drawing stands for, with each date's source and how it was worked out. The list
/// follows the figure rather than sitting in it: a figcaption must be a figure's first or last child.
#[derive(Properties, PartialEq)]
pub struct EventTimelineProps {
    /// The embed's card: the events' list folded under the drawing.
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn EventTimeline(props: &EventTimelineProps) -> Html {
    // An event whose words cannot be read as a date with certainty ("last year") is listed as
    // the article words it, never placed on the axis.
    let mut events: Vec<&'static Event> = EVENTS.iter().filter(|e| e.on_timeline && e.shown_date().is_some()).collect();
    events.sort_by_key(|e| e.shown_date());
    let undated: Vec<&'static Event> = EVENTS.iter().filter(|e| e.on_timeline && e.shown_date().is_none()).collect();
    let (Some(first), Some(last)) =
        (events.first().and_then(|e| e.shown_date()), events.last().and_then(|e| e.shown_date()))
    else {
        return html! {};
    };
    let step = (WIDTH - 2.0 * MARGIN) / (events.len().max(2) - 1) as f64;
    let x = |index: usize| MARGIN + index as f64 * step;

    let breaks = events.windows(2).enumerate().filter_map(|(index, pair)| {
        let (a, b) = (pair[0].shown_date()?, pair[1].shown_date()?);
        (b.year - a.year > GAP_YEARS).then(|| {
            let mid = (x(index) + x(index + 1)) / 2.0;
            html! {
                <path class="timeline__break" d={format!("M{} {y} l6 -10 M{} {y} l6 -10", fixed(mid - 5.0, 1), fixed(mid + 1.0, 1), y = fixed(AXIS_Y + 5.0, 1))} />
            }
        })
    });
    let markers = events.iter().enumerate().map(|(index, event)| {
        let cx = x(index);
        // Dates alternate above and below the axis, so neighbours never collide.
        let label_y = if index % 2 == 0 { AXIS_Y + 34.0 } else { AXIS_Y - 22.0 };
        let date = event.shown_date().map(short_date).unwrap_or_default();
        html! {
            <g class="timeline__marker">
                <circle cx={fixed(cx, 1)} cy={fixed(AXIS_Y, 1)} r="11" />
                <text class="timeline__number" x={fixed(cx, 1)} y={fixed(AXIS_Y + 4.5, 1)} text-anchor="middle">{ index + 1 }</text>
                <text class="timeline__date" x={fixed(cx, 1)} y={fixed(label_y, 1)} text-anchor="middle">{ date }</text>
            </g>
        }
    });
    let items = events.iter().enumerate().map(|(index, event)| event_item(event, Some(index + 1)));
    let list = html! {
        <>
            <ol class="timeline__list">{ for items }</ol>
            if !undated.is_empty() {
                <p class="timeline__undated-heading">{ words::UNDATED }</p>
                <ul class="timeline__list timeline__list--undated">{ for undated.iter().map(|e| event_item(e, None)) }</ul>
            }
        </>
    };
    html! {
        <div class="timeline">
            <figure class="timeline__figure">
                <svg class="timeline__chart" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0))} role="img"
                    aria-labelledby="timeline-caption" focusable="false">
                    <line class="timeline__axis" x1={fixed(MARGIN - 12.0, 1)} x2={fixed(WIDTH - MARGIN + 12.0, 1)}
                        y1={fixed(AXIS_Y, 1)} y2={fixed(AXIS_Y, 1)} />
                    { for breaks }
                    { for markers }
                </svg>
                <figcaption id="timeline-caption" class="timeline__caption">
                    { words::Caption { first: &first.year.to_string(), last: &last.to_string(), count: events.len() as u32 }.text() }
                </figcaption>
            </figure>
            if props.compact {
                <details class="fold">
                    <summary class="fold__summary">{ words::FOLD }</summary>
                    { list }
                </details>
            } else {
                { list }
            }
        </div>
    }
}

/// "2015", "Mar 2024", "Jan 21, 2025": short enough for the drawing.
fn short_date(when: crate::content::Date) -> String {
    when.written_short()
}

/// One event in the list: its date (linked to where the article dates it; marked where it
/// is inferred, and the article's words where they cannot be read as a date with certainty),
/// what happened, and how a relative date was worked out, or why there is no date.
fn event_item(event: &'static Event, number: Option<usize>) -> Html {
    let link_id = format!("timeline-{}", event.id);
    let derivation =
        || event.derivation.map(|derivation| words::Derivation { as_written: event.as_written, derivation }.text());
    let (when, note) = match (event.shown_date(), event.unresolved) {
        (None, Some(why)) => (words::NO_DATE.to_owned(), Some(why.to_owned())),
        // Shown as written: the words need no repeating before the reasoning.
        (None, None) => (event.when(), event.derivation.map(str::to_owned)),
        (Some(_), _) => (event.when(), derivation()),
    };
    html! {
        <li class="timeline__item" value={number.map(|n| n.to_string())}>
            { citation_link(event.cites[0], link_id, html! { <span class="timeline__when">{ when }</span> }) }
            { ": " }{ event.title }
            if let Some(note) = note {
                <span class="timeline__derivation">{ format!(" ({note})") }</span>
            }
        </li>
    }
}
