//! Reads and validates `content/` and embeds it. A bad content file fails the
//! build with messages naming the file, the entry and the field.

#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/source.rs"]
mod source;
#[path = "src/content/validate.rs"]
#[allow(dead_code)]
mod validate;

use std::path::{Path, PathBuf};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo:rerun-if-changed={}", dir.display());
    for name in source::FILES.iter().chain([&source::SYNONYMS_FILE]) {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
    }
    let content = match source::load_dir(&dir) {
        Ok(content) => content,
        Err(errors) => {
            eprintln!("\nThe help content in content/ has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  - {e}");
                println!("cargo:warning={e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    };
    let bytes = postcard::to_allocvec(&content).expect("content serialises");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.postcard");
    std::fs::write(out, bytes).expect("write embedded content");
}
