//! The class-specific attributes and constructors of the built-in exceptions, as CPython 3.12:
//! `OSError` (errno, strerror, filename, filename2 and the errno → subclass mapping),
//! `StopIteration.value`, `SystemExit.code`, `ImportError` (name, path, msg), `NameError` /
//! `AttributeError` keywords, `SyntaxError` details, the `Unicode*Error`s, and the methods of
//! `BaseException` (`add_note`, `with_traceback`, `__reduce__`, `__setstate__`).
//! CPython: Objects/exceptions.c.

use crate::object::{Obj, Value};
use crate::objects::builtin::{add_method, add_staticmethod, MethodDescrData, NativeFn};
use crate::objects::exceptions::ExceptionData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::typeobject::{TypeData, TypeRef};
use crate::vm::{PyErr, PyResult, Vm};

/// Whether `v`, found as a type's `__new__` or `__init__`, is the built-in method running `f`
/// (each built-in exception class has its own method objects, several of which run the same
/// function, as CPython's classes share `tp_new`/`tp_init` slots).
pub fn is_native(v: &Value, f: NativeFn) -> bool {
    let func = match crate::objects::builtin::builtin_new_fn(v) {
        Some(n) => Some(n),
        None => v.downcast::<MethodDescrData>().map(|m| m.func),
    };
    func.is_some_and(|g| std::ptr::fn_addr_eq(g, f))
}

fn set(vm: &Vm, e: &Value, name: &str, v: Value) {
    if let Some(d) = crate::ops::instance_dict(vm, e, true) {
        d.set_str(vm, &vm.intern(name), v);
    }
}

fn get(vm: &Vm, e: &Value, name: &str) -> Value {
    crate::ops::instance_dict(vm, e, false)
        .and_then(|d| d.get_str(&vm.intern(name)))
        .unwrap_or_else(|| vm.none.clone())
}

fn items_of(args: &Value) -> Vec<Value> {
    args.downcast::<TupleData>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default()
}

/// Sets the class-specific attributes of a new built-in exception from its `args`.
// CPython: exceptions.c StopIteration_init, SystemExit_init, ImportError_init, OSError_init...
pub fn init_attrs(vm: &Vm, e: &Obj<ExceptionData>, args: &Value) {
    // Every built-in exception class has an `__init__` of its own: the one a class inherits
    // is that of the first built-in class in its MRO (`class K(KeyError, StopIteration)` gets
    // KeyError's, which leaves `value` alone).
    let class = e.class();
    let tail = class.mro_tail.borrow();
    let ty = first_builtin(class, &tail);
    let exc = &vm.types.exc;
    // Most exceptions derive from none of the classes with attributes of their own: one walk
    // of the MRO tells, before any of the work below.
    let special = [
        exc.stop_iteration,
        exc.system_exit,
        exc.name_error,
        exc.attribute_error,
        exc.import_error,
        exc.os_error,
        exc.syntax_error,
        exc.unicode_encode_error,
        exc.unicode_decode_error,
        exc.unicode_translate_error,
    ];
    // The Unicode errors count only for the defaults of classes with several bases.
    let special = if class.is_heap() {
        &special[..]
    } else {
        &special[..7]
    };
    let is_special = |t: &Obj<TypeData>| special.iter().any(|s| std::ptr::eq(t, *s));
    if !is_special(class) && !tail.iter().any(|t| is_special(t.obj())) {
        return;
    }
    let v = e.to_value();
    let items = items_of(args);
    let first = items.first().cloned();
    if ty.is_subtype(exc.stop_iteration) {
        set(vm, &v, "value", first.unwrap_or_else(|| vm.none.clone()));
    } else if ty.is_subtype(exc.system_exit) {
        let code = match items.len() {
            0 => vm.none.clone(),
            1 => items[0].clone(),
            _ => args.clone(),
        };
        set(vm, &v, "code", code);
    } else if ty.is_subtype(exc.name_error) || ty.is_subtype(exc.attribute_error) {
        if get_opt(vm, &v, "name").is_none() {
            set(vm, &v, "name", vm.none.clone());
        }
        if ty.is_subtype(exc.attribute_error) && get_opt(vm, &v, "obj").is_none() {
            set(vm, &v, "obj", vm.none.clone());
        }
    } else if ty.is_subtype(exc.import_error) {
        if get_opt(vm, &v, "name").is_none() {
            set(vm, &v, "name", vm.none.clone());
        }
        if get_opt(vm, &v, "path").is_none() {
            set(vm, &v, "path", vm.none.clone());
        }
        let msg = if items.len() == 1 {
            items[0].clone()
        } else {
            vm.none.clone()
        };
        set(vm, &v, "msg", msg);
    } else if ty.is_subtype(exc.os_error) {
        init_os_error(vm, e, &items);
    } else if ty.is_subtype(exc.syntax_error) {
        init_syntax_error(vm, &v, &items);
    }
    // The attributes of the other built-in classes it derives from, which the inherited
    // `__init__` does not set, read None (CPython: their members are left NULL).
    if !std::ptr::eq(ty, class) {
        let members: [(&Obj<TypeData>, &[&str]); 7] = [
            (exc.stop_iteration, &["value"]),
            (exc.system_exit, &["code"]),
            (exc.name_error, &["name"]),
            (exc.attribute_error, &["name", "obj"]),
            (exc.import_error, &["msg", "name", "path"]),
            (
                exc.os_error,
                &["errno", "strerror", "filename", "filename2"],
            ),
            (exc.syntax_error, &SYNTAX_ERROR_MEMBERS),
        ];
        for (s, names) in members {
            if class.is_subtype(s) && !ty.is_subtype(s) {
                for n in names {
                    if get_opt(vm, &v, n).is_none() {
                        set(vm, &v, n, vm.none.clone());
                    }
                }
            }
        }
        // The Unicode errors' positions read 0 (CPython's getters of unset members).
        for s in [
            exc.unicode_encode_error,
            exc.unicode_decode_error,
            exc.unicode_translate_error,
        ] {
            if class.is_subtype(s) && !ty.is_subtype(s) {
                for n in ["encoding", "object", "start", "end", "reason"] {
                    if get_opt(vm, &v, n).is_none() {
                        let d = if n == "start" || n == "end" {
                            vm.new_int(0)
                        } else {
                            vm.none.clone()
                        };
                        set(vm, &v, n, d);
                    }
                }
            }
        }
    }
}

/// The first built-in class in the MRO of `class` (whose `mro_tail` is `tail`).
fn first_builtin<'a>(class: &'a Obj<TypeData>, tail: &'a [TypeRef]) -> &'a Obj<TypeData> {
    if !class.is_heap() {
        return class;
    }
    match tail.iter().find(|t| !t.is_heap()) {
        Some(t) => t.obj(),
        None => class,
    }
}

fn get_opt(vm: &Vm, e: &Value, name: &str) -> Option<Value> {
    crate::ops::instance_dict(vm, e, false).and_then(|d| d.get_str(&vm.intern(name)))
}

// ----- OSError -----

/// The OSError subclass CPython picks for an errno (Linux values).
// CPython: exceptions.c _PyExc_InitState (the errnomap)
fn errno_subclass(vm: &Vm, errno: i64) -> Option<&'static Obj<TypeData>> {
    let e = &vm.types.exc;
    Some(match errno {
        11 | 114 | 115 => e.blocking_io_error,
        10 => e.child_process_error,
        32 | 108 => e.broken_pipe_error,
        103 => e.connection_aborted_error,
        111 => e.connection_refused_error,
        104 => e.connection_reset_error,
        17 => e.file_exists_error,
        2 => e.file_not_found_error,
        21 => e.is_a_directory_error,
        20 => e.not_a_directory_error,
        4 => e.interrupted_error,
        1 | 13 => e.permission_error,
        3 => e.process_lookup_error,
        110 => e.timeout_error,
        _ => return None,
    })
}

// CPython: exceptions.c oserror_parse_args, oserror_init
fn init_os_error(vm: &Vm, e: &Obj<ExceptionData>, items: &[Value]) {
    let v = e.to_value();
    for n in ["errno", "strerror", "filename", "filename2"] {
        set(vm, &v, n, vm.none.clone());
    }
    if (2..=5).contains(&items.len()) {
        set(vm, &v, "errno", items[0].clone());
        set(vm, &v, "strerror", items[1].clone());
        let filename = items.get(2).filter(|f| !vm.is_none(f));
        if let Some(f) = filename {
            // BlockingIOError's third argument may be the number of characters written
            // (for BlockingIOError itself only: CPython checks the exact type).
            let written = std::ptr::eq(e.class(), vm.types.exc.blocking_io_error)
                .then(|| f.as_small_int())
                .flatten();
            if let Some(n) = written {
                set(vm, &v, "characters_written", vm.new_int(n));
            } else {
                set(vm, &v, "filename", f.clone());
                if let Some(f2) = items.get(4).filter(|f| !vm.is_none(f)) {
                    set(vm, &v, "filename2", f2.clone());
                }
                // The file names are left out of `args`.
                let old = e.args.replace(vm.new_tuple(items[..2].to_vec()));
                drop(old);
            }
        }
    }
}

/// Whether instances of `cls` get their OSError attributes from `__init__` rather than from
/// `__new__`: a class whose `__new__` is OSError's but whose `__init__` is not (a Python
/// `__init__`, or that of another built-in base found first).
// CPython: exceptions.c oserror_use_init
fn os_error_use_init(vm: &Vm, cls: &Obj<TypeData>) -> bool {
    let init_is_os = cls
        .lookup(&vm.names.__init__)
        .is_some_and(|i| is_native(&i, os_error_init));
    !init_is_os && effective_new_is(vm, cls, os_error_new)
}

/// Whether the `__new__` that creates `cls`'s instances runs `f`: that of the nearest class
/// along the base chain defining one in Python, or, for a class whose `__new__` is a built-in
/// one, that of its nearest built-in base (its solid base; CPython's heap types inherit
/// `tp_new` from `tp_base`, whatever `__new__` the MRO finds first).
// CPython: typeobject.c inherit_special, update_one_slot (the tp_new_wrapper case)
pub fn effective_new_is(vm: &Vm, cls: &Obj<TypeData>, f: NativeFn) -> bool {
    effective_new(vm, cls).is_some_and(|n| std::ptr::fn_addr_eq(n, f))
}

/// The built-in function `effective_new_is` tells of (None for a `__new__` written in Python).
pub fn effective_new(vm: &Vm, cls: &Obj<TypeData>) -> Option<NativeFn> {
    let mut t = cls.to_ref();
    loop {
        let new = t.lookup(&vm.names.__new__)?;
        let func = crate::objects::builtin::builtin_new_fn(&new)?;
        if !t.is_heap() {
            return Some(func);
        }
        let next = t.base.borrow().clone();
        match next {
            Some(b) => t = b,
            None => return Some(func),
        }
    }
}

// CPython: exceptions.c OSError_new
fn os_error_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut cls: &Obj<TypeData> = args
        .first()
        .and_then(|c| c.downcast::<TypeData>())
        .ok_or_else(|| vm.new_type_error("OSError.__new__ needs a type"))?;
    let items = &args[1..args.len() - kw.len()];
    if os_error_use_init(vm, cls) {
        // `__init__` sets everything, `args` included.
        return Ok(crate::objects::exceptions::new_exception(vm, cls, Vec::new()).into_value());
    }
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", cls.name())));
    }
    if std::ptr::eq(cls, vm.types.exc.os_error) && (2..=5).contains(&items.len()) {
        if let Some(sub) = items[0].as_small_int().and_then(|n| errno_subclass(vm, n)) {
            cls = sub;
        }
    }
    let e = crate::objects::exceptions::new_exception(vm, cls, items.to_vec());
    // `new_exception` sets the attributes of the first built-in class in the MRO, which may
    // be another one (a Python `__new__` calling this one).
    let parsed = {
        let tail = cls.mro_tail.borrow();
        first_builtin(cls, &tail).is_subtype(vm.types.exc.os_error)
    };
    if !parsed {
        if let Some(x) = e.as_value().downcast::<ExceptionData>() {
            init_os_error(vm, x, items);
        }
    }
    Ok(e.into_value())
}

// CPython: exceptions.c StopIteration_init
pub fn stop_iteration_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins_types::exc_init(vm, args, kw)?;
    let value = args.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    set(vm, &args[0], "value", value);
    Ok(vm.none.clone())
}

// CPython: exceptions.c SystemExit_init
pub fn system_exit_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::builtins_types::exc_init(vm, args, kw)?;
    let code = match args.len() {
        1 => vm.none.clone(),
        2 => args[1].clone(),
        _ => vm.new_tuple(args[1..].to_vec()),
    };
    set(vm, &args[0], "code", code);
    Ok(vm.none.clone())
}

// CPython: exceptions.c OSError_init
fn os_error_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !os_error_use_init(vm, args[0].class()) {
        // `__new__` did the work.
        return Ok(vm.none.clone());
    }
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}() takes no keyword arguments",
            args[0].class().name()
        )));
    }
    if let Some(e) = args[0].downcast::<ExceptionData>() {
        let old = e.args.replace(vm.new_tuple(args[1..].to_vec()));
        drop(old);
        init_os_error(vm, e, &args[1..]);
    }
    Ok(vm.none.clone())
}

// CPython: exceptions.c OSError_written_get, OSError_written_set
fn written_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    get_opt(vm, v, "characters_written")
        .ok_or_else(|| vm.new_exception_msg(vm.types.exc.attribute_error, "characters_written"))
}

fn written_set(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let key = vm.intern("characters_written");
    let Some(d) = crate::ops::instance_dict(vm, v, true) else {
        return Ok(());
    };
    match value {
        Some(x) => {
            let n = vm.index_to_isize(&x)?;
            d.set_str(vm, &key, vm.new_int(n as i64));
        }
        None => {
            if d.remove_item(vm, &key.to_value())?.is_none() {
                return Err(
                    vm.new_exception_msg(vm.types.exc.attribute_error, "characters_written")
                );
            }
        }
    }
    Ok(())
}

/// `str()` of the built-in exception classes that define their own (None: BaseException's).
pub fn class_str(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let ty = v.class();
    let e = &vm.types.exc;
    if ty.is_subtype(e.base_exception_group) {
        return crate::exceptions_group::group_str(vm, v).map(Some);
    }
    if ty.is_subtype(e.os_error) {
        return os_error_str_opt(vm, v);
    }
    if ty.is_subtype(e.syntax_error) {
        return syntax_error_str_s(vm, v).map(Some);
    }
    if ty.is_subtype(e.import_error) {
        let msg = get(vm, v, "msg");
        if !vm.is_none(&msg) {
            return vm.str(&msg).map(Some);
        }
        return Ok(None);
    }
    if ty.is_subtype(e.unicode_decode_error)
        || ty.is_subtype(e.unicode_encode_error)
        || ty.is_subtype(e.unicode_translate_error)
    {
        return unicode_error_str_s(vm, v);
    }
    Ok(None)
}

/// `str()` of an exception as BaseException makes it, from its `args`.
// CPython: exceptions.c BaseException_str
pub fn base_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    let args = match v.downcast::<ExceptionData>() {
        Some(e) => e.args.borrow().clone(),
        None => return Ok(vm.new_str("")),
    };
    match crate::ops::tuple_items(&args) {
        Some([]) | None => Ok(vm.new_str("")),
        Some([x]) => vm.str_value(x),
        Some(_) => vm.repr_value(&args),
    }
}

/// The `__str__` of each built-in class defining one: that class's own formatting, which a
/// class with several exception bases gets from the first of them in its MRO.
fn os_error_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match os_error_str_opt(vm, &args[0])? {
        Some(s) => Ok(vm.new_string(s)),
        None => base_str(vm, &args[0]),
    }
}

fn syntax_error_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_string(syntax_error_str_s(vm, &args[0])?))
}

// CPython: exceptions.c ImportError_str
fn import_error_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let msg = get(vm, &args[0], "msg");
    if !vm.is_none(&msg) {
        return vm.str_value(&msg);
    }
    base_str(vm, &args[0])
}

fn unicode_error_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match unicode_error_str_s(vm, &args[0])? {
        Some(s) => Ok(vm.new_string(s)),
        None => base_str(vm, &args[0]),
    }
}

// CPython: exceptions.c KeyError_str
fn key_error_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(e) = args[0].downcast::<ExceptionData>() {
        let a = e.args.borrow().clone();
        if let Some([x]) = crate::ops::tuple_items(&a) {
            return vm.repr_value(x);
        }
    }
    base_str(vm, &args[0])
}

fn plain_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    base_str(vm, &args[0])
}

// CPython: exceptions.c OSError_str
fn os_error_str_opt(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let errno = get(vm, v, "errno");
    let strerror = get(vm, v, "strerror");
    let filename = get(vm, v, "filename");
    let filename2 = get(vm, v, "filename2");
    if !vm.is_none(&filename) {
        let s = if !vm.is_none(&filename2) {
            format!(
                "[Errno {}] {}: {} -> {}",
                vm.str(&errno)?,
                vm.str(&strerror)?,
                vm.repr(&filename)?,
                vm.repr(&filename2)?
            )
        } else {
            format!(
                "[Errno {}] {}: {}",
                vm.str(&errno)?,
                vm.str(&strerror)?,
                vm.repr(&filename)?
            )
        };
        return Ok(Some(s));
    }
    if !vm.is_none(&errno) && !vm.is_none(&strerror) {
        return Ok(Some(format!(
            "[Errno {}] {}",
            vm.str(&errno)?,
            vm.str(&strerror)?
        )));
    }
    Ok(None)
}

/// The OSError (of the errno's subclass) for a failed system call on `filename`.
pub fn os_error_from_io(vm: &Vm, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    let Some(code) = err.raw_os_error() else {
        return vm.new_exception_msg(vm.types.exc.os_error, err.to_string());
    };
    let msg = err.to_string();
    let strerror = match msg.find(" (os error") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    let ty = errno_subclass(vm, code as i64).unwrap_or(vm.types.exc.os_error);
    let mut args = vec![vm.new_int(code as i64), vm.new_string(strerror)];
    args.extend(filename);
    crate::objects::exceptions::new_exception(vm, ty, args)
}

// ----- SyntaxError -----

/// The attributes of SyntaxError instances (`__init__` sets them all; the location ones, from
/// `filename` to `end_offset`, may come from its second argument).
const SYNTAX_ERROR_MEMBERS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

// CPython: exceptions.c SyntaxError_init
fn init_syntax_error(vm: &Vm, v: &Value, items: &[Value]) {
    for n in SYNTAX_ERROR_MEMBERS {
        set(vm, v, n, vm.none.clone());
    }
    if let Some(m) = items.first() {
        set(vm, v, "msg", m.clone());
    }
    if items.len() == 2 {
        if let Some(t) = items[1].downcast::<TupleData>() {
            for (n, x) in SYNTAX_ERROR_MEMBERS[1..7].iter().zip(t.items()) {
                set(vm, v, n, x.clone());
            }
        }
    }
}

// CPython: exceptions.c SyntaxError_init
fn syntax_error_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}() takes no keyword arguments",
            args[0].class().name()
        )));
    }
    let items = &args[1..];
    // The location is any sequence of 4 to 6 items (`end_lineno` with `end_offset`).
    let mut parsed = items.to_vec();
    if items.len() == 2 {
        let info = vm.collect(&items[1])?;
        if info.len() < 4 {
            return Err(vm.new_type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.new_type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() == 5 {
            return Err(
                vm.new_type_error("end_offset must be provided when end_lineno is provided")
            );
        }
        parsed[1] = vm.new_tuple(info);
    }
    if let Some(e) = args[0].downcast::<ExceptionData>() {
        let old = e.args.replace(vm.new_tuple(items.to_vec()));
        drop(old);
    }
    init_syntax_error(vm, &args[0], &parsed);
    Ok(vm.none.clone())
}

// CPython: exceptions.c SyntaxError_str
fn syntax_error_str_s(vm: &Vm, v: &Value) -> PyResult<String> {
    let msg = vm.str(&get(vm, v, "msg"))?;
    let filename = get(vm, v, "filename");
    let filename = filename.downcast::<StrData>().map(|s| {
        let s = s.as_str();
        s.rsplit('/').next().unwrap_or(s).to_string()
    });
    let lineno = get(vm, v, "lineno");
    let lineno =
        if lineno.class().is_subtype(vm.types.int) && !lineno.class().is_subtype(vm.types.bool_) {
            Some(vm.str(&lineno)?)
        } else {
            None
        };
    Ok(match (filename, lineno) {
        (None, None) => msg,
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
    })
}

// ----- ImportError, NameError, AttributeError keywords -----

fn kw_init(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    allowed: &[&str],
    cls_name: &str,
) -> PyResult<Vec<(String, Value)>> {
    let npos = args.len() - kw.len();
    let mut out = Vec::new();
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let k = k
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if !allowed.contains(&k.as_str()) {
            return Err(vm.new_type_error(format!(
                "'{k}' is an invalid keyword argument for {cls_name}()"
            )));
        }
        out.push((k, v.clone()));
    }
    if let Some(e) = args[0].downcast::<ExceptionData>() {
        let t = vm.new_tuple(args[1..npos].to_vec());
        let old = e.args.replace(t.clone());
        drop(old);
        init_attrs(vm, e, &t);
    }
    // The keyword attributes not given are reset.
    for n in allowed {
        if !out.iter().any(|(k, _)| k == n) {
            set(vm, &args[0], n, vm.none.clone());
        }
    }
    for (k, v) in &out {
        set(vm, &args[0], k, v.clone());
    }
    Ok(out)
}

// CPython: exceptions.c ImportError_init (its keywords are parsed as ImportError's, whatever
// the class)
fn import_error_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    kw_init(vm, args, kw, &["name", "path"], "ImportError")?;
    Ok(vm.none.clone())
}

fn name_error_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    kw_init(vm, args, kw, &["name"], "NameError")?;
    Ok(vm.none.clone())
}

fn attribute_error_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    kw_init(vm, args, kw, &["name", "obj"], "AttributeError")?;
    Ok(vm.none.clone())
}

// ----- Unicode errors -----

fn unicode_arg_error(vm: &Vm, n: usize, want: usize) -> PyErr {
    vm.new_type_error(format!(
        "function takes exactly {want} arguments ({n} given)"
    ))
}

fn check_str(vm: &Vm, v: &Value, pos: usize, what: &str) -> PyResult<()> {
    if v.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error(format!(
            "argument {pos} must be str, not {}",
            v.class().name()
        )));
    }
    let _ = what;
    Ok(())
}

fn check_int(vm: &Vm, v: &Value, pos: usize) -> PyResult<()> {
    if !v.class().is_subtype(vm.types.int) {
        return Err(vm.new_type_error(format!(
            "argument {pos} must be int, not {}",
            v.class().name()
        )));
    }
    Ok(())
}

// CPython: exceptions.c UnicodeEncodeError_init, UnicodeDecodeError_init,
// UnicodeTranslateError_init
fn unicode_error_init(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let items = &args[1..];
    let exc = &vm.types.exc;
    let ty = v.class();
    if let Some(e) = v.downcast::<ExceptionData>() {
        *e.args.borrow_mut() = vm.new_tuple(items.to_vec());
    }
    let translate = ty.is_subtype(exc.unicode_translate_error);
    let decode = ty.is_subtype(exc.unicode_decode_error);
    let encode = ty.is_subtype(exc.unicode_encode_error);
    if !(translate || decode || encode) {
        return Ok(vm.none.clone());
    }
    let want = if translate { 4 } else { 5 };
    if items.len() != want {
        return Err(unicode_arg_error(vm, items.len(), want));
    }
    let (enc, obj, rest) = if translate {
        (None, &items[0], &items[1..])
    } else {
        (Some(&items[0]), &items[1], &items[2..])
    };
    if let Some(enc) = enc {
        check_str(vm, enc, 1, "encoding")?;
    }
    let base = usize::from(!translate);
    if decode {
        let is_bytes = obj.downcast::<crate::objects::bytes::BytesData>().is_some();
        if !is_bytes {
            return Err(vm.new_type_error(format!(
                "a bytes-like object is required, not '{}'",
                obj.class().name()
            )));
        }
    } else {
        check_str(vm, obj, base + 1, "object")?;
    }
    check_int(vm, &rest[0], base + 2)?;
    check_int(vm, &rest[1], base + 3)?;
    check_str(vm, &rest[2], base + 4, "reason")?;
    set(
        vm,
        v,
        "encoding",
        enc.cloned().unwrap_or_else(|| vm.none.clone()),
    );
    set(vm, v, "object", obj.clone());
    set(vm, v, "start", rest[0].clone());
    set(vm, v, "end", rest[1].clone());
    set(vm, v, "reason", rest[2].clone());
    Ok(vm.none.clone())
}

fn char_escape(c: impl Into<u32>) -> String {
    let n: u32 = c.into();
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

// CPython: exceptions.c UnicodeEncodeError_str, UnicodeDecodeError_str,
// UnicodeTranslateError_str
fn unicode_error_str_s(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let exc = &vm.types.exc;
    let ty = v.class();
    let Some(obj) = get_opt(vm, v, "object").filter(|o| !vm.is_none(o)) else {
        return Ok(Some(String::new()));
    };
    let start = get(vm, v, "start").as_small_int().unwrap_or(0);
    let end = get(vm, v, "end").as_small_int().unwrap_or(0);
    let reason = vm.str(&get(vm, v, "reason"))?;
    let encoding = if ty.is_subtype(exc.unicode_translate_error) {
        None
    } else {
        Some(vm.str(&get(vm, v, "encoding"))?)
    };
    let range = if end > start + 1 || end <= start {
        None
    } else {
        Some(start as usize)
    };
    let s = if ty.is_subtype(exc.unicode_decode_error) {
        let enc = encoding.unwrap_or_default();
        let bytes = obj
            .downcast::<crate::objects::bytes::BytesData>()
            .map(|b| b.0.to_vec())
            .unwrap_or_default();
        match range.and_then(|i| bytes.get(i)) {
            Some(b) => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            None => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }
    } else {
        // The code point itself, a lone surrogate included.
        let ch = obj
            .downcast::<StrData>()
            .and_then(|s| range.and_then(|i| s.code_point_at(i)));
        let (verb, prefix) = match &encoding {
            Some(enc) => ("encode", format!("'{enc}' codec can't ")),
            None => ("translate", "can't ".to_string()),
        };
        match ch {
            Some(c) => format!(
                "{prefix}{verb} character '{}' in position {start}: {reason}",
                char_escape(c)
            ),
            None => format!(
                "{prefix}{verb} characters in position {start}-{}: {reason}",
                end - 1
            ),
        }
    };
    Ok(Some(s))
}

// ----- BaseException methods -----

// CPython: exceptions.c BaseException_add_note
fn add_note(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let note = &args[1];
    if note.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error(format!("note must be a str, not '{}'", note.class().name())));
    }
    let notes = match vm.getattr_opt(&args[0], &vm.names.__notes__)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.setattr(&args[0], &vm.names.__notes__, Some(l.clone()))?;
            l
        }
    };
    match notes.downcast::<crate::objects::list::ListData>() {
        Some(l) => l.push(note.clone()),
        None => return Err(vm.new_type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none.clone())
}

// CPython: exceptions.c BaseException_with_traceback
fn with_traceback(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let tb = args.get(1).ok_or_else(|| {
        vm.new_type_error("with_traceback() takes exactly one argument (0 given)")
    })?;
    vm.setattr(&args[0], &vm.intern("__traceback__"), Some(tb.clone()))?;
    Ok(args[0].clone())
}

/// The attributes CPython keeps in the C struct of `v`'s class rather than in its `__dict__`
/// (ouro keeps them in the instance dict): what `__reduce__` leaves out of the state.
fn member_names(vm: &Vm, v: &Value) -> Vec<&'static str> {
    let exc = &vm.types.exc;
    let class = v.class();
    let groups: [(&Obj<TypeData>, &[&'static str]); 11] = [
        (exc.stop_iteration, &["value"]),
        (exc.system_exit, &["code"]),
        (exc.name_error, &["name"]),
        (exc.attribute_error, &["name", "obj"]),
        (exc.import_error, &["msg", "name", "path", "name_from"]),
        (
            exc.os_error,
            &[
                "errno",
                "strerror",
                "filename",
                "filename2",
                "characters_written",
            ],
        ),
        (exc.syntax_error, &SYNTAX_ERROR_MEMBERS),
        (
            exc.unicode_encode_error,
            &["encoding", "object", "start", "end", "reason"],
        ),
        (
            exc.unicode_decode_error,
            &["encoding", "object", "start", "end", "reason"],
        ),
        (
            exc.unicode_translate_error,
            &["encoding", "object", "start", "end", "reason"],
        ),
        (exc.base_exception_group, &["message", "exceptions"]),
    ];
    let mut out = Vec::new();
    for (t, names) in groups {
        if class.is_subtype(t) {
            out.extend_from_slice(names);
        }
    }
    out
}

/// A copy of the instance dict of `v` without its member attributes (None when empty).
fn state_dict(vm: &Vm, v: &Value) -> PyResult<Option<crate::objects::dict::DictRef>> {
    let Some(d) = crate::ops::instance_dict(vm, v, false) else {
        return Ok(None);
    };
    let members = member_names(vm, v);
    let out = vm.new_dict();
    for (k, x) in d.items() {
        let skip = k
            .downcast::<StrData>()
            .is_some_and(|k| members.contains(&k.as_str()));
        if !skip {
            out.set_item(vm, k, x)?;
        }
    }
    Ok(if out.len() > 0 { Some(out) } else { None })
}

fn args_of(vm: &Vm, v: &Value) -> Value {
    v.downcast::<ExceptionData>()
        .map(|e| e.args.borrow().clone())
        .unwrap_or_else(|| vm.new_tuple(Vec::new()))
}

// CPython: exceptions.c BaseException_reduce
fn reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let mut out = vec![v.class().to_value(), args_of(vm, v)];
    if let Some(d) = state_dict(vm, v)? {
        out.push(d.into_value());
    }
    Ok(vm.new_tuple(out))
}

// CPython: exceptions.c OSError_reduce
fn os_error_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let filename = get(vm, v, "filename");
    let a = if vm.is_none(&filename) {
        args_of(vm, v)
    } else {
        let mut items = vec![get(vm, v, "errno"), get(vm, v, "strerror"), filename];
        let filename2 = get(vm, v, "filename2");
        if !vm.is_none(&filename2) {
            items.push(vm.none.clone());
            items.push(filename2);
        }
        vm.new_tuple(items)
    };
    let mut out = vec![v.class().to_value(), a];
    if let Some(d) = state_dict(vm, v)? {
        out.push(d.into_value());
    }
    Ok(vm.new_tuple(out))
}

// CPython: exceptions.c ImportError_reduce, ImportError_getstate
fn import_error_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let mut state = state_dict(vm, v)?;
    for n in ["name", "path", "name_from"] {
        if let Some(x) = get_opt(vm, v, n).filter(|x| !vm.is_none(x)) {
            let d = state.get_or_insert_with(|| vm.new_dict());
            d.set_str(vm, &vm.intern(n), x);
        }
    }
    let mut out = vec![v.class().to_value(), args_of(vm, v)];
    if let Some(d) = state {
        out.push(d.into_value());
    }
    Ok(vm.new_tuple(out))
}

// CPython: exceptions.c AttributeError_getstate
fn attribute_error_getstate(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let d = state_dict(vm, v)?.unwrap_or_else(|| vm.new_dict());
    if let Some(x) = get_opt(vm, v, "name").filter(|x| !vm.is_none(x)) {
        d.set_str(vm, &vm.intern("name"), x);
    }
    d.set_str(vm, &vm.intern("args"), args_of(vm, v));
    Ok(d.into_value())
}

// CPython: exceptions.c AttributeError_reduce
fn attribute_error_reduce(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = &args[0];
    let state = attribute_error_getstate(vm, args, kw)?;
    Ok(vm.new_tuple(vec![v.class().to_value(), args_of(vm, v), state]))
}

// CPython: exceptions.c BaseException_setstate
fn setstate(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let state = args.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    if vm.is_none(&state) {
        return Ok(vm.none.clone());
    }
    let Some(d) = state.downcast::<crate::objects::dict::DictData>() else {
        return Err(vm.new_type_error("state is not a dictionary"));
    };
    for (k, val) in d.items() {
        if let Some(k) = k.downcast::<StrData>() {
            vm.setattr(&args[0], k, Some(val))?;
        }
    }
    Ok(vm.none.clone())
}

fn exc_data<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<ExceptionData>> {
    v.downcast::<ExceptionData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'BaseException' object"))
}

fn get_tb(vm: &Vm, v: &Value) -> PyResult<Value> {
    let tb = exc_data(vm, v)?.traceback.borrow().clone();
    Ok(tb.unwrap_or_else(|| vm.none.clone()))
}

// CPython: exceptions.c BaseException_set_tb
fn set_tb(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let e = exc_data(vm, v)?;
    let Some(value) = value else {
        return Err(vm.new_type_error("__traceback__ may not be deleted"));
    };
    let new = if vm.is_none(&value) {
        None
    } else if value
        .downcast::<crate::objects::frameobject::TracebackData>()
        .is_some()
    {
        Some(value)
    } else {
        return Err(vm.new_type_error("__traceback__ must be a traceback or None"));
    };
    let old = std::mem::replace(&mut *e.traceback.borrow_mut(), new);
    drop(old);
    Ok(())
}

fn get_cause(vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = exc_data(vm, v)?.cause.borrow().clone();
    Ok(c.unwrap_or_else(|| vm.none.clone()))
}

fn get_context(vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = exc_data(vm, v)?.context.borrow().clone();
    Ok(c.unwrap_or_else(|| vm.none.clone()))
}

fn chain_value(vm: &Vm, value: Option<Value>, what: &str) -> PyResult<Option<Value>> {
    let Some(value) = value else {
        return Err(vm.new_type_error(format!("{what} may not be deleted")));
    };
    if vm.is_none(&value) {
        return Ok(None);
    }
    if value.downcast::<ExceptionData>().is_none() {
        return Err(vm.new_type_error(format!(
            "exception {} must be None or derive from BaseException",
            if what == "__cause__" {
                "cause"
            } else {
                "context"
            }
        )));
    }
    Ok(Some(value))
}

// CPython: exceptions.c BaseException_set_cause
fn set_cause(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let e = exc_data(vm, v)?;
    let new = chain_value(vm, value, "__cause__")?;
    let old = std::mem::replace(&mut *e.cause.borrow_mut(), new);
    e.suppress_context.set(true);
    drop(old);
    Ok(())
}

// CPython: exceptions.c BaseException_set_context
fn set_context(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let e = exc_data(vm, v)?;
    let new = chain_value(vm, value, "__context__")?;
    let old = std::mem::replace(&mut *e.context.borrow_mut(), new);
    drop(old);
    Ok(())
}

fn get_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(vm, v)?.args.borrow().clone())
}

// CPython: exceptions.c BaseException_set_args
fn set_args(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let e = exc_data(vm, v)?;
    let Some(value) = value else {
        return Err(vm.new_type_error("args may not be deleted"));
    };
    let t = vm.new_tuple(vm.collect(&value)?);
    let old = std::mem::replace(&mut *e.args.borrow_mut(), t);
    drop(old);
    Ok(())
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let e = &vm.types.exc;
    let b = e.base_exception;
    add_getset(vm, b, "__traceback__", get_tb, Some(set_tb));
    add_getset(vm, b, "__cause__", get_cause, Some(set_cause));
    add_getset(vm, b, "__context__", get_context, Some(set_context));
    add_getset(vm, b, "args", get_args, Some(set_args));
    add_method(vm, b, "add_note", add_note);
    add_method(vm, b, "with_traceback", with_traceback);
    add_method(vm, b, "__reduce__", reduce);
    add_method(vm, b, "__setstate__", setstate);
    register_new_init(vm);
    add_staticmethod(vm, e.os_error, "__new__", os_error_new);
    add_method(vm, e.os_error, "__str__", os_error_str);
    add_method(vm, e.os_error, "__reduce__", os_error_reduce);
    add_method(vm, e.import_error, "__reduce__", import_error_reduce);
    add_method(vm, e.attribute_error, "__reduce__", attribute_error_reduce);
    add_method(
        vm,
        e.attribute_error,
        "__getstate__",
        attribute_error_getstate,
    );
    crate::objects::descr::add_getset(
        vm,
        e.os_error,
        "characters_written",
        written_get,
        Some(written_set),
    );
    add_method(vm, e.syntax_error, "__str__", syntax_error_str);
    add_method(vm, e.import_error, "__str__", import_error_str);
    add_method(vm, e.key_error, "__str__", key_error_str);
    add_method(vm, e.name_error, "__str__", plain_str);
    add_method(vm, e.attribute_error, "__str__", plain_str);
    for t in [
        e.unicode_decode_error,
        e.unicode_encode_error,
        e.unicode_translate_error,
    ] {
        add_method(vm, t, "__str__", unicode_error_str);
    }
    for alias in ["IOError", "EnvironmentError"] {
        vm.builtins
            .set_str(vm, &vm.intern(alias), e.os_error.to_value());
    }
}

/// Gives every built-in exception class the `__new__` and `__init__` methods of its own that
/// CPython's has: all but ExceptionGroup have an `__init__`; those whose C type sets `tp_new`
/// have a `__new__` (the others inherit their base's). Which ones a class with several
/// exception bases runs is then decided by its MRO, as in CPython.
// CPython: exceptions.c SimpleExtendsException, ComplexExtendsException,
// MiddlingExtendsException
fn register_new_init(vm: &Vm) {
    let e = &vm.types.exc;
    let sub = |t: &Obj<TypeData>, s: &Obj<TypeData>| t.is_subtype(s);
    for (_, t) in e.all() {
        if std::ptr::eq(t, e.base_exception) || std::ptr::eq(t, e.exception_group) {
            continue;
        }
        let inherits_new = [
            e.key_error,
            e.attribute_error,
            e.name_error,
            e.import_error,
            e.syntax_error,
            e.stop_iteration,
            e.system_exit,
        ]
        .iter()
        .any(|s| sub(t, s))
            || (sub(t, e.os_error) && !std::ptr::eq(t, e.os_error));
        if !inherits_new {
            add_staticmethod(vm, t, "__new__", crate::builtins_types::exc_new);
        }
        let init: NativeFn = if sub(t, e.os_error) {
            os_error_init
        } else if sub(t, e.syntax_error) {
            syntax_error_init
        } else if sub(t, e.import_error) {
            import_error_init
        } else if sub(t, e.name_error) {
            name_error_init
        } else if sub(t, e.attribute_error) {
            attribute_error_init
        } else if sub(t, e.stop_iteration) {
            stop_iteration_init
        } else if sub(t, e.system_exit) {
            system_exit_init
        } else if sub(t, e.unicode_decode_error)
            || sub(t, e.unicode_encode_error)
            || sub(t, e.unicode_translate_error)
        {
            unicode_error_init
        } else {
            crate::builtins_types::exc_init
        };
        add_method(vm, t, "__init__", init);
    }
}

/// The classes whose instances CPython lays out in a C struct of their own (the others share
/// BaseException's).
fn has_own_layout(vm: &Vm, t: &Obj<TypeData>) -> bool {
    let e = &vm.types.exc;
    [
        e.stop_iteration,
        e.system_exit,
        e.name_error,
        e.attribute_error,
        e.import_error,
        e.os_error,
        e.syntax_error,
        e.unicode_encode_error,
        e.unicode_decode_error,
        e.unicode_translate_error,
        e.base_exception_group,
    ]
    .iter()
    .any(|s| std::ptr::eq(t, *s))
        || (t.is_heap() && !t.slot_names.is_empty())
}

/// The solid base of exception class `t`: the nearest class in its MRO with a layout of its
/// own (BaseException when none).
// CPython: typeobject.c solid_base
fn solid_base(vm: &Vm, t: &TypeRef) -> TypeRef {
    if has_own_layout(vm, t) {
        return t.clone();
    }
    let tail = t.mro_tail.borrow();
    tail.iter()
        .find(|b| has_own_layout(vm, b))
        .cloned()
        .unwrap_or_else(|| vm.types.exc.base_exception.to_ref())
}

/// The base a new class with exception bases `bases` takes its layout from (`__base__`): the
/// one whose solid base derives from all the others'; a TypeError when two of them are
/// unrelated. Bases that are not exceptions are skipped; None when there are none.
// CPython: typeobject.c best_base
pub fn exception_best_base(vm: &Vm, bases: &[TypeRef]) -> PyResult<Option<TypeRef>> {
    let mut winner: Option<(TypeRef, TypeRef)> = None;
    for b in bases {
        if !b.is_subtype(vm.types.exc.base_exception) {
            continue;
        }
        let s = solid_base(vm, b);
        match &winner {
            None => winner = Some((s, b.clone())),
            Some((w, _)) if w.is_subtype(&s) => {}
            Some((w, _)) if s.is_subtype(w) => winner = Some((s, b.clone())),
            Some(_) => {
                return Err(vm.new_type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    Ok(winner.map(|(_, b)| b))
}
