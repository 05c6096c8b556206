//! The prerendered HTML holds the whole content: a reader without JavaScript gets the title,
//! the summary and both articles in full. Run natively with `--features ssr`.
#![cfg(feature = "ssr")]

use stargate_explainer::build::render::render_page;
use stargate_explainer::content::{Inline, SourceId, SOURCES, STORY};

fn prerendered_text() -> String {
    let html = futures::executor::block_on(render_page(stargate_explainer::Layout::Full));
    visible_text(&html)
}

/// Drops tags and comments and decodes the entities Yew writes, leaving the text a reader sees.
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&")
}

#[test]
fn holds_the_title_and_the_summary() {
    let text = prerendered_text();
    assert!(text.contains(STORY.title));
    assert!(text.contains(STORY.dek));
    // Each cited run is followed by a visually hidden "(source: …)", so check run by run.
    for run in STORY.summary {
        let (Inline::Text(words) | Inline::Cited { text: words, .. }) = run;
        assert!(text.contains(words), "summary run missing: {words}");
    }
    assert!(STORY.summary.iter().any(|run| matches!(run, Inline::Cited { .. })), "the summary cites its sources");
}

#[test]
fn holds_every_line_of_both_articles() {
    let text = prerendered_text();
    for (index, source) in SOURCES.iter().enumerate() {
        for line in SourceId(index as u8).text().lines().filter(|line| !line.is_empty()) {
            assert!(text.contains(line), "{}: line missing from the prerendered page: {line}", source.file);
        }
    }
}

#[test]
fn says_what_is_not_known_of_the_untitled_article() {
    let text = prerendered_text();
    use stargate_explainer::ui::sources::{origin, UNTITLED};
    assert!(text.contains(UNTITLED));
    assert!(text.contains(&origin::Unknown { why: origin::NO_OUTLET }.text()));
}

#[test]
fn holds_every_difference_with_both_passages() {
    use stargate_explainer::content::DIFFERENCES;
    let text = prerendered_text();
    assert!(text.contains(stargate_explainer::ui::differences::HEADING));
    for difference in DIFFERENCES {
        assert!(text.contains(difference.topic), "difference missing: {}", difference.topic);
        for side in &difference.sides {
            assert!(text.contains(side.cite.passage()), "{}: side {} missing", difference.id, side.label);
        }
    }
}

#[test]
fn every_citation_link_points_at_a_marked_passage_and_every_cited_run_has_its_link() {
    let html = futures::executor::block_on(render_page(stargate_explainer::Layout::Full));
    let mut linked = std::collections::BTreeSet::new();
    for (at, _) in html.match_indices("class=\"citation-link\"") {
        let tag_start = html[..at].rfind('<').unwrap();
        let tag = &html[tag_start..at + html[at..].find('>').unwrap()];
        let href = tag
            .split("href=\"#")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a citation link has an in-page href");
        assert!(html.contains(&format!("<mark id=\"{href}\"")), "link to #{href} has no passage");
        linked.insert(href.to_owned());
    }
    // Each passage the summary and the steps' narratives cite has its link.
    use stargate_explainer::content::STEP_BODIES;
    let runs = STORY.summary.iter().chain(STEP_BODIES.iter().flat_map(|body| body.narrative));
    for run in runs {
        if let Inline::Cited { text, citation } = run {
            assert!(
                linked.contains(&citation.anchor()),
                "\"{text}\" cites #{}, and no link leads there",
                citation.anchor()
            );
        }
    }
}

#[test]
fn holds_every_step_in_order_for_readers_without_javascript() {
    use stargate_explainer::content::{STEPS, STEP_BODIES};
    let text = prerendered_text();
    let mut from = 0;
    for (step, body) in STEPS.iter().zip(STEP_BODIES) {
        let at = text[from..].find(step.headline).map(|i| from + i);
        assert!(at.is_some(), "step {} missing or out of order", step.slug);
        from = at.unwrap();
        for run in body.narrative {
            let (Inline::Text(words) | Inline::Cited { text: words, .. }) = run;
            assert!(text.contains(words), "step {}: narrative run missing: {words}", step.slug);
        }
    }
}

#[test]
fn the_money_chart_draws_its_three_figures_and_the_yearly_share() {
    let html = futures::executor::block_on(render_page(stargate_explainer::Layout::Full));
    use stargate_explainer::build::render::MONEY_FIGURES;
    assert_eq!(
        html.matches("<li class=\"money__row").count(),
        MONEY_FIGURES.len() + 1,
        "its figures and the pledge per year"
    );
    assert_eq!(html.matches("money__row--calculated").count(), 1, "one row is calculated: the pledge per year");
    for figure in MONEY_FIGURES {
        assert!(html.contains(figure.figure().text), "the chart draws {}", figure.figure().text);
    }
}

#[test]
fn the_schedule_starts_in_the_year_of_the_announcement() {
    use stargate_explainer::calculator::FIRST_YEAR;
    use stargate_explainer::content::events;
    assert_eq!(events::ANNOUNCEMENT.event().date.map(|d| d.year), Some(FIRST_YEAR));
}

/// The HTML checker's content model for `figure`: its caption is its first or its last child,
/// so a drawing's text equivalent (a list, a table) follows the figure rather than sitting in it.
#[test]
fn every_figcaption_is_first_or_last_in_its_figure() {
    let html = without_comments(&futures::executor::block_on(render_page(stargate_explainer::Layout::Full)));
    let mut rest = html.as_str();
    let mut captions = 0;
    while let Some(open) = rest.find("<figcaption") {
        let close = open + rest[open..].find("</figcaption>").expect("a figcaption is closed") + "</figcaption>".len();
        let before = rest[..open].trim_end();
        let is_first = before.ends_with('>') && before[before.rfind('<').unwrap_or(0)..].starts_with("<figure");
        let is_last = rest[close..].trim_start().starts_with("</figure>");
        assert!(is_first || is_last, "a figcaption between its figure's children: {}", &rest[open..close]);
        captions += 1;
        rest = &rest[close..];
    }
    assert_eq!(captions, html.matches("<figure").count(), "every figure has its caption");
}

/// The page without its comments (Yew marks components with them).
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("-->").map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    out
}

/// The browser's module renders the app with no parts, a marker in each one's place, and moves
/// each prerendered part to its marker in page order (src/takeover/adopt.rs): both pages close every
/// part they open, and have as many as the app the browser renders.
#[test]
fn every_part_is_closed_and_the_browsers_app_has_a_place_for_each() {
    use stargate_explainer::takeover::parts::{CLOSE, OPEN};
    use stargate_explainer::{App, AppProps, Layout};

    let count = |html: &str, text: &str| html.matches(&format!("<!--{text}-->")).count();
    for layout in [Layout::Full, Layout::Embed] {
        let page = futures::executor::block_on(render_page(layout));
        let props = AppProps { layout, ..AppProps::default() };
        let browsers =
            futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render());
        assert!(count(&page, OPEN) > 20, "{layout:?}: the page's parts are marked");
        assert_eq!(count(&page, OPEN), count(&page, CLOSE), "{layout:?}: every part is closed");
        assert_eq!(count(&browsers, CLOSE), 0, "{layout:?}: the browser's app has no part's HTML");
        assert_eq!(count(&page, OPEN), count(&browsers, OPEN), "{layout:?}: a place for every part");
        // Nothing of Yew's hydration is written: the browser never hydrates.
        assert!(!page.contains("<!--<"), "{layout:?}: no hydration markers");
    }
}

#[test]
fn shows_every_correction_with_its_date_and_both_texts() {
    use stargate_explainer::content::CORRECTIONS;
    use stargate_explainer::ui::corrections as words;
    let html = futures::executor::block_on(render_page(stargate_explainer::Layout::Full));
    let text = visible_text(&html);
    assert!(html.contains("id=\"corrections\""), "the log has an address the embed's footer links to");
    assert!(text.contains(words::HEADING));
    assert!(!CORRECTIONS.is_empty(), "the log has this build's corrections");
    assert_eq!(html.matches("\" class=\"correction\">").count(), CORRECTIONS.len());
    // Numbered from the oldest, so an anchor stays as newer corrections go above it.
    assert!(html.contains(&format!("id=\"correction-{}\"", CORRECTIONS.len())) && html.contains("id=\"correction-1\""));
    for correction in CORRECTIONS {
        assert!(html.contains(&format!("<time datetime=\"{}\">{}</time>", correction.date.iso(), correction.date)));
        assert!(text.contains(correction.wrong) && text.contains(correction.now), "missing: {}", correction.wrong);
    }
    let embed = futures::executor::block_on(render_page(stargate_explainer::Layout::Embed));
    assert!(embed.contains("href=\"./#corrections\""), "the embed's footer links to the log");
}

#[test]
fn the_timeline_marks_inferred_dates_and_gives_uncertain_ones_as_written() {
    use stargate_explainer::content::{Certainty, EVENTS};
    use stargate_explainer::ui::timeline as words;
    let text = prerendered_text();
    let uncertain: Vec<_> =
        EVENTS.iter().filter(|e| e.on_timeline && e.certainty == Some(Certainty::Uncertain)).collect();
    assert!(!uncertain.is_empty(), "the data has an uncertain date to show");
    for event in uncertain {
        let date = event.date.expect("an uncertain event keeps its tentative date in data/");
        let source = stargate_explainer::ui::citation::Source { label: event.cites[0].source_label() }.text();
        let item = format!("{}{source}: {}", words::AsWritten { words: event.as_written }.text(), event.title);
        assert!(text.contains(&item), "{} is not listed as written: {item}", event.id);
        assert!(!text.contains(&format!("{date}{source}: {}", event.title)), "{} is shown dated {date}", event.id);
    }
    for event in EVENTS.iter().filter(|e| e.on_timeline && e.certainty == Some(Certainty::Inferred)) {
        let date = event.date.expect("an inferred event has a date").to_string();
        let source = stargate_explainer::ui::citation::Source { label: event.cites[0].source_label() }.text();
        let item = format!("{}{source}: {}", words::Inferred { date: &date }.text(), event.title);
        assert!(text.contains(&item), "{} is not marked inferred: {item}", event.id);
    }
}
