//! The code object as plain data: what the compiler produces and what marshal writes.
//! It holds no runtime objects; constants are the small `Constant` enum. The VM turns a
//! `CodeObject` into its own runtime code object.
//! CPython counterpart: Include/cpython/code.h, Objects/codeobject.c.

use std::rc::Rc;

/// `co_flags` bits (CPython: Include/cpython/code.h).
pub const CO_OPTIMIZED: u32 = 0x0001;
pub const CO_NEWLOCALS: u32 = 0x0002;
pub const CO_VARARGS: u32 = 0x0004;
pub const CO_VARKEYWORDS: u32 = 0x0008;
pub const CO_NESTED: u32 = 0x0010;
pub const CO_GENERATOR: u32 = 0x0020;
pub const CO_NOFREE: u32 = 0x0040;
pub const CO_COROUTINE: u32 = 0x0080;
pub const CO_ITERABLE_COROUTINE: u32 = 0x0100;
pub const CO_ASYNC_GENERATOR: u32 = 0x0200;
/// `from __future__ import annotations` (CPython: CO_FUTURE_ANNOTATIONS).
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// The kinds of a local (`co_localspluskinds`; CPython: Include/internal/pycore_code.h).
pub const CO_FAST_HIDDEN: u8 = 0x10;
pub const CO_FAST_LOCAL: u8 = 0x20;
pub const CO_FAST_CELL: u8 = 0x40;
pub const CO_FAST_FREE: u8 = 0x80;

/// A constant in `co_consts`. Integers are kept as their decimal digits when they do not fit in
/// an `i64`, so the compiler needs no big-integer arithmetic to carry them.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An integer outside `i64`, as its sign and decimal digits (e.g. "-123456789012345678901").
    BigInt(Rc<str>),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    /// A `str` holding lone surrogates (e.g. `'\ud800'`), which Rust's `str` cannot, as its
    /// code points. A string without any surrogate is always `Str`: build both through
    /// `Constant::str_from_code_points`.
    SurrogateStr(Rc<[u32]>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// A frozenset's elements in the order CPython's set iterates them (which `repr` and
    /// `dis` show); `pyhash::set_iteration_order` computes it from an insertion order.
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl Constant {
    /// Identity for deduplication in `co_consts`, as CPython's `_PyCode_ConstantKey`: values of
    /// different types never merge (`1`, `1.0` and `True` are three constants), `0.0` and `-0.0`
    /// differ, and a NaN (or a complex number with a NaN part, or a tuple holding one) equals
    /// nothing: every NaN that folding makes is an object of its own, which CPython keeps in a
    /// slot of its own.
    pub fn same_key(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => !a.is_nan() && a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                !a.is_nan()
                    && !b.is_nan()
                    && a.to_bits() == c.to_bits()
                    && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (SurrogateStr(a), SurrogateStr(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_key(y))
            }
            (Code(a), Code(b)) => Rc::ptr_eq(a, b) || a.same_code(b),
            _ => false,
        }
    }

    /// The `str` constant of these code points: `Str` unless a lone surrogate
    /// (U+D800..U+DFFF) is among them.
    pub fn str_from_code_points(points: &[u32]) -> Constant {
        let text: Option<String> = points.iter().map(|&p| char::from_u32(p)).collect();
        match text {
            Some(t) => Constant::Str(t.into()),
            None => Constant::SurrogateStr(points.into()),
        }
    }

    /// The code points of a `str` constant (`None` for any other constant).
    pub fn str_code_points(&self) -> Option<Vec<u32>> {
        match self {
            Constant::Str(s) => Some(s.chars().map(u32::from).collect()),
            Constant::SurrogateStr(p) => Some(p.to_vec()),
            _ => None,
        }
    }
}

/// Encodes code points as UTF-8, lone surrogates included as their three-byte forms (Python's
/// `'surrogatepass'` error handler; two surrogates in a row stay two three-byte sequences).
pub fn encode_surrogatepass(points: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(points.len() * 3);
    for &p in points {
        match p {
            0..=0x7f => out.push(p as u8),
            0x80..=0x7ff => {
                out.extend_from_slice(&[0xc0 | (p >> 6) as u8, 0x80 | (p & 0x3f) as u8])
            }
            0x800..=0xffff => out.extend_from_slice(&[
                0xe0 | (p >> 12) as u8,
                0x80 | ((p >> 6) & 0x3f) as u8,
                0x80 | (p & 0x3f) as u8,
            ]),
            _ => out.extend_from_slice(&[
                0xf0 | (p >> 18) as u8,
                0x80 | ((p >> 12) & 0x3f) as u8,
                0x80 | ((p >> 6) & 0x3f) as u8,
                0x80 | (p & 0x3f) as u8,
            ]),
        }
    }
    out
}

/// Decodes UTF-8 that may hold lone surrogates in their three-byte forms (the inverse of
/// `encode_surrogatepass`); `None` if the bytes are not that.
pub fn decode_surrogatepass(bytes: &[u8]) -> Option<Vec<u32>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, init, min) = match b {
            0..=0x7f => (1, u32::from(b), 0),
            0xc2..=0xdf => (2, u32::from(b & 0x1f), 0x80),
            0xe0..=0xef => (3, u32::from(b & 0x0f), 0x800),
            0xf0..=0xf4 => (4, u32::from(b & 0x07), 0x10000),
            _ => return None,
        };
        let tail = bytes.get(i + 1..i + len)?;
        let mut p = init;
        for &t in tail {
            if t & 0xc0 != 0x80 {
                return None;
            }
            p = (p << 6) | u32::from(t & 0x3f);
        }
        if p < min || p > 0x10ffff {
            return None;
        }
        out.push(p);
        i += len;
    }
    Some(out)
}

/// A compiled code object with CPython 3.12's fields (`co_*`).
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// `co_code`: the instruction bytes with their inline CACHE entries (zeroed).
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    /// `co_localsplusnames`: locals, then cells, then free variables.
    pub localsplusnames: Vec<Rc<str>>,
    /// `co_localspluskinds`: one `CO_FAST_*` byte per entry of `localsplusnames`.
    pub localspluskinds: Vec<u8>,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: u32,
    /// `co_linetable`: the 3.12 location table.
    pub linetable: Vec<u8>,
    /// `co_exceptiontable`.
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    /// The deepest value stack the bytecode can reach, from the opcode table's stack effects
    /// along every path (from the start and from each exception handler, entered with the
    /// depth its table entry gives, plus the exception and `lasti`), as the compiler's own
    /// stack-depth pass counts it; None when the bytecode is not well formed (an unknown
    /// opcode, a jump out of the code, a depth below zero). `marshal.loads` raises
    /// `co_stacksize` to this, so that data from outside cannot understate a frame's size.
    /// CPython: flowgraph.c stackdepth.
    pub fn computed_stack_depth(&self) -> Option<u32> {
        use crate::opcode::Opcode;
        let code = &self.code;
        let units = code.len() / 2;
        let mut seen: Vec<Option<i64>> = vec![None; units];
        let mut work: Vec<(usize, i64)> = vec![(0, 0)];
        for e in crate::exception_table::decode_exception_table(&self.exceptiontable) {
            work.push((
                e.target as usize,
                i64::from(e.depth) + 1 + i64::from(e.lasti),
            ));
        }
        let mut max = 0i64;
        // Well-formed code reaches each instruction with one depth; a loop whose depth keeps
        // growing (hand-made bytecode) would not end, so the walk has a budget.
        let mut budget = units.saturating_mul(8) + 64;
        while let Some((mut i, mut depth)) = work.pop() {
            // A handler is entered with its exception (and `lasti`) already pushed.
            max = max.max(depth);
            loop {
                budget = budget.checked_sub(1)?;
                if i >= units {
                    // Past the last instruction: code that runs off its end.
                    return None;
                }
                if seen[i].is_some_and(|d| d >= depth) {
                    break;
                }
                seen[i] = Some(depth);
                // The instruction at unit `i`, its EXTENDED_ARG prefixes folded in.
                let mut at = i;
                let mut arg = 0u32;
                while *code.get(at * 2)? == Opcode::EXTENDED_ARG as u16 as u8 {
                    arg = (arg << 8) | u32::from(*code.get(at * 2 + 1)?);
                    at += 1;
                }
                let op = Opcode::from_u16(u16::from(*code.get(at * 2)?))?;
                let arg = (arg << 8) | u32::from(*code.get(at * 2 + 1)?);
                let next = at + 1 + op.cache_entries() as usize;
                if op.is_jump() {
                    let target = if op.is_backward_jump() {
                        next.checked_sub(arg as usize)?
                    } else {
                        next + arg as usize
                    };
                    let d = depth + i64::from(op.stack_effect(arg, true));
                    if d < 0 {
                        return None;
                    }
                    max = max.max(d);
                    work.push((target, d));
                }
                if op.is_scope_exit_or_jump() {
                    break;
                }
                depth += if op == Opcode::RETURN_GENERATOR {
                    // Resumed, the generator continues with the sent value on its stack (which
                    // the POP_TOP after it drops); the table counts nothing.
                    1
                } else {
                    i64::from(op.stack_effect(arg, false))
                };
                if depth < 0 {
                    return None;
                }
                max = max.max(depth);
                i = next;
            }
        }
        u32::try_from(max).ok()
    }

    /// Equality of two code objects as CPython 3.12's `code_richcompare` sees it, which is what
    /// merges equal nested code objects in `co_consts` (e.g. a generator expression in a
    /// `while` test, compiled twice): the qualified name, file name, stack size and local kinds
    /// are not compared.
    pub fn same_code(&self, other: &CodeObject) -> bool {
        self.name == other.name
            && self.argcount == other.argcount
            && self.posonlyargcount == other.posonlyargcount
            && self.kwonlyargcount == other.kwonlyargcount
            && self.flags == other.flags
            && self.firstlineno == other.firstlineno
            && self.code == other.code
            && self.consts.len() == other.consts.len()
            && self
                .consts
                .iter()
                .zip(&other.consts)
                .all(|(a, b)| a.same_key(b))
            && self.names == other.names
            && self.localsplusnames == other.localsplusnames
            && self.linetable == other.linetable
            && self.exceptiontable == other.exceptiontable
    }

    fn names_of_kind(&self, kind: u8) -> Vec<Rc<str>> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, k)| *k & kind != 0)
            .map(|(n, _)| n.clone())
            .collect()
    }
    /// `co_varnames`.
    pub fn varnames(&self) -> Vec<Rc<str>> {
        self.names_of_kind(CO_FAST_LOCAL)
    }
    /// `co_cellvars`.
    pub fn cellvars(&self) -> Vec<Rc<str>> {
        self.names_of_kind(CO_FAST_CELL)
    }
    /// `co_freevars`.
    pub fn freevars(&self) -> Vec<Rc<str>> {
        self.names_of_kind(CO_FAST_FREE)
    }
}
