//! Every edition builds from `data/`, and the build catches a translation that loses what the
//! original says: each guard is shown failing on an error planted in a copy of the real data.

use std::path::{Path, PathBuf};

use datagen::editions;
use datagen::{Content, Ui};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// Every translation listed in `data/editions.toml`.
fn translations() -> Vec<String> {
    let editions = editions::load(&data()).unwrap_or_else(|e| panic!("{e}"));
    editions.into_iter().skip(1).map(|edition| edition.language).collect()
}

/// A copy of `data/` in a fresh folder, to plant an error in.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Copy {
        let to = std::env::temp_dir().join(format!("datagen-translations-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&to);
        copy_dir(&data(), &to);
        Copy(to)
    }

    /// Replaces the first `from` in `file` with `to`; the text must be there.
    fn plant(&self, file: &str, from: &str, to: &str) -> &Copy {
        let path = self.0.join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(text.contains(from), "{file} no longer contains {from:?}: update the test");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("the copy is writable");
        self
    }

    fn error(&self, language: &str) -> String {
        match Content::load_edition(&self.0, language) {
            Ok(_) => panic!("the planted error was not caught"),
            Err(error) => error.to_string(),
        }
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a temporary folder");
    for entry in std::fs::read_dir(from).expect("data/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("a file copies");
        }
    }
}

#[test]
fn every_edition_builds() {
    assert!(!translations().is_empty(), "data/editions.toml lists a translation");
    for language in std::iter::once("en".to_owned()).chain(translations()) {
        let content = Content::load_edition(&data(), &language).unwrap_or_else(|e| panic!("{language}: {e}"));
        assert_eq!(content.language, language);
        Ui::load(&data(), &language).unwrap_or_else(|e| panic!("{language}: {e}"));
    }
}

#[test]
fn a_translation_keeps_the_passages_and_quotes_verbatim() {
    let english = Content::load(&data()).unwrap_or_else(|e| panic!("{e}"));
    let spanish = Content::load_edition(&data(), "es").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(english.citations, spanish.citations, "the same passages, cited in the same places");
    for (original, translated) in english.claims.iter().zip(&spanish.claims) {
        assert_eq!(original.entry.quote, translated.entry.quote, "{}: the speaker's own words", original.entry.id);
        assert_eq!(original.entry.quote.is_some(), translated.entry.translation.is_some(), "{}", original.entry.id);
    }
    assert_ne!(english.story.title, spanish.story.title, "the prose is translated");
}

#[test]
fn a_missing_entry_or_field_is_named() {
    let copy = Copy::new("missing");
    copy.plant("es/figures.toml", "measures = ", "untranslated = ");
    let error = copy.error("es");
    assert!(error.starts_with("data/es/figures.toml: figure \""), "{error}");
    assert!(error.contains("`measures` is missing in es"), "{error}");
}

#[test]
fn a_translation_may_not_change_what_stays_verbatim() {
    let copy = Copy::new("verbatim");
    copy.plant("es/claims.toml", "translation = ", "quote = \"Something else\"\ntranslation = ");
    let error = copy.error("es");
    assert!(error.starts_with("data/es/claims.toml: claim \""), "{error}");
    assert!(error.contains("`quote` is not translated"), "{error}");
}

#[test]
fn a_dropped_added_or_moved_citation_is_caught() {
    let dropped = Copy::new("dropped");
    dropped.plant("es/steps.toml", "[MGX como cuarto socio principal](mgx)", "MGX como cuarto socio principal");
    let error = dropped.error("es");
    assert!(error.starts_with("data/es/steps.toml: step \"who-is-who\": `narrative` links to"), "{error}");
    assert!(error.contains("where the English links to") && error.contains("mgx"), "{error}");

    let elsewhere = Copy::new("elsewhere");
    elsewhere.plant("es/steps.toml", "(mgx)", "(arm)");
    let error = elsewhere.error("es");
    assert!(error.contains("`narrative` links to") && error.contains("arm, arm"), "{error}");
}

#[test]
fn a_dropped_or_changed_number_is_caught() {
    let changed = Copy::new("changed");
    changed.plant("es/story.toml", "500.000 millones", "50.000 millones");
    let error = changed.error("es");
    assert!(error.starts_with("data/es/story.toml: (file): `summary` drops or changes"), "{error}");
    assert!(error.contains("500000000000"), "{error}");

    let dated = Copy::new("dated");
    dated.plant("es/steps.toml", "21 de enero", "22 de enero");
    let error = dated.error("es");
    assert!(
        error.contains("step \"announcement\": `narrative` drops or changes") && error.contains("day 21 of month 1"),
        "{error}"
    );
}

#[test]
fn a_translation_out_of_line_with_the_original_is_caught() {
    let copy = Copy::new("order");
    copy.plant("es/events.toml", "id = \"openai-launched\"", "id = \"musk-left-openai\"");
    let error = copy.error("es");
    assert!(error.contains("data/es/events.toml") && error.contains("out of line with the English file"), "{error}");
}

#[test]
fn an_unlisted_translation_is_caught() {
    let copy = Copy::new("unlisted");
    std::fs::create_dir_all(copy.0.join("fr")).expect("a folder");
    std::fs::write(copy.0.join("fr/ui.toml"), "language = \"fr\"\n").expect("a file");
    let error = editions::load(&copy.0).expect_err("an unlisted folder fails");
    assert!(error.to_string().contains("data/fr/ holds a translation that is not listed"), "{error}");
}
