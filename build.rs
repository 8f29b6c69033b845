//! Rebuild the binary when the bundled site changes: `src/source.rs` embeds these
//! folders with `include_dir!`, which cargo does not track by itself.
fn main() {
    for path in ["errdocs.toml", "content", "locales", "templates", "static"] {
        println!("cargo:rerun-if-changed={path}");
    }
}
