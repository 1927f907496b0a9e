//! The `_opcode` module: `stack_effect` from the one opcode table in ouro-bytecode, and
//! `get_specialization_stats` (None: ouro keeps no such statistics). `dis.stack_effect` is
//! this function. CPython: Modules/_opcode.c.

use crate::object::Value;
use crate::objects::builtin::new_module_function;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};
use ouro_bytecode::opcode::Opcode;

/// Opcodes at or above this number take an argument (CPython: HAVE_ARGUMENT).
const HAVE_ARGUMENT: i64 = 90;

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`.
fn stack_effect(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos == 0 || npos > 2 {
        return Err(vm.new_type_error(format!(
            "stack_effect expected {} 2 arguments, got {npos}",
            if npos == 0 { "at least" } else { "at most" }
        )));
    }
    let mut jump: Option<Value> = None;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match k
            .downcast::<crate::objects::str::StrData>()
            .map(|s| s.as_str())
        {
            Some("jump") => jump = Some(v.clone()),
            Some(other) => {
                return Err(vm.new_type_error(format!(
                    "stack_effect() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.new_type_error("keywords must be strings")),
        }
    }
    let op = vm.index_to_isize(&args[0])? as i64;
    let oparg = args.get(1).filter(|v| npos > 1 && !vm.is_none(v));
    let oparg: u32 = if op >= HAVE_ARGUMENT {
        match oparg {
            None => {
                return Err(vm.new_value_error(
                    "stack_effect: opcode requires oparg but oparg was not specified",
                ))
            }
            Some(v) => vm.index_to_isize(v)? as u32,
        }
    } else {
        if oparg.is_some() {
            return Err(vm.new_value_error(
                "stack_effect: opcode does not permit oparg but oparg was specified",
            ));
        }
        0
    };
    let jump = match jump.filter(|j| !vm.is_none(j)) {
        None => None,
        Some(j) if j.is(&vm.true_) => Some(true),
        Some(j) if j.is(&vm.false_) => Some(false),
        Some(_) => return Err(vm.new_value_error("stack_effect: jump must be False, True or None")),
    };
    let Some(opcode) = u16::try_from(op)
        .ok()
        .and_then(|n| Opcode::from_u16(n).or_else(|| instrumented_base(n)))
    else {
        return Err(vm.new_value_error("invalid opcode or oparg"));
    };
    let effect = match jump {
        Some(j) => opcode.stack_effect(oparg, j),
        None => opcode
            .stack_effect(oparg, false)
            .max(opcode.stack_effect(oparg, true)),
    };
    Ok(vm.new_int(effect as i64))
}

/// The instruction whose stack effect an `INSTRUMENTED_*` opcode (sys.monitoring's, 237-253)
/// has in CPython 3.12's table: most of them are listed with no effect at all.
fn instrumented_base(n: u16) -> Option<Opcode> {
    Some(match n {
        237 => Opcode::LOAD_SUPER_ATTR,
        242 => Opcode::RETURN_VALUE,
        251 => Opcode::END_FOR,
        252 => Opcode::END_SEND,
        238..=253 => Opcode::NOP,
        _ => return None,
    })
}

fn get_specialization_stats(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.none.clone())
}

/// Makes the `_opcode` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_opcode");
    if let Some(md) = m.downcast::<ModuleData>() {
        for (name, f) in [
            (
                "stack_effect",
                stack_effect as crate::objects::builtin::NativeFn,
            ),
            ("get_specialization_stats", get_specialization_stats),
        ] {
            md.dict
                .set_str(vm, &vm.intern(name), new_module_function(vm, name, f, None));
        }
    }
    m
}
