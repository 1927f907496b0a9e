//! The checked-in corpus (tests/data/corpus, written by tools/bytecode_oracle.py with
//! python3.12): for every file, CPython's marshal bytes must load, disassemble to CPython's
//! `dis` text and marshal back to the same bytes.

use ouro_bytecode::{dis, marshal};
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus")
}

/// Replaces every `0x` followed by hex digits with `0x0`, as the oracle script does.
fn normalise_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let n = after
            .bytes()
            .take_while(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            .count();
        out.push_str(if n > 0 { "0x0" } else { "0x" });
        rest = &after[n..];
    }
    out.push_str(rest);
    out
}

fn entries() -> Vec<String> {
    let manifest = std::fs::read_to_string(corpus().join("MANIFEST")).expect("corpus MANIFEST");
    let files: Vec<String> = manifest.lines().map(|l| l.replace('/', "__")).collect();
    assert!(
        files.len() >= 20,
        "the corpus should hold at least 20 files"
    );
    files
}

#[test]
fn dis_matches_cpython() {
    let mut failures = Vec::new();
    for name in entries() {
        let data = std::fs::read(corpus().join(format!("{name}.marshal"))).unwrap();
        let loaded = corpus().join(format!("{name}.loaded.dis"));
        let expected = std::fs::read_to_string(if loaded.exists() {
            loaded
        } else {
            corpus().join(format!("{name}.dis"))
        })
        .unwrap();
        let code = marshal::loads_code(&data).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let got = normalise_addresses(&dis::disassemble(&code));
        if got != expected {
            let line = expected
                .lines()
                .zip(got.lines())
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("\n  cpython: {a}\n  ouro:    {b}"))
                .unwrap_or_default();
            failures.push(format!("{name}{line}"));
        }
    }
    assert!(failures.is_empty(), "dis differs:\n{}", failures.join("\n"));
}

#[test]
fn marshal_round_trips_byte_for_byte() {
    let mut failures = Vec::new();
    for name in entries() {
        let data = std::fs::read(corpus().join(format!("{name}.marshal"))).unwrap();
        let code = marshal::loads_code(&data).unwrap();
        let again = marshal::dumps_code(&code);
        if again != data {
            let at = again.iter().zip(&data).position(|(a, b)| a != b);
            failures.push(format!("{name}: first difference at byte {at:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "marshal differs:\n{}",
        failures.join("\n")
    );
}

#[test]
fn truncated_marshal_data_is_an_error() {
    let name = &entries()[0];
    let data = std::fs::read(corpus().join(format!("{name}.marshal"))).unwrap();
    for cut in [0, 1, 5, data.len() / 2, data.len() - 1] {
        assert!(marshal::loads(&data[..cut]).is_err());
    }
}

/// The stack depth walked from the bytecode (what `marshal.loads` trusts over a stated
/// `co_stacksize`) is CPython's own `co_stacksize`, for every code object in the corpus.
#[test]
fn computed_stack_depth_is_cpythons() {
    fn check(code: &ouro_bytecode::code::CodeObject, name: &str, failures: &mut Vec<String>) {
        let got = code.computed_stack_depth();
        if got != Some(code.stacksize) {
            failures.push(format!(
                "{name}: {}: computed {got:?}, co_stacksize {}",
                code.qualname, code.stacksize
            ));
        }
        for c in code.consts.iter() {
            if let ouro_bytecode::code::Constant::Code(inner) = c {
                check(inner, name, failures);
            }
        }
    }
    let mut failures = Vec::new();
    for name in entries() {
        let data = std::fs::read(corpus().join(format!("{name}.marshal"))).unwrap();
        check(&marshal::loads_code(&data).unwrap(), &name, &mut failures);
    }
    assert!(
        failures.is_empty(),
        "depths differ:\n{}",
        failures.join("\n")
    );
}
