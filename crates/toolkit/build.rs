// The content folder is embedded by a macro that cargo cannot see into: rebuild when it changes.
fn main() {
    println!("cargo:rerun-if-changed=../../content");
}
