//! Code generation against CPython 3.12: for every file of tests/codegen/corpus, the module
//! unit's instruction sequence (before CFG optimisation) and metadata must equal what
//! `_testinternalcapi.compiler_codegen` returned for it (the `.expected` files, written by
//! tests/codegen/gen_expected.py under CPython 3.12). Files listed in
//! tests/codegen/xfail.txt are expected to fail; the test says when one starts passing.

use ouro_bytecode::Constant;
use ouro_compiler::codegen::codegen_module_unit;
use ouro_compiler::instruction_sequence::{CodeUnitMetadata, InstructionSequence};
use std::path::Path;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn enc(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => (if *b { "True" } else { "False" }).into(),
        Constant::Int(i) => format!("int:{i}"),
        Constant::BigInt(s) => format!("int:{s}"),
        Constant::Float(f) => format!("float:{:016x}", f.to_bits()),
        Constant::Complex { real, imag } => {
            format!("complex:{:016x},{:016x}", real.to_bits(), imag.to_bits())
        }
        Constant::Str(s) => format!("str:{}", hex(s.as_bytes())),
        Constant::SurrogateStr(p) => {
            format!("str:{}", hex(&ouro_bytecode::code::encode_surrogatepass(p)))
        }
        Constant::Bytes(b) => format!("bytes:{}", hex(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(enc).collect();
            format!("tuple({})", parts.join(","))
        }
        Constant::FrozenSet(items) => {
            let mut parts: Vec<String> = items.iter().map(enc).collect();
            parts.sort();
            format!("frozenset({})", parts.join(","))
        }
        Constant::Code(code) => format!("code:{}", code.name),
    }
}

/// Renders a unit as gen_expected.py does.
fn render(seq: &InstructionSequence, md: &CodeUnitMetadata) -> String {
    let mut out = String::new();
    for ins in &seq.instrs {
        let arg = if ins.opcode.has_target() {
            seq.label_map
                .get(ins.oparg as usize)
                .copied()
                .flatten()
                .map_or(-1, |i| i as i64)
        } else {
            i64::from(ins.oparg)
        };
        let l = ins.loc;
        out.push_str(&format!(
            "{} {} {} {} {} {}\n",
            ins.opcode.name(),
            arg,
            l.lineno,
            l.end_lineno,
            l.col_offset,
            l.end_col_offset
        ));
    }
    for c in &md.consts {
        out.push_str(&format!("const {}\n", enc(c)));
    }
    for (field, list) in [
        ("name", &md.names),
        ("varname", &md.varnames),
        ("cellvar", &md.cellvars),
        ("freevar", &md.freevars),
    ] {
        for n in list {
            out.push_str(&format!("{field} {n}\n"));
        }
    }
    out.push_str(&format!("argcount {}\n", md.argcount));
    out.push_str(&format!("posonlyargcount {}\n", md.posonlyargcount));
    out.push_str(&format!("kwonlyargcount {}\n", md.kwonlyargcount));
    out
}

/// The first differing line of two renderings, for the report.
fn first_difference(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        let el = e.get(i).copied().unwrap_or("<end>");
        let al = a.get(i).copied().unwrap_or("<end>");
        if el != al {
            return format!("line {}: expected `{el}`, got `{al}`", i + 1);
        }
    }
    String::new()
}

#[test]
fn codegen_matches_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen");
    let corpus = dir.join("corpus");
    let xfail: Vec<String> = std::fs::read_to_string(dir.join("xfail.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut names: Vec<String> = std::fs::read_dir(&corpus)
        .expect("corpus directory")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .map(|n| n.trim_end_matches(".py").to_string())
        .collect();
    names.sort();
    let mut passed = 0;
    let mut unexpected_failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    for name in &names {
        let src = std::fs::read_to_string(corpus.join(format!("{name}.py"))).expect("source");
        let expected =
            std::fs::read_to_string(corpus.join(format!("{name}.expected"))).expect("expected");
        let optimize = if name.ends_with("_O2") {
            2
        } else if name.ends_with("_O1") {
            1
        } else {
            0
        };
        let actual = match codegen_module_unit(&src, "<corpus>", optimize, false) {
            Ok((seq, md)) => render(&seq, &md),
            Err(e) => format!("error {}\n", e.msg),
        };
        let ok = actual == expected;
        let listed = xfail.contains(name);
        if ok {
            passed += 1;
            if listed {
                unexpected_passes.push(name.clone());
            }
        } else if !listed {
            unexpected_failures.push(format!("{name}: {}", first_difference(&expected, &actual)));
        }
    }
    eprintln!(
        "codegen: {passed}/{} module units identical to CPython 3.12",
        names.len()
    );
    for p in &unexpected_passes {
        eprintln!("now passing (remove from xfail.txt): {p}");
    }
    assert!(
        unexpected_failures.is_empty(),
        "{} unexpected failures:\n{}",
        unexpected_failures.len(),
        unexpected_failures.join("\n")
    );
}
