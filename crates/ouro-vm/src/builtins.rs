//! The `builtins` module (functions such as `print`, `len`, `isinstance`, `__build_class__`),
//! calling a class (`type.__call__`: `__new__` then `__init__`), class creation, and the
//! minimal `sys` module. CPython: Python/bltinmodule.c, Objects/typeobject.c (type_call,
//! type_new), Python/sysmodule.c.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{alloc_object, Obj, Value};
use crate::objects::builtin::NativeFn;
use crate::objects::dict::DictData;
use crate::objects::exceptions::ExceptionData;
use crate::objects::function::{CellData, FunctionData};
use crate::objects::int::{as_int, IntRef};
use crate::objects::iter::{EnumerateData, FilterData, MapData, ZipData};
use crate::objects::module::ModuleData;
use crate::objects::object::ObjectData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::typeobject::{flags, TypeData};
use crate::vm::{PyResult, Vm};

fn arity(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min || n > max {
        return Err(vm.new_type_error(if min == max {
            if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

fn bi_print(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file: Option<Value> = None;
    let mut flush = false;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let k = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
        let none = vm.is_none(v);
        match k {
            "sep" if !none => {
                sep = v
                    .downcast::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .ok_or_else(|| {
                        vm.new_type_error(format!(
                            "sep must be None or a string, not {}",
                            v.class().name()
                        ))
                    })?
            }
            "end" if !none => {
                end = v
                    .downcast::<StrData>()
                    .map(|s| s.as_str().to_string())
                    .ok_or_else(|| {
                        vm.new_type_error(format!(
                            "end must be None or a string, not {}",
                            v.class().name()
                        ))
                    })?
            }
            "file" if !none => file = Some(v.clone()),
            "flush" => flush = vm.is_true(v)?,
            "sep" | "end" | "file" => {}
            _ => {
                return Err(
                    vm.new_type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    // CPython: bltinmodule.c builtin_print_impl. The standard streams take the whole line in
    // one write; other files get each piece, as CPython writes them.
    let file = match file {
        Some(f) => Some(f),
        None => crate::sysmodule::python_stdout(vm),
    };
    let Some(f) = file else {
        let mut out = Vec::new();
        for (i, a) in args[..npos].iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(sep.as_bytes());
            }
            match a.downcast::<StrData>() {
                Some(s) => out.extend_from_slice(&crate::sysmodule::std_text(vm, s, 1)?),
                None => out.extend_from_slice(vm.str(a)?.as_bytes()),
            }
        }
        out.extend_from_slice(end.as_bytes());
        crate::sysmodule::write_stdout_bytes(vm, &out, flush)?;
        return Ok(vm.none.clone());
    };
    if vm.is_none(&f) {
        return Ok(vm.none.clone());
    }
    if let Some(std_fd) = f.downcast::<crate::sysmodule::StdStream>().map(|st| st.fd) {
        let mut out = Vec::new();
        for (i, a) in args[..npos].iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(sep.as_bytes());
            }
            match a.downcast::<StrData>() {
                Some(s) => out.extend_from_slice(&crate::sysmodule::std_text(vm, s, std_fd)?),
                None => out.extend_from_slice(vm.str(a)?.as_bytes()),
            }
        }
        out.extend_from_slice(end.as_bytes());
        if crate::sysmodule::write_std_stream(&f, &out) {
            if flush {
                crate::sysmodule::write_stdout(vm, "", true)?;
            }
            return Ok(vm.none.clone());
        }
    }
    let w = vm.getattr(&f, &vm.names.write)?;
    for (i, a) in args[..npos].iter().enumerate() {
        if i > 0 {
            vm.call(&w, &[vm.new_str(&sep)], &[])?;
        }
        let s = if a.downcast::<StrData>().is_some_and(|s| s.is_exact()) {
            a.clone()
        } else {
            vm.new_string(vm.str(a)?)
        };
        vm.call(&w, &[s], &[])?;
    }
    vm.call(&w, &[vm.new_str(&end)], &[])?;
    if flush {
        let fl = vm.getattr(&f, &vm.names.flush)?;
        vm.call(&fl, &[], &[])?;
    }
    Ok(vm.none.clone())
}

fn bi_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "len", args, kw, 1, 1)?;
    Ok(vm.new_int(vm.len(&args[0])? as i64))
}

fn bi_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "repr", args, kw, 1, 1)?;
    vm.repr_value(&args[0])
}

fn bi_ascii(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "ascii", args, kw, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(vm.new_string(crate::repr::ascii_escape(&r)))
}

fn type_tuple_check(
    vm: &Vm,
    cls: &Value,
    f: &dyn Fn(&Obj<TypeData>) -> bool,
    name: &str,
) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<TypeData>() {
        return Ok(f(t));
    }
    if let Some(items) = cls.downcast::<TupleData>() {
        for c in items.items() {
            if type_tuple_check(vm, c, f, name)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(vm.new_type_error(format!(
        "{name}() arg 2 must be a type, a tuple of types, or a union"
    )))
}

fn bi_isinstance(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "isinstance", args, kw, 2, 2)?;
    let obj = &args[0];
    if let Some(t) = args[1].downcast::<TypeData>() {
        if t.class().is_heap() {
            if let Some(f) = t.class().lookup(&vm.names.__instancecheck__) {
                let r = vm.call_found(&args[1], f, &[obj.clone()])?;
                return Ok(vm.new_bool(vm.is_true(&r)?));
            }
        }
    }
    let r = type_tuple_check(vm, &args[1], &|t| obj.class().is_subtype(t), "isinstance")?;
    Ok(vm.new_bool(r))
}

fn bi_issubclass(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "issubclass", args, kw, 2, 2)?;
    let Some(c) = args[0].downcast::<TypeData>() else {
        return Err(vm.new_type_error("issubclass() arg 1 must be a class"));
    };
    let r = type_tuple_check(vm, &args[1], &|t| c.is_subtype(t), "issubclass")?;
    Ok(vm.new_bool(r))
}

fn bi_id(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "id", args, kw, 1, 1)?;
    Ok(vm.new_int(args[0].raw() as i64))
}

fn bi_hash(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "hash", args, kw, 1, 1)?;
    Ok(vm.new_int(vm.hash(&args[0])?))
}

fn bi_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "iter", args, kw, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_true(&bi_callable(vm, &args[..1], &[])?)? {
            return Err(vm.new_type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(alloc_object(
            vm.types.callable_iterator,
            crate::objects::iter::CallableIterData {
                callable: RefCell::new(Some(args[0].clone())),
                sentinel: args[1].clone(),
            },
        )
        .into_value());
    }
    vm.iter(&args[0])
}

fn bi_next(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "next", args, kw, 1, 2)?;
    let it = &args[0];
    if it.class().lookup(&vm.names.__next__).is_none() && native_next_kind(vm, it).is_none() {
        return Err(vm.new_type_error(format!("'{}' object is not an iterator", it.class().name())));
    }
    if args.len() == 1
        && it
            .downcast::<crate::objects::generator::GeneratorData>()
            .is_some()
    {
        // A generator's StopIteration carries its return value.
        return crate::genobject::gen_next_value(vm, it);
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_stop_iteration(None)),
        },
    }
}

pub(crate) fn native_next_kind(_vm: &Vm, it: &Value) -> Option<()> {
    use crate::objects::iter::*;
    if it.downcast::<SeqIterData>().is_some()
        || it.downcast::<DictIterData>().is_some()
        || it
            .downcast::<crate::objects::range::RangeIterData>()
            .is_some()
        || it
            .downcast::<crate::objects::generator::GeneratorData>()
            .is_some()
        || it.downcast::<EnumerateData>().is_some()
        || it.downcast::<ZipData>().is_some()
        || it.downcast::<MapData>().is_some()
        || it.downcast::<FilterData>().is_some()
        || it.downcast::<CallableIterData>().is_some()
    {
        Some(())
    } else {
        None
    }
}

/// `next` for the iterator built-ins (enumerate, zip, map, filter, callable iterators).
pub fn native_next(vm: &Vm, it: &Value) -> PyResult<Option<Option<Value>>> {
    if let Some(e) = it.downcast::<EnumerateData>() {
        return Ok(Some(match vm.next(&e.iter)? {
            Some(v) => {
                let n = e.count.borrow().clone();
                let n1 = vm.binary_op(&n, &vm.new_int(1), 0)?;
                *e.count.borrow_mut() = n1;
                Some(vm.new_tuple(vec![n, v]))
            }
            None => None,
        }));
    }
    if let Some(z) = it.downcast::<ZipData>() {
        if z.iters.is_empty() {
            return Ok(Some(None));
        }
        let mut out = Vec::with_capacity(z.iters.len());
        for (i, x) in z.iters.iter().enumerate() {
            match vm.next(x)? {
                Some(v) => out.push(v),
                None => {
                    if z.strict.get() {
                        if i > 0 {
                            let plural = if i == 1 { " " } else { "s 1-" };
                            return Err(vm.new_value_error(format!(
                                "zip() argument {} is shorter than argument{}{}",
                                i + 1,
                                plural,
                                i
                            )));
                        }
                        for (j, y) in z.iters.iter().enumerate().skip(1) {
                            if vm.next(y)?.is_some() {
                                let plural = if j == 1 { " " } else { "s 1-" };
                                return Err(vm.new_value_error(format!(
                                    "zip() argument {} is longer than argument{}{}",
                                    j + 1,
                                    plural,
                                    j
                                )));
                            }
                        }
                    }
                    return Ok(Some(None));
                }
            }
        }
        return Ok(Some(Some(vm.new_tuple(out))));
    }
    if let Some(m) = it.downcast::<MapData>() {
        let mut args = Vec::with_capacity(m.iters.len());
        for x in &m.iters {
            match vm.next(x)? {
                Some(v) => args.push(v),
                None => return Ok(Some(None)),
            }
        }
        return Ok(Some(Some(vm.call(&m.func, &args, &[])?)));
    }
    if let Some(fl) = it.downcast::<FilterData>() {
        loop {
            match vm.next(&fl.iter)? {
                Some(v) => {
                    let keep = if vm.is_none(&fl.func)
                        || std::ptr::eq(fl.func.class(), vm.types.type_)
                            && fl
                                .func
                                .downcast::<TypeData>()
                                .is_some_and(|t| std::ptr::eq(t, vm.types.bool_))
                    {
                        vm.is_true(&v)?
                    } else {
                        let r = vm.call(&fl.func, &[v.clone()], &[])?;
                        vm.is_true(&r)?
                    };
                    if keep {
                        return Ok(Some(Some(v)));
                    }
                }
                None => return Ok(Some(None)),
            }
        }
    }
    if let Some(c) = it.downcast::<crate::objects::iter::CallableIterData>() {
        let f = c.callable.borrow().clone();
        let Some(f) = f else { return Ok(Some(None)) };
        let v = match vm.call(&f, &[], &[]) {
            Ok(v) => v,
            Err(e) if e.class().is_subtype(vm.types.exc.stop_iteration) => {
                *c.callable.borrow_mut() = None;
                return Ok(Some(None));
            }
            Err(e) => return Err(e),
        };
        if vm.eq_bool(&v, &c.sentinel)? {
            *c.callable.borrow_mut() = None;
            return Ok(Some(None));
        }
        return Ok(Some(Some(v)));
    }
    Ok(None)
}

fn bi_callable(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "callable", args, kw, 1, 1)?;
    let v = &args[0];
    let r = v.downcast::<FunctionData>().is_some()
        || v.downcast::<crate::objects::builtin::BuiltinFunctionData>()
            .is_some()
        || v.downcast::<TypeData>().is_some()
        || v.downcast::<crate::objects::function::BoundMethodData>()
            .is_some()
        || v.downcast::<crate::objects::builtin::MethodDescrData>()
            .is_some()
        || v.class().lookup(&vm.names.__call__).is_some();
    Ok(vm.new_bool(r))
}

fn bi_getattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "getattr", args, kw, 2, 3)?;
    let Some(n) = args[1].downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            args[1].class().name()
        )));
    };
    match vm.getattr(&args[0], n) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && e.class().is_subtype(vm.types.exc.attribute_error) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn bi_setattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "setattr", args, kw, 3, 3)?;
    let Some(n) = args[1].downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            args[1].class().name()
        )));
    };
    vm.setattr(&args[0], n, Some(args[2].clone()))?;
    Ok(vm.none.clone())
}

fn bi_delattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "delattr", args, kw, 2, 2)?;
    let Some(n) = args[1].downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            args[1].class().name()
        )));
    };
    vm.setattr(&args[0], n, None)?;
    Ok(vm.none.clone())
}

fn bi_hasattr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "hasattr", args, kw, 2, 2)?;
    let Some(n) = args[1].downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            args[1].class().name()
        )));
    };
    Ok(vm.new_bool(vm.getattr_opt(&args[0], n)?.is_some()))
}

fn bi_abs(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // One small int, the usual case: no arity check beyond the count.
    if let ([x], []) = (args, kw) {
        if let Some(i) = x.as_small_int() {
            return Ok(vm.new_int(i.abs()));
        }
    }
    arity(vm, "abs", args, kw, 1, 1)?;
    if let Some(i) = as_int(&args[0]) {
        return Ok(match i {
            IntRef::Small(x) => vm.new_int(x.abs()),
            IntRef::Big(b) => vm.new_bigint(num_traits::Signed::abs(b)),
        });
    }
    if let Some(f) = crate::ops::float_of(&args[0]) {
        return Ok(vm.new_float(f.abs()));
    }
    match vm.call_special(&args[0], &vm.names.__abs__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.new_type_error(format!(
            "bad operand type for abs(): '{}'",
            args[0].class().name()
        ))),
    }
}

fn minmax(
    vm: &Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    op: crate::number::CompareOp,
) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut key = None;
    let mut default = None;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match k.downcast::<StrData>().map(|s| s.as_str()) {
            Some("key") => key = Some(v.clone()).filter(|v| !vm.is_none(v)),
            Some("default") => default = Some(v.clone()),
            Some(other) => {
                return Err(vm.new_type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
            None => {}
        }
    }
    let items = if npos == 1 {
        vm.collect(&args[0])?
    } else if npos == 0 {
        return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        if default.is_some() {
            return Err(vm.new_type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args[..npos].to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()], &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.new_value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn bi_min(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(vm, args, kw, "min", crate::number::CompareOp::Lt)
}

fn bi_max(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(vm, args, kw, "max", crate::number::CompareOp::Gt)
}

fn bi_sum(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut start = if npos >= 2 {
        args[1].clone()
    } else {
        vm.new_int(0)
    };
    for (k, v) in kw.iter().zip(&args[npos..]) {
        if k.downcast::<StrData>()
            .is_some_and(|s| s.as_str() == "start")
        {
            start = v.clone();
        }
    }
    if npos == 0 {
        return Err(vm.new_type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if start.downcast::<StrData>().is_some() {
        return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.iter(&args[0])?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, 0)?;
    }
    Ok(acc)
}

fn bi_build_class(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::typeobject_new::build_class(vm, args, kw)
}

fn bi_globals(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_exception_msg(
        vm.types.exc.system_error,
        "globals() is not implemented yet",
    ))
}

fn bi_chr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "chr", args, kw, 1, 1)?;
    // The argument is read as a C int (CPython: PyLong_AsInt).
    let too_large = || vm.new_overflow_error("Python int too large to convert to C int");
    let i = match vm.index_to_isize(&args[0]) {
        Ok(i) => i,
        Err(e) if vm.isinstance(e.as_value(), vm.types.exc.overflow_error) => {
            return Err(too_large())
        }
        Err(e) => return Err(e),
    };
    if i32::try_from(i).is_err() {
        return Err(too_large());
    }
    match u32::try_from(i).ok().filter(|&c| c < 0x110000) {
        Some(c) if crate::objects::str::is_surrogate(c) => Ok(crate::object::alloc_object(
            vm.types.str,
            StrData::from_code_points(&[c]),
        )
        .into_value()),
        Some(c) => Ok(vm.new_string(char::from_u32(c).unwrap_or('\u{FFFD}').to_string())),
        None => Err(vm.new_value_error("chr() arg not in range(0x110000)")),
    }
}

fn bi_ord(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "ord", args, kw, 1, 1)?;
    match args[0].downcast::<StrData>() {
        Some(s) if s.char_len() == 1 => Ok(vm.new_int(s.code_point_at(0).unwrap_or(0) as i64)),
        Some(s) => Err(vm.new_type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        None => {
            // bytes and bytearray of length one give their byte (CPython builtin_ord).
            let is_bytes = args[0]
                .downcast::<crate::objects::bytes::BytesData>()
                .is_some()
                || args[0]
                    .downcast::<crate::objects::bytes::ByteArrayData>()
                    .is_some();
            match crate::bytesmethods::bytes_like(&args[0]).filter(|_| is_bytes) {
                Some(b) if b.len() == 1 => Ok(vm.new_int(b[0] as i64)),
                Some(b) => Err(vm.new_type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                ))),
                None => Err(vm.new_type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    args[0].class().name()
                ))),
            }
        }
    }
}

fn bi_format(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "format", args, kw, 1, 2)?;
    vm.format(&args[0], args.get(1))
}

fn bi_divmod(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "divmod", args, kw, 2, 2)?;
    let q = vm.binary_op(&args[0], &args[1], 2)?;
    let r = vm.binary_op(&args[0], &args[1], 6)?;
    Ok(vm.new_tuple(vec![q, r]))
}

/// `bin`, `oct` and `hex`: the integer (or `__index__` result) in base 2, 8 or 16 with its
/// prefix (CPython `PyNumber_ToBase`).
fn to_base(vm: &Vm, name: &str, args: &[Value], kw: &[Value], radix: u32) -> PyResult<Value> {
    arity(vm, name, args, kw, 1, 1)?;
    let v = &args[0];
    let idx = match as_int(v) {
        Some(_) => v.clone(),
        None => match vm.call_special(v, &vm.names.__index__, &[])? {
            Some(r) if as_int(&r).is_some() => r,
            Some(r) => {
                return Err(vm.new_type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.class().name()
                )))
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.class().name()
                )))
            }
        },
    };
    let n = as_int(&idx).map(|i| i.to_bigint()).unwrap_or_default();
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    let digits = n.magnitude().to_str_radix(radix);
    Ok(vm.new_string(format!("{sign}{prefix}{digits}")))
}

fn bi_bin(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    to_base(vm, "bin", args, kw, 2)
}

fn bi_oct(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    to_base(vm, "oct", args, kw, 8)
}

fn bi_hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    to_base(vm, "hex", args, kw, 16)
}

fn bi_pow(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    arity(vm, "pow", args, kw, 2, 3)?;
    let r = vm.binary_op(&args[0], &args[1], 8)?;
    if args.len() == 3 && !vm.is_none(&args[2]) {
        return vm.binary_op(&r, &args[2], 6);
    }
    Ok(r)
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the same arguments.
// CPython: bltinmodule.c builtin_breakpoint
fn bi_breakpoint(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let sys = vm.sys.borrow().clone();
    let hook = match &sys {
        Some(s) => vm.getattr_str(s, "breakpointhook").ok(),
        None => None,
    };
    match hook {
        Some(h) => vm.call(&h, args, kw),
        None => Err(vm.new_runtime_error("lost sys.breakpointhook")),
    }
}

/// The built-in functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", bi_print),
    ("len", bi_len),
    ("repr", bi_repr),
    ("ascii", bi_ascii),
    ("isinstance", bi_isinstance),
    ("issubclass", bi_issubclass),
    ("id", bi_id),
    ("hash", bi_hash),
    ("iter", bi_iter),
    ("next", bi_next),
    ("aiter", crate::genobject::builtin_aiter),
    ("anext", crate::genobject::builtin_anext),
    ("callable", bi_callable),
    ("getattr", bi_getattr),
    ("setattr", bi_setattr),
    ("delattr", bi_delattr),
    ("hasattr", bi_hasattr),
    ("abs", bi_abs),
    ("min", bi_min),
    ("max", bi_max),
    ("sum", bi_sum),
    ("__build_class__", bi_build_class),
    ("globals", bi_globals),
    ("chr", bi_chr),
    ("ord", bi_ord),
    ("format", bi_format),
    ("divmod", bi_divmod),
    ("pow", bi_pow),
    ("bin", bi_bin),
    ("oct", bi_oct),
    ("hex", bi_hex),
    ("breakpoint", bi_breakpoint),
];

/// Fills the `builtins` module dict.
pub fn init(vm: &Vm) {
    let b = &vm.builtins;
    crate::objects::builtin::add_module_functions(vm, &b, None, FUNCTIONS);
    let t = vm.types;
    for (name, ty) in [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("memoryview", t.memoryview),
    ] {
        b.set_str(vm, &vm.intern(name), ty.to_value());
    }
    let builtins_name = vm.intern("builtins").into_value();
    for (name, ty) in t.exc.all() {
        b.set_str(vm, &vm.intern(name), ty.to_value());
        ty.dict
            .set_str(vm, &vm.names.__module__, builtins_name.clone());
    }
    b.set_str(vm, &vm.intern("None"), vm.none.clone());
    b.set_str(vm, &vm.intern("True"), vm.true_.clone());
    b.set_str(vm, &vm.intern("False"), vm.false_.clone());
    b.set_str(vm, &vm.intern("Ellipsis"), vm.ellipsis.clone());
    b.set_str(vm, &vm.intern("NotImplemented"), vm.not_implemented.clone());
    b.set_str(vm, &vm.names.__name__, vm.new_str("builtins"));
    b.set_str(
        vm,
        &vm.intern("__debug__"),
        vm.new_bool(crate::initconfig::get().optimize == 0),
    );
    crate::builtins_types::init(vm);
    crate::bltin_exec::init(vm);
    crate::bltinnum::init(vm);
}

/// The built-in `__new__` that `b`'s own dict holds for `b` itself (a built-in type's, or
/// that of a type a built-in module makes), if any.
fn own_builtin_new(vm: &Vm, b: &Obj<TypeData>) -> Option<crate::objects::builtin::NativeFn> {
    let new = b.dict.get_str(&vm.names.__new__)?;
    let f = new.downcast::<crate::objects::builtin::BuiltinFunctionData>()?;
    let owner = f.self_.as_ref()?.downcast::<TypeData>()?;
    (f.tp_new && std::ptr::eq(owner, b)).then_some(f.func)
}

/// The `__new__` a class inherits as its tp_new slot: that of the nearest type along its
/// chain of bases that has a built-in `__new__` of its own.
fn static_base_new(vm: &Vm, t: &Obj<TypeData>) -> Option<crate::objects::builtin::NativeFn> {
    let mut b = t.to_ref();
    loop {
        if let Some(f) = own_builtin_new(vm, &b) {
            return Some(f);
        }
        if !b.is_heap() {
            return crate::objects::builtin::builtin_new_fn(&b.lookup(&vm.names.__new__)?);
        }
        let next = b.base.borrow().clone()?;
        b = next;
    }
}

/// Whether the `__new__` that `t` finds is a built-in type's stored in the dict of another
/// class (`__new__ = list.__new__` in a class statement).
fn new_set_by_class(vm: &Vm, t: &Obj<TypeData>) -> bool {
    if !t.is_heap() {
        return false;
    }
    let mro = t.mro_tail.borrow();
    let definer = std::iter::once(t)
        .chain(mro.iter().map(|b| &**b))
        .find(|b| b.dict.get_str(&vm.names.__new__).is_some());
    definer.is_some_and(|d| d.is_heap() && own_builtin_new(vm, d).is_none())
}

/// `type.__call__`: makes an instance (`__new__`) and initialises it (`__init__`).
pub fn type_call(vm: &Vm, t: &Obj<TypeData>, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() == 1 && kw.is_empty() {
        // The one-argument calls of `type` and `str` skip `__new__`/`__init__` dispatch, as
        // CPython's vectorcall slots for them do.
        if std::ptr::eq(t, vm.types.type_) {
            return Ok(args[0].class().to_value());
        }
        if std::ptr::eq(t, vm.types.str) {
            return vm.str_value(&args[0]);
        }
    }
    let new = t
        .lookup(&vm.names.__new__)
        .ok_or_else(|| vm.new_type_error(format!("cannot create '{}' instances", t.name())))?;
    if let Some(r) = crate::objects::exceptions::fast_exception_call(vm, t, &new, args, kw) {
        return r;
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(t.to_value());
    all.extend_from_slice(args);
    // `__new__` is read as an attribute of the class (CPython: slot_tp_new's getattr), so a
    // classmethod or another descriptor stored there is bound first.
    let new = match new.downcast::<crate::objects::descr::StaticMethodData>() {
        Some(s) => s.func.borrow().clone().unwrap_or_else(|| vm.none.clone()),
        None if new.downcast::<FunctionData>().is_some()
            || crate::objects::builtin::builtin_new_fn(&new).is_some() =>
        {
            new
        }
        None => crate::ops::descr_get(vm, new, None, t)?,
    };
    // A built-in `__new__` runs directly, without the checks of a call of `X.__new__(cls)`
    // (CPython: type_call calls the class's tp_new slot, not tp_new_wrapper). One that a class
    // statement stored (`__new__ = list.__new__`) leaves the class the `__new__` it inherits
    // from its nearest built-in base (CPython: typeobject.c update_one_slot's tp_new case).
    let obj = match crate::objects::builtin::builtin_new_fn(&new) {
        Some(f) => {
            let f = match new_set_by_class(vm, t) {
                true => static_base_new(vm, t).unwrap_or(f),
                false => f,
            };
            f(vm, &all, kw)?
        }
        None => vm.call(&new, &all, kw)?,
    };
    if !obj.class().is_subtype(t) {
        return Ok(obj);
    }
    if std::ptr::eq(t, vm.types.type_) {
        return Ok(obj);
    }
    if let Some(init) = obj.class().lookup(&vm.names.__init__) {
        // A function or method descriptor is called with the instance first; anything else
        // is bound through its `__get__`, if it has one (CPython: typeobject.c slot_tp_init,
        // lookup_method).
        use crate::objects::builtin::MethodDescrData;
        let r = if init.downcast::<FunctionData>().is_some()
            || init.downcast::<MethodDescrData>().is_some()
        {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            vm.call(&init, &all, kw)?
        } else {
            let bound = crate::ops::descr_get(vm, init, Some(&obj), obj.class())?;
            vm.call(&bound, args, kw)?
        };
        if !vm.is_none(&r) {
            return Err(vm.new_type_error(format!(
                "__init__() should return None, not '{}'",
                r.class().name()
            )));
        }
    }
    Ok(obj)
}

/// Sets or clears the finalizer flag after `__del__` changes on a class.
pub fn update_finalizer_flag(vm: &Vm, t: &Obj<TypeData>) {
    let has = t.lookup(&vm.names.__del__).is_some();
    let f = t.flags.get();
    t.flags.set(if has {
        f | flags::HAS_FINALIZER
    } else {
        f & !flags::HAS_FINALIZER
    });
}

/// The limit on decimal digits in int/str conversions (`sys.set_int_max_str_digits`); 0
/// means no limit.
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Decimal digits of a big int, with the digit limit.
pub fn int_to_decimal(vm: &Vm, b: &num_bigint::BigInt) -> PyResult<String> {
    let s = b.to_string();
    let digits = s.trim_start_matches('-').len();
    let limit = int_max_str_digits();
    if limit > 0 && digits > limit {
        return Err(vm.new_value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

/// `repr` of functions, types, modules and the other built-in objects.
pub fn other_repr(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(r) = crate::objects::descr::descr_repr(vm, v)? {
        return Ok(Some(r));
    }
    if let Some(t) = v.downcast::<TypeData>() {
        let module = t.dict.get_str(&vm.names.__module__);
        let q = t.qualname.borrow().clone();
        return Ok(Some(
            match module.as_ref().and_then(|m| m.downcast::<StrData>()) {
                Some(m) if m.as_str() != "builtins" => format!("<class '{}.{}'>", m.as_str(), q),
                None if !t.is_heap() && crate::typeobject::builtin_module_of(t).is_some() => {
                    let m = crate::typeobject::builtin_module_of(t).unwrap_or_default();
                    format!("<class '{m}.{q}'>")
                }
                _ => format!("<class '{}'>", q),
            },
        ));
    }
    if let Some(f) = v.downcast::<FunctionData>() {
        return Ok(Some(format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().as_str(),
            v.raw()
        )));
    }
    if let Some(b) = v.downcast::<crate::objects::builtin::BuiltinFunctionData>() {
        return Ok(Some(match &b.self_ {
            Some(s) if b.is_bound() => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                s.class().name(),
                s.raw()
            ),
            _ => format!("<built-in function {}>", b.name),
        }));
    }
    if let Some(m) = v.downcast::<ModuleData>() {
        let name = m
            .dict
            .get_str(&vm.names.__name__)
            .map(|n| vm.repr(&n))
            .transpose()?
            .unwrap_or_else(|| "'?'".into());
        if let Some(f) = m.dict.get_str(&vm.names.__file__) {
            return Ok(Some(format!("<module {} from {}>", name, vm.repr(&f)?)));
        }
        // Modules made by the interpreter from its table are built-in; others (made by
        // `types.ModuleType`) show their loader if they have one. CPython: _bootstrap._module_repr.
        let bare = m
            .dict
            .get_str(&vm.names.__name__)
            .and_then(|n| crate::ops::str_of(&n).map(|s| s.to_string()));
        let builtin = bare.as_deref().is_some_and(|n| {
            crate::config::names().contains(&n)
                && vm.modules.get_str(&vm.intern(n)).is_some_and(|x| x.is(v))
        });
        if builtin {
            return Ok(Some(format!("<module {} (built-in)>", name)));
        }
        return Ok(Some(match m.dict.get_str(&vm.intern("__loader__")) {
            Some(l) if !vm.is_none(&l) => format!("<module {} ({})>", name, vm.repr(&l)?),
            _ => format!("<module {}>", name),
        }));
    }
    if let Some(e) = v.downcast::<ExceptionData>() {
        let args = e.args.borrow().clone();
        let name = v.class().name();
        return Ok(Some(match args.downcast::<TupleData>() {
            Some(t) if t.len() == 1 => format!("{}({})", name, vm.repr(&t.items()[0])?),
            _ => format!("{}{}", name, vm.repr(&args)?),
        }));
    }
    if let Some(r) = v.downcast::<crate::objects::range::RangeData>() {
        let step1 = r.step.as_small_int() == Some(1);
        return Ok(Some(if step1 {
            format!("range({}, {})", vm.repr(&r.start)?, vm.repr(&r.stop)?)
        } else {
            format!(
                "range({}, {}, {})",
                vm.repr(&r.start)?,
                vm.repr(&r.stop)?,
                vm.repr(&r.step)?
            )
        }));
    }
    if let Some(m) = v.downcast::<crate::objects::function::BoundMethodData>() {
        return crate::objects::function::bound_method_repr(vm, &m).map(Some);
    }
    if let Some(g) = v.downcast::<crate::objects::generator::GeneratorData>() {
        return Ok(Some(format!(
            "<{} object {} at {:#x}>",
            v.class().name(),
            g.qualname.borrow().as_str(),
            v.raw()
        )));
    }
    Ok(None)
}

/// `str()` of an exception.
pub fn exception_str(vm: &Vm, v: &Value) -> PyResult<String> {
    let Some(e) = v.downcast::<ExceptionData>() else {
        return Ok(String::new());
    };
    if let Some(s) = crate::exceptions_attrs::class_str(vm, v)? {
        return Ok(s);
    }
    let args = e.args.borrow().clone();
    let items = args
        .downcast::<TupleData>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    if v.class().is_subtype(vm.types.exc.key_error) && items.len() == 1 {
        return vm.repr(&items[0]);
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => vm.str(&items[0]),
        _ => vm.repr(&args),
    }
}

/// Shows an expression statement's value in interactive mode: calls `sys.displayhook`.
pub fn displayhook(vm: &Vm, v: &Value) -> PyResult<()> {
    let sys = vm.sys.borrow().clone();
    let hook = sys.and_then(|s| vm.getattr_str(&s, "displayhook").ok());
    match hook {
        Some(h) => vm.call(&h, &[v.clone()], &[]).map(|_| ()),
        None => Err(vm.new_runtime_error("lost sys.displayhook")),
    }
}

/// The default `sys.displayhook`: prints the repr of a value other than None and keeps it in
/// `builtins._` (CPython: sysmodule.c sys_displayhook).
pub fn default_displayhook(vm: &Vm, v: &Value) -> PyResult<()> {
    if vm.is_none(v) {
        return Ok(());
    }
    vm.builtins.set_str(vm, &vm.intern("_"), vm.none.clone());
    let r = vm.repr(v)?;
    crate::sysmodule::write_stdout(vm, &format!("{r}\n"), false)?;
    vm.builtins.set_str(vm, &vm.intern("_"), v.clone());
    Ok(())
}

/// `PREP_RERAISE_STAR` (see exceptions_group.rs).
pub fn prep_reraise_star(vm: &Vm, orig: Value, excs: Value) -> PyResult<Value> {
    crate::exceptions_group::prep_reraise_star(vm, orig, excs)
}

/// `CHECK_EG_MATCH` (see exceptions_group.rs).
pub fn exception_group_match(vm: &Vm, eg: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    crate::exceptions_group::exception_group_match(vm, eg, ty)
}

/// Modules built into ouro.
pub fn builtin_module(vm: &Vm, name: &str) -> PyResult<Option<Value>> {
    match name {
        "sys" => Ok(vm.sys.borrow().clone()),
        "builtins" => {
            let m = alloc_object(
                vm.types.module,
                ModuleData {
                    dict: vm.builtins.clone(),
                },
            )
            .into_value();
            Ok(Some(m))
        }
        _ => Ok(crate::config::find(name).map(|make| make(vm))),
    }
}

/// `sys.path` as a vector.
pub fn sys_path(vm: &Vm) -> Vec<Value> {
    let sys = vm.sys.borrow().clone();
    let Some(sys) = sys else { return Vec::new() };
    match vm.getattr_str(&sys, "path") {
        Ok(p) => vm.collect(&p).unwrap_or_default(),
        Err(_) => Vec::new(),
    }
}

pub fn _unused(_: &ObjectData, _: &CellData, _: &DictData, _: Rc<str>) {}
