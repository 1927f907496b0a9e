//! Link options of the `ouro` binary, both for start-up time on GNU/Linux. It is linked as a
//! position-dependent executable (`-no-pie`), so the dynamic loader has no relative
//! relocations to apply at every start (about eleven thousand, over 200 KB of pointer tables
//! that each start-up would otherwise copy on write), and those tables stay shared, read-only
//! file pages. And the unwinder (panics unwind to the CLI's boundary) comes from gcc's static
//! `libgcc_eh.a` instead of the shared `libgcc_s.so.1` that Rust's standard library asks for:
//! loading that library costs about 0.1 ms of every start. `-lgcc_s` finds a one-line linker
//! script named `libgcc_s.a` in this build's output directory, searched before the system's,
//! which stands for `libgcc_eh.a`; where the compiler driver does not know `libgcc_eh.a`,
//! the shared library is linked as before.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" || env != "gnu" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    if let Some(eh) = static_unwinder() {
        let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
            return;
        };
        let dir = out.join("static-unwinder");
        let script = format!("INPUT({})\n", eh.display());
        if std::fs::create_dir_all(&dir).is_ok()
            && std::fs::write(dir.join("libgcc_s.a"), script).is_ok()
        {
            println!("cargo:rustc-link-search=native={}", dir.display());
        }
    }
}

/// The path of `libgcc_eh.a` as the C compiler driver (the linker rustc uses) finds it.
fn static_unwinder() -> Option<PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let out = Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .ok()?;
    let path = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    // The driver prints the bare name back when it does not know the file.
    (path.is_absolute() && Path::new(&path).is_file()).then_some(path)
}
