//! Oracle test of the back end: CPython 3.12's raw instruction sequences (from
//! `_testinternalcapi.compiler_codegen`) go through `assemble::optimize_and_assemble`, and
//! every field of the result must equal the code object CPython's `compile()` made.
//! The cases come from `tests/assemble/gen_cases.py` (see there for the file format).

use ouro_bytecode::{CodeObject, Constant, Opcode};
use ouro_compiler::assemble::optimize_and_assemble;
use ouro_compiler::instruction_sequence::{
    CodeUnitMetadata, Instruction, InstructionSequence, Location,
};
use std::rc::Rc;

const CASES: &str = include_str!("assemble/cases.txt");

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn string(tok: &str) -> Rc<str> {
    assert!(tok.starts_with('s'), "string token {tok}");
    String::from_utf8(hex(&tok[1..])).unwrap().into()
}

fn float(tok: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(tok, 16).unwrap())
}

fn constant<'a>(toks: &mut impl Iterator<Item = &'a str>) -> Constant {
    let t = toks.next().expect("constant");
    let (tag, rest) = t.split_at(1);
    match tag {
        "N" => Constant::None,
        "E" => Constant::Ellipsis,
        "T" => Constant::Bool(true),
        "F" => Constant::Bool(false),
        "i" => match rest.parse::<i64>() {
            Ok(v) => Constant::Int(v),
            Err(_) => Constant::BigInt(rest.into()),
        },
        "f" => Constant::Float(float(rest)),
        "c" => {
            let (r, i) = rest.split_once(':').unwrap();
            Constant::Complex {
                real: float(r),
                imag: float(i),
            }
        }
        "s" => Constant::Str(string(t)),
        "b" => Constant::Bytes(hex(rest).into()),
        "t" | "z" => {
            let n: usize = rest.parse().unwrap();
            let items: Vec<Constant> = (0..n).map(|_| constant(toks)).collect();
            if tag == "t" {
                Constant::Tuple(items.into())
            } else {
                Constant::FrozenSet(items.into())
            }
        }
        "C" => {
            let (q, line) = rest.split_once(':').unwrap();
            Constant::Code(Rc::new(CodeObject {
                qualname: String::from_utf8(hex(q)).unwrap().into(),
                firstlineno: line.parse().unwrap(),
                ..Default::default()
            }))
        }
        _ => panic!("bad constant {t}"),
    }
}

/// Equality of constants; code objects compare by qualname and first line.
fn same(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Code(x), Constant::Code(y)) => {
            x.qualname == y.qualname && x.firstlineno == y.firstlineno
        }
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same(p, q))
        }
        // The code generator's and compile()'s frozensets were built separately and may
        // iterate in different orders.
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same(p, q)))
        }
        _ => a.same_key(b),
    }
}

struct Case {
    name: String,
    seq: InstructionSequence,
    md: CodeUnitMetadata,
    flags: u32,
    expect: Vec<(String, String)>,
    expect_consts: Vec<Constant>,
}

fn names(line: &str, tag: &str) -> Vec<Rc<str>> {
    let mut it = line.split(' ');
    assert_eq!(it.next(), Some(tag));
    it.filter(|t| !t.is_empty()).map(string).collect()
}

fn parse_cases(text: &str) -> Vec<Case> {
    let mut lines = text.lines();
    let mut cases = Vec::new();
    while let Some(line) = lines.next() {
        let name = String::from_utf8(hex(&line["case s".len()..])).unwrap();
        let meta: Vec<&str> = lines.next().unwrap().split(' ').collect();
        let mut md = CodeUnitMetadata {
            name: string(meta[1]),
            qualname: string(meta[2]),
            firstlineno: meta[3].parse().unwrap(),
            argcount: meta[4].parse().unwrap(),
            posonlyargcount: meta[5].parse().unwrap(),
            kwonlyargcount: meta[6].parse().unwrap(),
            ..Default::default()
        };
        let flags: u32 = meta[7].parse().unwrap();
        let n: usize = lines.next().unwrap()["consts ".len()..].parse().unwrap();
        for _ in 0..n {
            md.consts
                .push(constant(&mut lines.next().unwrap().split(' ')));
        }
        md.names = names(lines.next().unwrap(), "names");
        md.varnames = names(lines.next().unwrap(), "varnames");
        md.cellvars = names(lines.next().unwrap(), "cellvars");
        md.freevars = names(lines.next().unwrap(), "freevars");
        md.fasthidden = names(lines.next().unwrap(), "fasthidden");
        let n: usize = lines.next().unwrap()["instrs ".len()..].parse().unwrap();
        let mut seq = InstructionSequence {
            instrs: Vec::new(),
            label_map: vec![None; n],
        };
        for _ in 0..n {
            let toks: Vec<&str> = lines.next().unwrap().split(' ').collect();
            let v: Vec<i64> = toks[..6].iter().map(|t| t.parse().unwrap()).collect();
            if toks.get(6) == Some(&"L") {
                let here = seq.instrs.len();
                seq.label_map.push(Some(here));
            }
            let opcode = Opcode::from_u16(v[0] as u16).unwrap_or_else(|| panic!("opcode {}", v[0]));
            if opcode.has_target() {
                seq.label_map[v[1] as usize] = Some(v[1] as usize);
            }
            seq.instrs.push(Instruction {
                opcode,
                oparg: v[1] as u32,
                loc: Location {
                    lineno: v[2] as i32,
                    end_lineno: v[3] as i32,
                    col_offset: v[4] as i32,
                    end_col_offset: v[5] as i32,
                },
            });
        }
        assert_eq!(lines.next(), Some("expect"));
        let mut expect = Vec::new();
        let mut expect_consts = Vec::new();
        loop {
            let l = lines.next().unwrap();
            if l == "end" {
                break;
            }
            let (k, v) = l.split_once(' ').unwrap_or((l, ""));
            if k == "consts" {
                let n: usize = v.parse().unwrap();
                for _ in 0..n {
                    expect_consts.push(constant(&mut lines.next().unwrap().split(' ')));
                }
            } else {
                expect.push((k.to_string(), v.to_string()));
            }
        }
        cases.push(Case {
            name,
            seq,
            md,
            flags,
            expect,
            expect_consts,
        });
    }
    cases
}

/// A short report of where two encoded fields first differ.
fn diff(k: &str, expected: &str, got: &str) -> String {
    let at = expected
        .bytes()
        .zip(got.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(got.len()));
    let from = at.saturating_sub(40);
    let window = |s: &str| s[from.min(s.len())..(at + 40).min(s.len())].to_string();
    format!(
        "  {k} (lengths {} / {}, first difference at char {at}):\n    expected ...{}\n    got      ...{}",
        expected.len(),
        got.len(),
        window(expected),
        window(got)
    )
}

fn hexs(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn strs(v: &[Rc<str>]) -> String {
    v.iter()
        .map(|n| format!("s{}", hexs(n.as_bytes())))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fields of `co` in the form the case file uses.
fn fields(co: &CodeObject) -> Vec<(String, String)> {
    let f = |k: &str, v: String| (k.to_string(), v);
    vec![
        f("code", hexs(&co.code)),
        f("names", strs(&co.names)),
        f("localsplusnames", strs(&co.localsplusnames)),
        f("localspluskinds", hexs(&co.localspluskinds)),
        f("stacksize", co.stacksize.to_string()),
        f("flags", co.flags.to_string()),
        f(
            "argcount",
            format!(
                "{} {} {}",
                co.argcount, co.posonlyargcount, co.kwonlyargcount
            ),
        ),
        f("firstlineno", co.firstlineno.to_string()),
        f("qualname", format!("s{}", hexs(co.qualname.as_bytes()))),
        f("name", format!("s{}", hexs(co.name.as_bytes()))),
        f("linetable", hexs(&co.linetable)),
        f("exceptiontable", hexs(&co.exceptiontable)),
    ]
}

#[test]
fn module_units_match_cpython() {
    let cases = parse_cases(CASES);
    assert!(cases.len() >= 60, "corpus too small: {}", cases.len());
    check(&cases);
}

/// Runs the cases of the file named by `OURO_ASSEMBLE_CASES`, if set (for instance a file
/// that gen_cases.py wrote for every module of CPython's Lib).
#[test]
fn extra_cases_match_cpython() {
    let Ok(path) = std::env::var("OURO_ASSEMBLE_CASES") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    check(&parse_cases(&text));
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    let mut field_failures: std::collections::BTreeMap<String, usize> = Default::default();
    for case in cases {
        let result = optimize_and_assemble(case.seq.clone(), case.md.clone(), case.flags, "f.py");
        let co = match result {
            Ok(co) => co,
            Err(e) => {
                failures.push(format!("{}: error {e}", case.name));
                *field_failures.entry("error".into()).or_default() += 1;
                continue;
            }
        };
        let got = fields(&co);
        let mut bad = Vec::new();
        for (k, v) in &case.expect {
            let mine = got
                .iter()
                .find(|(gk, _)| gk == k)
                .map(|(_, gv)| gv.as_str());
            if mine != Some(v.as_str()) {
                bad.push(diff(k, v, mine.unwrap_or("?")));
                *field_failures.entry(k.clone()).or_default() += 1;
            }
        }
        let consts_ok = co.consts.len() == case.expect_consts.len()
            && co
                .consts
                .iter()
                .zip(&case.expect_consts)
                .all(|(a, b)| same(a, b));
        if !consts_ok {
            let at = co
                .consts
                .iter()
                .zip(&case.expect_consts)
                .position(|(a, b)| !same(a, b));
            bad.push(format!(
                "  consts (lengths {} / {}, first difference at {at:?})",
                case.expect_consts.len(),
                co.consts.len()
            ));
            *field_failures.entry("consts".into()).or_default() += 1;
        }
        if !bad.is_empty() {
            failures.push(format!("{}:\n{}", case.name, bad.join("\n")));
        }
    }
    let passed = cases.len() - failures.len();
    eprintln!(
        "assemble oracle: {passed}/{} code units identical",
        cases.len()
    );
    eprintln!("fields differing: {field_failures:?}");
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ",
        failures.len(),
        cases.len()
    );
}
