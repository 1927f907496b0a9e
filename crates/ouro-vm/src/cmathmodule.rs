//! The `cmath` module: complex logarithms, roots, exponentials and (hyperbolic) trigonometric
//! functions with the C99 Annex G special values CPython uses, its overflow-avoiding formulas
//! and its errors ("math domain error", "math range error"), plus `phase`, `polar`, `rect`,
//! `isfinite`, `isnan`, `isinf`, `isclose` and the constants. CPython: Modules/cmathmodule.c.

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::complex::ComplexData;
use crate::objects::module::ModuleData;
use crate::pymath;
use crate::vm::{PyResult, Vm};

/// A complex number as (real, imag).
type C = (f64, f64);

/// What CPython's C functions report through `errno`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    /// EDOM: a domain error (ValueError).
    Dom,
    /// ERANGE: an overflow (OverflowError).
    Range,
}

const PI: f64 = std::f64::consts::PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// A value no table entry marked with it is ever read for (finite arguments never use the
/// tables).
const U: f64 = -9.5426319407711027e33;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const MANT_DIG: i32 = 53;
/// Scaling that turns a subnormal into a normal number, and the matching scaling back.
const SCALE_UP: i32 = 2 * (MANT_DIG / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

/// Arguments beyond this magnitude take formulas that cannot overflow.
fn large_double() -> f64 {
    f64::MAX / 4.0
}

fn sqrt_large_double() -> f64 {
    large_double().sqrt()
}

fn log_large_double() -> f64 {
    pymath::log(large_double())
}

/// `x * 2**e`, exactly for the scalings used here (the results stay normal).
fn ldexp(x: f64, e: i32) -> f64 {
    x * f64::from_bits(((1023 + e) as u64) << 52)
}

/// The class of a double that indexes the special-value tables: -inf, negative, -0, +0,
/// positive, +inf, nan.
// CPython: cmathmodule.c special_type
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d.is_sign_positive() {
        5
    } else {
        0
    }
}

type Table = [[C; 7]; 7];

fn special(z: C, table: &Table) -> C {
    table[special_type(z.0)][special_type(z.1)]
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

// The tables of C99 Annex G results for non-finite arguments, rows by the real part's class
// and columns by the imaginary part's (the order of `special_type`).

#[rustfmt::skip]
const ACOS_SPECIAL: Table = [
    [(P34, INF), (PI, INF), (PI, INF), (PI, -INF), (PI, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P12, INF), (U, U), (P12, 0.), (P12, -0.), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (P12, 0.), (P12, -0.), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P14, INF), (0., INF), (0., INF), (0., -INF), (0., -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];

#[rustfmt::skip]
const ACOSH_SPECIAL: Table = [
    [(INF, -P34), (INF, -PI), (INF, -PI), (INF, PI), (INF, PI), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -P12), (0., P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -P12), (0., P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const ASINH_SPECIAL: Table = [
    [(-INF, -P14), (-INF, -0.), (-INF, -0.), (-INF, 0.), (-INF, 0.), (-INF, P14), (-INF, N)],
    [(-INF, -P12), (U, U), (U, U), (U, U), (U, U), (-INF, P12), (N, N)],
    [(-INF, -P12), (U, U), (-0., -0.), (-0., 0.), (U, U), (-INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -0.), (0., 0.), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.), (N, 0.), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const ATANH_SPECIAL: Table = [
    [(-0., -P12), (-0., -P12), (-0., -P12), (-0., P12), (-0., P12), (-0., P12), (-0., N)],
    [(-0., -P12), (U, U), (U, U), (U, U), (U, U), (-0., P12), (N, N)],
    [(-0., -P12), (U, U), (-0., -0.), (-0., 0.), (U, U), (-0., P12), (-0., N)],
    [(0., -P12), (U, U), (0., -0.), (0., 0.), (U, U), (0., P12), (0., N)],
    [(0., -P12), (U, U), (U, U), (U, U), (U, U), (0., P12), (N, N)],
    [(0., -P12), (0., -P12), (0., -P12), (0., P12), (0., P12), (0., P12), (0., N)],
    [(0., -P12), (N, N), (N, N), (N, N), (N, N), (0., P12), (N, N)],
];

#[rustfmt::skip]
const COSH_SPECIAL: Table = [
    [(INF, N), (U, U), (INF, 0.), (INF, -0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, 0.), (U, U), (1., 0.), (1., -0.), (U, U), (N, 0.), (N, 0.)],
    [(N, 0.), (U, U), (1., -0.), (1., 0.), (U, U), (N, 0.), (N, 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const EXP_SPECIAL: Table = [
    [(0., 0.), (U, U), (0., -0.), (0., 0.), (U, U), (0., 0.), (0., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const LOG_SPECIAL: Table = [
    [(INF, -P34), (INF, -PI), (INF, -PI), (INF, PI), (INF, PI), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -PI), (-INF, PI), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -0.), (-INF, 0.), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const SINH_SPECIAL: Table = [
    [(INF, N), (U, U), (-INF, -0.), (-INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0., N), (U, U), (-0., -0.), (-0., 0.), (U, U), (0., N), (0., N)],
    [(0., N), (U, U), (0., -0.), (0., 0.), (U, U), (0., N), (0., N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const SQRT_SPECIAL: Table = [
    [(INF, -INF), (0., -INF), (0., -INF), (0., INF), (0., INF), (INF, INF), (N, INF)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0., -0.), (0., 0.), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0., -0.), (0., 0.), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];

#[rustfmt::skip]
const TANH_SPECIAL: Table = [
    [(-1., 0.), (U, U), (-1., -0.), (-1., 0.), (U, U), (-1., 0.), (-1., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (-0., -0.), (-0., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (0., -0.), (0., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(1., 0.), (U, U), (1., -0.), (1., 0.), (U, U), (1., 0.), (1., 0.)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const RECT_SPECIAL: Table = [
    [(INF, N), (U, U), (-INF, 0.), (-INF, -0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0., 0.), (U, U), (-0., 0.), (-0., -0.), (U, U), (0., 0.), (0., 0.)],
    [(0., 0.), (U, U), (0., -0.), (0., 0.), (U, U), (0., 0.), (0., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

// The functions proper: each returns the Annex G result and what CPython sets errno to.

// CPython: cmathmodule.c cmath_sqrt_impl
fn c_sqrt(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(z, &SQRT_SPECIAL), Errno::Ok);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // The modulus would be subnormal: scale up to keep full precision.
        ax = ldexp(ax, SCALE_UP);
        ldexp(
            (ax + pymath::hypot(ax, ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + pymath::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    };
    (r, Errno::Ok)
}

// CPython: cmathmodule.c cmath_acos_impl
fn c_acos(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(z, &ACOS_SPECIAL), Errno::Ok);
    }
    let r = if z.0.abs() > large_double() || z.1.abs() > large_double() {
        let im = pymath::log(pymath::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        (pymath::atan2(z.1.abs(), z.0), -im.copysign(z.1))
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
        let s2 = c_sqrt((1.0 + z.0, z.1)).0;
        (
            2.0 * pymath::atan2(s1.0, s2.0),
            pymath::asinh(s2.0 * s1.1 - s2.1 * s1.0),
        )
    };
    (r, Errno::Ok)
}

// CPython: cmathmodule.c cmath_acosh_impl
fn c_acosh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(z, &ACOSH_SPECIAL), Errno::Ok);
    }
    let r = if z.0.abs() > large_double() || z.1.abs() > large_double() {
        (
            pymath::log(pymath::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0,
            pymath::atan2(z.1, z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
        let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
        (
            pymath::asinh(s1.0 * s2.0 + s1.1 * s2.1),
            2.0 * pymath::atan2(s1.1, s2.0),
        )
    };
    (r, Errno::Ok)
}

// CPython: cmathmodule.c cmath_asinh_impl
fn c_asinh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(z, &ASINH_SPECIAL), Errno::Ok);
    }
    let r = if z.0.abs() > large_double() || z.1.abs() > large_double() {
        let m = pymath::log(pymath::hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            m.copysign(z.0)
        } else {
            -m.copysign(-z.0)
        };
        (re, pymath::atan2(z.1, z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
        let s2 = c_sqrt((1.0 - z.1, z.0)).0;
        (
            pymath::asinh(s1.0 * s2.1 - s2.0 * s1.1),
            pymath::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
        )
    };
    (r, Errno::Ok)
}

/// `asin(z) = -i asinh(iz)`.
// CPython: cmathmodule.c cmath_asin_impl
fn c_asin(z: C) -> (C, Errno) {
    let (s, e) = c_asinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

// CPython: cmathmodule.c cmath_atanh_impl
fn c_atanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(z, &ATANH_SPECIAL), Errno::Ok);
    }
    // Reduce to a non-negative real part: atanh(z) = -atanh(-z).
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        // For a large argument atanh(z) is about 1/z +/- i*pi/2.
        let h = pymath::hypot(z.0 / 2.0, z.1 / 2.0);
        ((z.0 / 4.0 / h / h, (PI / 2.0).copysign(z.1)), Errno::Ok)
    } else if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            ((INF, z.1), Errno::Dom)
        } else {
            let re = -pymath::log(ay.sqrt() / pymath::hypot(ay, 2.0).sqrt());
            let im = (pymath::atan2(2.0, -ay) / 2.0).copysign(z.1);
            ((re, im), Errno::Ok)
        }
    } else {
        let re = pymath::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0;
        let im = -pymath::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
        ((re, im), Errno::Ok)
    }
}

/// `atan(z) = -i atanh(iz)`.
// CPython: cmathmodule.c cmath_atan_impl
fn c_atan(z: C) -> (C, Errno) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

/// The common shape of cosh and sinh: an infinite real part with a finite nonzero imaginary
/// part gives signed infinities; other non-finite arguments read the table; EDOM when the
/// imaginary part is infinite and the real part is not a NaN.
fn hyperbolic_special(z: C, table: &Table, sinh: bool) -> (C, Errno) {
    let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
        let (c, s) = (pymath::cos(z.1), pymath::sin(z.1));
        if z.0 > 0.0 {
            (INF.copysign(c), INF.copysign(s))
        } else if sinh {
            (-INF.copysign(c), INF.copysign(s))
        } else {
            (INF.copysign(c), -INF.copysign(s))
        }
    } else {
        special(z, table)
    };
    let e = if z.1.is_infinite() && !z.0.is_nan() {
        Errno::Dom
    } else {
        Errno::Ok
    };
    (r, e)
}

fn overflow_check(r: C) -> (C, Errno) {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

// CPython: cmathmodule.c cmath_cosh_impl
fn c_cosh(z: C) -> (C, Errno) {
    if !finite(z) {
        return hyperbolic_special(z, &COSH_SPECIAL, false);
    }
    let r = if z.0.abs() > log_large_double() {
        // cosh(z.real) overflows where cosh(z) may not.
        let x1 = z.0 - 1f64.copysign(z.0);
        (
            pymath::cos(z.1) * pymath::cosh(x1) * std::f64::consts::E,
            pymath::sin(z.1) * pymath::sinh(x1) * std::f64::consts::E,
        )
    } else {
        (
            pymath::cos(z.1) * pymath::cosh(z.0),
            pymath::sin(z.1) * pymath::sinh(z.0),
        )
    };
    overflow_check(r)
}

/// `cos(z) = cosh(iz)`.
// CPython: cmathmodule.c cmath_cos_impl
fn c_cos(z: C) -> (C, Errno) {
    c_cosh((-z.1, z.0))
}

// CPython: cmathmodule.c cmath_sinh_impl
fn c_sinh(z: C) -> (C, Errno) {
    if !finite(z) {
        return hyperbolic_special(z, &SINH_SPECIAL, true);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (
            pymath::cos(z.1) * pymath::sinh(x1) * std::f64::consts::E,
            pymath::sin(z.1) * pymath::cosh(x1) * std::f64::consts::E,
        )
    } else {
        (
            pymath::cos(z.1) * pymath::sinh(z.0),
            pymath::sin(z.1) * pymath::cosh(z.0),
        )
    };
    overflow_check(r)
}

/// `sin(z) = -i sinh(iz)`.
// CPython: cmathmodule.c cmath_sin_impl
fn c_sin(z: C) -> (C, Errno) {
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

// CPython: cmathmodule.c cmath_tanh_impl
fn c_tanh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0f64.copysign(2.0 * pymath::sin(z.1) * pymath::cos(z.1));
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special(z, &TANH_SPECIAL)
        };
        let e = if z.1.is_infinite() && z.0.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large_double() {
        (
            1f64.copysign(z.0),
            4.0 * pymath::sin(z.1) * pymath::cos(z.1) * pymath::exp(-2.0 * z.0.abs()),
        )
    } else {
        let tx = pymath::tanh(z.0);
        let ty = pymath::tan(z.1);
        let cx = 1.0 / pymath::cosh(z.0);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

/// `tan(z) = -i tanh(iz)`.
// CPython: cmathmodule.c cmath_tan_impl
fn c_tan(z: C) -> (C, Errno) {
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

// CPython: cmathmodule.c cmath_exp_impl
fn c_exp(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let (c, s) = (pymath::cos(z.1), pymath::sin(z.1));
            if z.0 > 0.0 {
                (INF.copysign(c), INF.copysign(s))
            } else {
                (0f64.copysign(c), 0f64.copysign(s))
            }
        } else {
            special(z, &EXP_SPECIAL)
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || z.0 == INF) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0 > log_large_double() {
        let l = pymath::exp(z.0 - 1.0);
        (
            l * pymath::cos(z.1) * std::f64::consts::E,
            l * pymath::sin(z.1) * std::f64::consts::E,
        )
    } else {
        let l = pymath::exp(z.0);
        (l * pymath::cos(z.1), l * pymath::sin(z.1))
    };
    overflow_check(r)
}

// CPython: cmathmodule.c c_log
fn c_log(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(z, &LOG_SPECIAL), Errno::Ok);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > large_double() || ay > large_double() {
        pymath::log(pymath::hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // The modulus is subnormal: scale up for accuracy.
            pymath::log(pymath::hypot(ldexp(ax, MANT_DIG), ldexp(ay, MANT_DIG)))
                - MANT_DIG as f64 * LN2
        } else {
            return ((-INF, pymath::atan2(z.1, z.0)), Errno::Dom);
        }
    } else {
        let h = pymath::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            pymath::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            pymath::log(h)
        }
    };
    ((re, pymath::atan2(z.1, z.0)), Errno::Ok)
}

// CPython: cmathmodule.c cmath_log10_impl
fn c_log10(z: C) -> (C, Errno) {
    let (r, e) = c_log(z);
    ((r.0 / LN10, r.1 / LN10), e)
}

/// Complex division; EDOM for a zero divisor.
// CPython: complexobject.c _Py_c_quot
fn c_quot(a: C, b: C) -> (C, Errno) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return ((0.0, 0.0), Errno::Dom);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom),
            Errno::Ok,
        )
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (
            ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom),
            Errno::Ok,
        )
    } else {
        ((N, N), Errno::Ok)
    }
}

/// `abs(z)`; ERANGE when finite parts give an infinite modulus.
// CPython: complexobject.c _Py_c_abs
fn c_abs(z: C) -> (f64, Errno) {
    if !finite(z) {
        if z.0.is_infinite() {
            return (z.0.abs(), Errno::Ok);
        }
        if z.1.is_infinite() {
            return (z.1.abs(), Errno::Ok);
        }
        return (N, Errno::Ok);
    }
    let r = pymath::hypot(z.0, z.1);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

// The Python-facing layer.

fn math_error(vm: &Vm, e: Errno) -> crate::vm::PyErr {
    match e {
        Errno::Range => vm.new_overflow_error("math range error"),
        _ => vm.new_value_error("math domain error"),
    }
}

/// An argument as a complex, as CPython's `PyComplex_AsCComplex`: complex values directly,
/// then `__complex__`, then the real-number conversion (`__float__`, `__index__`).
fn to_complex(vm: &Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok((c.re, c.im));
    }
    if let Some(r) = vm.call_special(v, &vm.intern("__complex__"), &[])? {
        return match r.downcast::<ComplexData>() {
            Some(c) => Ok((c.re, c.im)),
            None => Err(vm.new_type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.class().name()
            ))),
        };
    }
    Ok((crate::mathmodule::to_f64(vm, v)?, 0.0))
}

fn new_complex(vm: &Vm, c: C) -> Value {
    crate::object::alloc_object(vm.types.complex, ComplexData { re: c.0, im: c.1 }).into_value()
}

/// The one positional argument of `cmath.NAME(z)`.
fn one_arg<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("cmath.{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

/// Applies one of the complex functions to its argument, raising for the errno it reports.
fn math_1(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    f: fn(C) -> (C, Errno),
) -> PyResult<Value> {
    let z = to_complex(vm, one_arg(vm, name, args, kw)?)?;
    match f(z) {
        (r, Errno::Ok) => Ok(new_complex(vm, r)),
        (_, e) => Err(math_error(vm, e)),
    }
}

macro_rules! complex_functions {
    ($($py:ident => $name:literal, $f:ident;)*) => {
        $(
            fn $py(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
                math_1(vm, $name, args, kw, $f)
            }
        )*
    };
}

complex_functions! {
    cm_acos => "acos", c_acos;
    cm_acosh => "acosh", c_acosh;
    cm_asin => "asin", c_asin;
    cm_asinh => "asinh", c_asinh;
    cm_atan => "atan", c_atan;
    cm_atanh => "atanh", c_atanh;
    cm_cos => "cos", c_cos;
    cm_cosh => "cosh", c_cosh;
    cm_exp => "exp", c_exp;
    cm_log10 => "log10", c_log10;
    cm_sin => "sin", c_sin;
    cm_sinh => "sinh", c_sinh;
    cm_sqrt => "sqrt", c_sqrt;
    cm_tan => "tan", c_tan;
    cm_tanh => "tanh", c_tanh;
}

/// `cmath.log(z[, base])`; errno is that of the last step, as in CPython.
// CPython: cmathmodule.c cmath_log_impl
fn cm_log(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("cmath.log() takes no keyword arguments"));
    }
    match args.len() {
        0 => return Err(vm.new_type_error("log expected at least 1 argument, got 0")),
        1 | 2 => {}
        n => return Err(vm.new_type_error(format!("log expected at most 2 arguments, got {n}"))),
    }
    let x = to_complex(vm, &args[0])?;
    let (mut r, mut e) = c_log(x);
    if let Some(b) = args.get(1) {
        let y = to_complex(vm, b)?;
        let (ly, ey) = c_log(y);
        let (q, eq) = c_quot(r, ly);
        r = q;
        e = if eq == Errno::Ok { ey } else { eq };
    }
    if e != Errno::Ok {
        return Err(math_error(vm, e));
    }
    Ok(new_complex(vm, r))
}

fn cm_phase(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = to_complex(vm, one_arg(vm, "phase", args, kw)?)?;
    let phi = pymath::atan2(z.1, z.0);
    // glibc's atan2 reports ERANGE when a nonzero y over a finite x underflows to zero, and
    // CPython turns that errno into an OverflowError.
    if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() {
        return Err(math_error(vm, Errno::Range));
    }
    Ok(vm.new_float(phi))
}

// CPython: cmathmodule.c cmath_polar_impl
fn cm_polar(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = to_complex(vm, one_arg(vm, "polar", args, kw)?)?;
    let phi = pymath::atan2(z.1, z.0);
    match c_abs(z) {
        (r, Errno::Ok) => Ok(vm.new_tuple(vec![vm.new_float(r), vm.new_float(phi)])),
        (_, e) => Err(math_error(vm, e)),
    }
}

// CPython: cmathmodule.c cmath_rect_impl
fn cm_rect(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("cmath.rect() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.new_type_error(format!("rect expected 2 arguments, got {}", args.len())));
    }
    let r = crate::mathmodule::to_f64(vm, &args[0])?;
    let phi = crate::mathmodule::to_f64(vm, &args[1])?;
    let z = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = (pymath::cos(phi), pymath::sin(phi));
            if r > 0.0 {
                (INF.copysign(c), INF.copysign(s))
            } else {
                (-INF.copysign(c), -INF.copysign(s))
            }
        } else {
            special((r, phi), &RECT_SPECIAL)
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(math_error(vm, Errno::Dom));
        }
        z
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * pymath::cos(phi), r * pymath::sin(phi))
    };
    Ok(new_complex(vm, z))
}

fn cm_isfinite(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = to_complex(vm, one_arg(vm, "isfinite", args, kw)?)?;
    Ok(vm.new_bool(finite(z)))
}

fn cm_isnan(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = to_complex(vm, one_arg(vm, "isnan", args, kw)?)?;
    Ok(vm.new_bool(z.0.is_nan() || z.1.is_nan()))
}

fn cm_isinf(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = to_complex(vm, one_arg(vm, "isinf", args, kw)?)?;
    Ok(vm.new_bool(z.0.is_infinite() || z.1.is_infinite()))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
// CPython: cmathmodule.c cmath_isclose_impl
fn cm_isclose(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos > 2 {
        return Err(vm.new_type_error(format!(
            "isclose() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let mut slots: [Option<Value>; 4] = [None, None, None, None];
    for (i, a) in args[..npos].iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let key = crate::ops::str_of(k).unwrap_or("");
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for isclose()"
            )));
        };
        if slots[i].is_some() {
            return Err(vm.new_type_error(format!(
                "argument for isclose() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [a, b, rel, abs] = slots;
    let a = match a {
        Some(a) => to_complex(vm, &a)?,
        None => return Err(vm.new_type_error("isclose() missing required argument 'a' (pos 1)")),
    };
    let b = match b {
        Some(b) => to_complex(vm, &b)?,
        None => return Err(vm.new_type_error("isclose() missing required argument 'b' (pos 2)")),
    };
    let rel = match rel {
        Some(v) => crate::mathmodule::to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => crate::mathmodule::to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(vm.new_bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = c_abs((a.0 - b.0, a.1 - b.1)).0;
    let close = diff <= rel * c_abs(b).0 || diff <= rel * c_abs(a).0 || diff <= abs;
    Ok(vm.new_bool(close))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", cm_acos),
    ("acosh", cm_acosh),
    ("asin", cm_asin),
    ("asinh", cm_asinh),
    ("atan", cm_atan),
    ("atanh", cm_atanh),
    ("cos", cm_cos),
    ("cosh", cm_cosh),
    ("exp", cm_exp),
    ("isclose", cm_isclose),
    ("isfinite", cm_isfinite),
    ("isinf", cm_isinf),
    ("isnan", cm_isnan),
    ("log", cm_log),
    ("log10", cm_log10),
    ("phase", cm_phase),
    ("polar", cm_polar),
    ("rect", cm_rect),
    ("sin", cm_sin),
    ("sinh", cm_sinh),
    ("sqrt", cm_sqrt),
    ("tan", cm_tan),
    ("tanh", cm_tanh),
];

/// Makes the `cmath` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "cmath");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, d, Some(&m), FUNCTIONS);
        d.set_str(
            vm,
            &vm.names.__doc__,
            vm.new_str(
                "This module provides access to mathematical functions for complex\nnumbers.",
            ),
        );
        for (name, v) in [
            ("pi", PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", INF),
            ("nan", N),
        ] {
            d.set_str(vm, &vm.intern(name), vm.new_float(v));
        }
        d.set_str(vm, &vm.intern("infj"), new_complex(vm, (0.0, INF)));
        d.set_str(vm, &vm.intern("nanj"), new_complex(vm, (0.0, N)));
    }
    m
}
