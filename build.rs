//! Validates `data/` and compiles it into static Rust (see `tools/datagen`): the content into
//! `content.rs`, the interface's words into `ui.rs`. A broken quote or citation, or a broken
//! placeholder, stops the build here, with a message that names the file and the entry.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    // The edition: "en", or a translation under data/<language>/ (`make dist` builds each).
    println!("cargo:rerun-if-env-changed=EXPLAINER_LANGUAGE");
    let language = std::env::var("EXPLAINER_LANGUAGE").unwrap_or_else(|_| "en".to_owned());
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let data = Path::new(&manifest_dir).join("data");
    let editions = datagen::editions::load(&data).and_then(|editions| datagen::editions::to_rust(&editions, &language));
    let generated = editions
        .and_then(|editions| {
            datagen::Content::load_edition(&data, &language).map(|content| content.to_rust() + &editions)
        })
        .and_then(|content| datagen::Ui::load(&data, &language).map(|ui| (content, ui.to_rust())));
    match generated {
        Ok((content, ui)) => {
            for (file, rust) in [("content.rs", content), ("ui.rs", ui)] {
                let target = Path::new(&out_dir).join(file);
                if let Err(error) = std::fs::write(&target, rust) {
                    eprintln!("cannot write {}: {error}", target.display());
                    std::process::exit(1);
                }
            }
        }
        Err(error) => {
            eprintln!("\nerror in the explainer's content:\n  {error}\n");
            std::process::exit(1);
        }
    }
}
