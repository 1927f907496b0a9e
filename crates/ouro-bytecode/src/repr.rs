//! Python's `repr()` of the constants a code object can hold: floats in the shortest form that
//! reads back (`float_repr_style 'short'`), complex numbers, strings and bytes with Python's
//! quoting and escapes, tuples, frozensets and code objects.
//! CPython counterparts: Python/pystrtod.c (`PyOS_double_to_string`, format code 'r'),
//! Objects/complexobject.c `complex_repr`, Objects/unicodeobject.c `unicode_repr`,
//! Objects/bytesobject.c `PyBytes_Repr`, Objects/codeobject.c `code_repr`.

use crate::code::{CodeObject, Constant};
use crate::unicode_printable::is_printable;
use std::fmt::Write;

/// The shortest decimal digits of a finite, non-zero `|x|` and the position of the decimal
/// point relative to them (`0.d1d2... * 10**decpt`).
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` gives how many digits the shortest form that reads back needs; among the
    // strings of that length that read back Python picks the one nearest the exact value
    // (ties to even), which Rust's exact formatting at that precision gives.
    let shortest = format!("{:e}", x.abs());
    let n = shortest
        .split('e')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_ascii_digit())
        .count()
        .max(1);
    let exact = format!("{:.*e}", n - 1, x.abs());
    // Next to a power of two the nearest string may fall outside the values that read back;
    // then the shortest one that does is the only choice.
    let s = if exact.parse::<f64>() == Ok(x.abs()) {
        exact
    } else {
        shortest
    };
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// `PyOS_double_to_string(x, 'r', 0, flags)`: `add_dot_0` appends ".0" to integral values in
/// fixed notation (float repr does, complex repr does not); `sign` forces a leading '+'.
pub fn format_float_r(x: f64, add_dot_0: bool, sign: bool) -> String {
    let mut out = String::new();
    if x.is_nan() {
        if sign {
            out.push('+');
        }
        out.push_str("nan");
        return out;
    }
    if x.is_sign_negative() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    if x == 0.0 {
        out.push('0');
        if add_dot_0 {
            out.push_str(".0");
        }
        return out;
    }
    let (digits, decpt) = shortest_digits(x);
    let n = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        // Exponent notation: one digit before the point, at least two exponent digits.
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        let _ = write!(
            out,
            "e{}{:02}",
            if e < 0 { '-' } else { '+' },
            e.unsigned_abs()
        );
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt >= n {
        out.push_str(&digits);
        for _ in 0..decpt - n {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// `repr(float)`.
pub fn float_repr(x: f64) -> String {
    format_float_r(x, true, false)
}

/// `repr(complex)`.
// CPython: complexobject.c complex_repr
pub fn complex_repr(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_float_r(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            format_float_r(real, false, false),
            format_float_r(imag, false, true)
        )
    }
}

/// `repr(str)`: single quotes unless the text has a single quote and no double quote.
// CPython: unicodeobject.c unicode_repr
pub fn str_repr(s: &str) -> String {
    code_points_repr(s.chars().map(u32::from))
}

/// `repr(str)` of a string given as code points, lone surrogates included (they are not
/// printable, so they show as `\udxxx`).
pub fn code_points_repr<I: Iterator<Item = u32> + Clone>(points: I) -> String {
    let has = |q: u32| points.clone().any(|p| p == q);
    let quote = if has(u32::from('\'')) && !has(u32::from('"')) {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for p in points {
        match char::from_u32(p) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            _ if p < 0x20 || p == 0x7f => {
                let _ = write!(out, "\\x{p:02x}");
            }
            Some(c) if p < 0x7f || is_printable(c) => out.push(c),
            _ if p <= 0xff => {
                let _ = write!(out, "\\x{p:02x}");
            }
            _ if p <= 0xffff => {
                let _ = write!(out, "\\u{p:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{p:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`.
// CPython: bytesobject.c PyBytes_Repr
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{:02x}", c);
            }
            _ => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

/// A stable stand-in for a code object's address (tests normalise `0x[0-9a-f]+`).
pub fn fake_address(code: &CodeObject) -> String {
    // FNV-1a over the qualified name and first line: stable from run to run.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in code.qualname.bytes().chain(code.firstlineno.to_le_bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    format!("0x7f{:010x}", h & 0xff_ffff_fff0)
}

/// `repr(code)`.
// CPython: codeobject.c code_repr
pub fn code_repr(code: &CodeObject) -> String {
    if code.firstlineno != 0 {
        format!(
            "<code object {} at {}, file \"{}\", line {}>",
            code.name,
            fake_address(code),
            code.filename,
            code.firstlineno
        )
    } else {
        format!(
            "<code object {} at {}, file \"{}\", line -1>",
            code.name,
            fake_address(code),
            code.filename
        )
    }
}

/// `repr()` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    let mut out = String::new();
    write_repr(c, &mut out);
    out
}

fn write_repr(c: &Constant, out: &mut String) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::BigInt(s) => out.push_str(s),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Complex { real, imag } => out.push_str(&complex_repr(*real, *imag)),
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::SurrogateStr(p) => out.push_str(&code_points_repr(p.iter().copied())),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                out.push_str("frozenset()");
                return;
            }
            out.push_str("frozenset({");
            // The elements are kept in the order the set iterates them.
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(item, out);
            }
            out.push_str("})");
        }
        Constant::Code(code) => out.push_str(&code_repr(code)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (-0.0, "-0.0"),
            (2.5e-300, "2.5e-300"),
            (2.9802322387695312e-08, "2.9802322387695312e-08"),
            (5.960464477539063e-08, "5.960464477539063e-08"),
            (f64::INFINITY, "inf"),
        ];
        for &(x, s) in cases {
            assert_eq!(float_repr(x), s);
        }
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, -2.5), "(1-2.5j)");
        assert_eq!(complex_repr(-0.0, 0.0), "(-0+0j)");
    }

    #[test]
    fn strings() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("\u{7f}\u{a0}é\u{200b}"), "'\\x7f\\xa0é\\u200b'");
        assert_eq!(bytes_repr(b"a\x00'"), "b\"a\\x00'\"");
    }
}
