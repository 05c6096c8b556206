//! The interface's words, `data/ui.toml`: read, checked, and written out as Rust for
//! `src/ui.rs` to include.
//!
//! Each entry becomes an item named after its key, in a module per table:
//! - a text without placeholders, a constant: `[walkthrough] next = "Next"` is
//!   `ui::walkthrough::NEXT`;
//! - a text with `{name}` placeholders, a struct with one `&str` field per placeholder and a
//!   `text()` method: `step-count = "Step {number} of {total}"` is
//!   `ui::walkthrough::StepCount { number, total }`. A placeholder missing from the text, or one
//!   the code does not give, is then a compile error at the use, naming both the entry and the
//!   placeholder: the build fails rather than showing a reader a gap or a stray `{total}`;
//! - a plural, `{ one = "…", other = "…" }`, a struct like the above with a `count: u32`, which
//!   picks the form by the language's plural rule (CLDR's, see `plurals.rs`) and fills `{count}`;
//! - a list of words, a fixed-size array, so that the code that reads twelve months fails to
//!   build with eleven;
//! - a number (`billions-scale = 1000`), an `f64` constant the page computes with.
//!
//! How the language writes numbers and dates is not in the file but CLDR's (`cldr.rs`), written
//! out as if it were: `ui::number::THOUSANDS`, `DECIMAL` and `MIN_GROUPING`, `ui::date::MONTHS`,
//! `MONTHS_SHORT`, `Day { month, day, year }` and `Month { month, year }`.

use std::collections::BTreeSet;
use std::path::Path;

use toml::Value;

use crate::cldr;
use crate::plurals::{IntegerRule, CATEGORIES};
use crate::DataError;

mod emit;
mod translation;

const FILE: &str = crate::files::file::UI;

/// What a table's entries are read against: the file they are in and its language's CLDR data.
struct Reading<'a> {
    file: &'a str,
    language: &'a str,
    /// The plural forms of the language, CLDR's names in CLDR's order.
    forms: &'a [&'static str],
}

/// A piece of a text: words, or a placeholder's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Words(String),
    Placeholder(String),
}

/// One entry of `ui.toml`.
#[derive(Debug, Clone, PartialEq)]
pub enum UiEntry {
    /// A text, cut at its placeholders.
    Text(Vec<Piece>),
    /// A text for each plural form, in the rule's order.
    Plural(Vec<Vec<Piece>>),
    /// A list of words.
    List(Vec<String>),
    /// A number, as Rust writes it, and its Rust type.
    Number { rust_type: &'static str, value: String },
    /// A table of entries.
    Table(Vec<(String, UiEntry)>),
}

/// The interface's words, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Ui {
    pub language: String,
    /// The top-level tables.
    pub entries: Vec<(String, UiEntry)>,
    /// How the language writes numbers and dates, and its plural forms: CLDR's.
    pub locale: cldr::Locale,
    plurals: IntegerRule,
}

/// The language the words are first written in: every other language's file is a translation
/// of its file.
pub const ORIGINAL_LANGUAGE: &str = "en";

impl Ui {
    /// Reads and checks the words of `language`: `data_dir/ui.toml` in English, the original;
    /// `data_dir/<language>/ui.toml` in another language, a translation, which must have the
    /// English file's entries, each with the same placeholders (see `parse_translation`).
    pub fn load(data_dir: &Path, language: &str) -> Result<Ui, DataError> {
        let file = Ui::file(language)?;
        let text = std::fs::read_to_string(data_dir.join(&file))
            .map_err(|e| DataError::new(&file, "(file)", format!("cannot be read: {e}")))?;
        if language == ORIGINAL_LANGUAGE {
            Ui::parse_in(&file, Some(language), &text)
        } else {
            Ui::parse_translation(&Ui::load(data_dir, ORIGINAL_LANGUAGE)?, language, &text)
        }
    }

    /// Where the words of `language` are, under `data/`: `ui.toml` in English, `es/ui.toml` in
    /// Spanish.
    pub fn file(language: &str) -> Result<String, DataError> {
        match language {
            ORIGINAL_LANGUAGE => Ok(FILE.to_owned()),
            _ if !language.is_empty() && language.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') => {
                Ok(format!("{language}/{FILE}"))
            }
            _ => Err(DataError::new(FILE, "language", format!("\"{language}\" is not a language code, as \"es\""))),
        }
    }

    /// Checks the text of `data/ui.toml`, in whatever language it names.
    pub fn parse(text: &str) -> Result<Ui, DataError> {
        Ui::parse_in(FILE, None, text)
    }

    /// Checks the text of the ui.toml at `file`, which must name `language` if one is given.
    fn parse_in(file: &str, language: Option<&str>, text: &str) -> Result<Ui, DataError> {
        let table: toml::Table = crate::parse_toml(file, text)?;
        let named = match (table.get("language"), language) {
            (Some(Value::String(named)), Some(language)) if named != language => {
                return Err(DataError::new(
                    file,
                    "language",
                    format!("is \"{named}\", but this is the {language} file: write language = \"{language}\""),
                ))
            }
            (Some(Value::String(named)), _) => named.clone(),
            (_, language) => {
                let example = language.unwrap_or(ORIGINAL_LANGUAGE);
                return Err(DataError::new(
                    file,
                    "language",
                    format!("is missing; name the language, as \"{example}\""),
                ));
            }
        };
        let language = named;
        let (locale, plurals) =
            cldr::with_plural_rule(&language).map_err(|problem| DataError::new(file, "language", problem))?;
        let reading = Reading { file, language: &language, forms: &locale.plural_forms };
        let rest: toml::Table = table.into_iter().filter(|(key, _)| key != "language").collect();
        let entries = entries(&rest, "", &reading)?;
        if let Some((key, _)) = entries.iter().find(|(_, entry)| !matches!(entry, UiEntry::Table(_))) {
            return Err(DataError::new(
                file,
                key,
                "is outside any table; put it under a [table] for its part of the page",
            ));
        }
        let ui = Ui { language, entries, locale, plurals };
        for (table, from_cldr) in ui.cldr_entries() {
            if let Some((key, _)) = from_cldr.iter().find(|(key, _)| ui.entry(&format!("{table}.{key}")).is_some()) {
                return Err(DataError::new(
                    file,
                    &format!("{table}.{key}"),
                    "comes from CLDR (tools/datagen/src/cldr.rs), for the language: remove it here",
                ));
            }
        }
        Ok(ui)
    }

    /// The entry at `path` ("calculator.results.per-job").
    fn entry(&self, path: &str) -> Option<&UiEntry> {
        let mut entries = &self.entries;
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            let (_, entry) = entries.iter().find(|(k, _)| k == key)?;
            match entry {
                _ if keys.peek().is_none() => return Some(entry),
                UiEntry::Table(inner) => entries = inner,
                _ => return None,
            }
        }
        None
    }

    /// Every text of the table at `path` ("calculator.value-source"), as written, by key; a
    /// plural's forms joined by " / ".
    pub fn texts(&self, path: &str) -> Vec<(String, String)> {
        let Some(UiEntry::Table(entries)) = self.entry(path) else {
            return Vec::new();
        };
        entries
            .iter()
            .filter_map(|(key, entry)| {
                let text = match entry {
                    UiEntry::Text(pieces) => show(pieces),
                    UiEntry::Plural(forms) => forms.iter().map(|f| show(f)).collect::<Vec<_>>().join(" / "),
                    UiEntry::List(words) => words.join(", "),
                    UiEntry::Number { value, .. } => value.clone(),
                    UiEntry::Table(_) => return None,
                };
                Some((key.clone(), text))
            })
            .collect()
    }
}

/// The entries of a table, checked (in the order `toml` gives: by key).
fn entries(table: &toml::Table, prefix: &str, reading: &Reading) -> Result<Vec<(String, UiEntry)>, DataError> {
    let mut out = Vec::new();
    for (key, value) in table {
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        if !is_key(key) {
            return Err(DataError::new(
                reading.file,
                &path,
                "keys are lower-case words joined by hyphens (\"step-count\")",
            ));
        }
        let entry = match value {
            Value::String(text) => {
                UiEntry::Text(pieces(text).map_err(|problem| DataError::new(reading.file, &path, problem))?)
            }
            Value::Array(items) => {
                let words = items
                    .iter()
                    .map(|item| item.as_str().map(str::to_owned))
                    .collect::<Option<Vec<_>>>()
                    .filter(|words| !words.is_empty() && words.iter().all(|w| !w.trim().is_empty()))
                    .ok_or_else(|| DataError::new(reading.file, &path, "a list must hold words, none of them empty"))?;
                UiEntry::List(words)
            }
            Value::Table(inner) if !inner.is_empty() && inner.keys().all(|key| CATEGORIES.contains(&key.as_str())) => {
                plural(inner, &path, reading)?
            }
            Value::Table(inner) => UiEntry::Table(entries(inner, &path, reading)?),
            Value::Integer(number) => UiEntry::Number { rust_type: "f64", value: format!("{:?}", *number as f64) },
            Value::Float(number) if number.is_finite() => {
                UiEntry::Number { rust_type: "f64", value: format!("{number:?}") }
            }
            _ => {
                return Err(DataError::new(
                    reading.file,
                    &path,
                    "must be words in quotes, a list of them, a number or a table",
                ))
            }
        };
        out.push((key.clone(), entry));
    }
    Ok(out)
}

/// A plural entry: exactly the language's forms, each with the same placeholders but `{count}`.
fn plural(table: &toml::Table, path: &str, reading: &Reading) -> Result<UiEntry, DataError> {
    let fail = |problem: String| Err(DataError::new(reading.file, path, problem));
    let given: BTreeSet<&str> = table.keys().map(String::as_str).collect();
    let wanted: BTreeSet<&str> = reading.forms.iter().copied().collect();
    if given != wanted {
        return fail(format!(
            "a plural needs exactly the forms of \"{}\" (CLDR's): {} (it has {})",
            reading.language,
            reading.forms.join(", "),
            given.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    let mut forms = Vec::new();
    for form in reading.forms {
        let Some(Value::String(text)) = table.get(*form) else {
            return fail(format!("form \"{form}\" must be words in quotes"));
        };
        forms.push(pieces(text).map_err(|problem| DataError::new(reading.file, &format!("{path}.{form}"), problem))?);
    }
    let names = |pieces: &[Piece]| -> BTreeSet<String> {
        placeholders(pieces).into_iter().filter(|name| name != "count").collect()
    };
    for (form, pieces) in reading.forms.iter().zip(&forms).skip(1) {
        let (first, this) = (names(&forms[0]), names(pieces));
        if let Some(name) = first.symmetric_difference(&this).next() {
            let (has, lacks) = if first.contains(name) { (reading.forms[0], *form) } else { (*form, reading.forms[0]) };
            return fail(format!(
                "form \"{lacks}\" lacks {{{name}}}, which form \"{has}\" has; every form needs the same placeholders"
            ));
        }
    }
    Ok(UiEntry::Plural(forms))
}

/// A text cut at its `{placeholders}`.
pub fn pieces(text: &str) -> Result<Vec<Piece>, String> {
    if text.trim().is_empty() {
        return Err("is empty".into());
    }
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("has a '}}' with no '{{' before it: \"{text}\""));
        }
        let close = rest[open..]
            .find('}')
            .map(|at| open + at)
            .ok_or_else(|| format!("has a '{{' that is not closed: \"{text}\""))?;
        let name = &rest[open + 1..close];
        if !is_placeholder(name) {
            return Err(format!(
                "placeholder {{{name}}} is not a name: use lower-case letters, digits and underscores, as {{step_count}}"
            ));
        }
        if open > 0 {
            pieces.push(Piece::Words(rest[..open].to_owned()));
        }
        pieces.push(Piece::Placeholder(name.to_owned()));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Words(rest.to_owned()));
    }
    Ok(pieces)
}

/// The placeholders of a text, each once, in order.
fn placeholders(pieces: &[Piece]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for piece in pieces {
        if let Piece::Placeholder(name) = piece {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

fn is_key(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !key.ends_with('-')
        && !key.contains("--")
        && !RUST_KEYWORDS.contains(&key.replace('-', "_").as_str())
}

fn is_placeholder(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !RUST_KEYWORDS.contains(&name)
}

/// Words a key cannot be, since it becomes a Rust name.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "static",
    "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do",
    "final", "gen", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// A text as written in `ui.toml`, for the generated item's doc comment.
fn show(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Words(words) => words.replace('\n', " "),
            Piece::Placeholder(name) => format!("{{{name}}}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        Ui::parse(text).expect_err("must be rejected").to_string()
    }

    #[test]
    fn texts_become_constants_and_messages_structs() {
        let ui = Ui::parse(
            "language = \"en\"\n[walkthrough]\nnext = \"Next\"\nstep-count = \"Step {number} of {total}\"\nheading = { one = \"{count} step\", other = \"{count} steps\" }\nsteps = [\"One\", \"Two\"]\n[number]\nscale = 1000\n",
        )
        .unwrap();
        let rust = ui.to_rust();
        assert!(rust.contains("pub mod walkthrough {"), "{rust}");
        assert!(rust.contains("pub const NEXT: &str = \"Next\";"));
        assert!(rust
            .contains("pub struct StepCount<'a> {\n        pub number: &'a str,\n        pub total: &'a str,\n    }"));
        assert!(rust.contains("format!(\"Step {} of {}\", self.number, self.total)"), "{rust}");
        assert!(rust.contains("pub struct Heading {\n        pub count: u32,\n    }"), "{rust}");
        assert!(rust.contains("0 => format!(\"{} step\", count),"));
        assert!(rust.contains("pub const STEPS: [&str; 2] = [\"One\", \"Two\"];"));
        assert!(rust.contains("pub const SCALE: f64 = 1000.0;"));
        assert!(rust.contains("pub const LANGUAGE: &str = \"en\";"));
    }

    #[test]
    fn numbers_and_dates_are_cldrs() {
        let ui = Ui::parse("language = \"en\"\n[number]\nmillions = \"{amount} million\"\n").unwrap();
        let rust = ui.to_rust();
        let locale = &ui.locale;
        // CLDR's items join the table the file has, and make the one it has not.
        let number = &rust[rust.find("pub mod number {").unwrap()..];
        let number = &number[..number.find("\n}\n").unwrap()];
        assert!(number.contains("pub struct Millions"), "{rust}");
        assert!(number.contains(&format!("pub const THOUSANDS: &str = {:?};", locale.group)), "{rust}");
        assert!(number.contains(&format!("pub const DECIMAL: &str = {:?};", locale.decimal)));
        assert!(number.contains(&format!("pub const MIN_GROUPING: usize = {};", locale.min_grouping)));
        assert!(rust.contains(&format!("pub const MONTHS: [&str; 12] = {:?};", locale.months)), "{rust}");
        assert!(rust.contains(&format!("pub const MONTHS_SHORT: [&str; 12] = {:?};", locale.months_short)));
        assert!(rust.contains("pub struct Day<'a> {") && rust.contains("pub struct Month<'a> {"));
    }

    #[test]
    fn what_cldr_gives_is_refused_in_the_file() {
        for (table, entry) in
            [("number", "thousands = \",\""), ("date", "months-short = [\"Jan\"]"), ("date", "day = \"{day}\"")]
        {
            let key = entry.split(' ').next().unwrap();
            assert_eq!(
                error(&format!("language = \"en\"\n[{table}]\n{entry}\n")),
                format!("data/ui.toml: {table}.{key}: comes from CLDR (tools/datagen/src/cldr.rs), for the language: remove it here")
            );
        }
    }

    #[test]
    fn broken_placeholders_name_the_entry() {
        let base = "language = \"en\"\n[calculator]\n";
        assert_eq!(
            error(&format!("{base}gap = \"Gap of {{amount\"")),
            "data/ui.toml: calculator.gap: has a '{' that is not closed: \"Gap of {amount\""
        );
        assert!(error(&format!("{base}gap = \"Gap }} of\"")).starts_with("data/ui.toml: calculator.gap: has a '}'"));
        assert!(error(&format!("{base}gap = \"Gap of {{Amount}}\"")).contains("placeholder {Amount} is not a name"));
        assert!(error(&format!("{base}gap = \"\"")).ends_with("calculator.gap: is empty"));
    }

    #[test]
    fn plurals_need_the_languages_forms_with_the_same_placeholders() {
        let base = "language = \"en\"\n[calculator]\n";
        assert!(error(&format!("{base}years = {{ other = \"{{count}} years\", few = \"x\" }}")).contains(
            "calculator.years: a plural needs exactly the forms of \"en\" (CLDR's): one, other (it has few, other)"
        ));
        assert_eq!(
            error(&format!("{base}years = {{ one = \"a year\", other = \"{{count}} years of {{what}}\" }}")),
            "data/ui.toml: calculator.years: form \"one\" lacks {what}, which form \"other\" has; every form needs the same placeholders"
        );
        assert!(
            Ui::parse(&format!("{base}years = {{ one = \"a year\", other = \"{{count}} years\" }}")).is_ok(),
            "{{count}} may be left out"
        );
    }

    #[test]
    fn keys_and_the_language_are_checked() {
        assert!(error("[a]\nx = \"y\"").contains("language: is missing"));
        assert!(error("language = \"xx\"\n[a]\nx = \"y\"").contains("language: CLDR has no data for \"xx\""));
        assert!(error("language = \"en\"\n[a]\nStep_Count = \"y\"").contains("a.Step_Count: keys are lower-case words"));
        assert!(error("language = \"en\"\n[a]\ntype = \"y\"").contains("a.type: keys are"));
        assert!(error("language = \"en\"\nx = \"y\"").contains("x: is outside any table"));
        assert!(error("language = \"en\"\n[a]\nx = true").contains("a.x: must be words"));
        assert!(error("language = \"en\"\n[a]\nx = nan")
            .contains("a.x: must be words in quotes, a list of them, a number or a table"));
        assert!(error("language = \"en\"\n[a]\nx = []").contains("a.x: a list must hold words"));
    }
}
