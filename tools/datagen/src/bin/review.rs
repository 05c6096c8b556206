//! `make review`: writes the review sheet for an editor, every text that cites a passage
//! beside the passage, hedges marked, then the assumptions and the corrections log.
//!
//! Usage: `review <data-dir> <out.html>`

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, out] = &args[..] else {
        eprintln!("usage: review <data-dir> <out.html>");
        return ExitCode::FAILURE;
    };
    let data = Path::new(data);
    let sheet = datagen::DataFiles::read(data)
        .and_then(datagen::Content::check_unhedged)
        .and_then(|content| datagen::Ui::load(data, "en").and_then(|ui| datagen::review_sheet(&content, &ui)));
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
