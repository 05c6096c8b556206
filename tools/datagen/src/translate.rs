//! A translation of the content. `data/<language>/<file>` mirrors an English data file: its
//! entries in the same order, each with only its key (`id`, a step's `slug`…, so the build can
//! check that they line up) and its prose, translated. Everything else (passages, quotes, dates,
//! numbers, ids) stays in the English file, which the translation is laid over.
//!
//! The overlay is checked field by field against the original: every prose field the English
//! entry has must be translated; nothing but prose may be; a translated text must link to the
//! same entries in the same order (`[words](entry-id)`), and state the same numbers, amounts and
//! dates, compared as values whatever the language writes them as (`values`).

use crate::error::DataError;
use crate::files::file;
use crate::inline::{parse_inline, Inline};
use crate::values::{stated_values, Numerals, Stated};

/// What of one array of entries a translation gives: `keys` copied to line the entries up,
/// `prose` translated (a list of phrases item by item), `words`, lists of the language's own
/// words that replace the English list whole (a hedge's), `nested` arrays of prose items (an
/// entity's roles), and `added`, fields only a translation has, each with the English field
/// whose presence requires it.
struct Entries {
    array: &'static str,
    keys: &'static [&'static str],
    prose: &'static [&'static str],
    words: &'static [&'static str],
    nested: &'static [(&'static str, &'static [&'static str])],
    added: &'static [(&'static str, &'static str)],
}

/// What of a data file a translation gives.
struct Shape {
    file: &'static str,
    /// Prose at the top level of the file.
    prose: &'static [&'static str],
    entries: &'static [Entries],
}

const fn entries(array: &'static str, keys: &'static [&'static str], prose: &'static [&'static str]) -> Entries {
    Entries { array, keys, prose, words: &[], nested: &[], added: &[] }
}

/// Every content file a translation gives, and what of it is prose.
const SHAPES: &[Shape] = &[
    Shape { file: file::STORY, prose: &["title", "dek", "summary"], entries: &[] },
    Shape {
        file: file::SOURCES,
        prose: &[],
        entries: &[entries("source", &["id"], &["label", "date_note", "not_stated"])],
    },
    Shape {
        file: file::ENTITIES,
        prose: &[],
        entries: &[
            // An entity's name is the articles' own (the build finds it in them), as a quote is.
            Entries { nested: &[("role", &["text"])], ..entries("entity", &["id"], &[]) },
            entries("relation", &["from", "to"], &["label"]),
        ],
    },
    Shape {
        file: file::CLAIMS,
        prose: &[],
        entries: &[Entries {
            added: &[("translation", "quote")],
            ..entries("claim", &["id"], &["summary", "context"])
        }],
    },
    Shape { file: file::FIGURES, prose: &[], entries: &[entries("figure", &["id"], &["measures"])] },
    Shape {
        file: file::EVENTS,
        prose: &[],
        entries: &[entries("event", &["id"], &["title", "derivation", "unresolved"])],
    },
    Shape {
        file: file::DIFFERENCES,
        prose: &[],
        entries: &[Entries {
            nested: &[("side", &["label"])],
            ..entries("difference", &["id"], &["topic", "summary", "funding"])
        }],
    },
    Shape { file: file::STEPS, prose: &[], entries: &[entries("step", &["slug"], &["headline", "narrative"])] },
    Shape { file: file::CORRECTIONS, prose: &[], entries: &[entries("correction", &["date"], &["wrong", "now"])] },
    Shape {
        file: file::HEDGES,
        prose: &[],
        entries: &[
            Entries { words: &["keeps"], ..entries("kind", &["name"], &[]) },
            entries("note", &["entry", "word"], &["why"]),
        ],
    },
];

/// The files a translation gives, in the order they are read.
pub fn translated_files() -> impl Iterator<Item = &'static str> {
    SHAPES.iter().map(|shape| shape.file)
}

/// One translation being laid over its original: where it is, and how its numbers are written.
pub struct Overlay<'a> {
    pub language: &'a str,
    /// The English numerals and the translation's.
    pub original: &'a Numerals,
    pub translated: &'a Numerals,
}

impl Overlay<'_> {
    /// `original` with `translation`'s prose laid over it, every field checked.
    pub fn apply(
        &self,
        file: &str,
        mut original: toml::Table,
        translation: toml::Table,
    ) -> Result<toml::Table, DataError> {
        let shape = SHAPES.iter().find(|shape| shape.file == file).expect("every translated file has a shape");
        let path = format!("{}/{file}", self.language);
        let fail = |entry: &str, problem: String| DataError::new(&path, entry, problem);
        let mut translation = translation;
        for field in shape.prose {
            self.field(&path, "(file)", field, &mut original, &mut translation)?;
        }
        for entries in shape.entries {
            let english = match original.get_mut(entries.array) {
                Some(toml::Value::Array(items)) => items,
                _ => continue,
            };
            let Some(toml::Value::Array(translated)) = translation.remove(entries.array) else {
                return Err(fail(
                    entries.array,
                    format!("is missing in {}: translate its {} entries", self.language, english.len()),
                ));
            };
            if translated.len() != english.len() {
                return Err(fail(
                    entries.array,
                    format!(
                        "has {} entries where the English file has {}; keep them one for one, in order",
                        translated.len(),
                        english.len()
                    ),
                ));
            }
            for (english, translated) in english.iter_mut().zip(translated) {
                let (Some(english), toml::Value::Table(mut translated)) = (english.as_table_mut(), translated) else {
                    return Err(fail(entries.array, "holds something other than tables".into()));
                };
                let name = entry_name(entries, english);
                self.entry(&path, &name, entries, english, &mut translated)?;
            }
        }
        if let Some(field) = translation.keys().next() {
            return Err(fail("(file)", format!("`{field}` is not translated: it stays as the English {file} has it")));
        }
        Ok(original)
    }

    fn entry(
        &self,
        path: &str,
        name: &str,
        entries: &Entries,
        english: &mut toml::Table,
        translated: &mut toml::Table,
    ) -> Result<(), DataError> {
        for key in entries.keys {
            if english.get(*key) != translated.remove(*key).as_ref() {
                return Err(DataError::new(
                    path,
                    name,
                    format!("is out of line with the English file: its `{key}` must be the English entry's, in the same order"),
                ));
            }
        }
        for field in entries.prose {
            self.field(path, name, field, english, translated)?;
        }
        for field in entries.words {
            let fail = |problem: String| DataError::new(path, name, format!("`{field}` {problem}"));
            match (english.contains_key(*field), translated.remove(*field)) {
                (true, Some(toml::Value::Array(words)))
                    if !words.is_empty() && words.iter().all(toml::Value::is_str) =>
                {
                    english.insert((*field).to_owned(), toml::Value::Array(words));
                }
                (true, Some(_)) => return Err(fail("must be a list of the language's words".into())),
                (true, None) => return Err(fail(format!("is missing in {}", self.language))),
                (false, Some(_)) => return Err(fail("is not in the English entry".into())),
                (false, None) => {}
            }
        }
        for (added, required_by) in entries.added {
            match (english.contains_key(*required_by), translated.remove(*added)) {
                (true, Some(value)) => {
                    english.insert((*added).to_owned(), value);
                }
                (true, None) => {
                    return Err(DataError::new(
                        path,
                        name,
                        format!("has a `{required_by}`, so it needs its `{added}` in {}", self.language),
                    ))
                }
                (false, Some(_)) => {
                    return Err(DataError::new(path, name, format!("has no `{required_by}` to give a `{added}` of")))
                }
                (false, None) => {}
            }
        }
        for (array, prose) in entries.nested {
            let Some(toml::Value::Array(items)) = english.get_mut(*array) else { continue };
            let Some(toml::Value::Array(translated_items)) = translated.remove(*array) else {
                return Err(DataError::new(path, name, format!("`{array}` is missing in {}", self.language)));
            };
            if translated_items.len() != items.len() {
                return Err(DataError::new(
                    path,
                    name,
                    format!("`{array}` has {} items where the English has {}", translated_items.len(), items.len()),
                ));
            }
            for (index, (item, translated_item)) in items.iter_mut().zip(translated_items).enumerate() {
                let (Some(item), toml::Value::Table(mut translated_item)) = (item.as_table_mut(), translated_item)
                else {
                    return Err(DataError::new(path, name, format!("`{array}` holds something other than tables")));
                };
                let item_name = format!("{name}, {array} {}", index + 1);
                for field in *prose {
                    self.field(path, &item_name, field, item, &mut translated_item)?;
                }
                if let Some(field) = translated_item.keys().next() {
                    return Err(untranslatable(path, &item_name, field));
                }
            }
        }
        match translated.keys().next() {
            Some(field) => Err(untranslatable(path, name, field)),
            None => Ok(()),
        }
    }

    /// Lays the translation of `field` over the English, if the English has it, after checking
    /// the two say the same: the same links, numbers and dates.
    fn field(
        &self,
        path: &str,
        name: &str,
        field: &str,
        english: &mut toml::Table,
        translated: &mut toml::Table,
    ) -> Result<(), DataError> {
        let fail = |problem: String| DataError::new(path, name, format!("`{field}` {problem}"));
        let Some(original) = english.get(field) else {
            return match translated.remove(field) {
                Some(_) => Err(fail("is not in the English entry, so it has nothing to translate".into())),
                None => Ok(()),
            };
        };
        let Some(translation) = translated.remove(field) else {
            return Err(fail(format!("is missing in {}", self.language)));
        };
        match (original, &translation) {
            (toml::Value::String(original), toml::Value::String(translation)) => {
                self.same_sense(original, translation).map_err(fail)?;
            }
            (toml::Value::Array(original), toml::Value::Array(translation)) => {
                let strings = |items: &[toml::Value]| items.iter().all(toml::Value::is_str);
                if !strings(original) || !strings(translation) {
                    return Err(fail("must be a list of texts, as in the English".into()));
                }
                // A list of phrases (what an article does not state), translated item by item.
                if original.len() != translation.len() {
                    return Err(fail(format!(
                        "has {} items where the English has {}",
                        translation.len(),
                        original.len()
                    )));
                }
                for (original, translation) in original.iter().zip(translation) {
                    self.same_sense(original.as_str().unwrap_or_default(), translation.as_str().unwrap_or_default())
                        .map_err(fail)?;
                }
            }
            _ => return Err(fail("must be of the same kind as the English (a text, or a list of texts)".into())),
        }
        english.insert(field.to_owned(), translation);
        Ok(())
    }

    /// The links, numbers and dates a translation must keep from its original.
    fn same_sense(&self, original: &str, translation: &str) -> Result<(), String> {
        if translation.trim().is_empty() {
            return Err("is empty".into());
        }
        let links = |text: &str| -> Result<Vec<String>, String> {
            Ok(parse_inline(text)?.iter().filter_map(|run| run.citation_id().map(str::to_owned)).collect())
        };
        let (before, after) = (links(original)?, links(translation)?);
        if before != after {
            return Err(format!(
                "links to {} in {}, where the English links to {}; a translation keeps every link, in order",
                list(&after),
                self.language,
                list(&before)
            ));
        }
        // The values of the words alone: a link's `](entry-id)` is not part of them.
        let words = |text: &str| -> Result<String, String> {
            Ok(parse_inline(text)?
                .into_iter()
                .map(|run| match run {
                    Inline::Text(text) | Inline::Cited { text, .. } => text,
                })
                .collect())
        };
        let mut added = stated_values(&words(translation)?, self.translated);
        let mut dropped = Vec::new();
        for stated in stated_values(&words(original)?, self.original) {
            match added.iter().position(|kept| kept.value == stated.value) {
                Some(at) => drop(added.remove(at)),
                None => dropped.push(stated),
            }
        }
        match (dropped.first(), added.first()) {
            (None, None) => Ok(()),
            (Some(Stated { written, value }), _) => Err(format!(
                "drops or changes “{written}” ({value}): the {} translation must state the same value",
                self.language
            )),
            (None, Some(Stated { written, value })) => {
                Err(format!("states “{written}” ({value}), which the English does not"))
            }
        }
    }
}

fn entry_name(entries: &Entries, english: &toml::Table) -> String {
    let key = entries
        .keys
        .iter()
        .filter_map(|key| english.get(*key).and_then(toml::Value::as_str))
        .collect::<Vec<_>>()
        .join(" → ");
    format!("{} \"{key}\"", entries.array)
}

fn untranslatable(path: &str, name: &str, field: &str) -> DataError {
    DataError::new(path, name, format!("`{field}` is not translated: it stays as the English file has it"))
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        "nothing".into()
    } else {
        ids.join(", ")
    }
}
