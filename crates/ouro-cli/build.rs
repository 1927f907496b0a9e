//! Link options of the `ouro` binary: on GNU/Linux it is linked as a position-dependent
//! executable (`-no-pie`), so the dynamic loader has no relative relocations to apply at
//! every start (about eleven thousand, over 200 KB of pointer tables that each start-up
//! would otherwise copy on write), and those tables stay shared, read-only file pages.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
