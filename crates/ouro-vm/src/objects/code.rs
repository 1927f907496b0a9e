//! Code objects at run time: the compiler's plain `CodeObject` plus its constants and names as
//! Python values, made once when the code is loaded. CPython: Objects/codeobject.c.

use std::rc::Rc;

use ouro_bytecode::{CodeObject, Constant};

use crate::object::{alloc_object, Payload, PyRef, Value};
use crate::objects::str::StrRef;
use crate::vm::Vm;

pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[StrRef]>,
    pub localsplusnames: Box<[StrRef]>,
    pub filename: StrRef,
    pub name: StrRef,
    pub qualname: StrRef,
    /// Number of cell and free variables (the tail of localsplus).
    pub ncells: usize,
    pub nfrees: usize,
    pub nlocalsplus: usize,
    /// Indices (in localsplus) of cell variables that are also arguments.
    pub cell_args: Box<[usize]>,
}

impl Payload for CodeData {}

pub type CodeRef = PyRef<CodeData>;

/// Turns a compiled code object into a runtime code object.
pub fn from_code_object(vm: &Vm, code: &Rc<CodeObject>) -> CodeRef {
    let consts = code
        .consts
        .iter()
        .map(|c| constant_to_value(vm, c))
        .collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let localsplusnames: Box<[StrRef]> =
        code.localsplusnames.iter().map(|n| vm.intern(n)).collect();
    use ouro_bytecode::code::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL};
    let ncells = code
        .localspluskinds
        .iter()
        .filter(|k| *k & CO_FAST_CELL != 0)
        .count();
    let nfrees = code
        .localspluskinds
        .iter()
        .filter(|k| *k & CO_FAST_FREE != 0)
        .count();
    let cell_args = code
        .localspluskinds
        .iter()
        .enumerate()
        .filter(|(_, k)| *k & CO_FAST_CELL != 0 && *k & CO_FAST_LOCAL != 0)
        .map(|(i, _)| i)
        .collect();
    alloc_object(
        vm.types.code,
        CodeData {
            consts,
            names,
            nlocalsplus: localsplusnames.len(),
            localsplusnames,
            filename: vm.intern(&code.filename),
            name: vm.intern(&code.name),
            qualname: vm.intern(&code.qualname),
            ncells,
            nfrees,
            cell_args,
            code: code.clone(),
        },
    )
}

/// A constant of `co_consts` as a Python value.
pub fn constant_to_value(vm: &Vm, c: &Constant) -> Value {
    match c {
        Constant::None => vm.none.clone(),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Bool(b) => vm.new_bool(*b),
        Constant::Int(i) => vm.new_int(*i),
        Constant::BigInt(s) => match s.parse::<num_bigint::BigInt>() {
            Ok(b) => vm.new_bigint(b),
            Err(_) => vm.new_int(0),
        },
        Constant::Float(f) => vm.new_float(*f),
        Constant::Complex { real, imag } => crate::ops::new_complex(vm, *real, *imag),
        Constant::Str(s) => vm.intern(s).into_value(),
        // The runtime str cannot hold lone surrogates yet: they become U+FFFD.
        Constant::SurrogateStr(cps) => vm.new_string(
            cps.iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                .collect(),
        ),
        Constant::Bytes(b) => crate::ops::new_bytes(vm, b.to_vec()),
        Constant::Tuple(items) => {
            vm.new_tuple(items.iter().map(|c| constant_to_value(vm, c)).collect())
        }
        Constant::FrozenSet(items) => {
            let items: Vec<Value> = items.iter().map(|c| constant_to_value(vm, c)).collect();
            crate::ops::new_frozenset(vm, items)
        }
        Constant::Code(code) => from_code_object(vm, code).into_value(),
    }
}

pub fn init(vm: &Vm) {
    crate::ops::init_code_methods(vm);
}
