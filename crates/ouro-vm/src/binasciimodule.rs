//! The `binascii` module: hexadecimal (`hexlify`, `unhexlify`, with separators), base64
//! (`b2a_base64`, `a2b_base64` with its strict mode), `crc32` and `crc_hqx`, and the `Error`
//! and `Incomplete` exceptions, which `base64`, `email`, `secrets` and `zipfile` need, and
//! uuencode (`a2b_uu`, `b2a_uu`) and quoted-printable (`a2b_qp`, `b2a_qp`), which `uu`,
//! `quopri` and `email` use. CPython: Modules/binascii.c, Python/pystrhex.c.

use std::cell::RefCell;

use num_bigint::BigInt;

use crate::itertoolsmodule::{positional_only, unpack_kw};
use crate::object::Value;
use crate::objects::int::{as_int, IntRef};
use crate::objects::module::ModuleData;
use crate::ops::new_bytes;
use crate::typeobject::TypeData;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    /// `binascii.Error` and `binascii.Incomplete`, made with the module.
    static CLASSES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

/// A class of module `binascii` named `name`, subclass of `base`.
fn new_class(vm: &Vm, name: &str, base: &crate::object::Obj<TypeData>) -> Value {
    let d = vm.new_dict();
    d.set_str(vm, &vm.names.__module__, vm.new_str("binascii"));
    vm.call(
        &vm.types.type_.to_value(),
        &[
            vm.new_str(name),
            vm.new_tuple(vec![base.to_value()]),
            d.into_value(),
        ],
        &[],
    )
    .unwrap_or_else(|_| base.to_value())
}

fn classes(vm: &Vm) -> (Value, Value) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let c = (
        new_class(vm, "Error", vm.types.exc.value_error),
        new_class(vm, "Incomplete", vm.types.exc.exception),
    );
    CLASSES.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    c
}

/// `binascii.Error(msg)`.
fn error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let (cls, _) = classes(vm);
    match cls.downcast::<TypeData>() {
        Some(t) => vm.new_exception_msg(t, msg),
        None => vm.new_value_error(msg.into()),
    }
}

/// The bytes of an argument of the `a2b_*` functions: a bytes-like object or an ASCII str
/// (CPython: binascii.c ascii_buffer_converter).
fn ascii_data(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = crate::ops::str_of(v) {
        if !s.is_ascii() {
            return Err(vm.new_value_error(
                "string argument should contain only ASCII characters".to_string(),
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    if crate::buffer::is_buffer(v) {
        return crate::buffer::bytes_of(vm, v);
    }
    Err(vm.new_type_error(format!(
        "argument should be bytes, buffer or ASCII string, not '{}'",
        v.class().name()
    )))
}

/// The argument of a function of exactly one (CPython's METH_O), `fname` qualified as its
/// messages show it.
fn one_arg<'a>(vm: &Vm, fname: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<&'a Value> {
    crate::objects::list::no_kw(vm, fname, kwnames)?;
    match args {
        [a] => Ok(a),
        _ => Err(vm.new_type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// An unsigned int argument taken modulo 2**32, as C's `unsigned int` with Argument Clinic's
/// `bitwise=True` (any int, negative ones included).
pub(crate) fn u32_bitwise(vm: &Vm, v: &Value) -> PyResult<u32> {
    let i = vm.number_index(v)?;
    Ok(match as_int(&i) {
        Some(IntRef::Small(n)) => n as u32,
        Some(IntRef::Big(b)) => {
            let m: BigInt = b.clone() & BigInt::from(u32::MAX);
            m.iter_u32_digits().next().unwrap_or(0)
        }
        None => 0,
    })
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `hexlify(data, sep=..., bytes_per_sep=1)` and `b2a_hex`: two hex digits a byte, with `sep`
/// between groups of `bytes_per_sep` bytes counted from the right (from the left when
/// negative). CPython: pystrhex.c _Py_strhex_impl.
fn hexlify_impl(vm: &Vm, fname: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = unpack_kw(
        vm,
        fname,
        args,
        kwnames,
        &["data", "sep", "bytes_per_sep"],
        1,
        3,
    )?;
    let data = crate::buffer::bytes_of(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    // CPython: the length first, then str (one of the first 256 code points) or bytes.
    let sep = match &a[1] {
        None => None,
        Some(s) => {
            if vm.len(s)? != 1 {
                return Err(vm.new_value_error("sep must be length 1.".to_string()));
            }
            if let Some(t) = crate::ops::str_of(s) {
                match t.chars().next().map(u32::from) {
                    Some(c) if c < 256 => Some(c as u8),
                    _ => return Err(vm.new_value_error("sep must be ASCII.".to_string())),
                }
            } else if let Some(b) = s.downcast::<crate::objects::bytes::BytesData>() {
                Some(b.0[0])
            } else {
                return Err(vm.new_type_error("sep must be str or bytes.".to_string()));
            }
        }
    };
    let per = match &a[2] {
        Some(v) => vm.index_to_isize(v)?,
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let push = |out: &mut Vec<u8>, b: u8| {
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    };
    match sep {
        Some(sep) if per != 0 && !data.is_empty() => {
            let group = per.unsigned_abs();
            // The first group is the short one when counting from the right.
            let first = if per > 0 {
                match data.len() % group {
                    0 => group,
                    r => r,
                }
            } else {
                group
            };
            for (i, b) in data.iter().enumerate() {
                if i != 0 && (i + group - first) % group == 0 {
                    out.push(sep);
                }
                push(&mut out, *b);
            }
        }
        _ => data.iter().for_each(|b| push(&mut out, *b)),
    }
    Ok(new_bytes(vm, out))
}

fn b2a_hex(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    hexlify_impl(vm, "b2a_hex", args, kwnames)
}

fn hexlify(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    hexlify_impl(vm, "hexlify", args, kwnames)
}

fn unhexlify_impl(vm: &Vm, fname: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let data = ascii_data(vm, one_arg(vm, fname, args, kwnames)?)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(vm, out))
}

fn a2b_hex(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    unhexlify_impl(vm, "binascii.a2b_hex", args, kwnames)
}

fn unhexlify(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    unhexlify_impl(vm, "binascii.unhexlify", args, kwnames)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// The value of a base64 digit, or None.
fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// `b2a_base64(data, /, *, newline=True)`.
fn b2a_base64(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(vm.new_type_error(format!(
            "b2a_base64() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let a = unpack_kw(vm, "b2a_base64", args, kwnames, &["data", "newline"], 1, 1)?;
    let data = crate::buffer::bytes_of(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let newline = match &a[1] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk.len();
        let w = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        out.push(B64[(w >> 18) as usize & 63]);
        out.push(B64[(w >> 12) as usize & 63]);
        out.push(if n > 1 {
            B64[(w >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if n > 2 { B64[w as usize & 63] } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(vm, out))
}

/// `a2b_base64(data, /, *, strict_mode=False)`: characters outside the alphabet are skipped
/// (refused in strict mode), and a complete pad ends the data.
fn a2b_base64(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(vm.new_type_error(format!(
            "a2b_base64() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let a = unpack_kw(
        vm,
        "a2b_base64",
        args,
        kwnames,
        &["data", "strict_mode"],
        1,
        1,
    )?;
    let data = ascii_data(vm, a[0].as_ref().unwrap_or(&vm.none))?;
    let strict = match &a[1] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad_pos, mut left, mut pads) = (0u8, 0u8, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if usize::from(quad_pos) + pads >= 4 {
                    // A complete pad: what follows is not decoded.
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(new_bytes(vm, out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(new_bytes(vm, out)),
        1 => Err(error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 \
                 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// The table of CRC-32 (the reflected polynomial 0xEDB88320, as zlib's).
fn crc32_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, e) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    })
}

/// `crc32(data, crc=0, /)`.
fn crc32(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = positional_only(vm, "binascii.crc32", args, kwnames, 1, 2)?;
    let data = crate::buffer::bytes_of(vm, &a[0])?;
    let start = match a.get(1) {
        Some(v) => u32_bitwise(vm, v)?,
        None => 0,
    };
    Ok(vm.new_int(i64::from(crc32_update(start, &data))))
}

/// The CRC-32 of `data` continuing from `start` (the CRC of the data before it), as zlib's
/// `crc32` computes it.
pub(crate) fn crc32_update(start: u32, data: &[u8]) -> u32 {
    let t = crc32_table();
    let mut c = !start;
    for &b in data {
        c = t[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// `crc_hqx(data, crc, /)`: CRC-CCITT (polynomial 0x1021, not reflected), as BinHex uses.
fn crc_hqx(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = positional_only(vm, "binascii.crc_hqx", args, kwnames, 2, 2)?;
    let data = crate::buffer::bytes_of(vm, &a[0])?;
    let mut crc = u32_bitwise(vm, &a[1])? & 0xffff;
    for b in data {
        crc ^= u32::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            } & 0xffff;
        }
    }
    Ok(vm.new_int(i64::from(crc)))
}

/// `a2b_uu(data, /)`: one line of uuencoded data (its first character the length).
fn a2b_uu(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let data = ascii_data(vm, one_arg(vm, "binascii.a2b_uu", args, kwnames)?)?;
    // An empty line reads as a NUL, whose length byte says 32.
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = usize::from(first.wrapping_sub(b' ') & 0o77);
    let mut rest = data.get(1..).unwrap_or(&[]).iter();
    let mut out = Vec::with_capacity(bin_len);
    let (mut acc, mut bits) = (0u32, 0u32);
    while bin_len > 0 {
        let c = match rest.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(&c) => {
                // 64, not 63: some encoders write '`' for zero.
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error(vm, "Illegal char"));
                }
                u32::from(c - b' ') & 0o77
            }
        };
        acc = (acc << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            bin_len -= 1;
        }
    }
    // What follows on the line may only be padding.
    if rest.any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error(vm, "Trailing garbage"));
    }
    Ok(new_bytes(vm, out))
}

/// `b2a_uu(data, /, *, backtick=False)`: one uuencoded line of at most 45 bytes.
fn b2a_uu(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    let a = positional_only(vm, "b2a_uu", &args[..npos], &[], 1, 1)?;
    let mut backtick = false;
    for (k, v) in kwnames.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("backtick") => backtick = vm.is_true(v)?,
            Some(k) => {
                return Err(
                    vm.new_type_error(format!("'{k}' is an invalid keyword argument for b2a_uu()"))
                )
            }
            None => return Err(vm.new_type_error("keywords must be strings")),
        }
    }
    let data = crate::buffer::bytes_of(vm, &a[0])?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let ch = |v: u32| {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(ch(data.len() as u32));
    for group in data.chunks(3) {
        let mut g = [0u8; 3];
        g[..group.len()].copy_from_slice(group);
        let n = u32::from(g[0]) << 16 | u32::from(g[1]) << 8 | u32::from(g[2]);
        for shift in [18, 12, 6, 0] {
            out.push(ch((n >> shift) & 0x3f));
        }
    }
    out.push(b'\n');
    Ok(new_bytes(vm, out))
}

/// The arguments of the quoted-printable functions: the data, then the flags named `names`
/// after it (by position or keyword), each `defaults`' value unless given.
fn qp_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    defaults: &[bool],
) -> PyResult<(Value, Vec<bool>)> {
    let a = crate::itertoolsmodule::unpack_kw(vm, fname, args, kwnames, names, 1, names.len())?;
    let data = a[0].clone().expect("required");
    let mut flags = Vec::new();
    for (v, &default) in a[1..].iter().zip(defaults) {
        flags.push(match v {
            Some(v) => vm.index_to_isize(v)? != 0,
            None => default,
        });
    }
    Ok((data, flags))
}

/// `a2b_qp(data, header=False)`: quoted-printable decoded (`=XX`, soft line breaks, and
/// `_` for a space in headers).
fn a2b_qp(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (data, flags) = qp_args(vm, "a2b_qp", args, kwnames, &["data", "header"], &[false])?;
    let header = flags[0];
    let d = ascii_data(vm, &data)?;
    let hex = |c: u8| (c as char).to_digit(16).map(|v| v as u8);
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'=' {
            i += 1;
            let Some(&n) = d.get(i) else { break };
            if n == b'\n' || n == b'\r' {
                // A soft line break, up to and with its newline.
                if n != b'\n' {
                    while i < d.len() && d[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < d.len() {
                    i += 1;
                }
            } else if n == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) = (hex(n), d.get(i + 1).and_then(|&c| hex(c))) {
                out.push(h << 4 | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(new_bytes(vm, out))
}

/// `b2a_qp(data, quotetabs=False, istext=True, header=False)`: quoted-printable, lines at
/// most 76 characters, CRLF line ends kept when the data uses them.
fn b2a_qp(vm: &Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const MAXLINESIZE: usize = 76;
    let (data, flags) = qp_args(
        vm,
        "b2a_qp",
        args,
        kwnames,
        &["data", "quotetabs", "istext", "header"],
        &[false, true, false],
    )?;
    let (quotetabs, istext, header) = (flags[0], flags[1], flags[2]);
    let d = crate::buffer::bytes_of(vm, &data)?;
    let crlf = d
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && d[p - 1] == b'\r');
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out: Vec<u8> = Vec::with_capacity(d.len() * 2);
    let newline = |out: &mut Vec<u8>| {
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let (mut i, mut linelen) = (0, 0);
    while i < d.len() {
        let c = d[i];
        let last = i + 1 == d.len();
        let next = d.get(i + 1).copied();
        let encode = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && (last || matches!(next, Some(b'\n' | b'\r' | 0))))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && last)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if encode {
            if linelen + 3 >= MAXLINESIZE {
                out.push(b'=');
                newline(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
            i += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace at the end of a line is encoded.
            if let Some(&w) = out.last().filter(|&&w| w == b' ' || w == b'\t') {
                out.pop();
                out.extend_from_slice(&[b'=', HEX[usize::from(w >> 4)], HEX[usize::from(w & 15)]]);
            }
            newline(&mut out);
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !last && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                out.push(b'=');
                newline(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(new_bytes(vm, out))
}

const FUNCTIONS: &[(&str, crate::objects::builtin::NativeFn)] = &[
    ("a2b_qp", a2b_qp),
    ("a2b_uu", a2b_uu),
    ("b2a_qp", b2a_qp),
    ("b2a_uu", b2a_uu),
    ("a2b_base64", a2b_base64),
    ("a2b_hex", a2b_hex),
    ("b2a_base64", b2a_base64),
    ("b2a_hex", b2a_hex),
    ("crc32", crc32),
    ("crc_hqx", crc_hqx),
    ("hexlify", hexlify),
    ("unhexlify", unhexlify),
];

pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "binascii");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, d, Some(&m), FUNCTIONS);
        let (err, incomplete) = classes(vm);
        d.set_str(vm, &vm.intern("Error"), err);
        d.set_str(vm, &vm.intern("Incomplete"), incomplete);
    }
    m
}
