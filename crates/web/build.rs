// The Fluent files are embedded by a macro that cargo cannot see into: rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
