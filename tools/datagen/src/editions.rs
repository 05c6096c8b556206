//! `data/editions.toml`: the explainer's editions, English first, each translation with its
//! folder under `data/`. Checked against the folders, and written out as the app's `EDITIONS`,
//! so that every edition's page links the others.

use std::path::Path;

use serde::Deserialize;

use crate::dates::parse_date;
use crate::error::DataError;
use crate::files::{file, parse_toml};

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionsFile {
    edition: Vec<Edition>,
}

/// One edition, as `data/editions.toml` gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Edition {
    pub language: String,
    pub locale: String,
    pub name: String,
    pub read_in: String,
    pub published: String,
}

impl Edition {
    /// Where its pages are, from the site's root: "" for the original, "es/" for Spanish.
    pub fn folder(&self) -> String {
        if self.language == ORIGINAL {
            String::new()
        } else {
            format!("{}/", self.language)
        }
    }
}

/// The language the content is written in; every other edition translates it.
pub const ORIGINAL: &str = "en";

/// Every edition, the original first, checked: each translation has its folder under
/// `data_dir` with its `ui.toml`, and each such folder is an edition.
pub fn load(data_dir: &Path) -> Result<Vec<Edition>, DataError> {
    let path = data_dir.join(file::EDITIONS);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| DataError::new(file::EDITIONS, "(file)", format!("cannot be read: {e}")))?;
    let editions = parse_toml::<EditionsFile>(file::EDITIONS, &text)?.edition;
    if editions.first().map(|e| e.language.as_str()) != Some(ORIGINAL) {
        return Err(DataError::new(
            file::EDITIONS,
            "edition 1",
            format!("must be the original, language = \"{ORIGINAL}\""),
        ));
    }
    for (index, edition) in editions.iter().enumerate() {
        let name = format!("edition \"{}\"", edition.language);
        let fail = |problem: String| DataError::new(file::EDITIONS, &name, problem);
        let is_code = |text: &str, sizes: &[usize], lower: bool| {
            sizes.contains(&text.len())
                && text.chars().all(|c| c.is_ascii_alphabetic() && c.is_ascii_lowercase() == lower)
        };
        if !is_code(&edition.language, &[2, 3], true) {
            return Err(fail("language must be a two- or three-letter lower-case code (BCP 47)".into()));
        }
        match edition.locale.split_once('_') {
            Some((language, territory)) if language == edition.language && is_code(territory, &[2], false) => {}
            _ => return Err(fail(format!("locale must be {}_ and a territory in capitals (en_US)", edition.language))),
        }
        if editions[..index].iter().any(|e| e.language == edition.language) {
            return Err(fail("is listed twice".into()));
        }
        let published = parse_date(&edition.published).map_err(&fail)?;
        if published.day.is_none() {
            return Err(fail(format!("published \"{}\" must be a day: YYYY-MM-DD", edition.published)));
        }
        if edition.name.trim().is_empty() || edition.read_in.trim().is_empty() {
            return Err(fail("needs its `name` and `read-in`, in its own language".into()));
        }
        if index > 0 && !data_dir.join(&edition.language).join(file::UI).is_file() {
            return Err(fail(format!("has no data/{}/{}: its words", edition.language, file::UI)));
        }
    }
    let folders = std::fs::read_dir(data_dir).map_err(|e| DataError::new(file::EDITIONS, "(folder)", e.to_string()))?;
    for folder in folders.flatten() {
        let language = folder.file_name().to_string_lossy().into_owned();
        if folder.path().join(file::UI).is_file() && !editions.iter().any(|e| e.language == language) {
            return Err(DataError::new(
                file::EDITIONS,
                "(file)",
                format!("data/{language}/ holds a translation that is not listed: add its [[edition]]"),
            ));
        }
    }
    Ok(editions)
}

/// The editions as Rust: `EDITIONS`, and `EDITION`, the one being built.
pub fn to_rust(editions: &[Edition], language: &str) -> Result<String, DataError> {
    let current = editions.iter().position(|e| e.language == language).ok_or_else(|| {
        DataError::new(file::EDITIONS, language, "is not an edition: add its [[edition]] to build it")
    })?;
    let mut out = String::from("pub const EDITIONS: &[Edition] = &[\n");
    for edition in editions {
        let published =
            parse_date(&edition.published).map_err(|e| DataError::new(file::EDITIONS, &edition.language, e))?;
        out.push_str(&format!(
            "    Edition {{ language: {:?}, folder: {:?}, locale: {:?}, name: {:?}, read_in: {:?}, published: Date {{ year: {}, month: {:?}, day: {:?} }} }},\n",
            edition.language,
            edition.folder(),
            edition.locale,
            edition.name,
            edition.read_in,
            published.year,
            published.month,
            published.day,
        ));
    }
    out.push_str(&format!(
        "];\n\n/// The edition being built: `EDITIONS[EDITION]`.\npub const EDITION: usize = {current};\n"
    ));
    Ok(out)
}
