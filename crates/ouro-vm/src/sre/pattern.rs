//! `re.Pattern` (a compiled regular expression: `match`, `fullmatch`, `search`, `findall`,
//! `finditer`, `sub`, `subn`, `split`, `scanner` and its attributes) and the scanner that
//! `finditer` iterates with. CPython: Modules/_sre/sre.c (`pattern_*`, `scanner_*`).

use std::cell::Cell;

use crate::object::{alloc_object, Payload, Value};
use crate::objects::builtin::add_method;
use crate::objects::descr::add_getset;
use crate::objects::dict::DictData;
use crate::objects::iter::CallableIterData;
use crate::vm::{PyResult, Vm};

use super::constants::*;
use super::engine::{Found, Mode};
use super::matchobj::{expand_template, new_match, TemplateData};
use super::{bind, clamp_index, run, SreTypes, Subject};

pub struct PatternData {
    /// The source pattern (`str`, `bytes` or None).
    pub pattern: Value,
    pub flags: i64,
    pub code: Vec<u32>,
    /// The number of capturing groups.
    pub groups: usize,
    pub groupindex: Value,
    pub indexgroup: Value,
    /// 1 for a bytes pattern, 0 for a str one, -1 when the pattern is None.
    pub is_bytes: i8,
}

impl Payload for PatternData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.groupindex);
        visit(&self.indexgroup);
    }
}

pub struct ScannerData {
    pub pattern: Value,
    pub string: Value,
    /// Where the next attempt starts; None once the scanner is exhausted.
    pub start: Cell<Option<usize>>,
    pub pos: usize,
    pub endpos: usize,
    pub must_advance: Cell<bool>,
}

impl Payload for ScannerData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.string);
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a crate::object::Obj<PatternData>> {
    args.first()
        .and_then(|v| v.downcast::<PatternData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 're.Pattern' object"))
}

fn pat_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::Obj<PatternData>> {
    v.downcast::<PatternData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 're.Pattern' object"))
}

/// Checks that the subject's kind agrees with the pattern's (CPython `state_init`).
pub fn subject_for(vm: &Vm, p: &PatternData, string: &Value) -> PyResult<Subject> {
    let s = Subject::new(vm, string)?;
    if s.is_bytes && p.is_bytes == 0 {
        return Err(vm.new_type_error("cannot use a string pattern on a bytes-like object"));
    }
    if !s.is_bytes && p.is_bytes > 0 {
        return Err(vm.new_type_error("cannot use a bytes pattern on a string-like object"));
    }
    Ok(s)
}

/// Binds `(string, pos=0, endpos=sys.maxsize)`.
fn string_pos_endpos(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
) -> PyResult<(Subject, usize, usize)> {
    let p = this(vm, args)?;
    let a = bind(vm, name, args, kw, &["string", "pos", "endpos"], 1)?;
    let string = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let s = subject_for(vm, p, &string)?;
    let pos = clamp_index(vm, a[1].as_ref(), 0, s.len)?;
    let endpos = clamp_index(vm, a[2].as_ref(), usize::MAX, s.len)?;
    Ok((s, pos, endpos))
}

fn do_match(vm: &Vm, args: &[Value], kw: &[Value], name: &str, mode: Mode) -> PyResult<Value> {
    let (s, pos, endpos) = string_pos_endpos(vm, name, args, kw)?;
    let p = this(vm, args)?;
    let found = run(vm, &p.code, p.groups, &s, pos, endpos, mode, false)?;
    Ok(match found {
        Some(f) => new_match(vm, &args[0], &s.value, pos, endpos, f),
        None => vm.none.clone(),
    })
}

fn pattern_match(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_match(vm, args, kw, "match", Mode::Match)
}

fn pattern_fullmatch(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_match(vm, args, kw, "fullmatch", Mode::FullMatch)
}

fn pattern_search(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_match(vm, args, kw, "search", Mode::Search)
}

/// The value of group `g` (1-based) of a found match, or `default` when it did not match.
fn found_group(vm: &Vm, s: &Subject, f: &Found, g: usize, default: &Value) -> Value {
    match f.spans.get(g - 1) {
        Some(&(a, b)) if a >= 0 && b >= 0 => s.slice(vm, a as usize, b as usize),
        _ => default.clone(),
    }
}

fn pattern_findall(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, pos, endpos) = string_pos_endpos(vm, "findall", args, kw)?;
    let p = this(vm, args)?;
    let empty = s.slice(vm, 0, 0);
    let mut out = Vec::new();
    let mut start = pos;
    let mut must_advance = false;
    loop {
        let Some(f) = run(
            vm,
            &p.code,
            p.groups,
            &s,
            start,
            endpos,
            Mode::Search,
            must_advance,
        )?
        else {
            break;
        };
        let item = match p.groups {
            0 => s.slice(vm, f.start, f.end),
            1 => found_group(vm, &s, &f, 1, &empty),
            n => vm.new_tuple(
                (1..=n)
                    .map(|g| found_group(vm, &s, &f, g, &empty))
                    .collect(),
            ),
        };
        out.push(item);
        must_advance = f.end == f.start;
        start = f.end;
        if start > endpos.min(s.len) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn new_scanner(vm: &Vm, t: &SreTypes, args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let (s, pos, endpos) = string_pos_endpos(vm, name, args, kw)?;
    Ok(alloc_object(
        t.scanner,
        ScannerData {
            pattern: args[0].clone(),
            string: s.value.clone(),
            start: Cell::new(Some(pos)),
            pos,
            endpos,
            must_advance: Cell::new(false),
        },
    )
    .into_value())
}

fn pattern_scanner(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = super::sre_types(vm);
    new_scanner(vm, t, args, kw, "scanner")
}

fn pattern_finditer(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = super::sre_types(vm);
    let sc = new_scanner(vm, t, args, kw, "finditer")?;
    let search = vm.getattr_str(&sc, "search")?;
    Ok(alloc_object(
        vm.types.callable_iterator,
        CallableIterData {
            callable: std::cell::RefCell::new(Some(search)),
            sentinel: vm.none.clone(),
        },
    )
    .into_value())
}

fn pattern_split(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, args)?;
    let a = bind(vm, "split", args, kw, &["string", "maxsplit"], 1)?;
    let string = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let s = subject_for(vm, p, &string)?;
    let maxsplit = match &a[1] {
        Some(v) => vm.index_to_isize(v)?,
        None => 0,
    };
    let mut out = Vec::new();
    let mut last = 0usize;
    let mut start = 0usize;
    let mut n = 0isize;
    let mut must_advance = false;
    while maxsplit == 0 || n < maxsplit {
        let Some(f) = run(
            vm,
            &p.code,
            p.groups,
            &s,
            start,
            s.len,
            Mode::Search,
            must_advance,
        )?
        else {
            break;
        };
        out.push(s.slice(vm, last, f.start));
        for g in 1..=p.groups {
            out.push(found_group(vm, &s, &f, g, &vm.none));
        }
        n += 1;
        must_advance = f.end == f.start;
        last = f.end;
        start = f.end;
    }
    out.push(s.slice(vm, last, s.len));
    Ok(vm.new_list(out))
}

/// What `sub` puts in place of each match.
enum Filter {
    Literal(Value),
    Template(Value),
    Callable(Value),
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    v.downcast::<crate::objects::function::FunctionData>()
        .is_some()
        || v.downcast::<crate::objects::builtin::BuiltinFunctionData>()
            .is_some()
        || v.downcast::<crate::typeobject::TypeData>().is_some()
        || v.downcast::<crate::objects::function::BoundMethodData>()
            .is_some()
        || v.class().lookup(&vm.names.__call__).is_some()
}

/// `re._compile_template(pattern, repl)` (cached in `re`).
fn compile_template(vm: &Vm, pattern: &Value, repl: &Value) -> PyResult<Value> {
    let re = crate::import::import_module(vm, "re")?;
    let f = vm.getattr_str(&re, "_compile_template")?;
    vm.call(&f, &[pattern.clone(), repl.clone()], &[])
}

/// Joins the pieces of a result with an empty str or bytes.
pub fn join(vm: &Vm, is_bytes: bool, pieces: Vec<Value>) -> PyResult<Value> {
    let empty = if is_bytes {
        crate::ops::new_bytes(vm, Vec::new())
    } else {
        vm.new_str("")
    };
    let list = vm.new_list(pieces);
    vm.call_method(&empty, &vm.intern("join"), &[list])
}

fn subx(vm: &Vm, args: &[Value], kw: &[Value], name: &str, subn: bool) -> PyResult<Value> {
    let p = this(vm, args)?;
    let a = bind(vm, name, args, kw, &["repl", "string", "count"], 2)?;
    let repl = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let string = a[1].clone().unwrap_or_else(|| vm.none.clone());
    let count = match &a[2] {
        Some(v) => vm.index_to_isize(v)?,
        None => 0,
    };
    let filter = if is_callable(vm, &repl) {
        Filter::Callable(repl)
    } else {
        let literal = match Subject::new(vm, &repl) {
            Ok(rs) => match rs.text() {
                super::Text::Narrow(t) => !t.contains(&b'\\'),
                super::Text::Wide(t) => !t.contains(&(b'\\' as u32)),
            },
            Err(_) => false,
        };
        if literal {
            Filter::Literal(repl)
        } else {
            let t = compile_template(vm, &args[0], &repl)?;
            match t.downcast::<TemplateData>() {
                Some(td) if td.chunks.is_empty() => Filter::Literal(td.literal.clone()),
                _ => Filter::Template(t),
            }
        }
    };
    let s = subject_for(vm, p, &string)?;
    let mut out = Vec::new();
    let mut i = 0usize;
    let mut n = 0isize;
    let mut start = 0usize;
    let mut must_advance = false;
    while count == 0 || n < count {
        let Some(f) = run(
            vm,
            &p.code,
            p.groups,
            &s,
            start,
            s.len,
            Mode::Search,
            must_advance,
        )?
        else {
            break;
        };
        let (b, e) = (f.start, f.end);
        if i < b {
            out.push(s.slice(vm, i, b));
        }
        match &filter {
            Filter::Literal(v) => {
                if !vm.is_none(v) {
                    out.push(v.clone());
                }
            }
            Filter::Template(t) => {
                let m = new_match(vm, &args[0], &s.value, 0, s.len, f);
                let item = expand_template(vm, t, &m)?;
                out.push(item);
            }
            Filter::Callable(c) => {
                let m = new_match(vm, &args[0], &s.value, 0, s.len, f);
                let item = vm.call(c, &[m], &[])?;
                if !vm.is_none(&item) {
                    out.push(item);
                }
            }
        }
        i = e;
        n += 1;
        must_advance = e == b;
        start = e;
    }
    if i < s.len {
        out.push(s.slice(vm, i, s.len));
    }
    let joined = join(vm, s.is_bytes, out)?;
    if subn {
        Ok(vm.new_tuple(vec![joined, vm.new_int(n as i64)]))
    } else {
        Ok(joined)
    }
}

fn pattern_sub(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    subx(vm, args, kw, "sub", false)
}

fn pattern_subn(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    subx(vm, args, kw, "subn", true)
}

/// `repr(x)` cut to `n` characters, as C's `%.<n>R`.
pub fn repr_cut(vm: &Vm, v: &Value, n: usize) -> PyResult<String> {
    let r = vm.repr(v)?;
    Ok(r.chars().take(n).collect())
}

fn pattern_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, args)?;
    let mut flags = p.flags;
    if p.is_bytes == 0 && flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII) == FLAG_UNICODE {
        flags &= !FLAG_UNICODE;
    }
    let mut items: Vec<String> = Vec::new();
    for (name, v) in FLAG_NAMES {
        if flags & v != 0 {
            items.push(name.to_string());
            flags &= !v;
        }
    }
    if flags != 0 {
        items.push(format!("0x{flags:x}"));
    }
    let pr = repr_cut(vm, &p.pattern, 200)?;
    Ok(vm.new_string(if items.is_empty() {
        format!("re.compile({pr})")
    } else {
        format!("re.compile({pr}, {})", items.join("|"))
    }))
}

fn pattern_eq_impl(vm: &Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let p = this(vm, args)?;
    let Some(o) = args.get(1).and_then(|v| v.downcast::<PatternData>()) else {
        return Ok(None);
    };
    if args[0].is(&args[1]) {
        return Ok(Some(true));
    }
    if p.flags != o.flags || p.is_bytes != o.is_bytes || p.code != o.code {
        return Ok(Some(false));
    }
    Ok(Some(vm.eq_bool(&p.pattern, &o.pattern)?))
}

fn pattern_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match pattern_eq_impl(vm, args)? {
        Some(b) => vm.new_bool(b),
        None => vm.types.not_implemented_value.clone(),
    })
}

fn pattern_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match pattern_eq_impl(vm, args)? {
        Some(b) => vm.new_bool(!b),
        None => vm.types.not_implemented_value.clone(),
    })
}

fn pattern_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, args)?;
    let mut h = vm.hash(&p.pattern)?;
    let mut ch: i64 = 0x345678;
    for &w in &p.code {
        ch = ch.wrapping_mul(1000003) ^ w as i64;
    }
    h ^= ch;
    h ^= p.flags;
    h ^= p.is_bytes as i64;
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}

fn pattern_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, args)?;
    Ok(args[0].clone())
}

fn get_pattern(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(pat_of(vm, v)?.pattern.clone())
}

fn get_flags(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(pat_of(vm, v)?.flags))
}

fn get_groups(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(pat_of(vm, v)?.groups as i64))
}

fn get_groupindex(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = pat_of(vm, v)?;
    let d = vm.new_dict();
    if let Some(src) = p.groupindex.downcast::<DictData>() {
        for (k, val) in src.items() {
            d.set_item(vm, k, val)?;
        }
    }
    Ok(d.into_value())
}

// ----- the scanner -----

fn scanner_of<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a crate::object::Obj<ScannerData>> {
    args.first()
        .and_then(|v| v.downcast::<ScannerData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_sre.SRE_Scanner' object"))
}

fn scanner_step(vm: &Vm, args: &[Value], mode: Mode) -> PyResult<Value> {
    let sc = scanner_of(vm, args)?;
    let Some(start) = sc.start.get() else {
        return Ok(vm.none.clone());
    };
    let p = pat_of(vm, &sc.pattern)?;
    let s = Subject::new(vm, &sc.string)?;
    let found = run(
        vm,
        &p.code,
        p.groups,
        &s,
        start,
        sc.endpos,
        mode,
        sc.must_advance.get(),
    )?;
    match found {
        None => {
            sc.start.set(None);
            Ok(vm.none.clone())
        }
        Some(f) => {
            sc.must_advance.set(f.end == f.start);
            sc.start.set(Some(f.end));
            Ok(new_match(vm, &sc.pattern, &sc.string, sc.pos, sc.endpos, f))
        }
    }
}

fn scanner_match(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    scanner_step(vm, args, Mode::Match)
}

fn scanner_search(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    scanner_step(vm, args, Mode::Search)
}

fn scanner_pattern(vm: &Vm, v: &Value) -> PyResult<Value> {
    v.downcast::<ScannerData>()
        .map(|s| s.pattern.clone())
        .ok_or_else(|| vm.new_type_error("expected a scanner"))
}

pub fn init(vm: &Vm, t: &SreTypes) {
    let ty = t.pattern;
    for (name, f) in [
        ("match", pattern_match as crate::objects::builtin::NativeFn),
        ("fullmatch", pattern_fullmatch),
        ("search", pattern_search),
        ("findall", pattern_findall),
        ("finditer", pattern_finditer),
        ("scanner", pattern_scanner),
        ("split", pattern_split),
        ("sub", pattern_sub),
        ("subn", pattern_subn),
        ("__repr__", pattern_repr),
        ("__eq__", pattern_eq),
        ("__ne__", pattern_ne),
        ("__hash__", pattern_hash),
        ("__copy__", pattern_copy),
        ("__deepcopy__", pattern_copy),
    ] {
        add_method(vm, ty, name, f);
    }
    add_getset(vm, ty, "pattern", get_pattern, None);
    add_getset(vm, ty, "flags", get_flags, None);
    add_getset(vm, ty, "groups", get_groups, None);
    add_getset(vm, ty, "groupindex", get_groupindex, None);
    add_method(vm, t.scanner, "match", scanner_match);
    add_method(vm, t.scanner, "search", scanner_search);
    add_getset(vm, t.scanner, "pattern", scanner_pattern, None);
}
