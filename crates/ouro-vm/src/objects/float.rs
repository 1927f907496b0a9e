//! `float`: IEEE 754 doubles, with CPython's `repr` (shortest round-trip) and arithmetic
//! errors, and the float methods (`is_integer`, `as_integer_ratio`, `hex`, `fromhex`,
//! `__round__`, `__trunc__`...). CPython: Objects/floatobject.c.

use num_bigint::BigInt;

use crate::object::{Payload, Value};
use crate::objects::builtin::{add_classmethod, add_method, NativeFn};
use crate::objects::list::{no_args, one_arg};
use crate::vm::{PyResult, Vm};

pub struct FloatData(pub f64);

impl Payload for FloatData {}

fn fself(vm: &Vm, args: &[Value], m: &str) -> PyResult<f64> {
    args.first()
        .and_then(|v| v.downcast::<FloatData>())
        .map(|f| f.0)
        .ok_or_else(|| {
            vm.new_type_error(format!(
                "descriptor '{m}' for 'float' objects doesn't apply to a '{}' object",
                args.first()
                    .map(|a| a.class().name())
                    .unwrap_or_else(|| "NoneType".into())
            ))
        })
}

fn to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    Ok(vm.new_bigint(num_traits::FromPrimitive::from_f64(x).unwrap_or_default()))
}

fn float_is_integer(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = fself(vm, args, "is_integer")?;
    no_args(vm, "float.is_integer", args, kw)?;
    Ok(vm.new_bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = fself(vm, args, "as_integer_ratio")?;
    no_args(vm, "float.as_integer_ratio", args, kw)?;
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert NaN to integer ratio"));
    }
    let (n, d) = crate::bltinnum::exact_ratio(x);
    Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
}

fn float_conjugate(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_float(fself(vm, args, "conjugate")?))
}

fn get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_float(fself(vm, std::slice::from_ref(v), "real")?))
}

fn get_imag(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_float(0.0))
}

fn float_trunc(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int(vm, fself(vm, args, "__trunc__")?.trunc())
}

fn float_floor(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int(vm, fself(vm, args, "__floor__")?.floor())
}

fn float_ceil(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int(vm, fself(vm, args, "__ceil__")?.ceil())
}

fn float_round(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = fself(vm, args, "__round__")?;
    crate::objects::list::no_kw(vm, "float.__round__", kw)?;
    match args.get(1).filter(|n| !vm.is_none(n)) {
        None => crate::bltinnum::float_to_rounded_int(vm, x),
        Some(n) => {
            let n = match crate::objects::int::as_int(n) {
                Some(crate::objects::int::IntRef::Small(i)) => i,
                Some(crate::objects::int::IntRef::Big(b)) => {
                    if num_traits::Signed::is_negative(b) {
                        -400
                    } else {
                        400
                    }
                }
                None => vm.index_to_isize(n)? as i64,
            };
            Ok(vm.new_float(crate::bltinnum::float_round_ndigits(x, n)))
        }
    }
}

/// `float.hex()` (CPython float_hex).
pub fn float_hex_str(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    // CPython always writes all 13 hex digits of the fraction.
    let digits = format!("{frac:013x}");
    let esign = if e < 0 { "-" } else { "+" };
    format!("{sign}0x{lead}.{digits}p{esign}{}", e.abs())
}

fn float_hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = fself(vm, args, "hex")?;
    no_args(vm, "float.hex", args, kw)?;
    Ok(vm.new_string(float_hex_str(x)))
}

/// Parses a hexadecimal float string (CPython float_fromhex); None when malformed, Err on
/// overflow.
fn parse_hex(s: &str) -> Option<Result<f64, ()>> {
    let t = s.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let low = body.to_ascii_lowercase();
    let sgn = |v: f64| if neg { -v } else { v };
    if low == "inf" || low == "infinity" {
        return Some(Ok(sgn(f64::INFINITY)));
    }
    if low == "nan" {
        return Some(Ok(sgn(f64::NAN)));
    }
    let body = low.strip_prefix("0x").unwrap_or(&low);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    if !ip.chars().chain(fp.chars()).all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let e: i64 = match exp {
        Some(e) => {
            let ok = !e.is_empty()
                && e.trim_start_matches(['+', '-'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && !e.trim_start_matches(['+', '-']).is_empty();
            if !ok {
                return None;
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                -1 << 40
            } else {
                1 << 40
            })
        }
        None => 0,
    };
    let digits: String = format!("{ip}{fp}");
    let m = BigInt::parse_bytes(digits.as_bytes(), 16)?;
    let e2 = e.saturating_sub(4 * fp.len() as i64);
    if num_traits::Zero::is_zero(&m) {
        return Some(Ok(sgn(0.0)));
    }
    // m * 2**e2, correctly rounded.
    let bits = m.bits() as i64;
    let top = bits + e2; // value < 2**top
    if top > 1024 {
        return Some(Err(()));
    }
    if top < -1080 {
        return Some(Ok(sgn(0.0)));
    }
    // Keep 53 significant bits (fewer for subnormals), round half even.
    let lsb_exp = (top - 53).max(-1074);
    let shift = lsb_exp - e2;
    let q = if shift > 0 {
        let den = BigInt::from(1) << shift as usize;
        crate::bltinnum::round_half_even(&m, &den)
    } else {
        m << (-shift) as usize
    };
    let qf = num_traits::ToPrimitive::to_f64(&q)?;
    let v = qf
        * 2f64
            .powi((lsb_exp.max(-1074) as i32).max(-1074).min(1023))
            .max(0.0);
    let v = if lsb_exp < -1022 {
        // Scale in two steps to avoid underflow of the power.
        qf * 2f64.powi(lsb_exp as i32 + 100) * 2f64.powi(-100)
    } else {
        v
    };
    if v.is_infinite() {
        return Some(Err(()));
    }
    Some(Ok(sgn(v)))
}

/// `float.__getformat__(typestr)`: the storage format of C doubles and floats.
// CPython: floatobject.c float___getformat___impl
fn float_getformat(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = one_arg(vm, "float.__getformat__", args, kw)?;
    let Some(text) = crate::ops::str_of(s) else {
        return Err(vm.new_type_error(format!(
            "__getformat__() argument must be str, not {}",
            s.class().name()
        )));
    };
    match text {
        "double" | "float" => Ok(vm.new_str("IEEE, little-endian")),
        _ => Err(vm.new_value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn float_fromhex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = one_arg(vm, "float.fromhex", args, kw)?;
    let Some(text) = crate::ops::str_of(s) else {
        return Err(vm.new_type_error(format!("bad argument type for built-in operation")));
    };
    let f = match parse_hex(text) {
        None => return Err(vm.new_value_error("invalid hexadecimal floating-point string")),
        Some(Err(())) => {
            return Err(vm.new_overflow_error("hexadecimal value too large to represent as a float"))
        }
        Some(Ok(f)) => f,
    };
    let cls = &args[0];
    if cls.is(&vm.types.float.to_value()) {
        return Ok(vm.new_float(f));
    }
    vm.call(cls, &[vm.new_float(f)], &[])
}

fn float_int(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    to_int(vm, fself(vm, args, "__int__")?.trunc())
}

fn float_float(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_float(fself(vm, args, "__float__")?))
}

fn float_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = fself(vm, args, "__hash__")?;
    Ok(vm.new_int(crate::pyhash::hash_f64(x)))
}

fn float_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = fself(vm, args, "__repr__")?;
    Ok(vm.new_string(ouro_bytecode::repr::float_repr(x)))
}

fn float_bool(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_bool(fself(vm, args, "__bool__")? != 0.0))
}

fn float_neg(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_float(-fself(vm, args, "__neg__")?))
}

fn float_abs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_float(fself(vm, args, "__abs__")?.abs()))
}

fn float_divmod_m(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = fself(vm, args, "__divmod__")?;
    let Some(y) = args.get(1).and_then(num_value) else {
        return Ok(vm.not_implemented.clone());
    };
    if y == 0.0 {
        return Err(vm.new_zero_division_error("float divmod()"));
    }
    let (q, r) = crate::number::float_divmod(x, y);
    Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
}

fn float_rdivmod(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let y = fself(vm, args, "__rdivmod__")?;
    let Some(x) = args.get(1).and_then(num_value) else {
        return Ok(vm.not_implemented.clone());
    };
    if y == 0.0 {
        return Err(vm.new_zero_division_error("float divmod()"));
    }
    let (q, r) = crate::number::float_divmod(x, y);
    Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
}

fn num_value(v: &Value) -> Option<f64> {
    if let Some(f) = v.downcast::<FloatData>() {
        return Some(f.0);
    }
    crate::objects::int::as_int(v).and_then(|i| num_traits::ToPrimitive::to_f64(&i.to_bigint()))
}

fn float_getnewargs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_tuple(vec![vm.new_float(fself(vm, args, "__getnewargs__")?)]))
}

pub fn init(vm: &Vm) {
    crate::ops::init_float_methods(vm);
    let t = vm.types.float;
    let meths: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate),
        ("hex", float_hex),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__pos__", float_float),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__bool__", float_bool),
        ("__neg__", float_neg),
        ("__abs__", float_abs),
        ("__divmod__", float_divmod_m),
        ("__rdivmod__", float_rdivmod),
        ("__getnewargs__", float_getnewargs),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    add_classmethod(vm, t, "fromhex", float_fromhex);
    add_classmethod(vm, t, "__getformat__", float_getformat);
    crate::objects::descr::add_getset(vm, t, "real", get_real, None);
    crate::objects::descr::add_getset(vm, t, "imag", get_imag, None);
}
