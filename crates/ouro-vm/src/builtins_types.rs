//! Constructors and core methods of the built-in types as Python sees them: `object.__new__`,
//! `type.__new__`, `int(...)`, `str(...)`, `list(...)`, `range(...)`, ..., and the dunder
//! methods (`__init__`, `__repr__`, `__eq__`, `__hash__`, `__getattribute__`, ...) that
//! subclasses inherit and `super()` reaches. CPython: the tp_new/tp_init of Objects/*.c.

use std::cell::RefCell;

use crate::object::{alloc_object, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::int::{as_int, IntData};
use crate::objects::list::ListData;
use crate::objects::range::RangeData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::vm::{PyResult, Vm};

fn cls_of<'a>(
    vm: &Vm,
    args: &'a [Value],
) -> PyResult<&'a crate::object::Obj<crate::typeobject::TypeData>> {
    args.first()
        .and_then(|c| c.downcast::<crate::typeobject::TypeData>())
        .ok_or_else(|| vm.new_type_error("__new__ needs a type"))
}

fn int_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    let npos = args.len() - kw.len();
    // `base` may also be given by keyword (CPython: long_new's clinic signature).
    let mut kw_base = None;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k) {
            Some("base") if npos < 3 => kw_base = Some(v.clone()),
            Some("base") => {
                return Err(vm.new_type_error(format!(
                    "int() takes at most 2 arguments ({} given)",
                    args.len() - 1
                )))
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for int()",
                    crate::ops::str_of(k).unwrap_or("")
                )))
            }
        }
    }
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            npos - 1
        )));
    }
    let v = if npos < 2 {
        if kw_base.is_some() {
            return Err(vm.new_type_error("int() missing string argument"));
        }
        vm.new_int(0)
    } else {
        let x = &args[1];
        let base = if npos >= 3 {
            Some(vm.index_to_isize(&args[2])?)
        } else if let Some(b) = &kw_base {
            Some(vm.index_to_isize(b)?)
        } else {
            None
        };
        if let Some(b) = base {
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0"));
            }
        }
        let bytes_text = x
            .downcast::<crate::objects::bytes::BytesData>()
            .map(|b| b.0.to_vec())
            .or_else(|| {
                x.downcast::<crate::objects::bytes::ByteArrayData>()
                    .map(|b| b.0.borrow().clone())
            });
        if let Some(s) = x.downcast::<StrData>() {
            parse_int(vm, s.as_str(), base.unwrap_or(10) as u32)?
        } else if let Some(b) = bytes_text {
            // int(b'...', base): the bytes are ASCII digits (CPython: _PyLong_FromBytes).
            let text: String = b.iter().map(|&c| c as char).collect();
            parse_int(vm, &text, base.unwrap_or(10) as u32)?
        } else if base.is_some() {
            return Err(vm.new_type_error("int() can't convert non-string with explicit base"));
        } else if let Some(i) = as_int(x) {
            vm.new_bigint(i.to_bigint())
        } else if let Some(f) = crate::ops::float_of(x) {
            if f.is_nan() {
                return Err(vm.new_value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
            }
            vm.new_bigint(num_bigint::BigInt::from(
                num_traits::FromPrimitive::from_f64(f.trunc())
                    .unwrap_or(num_bigint::BigInt::from(0)),
            ))
        } else if let Some(r) = vm.call_special(x, &vm.names.__int__, &[])? {
            r
        } else if let Some(r) = vm.call_special(x, &vm.names.__index__, &[])? {
            r
        } else if let Some(r) = vm.call_special(x, &vm.names.__trunc__, &[])? {
            r
        } else {
            return Err(vm.new_type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.class().name()
            )));
        }
    };
    if std::ptr::eq(cls, vm.types.int) {
        return Ok(v);
    }
    let b = as_int(&v).map(|i| i.to_bigint()).unwrap_or_default();
    Ok(alloc_object(cls, IntData(b)).into_value())
}

/// `int(s, base)`.
pub fn parse_int(vm: &Vm, s: &str, base: u32) -> PyResult<Value> {
    if base == 1 || base > 36 {
        return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    // Fast path: a short run of ASCII decimal digits (at most 18, so it fits an i64), the
    // usual text read back from `str(int)`.
    let bytes = s.as_bytes();
    if (base == 10 || (base == 0 && (bytes.len() == 1 || bytes.first() != Some(&b'0'))))
        && !bytes.is_empty()
        && bytes.len() <= 18
        && bytes.iter().all(u8::is_ascii_digit)
    {
        let n = bytes
            .iter()
            .fold(0i64, |n, &d| n * 10 + i64::from(d - b'0'));
        return Ok(vm.new_int(n));
    }
    let err = || {
        // CPython formats the repr with `%.200R`: at most 200 characters of it.
        let r = ouro_bytecode::repr::str_repr(s);
        let r: String = r.chars().take(200).collect();
        vm.new_value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    // White space and decimal digits of any script first become ASCII.
    let Some(ascii) = crate::unicodectype::decimal_and_space_to_ascii(s) else {
        return Err(err());
    };
    let t = ascii.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let mut body = body;
    let lower = body.to_ascii_lowercase();
    let mut prefixed = false;
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && lower.starts_with(p) {
            body = &body[2..];
            base = b;
            prefixed = true;
            break;
        }
    }
    if prefixed && body.starts_with('_') && body.len() > 1 {
        body = &body[1..];
    }
    if base == 0 {
        base = 10;
        if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
            return Err(err());
        }
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(err());
    }
    let digits: String = body.chars().filter(|c| *c != '_').collect();
    let limit = crate::builtins::int_max_str_digits();
    if base == 10 && limit > 0 && digits.len() > limit {
        return Err(vm.new_value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    match num_bigint::BigInt::parse_bytes(digits.as_bytes(), base) {
        Some(b) => Ok(vm.new_bigint(if neg { -b } else { b })),
        None => Err(err()),
    }
}

/// The value of a float literal as `float()` reads it: white space around, digits of any
/// script, underscores between digits, `inf`/`infinity`/`nan` in any case; None if invalid.
fn parse_float_text(text: &str) -> Option<f64> {
    let ascii = crate::unicodectype::decimal_and_space_to_ascii(text)?;
    let raw = ascii.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let bytes = raw.as_bytes();
    let bad_underscore = bytes.iter().enumerate().any(|(i, c)| {
        *c == b'_'
            && !(i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
    });
    if bad_underscore {
        return None;
    }
    let t = raw.replace('_', "");
    let low = t.to_ascii_lowercase();
    match low.trim_start_matches(['+', '-']) {
        "inf" | "infinity" if low.len() - low.trim_start_matches(['+', '-']).len() <= 1 => {
            Some(if low.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" if low.len() <= 4 => Some(f64::NAN),
        _ => t.parse::<f64>().ok().filter(|_| {
            // Rust also reads "inf"/"nan" spellings Python refuses (handled above).
            !low.contains("inf") && !low.contains("nan")
        }),
    }
}

/// The argument checks of a constructor that takes no keywords and at most one positional
/// argument after the class (CPython: Argument Clinic's `_PyArg_NoKeywords` and
/// `_PyArg_CheckPositional` in tuple_new, float_new).
fn no_keywords_at_most_one(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.new_type_error(format!("{name} expected at most 1 argument, got {n}")));
    }
    Ok(())
}

fn float_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords_at_most_one(vm, "float", args, kw)?;
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => {
            if let Some(f) = crate::ops::float_of(x) {
                f
            } else if let Some(i) = as_int(x) {
                match crate::number::int_to_f64(&i.to_bigint()) {
                    Some(f) => f,
                    None => return Err(vm.new_overflow_error("int too large to convert to float")),
                }
            } else if let Some(s) = x.downcast::<StrData>() {
                match parse_float_text(s.as_str()) {
                    Some(f) => f,
                    None => {
                        return Err(vm.new_value_error(format!(
                            "could not convert string to float: {}",
                            ouro_bytecode::repr::str_repr(s.as_str())
                        )))
                    }
                }
            } else if let Some(b) = crate::bytesmethods::bytes_like(x) {
                // bytes, bytearray and other buffers hold ASCII text (CPython PyFloat_FromString).
                let parsed = std::str::from_utf8(&b)
                    .ok()
                    .filter(|t| t.is_ascii())
                    .and_then(parse_float_text);
                match parsed {
                    Some(f) => f,
                    None => {
                        return Err(vm.new_value_error(format!(
                            "could not convert string to float: {}",
                            vm.repr(x)?
                        )))
                    }
                }
            } else if let Some(r) = vm.call_special(x, &vm.names.__float__, &[])? {
                // CPython: floatobject.c PyNumber_Float refuses a non-float result.
                match crate::ops::float_of(&r) {
                    Some(f) => f,
                    None => {
                        return Err(vm.new_type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            x.class().name(),
                            r.class().name()
                        )))
                    }
                }
            } else if x.class().lookup(&vm.names.__index__).is_some() {
                // CPython: abstract.c PyNumber_Float falls back on __index__.
                let i = vm.number_index(x)?;
                match as_int(&i).and_then(|i| crate::number::int_to_f64(&i.to_bigint())) {
                    Some(f) => f,
                    None => return Err(vm.new_overflow_error("int too large to convert to float")),
                }
            } else {
                return Err(vm.new_type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    x.class().name()
                )));
            }
        }
    };
    match args
        .first()
        .and_then(|c| c.downcast::<crate::typeobject::TypeData>())
    {
        Some(cls) if !std::ptr::eq(cls, vm.types.float) => {
            Ok(alloc_object(cls, crate::objects::float::FloatData(f)).into_value())
        }
        _ => Ok(vm.new_float(f)),
    }
}

fn bool_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // CPython `bool_new` / `bool_vectorcall`.
    if let Some(t) = args
        .first()
        .and_then(|a| a.downcast::<crate::typeobject::TypeData>())
    {
        if !t.is_subtype(vm.types.bool_) {
            return Err(vm.new_type_error(format!(
                "bool.__new__({}): {} is not a subtype of bool",
                t.name(),
                t.name()
            )));
        }
    }
    if !kw.is_empty() {
        return Err(vm.new_type_error("bool() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    match args.get(1) {
        None => Ok(vm.false_.clone()),
        Some(x) => Ok(vm.new_bool(vm.is_true(x)?)),
    }
}

fn tuple_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    no_keywords_at_most_one(vm, "tuple", args, kw)?;
    if let Some(x) = args.get(1) {
        if std::ptr::eq(cls, vm.types.tuple) && std::ptr::eq(x.class(), vm.types.tuple) {
            return Ok(x.clone());
        }
    }
    let items = match args.get(1) {
        None => Vec::new(),
        Some(x) => vm.collect(x)?,
    };
    if std::ptr::eq(cls, vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(alloc_object(cls, TupleData::new(items)).into_value())
}

fn list_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    Ok(alloc_object(cls, ListData::new(Vec::new())).into_value())
}

fn dict_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    Ok(alloc_object(cls, crate::objects::dict::DictData::new()).into_value())
}

fn range_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("range() takes no keyword arguments"));
    }
    let check = |v: &Value| -> PyResult<Value> {
        if as_int(v).is_some() {
            Ok(vm.new_bigint(as_int(v).map(|i| i.to_bigint()).unwrap_or_default()))
        } else {
            vm.index_to_isize(v).map(|i| vm.new_int(i as i64))
        }
    };
    let (start, stop, step) = match args.len() {
        2 => (vm.new_int(0), check(&args[1])?, vm.new_int(1)),
        3 => (check(&args[1])?, check(&args[2])?, vm.new_int(1)),
        4 => (check(&args[1])?, check(&args[2])?, check(&args[3])?),
        1 => return Err(vm.new_type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(
                vm.new_type_error(format!("range expected at most 3 arguments, got {}", n - 1))
            )
        }
    };
    if step.as_small_int() == Some(0) {
        return Err(vm.new_value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc_object(vm.types.range, RangeData { start, stop, step }).into_value())
}

fn object_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_string(crate::repr::default_repr(vm, &args[0])))
}

fn object_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    vm.repr_value(&args[0])
}

fn object_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() == 2 && args[0].is(&args[1]) {
        return Ok(vm.true_.clone());
    }
    Ok(vm.not_implemented.clone())
}

fn object_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Ok(vm.not_implemented.clone());
    }
    let eq = args[0].class().lookup(&vm.names.__eq__);
    let r = match eq {
        Some(f) => vm.call_compare_slot(f, &args[0], &args[1])?,
        None => vm.not_implemented.clone(),
    };
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.new_bool(!vm.is_true(&r)?))
}

fn object_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(crate::ops::pointer_hash(&args[0])))
}

/// The attribute name of `object.__getattribute__`/`__setattr__`/`__delattr__` and
/// `super.__getattribute__`: a str, else CPython's TypeError.
fn attr_name_arg<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a crate::object::Obj<StrData>> {
    let name = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument, got 0"))?;
    name.downcast::<StrData>().ok_or_else(|| {
        vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            name.class().name()
        ))
    })
}

fn object_getattribute(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = attr_name_arg(vm, args)?;
    vm.generic_getattr(&args[0], name)
}

fn object_setattr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = attr_name_arg(vm, args)?;
    vm.generic_setattr(&args[0], name, args.get(2).cloned())?;
    Ok(vm.none.clone())
}

fn object_delattr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = attr_name_arg(vm, args)?;
    vm.generic_setattr(&args[0], name, None)?;
    Ok(vm.none.clone())
}

fn object_format(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let spec = args
        .get(1)
        .and_then(|s| s.downcast::<StrData>())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    if !spec.is_empty() {
        return Err(vm.new_type_error(format!(
            "unsupported format string passed to {}.__format__",
            args[0].class().name()
        )));
    }
    vm.str_value(&args[0])
}

fn object_init_subclass(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = args
            .first()
            .and_then(|c| c.downcast::<crate::typeobject::TypeData>())
            .map(|t| t.qualname.borrow().to_string())
            .unwrap_or_else(|| "object".to_string());
        return Err(vm.new_type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(vm.none.clone())
}

/// `BaseException.__new__` (also the `__new__` of most built-in exception classes).
// CPython: exceptions.c BaseException_new
pub fn exc_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    // A class deriving from an exception group after another exception class finds the other
    // one's `__new__` first, but CPython creates its instances with its solid base's.
    if cls.is_heap() && cls.is_subtype(vm.types.exc.base_exception_group) {
        if let Some(f) = crate::exceptions_attrs::effective_new(vm, cls) {
            if !std::ptr::fn_addr_eq(f, exc_new as crate::objects::builtin::NativeFn) {
                return f(vm, args, kw);
            }
        }
    }
    let e = crate::objects::exceptions::new_exception(vm, cls, args[1..].to_vec());
    Ok(e.into_value())
}

/// `BaseException.__init__` (also the `__init__` of most built-in exception classes).
// CPython: exceptions.c BaseException_init
pub fn exc_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if let Some(e) = args[0].downcast::<crate::objects::exceptions::ExceptionData>() {
        if !kw.is_empty() {
            return Err(vm.new_type_error(format!(
                "{}() takes no keyword arguments",
                args[0].class().name()
            )));
        }
        // `__new__` already made `args` from the same arguments (CPython passes both the same
        // tuple): it is kept when its items are these.
        let cur = e.args.borrow().clone();
        let same = crate::ops::tuple_items(&cur).is_some_and(|items| {
            items.len() == args.len() - 1 && items.iter().zip(&args[1..]).all(|(a, b)| a.is(b))
        });
        let t = if same {
            cur
        } else {
            let t = vm.new_tuple(args[1..].to_vec());
            let old = e.args.replace(t.clone());
            drop(old);
            drop(cur);
            t
        };
        crate::ops::init_exception_attrs(vm, e, &t);
    }
    Ok(vm.none.clone())
}

fn exc_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::exceptions_attrs::base_str(vm, &args[0])
}

fn exc_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_string(crate::builtins::other_repr(vm, &args[0])?.unwrap_or_default()))
}

fn type_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::typeobject_new::type_new_call(vm, args, kw)
}

fn type_init(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.none.clone())
}

fn type_call_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = args
        .first()
        .and_then(|t| t.downcast::<crate::typeobject::TypeData>())
        .ok_or_else(|| vm.new_type_error("type.__call__ needs a type"))?;
    crate::builtins::type_call(vm, t, &args[1..], kw)
}

fn property_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    let npos = args.len() - kw.len();
    if args.len() > 5 {
        return Err(vm.new_type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.len() - 1
        )));
    }
    let mut slots: [Option<Value>; 4] = [None, None, None, None];
    for (i, a) in args[1..npos].iter().enumerate().take(4) {
        slots[i] = Some(a.clone()).filter(|v| !vm.is_none(v));
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let i = match k.downcast::<StrData>().map(|s| s.as_str()) {
            Some("fget") => 0,
            Some("fset") => 1,
            Some("fdel") => 2,
            Some("doc") => 3,
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' is an invalid keyword argument for property()",
                    vm.str(k)?
                )))
            }
        };
        slots[i] = Some(v.clone()).filter(|v| !vm.is_none(v));
    }
    let [fget, fset, fdel, doc] = slots;
    Ok(alloc_object(
        cls,
        crate::objects::descr::PropertyData {
            fget: RefCell::new(fget),
            fset: RefCell::new(fset),
            fdel: RefCell::new(fdel),
            doc: RefCell::new(doc),
            name: RefCell::new(None),
        },
    )
    .into_value())
}

fn property_with(vm: &Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let p = args[0]
        .downcast::<crate::objects::descr::PropertyData>()
        .ok_or_else(|| vm.new_type_error("property"))?;
    let f = args.get(1).cloned();
    let mut v = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    v[which] = f;
    let [a, b, c] = v;
    Ok(alloc_object(
        args[0].class(),
        crate::objects::descr::PropertyData {
            fget: RefCell::new(a),
            fset: RefCell::new(b),
            fdel: RefCell::new(c),
            doc: RefCell::new(p.doc.borrow().clone()),
            name: RefCell::new(p.name.borrow().clone()),
        },
    )
    .into_value())
}

fn property_getter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, args, 0)
}
fn property_setter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, args, 1)
}
fn property_deleter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    property_with(vm, args, 2)
}
fn property_set_name(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(p) = args[0].downcast::<crate::objects::descr::PropertyData>() {
        *p.name.borrow_mut() = args.get(2).cloned();
    }
    Ok(vm.none.clone())
}

fn classmethod_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    Ok(alloc_object(
        cls,
        crate::objects::descr::ClassMethodData {
            func: RefCell::new(args.get(1).cloned()),
        },
    )
    .into_value())
}

fn staticmethod_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    Ok(alloc_object(
        cls,
        crate::objects::descr::StaticMethodData {
            func: RefCell::new(args.get(1).cloned()),
        },
    )
    .into_value())
}

/// `staticmethod.__init__` and `classmethod.__init__` (CPython: funcobject.c sm_init,
/// cm_init): one positional argument and no keywords; the callable's `__module__`,
/// `__name__`, `__qualname__`, `__doc__` and `__annotations__`, those it has, are set on the
/// new object (functools_wraps), which keeps them in its instance dict.
fn method_wrapper_init(vm: &Vm, args: &[Value], kw: &[Value], kind: &str) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{kind}() takes no keyword arguments")));
    }
    let (Some(this), Some(f), 2) = (args.first(), args.get(1), args.len()) else {
        return Err(vm.new_type_error(format!(
            "{kind} expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    if let Some(c) = this.downcast::<crate::objects::descr::ClassMethodData>() {
        *c.func.borrow_mut() = Some(f.clone());
    } else if let Some(c) = this.downcast::<crate::objects::descr::StaticMethodData>() {
        *c.func.borrow_mut() = Some(f.clone());
    } else {
        return Err(vm.new_type_error(format!(
            "descriptor '__init__' requires a '{kind}' object but received a '{}'",
            this.class().name()
        )));
    }
    for name in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        let name = vm.intern(name);
        if let Some(v) = vm.getattr_opt(f, &name)? {
            vm.setattr(this, &name, Some(v))?;
        }
    }
    Ok(vm.none.clone())
}

fn staticmethod_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_wrapper_init(vm, args, kw, "staticmethod")
}

fn classmethod_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_wrapper_init(vm, args, kw, "classmethod")
}

/// `super.__init__(type[, obj])`: binds the super object anew (CPython: super_init). Here
/// `super.__new__` binds it already; this matters for a subclass of super whose `__init__`
/// passes its arguments on.
fn super_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    use crate::objects::descr::SuperData;
    let Some(s) = args.first().and_then(|a| a.downcast::<SuperData>()) else {
        return Err(vm.new_type_error("descriptor '__init__' requires a 'super' object"));
    };
    if args.len() - kw.len() == 1 {
        return Ok(vm.none.clone());
    }
    let mut new_args = args.to_vec();
    new_args[0] = args[0].class().to_value();
    let fresh = super_new(vm, &new_args, kw)?;
    if let Some(f) = fresh.downcast::<SuperData>() {
        *s.ty.borrow_mut() = f.ty.borrow().clone();
        *s.obj.borrow_mut() = f.obj.borrow().clone();
        *s.obj_type.borrow_mut() = f.obj_type.borrow().clone();
    }
    Ok(vm.none.clone())
}

fn super_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = cls_of(vm, args)?;
    let (ty, obj) = match args.len() {
        3 => (args[1].clone(), args[2].clone()),
        1 => match crate::bltin_frame::take() {
            Some(c) => match c.super_args {
                Ok(a) => a,
                Err(msg) => return Err(vm.new_runtime_error(msg)),
            },
            None => return Err(vm.new_runtime_error("super(): no arguments")),
        },
        2 => {
            let Some(t) = args[1].downcast_ref::<crate::typeobject::TypeData>() else {
                return Err(vm.new_type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    args[1].class().name()
                )));
            };
            return Ok(alloc_object(
                cls,
                crate::objects::descr::SuperData {
                    ty: RefCell::new(Some(t)),
                    obj: RefCell::new(None),
                    obj_type: RefCell::new(None),
                },
            )
            .into_value());
        }
        n => {
            return Err(vm.new_type_error(format!(
                "super() expected at most 2 arguments, got {}",
                n - 1
            )))
        }
    };
    let t = ty
        .downcast_ref::<crate::typeobject::TypeData>()
        .ok_or_else(|| {
            vm.new_type_error(format!(
                "super() argument 1 must be a type, not {}",
                ty.class().name()
            ))
        })?;
    let obj_type = match obj.downcast_ref::<crate::typeobject::TypeData>() {
        Some(ot) if ot.is_subtype(&t) => ot,
        _ if obj.class().is_subtype(&t) => obj.class().to_ref(),
        _ => {
            // An object whose `__class__` claims the type (a proxy) passes (CPython:
            // supercheck).
            let claimed = vm
                .getattr_opt(&obj, &vm.names.__class__)?
                .and_then(|c| c.downcast_ref::<crate::typeobject::TypeData>())
                .filter(|c| !std::ptr::eq(&**c, obj.class()) && c.is_subtype(&t));
            match claimed {
                Some(c) => c,
                None => {
                    return Err(vm.new_type_error(
                        "super(type, obj): obj must be an instance or subtype of type",
                    ))
                }
            }
        }
    };
    Ok(alloc_object(
        cls,
        crate::objects::descr::SuperData {
            ty: RefCell::new(Some(t)),
            obj: RefCell::new(Some(obj)),
            obj_type: RefCell::new(Some(obj_type)),
        },
    )
    .into_value())
}

pub fn super_getattribute(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = args[0]
        .downcast::<crate::objects::descr::SuperData>()
        .ok_or_else(|| vm.new_type_error("super"))?;
    let name = attr_name_arg(vm, args)?;
    let ty = s.ty.borrow().clone();
    let obj = s.obj.borrow().clone();
    let obj_type = s.obj_type.borrow().clone();
    if let (Some(ty), Some(obj), Some(ot)) = (ty, obj, obj_type) {
        if name.as_str() != "__class__" {
            let mro = ot.mro();
            let mut after = false;
            for t in mro {
                if after {
                    if let Some(v) = t.dict.get_str(name) {
                        let inst = if obj.is(ot.as_value()) {
                            None
                        } else {
                            Some(&obj)
                        };
                        return crate::ops::descr_get(vm, v, inst, &ot);
                    }
                } else if crate::object::PyRef::ptr_eq(&t, &ty) {
                    after = true;
                }
            }
        }
    }
    vm.generic_getattr(&args[0], name)
}

/// Registers the constructors and core dunder methods.
pub fn init(vm: &Vm) {
    let t = vm.types;
    let stat: &[(crate::types::StaticType, &'static str, NativeFn)] = &[
        (t.object, "__new__", crate::typeobject_new::object_new),
        (t.type_, "__new__", type_new),
        (t.int, "__new__", int_new),
        (t.bool_, "__new__", bool_new),
        (t.float, "__new__", float_new),
        (t.str, "__new__", crate::strmethods::str_new),
        (t.tuple, "__new__", tuple_new),
        (t.list, "__new__", list_new),
        (t.dict, "__new__", dict_new),
        (t.range, "__new__", range_new),
        (t.exc.base_exception, "__new__", exc_new),
        (t.property, "__new__", property_new),
        (t.classmethod, "__new__", classmethod_new),
        (t.staticmethod, "__new__", staticmethod_new),
        (t.super_, "__new__", super_new),
    ];
    for (ty, name, f) in stat {
        add_staticmethod(vm, ty, name, *f);
    }
    let meths: &[(
        &'static crate::object::Obj<crate::typeobject::TypeData>,
        &'static str,
        NativeFn,
    )] = &[
        (t.object, "__init__", crate::typeobject_new::object_init),
        (t.object, "__repr__", object_repr),
        (t.object, "__str__", object_str),
        (t.object, "__eq__", object_eq),
        (t.object, "__ne__", object_ne),
        (t.object, "__hash__", object_hash),
        (t.object, "__getattribute__", object_getattribute),
        (t.object, "__setattr__", object_setattr),
        (t.object, "__delattr__", object_delattr),
        (t.object, "__format__", object_format),
        (t.type_, "__init__", type_init),
        (t.type_, "__call__", type_call_m),
        (t.exc.base_exception, "__init__", exc_init),
        (t.exc.base_exception, "__str__", exc_str),
        (t.exc.base_exception, "__repr__", exc_repr),
        (t.property, "getter", property_getter),
        (t.property, "setter", property_setter),
        (t.property, "deleter", property_deleter),
        (t.property, "__set_name__", property_set_name),
        (t.staticmethod, "__init__", staticmethod_init),
        (t.classmethod, "__init__", classmethod_init),
        (t.super_, "__getattribute__", super_getattribute),
        (t.super_, "__init__", super_init),
    ];
    for (ty, name, f) in meths {
        add_method(vm, ty, name, *f);
    }
    crate::objects::builtin::add_classmethod(
        vm,
        t.object,
        "__init_subclass__",
        object_init_subclass,
    );
}
