//! Link options of the `ouro` binary: on GNU/Linux its relative relocations are packed
//! (`-z pack-relative-relocs`, RELR), so the dynamic loader applies them in a few thousand
//! instructions instead of walking a table of eight thousand entries at every start.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
