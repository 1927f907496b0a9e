//! The `_operator` module: the operator functions (`add`, `getitem`, `index`, `iadd`,
//! `length_hint`, `_compare_digest`...) that `operator.py` takes over with
//! `from _operator import *`, with CPython's argument checks and errors. `attrgetter`,
//! `itemgetter` and `methodcaller` are not here yet: `operator.py` keeps its Python classes.
//! CPython: Modules/_operator.c.

use crate::number::{CompareOp, UnaryOp};
use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};

/// Checks a positional-only function of exactly `n` arguments (Argument Clinic's messages).
fn exact(vm: &Vm, name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if args.len() != n {
        return Err(vm.new_type_error(if n == 1 {
            format!(
                "_operator.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(())
}

macro_rules! binary_functions {
    ($($f:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                exact(vm, $name, args, kw, 2)?;
                vm.binary_op(&args[0], &args[1], $op)
            }
        )*
    };
}

// The BINARY_OP opargs: in-place forms are the plain ones plus 13.
binary_functions! {
    op_add => "add", 0; op_and => "and_", 1; op_floordiv => "floordiv", 2;
    op_lshift => "lshift", 3; op_matmul => "matmul", 4; op_mul => "mul", 5;
    op_mod => "mod", 6; op_or => "or_", 7; op_pow => "pow", 8; op_rshift => "rshift", 9;
    op_sub => "sub", 10; op_truediv => "truediv", 11; op_xor => "xor", 12;
    op_iadd => "iadd", 13; op_iand => "iand", 14; op_ifloordiv => "ifloordiv", 15;
    op_ilshift => "ilshift", 16; op_imatmul => "imatmul", 17; op_imul => "imul", 18;
    op_imod => "imod", 19; op_ior => "ior", 20; op_ipow => "ipow", 21;
    op_irshift => "irshift", 22; op_isub => "isub", 23; op_itruediv => "itruediv", 24;
    op_ixor => "ixor", 25;
}

macro_rules! comparison_functions {
    ($($f:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                exact(vm, $name, args, kw, 2)?;
                vm.compare(&args[0], &args[1], $op)
            }
        )*
    };
}

comparison_functions! {
    op_lt => "lt", CompareOp::Lt; op_le => "le", CompareOp::Le; op_eq => "eq", CompareOp::Eq;
    op_ne => "ne", CompareOp::Ne; op_gt => "gt", CompareOp::Gt; op_ge => "ge", CompareOp::Ge;
}

macro_rules! unary_functions {
    ($($f:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                exact(vm, $name, args, kw, 1)?;
                vm.unary_op(&args[0], $op)
            }
        )*
    };
}

unary_functions! {
    op_neg => "neg", UnaryOp::Neg; op_pos => "pos", UnaryOp::Pos;
    op_inv => "inv", UnaryOp::Invert; op_invert => "invert", UnaryOp::Invert;
}

fn op_abs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "abs", args, kw, 1)?;
    let f = vm
        .builtins
        .get_str(&vm.intern("abs"))
        .ok_or_else(|| vm.new_runtime_error("lost builtins.abs"))?;
    vm.call(&f, &args[..1], &[])
}

fn op_not(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "not_", args, kw, 1)?;
    Ok(vm.new_bool(!vm.is_true(&args[0])?))
}

fn op_truth(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "truth", args, kw, 1)?;
    Ok(vm.new_bool(vm.is_true(&args[0])?))
}

fn op_is(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "is_", args, kw, 2)?;
    Ok(vm.new_bool(args[0].is(&args[1])))
}

fn op_is_not(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "is_not", args, kw, 2)?;
    Ok(vm.new_bool(!args[0].is(&args[1])))
}

/// `index(a)`: `a` converted by `__index__`, which must give an int.
// CPython: _operator.c _operator_index (PyNumber_Index)
fn op_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "index", args, kw, 1)?;
    vm.number_index(&args[0])
}

fn op_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "getitem", args, kw, 2)?;
    vm.getitem(&args[0], &args[1])
}

fn op_setitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "setitem", args, kw, 3)?;
    vm.setitem(&args[0], &args[1], Some(args[2].clone()))?;
    Ok(vm.none.clone())
}

fn op_delitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "delitem", args, kw, 2)?;
    vm.setitem(&args[0], &args[1], None)?;
    Ok(vm.none.clone())
}

fn op_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "contains", args, kw, 2)?;
    Ok(vm.new_bool(vm.contains(&args[0], &args[1])?))
}

/// `concat(a, b)` / `iconcat(a, b)`: `a + b` for sequences (`a` must have `__getitem__`).
// CPython: abstract.c PySequence_Concat / PySequence_InPlaceConcat
fn concat(vm: &Vm, name: &str, args: &[Value], kw: &[Value], op: u32) -> PyResult<Value> {
    exact(vm, name, args, kw, 2)?;
    if args[0].class().lookup(&vm.names.__getitem__).is_none() {
        return Err(vm.new_type_error(format!(
            "'{}' object can't be concatenated",
            args[0].class().name()
        )));
    }
    vm.binary_op(&args[0], &args[1], op)
}

fn op_concat(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat(vm, "concat", args, kw, 0)
}

fn op_iconcat(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat(vm, "iconcat", args, kw, 13)
}

/// Iterates `seq` for `countOf` and `indexOf`: items identical or equal to `x`.
fn scan(
    vm: &Vm,
    seq: &Value,
    x: &Value,
    mut found: impl FnMut(usize) -> bool,
) -> PyResult<Option<usize>> {
    let it = match vm.iter(seq) {
        Ok(it) => it,
        Err(e) if e.class().is_subtype(vm.types.exc.type_error) => {
            return Err(vm.new_type_error(format!(
                "argument of type '{}' is not iterable",
                seq.class().name()
            )))
        }
        Err(e) => return Err(e),
    };
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if (item.is(x) || vm.eq_bool(&item, x)?) && found(i) {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

// CPython: abstract.c PySequence_Count
fn op_count_of(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "countOf", args, kw, 2)?;
    let mut n = 0i64;
    scan(vm, &args[0], &args[1], |_| {
        n += 1;
        false
    })?;
    Ok(vm.new_int(n))
}

// CPython: abstract.c PySequence_Index
fn op_index_of(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "indexOf", args, kw, 2)?;
    match scan(vm, &args[0], &args[1], |_| true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("sequence.index(x): x not in sequence")),
    }
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else `default`.
// CPython: abstract.c PyObject_LengthHint
fn op_length_hint(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("_operator.length_hint() takes no keyword arguments"));
    }
    match args.len() {
        0 => return Err(vm.new_type_error("length_hint expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => {
            return Err(
                vm.new_type_error(format!("length_hint expected at most 2 arguments, got {n}"))
            )
        }
    }
    let default = match args.get(1) {
        Some(d) => vm.index_to_isize(d)?,
        None => 0,
    };
    Ok(vm.new_int(length_hint(vm, &args[0], default)? as i64))
}

/// The length of `obj` if it has one, else what its `__length_hint__` says, else `default`
/// (a `__length_hint__` raising TypeError or returning NotImplemented counts as none).
/// CPython: abstract.c PyObject_LengthHint.
pub(crate) fn length_hint(vm: &Vm, obj: &Value, default: isize) -> PyResult<isize> {
    if obj.class().lookup(&vm.names.__len__).is_some() {
        match vm.len(obj) {
            Ok(n) => return Ok(n as isize),
            Err(e) if e.class().is_subtype(vm.types.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let r = match vm.call_special(obj, &vm.names.__length_hint__, &[]) {
        Ok(Some(r)) => r,
        Ok(None) => return Ok(default),
        Err(e) if e.class().is_subtype(vm.types.exc.type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is(&vm.not_implemented) {
        return Ok(default);
    }
    if crate::objects::int::as_int(&r).is_none() {
        return Err(vm.new_type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.class().name()
        )));
    }
    let n = vm.index_to_isize(&r)?;
    if n < 0 {
        return Err(vm.new_value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

/// `call(obj, /, *args, **kwargs)`.
fn op_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() == kw.len() {
        return Err(vm.new_type_error(format!(
            "call expected at least 1 argument, got {}",
            args.len() - kw.len()
        )));
    }
    vm.call(&args[0], &args[1..], kw)
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like objects, in time
/// that depends only on `b`'s length.
// CPython: _operator.c _operator__compare_digest_impl
fn op_compare_digest(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    exact(vm, "_compare_digest", args, kw, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let (x, y): (Vec<u8>, Vec<u8>) = match (crate::ops::str_of(a), crate::ops::str_of(b)) {
        (Some(s), Some(t)) => {
            if !s.is_ascii() || !t.is_ascii() {
                return Err(vm.new_type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            }
            (s.as_bytes().to_vec(), t.as_bytes().to_vec())
        }
        _ => {
            let (ba, bb) = (
                crate::bytesmethods::bytes_like(a),
                crate::bytesmethods::bytes_like(b),
            );
            if ba.is_none() && bb.is_none() {
                return Err(vm.new_type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    a.class().name(),
                    b.class().name()
                )));
            }
            let need = |v: &Value| {
                vm.new_type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    v.class().name()
                ))
            };
            let x = ba.ok_or_else(|| need(a))?.to_vec();
            let y = bb.ok_or_else(|| need(b))?.to_vec();
            (x, y)
        }
    };
    // Compare every byte of `y` whatever the outcome, as CPython's tscmp does.
    let mut diff = u8::from(x.len() != y.len());
    let left = if x.len() == y.len() { &x } else { &y };
    for (p, q) in left.iter().zip(&y) {
        diff |= p ^ q;
    }
    Ok(vm.new_bool(diff == 0))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_compare_digest", op_compare_digest),
    ("abs", op_abs),
    ("add", op_add),
    ("and_", op_and),
    ("call", op_call),
    ("concat", op_concat),
    ("contains", op_contains),
    ("countOf", op_count_of),
    ("delitem", op_delitem),
    ("eq", op_eq),
    ("floordiv", op_floordiv),
    ("ge", op_ge),
    ("getitem", op_getitem),
    ("gt", op_gt),
    ("iadd", op_iadd),
    ("iand", op_iand),
    ("iconcat", op_iconcat),
    ("ifloordiv", op_ifloordiv),
    ("ilshift", op_ilshift),
    ("imatmul", op_imatmul),
    ("imod", op_imod),
    ("imul", op_imul),
    ("index", op_index),
    ("indexOf", op_index_of),
    ("inv", op_inv),
    ("invert", op_invert),
    ("ior", op_ior),
    ("ipow", op_ipow),
    ("irshift", op_irshift),
    ("is_", op_is),
    ("is_not", op_is_not),
    ("isub", op_isub),
    ("itruediv", op_itruediv),
    ("ixor", op_ixor),
    ("le", op_le),
    ("length_hint", op_length_hint),
    ("lshift", op_lshift),
    ("lt", op_lt),
    ("matmul", op_matmul),
    ("mod", op_mod),
    ("mul", op_mul),
    ("ne", op_ne),
    ("neg", op_neg),
    ("not_", op_not),
    ("or_", op_or),
    ("pos", op_pos),
    ("pow", op_pow),
    ("rshift", op_rshift),
    ("setitem", op_setitem),
    ("sub", op_sub),
    ("truediv", op_truediv),
    ("truth", op_truth),
    ("xor", op_xor),
];

const DOC: &str = "Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.";

/// Makes the `_operator` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_operator");
    if let Some(md) = m.downcast::<ModuleData>() {
        crate::objects::builtin::add_module_functions(vm, &md.dict, Some(&m), FUNCTIONS);
        md.dict.set_str(vm, &vm.names.__doc__, vm.new_str(DOC));
    }
    m
}
