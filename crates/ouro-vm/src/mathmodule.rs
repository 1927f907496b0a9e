//! The `math` module: the C library's real functions with CPython's argument conversion
//! (`__float__`, `__index__`) and its error rules (a NaN from a non-NaN argument is
//! "math domain error", an infinite result from a finite argument "math range error"), plus
//! the integer functions (`gcd`, `lcm`, `factorial`, `comb`, `perm`, `isqrt`) on big integers.
//! CPython: Modules/mathmodule.c.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::Value;
use crate::objects::builtin::{new_module_function, NativeFn};
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::module::ModuleData;
use crate::vm::{PyErr, PyResult, Vm};

/// Converts an argument to a float as CPython's `PyFloat_AsDouble`.
fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
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

unary!(m_acos, "acos", f64::acos, false);
unary!(m_asin, "asin", f64::asin, false);
unary!(m_atan, "atan", f64::atan, false);
unary!(m_acosh, "acosh", f64::acosh, false);
unary!(m_asinh, "asinh", f64::asinh, false);
unary!(m_atanh, "atanh", atanh, false);
unary!(m_cos, "cos", f64::cos, false);
unary!(m_sin, "sin", f64::sin, false);
unary!(m_tan, "tan", f64::tan, false);
unary!(m_cosh, "cosh", f64::cosh, true);
unary!(m_sinh, "sinh", f64::sinh, true);
unary!(m_tanh, "tanh", f64::tanh, false);
unary!(m_exp, "exp", f64::exp, true);
unary!(m_exp2, "exp2", f64::exp2, true);
unary!(m_expm1, "expm1", f64::exp_m1, true);
unary!(m_log1p, "log1p", log1p, false);
unary!(m_fabs, "fabs", f64::abs, false);
unary!(m_cbrt, "cbrt", f64::cbrt, false);
unary!(m_erf, "erf", erf, false);
unary!(m_erfc, "erfc", erfc, false);

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        if x.abs() == 1.0 {
            return f64::NAN;
        }
        return f64::NAN;
    }
    x.atanh()
}

fn log1p(x: f64) -> f64 {
    if x <= -1.0 {
        return f64::NAN;
    }
    x.ln_1p()
}

/// The error function, by its Taylor series near zero and a continued fraction for the tail
/// (CPython 3.10's m_erf approach).
fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let absx = x.abs();
    if absx < 1.5 {
        erf_series(x)
    } else {
        let cf = if absx >= 30.0 {
            0.0
        } else {
            erfc_contfrac(absx)
        };
        if x > 0.0 {
            1.0 - cf
        } else {
            cf - 1.0
        }
    }
}

fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let absx = x.abs();
    if absx < 1.5 {
        1.0 - erf_series(x)
    } else {
        let cf = if absx >= 30.0 {
            0.0
        } else {
            erfc_contfrac(absx)
        };
        if x > 0.0 {
            cf
        } else {
            2.0 - cf
        }
    }
}

fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = 25.0 + 0.5;
    for _ in 0..25 {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / std::f64::consts::PI.sqrt()
}

fn erfc_contfrac(x: f64) -> f64 {
    if x >= 30.0 {
        return 0.0;
    }
    let x2 = x * x;
    let mut a = 0.0;
    let mut da = 0.5;
    let mut p = 1.0;
    let mut p_last = 0.0;
    let mut q = da + x2;
    let mut q_last = 1.0;
    for _ in 0..50 {
        a += da;
        da += 2.0;
        let b = da + x2;
        let temp = p;
        p = b * p - a * p_last;
        p_last = temp;
        let temp = q;
        q = b * q - a * q_last;
        q_last = temp;
    }
    p / q * x * (-x2).exp() / std::f64::consts::PI.sqrt()
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
    let y = absx + LANCZOS_G - 0.5;
    let q = y - absx;
    let z = q - (LANCZOS_G - 0.5);
    let r = if x < 0.0 {
        let s = (std::f64::consts::PI * absx).sin();
        let mut r = -std::f64::consts::PI / s / absx / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r * y.exp()
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
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
        return Ok(vm.new_float(-absx.ln()));
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln()
            - (std::f64::consts::PI * absx).sin().abs().ln()
            - absx.ln()
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
        let bits = i.0.bits();
        let shift = bits.saturating_sub(60);
        let top = (&i.0 >> shift).to_f64().unwrap_or(0.0);
        return Ok(f(top) + (shift as f64) * f(2.0));
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
        1 => Ok(vm.new_float(log_helper(vm, &args[0], f64::ln)?)),
        2 => {
            let num = log_helper(vm, &args[0], f64::ln)?;
            let den = log_helper(vm, &args[1], f64::ln)?;
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
    Ok(vm.new_float(log_helper(vm, &args[0], f64::log2)?))
}

fn m_log10(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "log10", args, kw, 1)?;
    Ok(vm.new_float(log_helper(vm, &args[0], f64::log10)?))
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
        return vm.call(&m, &[v.clone()], &[]);
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
    Ok(vm.new_float(y.atan2(x)))
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
    let r = if x == 1.0 || y == 0.0 { 1.0 } else { x.powf(y) };
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
        (x.fract(), x.trunc())
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
    let mut acc = vm.new_int(0);
    for (a, b) in p.iter().zip(&q) {
        let m = vm.binary_op(a, b, 5)?;
        acc = vm.binary_op(&acc, &m, 0)?;
    }
    Ok(acc)
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
        for (name, f) in FUNCTIONS {
            d.set_str(
                vm,
                &vm.intern(name),
                new_module_function(vm, name, *f, None),
            );
        }
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
