//! The methods of `bytes` and `bytearray` (constructors, `decode`, `hex`/`fromhex`, the search,
//! split, strip and case methods shared with `str`, the mutators of bytearray), and decoding of
//! byte strings. CPython: Objects/bytesobject.c, Objects/bytearrayobject.c,
//! Objects/bytes_methods.c, Objects/stringlib/*.h.

use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_classmethod, add_method, add_staticmethod, NativeFn};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::int::as_int;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::strmethods::{
    adjust, bind, count_slice, find_slice, index_arg, no_args, one_arg, replace_seq, slice_bound,
    split_sep, split_whitespace, Style,
};
use crate::vm::{PyResult, Vm};

/// The bytes of a bytes-like value (bytes, bytearray or a live memoryview), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Some(b.0.borrow().clone());
    }
    if let Some(m) = v.downcast::<crate::objects::memoryview::MemoryViewData>() {
        return m.to_bytes();
    }
    if let Some(a) = v.downcast::<crate::arraymodule::ArrayData>() {
        return Some(a.bytes());
    }
    None
}

fn is_bytearray(v: &Value) -> bool {
    v.downcast::<ByteArrayData>().is_some()
}

fn tyname(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A new value of self's kind (bytes for bytes, bytearray for bytearray).
fn make(vm: &Vm, like: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(vm, data)
    } else {
        crate::ops::new_bytes(vm, data)
    }
}

pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    alloc_object(
        vm.types.bytearray,
        ByteArrayData(std::cell::RefCell::new(data)),
    )
    .into_value()
}

fn this(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Vec<u8>> {
    match args.first().and_then(bytes_like) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            args.first().map(|a| a.class().name()).unwrap_or_default()
        ))),
    }
}

fn need_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    Err(vm.new_type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.class().name()
    )))
}

/// A search argument: an int in range(256) or a bytes-like object.
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if as_int(v).is_some() || v.class().lookup(&vm.names.__index__).is_some() {
        let i = vm.index_to_isize(v)?;
        if !(0..256).contains(&i) {
            return Err(vm.new_value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![i as u8]);
    }
    Err(vm.new_type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.class().name()
    )))
}

fn find_common(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    rev: bool,
) -> PyResult<Option<usize>> {
    let hay = this(vm, name, args)?;
    let a = bind(
        vm,
        name,
        args,
        kw,
        &["sub", "start", "end"],
        1,
        false,
        Style::Tuple,
    )?;
    let needle = sub_arg(vm, a[0].as_ref().unwrap())?;
    let start = slice_bound(vm, &a[1], 0)?;
    let end = slice_bound(vm, &a[2], isize::MAX)?;
    if start > hay.len() as isize {
        return Ok(None);
    }
    let (st, en) = adjust(start, end, hay.len());
    Ok(find_slice(&hay, &needle, st, en, rev))
}

fn b_find(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(find_common(vm, "find", args, kw, false)?.map_or(-1, |i| i as i64)))
}
fn b_rfind(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(find_common(vm, "rfind", args, kw, true)?.map_or(-1, |i| i as i64)))
}
fn b_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, "index", args, kw, false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}
fn b_rindex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, "rindex", args, kw, true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}
fn b_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let hay = this(vm, "count", args)?;
    let a = bind(
        vm,
        "count",
        args,
        kw,
        &["sub", "start", "end"],
        1,
        false,
        Style::Tuple,
    )?;
    let needle = sub_arg(vm, a[0].as_ref().unwrap())?;
    let start = slice_bound(vm, &a[1], 0)?;
    let end = slice_bound(vm, &a[2], isize::MAX)?;
    if start > hay.len() as isize {
        return Ok(vm.new_int(0));
    }
    let (st, en) = adjust(start, end, hay.len());
    Ok(vm.new_int(count_slice(&hay, &needle, st, en) as i64))
}

fn starts_ends(vm: &Vm, name: &str, args: &[Value], kw: &[Value], ends: bool) -> PyResult<Value> {
    let hay = this(vm, name, args)?;
    let a = bind(
        vm,
        name,
        args,
        kw,
        &["prefix", "start", "end"],
        1,
        false,
        Style::Tuple,
    )?;
    let start = slice_bound(vm, &a[1], 0)?;
    let end = slice_bound(vm, &a[2], isize::MAX)?;
    let (st, en) = adjust(start, end, hay.len());
    let test = |p: &[u8]| -> bool {
        if start > hay.len() as isize || st > en {
            return false;
        }
        let w = &hay[st..en];
        if ends {
            w.ends_with(p)
        } else {
            w.starts_with(p)
        }
    };
    let prefix = a[0].as_ref().unwrap();
    if let Some(t) = prefix.downcast::<TupleData>() {
        for item in t.items() {
            match bytes_like(item) {
                Some(p) => {
                    if test(&p) {
                        return Ok(vm.new_bool(true));
                    }
                }
                None => {
                    return Err(vm.new_type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        item.class().name()
                    )))
                }
            }
        }
        return Ok(vm.new_bool(false));
    }
    match bytes_like(prefix) {
        Some(p) => Ok(vm.new_bool(test(&p))),
        None => Err(vm.new_type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            prefix.class().name()
        ))),
    }
}
fn b_startswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, "startswith", args, kw, false)
}
fn b_endswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, "endswith", args, kw, true)
}

/// `bytes.isspace` for one byte.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(vm: &Vm, name: &str, args: &[Value], kw: &[Value], rev: bool) -> PyResult<Value> {
    let data = this(vm, name, args)?;
    let a = bind(
        vm,
        name,
        args,
        kw,
        &["sep", "maxsplit"],
        0,
        true,
        Style::Tuple,
    )?;
    let maxsplit = index_arg(vm, &a[1], -1)?;
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<Vec<u8>> = match &a[0] {
        Some(v) if !vm.is_none(v) => {
            let sep = need_bytes(vm, v)?;
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            split_sep(&data, &sep, maxsplit, rev)
                .into_iter()
                .map(|p| p.to_vec())
                .collect()
        }
        _ => split_whitespace(&data, maxsplit, rev, is_space)
            .into_iter()
            .map(|p| p.to_vec())
            .collect(),
    };
    Ok(vm.new_list(parts.into_iter().map(|p| make(vm, &args[0], p)).collect()))
}
fn b_split(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, "split", args, kw, false)
}
fn b_rsplit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, "rsplit", args, kw, true)
}

fn b_splitlines(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "splitlines", args)?;
    let a = bind(
        vm,
        "splitlines",
        args,
        kw,
        &["keepends"],
        0,
        true,
        Style::Tuple,
    )?;
    let keep = match &a[0] {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let n = d.len();
    while i < n {
        let st = i;
        while i < n && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if d[i] == b'\r' && i + 1 < n && d[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(make(vm, &args[0], d[st..eol].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn b_join(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let sep = this(vm, "join", args)?;
    let it = one_arg(vm, tyname(&args[0]), "join", args, kw)?;
    let items = vm.collect(it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    x.class().name()
                )))
            }
        }
    }
    Ok(make(vm, &args[0], out))
}

fn strip_impl(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let d = this(vm, name, args)?;
    let a = bind(vm, name, args, kw, &["bytes"], 0, false, Style::Clinic)?;
    let set: Option<Vec<u8>> = match &a[0] {
        Some(v) if !vm.is_none(v) => Some(need_bytes(vm, v)?),
        _ => None,
    };
    let strip = |c: u8| match &set {
        Some(s) => s.contains(&c),
        None => is_space(c),
    };
    let mut b = 0;
    let mut e = d.len();
    if left {
        while b < e && strip(d[b]) {
            b += 1;
        }
    }
    if right {
        while e > b && strip(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(make(vm, &args[0], d[b..e].to_vec()))
}
fn b_strip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, true, true)
}
fn b_lstrip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, true, false)
}
fn b_rstrip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, false, true)
}

fn b_replace(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "replace", args)?;
    let a = bind(
        vm,
        "replace",
        args,
        kw,
        &["old", "new", "count"],
        2,
        false,
        Style::Clinic,
    )?;
    let old = need_bytes(vm, a[0].as_ref().unwrap())?;
    let new = need_bytes(vm, a[1].as_ref().unwrap())?;
    let count = index_arg(vm, &a[2], -1)?;
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    Ok(make(vm, &args[0], replace_seq(&d, &old, &new, count)))
}

fn map_bytes(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let d = this(vm, name, args)?;
    no_args(vm, tyname(&args[0]), name, args, kw)?;
    Ok(make(vm, &args[0], f(&d)))
}
fn b_upper(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, "upper", args, kw, |d| d.to_ascii_uppercase())
}
fn b_lower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, "lower", args, kw, |d| d.to_ascii_lowercase())
}
fn b_swapcase(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, "swapcase", args, kw, |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn b_capitalize(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, "capitalize", args, kw, |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn b_title(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    map_bytes(vm, "title", args, kw, |d| {
        let mut prev = false;
        d.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    f: impl Fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let d = this(vm, name, args)?;
    no_args(vm, tyname(&args[0]), name, args, kw)?;
    Ok(vm.new_bool(f(&d)))
}
fn b_isalnum(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isalnum", args, kw, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphanumeric())
    })
}
fn b_isalpha(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isalpha", args, kw, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic())
    })
}
fn b_isdigit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isdigit", args, kw, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_digit())
    })
}
fn b_isascii(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isascii", args, kw, |d| d.iter().all(|c| c.is_ascii()))
}
fn b_isspace(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isspace", args, kw, |d| {
        !d.is_empty() && d.iter().all(|&c| is_space(c))
    })
}
fn b_islower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "islower", args, kw, |d| {
        d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase())
    })
}
fn b_isupper(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "isupper", args, kw, |d| {
        d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase())
    })
}
fn b_istitle(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred(vm, "istitle", args, kw, |d| {
        let mut cased = false;
        let mut prev = false;
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

fn pad_impl(vm: &Vm, name: &str, args: &[Value], kw: &[Value], how: u8) -> PyResult<Value> {
    let d = this(vm, name, args)?;
    let a = bind(
        vm,
        name,
        args,
        kw,
        &["width", "fillchar"],
        1,
        false,
        Style::Clinic,
    )?;
    let width = index_arg(vm, &a[0], 0)?;
    let fill = match &a[1] {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.new_type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.class().name()
                )))
            }
        },
    };
    let n = d.len();
    if width <= n as isize {
        return Ok(make(vm, &args[0], d));
    }
    let total = width as usize - n;
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&d);
    out.extend(std::iter::repeat(fill).take(r));
    Ok(make(vm, &args[0], out))
}
fn b_center(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, "center", args, kw, b'c')
}
fn b_ljust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, "ljust", args, kw, b'l')
}
fn b_rjust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, "rjust", args, kw, b'r')
}
fn b_zfill(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "zfill", args)?;
    let w = one_arg(vm, tyname(&args[0]), "zfill", args, kw)?;
    let width = vm.index_to_isize(w)?;
    if width <= d.len() as isize {
        return Ok(make(vm, &args[0], d));
    }
    let fill = width as usize - d.len();
    let mut out = Vec::new();
    let rest: &[u8] = if d.first().is_some_and(|&c| c == b'+' || c == b'-') {
        out.push(d[0]);
        &d[1..]
    } else {
        &d
    };
    out.extend(std::iter::repeat(b'0').take(fill));
    out.extend_from_slice(rest);
    Ok(make(vm, &args[0], out))
}
fn b_expandtabs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "expandtabs", args)?;
    let a = bind(
        vm,
        "expandtabs",
        args,
        kw,
        &["tabsize"],
        0,
        true,
        Style::Tuple,
    )?;
    let tab = index_arg(vm, &a[0], 8)?;
    let mut out = Vec::new();
    let mut col = 0usize;
    for &c in &d {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    out.extend(std::iter::repeat(b' ').take(n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(vm, &args[0], out))
}

fn partition_impl(vm: &Vm, name: &str, args: &[Value], kw: &[Value], rev: bool) -> PyResult<Value> {
    let d = this(vm, name, args)?;
    let sep = one_arg(vm, tyname(&args[0]), name, args, kw)?;
    let sep = need_bytes(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let found = find_slice(&d, &sep, 0, d.len(), rev);
    let parts: [Vec<u8>; 3] = match found {
        Some(i) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
        None if rev => [vec![], vec![], d.clone()],
        None => [d.clone(), vec![], vec![]],
    };
    Ok(vm.new_tuple(parts.into_iter().map(|p| make(vm, &args[0], p)).collect()))
}
fn b_partition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, "partition", args, kw, false)
}
fn b_rpartition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, "rpartition", args, kw, true)
}
fn b_removeprefix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "removeprefix", args)?;
    let p = need_bytes(vm, one_arg(vm, tyname(&args[0]), "removeprefix", args, kw)?)?;
    Ok(make(
        vm,
        &args[0],
        d.strip_prefix(p.as_slice()).unwrap_or(&d).to_vec(),
    ))
}
fn b_removesuffix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "removesuffix", args)?;
    let p = need_bytes(vm, one_arg(vm, tyname(&args[0]), "removesuffix", args, kw)?)?;
    if p.is_empty() {
        return Ok(make(vm, &args[0], d));
    }
    Ok(make(
        vm,
        &args[0],
        d.strip_suffix(p.as_slice()).unwrap_or(&d).to_vec(),
    ))
}

fn b_translate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "translate", args)?;
    let a = bind(
        vm,
        "translate",
        args,
        kw,
        &["table", "delete"],
        1,
        true,
        Style::Tuple,
    )?;
    let table = match a[0].as_ref() {
        Some(t) if !vm.is_none(t) => {
            let t = need_bytes(vm, t)?;
            if t.len() != 256 {
                return Err(vm.new_value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let del = match &a[1] {
        Some(v) => need_bytes(vm, v)?,
        None => vec![],
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make(vm, &args[0], out))
}

fn b_maketrans(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let f = need_bytes(vm, &args[0])?;
    let t = need_bytes(vm, &args[1])?;
    if f.len() != t.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in f.iter().zip(&t) {
        table[*a as usize] = *b;
    }
    Ok(crate::ops::new_bytes(vm, table))
}

fn b_decode(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "decode", args)?;
    let a = bind(
        vm,
        "decode",
        args,
        kw,
        &["encoding", "errors"],
        0,
        true,
        Style::Tuple,
    )?;
    let get = |v: &Option<Value>, def: &'static str, which: &str| -> PyResult<String> {
        match v {
            None => Ok(def.to_string()),
            Some(v) => match v.downcast::<StrData>() {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(vm.new_type_error(format!(
                    "decode() argument '{which}' must be str, not {}",
                    v.class().name()
                ))),
            },
        }
    };
    let enc = get(&a[0], "utf-8", "encoding")?;
    let errors = get(&a[1], "strict", "errors")?;
    Ok(alloc_object(vm.types.str, decode_data(vm, &d, &enc, &errors)?).into_value())
}

fn b_hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "hex", args)?;
    let a = bind(
        vm,
        "hex",
        args,
        kw,
        &["sep", "bytes_per_sep"],
        0,
        true,
        Style::Tuple,
    )?;
    let hex: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let sep = match &a[0] {
        None => return Ok(vm.new_string(hex.concat())),
        Some(v) => {
            let s = if let Some(s) = v.downcast::<StrData>() {
                s.as_str().to_string()
            } else if let Some(b) = bytes_like(v) {
                b.iter().map(|&c| c as char).collect()
            } else {
                return Err(vm.new_type_error("sep must be str or bytes."));
            };
            if s.chars().count() != 1 {
                return Err(vm.new_value_error("sep must be length 1."));
            }
            s
        }
    };
    let per = index_arg(vm, &a[1], 1)?;
    if per == 0 || hex.is_empty() {
        return Ok(vm.new_string(hex.concat()));
    }
    let k = per.unsigned_abs();
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = hex.len() % k;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        for c in hex[first..].chunks(k) {
            groups.push(c.concat());
        }
    } else {
        for c in hex.chunks(k) {
            groups.push(c.concat());
        }
    }
    Ok(vm.new_string(groups.join(&sep)))
}

fn b_fromhex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0].clone();
    let s = one_arg(vm, "bytes", "fromhex", args, kw)?;
    let s = match s.downcast::<StrData>() {
        Some(s) => s.as_str().to_string(),
        None => {
            return Err(vm.new_type_error(format!(
                "fromhex() argument must be str, not {}",
                s.class().name()
            )))
        }
    };
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16).filter(|_| cs[i].is_ascii());
        let Some(hi) = hi else {
            return Err(vm.new_value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let lo = cs
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            return Err(vm.new_value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let b = if cls.is(&vm.types.bytearray.to_value()) {
        new_bytearray(vm, out)
    } else {
        crate::ops::new_bytes(vm, out)
    };
    if cls.is(&vm.types.bytes.to_value()) || cls.is(&vm.types.bytearray.to_value()) {
        return Ok(b);
    }
    vm.call(&cls, &[b], &[])
}

// ----- special methods -----

fn b_len(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(this(vm, "__len__", args)?.len() as i64))
}

fn b_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__getitem__", args)?;
    let key = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    if let Some(sl) = key.downcast::<crate::objects::range::SliceData>() {
        let (start, _, step, len) = crate::seq::slice_indices(vm, sl, d.len())?;
        let out: Vec<u8> = (0..len)
            .map(|i| d[(start + i as isize * step) as usize])
            .collect();
        return Ok(make(vm, &args[0], out));
    }
    if as_int(key).is_none() && key.class().lookup(&vm.names.__index__).is_none() {
        return Err(vm.new_type_error(format!(
            "{} indices must be integers or slices, not {}",
            if is_bytearray(&args[0]) {
                "bytearray"
            } else {
                "byte"
            },
            key.class().name()
        )));
    }
    let i = vm.index_to_isize(key)?;
    let n = d.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error(if is_bytearray(&args[0]) {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(vm.new_int(d[j as usize] as i64))
}

fn b_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = this(vm, "__iter__", args)?;
    let ty = if is_bytearray(&args[0]) {
        vm.types.bytearray_iterator
    } else {
        vm.types.bytes_iterator
    };
    Ok(alloc_object(ty, crate::objects::iter::SeqIterData::new(args[0].clone())).into_value())
}

fn it_iter(_vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn it_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

fn b_contains(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__contains__", args)?;
    let item = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    let needle = if bytes_like(item).is_some() {
        bytes_like(item).unwrap_or_default()
    } else if as_int(item).is_some() || item.class().lookup(&vm.names.__index__).is_some() {
        sub_arg(vm, item)?
    } else {
        return Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            item.class().name()
        )));
    };
    Ok(vm.new_bool(find_slice(&d, &needle, 0, d.len(), false).is_some()))
}

fn b_add(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut d = this(vm, "__add__", args)?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    match bytes_like(o) {
        Some(b) => {
            d.extend_from_slice(&b);
            Ok(make(vm, &args[0], d))
        }
        None => Err(vm.new_type_error(format!(
            "can't concat {} to {}",
            o.class().name(),
            args[0].class().name()
        ))),
    }
}

fn b_mul(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__mul__", args)?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    if as_int(o).is_none() && o.class().lookup(&vm.names.__index__).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = vm.index_to_isize(o)?.max(0) as usize;
    Ok(make(
        vm,
        &args[0],
        crate::objects::list::repeated(vm, &d, n)?,
    ))
}

fn b_mod(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__mod__", args)?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    let r = crate::format::bytes_percent_format(vm, &d, o)?;
    Ok(make(vm, &args[0], r))
}

fn b_rmod(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn cmp(vm: &Vm, args: &[Value], f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let d = this(vm, "__eq__", args)?;
    let Some(o) = args.get(1).and_then(bytes_like) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.new_bool(f(d.as_slice().cmp(o.as_slice()))))
}
fn b_eq(vm: &Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cmp(vm, a, |o| o.is_eq())
}
fn b_ne(vm: &Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cmp(vm, a, |o| o.is_ne())
}
fn b_lt(vm: &Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cmp(vm, a, |o| o.is_lt())
}
fn b_le(vm: &Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cmp(vm, a, |o| o.is_le())
}
fn b_gt(vm: &Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cmp(vm, a, |o| o.is_gt())
}
fn b_ge(vm: &Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cmp(vm, a, |o| o.is_ge())
}

fn b_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__hash__", args)?;
    Ok(vm.new_int(crate::pyhash::hash_bytes(&d)))
}

fn b_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__repr__", args)?;
    if is_bytearray(&args[0]) {
        return Ok(vm.new_string(format!(
            "{}({})",
            args[0].class().name(),
            bytearray_repr(&d)
        )));
    }
    let r = ouro_bytecode::repr::bytes_repr(&d);
    Ok(vm.new_string(r))
}

/// The `b'...'` part of a bytearray's repr: like bytes, but a single quote is always escaped.
// CPython: bytearrayobject.c bytearray_repr
fn bytearray_repr(d: &[u8]) -> String {
    let quote = if d.contains(&b'\'') && !d.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in d {
        match c {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

fn b_getnewargs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__getnewargs__", args)?;
    Ok(vm.new_tuple(vec![crate::ops::new_bytes(vm, d)]))
}

fn b_bytes(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__bytes__", args)?;
    Ok(crate::ops::new_bytes(vm, d))
}

/// The bytes a constructor argument stands for: `bytes(x)`, `bytearray(x)`.
fn source_bytes(vm: &Vm, x: &Value, enc: Option<&str>, errors: Option<&str>) -> PyResult<Vec<u8>> {
    source_bytes_for(vm, "bytes", x, enc, errors)
}

/// `source_bytes` for the constructor of `kind` ("bytes" or "bytearray"), whose name the
/// error messages carry.
fn source_bytes_for(
    vm: &Vm,
    kind: &str,
    x: &Value,
    enc: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    if let Some(s) = x.downcast::<StrData>() {
        let Some(enc) = enc else {
            return Err(vm.new_type_error("string argument without an encoding"));
        };
        return crate::strmethods::encode_data(vm, s, enc, errors.unwrap_or("strict"));
    }
    if enc.is_some() {
        return Err(vm.new_type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.new_type_error("errors without a string argument"));
    }
    if let Some(m) = x.downcast::<crate::objects::memoryview::MemoryViewData>() {
        m.check_released(vm)?;
    }
    if let Some(b) = bytes_like(x) {
        return Ok(b);
    }
    if as_int(x).is_some() || x.class().lookup(&vm.names.__index__).is_some() {
        let n = vm.index_to_isize(x)?;
        if n < 0 {
            return Err(vm.new_value_error("negative count"));
        }
        if n > i32::MAX as isize {
            return Err(vm.new_exception(vm.types.exc.memory_error, vec![]));
        }
        return Ok(vec![0; n as usize]);
    }
    if vm.iter(x).is_err() {
        return Err(vm.new_type_error(format!(
            "cannot convert '{}' object to {kind}",
            x.class().name()
        )));
    }
    let items = vm.collect(x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let i = vm.index_to_isize(it)?;
        if !(0..256).contains(&i) {
            return Err(vm.new_value_error(if kind == "bytes" {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            }));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn ctor_args(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
) -> PyResult<(Option<Value>, Option<String>, Option<String>)> {
    let a = bind(
        vm,
        name,
        args,
        kw,
        &["source", "encoding", "errors"],
        0,
        true,
        Style::Tuple,
    )?;
    let s = |v: &Option<Value>, which: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => match v.downcast::<StrData>() {
                Some(s) => Ok(Some(s.as_str().to_string())),
                None => Err(vm.new_type_error(format!(
                    "{name}() argument '{which}' must be str, not {}",
                    v.class().name()
                ))),
            },
        }
    };
    Ok((a[0].clone(), s(&a[1], "encoding")?, s(&a[2], "errors")?))
}

fn bytes_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args
        .first()
        .and_then(|c| c.downcast::<crate::typeobject::TypeData>())
    else {
        return Err(vm.new_type_error("bytes.__new__(X): X is not a type object"));
    };
    let (src, enc, errors) = ctor_args(vm, "bytes", args, kw)?;
    let data = match &src {
        None => {
            if enc.is_some() || errors.is_some() {
                return Err(vm.new_type_error(if enc.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            }
            vec![]
        }
        Some(x) => {
            if x.downcast::<StrData>().is_none() && bytes_like(x).is_none() {
                if let Some(r) = vm.call_special(x, &vm.intern("__bytes__"), &[])? {
                    match r.downcast::<BytesData>() {
                        Some(b) => b.0.to_vec(),
                        None => {
                            return Err(vm.new_type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                r.class().name()
                            )))
                        }
                    }
                } else {
                    source_bytes(vm, x, enc.as_deref(), errors.as_deref())?
                }
            } else {
                source_bytes(vm, x, enc.as_deref(), errors.as_deref())?
            }
        }
    };
    Ok(alloc_object(cls, BytesData(data.into_boxed_slice())).into_value())
}

fn bytearray_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args
        .first()
        .and_then(|c| c.downcast::<crate::typeobject::TypeData>())
    else {
        return Err(vm.new_type_error("bytearray.__new__(X): X is not a type object"));
    };
    Ok(alloc_object(cls, ByteArrayData(std::cell::RefCell::new(vec![]))).into_value())
}

fn ba(v: &Value) -> Option<&ByteArrayData> {
    v.downcast::<ByteArrayData>().map(|o| &**o)
}

fn bytearray_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (src, enc, errors) = ctor_args(vm, "bytearray", args, kw)?;
    let data = match &src {
        None => vec![],
        Some(x) => source_bytes_for(vm, "bytearray", x, enc.as_deref(), errors.as_deref())?,
    };
    if let Some(b) = ba(&args[0]) {
        if b.0.borrow().len() != data.len() {
            crate::buffer::check_resizable(vm, &args[0])?;
        }
        *b.0.borrow_mut() = data;
    }
    Ok(vm.none.clone())
}

fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    let i = vm.index_to_isize(v)?;
    if !(0..256).contains(&i) {
        return Err(vm.new_value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

fn ba_append(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "bytearray", "append", args, kw)?;
    let b = byte_value(vm, v)?;
    crate::buffer::check_resizable(vm, &args[0])?;
    if let Some(a) = ba(&args[0]) {
        a.0.borrow_mut().push(b);
    }
    Ok(vm.none.clone())
}

fn ba_extend(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "bytearray", "extend", args, kw)?;
    let data = match bytes_like(v) {
        Some(b) => b,
        None => {
            if vm.iter(v).is_err() {
                return Err(
                    vm.new_type_error(format!("can't extend bytearray with {}", v.class().name()))
                );
            }
            let items = vm.collect(v)?;
            let mut out = Vec::new();
            for it in &items {
                out.push(byte_value(vm, it)?);
            }
            out
        }
    };
    crate::buffer::check_resizable(vm, &args[0])?;
    if let Some(a) = ba(&args[0]) {
        a.0.borrow_mut().extend_from_slice(&data);
    }
    Ok(vm.none.clone())
}

fn ba_iadd(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    let Some(data) = bytes_like(o) else {
        return Err(vm.new_type_error(format!("can't concat {} to bytearray", o.class().name())));
    };
    crate::buffer::check_resizable(vm, &args[0])?;
    if let Some(a) = ba(&args[0]) {
        a.0.borrow_mut().extend_from_slice(&data);
    }
    Ok(args[0].clone())
}

fn ba_imul(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    if as_int(o).is_none() && o.class().lookup(&vm.names.__index__).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = vm.index_to_isize(o)?.max(0) as usize;
    if n != 1 {
        crate::buffer::check_resizable(vm, &args[0])?;
    }
    if let Some(a) = ba(&args[0]) {
        let d = a.0.borrow().clone();
        *a.0.borrow_mut() = crate::objects::list::repeated(vm, &d, n)?;
    }
    Ok(args[0].clone())
}

fn ba_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "pop", args, kw, &["index"], 0, false, Style::Clinic)?;
    let i = index_arg(vm, &a[0], -1)?;
    let Some(b) = ba(&args[0]) else {
        return Err(vm.new_type_error("expected bytearray"));
    };
    if b.0.borrow().is_empty() {
        return Err(vm.new_index_error("pop from empty bytearray"));
    }
    crate::buffer::check_resizable(vm, &args[0])?;
    let mut v = b.0.borrow_mut();
    let n = v.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    let x = v.remove(j as usize);
    Ok(vm.new_int(x as i64))
}

fn ba_remove(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg(vm, "bytearray", "remove", args, kw)?;
    let x = byte_value(vm, v)?;
    let Some(b) = ba(&args[0]) else {
        return Err(vm.new_type_error("expected bytearray"));
    };
    crate::buffer::check_resizable(vm, &args[0])?;
    let mut d = b.0.borrow_mut();
    match d.iter().position(|&c| c == x) {
        Some(p) => {
            d.remove(p);
            Ok(vm.none.clone())
        }
        None => Err(vm.new_value_error("value not found in bytearray")),
    }
}

fn ba_insert(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "insert",
        args,
        kw,
        &["index", "item"],
        2,
        false,
        Style::Clinic,
    )?;
    let i = index_arg(vm, &a[0], 0)?;
    let x = byte_value(vm, a[1].as_ref().unwrap())?;
    crate::buffer::check_resizable(vm, &args[0])?;
    if let Some(b) = ba(&args[0]) {
        let mut d = b.0.borrow_mut();
        let n = d.len() as isize;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(j as usize, x);
    }
    Ok(vm.none.clone())
}

fn ba_clear(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "bytearray", "clear", args, kw)?;
    crate::buffer::check_resizable(vm, &args[0])?;
    if let Some(b) = ba(&args[0]) {
        b.0.borrow_mut().clear();
    }
    Ok(vm.none.clone())
}

fn ba_copy(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "bytearray", "copy", args, kw)?;
    let d = this(vm, "copy", args)?;
    Ok(new_bytearray(vm, d))
}

fn ba_reverse(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args(vm, "bytearray", "reverse", args, kw)?;
    if let Some(b) = ba(&args[0]) {
        b.0.borrow_mut().reverse();
    }
    Ok(vm.none.clone())
}

fn ba_setitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.new_type_error("expected 2 arguments"));
    }
    let Some(b) = ba(&args[0]) else {
        return Err(vm.new_type_error("expected bytearray"));
    };
    let key = &args[1];
    if let Some(sl) = key.downcast::<crate::objects::range::SliceData>() {
        let src = match bytes_like(&args[2]) {
            Some(d) => d,
            None => {
                if as_int(&args[2]).is_some() || args[2].downcast::<StrData>().is_some() {
                    return Err(vm.new_type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
                let items = vm.collect(&args[2])?;
                let mut out = Vec::new();
                for it in &items {
                    out.push(byte_value(vm, it)?);
                }
                out
            }
        };
        let n = b.0.borrow().len();
        let (start, stop, step, len) = crate::seq::slice_indices(vm, sl, n)?;
        if step == 1 && src.len() as isize != stop.max(start) - start {
            crate::buffer::check_resizable(vm, &args[0])?;
        }
        let mut d = b.0.borrow_mut();
        if step == 1 {
            let st = start.max(0) as usize;
            let en = (stop.max(start)) as usize;
            d.splice(st..en.min(n), src);
            return Ok(vm.none.clone());
        }
        if src.len() != len {
            return Err(vm.new_value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {len}",
                src.len()
            )));
        }
        for (k, x) in src.into_iter().enumerate() {
            d[(start + k as isize * step) as usize] = x;
        }
        return Ok(vm.none.clone());
    }
    if as_int(key).is_none() && key.class().lookup(&vm.names.__index__).is_none() {
        return Err(vm.new_type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.class().name()
        )));
    }
    let i = vm.index_to_isize(key)?;
    let x = byte_value(vm, &args[2])?;
    let mut d = b.0.borrow_mut();
    let n = d.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("bytearray index out of range"));
    }
    d[j as usize] = x;
    Ok(vm.none.clone())
}

fn ba_delitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(b) = ba(&args[0]) else {
        return Err(vm.new_type_error("expected bytearray"));
    };
    let key = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    if let Some(sl) = key.downcast::<crate::objects::range::SliceData>() {
        let n = b.0.borrow().len();
        let (start, _, step, len) = crate::seq::slice_indices(vm, sl, n)?;
        let mut idx: Vec<usize> = (0..len)
            .map(|k| (start + k as isize * step) as usize)
            .collect();
        idx.sort_unstable();
        if !idx.is_empty() {
            crate::buffer::check_resizable(vm, &args[0])?;
        }
        let mut d = b.0.borrow_mut();
        for i in idx.into_iter().rev() {
            d.remove(i);
        }
        return Ok(vm.none.clone());
    }
    let i = vm.index_to_isize(key)?;
    let n = b.0.borrow().len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("bytearray index out of range"));
    }
    crate::buffer::check_resizable(vm, &args[0])?;
    let mut d = b.0.borrow_mut();
    d.remove(j as usize);
    Ok(vm.none.clone())
}

fn ba_alloc(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let d = this(vm, "__alloc__", args)?;
    Ok(vm.new_int(d.len() as i64 + 1))
}

/// The reduction of a bytearray for pickle protocol `proto`: its type, the arguments that
/// rebuild its contents (a latin-1 str before protocol 3, else bytes) and its state.
/// CPython: bytearrayobject.c _common_reduce.
fn ba_common_reduce(vm: &Vm, name: &str, args: &[Value], proto: isize) -> PyResult<Value> {
    let d = this(vm, name, args)?;
    let state = vm.call_method(&args[0], &vm.intern("__getstate__"), &[])?;
    let ty = args[0].class().to_value();
    let rebuild = if d.is_empty() {
        vec![]
    } else if proto < 3 {
        let text: String = d.iter().map(|&b| char::from(b)).collect();
        vec![vm.new_string(text), vm.new_str("latin-1")]
    } else {
        vec![crate::ops::new_bytes(vm, d)]
    };
    Ok(vm.new_tuple(vec![ty, vm.new_tuple(rebuild), state]))
}

/// `bytearray.__reduce__()`. CPython: bytearrayobject.c bytearray_reduce_impl.
fn ba_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ba_common_reduce(vm, "__reduce__", args, 2)
}

/// `bytearray.__reduce_ex__(proto=0, /)`, the protocol read as a C int. CPython:
/// bytearrayobject.c bytearray_reduce_ex_impl.
fn ba_reduce_ex(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.new_type_error(format!(
            "__reduce_ex__ expected at most 1 argument, got {n}"
        )));
    }
    let too_large = || vm.new_overflow_error("Python int too large to convert to C int");
    let proto = match args.get(1) {
        None => 0,
        Some(p) => match vm.index_to_isize(p) {
            Ok(i) if i32::try_from(i).is_ok() => i,
            Ok(_) => return Err(too_large()),
            Err(e) if vm.isinstance(e.as_value(), vm.types.exc.overflow_error) => {
                return Err(too_large())
            }
            Err(e) => return Err(e),
        },
    };
    ba_common_reduce(vm, "__reduce_ex__", args, proto)
}

/// Fills the dicts of `bytes`, `bytearray` and their iterators.
pub fn init(vm: &Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("isalnum", b_isalnum),
        ("isalpha", b_isalpha),
        ("isdigit", b_isdigit),
        ("isascii", b_isascii),
        ("isspace", b_isspace),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("translate", b_translate),
        ("decode", b_decode),
        ("hex", b_hex),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__iter__", b_iter),
        ("__contains__", b_contains),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__mod__", b_mod),
        ("__rmod__", b_rmod),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__repr__", b_repr),
        ("__str__", b_repr),
    ];
    for ty in [vm.types.bytes, vm.types.bytearray] {
        for (n, f) in shared {
            add_method(vm, ty, n, *f);
        }
        add_classmethod(vm, ty, "fromhex", b_fromhex);
        crate::objects::builtin::add_builtin_staticmethod(vm, ty, "maketrans", b_maketrans);
    }
    add_method(vm, vm.types.bytes, "__hash__", b_hash);
    add_method(vm, vm.types.bytes, "__getnewargs__", b_getnewargs);
    add_method(vm, vm.types.bytes, "__bytes__", b_bytes);
    add_staticmethod(vm, vm.types.bytes, "__new__", bytes_new);
    vm.types
        .bytearray
        .dict
        .set_str(vm, &vm.names.__hash__, vm.none.clone());
    let ba_meths: &[(&'static str, NativeFn)] = &[
        ("__init__", bytearray_init),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("insert", ba_insert),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("__alloc__", ba_alloc),
        ("__reduce__", ba_reduce),
        ("__reduce_ex__", ba_reduce_ex),
    ];
    for (n, f) in ba_meths {
        add_method(vm, vm.types.bytearray, n, *f);
    }
    add_staticmethod(vm, vm.types.bytearray, "__new__", bytearray_new);
    for ty in [vm.types.bytes_iterator, vm.types.bytearray_iterator] {
        add_method(vm, ty, "__iter__", it_iter);
        add_method(vm, ty, "__next__", it_next);
    }
}

fn decode_error(
    vm: &Vm,
    enc: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::vm::PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    let e = vm.new_exception_msg(
        vm.types.exc.unicode_decode_error,
        format!("'{enc}' codec can't decode {what}: {reason}"),
    );
    let obj = crate::ops::new_bytes(vm, b.to_vec());
    set_unicode_error_attrs(vm, &e, enc, obj, start, end, reason);
    e
}

/// Sets `encoding`, `object`, `start`, `end` and `reason` on a UnicodeError instance.
pub fn set_unicode_error_attrs(
    vm: &Vm,
    e: &crate::vm::PyErr,
    enc: &str,
    obj: Value,
    start: usize,
    end: usize,
    reason: &str,
) {
    let ev = e.to_value();
    let attrs = [
        ("encoding", vm.new_str(enc)),
        ("object", obj),
        ("start", vm.new_int(start as i64)),
        ("end", vm.new_int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    for (k, v) in attrs {
        let _ = vm.setattr(&ev, &vm.intern(k), Some(v));
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if !crate::codecsmodule::is_builtin_handler(errors, true) {
        return crate::codecsmodule::decode_with_handler(vm, b, encoding, errors)
            .map(|d| d.as_str().to_string());
    }
    decode_text(vm, b, encoding, errors)
}

/// `bytes.decode(encoding, errors)` as a string that may hold lone surrogates (from the
/// surrogateescape and surrogatepass handlers or a registered one).
pub fn decode_data(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<StrData> {
    if !crate::codecsmodule::is_builtin_handler(errors, true) {
        return crate::codecsmodule::decode_with_handler(vm, b, encoding, errors);
    }
    let enc = crate::strmethods::normalize_encoding(encoding);
    if !matches!(
        enc.as_str(),
        "utf-8"
            | "ascii"
            | "latin-1"
            | "cp1252"
            | "utf-16"
            | "utf-16-le"
            | "utf-16-be"
            | "utf-32"
            | "utf-32-le"
            | "utf-32-be"
    ) {
        return crate::codecsmodule::decode_via_registry(vm, b, encoding, errors);
    }
    decode_text(vm, b, encoding, errors).map(StrData::from_string)
}

/// The built-in decoders with the built-in handlers (strict, ignore, replace,
/// backslashreplace), whose results hold no lone surrogates.
fn decode_text(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = crate::strmethods::normalize_encoding(encoding);
    let handler = |out: &mut String, bad: &[u8]| -> bool {
        match errors {
            "ignore" => true,
            "replace" => {
                out.push('\u{fffd}');
                true
            }
            "backslashreplace" => {
                for x in bad {
                    out.push_str(&format!("\\x{x:02x}"));
                }
                true
            }
            "surrogateescape" => false,
            _ => false,
        }
    };
    match enc.as_str() {
        "utf-8" => {
            let mut out = String::new();
            let mut rest = b;
            let mut pos = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad_len = e.error_len().unwrap_or(rest.len() - good);
                        let bad = &rest[good..good + bad_len];
                        if !handler(&mut out, bad) {
                            if errors != "strict"
                                && !matches!(errors, "ignore" | "replace" | "backslashreplace")
                            {
                                return Err(vm.new_exception_msg(
                                    vm.types.exc.lookup_error,
                                    format!("unknown error handler name '{errors}'"),
                                ));
                            }
                            let reason = match e.error_len() {
                                None => "unexpected end of data",
                                Some(_) => {
                                    let first = bad[0];
                                    if (0x80..0xc2).contains(&first) || first > 0xf4 {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    }
                                }
                            };
                            return Err(decode_error(
                                vm,
                                "utf-8",
                                b,
                                pos + good,
                                pos + good + bad_len,
                                reason,
                            ));
                        }
                        pos += good + bad_len;
                        rest = &rest[good + bad_len..];
                    }
                }
            }
        }
        "ascii" => {
            let mut out = String::new();
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else if !handler(&mut out, &b[i..i + 1]) {
                    return Err(decode_error(
                        vm,
                        "ascii",
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    ));
                }
            }
            Ok(out)
        }
        "latin-1" => Ok(b.iter().map(|&x| x as char).collect()),
        "cp1252" => {
            let mut out = String::new();
            for (i, &x) in b.iter().enumerate() {
                let c = if (0x80..0xa0).contains(&x) {
                    crate::strmethods::CP1252_HIGH[(x - 0x80) as usize]
                } else {
                    Some(x as char)
                };
                match c {
                    Some(c) => out.push(c),
                    None => {
                        if !handler(&mut out, &b[i..i + 1]) {
                            return Err(decode_error(
                                vm,
                                "charmap",
                                b,
                                i,
                                i + 1,
                                "character maps to <undefined>",
                            ));
                        }
                    }
                }
            }
            Ok(out)
        }
        // CPython: unicodeobject.c PyUnicode_DecodeUTF16Stateful (the errors' names and
        // ranges; a BOM picks the byte order and counts in the positions).
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let mut off = 0;
            let mut be = enc == "utf-16-be";
            if enc == "utf-16" && b.len() >= 2 {
                if b[..2] == [0xff, 0xfe] {
                    off = 2;
                } else if b[..2] == [0xfe, 0xff] {
                    off = 2;
                    be = true;
                }
            }
            let name = if be { "utf-16-be" } else { "utf-16-le" };
            let unit = |i: usize| -> u32 {
                u32::from(if be {
                    u16::from_be_bytes([b[i], b[i + 1]])
                } else {
                    u16::from_le_bytes([b[i], b[i + 1]])
                })
            };
            let n = b.len();
            let mut out = String::new();
            while off < n {
                let (end, reason) = if off + 2 > n {
                    (n, "truncated data")
                } else {
                    let u = unit(off);
                    if !(0xd800..0xe000).contains(&u) {
                        out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                        off += 2;
                        continue;
                    }
                    if u >= 0xdc00 {
                        (off + 2, "illegal encoding")
                    } else if off + 4 > n {
                        (n, "unexpected end of data")
                    } else {
                        let u2 = unit(off + 2);
                        if (0xdc00..0xe000).contains(&u2) {
                            let c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
                            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                            off += 4;
                            continue;
                        }
                        (off + 2, "illegal UTF-16 surrogate")
                    }
                };
                if !handler(&mut out, &b[off..end]) {
                    return Err(decode_error(vm, name, b, off, end, reason));
                }
                off = end;
            }
            Ok(out)
        }
        // CPython: unicodeobject.c PyUnicode_DecodeUTF32Stateful.
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let mut off = 0;
            let mut be = enc == "utf-32-be";
            if enc == "utf-32" && b.len() >= 4 {
                if b[..4] == [0xff, 0xfe, 0, 0] {
                    off = 4;
                } else if b[..4] == [0, 0, 0xfe, 0xff] {
                    off = 4;
                    be = true;
                }
            }
            let name = if be { "utf-32-be" } else { "utf-32-le" };
            let n = b.len();
            let mut out = String::new();
            while off < n {
                let (end, reason) = if off + 4 > n {
                    (n, "truncated data")
                } else {
                    let q = [b[off], b[off + 1], b[off + 2], b[off + 3]];
                    let u = if be {
                        u32::from_be_bytes(q)
                    } else {
                        u32::from_le_bytes(q)
                    };
                    match char::from_u32(u) {
                        Some(c) => {
                            out.push(c);
                            off += 4;
                            continue;
                        }
                        None if (0xd800..0xe000).contains(&u) => (
                            off + 4,
                            "code point in surrogate code point range(0xd800, 0xe000)",
                        ),
                        None => (off + 4, "code point not in range(0x110000)"),
                    }
                };
                if !handler(&mut out, &b[off..end]) {
                    return Err(decode_error(vm, name, b, off, end, reason));
                }
                off = end;
            }
            Ok(out)
        }
        _ => crate::codecsmodule::decode_via_registry(vm, b, encoding, errors)
            .map(|d| d.as_str().to_string()),
    }
}
