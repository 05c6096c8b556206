//! `make review`: writes the review sheet for an editor, every text that cites a passage
//! beside the passage, hedges marked, then the assumptions and the corrections log.
//!
//! Usage: `review <data-dir> <out.html> [language]`: a translation's sheet shows each of its
//! texts beside the English passage it cites (`make review LANGUAGE=es`).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (data, out, language) = match &args[..] {
        [data, out] => (data, out, "en"),
        [data, out, language] => (data, out, language.as_str()),
        _ => {
            eprintln!("usage: review <data-dir> <out.html> [language]");
            return ExitCode::FAILURE;
        }
    };
    let data = Path::new(data);
    let sheet = datagen::DataFiles::read_edition(data, language)
        .and_then(datagen::Content::check_unhedged)
        .and_then(|content| datagen::Ui::load(data, language).and_then(|ui| datagen::review_sheet(&content, &ui)));
    let sheet = match sheet {
        Ok(sheet) => sheet,
        Err(error) => {
            eprintln!("error in the explainer's content:\n  {error}");
            return ExitCode::FAILURE;
        }
    };
    let out = Path::new(out);
    if let Some(dir) = out.parent() {
        if let Err(error) = std::fs::create_dir_all(dir) {
            eprintln!("cannot create {}: {error}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    if let Err(error) = std::fs::write(out, sheet) {
        eprintln!("cannot write {}: {error}", out.display());
        return ExitCode::FAILURE;
    }
    println!("The review sheet is {}", out.display());
    ExitCode::SUCCESS
}
