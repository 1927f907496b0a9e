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
    /// The number of positional arguments with which a call may run this code in the
    /// evaluation loop's fast tier (a plain function without cells of its own (free variables
    /// are copied in by the tier's COPY_FREE_VARS), whose code starts with
    /// instructions that tier runs; see `ceval_fast::worth_entering`), or `u32::MAX` when its
    /// calls go through the general loop (always for a frame of more than `u32::MAX` slots).
    pub fast_argc: u32,
    /// Where the fast tier starts a call of this code: past a first RESUME (whose check of the
    /// eval breaker the call makes instead).
    pub fast_entry: u32,
    /// The slots of a frame of this code: localsplus and the value stack.
    pub frame_size: usize,
    /// Whether a loop of this code makes calls: the fast tier entered at its backward jump is
    /// then the copy that runs the calls of plain Python functions too (see `ceval_fast::run`).
    pub calls_in_loops: bool,
    /// The evaluation loop's private inline caches, one word per code unit (plus padding), all
    /// zero at first: the loop keeps what it learnt about an instruction in the words of its
    /// CACHE entries (PEP 659). `co_code` never changes, so `dis` sees nothing of this.
    pub quick: Rc<[std::cell::Cell<u64>]>,
    /// The line of each code unit (-1 for none), decoded from the line table the first time a
    /// traceback or frame needs one.
    pub unit_lines: std::cell::OnceCell<Box<[i32]>>,
    /// `co_exceptiontable` decoded, the first time an exception is raised in this code.
    pub exception_entries:
        std::cell::OnceCell<Box<[ouro_bytecode::exception_table::ExceptionTableEntry]>>,
}

/// Words of `CodeData::quick` beyond the code units, so that an instruction's cache words exist
/// even when (hand-made) code ends without its CACHE entries.
pub const QUICK_PADDING: usize = 16;

/// The decoded form of the instruction at a code unit, in its `CodeData::quick` word: the
/// opcode byte in bits 0-7, the whole argument (any `EXTENDED_ARG` prefixes folded in) in bits
/// 8-39, the number of its `CACHE` units in bits 40-47.
#[inline(always)]
pub fn unpack_unit(w: u64) -> (u8, u32, usize) {
    (w as u8, (w >> 8) as u32, ((w >> 40) & 0xff) as usize)
}

/// The `quick` words of `co_code`: each instruction unit decoded once (see `unpack_unit`), so
/// that the loop reads one word per instruction; an `EXTENDED_ARG` unit keeps its opcode and
/// the loop steps over it; cache units start at zero.
fn decode_units(code: &[u8], consts: &[Constant]) -> Rc<[std::cell::Cell<u64>]> {
    use ouro_bytecode::Opcode;
    let units = code.len() / 2;
    let mut out: Vec<std::cell::Cell<u64>> = Vec::with_capacity(units + QUICK_PADDING);
    let mut i = 0;
    let mut ext: u32 = 0;
    while i < units {
        let (op, arg) = (code[i * 2], code[i * 2 + 1] as u32);
        let oparg = (ext << 8) | arg;
        let caches = Opcode::from_u16(op as u16).map_or(0, |o| o.cache_entries() as u64);
        ext = if op == Opcode::EXTENDED_ARG as u8 {
            oparg
        } else {
            0
        };
        out.push(std::cell::Cell::new(
            op as u64 | (oparg as u64) << 8 | caches.min(0xff) << 40,
        ));
        i += 1;
        // The cache units after it.
        for _ in 0..caches {
            if i >= units {
                break;
            }
            out.push(std::cell::Cell::new(0));
            i += 1;
        }
    }
    out.resize_with(units + QUICK_PADDING, || std::cell::Cell::new(0));
    fuse_pairs(&out, consts);
    out.into()
}

/// Opcode bytes no CPython 3.12 instruction uses, given to the loop's superinstructions: the
/// first instruction of a pair is rewritten in `quick` (never in `co_code`), and its handler
/// runs both when the operands allow its fast path, or else just the first one (the second,
/// untouched, then runs as usual). CPython 3.12 has the same idea (LOAD_FAST__LOAD_FAST...).
pub mod superinstruction {
    /// `LOAD_FAST` then `BINARY_OP`: small ints computed without the push and pop.
    pub const LOAD_FAST__BINARY_OP: u8 = 200;
    /// `LOAD_CONST` then `BINARY_OP`.
    pub const LOAD_CONST__BINARY_OP: u8 = 201;
    /// `COMPARE_OP` then `POP_JUMP_IF_FALSE`/`POP_JUMP_IF_TRUE`: small ints branch without
    /// making a bool.
    pub const COMPARE_OP__POP_JUMP: u8 = 202;
    /// `LOAD_FAST` then `LOAD_FAST`.
    pub const LOAD_FAST__LOAD_FAST: u8 = 203;
    /// `FOR_ITER` then `STORE_FAST`: the next item of a range or list goes straight to the
    /// loop variable.
    pub const FOR_ITER__STORE_FAST: u8 = 210;
    /// `BINARY_OP` then `STORE_FAST`: the result goes straight to the local.
    pub const BINARY_OP__STORE_FAST: u8 = 211;
    /// `STORE_FAST` then `LOAD_FAST` (CPython 3.12: STORE_FAST__LOAD_FAST).
    pub const STORE_FAST__LOAD_FAST: u8 = 212;
    /// `LOAD_FAST`, `LOAD_FAST`, `BINARY_OP`: small ints and floats computed from the two
    /// locals without pushing them (the second load keeps its own `LOAD_FAST__BINARY_OP`).
    pub const LOAD_FAST__LOAD_FAST__BINARY_OP: u8 = 213;
    /// `LOAD_FAST`, `LOAD_CONST`, `BINARY_OP` (as above).
    pub const LOAD_FAST__LOAD_CONST__BINARY_OP: u8 = 214;
    /// `LOAD_CONST`, `LOAD_FAST`, `BINARY_OP` (as above).
    pub const LOAD_CONST__LOAD_FAST__BINARY_OP: u8 = 215;
    /// `LOAD_FAST`, `LOAD_CONST`, `COMPARE_OP` (and the jump fused to it): small ints
    /// compared (and branched on) without pushing them.
    pub const LOAD_FAST__LOAD_CONST__COMPARE_OP: u8 = 216;
    /// `LOAD_FAST` then `RETURN_VALUE`: a local returned without the push and pop.
    pub const LOAD_FAST__RETURN_VALUE: u8 = 217;
    /// `BINARY_OP` then `RETURN_VALUE`: the result returned without the push and pop.
    pub const BINARY_OP__RETURN_VALUE: u8 = 218;
    /// `LOAD_GLOBAL` (with its NULL), the one argument (a `LOAD_FAST`, or a `LOAD_FAST`,
    /// `LOAD_CONST`, `BINARY_OP` that becomes a packed `LOAD_FAST__LOAD_CONST__BINARY_OP`),
    /// then `CALL 1`: `f(n - 1)` for a global function `f`, whose frame the fast tier pushes
    /// with the argument computed in a register; the general loop runs it as the LOAD_GLOBAL.
    pub const LOAD_GLOBAL__CALL: u8 = 219;
}

/// The bits of an instruction word that `unpack_unit` reads.
const PAIR_MASK: u64 = 0x0000_ffff_ffff_ffff;

/// For the word of a `LOAD_FAST__BINARY_OP` or `LOAD_CONST__BINARY_OP`: the BINARY_OP's
/// operator (an in-place one as its plain form: `+=` as `+`) and its length in units (itself
/// and its caches), which `fuse_pairs` keeps in the word's top bytes; None when they are not
/// there (an operator beyond a byte).
#[inline(always)]
pub fn pair_operator(w: u64) -> Option<(u32, usize)> {
    let len = (w >> 56) as usize;
    (len != 0).then_some((((w >> 48) & 0xff) as u32, len))
}

/// Rewrites the first instruction of each pair that has a superinstruction.
pub(crate) fn fuse_pairs(units: &[std::cell::Cell<u64>], consts: &[Constant]) {
    use ouro_bytecode::opcode::code_byte as op;
    use superinstruction as sup;
    let mut i = 0;
    while i + 1 < units.len() {
        let op_at = |k: usize| units.get(k).map_or(op::CACHE, |w| unpack_unit(w.get()).0);
        let (a, _, caches) = unpack_unit(units[i].get());
        let b = op_at(i + 1 + caches);
        let fused = match (a, b) {
            (op::LOAD_FAST, op::BINARY_OP) => Some(sup::LOAD_FAST__BINARY_OP),
            (op::LOAD_CONST, op::BINARY_OP) => Some(sup::LOAD_CONST__BINARY_OP),
            (op::LOAD_FAST, op::LOAD_FAST) if op_at(i + 2) == op::BINARY_OP => {
                Some(sup::LOAD_FAST__LOAD_FAST__BINARY_OP)
            }
            (op::LOAD_FAST, op::LOAD_FAST) => Some(sup::LOAD_FAST__LOAD_FAST),
            (op::LOAD_FAST, op::LOAD_CONST) if op_at(i + 2) == op::BINARY_OP => {
                Some(sup::LOAD_FAST__LOAD_CONST__BINARY_OP)
            }
            (op::LOAD_FAST, op::LOAD_CONST) if op_at(i + 2) == op::COMPARE_OP => {
                Some(sup::LOAD_FAST__LOAD_CONST__COMPARE_OP)
            }
            (op::LOAD_CONST, op::LOAD_FAST) if op_at(i + 2) == op::BINARY_OP => {
                Some(sup::LOAD_CONST__LOAD_FAST__BINARY_OP)
            }
            (op::COMPARE_OP, op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE) => {
                Some(sup::COMPARE_OP__POP_JUMP)
            }
            (op::FOR_ITER, op::STORE_FAST) => Some(sup::FOR_ITER__STORE_FAST),
            (op::BINARY_OP, op::STORE_FAST) => Some(sup::BINARY_OP__STORE_FAST),
            (op::LOAD_FAST, op::RETURN_VALUE) => Some(sup::LOAD_FAST__RETURN_VALUE),
            (op::BINARY_OP, op::RETURN_VALUE) => Some(sup::BINARY_OP__RETURN_VALUE),
            (op::LOAD_GLOBAL, op::LOAD_FAST) if global_call_at(units, i).is_some() => {
                Some(sup::LOAD_GLOBAL__CALL)
            }
            // Unless the load pairs better with the operator (and load) after it.
            (op::STORE_FAST, op::LOAD_FAST)
                if op_at(i + 2) != op::BINARY_OP
                    && !(matches!(op_at(i + 2), op::LOAD_FAST | op::LOAD_CONST)
                        && op_at(i + 3) == op::BINARY_OP) =>
            {
                Some(sup::STORE_FAST__LOAD_FAST)
            }
            _ => None,
        };
        if let Some(f) = fused {
            let mut w = units[i].get() & !0xff | f as u64;
            if f == sup::LOAD_FAST__BINARY_OP || f == sup::LOAD_CONST__BINARY_OP {
                // The operator and the length of the BINARY_OP ride along in the spare top
                // bytes of the first word (see `pair_operator`).
                let (_, bop, bcaches) = unpack_unit(units[i + 1 + caches].get());
                // Its in-place form (`+=`) is the plain one (`+`) on the numbers these words
                // compute; the general path reads the BINARY_OP itself.
                let bop = if (13..26).contains(&bop) {
                    bop - 13
                } else {
                    bop
                };
                if bop < 256 {
                    w = w & PAIR_MASK | (bop as u64) << 48 | ((1 + bcaches) as u64) << 56;
                }
            }
            if f == sup::LOAD_FAST__LOAD_CONST__COMPARE_OP
                || f == sup::LOAD_FAST__LOAD_CONST__BINARY_OP
            {
                let (_, carg, _) = unpack_unit(units[i + 1].get());
                let (bop, barg, bcaches) = unpack_unit(units[i + 2].get());
                let jump = op_at(i + 3 + bcaches);
                let kind = if f == sup::LOAD_FAST__LOAD_CONST__BINARY_OP {
                    packed::binop_kind(barg)
                } else if bcaches == packed::COMPARE_OP_CACHES
                    && matches!(jump, op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE)
                {
                    packed::jump_mask(barg >> 4, jump == op::POP_JUMP_IF_TRUE)
                } else {
                    0
                };
                let c = match consts.get(carg as usize) {
                    Some(Constant::Int(c)) => Some(*c),
                    _ => None,
                };
                debug_assert!(matches!(bop, op::BINARY_OP | op::COMPARE_OP));
                if let (Some(c), true) = (c, kind != 0) {
                    w = packed::pack(w, kind, c);
                }
            }
            units[i].set(w);
        }
        i += 1 + caches;
    }
}

/// For a `LOAD_GLOBAL` at unit `at` of `units` that pushes a NULL, followed by the instructions
/// of one argument that `LOAD_GLOBAL__CALL` computes (a `LOAD_FAST`, or a `LOAD_FAST`,
/// `LOAD_CONST`, `BINARY_OP` on an operator that packs), then `CALL 1`: the unit of that CALL.
pub(crate) fn global_call_at(units: &[std::cell::Cell<u64>], at: usize) -> Option<usize> {
    use ouro_bytecode::opcode::code_byte as op;
    let unit = |k: usize| units.get(k).map(|w| unpack_unit(w.get()));
    let (gop, garg, gcaches) = unit(at)?;
    if !matches!(gop, op::LOAD_GLOBAL | superinstruction::LOAD_GLOBAL__CALL) || garg & 1 == 0 {
        return None;
    }
    let arg = at + 1 + gcaches;
    let call = match unit(arg)?.0 {
        op::LOAD_FAST | superinstruction::LOAD_FAST__LOAD_CONST__BINARY_OP
            if unit(arg + 1)?.0 == op::LOAD_CONST =>
        {
            let (bop, barg, bcaches) = unit(arg + 2)?;
            (bop == op::BINARY_OP && packed::binop_kind(barg) != 0).then_some(arg + 3 + bcaches)?
        }
        op::LOAD_FAST => arg + 1,
        _ => return None,
    };
    let (cop, carg, _) = unit(call)?;
    (cop == op::CALL && carg == 1).then_some(call)
}

/// Facts of a fused `local <op> small-int constant` that `fuse_pairs` packs in the spare top
/// 16 bits of the group's first word, so that the fast tier reads neither the constant nor the
/// operator: bits 48-59 the constant (a 12-bit signed int), bits 60-62 a kind, 0 when nothing
/// is packed (a constant out of range, another operator). For a `LOAD_FAST__LOAD_CONST__BINARY_OP`
/// the kind names the operator; for a `LOAD_FAST__LOAD_CONST__COMPARE_OP` followed by a
/// conditional jump it is the set of orderings of the local against the constant (bit 0: less,
/// bit 1: equal, bit 2: greater) for which the jump is taken.
pub mod packed {
    /// The cache units of COMPARE_OP (the jump of a packed comparison follows them).
    pub const COMPARE_OP_CACHES: usize = 1;
    pub const ADD: u32 = 1;
    pub const SUB: u32 = 2;
    pub const MUL: u32 = 3;
    pub const AND: u32 = 4;
    pub const OR: u32 = 5;
    pub const XOR: u32 = 6;

    /// The kind of BINARY_OP's operator `oparg` (an in-place one as its plain form), 0 for
    /// one not packed.
    pub fn binop_kind(oparg: u32) -> u32 {
        match oparg {
            0 | 13 => ADD,
            10 | 23 => SUB,
            5 | 18 => MUL,
            1 | 14 => AND,
            7 | 20 => OR,
            12 | 25 => XOR,
            _ => 0,
        }
    }

    /// The orderings for which a jump after COMPARE_OP's comparison `cmp` (`oparg >> 4`) is
    /// taken: `if_true` for POP_JUMP_IF_TRUE, else POP_JUMP_IF_FALSE.
    pub fn jump_mask(cmp: u32, if_true: bool) -> u32 {
        let holds = match cmp {
            0 => 0b001,
            1 => 0b011,
            2 => 0b010,
            3 => 0b101,
            4 => 0b100,
            5 => 0b110,
            _ => return 0,
        };
        if if_true {
            holds
        } else {
            !holds & 0b111
        }
    }

    /// `w` with `kind` and the constant `c` packed, or unchanged when `c` does not fit.
    pub fn pack(w: u64, kind: u32, c: i64) -> u64 {
        if !(-2048..2048).contains(&c) {
            return w;
        }
        w & super::PAIR_MASK | (c as u64 & 0xfff) << 48 | u64::from(kind & 7) << 60
    }

    /// The kind packed in `w` (0: none).
    #[inline(always)]
    pub fn kind(w: u64) -> u32 {
        ((w >> 60) & 7) as u32
    }

    /// The constant packed in `w`.
    #[inline(always)]
    pub fn constant(w: u64) -> i64 {
        (w as i64) << 4 >> 52
    }
}

impl Payload for CodeData {}

pub type CodeRef = PyRef<CodeData>;

/// Turns a compiled code object into a runtime code object, its frames sized by its
/// `co_stacksize` (right for the compiler's output and checked by `marshal.loads`).
pub fn from_code_object(vm: &Vm, code: &Rc<CodeObject>) -> CodeRef {
    from_code_object_sized(vm, code, code.stacksize)
}

/// `from_code_object` with frames that have room for `stack` values whatever `co_stacksize`
/// says: `code.replace(co_stacksize=...)` may set it too small for the bytecode, where CPython
/// would write past the end of its frame.
fn from_code_object_sized(vm: &Vm, code: &Rc<CodeObject>, stack: u32) -> CodeRef {
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
    let quick = decode_units(&code.code, &code.consts);
    crate::legacy_tracing::register(code, &quick);
    use ouro_bytecode::code::{
        CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
    };
    let plain = code.flags
        & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_VARARGS | CO_VARKEYWORDS)
        == 0
        && code.kwonlyargcount == 0
        && ncells == 0;
    let frame_size = localsplusnames.len() + stack.max(code.stacksize) as usize;
    let fast_argc = if plain
        && u32::try_from(frame_size).is_ok()
        && crate::ceval_fast::worth_entering(&quick)
    {
        code.argcount
    } else {
        u32::MAX
    };
    let fast_entry = u32::from(
        quick
            .first()
            .is_some_and(|w| w.get() as u8 == ouro_bytecode::opcode::code_byte::RESUME),
    );
    alloc_object(
        vm.types.code,
        CodeData {
            fast_entry,
            frame_size,
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
            fast_argc,
            calls_in_loops: crate::ceval_fast::calls_in_loops(&quick),
            quick,
            unit_lines: std::cell::OnceCell::new(),
            exception_entries: std::cell::OnceCell::new(),
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
        Constant::SurrogateStr(cps) => crate::object::alloc_object(
            vm.types.str,
            crate::objects::str::StrData::from_code_points(cps),
        )
        .into_value(),
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

fn code_of<'a>(vm: &Vm, v: &'a Value) -> crate::vm::PyResult<&'a crate::object::Obj<CodeData>> {
    v.downcast::<CodeData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'code' object"))
}

fn names_tuple(vm: &Vm, names: &[Rc<str>]) -> Value {
    vm.new_tuple(names.iter().map(|n| vm.intern(n).into_value()).collect())
}

macro_rules! code_getter {
    ($name:ident, |$vm:ident, $c:ident| $body:expr) => {
        fn $name($vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
            let $c = code_of($vm, v)?;
            Ok($body)
        }
    };
}

code_getter!(co_name, |vm, c| c.name.to_value());
code_getter!(co_qualname, |vm, c| c.qualname.to_value());
code_getter!(co_filename, |vm, c| c.filename.to_value());
code_getter!(co_argcount, |vm, c| vm.new_int(c.code.argcount as i64));
code_getter!(co_posonlyargcount, |vm, c| vm
    .new_int(c.code.posonlyargcount as i64));
code_getter!(co_kwonlyargcount, |vm, c| vm
    .new_int(c.code.kwonlyargcount as i64));
code_getter!(co_nlocals, |vm, c| vm
    .new_int(c.code.varnames().len() as i64));
code_getter!(co_stacksize, |vm, c| vm.new_int(c.code.stacksize as i64));
code_getter!(co_flags, |vm, c| vm.new_int(c.code.flags as i64));
code_getter!(co_firstlineno, |vm, c| vm
    .new_int(c.code.firstlineno as i64));
code_getter!(co_varnames, |vm, c| names_tuple(vm, &c.code.varnames()));
code_getter!(co_cellvars, |vm, c| names_tuple(vm, &c.code.cellvars()));
code_getter!(co_freevars, |vm, c| names_tuple(vm, &c.code.freevars()));
code_getter!(co_names, |vm, c| vm
    .new_tuple(c.names.iter().map(|n| n.to_value()).collect()));
code_getter!(co_consts, |vm, c| vm.new_tuple(c.consts.to_vec()));
code_getter!(co_code, |vm, c| crate::ops::new_bytes(
    vm,
    c.code.code.clone()
));
code_getter!(co_linetable, |vm, c| crate::ops::new_bytes(
    vm,
    c.code.linetable.clone()
));
code_getter!(co_exceptiontable, |vm, c| crate::ops::new_bytes(
    vm,
    c.code.exceptiontable.clone()
));

fn opt_int(vm: &Vm, v: Option<i32>) -> Value {
    v.map_or_else(|| vm.none.clone(), |i| vm.new_int(i as i64))
}

/// `co_lines()`: an iterator of `(start, end, line)` over the bytecode (CPython:
/// codeobject.c code_linesiterator).
fn code_co_lines(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    let c = code_of(vm, &args[0])?;
    let lines = ouro_bytecode::linetable::lines(&c.code.linetable, c.code.firstlineno as i32)
        .map_err(|_| vm.new_value_error("corrupt line table"))?;
    let items: Vec<Value> = lines
        .into_iter()
        .map(|(s, e, l)| {
            vm.new_tuple(vec![
                vm.new_int(s as i64),
                vm.new_int(e as i64),
                opt_int(vm, l),
            ])
        })
        .collect();
    vm.iter(&vm.new_list(items))
}

/// `co_positions()`: an iterator of `(line, end_line, column, end_column)` per code unit
/// (CPython: codeobject.c code_positionsiterator).
fn code_co_positions(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    let c = code_of(vm, &args[0])?;
    let units = (c.code.code.len() / 2) as u32;
    let pos =
        ouro_bytecode::linetable::positions(&c.code.linetable, c.code.firstlineno as i32, units)
            .map_err(|_| vm.new_value_error("corrupt line table"))?;
    let items: Vec<Value> = pos
        .into_iter()
        .map(|(a, b, cc, d)| {
            vm.new_tuple(vec![
                opt_int(vm, a),
                opt_int(vm, b),
                opt_int(vm, cc),
                opt_int(vm, d),
            ])
        })
        .collect();
    vm.iter(&vm.new_list(items))
}

/// `_varname_from_oparg(i)`: the name of local-plus slot `i` (dis uses it).
fn code_varname_from_oparg(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    let c = code_of(vm, &args[0])?;
    let i = match args.get(1) {
        Some(v) => vm.index_to_isize(v)?,
        None => return Err(vm.new_type_error("_varname_from_oparg() missing argument 'oparg'")),
    };
    match usize::try_from(i)
        .ok()
        .and_then(|i| c.code.localsplusnames.get(i))
    {
        Some(n) => Ok(vm.intern(n).into_value()),
        None => Err(vm.new_index_error("tuple index out of range")),
    }
}

/// `code.replace(**changes)`: a copy with some fields changed (the number and text fields;
/// changing the bytecode, constants or name tuples is not supported yet). CPython:
/// codeobject.c code_replace_impl.
fn code_replace(vm: &Vm, args: &[Value], kw: &[Value]) -> crate::vm::PyResult<Value> {
    let c = code_of(vm, args.first().unwrap_or(&vm.none))?;
    let npos = args.len() - kw.len();
    if npos > 1 {
        return Err(vm.new_type_error(format!(
            "replace() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let mut new: CodeObject = (*c.code).clone();
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let key = crate::ops::str_of(k).unwrap_or("");
        let int = |v: &Value| -> crate::vm::PyResult<u32> {
            let n = vm.index_to_isize(v)?;
            u32::try_from(n)
                .map_err(|_| vm.new_value_error(format!("{key} must be a positive integer")))
        };
        let text = |v: &Value| -> crate::vm::PyResult<Rc<str>> {
            crate::ops::str_of(v).map(Rc::from).ok_or_else(|| {
                vm.new_type_error(format!(
                    "replace() argument '{key}' must be str, not {}",
                    v.class().name()
                ))
            })
        };
        match key {
            "co_argcount" => new.argcount = int(v)?,
            "co_posonlyargcount" => new.posonlyargcount = int(v)?,
            "co_kwonlyargcount" => new.kwonlyargcount = int(v)?,
            "co_stacksize" => new.stacksize = int(v)?,
            "co_flags" => new.flags = int(v)?,
            "co_firstlineno" => new.firstlineno = int(v)?,
            "co_filename" => new.filename = text(v)?,
            "co_name" => new.name = text(v)?,
            "co_qualname" => new.qualname = text(v)?,
            "co_nlocals" | "co_code" | "co_consts" | "co_names" | "co_varnames" | "co_freevars"
            | "co_cellvars" | "co_linetable" | "co_exceptiontable" => {
                return Err(vm.new_exception_msg(
                    vm.types.exc.not_implemented_error,
                    format!("ouro: code.replace() cannot change {key} yet"),
                ))
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "replace() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    // The bytecode is unchanged, so the original's frames have room enough.
    let room = u32::try_from(c.frame_size - c.nlocalsplus).unwrap_or(u32::MAX);
    Ok(from_code_object_sized(vm, &Rc::new(new), room).into_value())
}

fn code_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    let c = code_of(vm, &args[0])?;
    Ok(vm.new_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name.as_str(),
        c.addr(),
        c.filename.as_str(),
        c.code.firstlineno
    )))
}

pub fn init(vm: &Vm) {
    crate::ops::init_code_methods(vm);
    use crate::objects::descr::add_getset;
    let t = vm.types.code;
    for (name, g) in [
        ("co_name", co_name as crate::objects::descr::Getter),
        ("co_qualname", co_qualname),
        ("co_filename", co_filename),
        ("co_argcount", co_argcount),
        ("co_posonlyargcount", co_posonlyargcount),
        ("co_kwonlyargcount", co_kwonlyargcount),
        ("co_nlocals", co_nlocals),
        ("co_stacksize", co_stacksize),
        ("co_flags", co_flags),
        ("co_firstlineno", co_firstlineno),
        ("co_varnames", co_varnames),
        ("co_cellvars", co_cellvars),
        ("co_freevars", co_freevars),
        ("co_names", co_names),
        ("co_consts", co_consts),
        ("co_code", co_code),
        ("co_linetable", co_linetable),
        ("co_exceptiontable", co_exceptiontable),
    ] {
        add_getset(vm, t, name, g, None);
    }
    crate::objects::builtin::add_method(vm, t, "co_lines", code_co_lines);
    crate::objects::builtin::add_method(vm, t, "co_positions", code_co_positions);
    crate::objects::builtin::add_method(vm, t, "_varname_from_oparg", code_varname_from_oparg);
    crate::objects::builtin::add_method(vm, t, "__repr__", code_repr);
    crate::objects::builtin::add_method(vm, t, "replace", code_replace);
    crate::objects::builtin::add_method(vm, t, "__eq__", code_eq);
    crate::objects::builtin::add_method(vm, t, "__ne__", code_ne);
}

/// Code objects compare by their fields (CPython: codeobject.c code_richcompare).
fn code_compare(vm: &Vm, args: &[Value]) -> Option<bool> {
    let _ = vm;
    let a = args.first()?.downcast::<CodeData>()?;
    let b = args.get(1)?.downcast::<CodeData>()?;
    Some(Rc::ptr_eq(&a.code, &b.code) || a.code.same_code(&b.code))
}

fn code_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    Ok(match code_compare(vm, args) {
        Some(b) => vm.new_bool(b),
        None => vm.not_implemented.clone(),
    })
}

fn code_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    Ok(match code_compare(vm, args) {
        Some(b) => vm.new_bool(!b),
        None => vm.not_implemented.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::packed;

    #[test]
    fn packed_constants_round_trip() {
        let w = 0x0000_0123_4567_89ab_u64;
        for c in [0, 1, -1, 2047, -2048, 100, -100] {
            let p = packed::pack(w, packed::SUB, c);
            assert_eq!(p & super::PAIR_MASK, w);
            assert_eq!((packed::kind(p), packed::constant(p)), (packed::SUB, c));
        }
        for c in [2048, -2049, i64::MAX] {
            assert_eq!(packed::pack(w, packed::ADD, c), w);
            assert_eq!(packed::kind(w), 0);
        }
    }

    #[test]
    fn jump_masks_follow_the_comparisons() {
        // Bit 0: less, bit 1: equal, bit 2: greater.
        let cases: [(u32, fn(i32, i32) -> bool); 6] = [
            (0, |a, b| a < b),
            (1, |a, b| a <= b),
            (2, |a, b| a == b),
            (3, |a, b| a != b),
            (4, |a, b| a > b),
            (5, |a, b| a >= b),
        ];
        for (cmp, holds) in cases {
            for (ord, (a, b)) in [(0, (1, 2)), (1, (2, 2)), (2, (3, 2))] {
                let t = packed::jump_mask(cmp, true);
                let f = packed::jump_mask(cmp, false);
                assert_eq!((t >> ord) & 1 != 0, holds(a, b));
                assert_eq!((f >> ord) & 1 != 0, !holds(a, b));
            }
        }
    }
}
