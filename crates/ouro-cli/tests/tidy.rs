//! Tidy checks over the repository's Rust sources: every `.rs` file under `crates/` opens with
//! a `//!` paragraph saying what it owns, and every crate root forbids `unsafe` unless the crate
//! is listed in ARCHITECTURE.md's section on modules allowed to hold `unsafe`; inside such a
//! crate only the listed modules use `unsafe`, and every `unsafe` block or impl carries a
//! `// SAFETY:` comment.

use std::path::{Path, PathBuf};

/// Crates whose root may omit `#![forbid(unsafe_code)]` (keep in step with ARCHITECTURE.md).
const UNSAFE_ALLOWED_CRATES: &[&str] = &["ouro-vm"];

/// The modules of those crates that may hold `unsafe` (keep in step with ARCHITECTURE.md).
const UNSAFE_ALLOWED_MODULES: &[&str] = &[
    "ouro-vm/src/object.rs",
    "ouro-vm/src/frame.rs",
    "ouro-vm/src/gc.rs",
    "ouro-vm/src/pymath.rs",
    "ouro-vm/src/fileutils.rs",
];

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let mut files = Vec::new();
    rust_files(&crates_dir(), &mut files);
    assert!(!files.is_empty());
    let bad: Vec<String> = files
        .iter()
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            !text.starts_with("//! ")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        bad.is_empty(),
        "these files do not start with a `//!` paragraph:\n{}",
        bad.join("\n")
    );
}

#[test]
fn crate_roots_forbid_unsafe() {
    let mut bad = Vec::new();
    for entry in std::fs::read_dir(crates_dir()).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if UNSAFE_ALLOWED_CRATES.contains(&name.as_str()) {
            continue;
        }
        for root in ["src/lib.rs", "src/main.rs"] {
            let path = entry.path().join(root);
            if let Ok(text) = std::fs::read_to_string(&path) {
                if !text.contains("#![forbid(unsafe_code)]") {
                    bad.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "these crate roots lack #![forbid(unsafe_code)]:\n{}",
        bad.join("\n")
    );
}

#[test]
fn unsafe_only_in_the_memory_core_and_always_justified() {
    let mut bad = Vec::new();
    for krate in UNSAFE_ALLOWED_CRATES {
        let mut files = Vec::new();
        rust_files(&crates_dir().join(krate), &mut files);
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let rel = path.display().to_string();
            let allowed = UNSAFE_ALLOWED_MODULES.iter().any(|m| rel.ends_with(m));
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if !code.contains("unsafe {") && !code.contains("unsafe impl") {
                    continue;
                }
                if !allowed {
                    bad.push(format!("{rel}:{}: unsafe outside the memory core", i + 1));
                    continue;
                }
                let justified = lines[i.saturating_sub(4)..=i]
                    .iter()
                    .any(|l| l.contains("// SAFETY:"));
                if !justified {
                    bad.push(format!(
                        "{rel}:{}: unsafe without a // SAFETY: comment",
                        i + 1
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
