//! The written standards review (`docs/standards-review.md`) covers every entry of `data/`: an
//! entry added or renamed without a reviewed verdict fails here, naming it.

use std::path::Path;

use datagen::Content;

#[test]
fn the_written_review_covers_every_entry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let content = Content::load(&root.join("data")).unwrap_or_else(|e| panic!("{e}"));
    let review = std::fs::read_to_string(root.join("docs/standards-review.md")).expect("docs/standards-review.md");
    let named = |kind: &str, id: &str| review.contains(&format!("{kind} `{id}`"));
    let mut missing = Vec::new();
    let mut check = |kind: &str, id: &str| {
        if !named(kind, id) {
            missing.push(format!("{kind} `{id}`"));
        }
    };
    content.entities.iter().for_each(|e| check("entity", &e.entry.id));
    content.claims.iter().for_each(|c| check("claim", &c.entry.id));
    content.figures.iter().for_each(|f| check("figure", &f.entry.id));
    content.events.iter().for_each(|e| check("event", &e.entry.id));
    content.differences.iter().for_each(|d| check("difference", &d.entry.id));
    content.steps.iter().for_each(|s| check("step", &s.entry.slug));
    content.sources.iter().for_each(|s| check("source", &s.entry.id));
    for relation in &content.relations {
        let (from, to) = (&relation.entry.from, &relation.entry.to);
        if !review.contains(&format!("relation `{from}` → `{to}`")) {
            missing.push(format!("relation `{from}` → `{to}`"));
        }
    }
    assert!(missing.is_empty(), "docs/standards-review.md has no verdict for: {}", missing.join(", "));
}
