//! Compares ouro's symbol tables with CPython 3.12's `symtable` module for the corpus in
//! `tests/symtable/` (expected dumps written by `tests/symtable/gen_expected.py`).

use ouro_compiler::symtable;
use std::path::Path;

/// The dump of `source` in the format of gen_expected.py, or its `ERROR` line.
fn ouro_dump(source: &str, filename: &str) -> String {
    let result = ouro_compiler::parse::parse_module(source).and_then(|parsed| {
        let index = ouro_compiler::source::SourceIndex::new(source);
        symtable::build_with_text(parsed.syntax(), source, &index, filename)
    });
    match result {
        Ok(table) => symtable::dump(&table),
        Err(e) => format!(
            "ERROR {} {} {} {}\n",
            e.kind.name(),
            e.lineno,
            e.offset,
            e.msg
        ),
    }
}

#[test]
fn symtable_corpus_matches_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "py")
                && p.file_name().is_some_and(|n| n != "gen_expected.py")
        })
        .collect();
    entries.sort();
    assert!(entries.len() >= 40, "corpus too small: {}", entries.len());
    let mut failures = Vec::new();
    for path in &entries {
        let source = std::fs::read_to_string(path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("sym"))
            .unwrap_or_else(|_| panic!("no expected dump for {}", path.display()));
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let got = ouro_dump(&source, &name);
        if got != expected {
            failures.push(format!("--- {name}\nexpected:\n{expected}got:\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ:\n{}",
        failures.len(),
        entries.len(),
        failures.join("\n")
    );
}
