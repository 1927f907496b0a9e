//! `compile()`'s three modes against CPython 3.12: for each case of tests/modes/cases.py,
//! `ouro_compiler::compile` in `eval`, `single` or `exec` mode must give the disassembly (or
//! the SyntaxError) that python3.12 gave, recorded in tests/modes/expected.txt by
//! tests/modes/gen_expected.py.

use ouro_compiler::{compile, Mode};

fn unhex(s: &str) -> String {
    let bytes: Vec<u8> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

fn normalise(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        out.push_str("0xADDR");
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

#[test]
fn modes_match_cpython() {
    let expected = include_str!("modes/expected.txt");
    let mut failures = Vec::new();
    let mut cases = 0;
    for block in expected.split("=== ").skip(1) {
        let (header, want) = block.split_once('\n').unwrap_or((block, ""));
        let (mode, hex) = header.split_once(' ').unwrap();
        let source = unhex(hex);
        let mode = match mode {
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            _ => Mode::Exec,
        };
        let src = if mode == Mode::Eval {
            source.trim_start_matches([' ', '\t'])
        } else {
            &source
        };
        let got = match compile(src, "<s>", mode, 0) {
            Ok(code) => ouro_bytecode::dis::disassemble(&code),
            Err(e) => format!("SyntaxError {} {} {}\n", e.msg, e.lineno, e.offset),
        };
        cases += 1;
        if normalise(got.trim_end()) != normalise(want.trim_end()) {
            failures.push(format!(
                "{mode:?} {source:?}\n--- want\n{want}\n--- got\n{got}"
            ));
        }
    }
    assert!(cases >= 19);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
