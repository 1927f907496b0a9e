//! The methods of `str` (`split`, `find`, `upper`, `center`, `translate`, `encode`, ...) and
//! its special methods, with CPython 3.12's argument handling and error messages, plus the
//! argument-binding helpers shared with the `bytes` methods. CPython: Objects/unicodeobject.c,
//! Objects/stringlib/*.h, Objects/clinic/unicodeobject.c.h.

use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_builtin_staticmethod, add_method, NativeFn};
use crate::objects::dict::DictData;
use crate::objects::int::{as_int, IntRef};
use crate::objects::str::new_str_value;
use crate::objects::str::{is_surrogate, StrData};
use crate::objects::tuple::TupleData;
use crate::unicodectype as uct;
use crate::vm::{PyResult, Vm};

/// How a method reports a wrong number of arguments.
#[derive(Clone, Copy, PartialEq)]
pub enum Style {
    /// Argument Clinic, positional only: "center expected at least 1 argument, got 0".
    Clinic,
    /// `PyArg_ParseTuple` and keyword-capable Clinic: "find() takes at least 1 argument (0 given)".
    Tuple,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// Binds `args[1..]` (after `self`) and keywords to `params`; `min` are required.
/// Keywords are accepted only when `kwok`.
pub fn bind(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    params: &[&str],
    min: usize,
    kwok: bool,
    style: Style,
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len() - 1 - kw.len();
    let pos = &args[1..1 + npos];
    if !kw.is_empty() && !kwok {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    let name = name.rsplit('.').next().unwrap_or(name);
    let max = params.len();
    if npos > max {
        return Err(vm.new_type_error(match style {
            Style::Clinic => format!("{name} expected at most {max} {}, got {npos}", plural(max)),
            Style::Tuple => format!(
                "{name}() takes at most {max} {} ({npos} given)",
                plural(max)
            ),
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kw.iter().zip(&args[1 + npos..]) {
        let k = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
        match params.iter().position(|p| *p == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.new_type_error(format!(
                        "argument for {name}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(
                    vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    let given = npos + kw.len();
    if given < min && out[..min].iter().any(|o| o.is_none()) {
        return Err(vm.new_type_error(match style {
            Style::Clinic => format!("{name} expected at least {min} {}, got {npos}", plural(min)),
            Style::Tuple => format!(
                "{name}() takes at least {min} {} ({npos} given)",
                plural(min)
            ),
        }));
    }
    Ok(out)
}

/// A method without arguments: checks that none were given.
pub fn no_args(vm: &Vm, tyname: &str, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{tyname}.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{tyname}.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// A METH_O method: exactly one positional argument.
pub fn one_arg<'a>(
    vm: &Vm,
    tyname: &str,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{tyname}.{name}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "{tyname}.{name}() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    Ok(&args[1])
}

/// An index argument (`__index__`), or the default when absent.
pub fn index_arg(vm: &Vm, v: &Option<Value>, default: isize) -> PyResult<isize> {
    match v {
        None => Ok(default),
        Some(v) => vm.index_to_isize(v),
    }
}

/// `start`/`end` of the search methods: None or an index, clamped as slice bounds.
pub fn slice_bound(vm: &Vm, v: &Option<Value>, default: isize) -> PyResult<isize> {
    match v {
        None => Ok(default),
        Some(v) if vm.is_none(v) => Ok(default),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(i)) => Ok(i.clamp(isize::MIN as i64, isize::MAX as i64) as isize),
            Some(IntRef::Big(b)) => Ok(if num_traits::Signed::is_negative(b) {
                isize::MIN
            } else {
                isize::MAX
            }),
            None => {
                if v.class().lookup(&vm.names.__index__).is_some() {
                    vm.index_to_isize(v)
                } else {
                    Err(vm.new_type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            }
        },
    }
}

/// Clamps `start..end` to `0..len` the way slicing does (CPython: ADJUST_INDICES).
pub fn adjust(start: isize, end: isize, len: usize) -> (usize, usize) {
    let len = len as isize;
    let fix = |x: isize| -> isize {
        if x < 0 {
            (x.saturating_add(len)).max(0)
        } else {
            x.min(len)
        }
    };
    (fix(start) as usize, fix(end) as usize)
}

fn this<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a StrData> {
    match args.first().and_then(|a| a.downcast::<StrData>()) {
        Some(s) => Ok(s),
        None => Err(vm.new_type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            args.first().map(|a| a.class().name()).unwrap_or_default()
        ))),
    }
}

/// The text of code points `st..en` of `s` (st <= en <= length).
fn byte_slice(s: &StrData, st: usize, en: usize) -> &str {
    if s.is_ascii() {
        &s.as_str()[st..en]
    } else {
        s.substring(st, en)
    }
}

/// The number of code points before byte `b` of `part`, a piece of `s`.
fn chars_before(s: &StrData, part: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        part[..b].chars().count()
    }
}

fn chars(s: &StrData) -> Vec<char> {
    s.as_str().chars().collect()
}

fn string(cs: &[char]) -> String {
    cs.iter().collect()
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: impl FnOnce(&str) -> String) -> PyResult<&'a str> {
    match v.downcast::<StrData>() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.new_type_error(what(&arg_type_name(vm, v)))),
    }
}

/// The type name Argument Clinic shows for a bad argument ("None" for None).
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if vm.is_none(v) {
        "None".into()
    } else {
        v.class().name().to_string()
    }
}

/// The str payload of an argument already checked to be a str (the empty string if not).
fn str_data<'a>(v: Option<&'a Value>, empty: &'a StrData) -> &'a StrData {
    match v.and_then(|v| v.downcast::<StrData>()) {
        Some(s) => s,
        None => empty,
    }
}

fn must_be_str<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    match v.downcast::<StrData>() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.new_type_error(format!("must be str, not {}", v.class().name()))),
    }
}

/// Position of `needle` in `hay[start..end]`, forward or backward, in chars.
pub fn find_slice<T: PartialEq>(
    hay: &[T],
    needle: &[T],
    start: usize,
    end: usize,
    rev: bool,
) -> Option<usize> {
    if start > end || end - start < needle.len() || start > hay.len() {
        return None;
    }
    let last = end - needle.len();
    if rev {
        (start..=last)
            .rev()
            .find(|&i| hay[i..i + needle.len()] == *needle)
    } else {
        (start..=last).find(|&i| hay[i..i + needle.len()] == *needle)
    }
}

/// Non-overlapping occurrences of `needle` in `hay[start..end]`.
pub fn count_slice<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize) -> usize {
    if start > end || end - start < needle.len() || start > hay.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let mut n = 0;
    let mut i = start;
    while i + needle.len() <= end {
        if hay[i..i + needle.len()] == *needle {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

fn find_common(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    rev: bool,
) -> PyResult<Option<usize>> {
    let s = this(vm, name, args)?;
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
    let sub = must_be_str(vm, a[0].as_ref().unwrap())?;
    let start = slice_bound(vm, &a[1], 0)?;
    let end = slice_bound(vm, &a[2], isize::MAX)?;
    let len = s.char_len();
    if start > len as isize {
        return Ok(None);
    }
    let (st, en) = adjust(start, end, len);
    if st > en {
        return Ok(None);
    }
    let e = StrData::new("");
    let sd = str_data(a[0].as_ref(), &e);
    if s.has_surrogates() || sd.has_surrogates() {
        return Ok(find_slice(&s.code_points(), &sd.code_points(), st, en, rev));
    }
    let hay = byte_slice(s, st, en);
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| st + chars_before(s, hay, b)))
}

fn str_find(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(find_common(vm, "find", args, kw, false)?.map_or(-1, |i| i as i64)))
}
fn str_rfind(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(find_common(vm, "rfind", args, kw, true)?.map_or(-1, |i| i as i64)))
}
fn str_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, "index", args, kw, false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("substring not found")),
    }
}
fn str_rindex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, "rindex", args, kw, true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("substring not found")),
    }
}

fn str_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "count", args)?;
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
    let sub = must_be_str(vm, a[0].as_ref().unwrap())?;
    let start = slice_bound(vm, &a[1], 0)?;
    let end = slice_bound(vm, &a[2], isize::MAX)?;
    let len = s.char_len();
    if start > len as isize {
        return Ok(vm.new_int(0));
    }
    let (st, en) = adjust(start, end, len);
    if st > en {
        return Ok(vm.new_int(0));
    }
    let e = StrData::new("");
    let sd = str_data(a[0].as_ref(), &e);
    let n = if s.has_surrogates() || sd.has_surrogates() {
        count_slice(&s.code_points(), &sd.code_points(), st, en)
    } else if sub.is_empty() {
        en - st + 1
    } else {
        let hay = byte_slice(s, st, en);
        if sub.len() == 1 {
            let b = sub.as_bytes()[0];
            hay.bytes().filter(|&c| c == b).count()
        } else {
            hay.matches(sub).count()
        }
    };
    Ok(vm.new_int(n as i64))
}

fn starts_ends(vm: &Vm, name: &str, args: &[Value], kw: &[Value], ends: bool) -> PyResult<Value> {
    let s = this(vm, name, args)?;
    // The common call `s.endswith(x)` needs no argument binding.
    let bound;
    let (prefix, start, end) = if kw.is_empty() && args.len() == 2 {
        (&args[1], 0, isize::MAX)
    } else {
        bound = bind(
            vm,
            name,
            args,
            kw,
            &["prefix", "start", "end"],
            1,
            false,
            Style::Tuple,
        )?;
        let start = slice_bound(vm, &bound[1], 0)?;
        let end = slice_bound(vm, &bound[2], isize::MAX)?;
        (bound[0].as_ref().unwrap(), start, end)
    };
    let len = s.char_len();
    let (st, en) = adjust(start, end, len);
    // UTF-8 is self-synchronising: a byte-wise prefix or suffix match of valid text is a
    // match of its characters.
    let test_data = |p: &StrData| -> bool {
        if start > len as isize || st > en {
            return false;
        }
        let (hay, needle) = (s.code_points(), p.code_points());
        let window = &hay[st..en];
        if ends {
            window.ends_with(&needle)
        } else {
            window.starts_with(&needle)
        }
    };
    let test = |p: &StrData| -> bool {
        if s.has_surrogates() || p.has_surrogates() {
            return test_data(p);
        }
        let p = p.as_str();
        if start > len as isize || st > en {
            return false;
        }
        let window = byte_slice(s, st, en);
        if ends {
            window.ends_with(p)
        } else {
            window.starts_with(p)
        }
    };
    if let Some(t) = prefix.downcast::<TupleData>() {
        for item in t.items() {
            match item.downcast::<StrData>() {
                Some(p) => {
                    if test(p) {
                        return Ok(vm.new_bool(true));
                    }
                }
                None => {
                    return Err(vm.new_type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        item.class().name()
                    )))
                }
            }
        }
        return Ok(vm.new_bool(false));
    }
    match prefix.downcast::<StrData>() {
        Some(p) => Ok(vm.new_bool(test(p))),
        None => Err(vm.new_type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            prefix.class().name()
        ))),
    }
}

/// The two `str` operands of `s.method(t)` called with one positional `str` argument and no
/// lone surrogates on either side (the fast paths of the search methods).
#[inline]
fn plain_pair<'a>(args: &'a [Value], kw: &[Value]) -> Option<(&'a StrData, &'a StrData)> {
    if !kw.is_empty() || args.len() != 2 {
        return None;
    }
    let s = args[0].downcast::<StrData>()?;
    let t = args[1].downcast::<StrData>()?;
    if s.has_surrogates() || t.has_surrogates() {
        return None;
    }
    Some((s, t))
}

fn str_startswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let Some((s, p)) = plain_pair(args, kw) {
        return Ok(vm.new_bool(s.as_str().starts_with(p.as_str())));
    }
    starts_ends(vm, "startswith", args, kw, false)
}
fn str_endswith(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let Some((s, p)) = plain_pair(args, kw) {
        return Ok(vm.new_bool(s.as_str().ends_with(p.as_str())));
    }
    starts_ends(vm, "endswith", args, kw, true)
}

/// Python's `str.isspace` for one character (bidirectional WS, B, S or category Zs).
pub fn is_space(c: char) -> bool {
    uct::is_space(c)
}

fn split_impl(vm: &Vm, name: &str, args: &[Value], kw: &[Value], rev: bool) -> PyResult<Value> {
    let s = this(vm, name, args)?;
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
    let sep = match &a[0] {
        Some(v) if !vm.is_none(v) => {
            Some(str_arg(vm, v, |t| format!("must be str or None, not {t}"))?)
        }
        _ => None,
    };
    let sep_data = a[0].as_ref().and_then(|v| v.downcast::<StrData>());
    if s.has_surrogates() || sep_data.is_some_and(|d| d.has_surrogates()) {
        // Lone surrogates: split the code points.
        let cps = s.code_points();
        let pieces: Vec<&[u32]> = match sep_data {
            None => split_whitespace(&cps, maxsplit, rev, |c| {
                char::from_u32(c).is_some_and(is_space)
            }),
            Some(d) => {
                if d.char_len() == 0 {
                    return Err(vm.new_value_error("empty separator"));
                }
                split_sep(&cps, &d.code_points(), maxsplit, rev)
            }
        };
        let parts = pieces
            .into_iter()
            .map(|p| alloc_object(vm.types.str, StrData::from_code_points(p)).into_value())
            .collect();
        return Ok(vm.new_list(parts));
    }
    let text = s.as_str();
    let parts: Vec<Value> = match sep {
        None if s.is_ascii() => {
            // ASCII text splits byte by byte; every piece is then ASCII (valid UTF-8) too.
            split_whitespace(text.as_bytes(), maxsplit, rev, |b| is_space(char::from(b)))
                .into_iter()
                .map(|p| vm.new_str(std::str::from_utf8(p).unwrap_or_default()))
                .collect()
        }
        None => split_whitespace(&chars(s), maxsplit, rev, is_space)
            .into_iter()
            .map(|p| vm.new_string(string(p)))
            .collect(),
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            // UTF-8 is self-synchronising: a match of the separator's bytes is a match of its
            // characters, so the text splits on bytes.
            // A one-byte separator is ASCII: a character pattern searches it with memchr.
            if !rev && maxsplit == usize::MAX {
                // The common full split from the left makes the pieces as it finds them.
                let parts: Vec<Value> = if sep.len() == 1 {
                    text.split(char::from(sep.as_bytes()[0]))
                        .map(new_str_value)
                        .collect()
                } else {
                    text.split(sep).map(new_str_value).collect()
                };
                return Ok(vm.new_list(parts));
            }
            let mut pieces: Vec<&str> = if sep.len() == 1 {
                let c = char::from(sep.as_bytes()[0]);
                match (rev, maxsplit) {
                    (false, usize::MAX) => text.split(c).collect(),
                    (false, m) => text.splitn(m + 1, c).collect(),
                    (true, usize::MAX) => text.rsplit(c).collect(),
                    (true, m) => text.rsplitn(m + 1, c).collect(),
                }
            } else {
                match (rev, maxsplit) {
                    (false, usize::MAX) => text.split(sep).collect(),
                    (false, m) => text.splitn(m + 1, sep).collect(),
                    (true, usize::MAX) => text.rsplit(sep).collect(),
                    (true, m) => text.rsplitn(m + 1, sep).collect(),
                }
            };
            if rev {
                pieces.reverse();
            }
            pieces.into_iter().map(|p| vm.new_str(p)).collect()
        }
    };
    Ok(vm.new_list(parts))
}

/// Splitting on runs of whitespace, at most `maxsplit` times, from the left or the right.
pub fn split_whitespace<T: Copy>(
    cs: &[T],
    maxsplit: usize,
    rev: bool,
    sp: impl Fn(T) -> bool,
) -> Vec<&[T]> {
    let mut out = Vec::new();
    let n = cs.len();
    if !rev {
        let mut i = 0;
        let mut splits = 0;
        loop {
            while i < n && sp(cs[i]) {
                i += 1;
            }
            if i >= n {
                break;
            }
            if splits >= maxsplit {
                out.push(&cs[i..n]);
                break;
            }
            let st = i;
            while i < n && !sp(cs[i]) {
                i += 1;
            }
            out.push(&cs[st..i]);
            splits += 1;
        }
    } else {
        let mut i = n;
        let mut splits = 0;
        loop {
            while i > 0 && sp(cs[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if splits >= maxsplit {
                out.push(&cs[..i]);
                break;
            }
            let en = i;
            while i > 0 && !sp(cs[i - 1]) {
                i -= 1;
            }
            out.push(&cs[i..en]);
            splits += 1;
        }
        out.reverse();
    }
    out
}

/// Splitting on a non-empty separator.
pub fn split_sep<'a, T: PartialEq>(
    cs: &'a [T],
    sep: &[T],
    maxsplit: usize,
    rev: bool,
) -> Vec<&'a [T]> {
    let mut out = Vec::new();
    let m = sep.len();
    if !rev {
        let mut st = 0;
        let mut i = 0;
        let mut splits = 0;
        while splits < maxsplit && i + m <= cs.len() {
            if cs[i..i + m] == *sep {
                out.push(&cs[st..i]);
                i += m;
                st = i;
                splits += 1;
            } else {
                i += 1;
            }
        }
        out.push(&cs[st..]);
    } else {
        let mut en = cs.len();
        let mut i = cs.len();
        let mut splits = 0;
        while splits < maxsplit && i >= m {
            if cs[i - m..i] == *sep {
                out.push(&cs[i..en]);
                i -= m;
                en = i;
                splits += 1;
            } else {
                i -= 1;
            }
        }
        out.push(&cs[..en]);
        out.reverse();
    }
    out
}

fn str_split(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, "split", args, kw, false)
}
fn str_rsplit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(vm, "rsplit", args, kw, true)
}

fn is_linebreak(c: char) -> bool {
    uct::is_linebreak(c)
}

fn str_splitlines(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "splitlines", args)?;
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
        Some(v) => vm
            .index_to_isize(v)
            .map(|i| i != 0)
            .or_else(|_| vm.is_true(v))?,
        None => false,
    };
    let cs = chars(s);
    let mut out = Vec::new();
    let mut i = 0;
    let n = cs.len();
    while i < n {
        let st = i;
        while i < n && !is_linebreak(cs[i]) {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if cs[i] == '\r' && i + 1 < n && cs[i + 1] == '\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(vm.new_string(string(&cs[st..eol])));
    }
    Ok(vm.new_list(out))
}

/// `sep.join(iterable)` for str.
pub fn str_join(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "join", args)?;
    let it = one_arg(vm, "str", "join", args, kw)?;
    if let Some(r) = join_plain(vm, s, it) {
        return Ok(r);
    }
    let items = match vm.collect(it) {
        Ok(v) => v,
        Err(e) if e.class().is_subtype(vm.types.exc.type_error) && vm.iter(it).is_err() => {
            return Err(vm.new_type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let sep = s.as_str();
    let mut out = String::new();
    let mut surr = s.has_surrogates();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it.downcast::<StrData>() {
            Some(x) => {
                surr |= x.has_surrogates();
                out.push_str(x.as_str())
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.class().name()
                )))
            }
        }
    }
    if surr {
        // Lone surrogates: join again keeping them.
        let mut b = crate::objects::str::StrBuilder::with_capacity(out.len());
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                b.push_data(s);
            }
            if let Some(x) = it.downcast::<StrData>() {
                b.push_data(x);
            }
        }
        return Ok(alloc_object(vm.types.str, b.finish()).into_value());
    }
    Ok(vm.new_string(out))
}

/// `sep.join(items)` for an exact list or tuple of strs without lone surrogates (CPython:
/// `_PyUnicode_JoinArray`): the items are read in place (no Python code runs meanwhile), the
/// size is summed first and the text is built at its exact size. None when another path
/// must decide (other iterables, non-str items, which raise there).
fn join_plain(vm: &Vm, sep: &StrData, it: &Value) -> Option<Value> {
    if sep.has_surrogates() {
        return None;
    }
    let cls = it.class();
    let list_items;
    let items: &[Value] = if std::ptr::eq(cls, vm.types.list) {
        list_items = it
            .downcast::<crate::objects::list::ListData>()?
            .items
            .borrow();
        &list_items
    } else if std::ptr::eq(cls, vm.types.tuple) {
        it.downcast::<TupleData>()?.items()
    } else {
        return None;
    };
    if items.len() == 1 {
        let x = items[0].downcast::<StrData>()?;
        if x.is_exact() {
            return Some(items[0].clone());
        }
    }
    let n = items.len();
    if n == 0 {
        return Some(new_str_value(""));
    }
    let (mut bytes, mut chars) = (0usize, 0usize);
    for x in items {
        let x = x.downcast::<StrData>()?;
        if x.has_surrogates() {
            return None;
        }
        bytes += x.as_str().len();
        chars += x.char_len();
    }
    if n > 1 {
        bytes += sep.as_str().len() * (n - 1);
        chars += sep.char_len() * (n - 1);
    }
    let mut out = String::with_capacity(bytes);
    let sep_text = sep.as_str();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep_text);
        }
        if let Some(x) = x.downcast::<StrData>() {
            out.push_str(x.as_str());
        }
    }
    Some(crate::objects::str::str_value(
        StrData::from_string_counted(out, chars),
    ))
}

fn strip_impl(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = this(vm, name, args)?;
    let a = bind(
        vm,
        &format!("str.{name}"),
        args,
        kw,
        &["chars"],
        0,
        false,
        Style::Clinic,
    )?;
    let set: Option<Vec<char>> = match &a[0] {
        Some(v) if !vm.is_none(v) => match v.downcast::<StrData>() {
            Some(c) => Some(c.as_str().chars().collect()),
            None => return Err(vm.new_type_error(format!("{name} arg must be None or str"))),
        },
        _ => None,
    };
    let strip = |c: char| match &set {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let cs = chars(s);
    let mut b = 0;
    let mut e = cs.len();
    if left {
        while b < e && strip(cs[b]) {
            b += 1;
        }
    }
    if right {
        while e > b && strip(cs[e - 1]) {
            e -= 1;
        }
    }
    if b == 0 && e == cs.len() && s_is_exact(&args[0]) {
        return Ok(args[0].clone());
    }
    if s.has_surrogates() {
        return Ok(alloc_object(vm.types.str, s.slice(b, e)).into_value());
    }
    Ok(vm.new_string(string(&cs[b..e])))
}

fn s_is_exact(v: &Value) -> bool {
    v.downcast::<StrData>().is_some_and(|s| s.is_exact())
}

fn str_strip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, true, true)
}
fn str_lstrip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, true, false)
}
fn str_rstrip(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, false, true)
}

/// `replace` on sequences of code points or bytes.
pub fn replace_seq<T: PartialEq + Clone>(cs: &[T], old: &[T], new: &[T], count: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(cs.len());
    let mut n = 0;
    if old.is_empty() {
        let mut i = 0;
        while i <= cs.len() {
            if n < count {
                out.extend_from_slice(new);
                n += 1;
            }
            if i < cs.len() {
                out.push(cs[i].clone());
            }
            i += 1;
        }
        return out;
    }
    let mut i = 0;
    while i < cs.len() {
        if n < count && i + old.len() <= cs.len() && cs[i..i + old.len()] == *old {
            out.extend_from_slice(new);
            i += old.len();
            n += 1;
        } else {
            out.push(cs[i].clone());
            i += 1;
        }
    }
    out
}

fn str_replace(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "replace", args)?;
    let a = bind(
        vm,
        "str.replace",
        args,
        kw,
        &["old", "new", "count"],
        2,
        false,
        Style::Clinic,
    )?;
    let old = str_arg(vm, a[0].as_ref().unwrap(), |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = str_arg(vm, a[1].as_ref().unwrap(), |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let count = index_arg(vm, &a[2], -1)?;
    let count = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let e = StrData::new("");
    let (od, nd) = (str_data(a[0].as_ref(), &e), str_data(a[1].as_ref(), &e));
    if s.has_surrogates() || od.has_surrogates() || nd.has_surrogates() {
        // Lone surrogates: replace code points.
        let cps = replace_seq(
            &s.code_points(),
            &od.code_points(),
            &nd.code_points(),
            count,
        );
        return Ok(alloc_object(vm.types.str, StrData::from_code_points(&cps)).into_value());
    }
    let text = s.as_str();
    Ok(vm.new_string(if count == usize::MAX {
        text.replace(old, new)
    } else {
        text.replacen(old, new, count)
    }))
}

// ----- case mapping -----

/// Full lowercase of `s` with the final-sigma rule (CPython: lower_ucs4).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let cs: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..cs.len() {
        lower_at(&cs, i, &mut out);
    }
    out
}

/// Full uppercase of `s`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uct::push_upper(c, &mut out);
    }
    out
}

/// Full case folding of one character.
pub fn casefold_char(c: char, out: &mut String) {
    uct::push_casefold(c, out)
}

/// The full titlecase mapping of one character.
pub fn title_char(c: char, out: &mut String) {
    uct::push_title(c, out)
}

/// Whether `c` is cased (has case or is a titlecase letter).
pub fn is_cased(c: char) -> bool {
    uct::is_cased(c)
}

/// Lowercase of the character at `i` in `cs`, with the final-sigma rule: a capital sigma
/// preceded by a cased letter and not followed by one (case-ignorable characters skipped
/// both ways) becomes the final form (CPython: handle_capital_sigma).
fn lower_at(cs: &[char], i: usize, out: &mut String) {
    let c = cs[i];
    if c != 'Σ' {
        uct::push_lower(c, out);
        return;
    }
    let before = cs[..i]
        .iter()
        .rev()
        .find(|&&p| !uct::is_case_ignorable(p))
        .is_some_and(|&p| uct::is_cased(p));
    let after = cs[i + 1..]
        .iter()
        .find(|&&n| !uct::is_case_ignorable(n))
        .is_some_and(|&n| uct::is_cased(n));
    out.push(if before && !after { 'ς' } else { 'σ' });
}

fn str_lower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "lower", args)?;
    no_args(vm, "str", "lower", args, kw)?;
    Ok(alloc_object(vm.types.str, s.remap(lower(s.as_str()))).into_value())
}
fn str_upper(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "upper", args)?;
    no_args(vm, "str", "upper", args, kw)?;
    Ok(alloc_object(vm.types.str, s.remap(upper(s.as_str()))).into_value())
}
fn str_casefold(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "casefold", args)?;
    no_args(vm, "str", "casefold", args, kw)?;
    let mut out = String::new();
    for c in s.as_str().chars() {
        casefold_char(c, &mut out);
    }
    Ok(alloc_object(vm.types.str, s.remap(out)).into_value())
}
fn str_swapcase(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "swapcase", args)?;
    no_args(vm, "str", "swapcase", args, kw)?;
    let cs = chars(s);
    let mut out = String::new();
    for (i, &c) in cs.iter().enumerate() {
        if uct::is_upper(c) {
            lower_at(&cs, i, &mut out);
        } else if uct::is_lower(c) {
            uct::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(alloc_object(vm.types.str, s.remap(out)).into_value())
}
fn str_capitalize(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "capitalize", args)?;
    no_args(vm, "str", "capitalize", args, kw)?;
    let cs = chars(s);
    let mut out = String::new();
    for i in 0..cs.len() {
        if i == 0 {
            title_char(cs[0], &mut out);
        } else {
            lower_at(&cs, i, &mut out);
        }
    }
    Ok(alloc_object(vm.types.str, s.remap(out)).into_value())
}
fn str_title(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "title", args)?;
    no_args(vm, "str", "title", args, kw)?;
    let cs = chars(s);
    let mut out = String::new();
    let mut prev_cased = false;
    for i in 0..cs.len() {
        let c = cs[i];
        if prev_cased {
            lower_at(&cs, i, &mut out);
        } else {
            title_char(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(alloc_object(vm.types.str, s.remap(out)).into_value())
}

// ----- padding -----

fn fill_arg(vm: &Vm, v: &Option<Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => {
            let s = str_arg(vm, v, |t| {
                format!("The fill character must be a unicode character, not {t}")
            })?;
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => {
                    Err(vm.new_type_error("The fill character must be exactly one character long"))
                }
            }
        }
    }
}

fn pad_impl(vm: &Vm, name: &str, args: &[Value], kw: &[Value], how: u8) -> PyResult<Value> {
    let s = this(vm, name, args)?;
    let a = bind(
        vm,
        &format!("str.{name}"),
        args,
        kw,
        &["width", "fillchar"],
        1,
        false,
        Style::Clinic,
    )?;
    let width = index_arg(vm, &a[0], 0)?;
    let fill = fill_arg(vm, &a[1])?;
    let n = s.char_len();
    if width <= n as isize {
        if s_is_exact(&args[0]) {
            return Ok(args[0].clone());
        }
        return Ok(alloc_object(vm.types.str, StrData::clone(s)).into_value());
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
    let mut out = String::new();
    out.extend(std::iter::repeat(fill).take(l));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat(fill).take(r));
    Ok(alloc_object(vm.types.str, s.remap(out)).into_value())
}

fn str_center(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, "center", args, kw, b'c')
}
fn str_ljust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, "ljust", args, kw, b'l')
}
fn str_rjust(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(vm, "rjust", args, kw, b'r')
}

fn str_zfill(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "zfill", args)?;
    let w = one_arg(vm, "str", "zfill", args, kw)?;
    let width = vm.index_to_isize(w)?;
    let n = s.char_len();
    if width <= n as isize {
        return Ok(alloc_object(vm.types.str, StrData::clone(s)).into_value());
    }
    let fill = width as usize - n;
    let mut out = String::new();
    let text = s.as_str();
    let rest = if text.starts_with('+') || text.starts_with('-') {
        out.push_str(&text[..1]);
        &text[1..]
    } else {
        text
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(rest);
    Ok(alloc_object(vm.types.str, s.remap(out)).into_value())
}

fn str_expandtabs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "expandtabs", args)?;
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
    let mut out = String::new();
    let mut col: usize = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    out.extend(std::iter::repeat(' ').take(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}

fn partition_impl(vm: &Vm, name: &str, args: &[Value], kw: &[Value], rev: bool) -> PyResult<Value> {
    let s = this(vm, name, args)?;
    let sep = one_arg(vm, "str", name, args, kw)?;
    let sep = must_be_str(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let e = StrData::new("");
    let sd = str_data(args.get(1), &e);
    if s.has_surrogates() || sd.has_surrogates() {
        // Lone surrogates: search the code points.
        let (hay, needle) = (s.code_points(), sd.code_points());
        let n = hay.len();
        let new = |d: StrData| alloc_object(vm.types.str, d).into_value();
        let parts = match find_slice(&hay, &needle, 0, n, rev) {
            Some(i) => vec![
                new(s.slice(0, i)),
                args[1].clone(),
                new(s.slice(i + needle.len(), n)),
            ],
            None if rev => vec![vm.new_str(""), vm.new_str(""), new(StrData::clone(s))],
            None => vec![new(StrData::clone(s)), vm.new_str(""), vm.new_str("")],
        };
        return Ok(vm.new_tuple(parts));
    }
    let text = s.as_str();
    // A one-byte separator is ASCII, so any byte equal to it is a character boundary: a
    // byte search finds it.
    let found = match (sep.len(), rev) {
        (1, false) => text.bytes().position(|b| b == sep.as_bytes()[0]),
        (1, true) => text.bytes().rposition(|b| b == sep.as_bytes()[0]),
        (_, false) => text.find(sep),
        (_, true) => text.rfind(sep),
    };
    let parts = match found {
        Some(i) => {
            // CPython puts the separator object itself (even a subclass) in the result.
            vec![
                vm.new_str(&text[..i]),
                args[1].clone(),
                vm.new_str(&text[i + sep.len()..]),
            ]
        }
        None if rev => vec![vm.new_str(""), vm.new_str(""), vm.new_str(text)],
        None => vec![vm.new_str(text), vm.new_str(""), vm.new_str("")],
    };
    Ok(vm.new_tuple(parts))
}

fn str_partition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // One ASCII separator character found in surrogate-free text: a byte search, and the two
    // pieces made directly.
    if let Some((s, sep)) = plain_pair(args, kw) {
        if let &[b] = sep.as_str().as_bytes() {
            let text = s.as_str();
            if let Some(i) = memchr_byte(b, text.as_bytes()) {
                let parts = vec![
                    new_str_value(&text[..i]),
                    args[1].clone(),
                    new_str_value(&text[i + 1..]),
                ];
                return Ok(vm.new_tuple(parts));
            }
        }
    }
    partition_impl(vm, "partition", args, kw, false)
}

/// The first position of byte `b` in `hay`.
#[inline]
fn memchr_byte(b: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&x| x == b)
}
fn str_rpartition(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(vm, "rpartition", args, kw, true)
}

fn str_removeprefix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "removeprefix", args)?;
    let p = one_arg(vm, "str", "removeprefix", args, kw)?;
    let p = str_arg(vm, p, |t| {
        format!("removeprefix() argument must be str, not {t}")
    })?;
    Ok(vm.new_str(s.as_str().strip_prefix(p).unwrap_or(s.as_str())))
}
fn str_removesuffix(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "removesuffix", args)?;
    let p = one_arg(vm, "str", "removesuffix", args, kw)?;
    let p = str_arg(vm, p, |t| {
        format!("removesuffix() argument must be str, not {t}")
    })?;
    if p.is_empty() {
        return Ok(vm.new_str(s.as_str()));
    }
    Ok(vm.new_str(s.as_str().strip_suffix(p).unwrap_or(s.as_str())))
}

// ----- predicates -----

/// Python's `str.isdecimal` for one character (category Nd).
pub fn is_decimal(c: char) -> bool {
    uct::is_decimal(c)
}

/// The digit value of a character of category Nd.
pub fn decimal_value(c: char) -> Option<u32> {
    uct::decimal_value(c)
}

fn predicate(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    f: impl Fn(&[char]) -> bool,
) -> PyResult<Value> {
    let s = this(vm, name, args)?;
    no_args(vm, "str", name, args, kw)?;
    Ok(vm.new_bool(f(&chars(s))))
}

fn cased_test(cs: &[char], want_upper: bool) -> bool {
    let mut cased = false;
    for &c in cs {
        if want_upper {
            if uct::is_lower(c) || uct::is_title(c) {
                return false;
            }
            if uct::is_upper(c) {
                cased = true;
            }
        } else {
            if uct::is_upper(c) || uct::is_title(c) {
                return false;
            }
            if uct::is_lower(c) {
                cased = true;
            }
        }
    }
    cased
}

fn str_isupper(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isupper", args, kw, |cs| cased_test(cs, true))
}
fn str_islower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "islower", args, kw, |cs| cased_test(cs, false))
}
fn str_istitle(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "istitle", args, kw, |cs| {
        let mut cased = false;
        let mut prev = false;
        for &c in cs {
            if uct::is_upper(c) || uct::is_title(c) {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if uct::is_lower(c) {
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
fn str_isspace(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isspace", args, kw, |cs| {
        !cs.is_empty() && cs.iter().all(|&c| is_space(c))
    })
}
fn str_isalpha(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isalpha", args, kw, |cs| {
        !cs.is_empty() && cs.iter().all(|&c| uct::is_alpha(c))
    })
}
fn str_isdecimal(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isdecimal", args, kw, |cs| {
        !cs.is_empty() && cs.iter().all(|&c| is_decimal(c))
    })
}
fn str_isdigit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isdigit", args, kw, |cs| {
        !cs.is_empty() && cs.iter().all(|&c| uct::is_digit(c))
    })
}
fn str_isnumeric(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isnumeric", args, kw, |cs| {
        !cs.is_empty() && cs.iter().all(|&c| uct::is_numeric(c))
    })
}
fn str_isalnum(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isalnum", args, kw, |cs| {
        !cs.is_empty() && cs.iter().all(|&c| uct::is_alnum(c))
    })
}
fn str_isascii(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isascii", args, kw, |cs| {
        cs.iter().all(|c| c.is_ascii())
    })
}
fn str_isprintable(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // A lone surrogate (category Cs) is not printable; its stand-in U+FFFD is.
    if this(vm, "isprintable", args)?.has_surrogates() {
        no_args(vm, "str", "isprintable", args, kw)?;
        return Ok(vm.new_bool(false));
    }
    predicate(vm, "isprintable", args, kw, |cs| {
        cs.iter().all(|&c| uct::is_printable(c))
    })
}
fn str_isidentifier(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, "isidentifier", args, kw, |cs| is_identifier(cs))
}

/// `str.isidentifier`: XID_Start (or '_') followed by XID_Continue.
pub fn is_identifier(cs: &[char]) -> bool {
    match cs.first() {
        None => false,
        Some(&c) => {
            (c == '_' || uct::is_xid_start(c)) && cs[1..].iter().all(|&c| uct::is_xid_continue(c))
        }
    }
}

// ----- translate / maketrans -----

fn str_maketrans(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("maketrans() takes no keyword arguments"));
    }
    let n = args.len();
    if n == 0 {
        return Err(vm.new_type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.new_type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let d = vm.new_dict();
    if n == 1 {
        let Some(src) = args[0].downcast::<DictData>() else {
            return Err(
                vm.new_type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = if let Some(s) = k.downcast::<StrData>() {
                if s.char_len() != 1 {
                    return Err(
                        vm.new_value_error("string keys in translate table must be of length 1")
                    );
                }
                vm.new_int(s.as_str().chars().next().map_or(0, |c| c as i64))
            } else if as_int(&k).is_some() {
                k.clone()
            } else {
                return Err(
                    vm.new_type_error("keys in translate table must be strings or integers")
                );
            };
            d.set_item(vm, key, v)?;
        }
        return Ok(d.into_value());
    }
    let x = str_arg(vm, &args[0], |t| {
        format!("maketrans() argument 1 must be str, not {t}")
    })?;
    let y = str_arg(vm, &args[1], |t| {
        format!("maketrans() argument 2 must be str, not {t}")
    })?;
    let xs: Vec<char> = x.chars().collect();
    let ys: Vec<char> = y.chars().collect();
    if xs.len() != ys.len() {
        return Err(vm.new_value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xs.iter().zip(&ys) {
        d.set_item(vm, vm.new_int(*a as i64), vm.new_int(*b as i64))?;
    }
    if n == 3 {
        let z = str_arg(vm, &args[2], |t| {
            format!("maketrans() argument 3 must be str, not {t}")
        })?;
        for c in z.chars() {
            d.set_item(vm, vm.new_int(c as i64), vm.none.clone())?;
        }
    }
    Ok(d.into_value())
}

fn str_translate(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "translate", args)?;
    let table = one_arg(vm, "str", "translate", args, kw)?;
    let mut out = String::new();
    for c in s.as_str().chars() {
        let r = match vm.getitem(table, &vm.new_int(c as i64)) {
            Ok(r) => r,
            Err(e) if e.class().is_subtype(vm.types.exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if vm.is_none(&r) {
            continue;
        }
        if let Some(x) = r.downcast::<StrData>() {
            out.push_str(x.as_str());
        } else if let Some(i) = as_int(&r) {
            match i
                .to_i64()
                .filter(|&i| (0..=0x10ffff).contains(&i))
                .and_then(|i| char::from_u32(i as u32))
            {
                Some(ch) => out.push(ch),
                None => {
                    return Err(vm.new_value_error("character mapping must be in range(0x110000)"))
                }
            }
        } else {
            return Err(vm.new_type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_string(out))
}

// ----- encode -----

/// Normalises an encoding name as the codec registry does.
pub fn normalize_encoding(name: &str) -> String {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    match n.as_str() {
        "utf8" | "utf_8" | "u8" | "utf" | "cp65001" => "utf-8".into(),
        "ascii" | "us_ascii" | "646" => "ascii".into(),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso8859" => "latin-1".into(),
        "utf_16" | "utf16" => "utf-16".into(),
        "utf_16_le" | "utf_16le" => "utf-16-le".into(),
        "utf_16_be" | "utf_16be" => "utf-16-be".into(),
        "utf_32" | "utf32" => "utf-32".into(),
        "utf_32_le" | "utf_32le" => "utf-32-le".into(),
        "utf_32_be" | "utf_32be" => "utf-32-be".into(),
        "cp1252" | "windows_1252" => "cp1252".into(),
        _ => n,
    }
}

fn python_codec_name(enc: &str) -> &str {
    match enc {
        "utf-8" => "utf-8",
        "ascii" => "ascii",
        "latin-1" => "latin-1",
        _ => enc,
    }
}

/// The characters of cp1252 at 0x80..0xa0 (None where undefined). CPython: encodings/cp1252.py.
pub const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{2c6}'),
    Some('\u{2030}'),
    Some('\u{160}'),
    Some('\u{2039}'),
    Some('\u{152}'),
    None,
    Some('\u{17d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{2dc}'),
    Some('\u{2122}'),
    Some('\u{161}'),
    Some('\u{203a}'),
    Some('\u{153}'),
    None,
    Some('\u{17e}'),
    Some('\u{178}'),
];

fn cp1252_encode(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xa0..0x100).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&x| x == Some(c))
        .map(|i| 0x80 + i as u8)
}

/// `str.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = normalize_encoding(encoding);
    if !crate::codecsmodule::is_builtin_handler(errors, false) && enc != "utf-8" {
        return crate::codecsmodule::encode_with_handler(vm, s, encoding, errors);
    }
    let limit: u32 = match enc.as_str() {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 0x80,
        "latin-1" => 0x100,
        "cp1252" => 0x80,
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let mut out = Vec::new();
            let be = enc == "utf-16-be";
            if enc == "utf-16" {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let mut out = Vec::new();
            let be = enc == "utf-32-be";
            if enc == "utf-32" {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        _ => return crate::codecsmodule::encode_via_registry(vm, s, encoding, errors),
    };
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let charmap = enc == "cp1252";
    let one = |c: char| -> Option<u8> {
        if charmap {
            cp1252_encode(c)
        } else if (c as u32) < limit {
            Some(c as u32 as u8)
        } else {
            None
        }
    };
    while i < cs.len() {
        let c = cs[i];
        if let Some(b) = one(c) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < cs.len() && one(cs[j]).is_none() {
            j += 1;
        }
        match errors {
            "strict" => {
                let what = if j - i == 1 {
                    format!("character '{}' in position {i}", escape_char(c))
                } else {
                    format!("characters in position {i}-{}", j - 1)
                };
                let e = vm.new_exception_msg(
                    vm.types.exc.unicode_encode_error,
                    if charmap {
                        format!(
                            "'charmap' codec can't encode {what}: character maps to <undefined>"
                        )
                    } else {
                        format!(
                            "'{}' codec can't encode {what}: ordinal not in range({limit})",
                            python_codec_name(&enc)
                        )
                    },
                );
                let codec = if charmap {
                    "charmap"
                } else {
                    python_codec_name(&enc)
                };
                let reason = if charmap {
                    "character maps to <undefined>".to_string()
                } else {
                    format!("ordinal not in range({limit})")
                };
                crate::bytesmethods::set_unicode_error_attrs(
                    vm,
                    &e,
                    codec,
                    vm.new_str(s),
                    i,
                    j,
                    &reason,
                );
                return Err(e);
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(j - i)),
            "backslashreplace" => {
                for &c in &cs[i..j] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &cs[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &c in &cs[i..j] {
                    match unicode_names2::name(c) {
                        Some(n) => out.extend_from_slice(format!("\\N{{{n}}}").as_bytes()),
                        None => out.extend_from_slice(escape_char(c).as_bytes()),
                    }
                }
            }
            _ => {
                return Err(vm.new_exception_msg(
                    vm.types.exc.lookup_error,
                    format!("unknown error handler name '{errors}'"),
                ))
            }
        }
        i = j;
    }
    Ok(out)
}

/// `str.encode` of `s`, lone surrogates included: strings without them take `encode`; the
/// others are encoded code point by code point here for the built-in codecs, with the
/// handlers that concern surrogates (strict's "surrogates not allowed", surrogatepass,
/// surrogateescape) and the usual replacing ones. CPython: unicodeobject.c
/// unicode_encode_utf8, _PyUnicode_EncodeUTF16/32, unicode_encode_ucs1, codecs.c
/// PyCodec_SurrogatePassErrors/PyCodec_SurrogateEscapeErrors.
pub fn encode_data(vm: &Vm, s: &StrData, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if !s.has_surrogates() {
        return encode(vm, s.as_str(), encoding, errors);
    }
    let enc = normalize_encoding(encoding);
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Utf8,
        Utf16(bool),
        Utf32(bool),
        Byte(u32),
        Cp1252,
    }
    let kind = match enc.as_str() {
        "utf-8" => Kind::Utf8,
        "utf-16" | "utf-16-le" => Kind::Utf16(false),
        "utf-16-be" => Kind::Utf16(true),
        "utf-32" | "utf-32-le" => Kind::Utf32(false),
        "utf-32-be" => Kind::Utf32(true),
        "ascii" => Kind::Byte(0x80),
        "latin-1" => Kind::Byte(0x100),
        "cp1252" => Kind::Cp1252,
        // Other codecs see the text with U+FFFD in place of the surrogates.
        _ => return encode(vm, s.as_str(), encoding, errors),
    };
    let cps = s.code_points();
    let mut out = Vec::new();
    if enc == "utf-16" {
        out.extend_from_slice(&[0xff, 0xfe]);
    } else if enc == "utf-32" {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
    }
    // Appends code point `cp` in the codec's form (`raw`: a surrogate's own form, for
    // surrogatepass); false when the codec cannot encode it.
    let put = |out: &mut Vec<u8>, cp: u32, raw: bool| -> bool {
        if is_surrogate(cp) && !raw {
            return false;
        }
        match kind {
            Kind::Utf8 => match char::from_u32(cp) {
                Some(c) => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                None => out.extend_from_slice(&[
                    0xe0 | (cp >> 12) as u8,
                    0x80 | ((cp >> 6) & 0x3f) as u8,
                    0x80 | (cp & 0x3f) as u8,
                ]),
            },
            Kind::Utf16(be) => {
                let mut units = [0u16; 2];
                let units: &[u16] = match char::from_u32(cp) {
                    Some(c) => c.encode_utf16(&mut units),
                    None => {
                        units[0] = cp as u16;
                        &units[..1]
                    }
                };
                for &u in units {
                    out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
            Kind::Utf32(be) => out.extend_from_slice(&if be {
                cp.to_be_bytes()
            } else {
                cp.to_le_bytes()
            }),
            Kind::Byte(limit) => {
                if cp >= limit || raw {
                    return false;
                }
                out.push(cp as u8);
            }
            Kind::Cp1252 => match char::from_u32(cp).and_then(cp1252_encode) {
                Some(b) if !raw => out.push(b),
                _ => return false,
            },
        }
        true
    };
    let (codec, reason) = match kind {
        Kind::Utf8 | Kind::Utf16(_) | Kind::Utf32(_) => (
            python_codec_name(&enc).to_string(),
            "surrogates not allowed".to_string(),
        ),
        Kind::Byte(limit) => (
            python_codec_name(&enc).to_string(),
            format!("ordinal not in range({limit})"),
        ),
        Kind::Cp1252 => (
            "charmap".to_string(),
            "character maps to <undefined>".to_string(),
        ),
    };
    let wide = matches!(kind, Kind::Utf16(_) | Kind::Utf32(_));
    let fail = |i: usize, j: usize| -> crate::vm::PyErr {
        let what = if j - i == 1 {
            format!("character '{}' in position {i}", escape_cp(cps[i]))
        } else {
            format!("characters in position {i}-{}", j - 1)
        };
        let e = vm.new_exception_msg(
            vm.types.exc.unicode_encode_error,
            format!("'{codec}' codec can't encode {what}: {reason}"),
        );
        let obj = alloc_object(vm.types.str, s.clone()).into_value();
        crate::bytesmethods::set_unicode_error_attrs(vm, &e, &codec, obj, i, j, &reason);
        e
    };
    let mut i = 0;
    while i < cps.len() {
        if put(&mut out, cps[i], false) {
            i += 1;
            continue;
        }
        // The run of code points the codec cannot encode (one at a time for UTF-16/32).
        let mut j = i + 1;
        if !wide {
            let mut scratch = Vec::new();
            while j < cps.len() && !put(&mut scratch, cps[j], false) {
                j += 1;
            }
        }
        let run = &cps[i..j];
        let text = |f: &dyn Fn(u32) -> String| -> String { run.iter().map(|&c| f(c)).collect() };
        let replacement: String = match errors {
            "strict" => return Err(fail(i, j)),
            "surrogatepass" => {
                let utf = matches!(kind, Kind::Utf8 | Kind::Utf16(_) | Kind::Utf32(_));
                if !utf || !run.iter().all(|&c| is_surrogate(c)) {
                    return Err(fail(i, j));
                }
                for &c in run {
                    put(&mut out, c, true);
                }
                i = j;
                continue;
            }
            "surrogateescape" => {
                if wide || !run.iter().all(|&c| (0xdc80..0xdd00).contains(&c)) {
                    return Err(fail(i, j));
                }
                out.extend(run.iter().map(|&c| (c - 0xdc00) as u8));
                i = j;
                continue;
            }
            "ignore" => String::new(),
            "replace" => "?".repeat(run.len()),
            "backslashreplace" => text(&escape_cp),
            "xmlcharrefreplace" => text(&|c| format!("&#{c};")),
            "namereplace" => text(
                &|c| match char::from_u32(c).and_then(unicode_names2::name) {
                    Some(n) => format!("\\N{{{n}}}"),
                    None => escape_cp(c),
                },
            ),
            _ => return encode(vm, s.as_str(), encoding, errors),
        };
        for c in replacement.chars() {
            put(&mut out, u32::from(c), false);
        }
        i = j;
    }
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for code point `u`.
fn escape_cp(u: u32) -> String {
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

fn escape_char(c: char) -> String {
    escape_cp(c as u32)
}

fn str_encode(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "encode", args)?;
    let a = bind(
        vm,
        "encode",
        args,
        kw,
        &["encoding", "errors"],
        0,
        true,
        Style::Tuple,
    )?;
    let enc = match &a[0] {
        Some(v) => str_arg(vm, v, |t| {
            format!("encode() argument 'encoding' must be str, not {t}")
        })?,
        None => "utf-8",
    };
    let errors = match &a[1] {
        Some(v) => str_arg(vm, v, |t| {
            format!("encode() argument 'errors' must be str, not {t}")
        })?,
        None => "strict",
    };
    let b = encode_data(vm, s, enc, errors)?;
    Ok(crate::ops::new_bytes(vm, b))
}

// ----- special methods -----

fn str_len(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__len__", args)?;
    Ok(vm.new_int(s.char_len() as i64))
}

fn str_contains(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__contains__", args)?;
    let item = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    match item.downcast::<StrData>() {
        Some(i) => Ok(vm.new_bool(s.contains_data(i))),
        None => Err(vm.new_type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.class().name()
        ))),
    }
}

fn str_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let _ = this(vm, "__getitem__", args)?;
    let key = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    str_subscript(vm, &args[0], key)
}

/// `s[key]` for a str (or subclass) `s`.
pub fn str_subscript(vm: &Vm, sv: &Value, key: &Value) -> PyResult<Value> {
    let s = sv
        .downcast::<StrData>()
        .ok_or_else(|| vm.new_type_error("expected str"))?;
    if let Some(sl) = key.downcast::<crate::objects::range::SliceData>() {
        let n = s.char_len();
        let (start, _, step, len) = crate::seq::slice_indices(vm, sl, n)?;
        if s.has_surrogates() {
            let d = if step == 1 {
                let st = start.max(0) as usize;
                s.slice(st, st + len)
            } else {
                s.pick((0..len).map(|i| (start + i as isize * step) as usize))
            };
            return Ok(alloc_object(vm.types.str, d).into_value());
        }
        if step == 1 {
            let st = start.max(0) as usize;
            return Ok(vm.new_str(s.substring(st, st + len)));
        }
        let cs = chars(s);
        let out: String = (0..len)
            .map(|i| cs[(start + i as isize * step) as usize])
            .collect();
        return Ok(vm.new_string(out));
    }
    let i = match as_int(key) {
        Some(_) => vm
            .index_to_isize(key)
            .map_err(|_| vm.new_index_error("cannot fit 'int' into an index-sized integer"))?,
        None => {
            if key.class().lookup(&vm.names.__index__).is_some() {
                vm.index_to_isize(key)?
            } else {
                return Err(vm.new_type_error(format!(
                    "string indices must be integers, not '{}'",
                    key.class().name()
                )));
            }
        }
    };
    let n = s.char_len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("string index out of range"));
    }
    match s.item(j as usize) {
        Some(d) => Ok(alloc_object(vm.types.str, d).into_value()),
        None => Err(vm.new_index_error("string index out of range")),
    }
}

fn str_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__iter__", args)?;
    Ok(alloc_object(
        crate::objects::iter::str_iter_type(vm, s),
        crate::objects::iter::SeqIterData::new(args[0].clone()),
    )
    .into_value())
}

fn str_add(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__add__", args)?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    match o.downcast::<StrData>() {
        Some(o) => {
            let mut r = String::with_capacity(s.as_str().len() + o.as_str().len());
            r.push_str(s.as_str());
            r.push_str(o.as_str());
            Ok(vm.new_string(r))
        }
        None => Err(vm.new_type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            o.class().name()
        ))),
    }
}

fn str_mul(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__mul__", args)?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    if as_int(o).is_none() && o.class().lookup(&vm.names.__index__).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = vm.index_to_isize(o)?;
    repeat(vm, s, n.max(0) as usize)
}

/// `s * n` (`str.__mul__` and the loop's own `str * int`): OverflowError when the length
/// would not fit a Py_ssize_t, MemoryError when it cannot be allocated.
pub fn repeat(vm: &Vm, s: &StrData, n: usize) -> PyResult<Value> {
    if s.has_surrogates() {
        if s.as_str()
            .len()
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize)
        {
            return Err(
                vm.new_exception_msg(vm.types.exc.overflow_error, "repeated string is too long")
            );
        }
        let mut b = crate::objects::str::StrBuilder::new();
        for _ in 0..n {
            b.push_data(s);
        }
        return Ok(alloc_object(vm.types.str, b.finish()).into_value());
    }
    Ok(vm.new_string(crate::objects::list::repeated_str(vm, s.as_str(), n)?))
}

fn str_mod(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__mod__", args)?;
    let o = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    crate::format::percent_format_data(vm, s.as_str(), o)
        .map(|r| alloc_object(vm.types.str, r).into_value())
}

fn str_rmod(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.not_implemented.clone())
}

fn str_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__hash__", args)?;
    Ok(vm.new_int(s.hash_value()))
}

fn str_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__str__", args)?;
    if s_is_exact(&args[0]) {
        return Ok(args[0].clone());
    }
    Ok(alloc_object(vm.types.str, StrData::clone(s)).into_value())
}

fn str_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__repr__", args)?;
    Ok(vm.new_string(s.repr()))
}

fn str_getnewargs(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "__getnewargs__", args)?;
    Ok(vm.new_tuple(vec![vm.new_str(s.as_str())]))
}

fn str_format_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "format", args)?;
    let npos = args.len() - 1 - kw.len();
    let pos = &args[1..1 + npos];
    let kwargs: Vec<(Value, Value)> = kw
        .iter()
        .cloned()
        .zip(args[1 + npos..].iter().cloned())
        .collect();
    crate::format::str_format_data(vm, s.as_str(), pos, &crate::format::FormatKw::List(kwargs))
        .map(|r| alloc_object(vm.types.str, r).into_value())
}

fn str_format_map(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = this(vm, "format_map", args)?;
    let m = one_arg(vm, "str", "format_map", args, kw)?;
    crate::format::str_format_data(
        vm,
        s.as_str(),
        &[],
        &crate::format::FormatKw::Mapping(m.clone()),
    )
    .map(|r| alloc_object(vm.types.str, r).into_value())
}

fn str_dunder_format(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let _ = this(vm, "__format__", args)?;
    let spec = one_arg(vm, "str", "__format__", args, kw)?;
    let spec = str_arg(vm, spec, |t| {
        format!("__format__() argument must be str, not {t}")
    })?;
    if spec.is_empty() {
        // CPython: formatter_unicode.c format_obj (an empty spec gives str(self)).
        return vm.str_value(&args[0]);
    }
    let s = args[0]
        .downcast::<StrData>()
        .map(|s| StrData::clone(s))
        .unwrap_or_else(|| StrData::new(""));
    let v = alloc_object(vm.types.str, s).into_value();
    match crate::format::native_format(vm, &v, spec)? {
        Some(r) => match v.downcast::<StrData>().filter(|s| s.has_surrogates()) {
            Some(s) => Ok(alloc_object(vm.types.str, s.remap(r)).into_value()),
            None => Ok(vm.new_string(r)),
        },
        None => Ok(v),
    }
}

/// `str(object='', encoding=..., errors=...)`.
pub fn str_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = match args
        .first()
        .and_then(|c| c.downcast::<crate::typeobject::TypeData>())
    {
        Some(c) => c,
        None => return Err(vm.new_type_error("str.__new__(X): X is not a type object")),
    };
    let a = bind(
        vm,
        "str",
        args,
        kw,
        &["object", "encoding", "errors"],
        0,
        true,
        Style::Tuple,
    )?;
    let s = match (&a[0], a[1].is_some() || a[2].is_some()) {
        (None, false) => StrData::new(""),
        (Some(x), false) => {
            let v = vm.str_value(x)?;
            if std::ptr::eq(cls, vm.types.str) {
                return Ok(v);
            }
            v.downcast::<StrData>()
                .map(|s| StrData::clone(s))
                .unwrap_or_else(|| StrData::new(""))
        }
        (obj, true) => {
            let enc = match &a[1] {
                Some(v) => str_arg(vm, v, |t| {
                    format!("str() argument 'encoding' must be str, not {t}")
                })?,
                None => "utf-8",
            };
            let errors = match &a[2] {
                Some(v) => str_arg(vm, v, |t| {
                    format!("str() argument 'errors' must be str, not {t}")
                })?,
                None => "strict",
            };
            match obj {
                None => StrData::new(""),
                Some(o) => {
                    if o.downcast::<StrData>().is_some() {
                        return Err(vm.new_type_error("decoding str is not supported"));
                    }
                    match crate::bytesmethods::bytes_like(o) {
                        Some(b) => crate::bytesmethods::decode_data(vm, &b, enc, errors)?,
                        None => {
                            return Err(vm.new_type_error(format!(
                                "decoding to str: need a bytes-like object, {} found",
                                o.class().name()
                            )))
                        }
                    }
                }
            }
        }
    };
    Ok(alloc_object(cls, s).into_value())
}

/// Fills `str`'s dict.
pub fn init(vm: &Vm) {
    let t = vm.types.str;
    let meths: &[(&'static str, NativeFn)] = &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("lower", str_lower),
        ("upper", str_upper),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isspace", str_isspace),
        ("isalpha", str_isalpha),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isalnum", str_isalnum),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("isidentifier", str_isidentifier),
        ("translate", str_translate),
        ("encode", str_encode),
        ("format", str_format_m),
        ("format_map", str_format_map),
        ("__format__", str_dunder_format),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__iter__", str_iter),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__hash__", str_hash),
        ("__str__", str_str),
        ("__repr__", str_repr),
        ("__getnewargs__", str_getnewargs),
    ];
    for (name, f) in meths {
        add_method(vm, t, name, *f);
    }
    crate::number::add_comparisons(vm, t);
    add_builtin_staticmethod(vm, t, "maketrans", str_maketrans);
}
