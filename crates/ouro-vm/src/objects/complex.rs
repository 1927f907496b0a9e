//! `complex`: pairs of doubles, with CPython's arithmetic (Smith-style division, integer
//! powers by repeated squaring), parsing, hashing and errors. CPython: Objects/complexobject.c.

use crate::object::{alloc_object, Payload, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::float::FloatData;
use crate::objects::int::as_int;
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexData {}

type C = (f64, f64);

/// A number operand as a complex; None when not a number (ints overflow to an error).
fn operand(vm: &Vm, v: &Value) -> Option<PyResult<C>> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Some(Ok((c.re, c.im)));
    }
    if let Some(f) = v.downcast::<FloatData>() {
        return Some(Ok((f.0, 0.0)));
    }
    let i = as_int(v)?;
    Some(
        crate::number::int_to_f64(&i.to_bigint())
            .map(|f| (f, 0.0))
            .ok_or_else(|| vm.new_overflow_error("int too large to convert to float")),
    )
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython _Py_c_quot; None on division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// CPython complex_pow: Ok(None) for a zero base to a negative or complex power.
fn cpow(a: C, b: C) -> Option<C> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            return Some(powu(a, n as u64));
        }
        if a == (0.0, 0.0) {
            return None;
        }
        return quot((1.0, 0.0), powu(a, (-n) as u64)).or(Some((f64::NAN, f64::NAN)));
    }
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = crate::pymath::hypot(a.0, a.1);
    let mut len = crate::pymath::pow(vabs, b.0);
    let at = crate::pymath::atan2(a.1, a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= crate::pymath::exp(at * b.1);
        phase += b.1 * crate::pymath::log(vabs);
    }
    Some((
        len * crate::pymath::cos(phase),
        len * crate::pymath::sin(phase),
    ))
}

fn new(vm: &Vm, c: C) -> Value {
    crate::ops::new_complex(vm, c.0, c.1)
}

/// `a OP b` with at least one complex operand; None when not handled.
fn binop(vm: &Vm, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    let (Some(x), Some(y)) = (operand(vm, a), operand(vm, b)) else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (x?, y?);
    let r = match op {
        '+' => (x.0 + y.0, x.1 + y.1),
        '-' => (x.0 - y.0, x.1 - y.1),
        '*' => prod(x, y),
        '/' => quot(x, y).ok_or_else(|| vm.new_zero_division_error("complex division by zero"))?,
        _ => {
            let r = cpow(x, y)
                .ok_or_else(|| vm.new_zero_division_error("0.0 to a negative or complex power"))?;
            // CPython _Py_ADJUST_ERANGE2: an infinite component means overflow.
            if r.0.is_infinite() || r.1.is_infinite() {
                return Err(vm.new_overflow_error("complex exponentiation"));
            }
            r
        }
    };
    Ok(new(vm, r))
}

macro_rules! cops {
    ($($f:ident, $rf:ident = $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                let (Some(a), Some(b)) = (args.first(), args.get(1)) else { return Err(vm.new_type_error("expected 1 argument")) };
                binop(vm, a, b, $op)
            }
            fn $rf(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
                let (Some(a), Some(b)) = (args.first(), args.get(1)) else { return Err(vm.new_type_error("expected 1 argument")) };
                binop(vm, b, a, $op)
            }
        )*
    };
}

cops! {
    c_add, c_radd = '+'; c_sub, c_rsub = '-'; c_mul, c_rmul = '*'; c_div, c_rdiv = '/';
    c_pow_, c_rpow = '^';
}

fn c_pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.get(2).is_some_and(|m| !vm.is_none(m)) {
        return Err(vm.new_value_error("complex modulo"));
    }
    c_pow_(vm, &args[..2.min(args.len())], kw)
}

fn cself(vm: &Vm, args: &[Value]) -> PyResult<C> {
    args.first()
        .and_then(|v| v.downcast::<ComplexData>())
        .map(|c| (c.re, c.im))
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'complex' object"))
}

fn c_neg(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    Ok(new(vm, (-c.0, -c.1)))
}

fn c_pos(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    Ok(new(vm, c))
}

fn c_abs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    let r = c.0.hypot(c.1);
    if r.is_infinite() && c.0.is_finite() && c.1.is_finite() {
        return Err(vm.new_overflow_error("absolute value too large"));
    }
    Ok(vm.new_float(r))
}

fn c_bool(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    Ok(vm.new_bool(c.0 != 0.0 || c.1 != 0.0))
}

fn c_conjugate(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    Ok(new(vm, (c.0, -c.1)))
}

fn c_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    let hr = crate::pyhash::hash_f64(c.0) as u64;
    let hi = crate::pyhash::hash_f64(c.1) as u64;
    let mut h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}

fn c_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    Ok(vm.new_string(ouro_bytecode::repr::complex_repr(c.0, c.1)))
}

fn c_eq_ne(vm: &Vm, args: &[Value], eq: bool) -> PyResult<Value> {
    let c = cself(vm, args)?;
    let Some(o) = args.get(1) else {
        return Err(vm.new_type_error("expected 1 argument"));
    };
    let same = if let Some(d) = o.downcast::<ComplexData>() {
        c.0 == d.re && c.1 == d.im
    } else if let Some(f) = o.downcast::<FloatData>() {
        c.1 == 0.0 && c.0 == f.0
    } else if let Some(i) = as_int(o) {
        c.1 == 0.0
            && crate::number::cmp_int_float(&i.to_bigint(), c.0) == Some(std::cmp::Ordering::Equal)
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.new_bool(same == eq))
}

fn c_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    c_eq_ne(vm, args, true)
}

fn c_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    c_eq_ne(vm, args, false)
}

fn c_not_impl(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_float(cself(vm, std::slice::from_ref(v))?.0))
}

fn get_imag(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_float(cself(vm, std::slice::from_ref(v))?.1))
}

fn c_getnewargs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = cself(vm, args)?;
    Ok(vm.new_tuple(vec![vm.new_float(c.0), vm.new_float(c.1)]))
}

/// Parses a float prefix of `s` as Python's float() would; returns the value and the rest.
fn parse_float_prefix(s: &str) -> Option<(f64, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let v: f64 = if word == "nan" {
                f64::NAN
            } else {
                f64::INFINITY
            };
            let v = if b.first() == Some(&b'-') { -v } else { v };
            return Some((v, &s[i + word.len()..]));
        }
    }
    let start_digits = i;
    let mut seen = false;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        seen = true;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            seen = true;
            i += 1;
        }
    }
    if !seen {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let k = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > k {
            i = j;
        }
    }
    let _ = start_digits;
    let text = s[..i].replace('_', "");
    text.parse::<f64>().ok().map(|v| (v, &s[i..]))
}

/// `complex(str)` (CPython complex_from_string_inner).
fn parse_complex(s: &str) -> Option<C> {
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') && t.len() >= 2 {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return None;
    }
    let sign_j = |r: &str| -> Option<f64> {
        match r {
            "j" | "J" | "+j" | "+J" => Some(1.0),
            "-j" | "-J" => Some(-1.0),
            _ => None,
        }
    };
    if let Some(v) = sign_j(t) {
        return Some((0.0, v));
    }
    let (x, rest) = parse_float_prefix(t)?;
    if rest.is_empty() {
        return Some((x, 0.0));
    }
    if rest == "j" || rest == "J" {
        return Some((0.0, x));
    }
    if let Some(v) = sign_j(rest) {
        return Some((x, v));
    }
    if !(rest.starts_with('+') || rest.starts_with('-')) {
        return None;
    }
    let (y, rest2) = parse_float_prefix(rest)?;
    if rest2 == "j" || rest2 == "J" {
        return Some((x, y));
    }
    None
}

fn to_parts(vm: &Vm, v: &Value, second: bool) -> PyResult<C> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok((c.re, c.im));
    }
    if let Some(r) = operand(vm, v) {
        return r;
    }
    if let Some(r) = vm.call_special(v, &vm.intern("__complex__"), &[])? {
        if let Some(c) = r.downcast::<ComplexData>() {
            return Ok((c.re, c.im));
        }
        return Err(vm.new_type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.class().name()
        )));
    }
    if let Some(r) = vm.call_special(v, &vm.names.__float__, &[])? {
        if let Some(f) = r.downcast::<FloatData>() {
            return Ok((f.0, 0.0));
        }
    }
    if v.class().lookup(&vm.names.__index__).is_some() {
        let i = vm.index_to_isize(v)?;
        return Ok((i as f64, 0.0));
    }
    Err(vm.new_type_error(if second {
        format!(
            "complex() second argument must be a number, not '{}'",
            v.class().name()
        )
    } else {
        format!(
            "complex() first argument must be a string or a number, not '{}'",
            v.class().name()
        )
    }))
}

fn complex_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeData>())
        .ok_or_else(|| vm.new_type_error("complex.__new__ needs a type"))?;
    let npos = args.len() - kw.len();
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let mut real = args.get(1).filter(|_| npos > 1).cloned();
    let mut imag = args.get(2).filter(|_| npos > 2).cloned();
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("real") if real.is_none() => real = Some(v.clone()),
            Some("imag") if imag.is_none() => imag = Some(v.clone()),
            _ => {
                return Err(vm.new_type_error(format!(
                    "complex() got an unexpected keyword argument '{}'",
                    vm.str(k)?
                )))
            }
        }
    }
    let c = match (&real, &imag) {
        (None, None) => (0.0, 0.0),
        (Some(r), im) => {
            if let Some(s) = crate::ops::str_of(r) {
                if im.is_some() {
                    return Err(
                        vm.new_type_error("complex() can't take second arg if first is a string")
                    );
                }
                parse_complex(s)
                    .ok_or_else(|| vm.new_value_error("complex() arg is a malformed string"))?
            } else {
                if let Some(i) = im {
                    if crate::ops::str_of(i).is_some() {
                        return Err(vm.new_type_error("complex() second arg can't be a string"));
                    }
                }
                if std::ptr::eq(r.class(), vm.types.complex)
                    && im.is_none()
                    && std::ptr::eq(cls, vm.types.complex)
                {
                    return Ok(r.clone());
                }
                // CPython complex_new_impl: only complex parts cross over.
                let cr = to_parts(vm, r, false)?;
                let cr_complex = r.downcast::<ComplexData>().is_some();
                match im {
                    None => cr,
                    Some(i) => {
                        let ci = to_parts(vm, i, true)?;
                        let ci_complex = i.downcast::<ComplexData>().is_some();
                        let re = if ci_complex { cr.0 - ci.1 } else { cr.0 };
                        let imv = if cr_complex { ci.0 + cr.1 } else { ci.0 };
                        (re, imv)
                    }
                }
            }
        }
        (None, Some(i)) => {
            if crate::ops::str_of(i).is_some() {
                return Err(vm.new_type_error("complex() second arg can't be a string"));
            }
            let ci = to_parts(vm, i, true)?;
            if i.downcast::<ComplexData>().is_some() {
                (-ci.1, ci.0)
            } else {
                (0.0, ci.0)
            }
        }
    };
    if std::ptr::eq(cls, vm.types.complex) {
        return Ok(new(vm, c));
    }
    Ok(alloc_object(cls, ComplexData { re: c.0, im: c.1 }).into_value())
}

pub fn init(vm: &Vm) {
    let t = vm.types.complex;
    add_staticmethod(vm, t, "__new__", complex_new);
    let meths: &[(&'static str, NativeFn)] = &[
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_div),
        ("__rtruediv__", c_rdiv),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__abs__", c_abs),
        ("__bool__", c_bool),
        ("conjugate", c_conjugate),
        ("__hash__", c_hash),
        ("__repr__", c_repr),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_not_impl),
        ("__le__", c_not_impl),
        ("__gt__", c_not_impl),
        ("__ge__", c_not_impl),
        ("__getnewargs__", c_getnewargs),
        ("__complex__", c_pos),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    crate::objects::descr::add_getset(
        vm,
        t,
        "real",
        get_real,
        Some(crate::objects::list::readonly_member),
    );
    crate::objects::descr::add_getset(
        vm,
        t,
        "imag",
        get_imag,
        Some(crate::objects::list::readonly_member),
    );
}
