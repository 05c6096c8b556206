//! Validates `data/` and compiles it into static Rust (see `tools/datagen`). A broken quote or
//! citation stops the build here, with a message that names the file and the entry.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data");
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    match datagen::Content::load(&Path::new(&manifest_dir).join("data")) {
        Ok(content) => {
            let target = Path::new(&out_dir).join("content.rs");
            if let Err(error) = std::fs::write(&target, content.to_rust()) {
                eprintln!("cannot write {}: {error}", target.display());
                std::process::exit(1);
            }
        }
        Err(error) => {
            eprintln!("\nerror in the explainer's content:\n  {error}\n");
            std::process::exit(1);
        }
    }
}
