//! The review sheet `make review` writes: one page an editor (or a translation reviewer) reads
//! in one pass. Every text that cites a passage beside the passages it cites, the linked words
//! marked and the hedges of both underlined by kind, with what the hedge check found; then the
//! explainer's assumptions and inferences with their notes; then the corrections log.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::ops::Range;

use crate::files::file;
use crate::standards::{hedge_verdicts, CitingText, Hedges};
use crate::{Certainty, Content, DataError, Ui};

/// The tables of `ui.toml` whose words state the calculator's assumptions and how each value
/// is tagged.
const ASSUMPTION_TABLES: [(&str, &str); 4] = [
    ("calculator.value-source", "How each calculator value is tagged: a source’s figure, or an assumption and why"),
    ("calculator.profile", "Spending over the years"),
    ("calculator.split", "Who pays"),
    ("calculator", "The calculator’s presets, and its note on the numbers"),
];

/// The sheet, as a complete HTML page.
pub fn review_sheet(content: &Content, ui: &Ui) -> Result<String, DataError> {
    let hedges = Hedges::new(&content.hedges)?;
    let texts = content.citing_texts();
    let mut out = String::new();
    let title = format!("Standards review sheet: {}", content.story.title);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&ui.language),
        escape(&title),
        escape(&title)
    );
    let faults = texts
        .iter()
        .map(|t| hedge_verdicts(content, &hedges, &content.hedges.note, t).iter().filter(|v| v.is_fault()).count())
        .sum::<usize>();
    let _ = writeln!(
        out,
        "<p class=\"lede\">Written from <code>data/</code> by <code>make review</code>. Read each text against the passages it cites, and the two articles as a whole: does it say what they say, no more, with their hedges, and whose account it is? <mark>Marked</mark> words link to a passage; <span class=\"hedge\">underlined</span> words hedge (their kind on hover). {} texts cite {} passages; the hedge check finds {} without their hedge and {} editor’s notes.</p>",
        texts.len(),
        content.citations.len(),
        faults,
        content.hedges.note.len()
    );
    out.push_str("<nav><ol><li><a href=\"#texts\">Every text that cites a passage</a></li><li><a href=\"#assumptions\">Assumptions and inferences</a></li><li><a href=\"#corrections\">Corrections log</a></li></ol></nav>\n");

    out.push_str("<h2 id=\"texts\">1. Every text that cites a passage</h2>\n");
    let mut by_file: BTreeMap<usize, (&str, Vec<&CitingText>)> = BTreeMap::new();
    for text in &texts {
        let order = FILE_ORDER.iter().position(|f| *f == text.file).unwrap_or(FILE_ORDER.len());
        by_file.entry(order).or_insert((text.file, Vec::new())).1.push(text);
    }
    for (file, items) in by_file.values() {
        let _ = writeln!(out, "<h3>data/{}</h3>", escape(file));
        for text in items {
            item(&mut out, content, &hedges, text);
        }
    }

    out.push_str("<h2 id=\"assumptions\">2. Assumptions and inferences</h2>\n");
    for (path, heading) in ASSUMPTION_TABLES {
        let _ = writeln!(out, "<h3>{} <small>(ui.toml, [{path}])</small></h3>\n<dl>", escape(heading));
        for (key, text) in ui.texts(path) {
            let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(&key), escape(&text));
        }
        out.push_str("</dl>\n");
    }
    out.push_str("<h3>Dates worked out from the articles’ words <small>(events.toml)</small></h3>\n<table><thead><tr><th>Event</th><th>As written</th><th>Date</th><th>How sure</th><th>How</th></tr></thead><tbody>\n");
    for event in &content.events {
        let e = &event.entry;
        let (date, how_sure, how) = match (&e.date, &e.unresolved) {
            (Some(date), _) => (
                date.clone(),
                match e.certainty {
                    Some(Certainty::Certain) => "certain",
                    Some(Certainty::Inferred) => "inferred",
                    Some(Certainty::Uncertain) => "uncertain: shown as written",
                    None => "stated",
                },
                e.derivation.clone().unwrap_or_default(),
            ),
            (None, Some(why)) => (String::new(), "not dated", why.clone()),
            (None, None) => (String::new(), "", String::new()),
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>“{}”</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&e.id),
            escape(&e.as_written),
            escape(&date),
            how_sure,
            escape(&how)
        );
    }
    out.push_str("</tbody></table>\n<h3>How each article is dated <small>(sources.toml)</small></h3>\n<dl>\n");
    for source in &content.sources {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(&source.entry.label), escape(&source.entry.date_note));
    }
    out.push_str("</dl>\n<h3>Editor’s notes on hedges <small>(hedges.toml)</small></h3>\n<dl>\n");
    for note in &content.hedges.note {
        let _ =
            writeln!(out, "<dt>{}: “{}”</dt><dd>{}</dd>", escape(&note.entry), escape(&note.word), escape(&note.why));
    }
    out.push_str("</dl>\n");

    out.push_str("<h2 id=\"corrections\">3. Corrections log <small>(corrections.toml)</small></h2>\n");
    for correction in &content.corrections {
        let e = &correction.entry;
        let _ = writeln!(
            out,
            "<article class=\"item\"><p class=\"where\">{} · {}</p><p><strong>What was wrong:</strong> {}</p><p><strong>What it says now:</strong> {}</p></article>",
            escape(&e.date),
            escape(&e.entries.join(", ")),
            escape(&e.wrong),
            escape(&e.now)
        );
    }
    out.push_str("</body>\n</html>\n");
    Ok(out)
}

/// The data files in the order the sheet takes them: the story as the reader meets it, then
/// the entries it rests on.
const FILE_ORDER: [&str; 7] =
    [file::STORY, file::STEPS, file::DIFFERENCES, file::CLAIMS, file::FIGURES, file::EVENTS, file::ENTITIES];

fn item(out: &mut String, content: &Content, hedges: &Hedges, text: &CitingText) {
    let verdicts = hedge_verdicts(content, hedges, &content.hedges.note, text);
    let fault = verdicts.iter().any(|v| v.is_fault());
    let links: Vec<Range<usize>> = if text.links.is_empty() {
        std::iter::once(0..text.text.len()).collect()
    } else {
        text.links.iter().map(|(range, _)| range.clone()).collect()
    };
    let _ = write!(
        out,
        "<article class=\"item{}\">\n<p class=\"where\">{}</p>\n<p class=\"sentence\">{}</p>\n",
        if fault { " fault" } else { "" },
        escape(&text.entry),
        marked(&text.text, &links, hedges, false)
    );
    for &cite in &text.cites {
        let citation = content.citations[cite];
        let label = &content.sources[citation.source].entry.label;
        let _ = writeln!(
            out,
            "<blockquote><span class=\"source\">{}</span> {}</blockquote>",
            escape(label),
            marked(content.passage(cite), &[], hedges, true)
        );
        for verdict in verdicts.iter().filter(|v| v.cite == cite) {
            let (name, _, _) = &hedges.kinds[verdict.kind];
            let words = verdict.words.iter().map(|w| format!("“{}”", escape(w))).collect::<Vec<_>>().join(", ");
            let (class, status) = match verdict.note {
                _ if verdict.kept => ("status kept", "the text keeps it".to_owned()),
                Some(note) => ("status note", format!("editor’s note: {}", escape(&content.hedges.note[note].why))),
                None => ("status fault", "the text does not keep it".to_owned()),
            };
            let _ = writeln!(out, "<p class=\"{class}\">Hedge ({}): {words}; {status}.</p>", escape(name));
        }
    }
    out.push_str("</article>\n");
}

/// A text as HTML, the linked ranges marked and its hedges underlined by kind.
fn marked(text: &str, links: &[Range<usize>], hedges: &Hedges, passage: bool) -> String {
    let found = if passage { hedges.in_passage(text) } else { hedges.in_sentence(text) };
    let state = |at: usize| -> (bool, Option<usize>) {
        let linked = links.iter().any(|r| r.contains(&at));
        let hedge = found.iter().find(|f| f.range.contains(&at)).map(|f| f.kind);
        (linked, hedge)
    };
    let mut out = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, _)) = chars.next() {
        let here = state(start);
        let mut end = text.len();
        while let Some(&(next, _)) = chars.peek() {
            if state(next) != here {
                end = next;
                break;
            }
            chars.next();
        }
        let mut piece = escape(&text[start..end]);
        if let Some(kind) = here.1 {
            piece = format!("<span class=\"hedge\" title=\"{}\">{piece}</span>", escape(&hedges.kinds[kind].0));
        }
        if here.0 {
            piece = format!("<mark>{piece}</mark>");
        }
        out.push_str(&piece);
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const STYLE: &str = "body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}\
h1,h2,h3,.where,.status,nav,table,dt,small{font-family:system-ui,sans-serif}\
h2{margin-top:3rem;border-bottom:2px solid #1a1a1a}\
.lede{font-size:1.05rem}\
.item{border-top:1px solid #ccc;padding:.75rem 0;break-inside:avoid}\
.item.fault{border-left:4px solid #b00020;padding-left:.75rem}\
.where{font-size:.8rem;color:#555;margin:0}\
.sentence{margin:.25rem 0 .5rem;font-size:1.05rem}\
blockquote{margin:.25rem 0 .25rem 1.5rem;padding-left:.75rem;border-left:3px solid #888;color:#333}\
.source{font:700 .75rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#0b5cad}\
mark{background:#fff2a8;color:inherit}\
.hedge{text-decoration:underline 2px #0b7a3e;text-underline-offset:3px}\
.status{font-size:.8rem;margin:0 0 .25rem 1.5rem}\
.status.kept{color:#0b7a3e}.status.note{color:#7a5a00}.status.fault{color:#b00020;font-weight:700}\
table{border-collapse:collapse;font-size:.85rem;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}\
dt{font-weight:700;font-size:.85rem;margin-top:.5rem}dd{margin:0 0 0 1.5rem}\
@media print{body{margin:0;max-width:none}nav{display:none}}";
