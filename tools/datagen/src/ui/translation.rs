//! A language's words held against the English ones: the page's code is written against the
//! items the English file makes, so a translation must make the same ones, entry for entry,
//! placeholder for placeholder. Only the plural forms differ, each language having CLDR's.

use std::collections::BTreeSet;

use super::{placeholders, Piece, Ui, UiEntry};
use crate::DataError;

impl Ui {
    /// Checks the text of `language`'s ui.toml against the English words, `original`.
    pub fn parse_translation(original: &Ui, language: &str, text: &str) -> Result<Ui, DataError> {
        let file = Ui::file(language)?;
        let ui = Ui::parse_in(&file, Some(language), text)?;
        let fail = |entry: &str, problem: String| DataError::new(&file, entry, problem);
        let mut tables = vec![(String::new(), &ui.entries, &original.entries)];
        while let Some((prefix, ours, english)) = tables.pop() {
            let path = |key: &str| if prefix.is_empty() { key.to_owned() } else { format!("{prefix}.{key}") };
            for (key, theirs) in english {
                let Some((_, entry)) = ours.iter().find(|(k, _)| k == key) else {
                    return Err(fail(&path(key), format!("missing in {language}")));
                };
                match (entry, theirs) {
                    (UiEntry::Table(ours), UiEntry::Table(english)) => tables.push((path(key), ours, english)),
                    _ => same_shape(entry, theirs).map_err(|problem| fail(&path(key), problem))?,
                }
            }
            if let Some((key, _)) = ours.iter().find(|(key, _)| !english.iter().any(|(k, _)| k == key)) {
                return Err(fail(&path(key), "not in the English ui.toml".to_owned()));
            }
        }
        Ok(ui)
    }
}

/// Whether an entry makes the item the English one makes: the same kind, the same placeholders,
/// a list as long.
fn same_shape(ours: &UiEntry, english: &UiEntry) -> Result<(), String> {
    let names = |pieces: &[&Vec<Piece>]| -> BTreeSet<String> {
        pieces.iter().flat_map(|piece| placeholders(piece)).filter(|name| name != "count").collect()
    };
    let (ours_names, english_names) = match (ours, english) {
        (UiEntry::Text(ours), UiEntry::Text(english)) => (names(&[ours]), names(&[english])),
        (UiEntry::Plural(ours), UiEntry::Plural(english)) => {
            (names(&ours.iter().collect::<Vec<_>>()), names(&english.iter().collect::<Vec<_>>()))
        }
        (UiEntry::List(ours), UiEntry::List(english)) if ours.len() != english.len() => {
            return Err(format!("has {} words; the English list has {}", ours.len(), english.len()))
        }
        (UiEntry::List(_), UiEntry::List(_)) | (UiEntry::Number { .. }, UiEntry::Number { .. }) => return Ok(()),
        _ => return Err(format!("is {}, where the English ui.toml has {}", kind(ours), kind(english))),
    };
    if let Some(name) = english_names.difference(&ours_names).next() {
        return Err(format!("lacks {{{name}}}, which the English has; the page fills in the same placeholders"));
    }
    if let Some(name) = ours_names.difference(&english_names).next() {
        return Err(format!("has {{{name}}}, which the English has not; the page fills in the same placeholders"));
    }
    Ok(())
}

fn kind(entry: &UiEntry) -> &'static str {
    match entry {
        UiEntry::Text(_) => "a text",
        UiEntry::Plural(_) => "a plural",
        UiEntry::List(_) => "a list",
        UiEntry::Number { .. } => "a number",
        UiEntry::Table(_) => "a table",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = r#"language = "en"
[walkthrough]
heading = { one = "The story in {count} step", other = "The story in {count} steps" }
next = "Next"
[calculator.results]
per-job = "of the planned total per job, at {jobs} jobs"
[number]
billions-scale = 1
billions = "${amount} billion"
"#;

    const SPANISH: &str = r#"language = "es"
[walkthrough]
heading = { one = "La historia en {count} paso", many = "La historia en {count} de pasos", other = "La historia en {count} pasos" }
next = "Siguiente"
[calculator.results]
per-job = "del total previsto por empleo, con {jobs} empleos"
[number]
billions-scale = 1000
billions = "{amount} millones de dólares"
"#;

    fn spanish(from: &str, to: &str) -> Result<Ui, DataError> {
        assert!(SPANISH.contains(from), "{from}");
        Ui::parse_translation(&Ui::parse(ENGLISH).unwrap(), "es", &SPANISH.replacen(from, to, 1))
    }

    fn error(from: &str, to: &str) -> String {
        spanish(from, to).expect_err("must be refused").to_string()
    }

    #[test]
    fn a_translation_makes_the_same_items_in_its_language() {
        let rust = spanish("", "").unwrap().to_rust();
        for item in [
            "pub const LANGUAGE: &str = \"es\";",
            "if n == 1 { 0 } else if n != 0 && n % 1000000 == 0 { 1 } else { 2 }",
            "pub const BILLIONS_SCALE: f64 = 1000.0;",
            "pub const THOUSANDS: &str = \".\";",
            "pub const DECIMAL: &str = \",\";",
            "pub const MIN_GROUPING: usize = 2;",
            "format!(\"{} de {} de {}\", self.day, self.month, self.year)",
            "format!(\"{} de {}\", self.month, self.year)",
            "pub const MONTHS: [&str; 12] = [\"enero\", \"febrero\",",
            "pub const MONTHS_SHORT: [&str; 12] = [\"ene\", \"feb\",",
            "1 => format!(\"La historia en {} de pasos\", count),",
        ] {
            assert!(rust.contains(item), "{item} in\n{rust}");
        }
    }

    #[test]
    fn an_entry_missing_or_extra_is_named() {
        assert_eq!(
            error("per-job = \"del total previsto por empleo, con {jobs} empleos\"\n", ""),
            "data/es/ui.toml: calculator.results.per-job: missing in es"
        );
        assert_eq!(
            error("next = \"Siguiente\"\n", "next = \"Siguiente\"\nskip = \"Saltar\"\n"),
            "data/es/ui.toml: walkthrough.skip: not in the English ui.toml"
        );
        assert_eq!(
            error("[calculator.results]\n", "[calculator.extra]\nx = \"y\"\n[calculator.results]\n"),
            "data/es/ui.toml: calculator.extra: not in the English ui.toml"
        );
    }

    #[test]
    fn placeholders_are_the_englishs() {
        assert_eq!(
            error("con {jobs} empleos", "con {empleos} empleos"),
            "data/es/ui.toml: calculator.results.per-job: lacks {jobs}, which the English has; the page fills in the same placeholders"
        );
        assert_eq!(
            error("con {jobs} empleos", "con {jobs} empleos de {total}"),
            "data/es/ui.toml: calculator.results.per-job: has {total}, which the English has not; the page fills in the same placeholders"
        );
        assert_eq!(
            error("next = \"Siguiente\"", "next = [\"Siguiente\"]"),
            "data/es/ui.toml: walkthrough.next: is a list, where the English ui.toml has a text"
        );
    }

    #[test]
    fn plurals_have_the_languages_forms() {
        assert_eq!(
            error("many = \"La historia en {count} de pasos\", ", ""),
            "data/es/ui.toml: walkthrough.heading: a plural needs exactly the forms of \"es\" (CLDR's): one, many, other (it has one, other)"
        );
    }

    #[test]
    fn the_file_names_its_language() {
        assert_eq!(
            error("language = \"es\"", "language = \"pt\""),
            "data/es/ui.toml: language: is \"pt\", but this is the es file: write language = \"es\""
        );
        assert_eq!(Ui::file("es").unwrap(), "es/ui.toml");
        assert!(Ui::file("../es").is_err());
    }
}
