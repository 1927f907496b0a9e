//! `Opcode::stack_effect` against `dis.stack_effect` of python3.12, for every opcode in
//! the table, opargs 0..=300 and both jump values. The expected values are in
//! tests/data/stack_effects.txt, written by tests/gen_stack_effects.py.

use ouro_bytecode::Opcode;

#[test]
fn stack_effects_match_cpython() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/stack_effects.txt");
    let data = std::fs::read_to_string(path).expect("stack_effects.txt");
    let mut mismatches = Vec::new();
    let mut checked = std::collections::HashSet::new();
    for line in data.lines() {
        let mut parts = line.split(' ');
        let (Some(name), Some(jump), Some(effects)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("bad line {line:?}");
        };
        let Some(op) = Opcode::ALL.iter().copied().find(|o| o.name() == name) else {
            mismatches.push(format!("{name}: not in ouro's opcode table"));
            continue;
        };
        checked.insert(op);
        let jump = jump == "1";
        let effects: Vec<i32> = effects.split(',').map(|e| e.parse().unwrap()).collect();
        for arg in 0..=300u32 {
            // One number: the same for every oparg (or the opcode takes none).
            let expected = effects[if effects.len() == 1 { 0 } else { arg as usize }];
            let got = op.stack_effect(arg, jump);
            if got != expected {
                mismatches.push(format!(
                    "{name} oparg {arg} jump {jump}: cpython {expected}, ouro {got}"
                ));
                break;
            }
        }
    }
    let missing: Vec<_> = Opcode::ALL
        .iter()
        .filter(|o| !checked.contains(o))
        .map(|o| o.name())
        .collect();
    assert!(
        missing.is_empty(),
        "opcodes with no CPython data: {missing:?}"
    );
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
