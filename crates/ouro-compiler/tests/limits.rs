//! Pathological inputs (deep nesting, huge literals, NUL bytes) against what CPython 3.12
//! raises for them: `limits/corpus.tsv`, written by `limits/gen_corpus.py` under PY312.

use ouro_compiler::{compile_module, limits, ErrorKind};

struct Case {
    name: String,
    source: String,
    kind: String,
    msg: String,
    loc: [i32; 4],
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).expect("hex digit"))
        .collect()
}

fn load() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/limits/corpus.tsv");
    let text = std::fs::read_to_string(path).expect("corpus.tsv");
    text.lines()
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 8, "bad corpus line {line:.80}");
            let mut bytes = Vec::new();
            for seg in f[1].split(',').filter(|s| !s.is_empty()) {
                let (n, hex) = seg.split_once(':').expect("COUNT:HEX");
                let unit = unhex(hex);
                for _ in 0..n.parse::<usize>().expect("count") {
                    bytes.extend_from_slice(&unit);
                }
            }
            Case {
                name: f[0].to_string(),
                source: String::from_utf8(bytes).expect("utf-8 source"),
                kind: f[2].to_string(),
                msg: f[3].to_string(),
                loc: [f[4], f[5], f[6], f[7]].map(|x| x.parse().expect("number")),
            }
        })
        .collect()
}

/// Messages that the limits layer itself produces (the others come from the parser).
fn is_limit_error(case: &Case) -> bool {
    matches!(case.kind.as_str(), "RecursionError" | "MemoryError")
        || [
            "too many nested parentheses",
            "too many levels of indentation",
            "too many nested f-strings",
            "source code string cannot contain null bytes",
        ]
        .contains(&case.msg.as_str())
        || case.msg.starts_with("Exceeds the limit (4300 digits)")
}

fn check(case: &Case) -> Result<(), String> {
    if case.kind == "OK" {
        return match limits::parse_module(&case.source) {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(format!("expected success, ruff error {e:?}")),
            Err(e) => Err(format!("expected success, got {e:?}")),
        };
    }
    if !is_limit_error(case) {
        // A parser error: the limits must not pre-empt it.
        return match limits::parse_module(&case.source) {
            Ok(Err(e)) => {
                let line = case.source[..usize::from(e.location.start())]
                    .matches('\n')
                    .count() as i32
                    + 1;
                if line == case.loc[0] {
                    Ok(())
                } else {
                    Err(format!(
                        "parser error on line {line}, CPython's on {}",
                        case.loc[0]
                    ))
                }
            }
            Ok(Ok(_)) => Err(format!(
                "expected {} {:?}, parsed fine",
                case.kind, case.msg
            )),
            Err(e) => Err(format!("expected {} {:?}, got {e:?}", case.kind, case.msg)),
        };
    }
    match compile_module(&case.source, "<corpus>", 0) {
        Ok(_) => Err(format!("expected {} {:?}, compiled", case.kind, case.msg)),
        Err(e) => {
            let got = (
                e.kind.name(),
                e.msg.as_str(),
                [e.lineno, e.offset, e.end_lineno, e.end_offset],
            );
            if got == (case.kind.as_str(), case.msg.as_str(), case.loc) {
                Ok(())
            } else {
                Err(format!(
                    "expected {} {:?} {:?}, got {got:?}",
                    case.kind, case.msg, case.loc
                ))
            }
        }
    }
}

#[test]
fn pathological_corpus_matches_cpython() {
    let cases = load();
    assert!(cases.len() > 100);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            limits::with_stack(&c.source, || check(c))
                .err()
                .map(|e| format!("{}: {e:.300}", c.name))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn error_kind_names() {
    assert_eq!(ErrorKind::RecursionError.name(), "RecursionError");
    assert_eq!(ErrorKind::MemoryError.name(), "MemoryError");
}
