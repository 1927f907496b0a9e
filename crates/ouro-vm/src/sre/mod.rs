//! The `_sre` module, the regular expression engine under the pure-Python `re` package:
//! `compile` (which makes a `re.Pattern` from the code words `re._compiler` produces),
//! `template`, the case helpers and the constants. `engine.rs` runs the code, `pattern.rs`
//! owns `re.Pattern` and the scanner, `matchobj.rs` owns `re.Match` and the replacement
//! templates. CPython: Modules/_sre/sre.c.

pub mod constants;
pub mod engine;
pub mod matchobj;
pub mod pattern;
pub mod validate;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::int::as_int;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

use constants::*;

/// The types `_sre` makes (once per interpreter thread).
pub struct SreTypes {
    pub pattern: StaticType,
    pub match_: StaticType,
    pub scanner: StaticType,
    pub template: StaticType,
}

thread_local! {
    static SRE_TYPES: Cell<Option<&'static SreTypes>> = const { Cell::new(None) };
    /// The code points of the last non-ASCII string searched, so that repeated matches on one
    /// long string (a tokenizer's `pattern.match(s, pos)`) do not decode it every time.
    static LAST_WIDE: RefCell<Option<(Value, Rc<[u32]>)>> = const { RefCell::new(None) };
}

/// The `_sre` types, made and filled on first use.
pub fn sre_types(vm: &Vm) -> &'static SreTypes {
    if let Some(t) = SRE_TYPES.with(|t| t.get()) {
        return t;
    }
    use crate::object::layout_flags::HAS_GC;
    let t: &'static SreTypes = Box::leak(Box::new(SreTypes {
        pattern: crate::types::make_builtin_type::<pattern::PatternData>("Pattern", HAS_GC),
        match_: crate::types::make_builtin_type::<matchobj::MatchData>("Match", HAS_GC),
        scanner: crate::types::make_builtin_type::<pattern::ScannerData>("SRE_Scanner", HAS_GC),
        template: crate::types::make_builtin_type::<matchobj::TemplateData>("SRE_Template", HAS_GC),
    }));
    SRE_TYPES.with(|c| c.set(Some(t)));
    // CPython's `tp_name`s are dotted ("re.Pattern"): error messages show the full name,
    // `__name__`/`__qualname__` the last part and `__module__` the first.
    for (ty, module) in [
        (t.pattern, "re"),
        (t.match_, "re"),
        (t.scanner, "_sre"),
        (t.template, "_sre"),
    ] {
        ty.dict
            .set_str(vm, &vm.names.__module__, vm.new_str(module));
        let short = ty.name();
        *ty.name.borrow_mut() = std::rc::Rc::from(format!("{module}.{short}").as_str());
    }
    for ty in [t.pattern, t.match_, t.scanner, t.template] {
        crate::objects::builtin::add_staticmethod(vm, ty, "__new__", no_new);
    }
    for ty in [t.pattern, t.match_] {
        crate::objects::builtin::add_classmethod(vm, ty, "__class_getitem__", class_getitem);
    }
    pattern::init(vm, t);
    matchobj::init(vm, t);
    t
}

/// `__new__` of the `_sre` types: they are made only by `_sre` itself.
fn no_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(|t| t.downcast::<crate::typeobject::TypeData>())
        .map(|t| t.name().to_string())
        .unwrap_or_default();
    Err(vm.new_type_error(format!("cannot create '{name}' instances")))
}

/// `re.Pattern[str]`, `re.Match[bytes]`: a `types.GenericAlias`.
fn class_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [cls, item] = args else {
        return Err(vm.new_type_error("__class_getitem__ expects one argument"));
    };
    let types = crate::import::import_module(vm, "types")?;
    let ga = vm.getattr_str(&types, "GenericAlias")?;
    vm.call(&ga, &[cls.clone(), item.clone()], &[])
}

// ----- subjects -----

/// The text a pattern runs over: bytes or code points.
pub enum Text<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

enum Kind {
    /// An ASCII `str` or a `bytes`: its bytes are the characters.
    Narrow,
    /// A mutable buffer, copied so that Python code may run while it is in use.
    Copied(Vec<u8>),
    Wide(Rc<[u32]>),
}

/// The code points of a non-ASCII string, decoded once for the last string asked about.
fn wide_of(v: &Value, s: &StrData) -> Rc<[u32]> {
    let cached = LAST_WIDE.with(|c| {
        c.borrow()
            .as_ref()
            .filter(|(k, _)| k.is(v))
            .map(|(_, w)| w.clone())
    });
    match cached {
        Some(w) => w,
        None => {
            let w: Rc<[u32]> = s.as_str().chars().map(|c| c as u32).collect();
            let old = LAST_WIDE.with(|c| c.replace(Some((v.clone(), w.clone()))));
            drop(old);
            w
        }
    }
}

fn wide_slice(vm: &Vm, w: &[u32], start: usize, end: usize) -> Value {
    let (a, b) = (start.min(w.len()), end.min(w.len()));
    vm.new_string(
        w[a..b.max(a)]
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect(),
    )
}

/// A string or bytes-like object being searched (CPython `getstring`).
pub struct Subject {
    pub value: Value,
    pub is_bytes: bool,
    pub len: usize,
    kind: Kind,
}

impl Subject {
    pub fn new(vm: &Vm, v: &Value) -> PyResult<Subject> {
        if let Some(s) = v.downcast::<StrData>() {
            let len = s.char_len();
            let kind = if s.is_ascii() {
                Kind::Narrow
            } else {
                Kind::Wide(wide_of(v, s))
            };
            return Ok(Subject {
                value: v.clone(),
                is_bytes: false,
                len,
                kind,
            });
        }
        if let Some(b) = v.downcast::<BytesData>() {
            return Ok(Subject {
                value: v.clone(),
                is_bytes: true,
                len: b.0.len(),
                kind: Kind::Narrow,
            });
        }
        if let Some(b) = v.downcast::<ByteArrayData>() {
            let data = b.0.borrow().clone();
            return Ok(Subject {
                value: v.clone(),
                is_bytes: true,
                len: data.len(),
                kind: Kind::Copied(data),
            });
        }
        Err(vm.new_type_error(format!(
            "expected string or bytes-like object, got '{}'",
            v.class().name()
        )))
    }

    pub fn text(&self) -> Text<'_> {
        match &self.kind {
            Kind::Narrow => {
                if let Some(s) = self.value.downcast::<StrData>() {
                    Text::Narrow(s.as_str().as_bytes())
                } else if let Some(b) = self.value.downcast::<BytesData>() {
                    Text::Narrow(&b.0)
                } else {
                    Text::Narrow(&[])
                }
            }
            Kind::Copied(v) => Text::Narrow(v),
            Kind::Wide(w) => Text::Wide(w),
        }
    }

    /// The characters `start..end` as a new `str` or `bytes` (CPython `getslice`).
    pub fn slice(&self, vm: &Vm, start: usize, end: usize) -> Value {
        match &self.kind {
            Kind::Wide(w) if !(start == 0 && end >= w.len()) => wide_slice(vm, w, start, end),
            _ => slice_of(vm, &self.value, start, end),
        }
    }
}

/// Characters `start..end` of a subject value: a `str` for text, `bytes` for bytes-like.
pub fn slice_of(vm: &Vm, v: &Value, start: usize, end: usize) -> Value {
    let end = end.max(start);
    if let Some(s) = v.downcast::<StrData>() {
        let n = s.char_len();
        let (a, b) = (start.min(n), end.min(n));
        if a == 0 && b == n && s.is_exact() {
            return v.clone();
        }
        if !s.is_ascii() {
            // Slicing UTF-8 by code points scans from the start: use the decoded form.
            return wide_slice(vm, &wide_of(v, s), a, b);
        }
        return vm.new_str(s.substring(a, b));
    }
    if let Some(b) = v.downcast::<BytesData>() {
        let n = b.0.len();
        let (a, e) = (start.min(n), end.min(n));
        if a == 0 && e == n && std::ptr::eq(v.class(), vm.types.bytes) {
            return v.clone();
        }
        return crate::ops::new_bytes(vm, b.0[a..e].to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        let data = b.0.borrow();
        let n = data.len();
        let (a, e) = (start.min(n), end.min(n));
        return crate::ops::new_bytes(vm, data[a..e].to_vec());
    }
    vm.none.clone()
}

/// Runs `code` over a subject between `pos` and `endpos`.
pub fn run(
    vm: &Vm,
    code: &[u32],
    groups: usize,
    subject: &Subject,
    pos: usize,
    endpos: usize,
    mode: engine::Mode,
    must_advance: bool,
) -> PyResult<Option<engine::Found>> {
    let r = match subject.text() {
        Text::Narrow(t) => {
            let mut st = engine::State::new(code, t, pos, endpos);
            st.must_advance = must_advance;
            st.run(mode, groups)
        }
        Text::Wide(t) => {
            let mut st = engine::State::new(code, t, pos, endpos);
            st.must_advance = must_advance;
            st.run(mode, groups)
        }
    };
    r.map_err(|_| vm.new_runtime_error("internal error in regular expression engine"))
}

// ----- argument helpers -----

/// A Py_ssize_t argument clamped into `0..=len`.
pub fn clamp_index(vm: &Vm, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    match v {
        None => Ok(default.min(len)),
        Some(v) => {
            let i = vm.index_to_isize(v).or_else(|e| {
                if e.as_value().class().is_subtype(vm.types.exc.overflow_error) {
                    Ok(isize::MAX)
                } else {
                    Err(e)
                }
            })?;
            Ok(if i < 0 { 0 } else { (i as usize).min(len) })
        }
    }
}

/// Binds a method's arguments (after `self`) to parameter names that may also be given by
/// keyword, with Argument Clinic's messages.
pub fn bind(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    params: &[&str],
    min: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len().saturating_sub(1 + kw.len());
    let max = params.len();
    if npos > max {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most {max} argument{} ({npos} given)",
            if max == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (slot, v) in out.iter_mut().zip(&args[1..1 + npos]) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw.iter().zip(&args[1 + npos..]) {
        let k = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
        match params.iter().position(|p| *p == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.new_type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(
                    vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(min) {
        if slot.is_none() {
            return Err(vm.new_type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Binds positional-only parameters (Argument Clinic's `/` methods).
pub fn bind_positional(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    max: usize,
) -> PyResult<Vec<Option<Value>>> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() > max {
        return Err(vm.new_type_error(format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    let mut out: Vec<Option<Value>> = rest.iter().cloned().map(Some).collect();
    out.resize(max, None);
    Ok(out)
}

/// Binds a module function's arguments (there is no `self`).
fn bind_fn(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    params: &[&str],
    min: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(vm.none.clone());
    all.extend_from_slice(args);
    bind(vm, name, &all, kw, params, min)
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v).and_then(|i| i.to_i64()) {
        Some(i) => Ok(i),
        None => Ok(vm.index_to_isize(v)? as i64),
    }
}

fn char_arg(vm: &Vm, v: &Value) -> PyResult<u32> {
    let i = int_arg(vm, v)?;
    Ok(i as u32)
}

// ----- module functions -----

fn sre_getcodesize(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(CODESIZE))
}

fn one(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_fn(vm, name, args, kw, &["character"], 1)?;
    Ok(a[0].clone().unwrap_or_else(|| vm.none.clone()))
}

fn sre_ascii_iscased(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ch = char_arg(vm, &one(vm, "ascii_iscased", args, kw)?)?;
    Ok(vm.new_bool(ch < 128 && (ch as u8).is_ascii_alphabetic()))
}

fn sre_unicode_iscased(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ch = char_arg(vm, &one(vm, "unicode_iscased", args, kw)?)?;
    Ok(vm.new_bool(ch != engine::lower_unicode(ch) || ch != engine::upper_unicode(ch)))
}

fn sre_ascii_tolower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ch = char_arg(vm, &one(vm, "ascii_tolower", args, kw)?)?;
    Ok(vm.new_int(engine::lower_ascii(ch) as i64))
}

fn sre_unicode_tolower(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ch = char_arg(vm, &one(vm, "unicode_tolower", args, kw)?)?;
    Ok(vm.new_int(engine::lower_unicode(ch) as i64))
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn sre_compile(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_fn(
        vm,
        "compile",
        args,
        kw,
        &[
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        6,
    )?;
    let get = |i: usize| a[i].clone().unwrap_or_else(|| vm.none.clone());
    let pattern_v = get(0);
    let flags = int_arg(vm, &get(1))?;
    let code_v = get(2);
    let Some(code_list) = crate::ops::list_of(&code_v) else {
        return Err(vm.new_type_error(format!(
            "compile() argument 'code' must be list, not {}",
            code_v.class().name()
        )));
    };
    let mut code = Vec::with_capacity(code_list.len());
    for w in code_list.snapshot() {
        let i = match as_int(&w).and_then(|i| i.to_i64()) {
            Some(i) => i,
            None => vm.index_to_isize(&w)? as i64,
        };
        if i < 0 {
            return Err(vm.new_overflow_error("can't convert negative value to unsigned int"));
        }
        if i > u32::MAX as i64 {
            return Err(vm.new_overflow_error("regular expression code size limit exceeded"));
        }
        code.push(i as u32);
    }
    let groups = vm.index_to_isize(&get(3))?;
    if groups < 0 || validate::validate(&code, groups as usize).is_err() {
        return Err(vm.new_runtime_error("invalid SRE code"));
    }
    let groupindex = get(4);
    if groupindex
        .downcast::<crate::objects::dict::DictData>()
        .is_none()
    {
        return Err(vm.new_type_error(format!(
            "compile() argument 'groupindex' must be dict, not {}",
            groupindex.class().name()
        )));
    }
    let indexgroup = get(5);
    if crate::ops::tuple_items(&indexgroup).is_none() {
        return Err(vm.new_type_error(format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            indexgroup.class().name()
        )));
    }
    let is_bytes = if vm.is_none(&pattern_v) {
        -1
    } else if pattern_v.downcast::<StrData>().is_some() {
        0
    } else {
        let s = Subject::new(vm, &pattern_v)?;
        if s.is_bytes {
            1
        } else {
            0
        }
    };
    let t = sre_types(vm);
    let p = crate::object::alloc_object(
        t.pattern,
        pattern::PatternData {
            pattern: pattern_v,
            flags,
            code,
            groups: groups as usize,
            groupindex,
            indexgroup,
            is_bytes,
        },
    );
    Ok(p.into_value())
}

/// `_sre.template(pattern, template)`: a compiled replacement template.
fn sre_template(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind_fn(vm, "template", args, kw, &["pattern", "template"], 2)?;
    let tmpl = a[1].clone().unwrap_or_else(|| vm.none.clone());
    let Some(list) = crate::ops::list_of(&tmpl) else {
        return Err(vm.new_type_error(format!(
            "template() argument 2 must be list, not {}",
            tmpl.class().name()
        )));
    };
    let items = list.snapshot();
    let bad = || vm.new_type_error("invalid template");
    if items.len() % 2 == 0 {
        return Err(bad());
    }
    let literal0 = items[0].clone();
    let mut chunks = Vec::new();
    for pair in items[1..].chunks(2) {
        let index = match as_int(&pair[0]) {
            Some(i) => i.to_i64().ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C ssize_t")
            })?,
            None => return Err(vm.new_type_error("an integer is required")),
        };
        if index < 0 {
            return Err(bad());
        }
        let lit = pair.get(1).cloned().unwrap_or_else(|| vm.none.clone());
        let lit = if vm.is_none(&lit) || crate::number::native_truth(vm, &lit) == Some(false) {
            None
        } else {
            Some(lit)
        };
        chunks.push((index as usize, lit));
    }
    let t = sre_types(vm);
    Ok(crate::object::alloc_object(
        t.template,
        matchobj::TemplateData {
            literal: literal0,
            chunks,
        },
    )
    .into_value())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compile", sre_compile),
    ("template", sre_template),
    ("getcodesize", sre_getcodesize),
    ("ascii_iscased", sre_ascii_iscased),
    ("unicode_iscased", sre_unicode_iscased),
    ("ascii_tolower", sre_ascii_tolower),
    ("unicode_tolower", sre_unicode_tolower),
];

pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_sre");
    sre_types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
        d.set_str(vm, &vm.intern("MAGIC"), vm.new_int(MAGIC));
        d.set_str(vm, &vm.intern("CODESIZE"), vm.new_int(CODESIZE));
        d.set_str(vm, &vm.intern("MAXREPEAT"), vm.new_int(MAXREPEAT as i64));
        d.set_str(vm, &vm.intern("MAXGROUPS"), vm.new_int(MAXGROUPS));
        d.set_str(
            vm,
            &vm.intern("copyright"),
            vm.new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
        );
    }
    m
}
