//! Rewrites the golden documents of `engine/tests/golden` from the current
//! engine and report writer, removes goldens no longer produced, and names
//! each file it changed. The `report` test only compares; this is the one
//! way to accept a new output: run it, then read `git diff` before
//! committing.
//!
//! `cargo run -p fusion-engine --example bless-goldens`

#[path = "../tests/common/goldens.rs"]
mod goldens;

fn main() {
    let dir = goldens::dir();
    std::fs::create_dir_all(&dir).expect("create the golden directory");
    let docs = goldens::documents();
    let mut changed = 0;
    for (file, text) in &docs {
        let path = dir.join(file);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            println!("rewritten: {file}");
            changed += 1;
        }
    }
    for file in goldens::files_on_disk() {
        if !docs.iter().any(|(f, _)| *f == file) {
            std::fs::remove_file(dir.join(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
            println!("removed (no longer produced): {file}");
            changed += 1;
        }
    }
    println!(
        "{} golden documents, {changed} changed; read `git diff engine/tests/golden` before committing",
        docs.len()
    );
}
