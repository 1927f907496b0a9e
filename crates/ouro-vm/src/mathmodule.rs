//! The `math` module: the C library's real functions with CPython's argument conversion
//! (`__float__`, `__index__`) and its error rules (a NaN from a non-NaN argument is
//! "math domain error", an infinite result from a finite argument "math range error"), plus
//! the integer functions (`gcd`, `lcm`, `factorial`, `comb`, `perm`, `isqrt`) on big integers.
//! CPython: Modules/mathmodule.c.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::module::ModuleData;
use crate::pymath;
use crate::vm::{PyErr, PyResult, Vm};

/// Converts an argument to a float as CPython's `PyFloat_AsDouble`.
pub(crate) fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    if let Some(f) = v.downcast::<FloatData>() {
        return Ok(f.0);
    }
    if let Some(i) = v.downcast::<IntData>() {
        return big_to_f64(vm, &i.0);
    }
    if let Some(m) = v.class().lookup(&vm.intern("__float__")) {
        let r = vm.call(&m, &[v.clone()], &[])?;
        return match r.downcast::<FloatData>() {
            Some(f) => Ok(f.0),
            None => Err(vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.class().name(),
                r.class().name()
            ))),
        };
    }
    if let Some(m) = v.class().lookup(&vm.intern("__index__")) {
        let r = vm.call(&m, &[v.clone()], &[])?;
        return to_f64(vm, &r);
    }
    Err(vm.new_type_error(format!("must be real number, not {}", v.class().name())))
}

fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.new_overflow_error("int too large to convert to float")),
    }
}

/// Converts an argument to an integer as `operator.index`.
fn to_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Ok(BigInt::from(i));
    }
    if let Some(i) = v.downcast::<IntData>() {
        return Ok(i.0.clone());
    }
    if let Some(m) = v.class().lookup(&vm.intern("__index__")) {
        let r = vm.call(&m, &[v.clone()], &[])?;
        if let Some(i) = r.as_small_int() {
            return Ok(BigInt::from(i));
        }
        if let Some(i) = r.downcast::<IntData>() {
            return Ok(i.0.clone());
        }
        return Err(vm.new_type_error(format!(
            "__index__ returned non-int (type {})",
            r.class().name()
        )));
    }
    Err(vm.new_type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.class().name()
    )))
}

fn domain(vm: &Vm) -> PyErr {
    vm.new_value_error("math domain error")
}

fn range(vm: &Vm) -> PyErr {
    vm.new_overflow_error("math range error")
}

fn nargs(vm: &Vm, name: &str, args: &[Value], kw: &[Value], n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != n {
        return Err(if n == 1 {
            vm.new_type_error(format!(
                "math.{name}() takes exactly one argument ({} given)",
                args.len()
            ))
        } else {
            vm.new_type_error(format!("{name} expected {n} arguments, got {}", args.len()))
        });
    }
    Ok(())
}

/// CPython's math_1: applies `f` and maps NaN/infinite results to the right errors.
fn math_1(vm: &Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(vm.new_float(r))
}

macro_rules! unary {
    ($name:ident, $pyname:expr, $f:expr, $ovf:expr) => {
        fn $name(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
            nargs(vm, $pyname, args, kw, 1)?;
            let x = to_f64(vm, &args[0])?;
            math_1(vm, x, $f, $ovf)
        }
    };
}

unary!(m_acos, "acos", pymath::acos, false);
unary!(m_asin, "asin", pymath::asin, false);
unary!(m_atan, "atan", pymath::atan, false);
unary!(m_acosh, "acosh", pymath::acosh, false);
unary!(m_asinh, "asinh", pymath::asinh, false);
unary!(m_atanh, "atanh", atanh, false);
unary!(m_cos, "cos", pymath::cos, false);
unary!(m_sin, "sin", pymath::sin, false);
unary!(m_tan, "tan", pymath::tan, false);
unary!(m_cosh, "cosh", pymath::cosh, true);
unary!(m_sinh, "sinh", pymath::sinh, true);
unary!(m_tanh, "tanh", pymath::tanh, false);
unary!(m_exp, "exp", pymath::exp, true);
unary!(m_exp2, "exp2", pymath::exp2, true);
unary!(m_expm1, "expm1", pymath::expm1, true);
unary!(m_log1p, "log1p", log1p, false);
unary!(m_fabs, "fabs", f64::abs, false);
unary!(m_cbrt, "cbrt", pymath::cbrt, false);
unary!(m_erf, "erf", pymath::erf, false);
unary!(m_erfc, "erfc", pymath::erfc, false);

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        if x.abs() == 1.0 {
            return f64::NAN;
        }
        return f64::NAN;
    }
    pymath::atanh(x)
}

fn log1p(x: f64) -> f64 {
    if x <= -1.0 {
        return f64::NAN;
    }
    pymath::log1p(x)
}

/// Lanczos approximation of the gamma function (CPython 3.10's m_tgamma coefficients).
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), with the argument reduced first so that it is exact at integers and
/// half-integers (CPython: m_sinpi).
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => pymath::sin(pi * y),
        1 => pymath::cos(pi * (y - 0.5)),
        2 => pymath::sin(pi * (1.0 - y)),
        3 => -pymath::cos(pi * (y - 1.5)),
        _ => pymath::sin(pi * (y - 2.0)),
    };
    1f64.copysign(x) * r
}

fn m_gamma(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "gamma", args, kw, 1)?;
    let x = to_f64(vm, &args[0])?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x.is_infinite() {
        return if x > 0.0 {
            Ok(vm.new_float(x))
        } else {
            Err(domain(vm))
        };
    }
    if x == 0.0 || (x < 0.0 && x.floor() == x) {
        return Err(domain(vm));
    }
    if x.floor() == x && x <= 23.0 {
        let mut r = 1.0f64;
        let mut k = 2.0;
        while k < x {
            r *= k;
            k += 1.0;
        }
        return Ok(vm.new_float(r));
    }
    if x > 200.0 {
        return Err(range(vm));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(vm.new_float(1.0 / x));
    }
    // The error of y = absx + (g - 0.5), recovered exactly, corrects the sum below.
    let half_g = LANCZOS_G - 0.5;
    let y = absx + half_g;
    let mut z = if absx > half_g {
        (y - absx) - half_g
    } else {
        (y - half_g) - absx
    };
    z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let pi = std::f64::consts::PI;
        let mut r = -pi / sinpi(absx) / absx * pymath::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= pymath::pow(y, absx - 0.5);
        } else {
            let sqrtpow = pymath::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / pymath::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= pymath::pow(y, absx - 0.5);
        } else {
            let sqrtpow = pymath::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn m_lgamma(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "lgamma", args, kw, 1)?;
    let x = to_f64(vm, &args[0])?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x.is_infinite() {
        return Ok(vm.new_float(f64::INFINITY));
    }
    if x.floor() == x && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain(vm));
        }
        return Ok(vm.new_float(0.0));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(vm.new_float(-pymath::log(absx)));
    }
    let mut r = pymath::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (pymath::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = pymath::log(std::f64::consts::PI)
            - pymath::log(sinpi(absx).abs())
            - pymath::log(absx)
            - r;
    }
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn m_sqrt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "sqrt", args, kw, 1)?;
    let x = to_f64(vm, &args[0])?;
    math_1(vm, x, f64::sqrt, false)
}

/// `log` of an int argument works for ints too large for a float (CPython: loghelper).
fn log_helper(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = v.downcast::<IntData>() {
        if !i.0.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = i.0.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // Too large for a float: n = x * 2**e with x in [0.5, 1) rounded as _PyLong_Frexp
        // rounds it (55 bits kept, the lowest one sticky), then log(x) + log(2) * e.
        let bits = i.0.bits();
        let shift = bits - 55;
        let mut top = &i.0 >> shift;
        if i.0.trailing_zeros().unwrap_or(0) < shift {
            top |= BigInt::one();
        }
        let x = top.to_f64().unwrap_or(0.0) / 2f64.powi(55);
        return Ok(f(x) + f(2.0) * bits as f64);
    }
    if let Some(i) = v.as_small_int() {
        if i <= 0 {
            return Err(domain(vm));
        }
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn m_log(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("log() takes no keyword arguments"));
    }
    match args.len() {
        1 => Ok(vm.new_float(log_helper(vm, &args[0], pymath::log)?)),
        2 => {
            let num = log_helper(vm, &args[0], pymath::log)?;
            let den = log_helper(vm, &args[1], pymath::log)?;
            if den == 0.0 {
                return Err(vm.new_zero_division_error("float division by zero"));
            }
            Ok(vm.new_float(num / den))
        }
        n => Err(vm.new_type_error(format!(
            "log expected {} argument{}, got {n}",
            if n == 0 { "at least 1" } else { "at most 2" },
            if n == 0 { "" } else { "s" }
        ))),
    }
}

fn m_log2(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "log2", args, kw, 1)?;
    Ok(vm.new_float(log_helper(vm, &args[0], pymath::log2)?))
}

fn m_log10(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "log10", args, kw, 1)?;
    Ok(vm.new_float(log_helper(vm, &args[0], pymath::log10)?))
}

fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 1e18 {
        return Ok(vm.new_int(f as i64));
    }
    use num_traits::FromPrimitive;
    Ok(vm.new_bigint(BigInt::from_f64(f).unwrap_or_default()))
}

fn rounding(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    nargs(vm, name, args, kw, 1)?;
    let v = &args[0];
    if v.as_small_int().is_some() || v.downcast::<IntData>().is_some() {
        if v.class().lookup(&vm.intern(dunder)).is_none() || v.as_small_int().is_some() {
            return Ok(vm.new_bigint(to_int(vm, v)?));
        }
    }
    if let Some(x) = v.downcast::<FloatData>() {
        return float_to_int(vm, f(x.0));
    }
    if let Some(m) = v.class().lookup(&vm.intern(dunder)) {
        return vm.call_found(v, m, &[]);
    }
    if name == "trunc" {
        return Err(vm.new_type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.class().name()
        )));
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn m_floor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, "floor", args, kw, "__floor__", f64::floor)
}

fn m_ceil(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, "ceil", args, kw, "__ceil__", f64::ceil)
}

fn m_trunc(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    rounding(vm, "trunc", args, kw, "__trunc__", f64::trunc)
}

fn two_floats(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(f64, f64)> {
    nargs(vm, name, args, kw, 2)?;
    Ok((to_f64(vm, &args[0])?, to_f64(vm, &args[1])?))
}

fn m_copysign(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "copysign", args, kw)?;
    Ok(vm.new_float(x.copysign(y)))
}

fn m_fmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.new_float(r))
}

fn m_atan2(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (y, x) = two_floats(vm, "atan2", args, kw)?;
    Ok(vm.new_float(pymath::atan2(y, x)))
}

fn m_remainder(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "remainder", args, kw)?;
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(vm.new_float(1.0f64.copysign(x) * r))
}

fn m_pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", args, kw)?;
    if x.is_finite() && y.is_finite() {
        if x == 0.0 && y < 0.0 {
            return Err(domain(vm));
        }
        if x < 0.0 && y.floor() != y {
            return Err(domain(vm));
        }
    }
    let r = if x == 1.0 || y == 0.0 {
        1.0
    } else {
        pymath::pow(x, y)
    };
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn m_degrees(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "degrees", args, kw, 1)?;
    Ok(vm.new_float(to_f64(vm, &args[0])? * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "radians", args, kw, 1)?;
    Ok(vm.new_float(to_f64(vm, &args[0])? * (std::f64::consts::PI / 180.0)))
}

fn m_isnan(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "isnan", args, kw, 1)?;
    Ok(vm.new_bool(to_f64(vm, &args[0])?.is_nan()))
}

fn m_isinf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "isinf", args, kw, 1)?;
    Ok(vm.new_bool(to_f64(vm, &args[0])?.is_infinite()))
}

fn m_isfinite(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "isfinite", args, kw, 1)?;
    Ok(vm.new_bool(to_f64(vm, &args[0])?.is_finite()))
}

fn kwarg<'a>(vm: &Vm, args: &'a [Value], kw: &'a [Value], name: &str) -> Option<&'a Value> {
    let npos = args.len() - kw.len();
    kw.iter()
        .position(|k| {
            k.downcast::<crate::objects::str::StrData>()
                .is_some_and(|s| s.as_str() == name)
        })
        .map(|i| {
            let _ = vm;
            &args[npos + i]
        })
}

fn m_isclose(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos != 2 {
        return Err(vm.new_type_error(format!(
            "isclose() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    let a = to_f64(vm, &args[0])?;
    let b = to_f64(vm, &args[1])?;
    let rel = match kwarg(vm, args, kw, "rel_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(vm, args, kw, "abs_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = (b - a).abs();
    Ok(vm.new_bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn m_frexp(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "frexp", args, kw, 1)?;
    let x = to_f64(vm, &args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            // Subnormal: scale up first.
            let y = x * 2f64.powi(64);
            let bits = y.to_bits();
            let exp = ((bits >> 52) & 0x7ff) as i64;
            let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
            (m, exp - 1022 - 64)
        } else {
            let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
            (m, exp - 1022)
        }
    };
    Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e)]))
}

fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mut r = x;
    let mut e = e.clamp(-2200, 2200);
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    if e < -1022 {
        // Two steps so that a subnormal result rounds once.
        r * 2f64.powi((e + 1022) as i32) * 2f64.powi(-1022)
    } else {
        r * 2f64.powi(e as i32)
    }
}

fn m_ldexp(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "ldexp", args, kw, 2)?;
    let x = to_f64(vm, &args[0])?;
    if args[1].downcast::<FloatData>().is_some() {
        return Err(vm.new_type_error("Expected an int as second argument to ldexp."));
    }
    let e = to_int(vm, &args[1])?;
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn m_modf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "modf", args, kw, 1)?;
    let x = to_f64(vm, &args[0])?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![vm.new_float(f), vm.new_float(i)]))
}

fn m_hypot(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("hypot() takes no keyword arguments"));
    }
    let xs: Vec<f64> = args
        .iter()
        .map(|a| to_f64(vm, a))
        .collect::<PyResult<_>>()?;
    Ok(vm.new_float(hypot(&xs)))
}

fn hypot(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * s.sqrt()
}

fn m_dist(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "dist", args, kw, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.new_value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        d.push(to_f64(vm, a)? - to_f64(vm, b)?);
    }
    Ok(vm.new_float(hypot(&d)))
}

fn m_fsum(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "fsum", args, kw, 1)?;
    let items = vm.collect(&args[0])?;
    // Shewchuk's exact partial sums (CPython: math_fsum).
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for it in &items {
        let mut x = to_f64(vm, it)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
            if x.is_infinite() {
                return Err(vm.new_overflow_error("intermediate overflow in fsum"));
            }
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.new_value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

fn m_prod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos != 1 {
        return Err(vm.new_type_error(format!(
            "prod() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let mut acc = match kwarg(vm, args, kw, "start") {
        Some(v) => v.clone(),
        None => vm.new_int(1),
    };
    for it in vm.collect(&args[0])? {
        acc = vm.binary_op(&acc, &it, 5)?;
    }
    Ok(acc)
}

fn m_sumprod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "sumprod", args, kw, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.new_value_error("Inputs are not the same length"));
    }
    // As CPython's math_sumprod_impl: exact machine-int products while they fit, then float
    // (and float-with-int) products summed in triple-length arithmetic, then the generic path;
    // a path once left is never re-entered.
    let mut total = vm.new_int(0);
    let (mut int_path, mut int_total, mut int_used) = (true, 0i64, false);
    let (mut flt_path, mut flt_total, mut flt_used) = (true, TripleLength::ZERO, false);
    let n = p.len();
    for i in 0..=n {
        let finished = i == n;
        if int_path {
            if !finished {
                let term = match (exact_int(vm, &p[i]), exact_int(vm, &q[i])) {
                    (Some(a), Some(b)) => a.checked_mul(b).and_then(|m| int_total.checked_add(m)),
                    _ => None,
                };
                if let Some(t) = term {
                    int_total = t;
                    int_used = true;
                    continue;
                }
            }
            int_path = false;
            if int_used {
                total = vm.binary_op(&total, &vm.new_int(int_total), 0)?;
                int_used = false;
            }
        }
        if flt_path {
            if !finished {
                if let Some((a, b)) = float_pair(vm, &p[i], &q[i]) {
                    let t = flt_total.fma(a, b);
                    if t.hi.is_finite() {
                        flt_total = t;
                        flt_used = true;
                        continue;
                    }
                }
            }
            flt_path = false;
            if flt_used {
                total = vm.binary_op(&total, &vm.new_float(flt_total.to_f64()), 0)?;
                flt_used = false;
            }
        }
        if finished {
            break;
        }
        let m = vm.binary_op(&p[i], &q[i], 5)?;
        total = vm.binary_op(&total, &m, 0)?;
    }
    Ok(total)
}

/// An exact `int` (not a subclass, not a bool) that fits a machine word.
fn exact_int(vm: &Vm, v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if std::ptr::eq(v.class(), vm.types.int) {
        return v.downcast::<IntData>().and_then(|i| i.0.to_i64());
    }
    None
}

/// A pair sumprod may multiply as floats: two exact floats, or an exact float and an exact
/// int or bool (the int converted with rounding, as PyLong_AsDouble does).
fn float_pair(vm: &Vm, a: &Value, b: &Value) -> Option<(f64, f64)> {
    let exact_float = |v: &Value| {
        std::ptr::eq(v.class(), vm.types.float)
            .then(|| v.downcast::<FloatData>().map(|f| f.0))
            .flatten()
    };
    let int_like = |v: &Value| {
        if let Some(i) = v.as_small_int() {
            return Some(i as f64);
        }
        let c = v.class();
        if std::ptr::eq(c, vm.types.int) || std::ptr::eq(c, vm.types.bool_) {
            return v
                .downcast::<IntData>()
                .and_then(|i| i.0.to_f64())
                .filter(|f| f.is_finite());
        }
        None
    };
    match (exact_float(a), exact_float(b)) {
        (Some(x), Some(y)) => Some((x, y)),
        (Some(x), None) => int_like(b).map(|y| (x, y)),
        (None, Some(y)) => int_like(a).map(|x| (x, y)),
        (None, None) => None,
    }
}

/// A float sum carried in three parts (CPython: TripleLength, after Ogita, Rump and Oishi's
/// "Accurate sum and dot product", algorithm 5.10 with K = 3).
#[derive(Clone, Copy)]
struct TripleLength {
    hi: f64,
    lo: f64,
    tiny: f64,
}

impl TripleLength {
    const ZERO: TripleLength = TripleLength {
        hi: 0.0,
        lo: 0.0,
        tiny: 0.0,
    };

    /// Exact sum of two floats as (rounded sum, error).
    fn two_sum(a: f64, b: f64) -> (f64, f64) {
        let x = a + b;
        let z = x - a;
        (x, (a - (x - z)) + (b - z))
    }

    /// self + x * y.
    fn fma(self, x: f64, y: f64) -> TripleLength {
        let p = x * y;
        let p_err = x.mul_add(y, -p);
        let (s_hi, s_lo) = Self::two_sum(self.hi, p);
        let (r1_hi, r1_lo) = Self::two_sum(self.lo, p_err);
        let (r2_hi, r2_lo) = Self::two_sum(r1_hi, s_lo);
        TripleLength {
            hi: s_hi,
            lo: r2_hi,
            tiny: self.tiny + r1_lo + r2_lo,
        }
    }

    fn to_f64(self) -> f64 {
        let (hi, lo) = Self::two_sum(self.lo, self.hi);
        self.tiny + lo + hi
    }
}

fn m_gcd(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&to_int(vm, a)?);
    }
    Ok(vm.new_bigint(g))
}

fn m_lcm(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for a in args {
        let x = to_int(vm, a)?;
        if x.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(vm.new_bigint(l.abs()))
}

fn m_factorial(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "factorial", args, kw, 1)?;
    let n = to_int(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.new_value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= 1 << 24) else {
        return Err(
            vm.new_overflow_error("factorial() argument should not exceed 9223372036854775807")
        );
    };
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(vm.new_bigint(r))
}

fn perm_comb_args(vm: &Vm, name: &str, args: &[Value]) -> PyResult<(BigInt, BigInt)> {
    let n = to_int(vm, &args[0])?;
    let k = to_int(vm, &args[1])?;
    if n.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer"));
    }
    let _ = name;
    Ok((n, k))
}

fn m_comb(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "comb", args, kw, 2)?;
    let (n, mut k) = perm_comb_args(vm, "comb", args)?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    if &n - &k < k {
        k = &n - &k;
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.new_overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(r))
}

fn m_perm(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("perm() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "perm expected at {} argument{}, got {}",
            if args.is_empty() { "least 1" } else { "most 2" },
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    if args.len() == 1 || vm.is_none(&args[1]) {
        return m_factorial(vm, &args[..1], &[]);
    }
    let (n, k) = perm_comb_args(vm, "perm", args)?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.new_overflow_error("k must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.new_bigint(r))
}

fn m_isqrt(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "isqrt", args, kw, 1)?;
    let n = to_int(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn m_nextafter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos != 2 {
        return Err(vm.new_type_error(format!("nextafter expected 2 arguments, got {npos}")));
    }
    let x = to_f64(vm, &args[0])?;
    let y = to_f64(vm, &args[1])?;
    let steps = match kwarg(vm, args, kw, "steps") {
        Some(v) => {
            let s = to_int(vm, v)?;
            if s.is_negative() {
                return Err(vm.new_value_error("steps must be a non-negative integer"));
            }
            s.to_u64().unwrap_or(u64::MAX)
        }
        None => 1,
    };
    let mut r = x;
    for _ in 0..steps.min(1 << 12) {
        let n = next_toward(r, y);
        if n == r {
            break;
        }
        r = n;
    }
    Ok(vm.new_float(r))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_ulp(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "ulp", args, kw, 1)?;
    let x = to_f64(vm, &args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let x2 = next_toward(x, f64::INFINITY);
    if x2.is_infinite() {
        let x0 = next_toward(x, 0.0);
        return Ok(vm.new_float(x - x0));
    }
    Ok(vm.new_float(x2 - x))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("sumprod", m_sumprod),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

/// Makes the `math` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "math");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        for (name, v) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            d.set_str(vm, &vm.intern(name), vm.new_float(v));
        }
    }
    m
}
