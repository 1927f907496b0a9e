//! The C math library, as CPython uses it. CPython's `math` functions, float `**` and complex
//! arithmetic call the platform's libm (glibc here); Rust's `f64` methods use their own
//! implementations, which differ from glibc's in the last bit for some inputs (`cbrt(2)`,
//! `asinh(1e300)`...). To print what CPython prints, ouro calls glibc's libm through the safe
//! wrappers below. This is the only foreign-function module: each wrapper is a pure function
//! of `f64` values (no pointers), so every call is sound whatever the argument. CPython counterpart: Include/pymath.h
//! and the libm calls of Modules/mathmodule.c.

/// The foreign declarations (glibc's libm), wrapped below. They bind glibc's `_Float64` names
/// (`cbrtf64` is `cbrt`): Rust's runtime library defines a few of the plain names itself
/// (`cbrt`, `fmod`), and the linker would otherwise pick those.
mod ffi {
    #[link(name = "m")]
    extern "C" {
        #[link_name = "acosf64"]
        pub fn acos(x: f64) -> f64;
        #[link_name = "acoshf64"]
        pub fn acosh(x: f64) -> f64;
        #[link_name = "asinf64"]
        pub fn asin(x: f64) -> f64;
        #[link_name = "asinhf64"]
        pub fn asinh(x: f64) -> f64;
        #[link_name = "atanf64"]
        pub fn atan(x: f64) -> f64;
        #[link_name = "atanhf64"]
        pub fn atanh(x: f64) -> f64;
        #[link_name = "atan2f64"]
        pub fn atan2(y: f64, x: f64) -> f64;
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
        #[link_name = "cosf64"]
        pub fn cos(x: f64) -> f64;
        #[link_name = "coshf64"]
        pub fn cosh(x: f64) -> f64;
        #[link_name = "erff64"]
        pub fn erf(x: f64) -> f64;
        #[link_name = "erfcf64"]
        pub fn erfc(x: f64) -> f64;
        #[link_name = "expf64"]
        pub fn exp(x: f64) -> f64;
        #[link_name = "exp2f64"]
        pub fn exp2(x: f64) -> f64;
        #[link_name = "expm1f64"]
        pub fn expm1(x: f64) -> f64;
        #[link_name = "fmodf64"]
        pub fn fmod(x: f64, y: f64) -> f64;
        #[link_name = "logf64"]
        pub fn log(x: f64) -> f64;
        #[link_name = "hypotf64"]
        pub fn hypot(x: f64, y: f64) -> f64;
        #[link_name = "log10f64"]
        pub fn log10(x: f64) -> f64;
        #[link_name = "log1pf64"]
        pub fn log1p(x: f64) -> f64;
        #[link_name = "log2f64"]
        pub fn log2(x: f64) -> f64;
        #[link_name = "powf64"]
        pub fn pow(x: f64, y: f64) -> f64;
        #[link_name = "sinf64"]
        pub fn sin(x: f64) -> f64;
        #[link_name = "sinhf64"]
        pub fn sinh(x: f64) -> f64;
        #[link_name = "tanf64"]
        pub fn tan(x: f64) -> f64;
        #[link_name = "tanhf64"]
        pub fn tanh(x: f64) -> f64;
    }
}

macro_rules! libm1 {
    ($($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("glibc's `", stringify!($name), "`.")]
            #[inline]
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a libm function of one double: no pointers, no global state that Rust
                // code shares, defined for every input (NaN and infinities included).
                unsafe { self::ffi::$name(x) }
            }
        )*
    };
}

macro_rules! libm2 {
    ($($name:ident),* $(,)?) => {
        $(
            #[doc = concat!("glibc's `", stringify!($name), "`.")]
            #[inline]
            pub fn $name(x: f64, y: f64) -> f64 {
                // SAFETY: a libm function of two doubles: no pointers, defined for every input.
                unsafe { self::ffi::$name(x, y) }
            }
        )*
    };
}

libm1!(
    acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, log,
    log10, log1p, log2, sin, sinh, tan, tanh,
);
libm2!(atan2, fmod, hypot, pow);
