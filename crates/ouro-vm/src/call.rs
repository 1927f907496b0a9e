//! Calls and the heavier instructions' helpers: binding arguments to a new frame's parameters
//! with CPython's error messages, making functions, method and `super()` loading, unpacking,
//! `raise`, exception matching, `with`, and the pattern-matching instructions.
//! CPython: Python/ceval.c (initialize_locals, do_raise, unpack_iterable, match_*),
//! Objects/funcobject.c, Objects/typeobject.c (super).

use std::cell::RefCell;

use crate::ceval::Frame;
use crate::object::{alloc_object, Value};
use crate::objects::builtin::MethodDescrData;
use crate::objects::code::CodeData;
use crate::objects::dict::{DictData, DictRef};
use crate::objects::exceptions::ExceptionData;
use crate::objects::function::FunctionData;
use crate::objects::list::ListData;
use crate::objects::range::SliceData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::typeobject::TypeData;
use crate::vm::{PyErr, PyResult, Vm};
use ouro_bytecode::code::{CO_VARARGS, CO_VARKEYWORDS};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Makes the frame for calling `f` with `args` (the last `kwnames.len()` are keywords).
pub fn make_frame(
    vm: &Vm,
    f: &crate::object::Obj<FunctionData>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Frame> {
    let code = f.code.get();
    let frame = Frame::new(
        code.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        None,
        Some(f.to_value()),
    );
    bind_args(vm, f, &code, &frame, args, kwnames)?;
    Ok(frame)
}

fn func_qualname(f: &crate::object::Obj<FunctionData>) -> String {
    f.qualname.borrow().as_str().to_string()
}

fn bind_args(
    vm: &Vm,
    f: &crate::object::Obj<FunctionData>,
    code: &CodeData,
    frame: &Frame,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let co = &code.code;
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & CO_VARARGS != 0;
    let has_varkw = co.flags & CO_VARKEYWORDS != 0;
    let total = argcount + kwonly;
    let npos = args.len() - kwnames.len();
    let r = &frame.region;
    let kwdict = if has_varkw {
        let d = vm.new_dict();
        let idx = total + has_varargs as usize;
        r.set(idx, Some(d.to_value()));
        Some(d)
    } else {
        None
    };
    let n = npos.min(argcount);
    for (i, a) in args[..n].iter().enumerate() {
        r.set(i, Some(a.clone()));
    }
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        r.set(total, Some(vm.new_tuple(extra)));
    } else if npos > argcount {
        return Err(too_many_positional(vm, f, code, npos, kwnames));
    }
    let names = &code.localsplusnames;
    let mut posonly_passed_as_kw: Vec<String> = Vec::new();
    for (j, kn) in kwnames.iter().enumerate() {
        let value = args[npos + j].clone();
        let Some(ks) = kn.downcast::<StrData>() else {
            return Err(vm.new_type_error("keywords must be strings"));
        };
        let mut found = None;
        for (i, name) in names.iter().enumerate().take(total).skip(posonly) {
            if name.as_str() == ks.as_str() {
                found = Some(i);
                break;
            }
        }
        match found {
            Some(i) => {
                if r.get(i).is_some() {
                    return Err(vm.new_type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        func_qualname(f),
                        ks.as_str()
                    )));
                }
                r.set(i, Some(value));
            }
            None => match &kwdict {
                Some(d) => {
                    d.set_item(vm, kn.clone(), value)?;
                }
                None => {
                    if names[..posonly].iter().any(|n| n.as_str() == ks.as_str()) {
                        posonly_passed_as_kw.push(ks.as_str().to_string());
                        continue;
                    }
                    return Err(vm.new_type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        func_qualname(f),
                        ks.as_str()
                    )));
                }
            },
        }
    }
    if !posonly_passed_as_kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            func_qualname(f),
            posonly_passed_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    if npos < argcount {
        let defaults = f.defaults.borrow().clone();
        let defs: Vec<Value> = defaults
            .as_ref()
            .and_then(|d| d.downcast::<TupleData>())
            .map(|t| t.items().to_vec())
            .unwrap_or_default();
        let first_default = argcount - defs.len();
        let mut missing = Vec::new();
        for i in npos..argcount {
            if r.get(i).is_none() {
                if i >= first_default {
                    r.set(i, Some(defs[i - first_default].clone()));
                } else {
                    missing.push(names[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(vm, f, &missing, "positional"));
        }
    }
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..total {
            if r.get(i).is_none() {
                let d = kwdefaults
                    .as_ref()
                    .and_then(|d| d.downcast::<DictData>())
                    .and_then(|d| d.get_str(&names[i]));
                match d {
                    Some(v) => {
                        r.set(i, Some(v));
                    }
                    None => missing.push(names[i].as_str().to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(vm, f, &missing, "keyword-only"));
        }
    }
    Ok(())
}

fn missing_args(
    vm: &Vm,
    f: &crate::object::Obj<FunctionData>,
    missing: &[String],
    kind: &str,
) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    vm.new_type_error(format!(
        "{}() missing {} required {} {}: {}",
        func_qualname(f),
        missing.len(),
        kind,
        if missing.len() == 1 {
            "argument"
        } else {
            "arguments"
        },
        list
    ))
}

fn too_many_positional(
    vm: &Vm,
    f: &crate::object::Obj<FunctionData>,
    code: &CodeData,
    given: usize,
    kwnames: &[Value],
) -> PyErr {
    let co = &code.code;
    let argcount = co.argcount as usize;
    let defaults = f.defaults.borrow().clone();
    let ndefs = defaults
        .as_ref()
        .and_then(|d| d.downcast::<TupleData>())
        .map(|t| t.len())
        .unwrap_or(0);
    let kwonly_given = kwnames
        .iter()
        .filter(|k| {
            code.localsplusnames[argcount..argcount + co.kwonlyargcount as usize]
                .iter()
                .any(|n| Some(n.as_str()) == k.downcast::<StrData>().map(|s| s.as_str()))
        })
        .count();
    let sig = if ndefs > 0 {
        format!("from {} to {}", argcount - ndefs, argcount)
    } else {
        argcount.to_string()
    };
    let takes = if ndefs > 0 {
        format!("{sig} positional arguments")
    } else {
        format!(
            "{} positional argument{}",
            sig,
            if argcount == 1 { "" } else { "s" }
        )
    };
    let given_s = if kwonly_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were given",
            given,
            if given == 1 { "" } else { "s" },
            kwonly_given,
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{} {} given",
            given,
            if given == 1 { "was" } else { "were" }
        )
    };
    let _ = plural;
    vm.new_type_error(format!(
        "{}() takes {} but {}",
        func_qualname(f),
        takes,
        given_s
    ))
}

/// `MAKE_FUNCTION`.
#[allow(clippy::too_many_arguments)]
pub fn make_function(
    vm: &Vm,
    globals: &DictRef,
    builtins: &DictRef,
    code: Value,
    defaults: Option<Value>,
    kwdefaults: Option<Value>,
    annotations: Option<Value>,
    closure: Option<Value>,
) -> Value {
    let code = match code.try_into_ref::<CodeData>() {
        Ok(c) => c,
        Err(_) => return vm.none.clone(),
    };
    let doc = code
        .consts
        .first()
        .filter(|c| c.downcast::<StrData>().is_some())
        .cloned();
    let module = globals.get_str(&vm.names.__name__);
    alloc_object(
        vm.types.function,
        FunctionData {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code: crate::object::RefSlot::new(code),
            globals: globals.clone(),
            builtins: builtins.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure: RefCell::new(closure),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(annotations),
            type_params: RefCell::new(None),
        },
    )
    .into_value()
}

/// `LOAD_ATTR` with the method bit: (unbound method, self) or (None, attribute).
pub fn load_method(
    vm: &Vm,
    obj: &Value,
    name: &crate::object::Obj<StrData>,
) -> PyResult<(Option<Value>, Value)> {
    let ty = obj.class();
    let plain_getattr = !ty.is_heap()
        || ty
            .lookup(&vm.names.__getattribute__)
            .is_some_and(|g| g.downcast::<MethodDescrData>().is_some());
    if plain_getattr
        && obj.downcast::<TypeData>().is_none()
        && obj
            .downcast::<crate::objects::module::ModuleData>()
            .is_none()
        && obj.downcast::<crate::objects::descr::SuperData>().is_none()
    {
        if let Some(d) = ty.lookup(name) {
            let is_method = d.downcast::<FunctionData>().is_some()
                || d.downcast::<MethodDescrData>().is_some_and(|m| !m.is_class);
            if is_method {
                let shadowed = crate::ops::instance_dict(vm, obj, false)
                    .is_some_and(|dict| dict.get_str(name).is_some());
                if !shadowed {
                    return Ok((Some(d), obj.clone()));
                }
            }
        }
    }
    let v = vm.getattr(obj, name)?;
    Ok((None, v))
}

/// `LOAD_SUPER_ATTR`: `super().name` without making the super object when possible.
pub fn load_super_attr(
    vm: &Vm,
    global_super: &Value,
    class: &Value,
    self_: &Value,
    name: &crate::object::Obj<StrData>,
    oparg: u32,
) -> PyResult<(Option<Value>, Value)> {
    let args: Vec<Value> = if oparg & 2 != 0 {
        vec![class.clone(), self_.clone()]
    } else {
        vec![]
    };
    let _ = args;
    let sup = vm.call(global_super, &[class.clone(), self_.clone()], &[])?;
    let v = vm.getattr(&sup, name)?;
    if oparg & 1 != 0 {
        // Unwrap a bound method bound to `self_` into (function, self).
        if let Some(m) = v.downcast::<crate::objects::function::BoundMethodData>() {
            if m.self_.is(self_) {
                return Ok((Some(m.func.clone()), self_.clone()));
            }
        }
        return Ok((None, v));
    }
    Ok((None, v))
}

pub fn list_extend(vm: &Vm, l: &Value, it: &Value) -> PyResult<()> {
    let items = match vm.collect(it) {
        Ok(items) => items,
        Err(e)
            if e.class().is_subtype(vm.types.exc.type_error)
                && it.class().lookup(&vm.names.__iter__).is_none()
                && it.class().lookup(&vm.names.__getitem__).is_none() =>
        {
            return Err(vm.new_type_error(format!(
                "Value after * must be an iterable, not {}",
                it.class().name()
            )))
        }
        Err(e) => return Err(e),
    };
    if let Some(l) = l.downcast::<ListData>() {
        l.items.borrow_mut().extend(items);
    }
    Ok(())
}

pub fn set_update(vm: &Vm, s: &Value, it: &Value) -> PyResult<()> {
    if let Some(s) = s.downcast::<crate::objects::set::SetData>() {
        return crate::setmethods::update_internal(vm, s, it);
    }
    Ok(())
}

pub fn dict_update(
    vm: &Vm,
    d: &Value,
    other: &Value,
    merge: bool,
    func: Option<&Value>,
) -> PyResult<()> {
    let Some(d) = d.downcast::<DictData>() else {
        return Ok(());
    };
    if let Some(o) = other.downcast::<DictData>() {
        for (k, v) in o.items() {
            if merge && d.get_item(vm, &k)?.is_some() {
                let fname = func.map(|f| function_name(vm, f)).unwrap_or_default();
                return Err(vm.new_type_error(format!(
                    "{}() got multiple values for keyword argument '{}'",
                    fname,
                    vm.str(&k)?
                )));
            }
            d.set_item(vm, k, v)?;
        }
        return Ok(());
    }
    let keys = match vm.getattr_opt(other, &vm.names.keys)? {
        Some(k) => k,
        None => {
            return Err(vm.new_type_error(if merge {
                let fname = func.map(|f| function_name(vm, f)).unwrap_or_default();
                format!(
                    "{}() argument after ** must be a mapping, not {}",
                    fname,
                    other.class().name()
                )
            } else {
                format!("'{}' object is not a mapping", other.class().name())
            }))
        }
    };
    let keys = vm.call(&keys, &[], &[])?;
    for k in vm.collect(&keys)? {
        let v = vm.getitem(other, &k)?;
        d.set_item(vm, k, v)?;
    }
    Ok(())
}

/// How CPython names a callable in call errors: `module.qualname` unless the module is
/// `builtins` (CPython `_PyObject_FunctionStr`).
fn function_name(vm: &Vm, f: &Value) -> String {
    let qualname = match vm.getattr_opt(f, &vm.names.__qualname__) {
        Ok(Some(q)) => match q.downcast::<StrData>() {
            Some(s) => s.as_str().to_string(),
            None => return vm.str(f).unwrap_or_default(),
        },
        _ => return vm.str(f).unwrap_or_default(),
    };
    let module = match vm.getattr_opt(f, &vm.names.__module__) {
        Ok(Some(m)) => m.downcast::<StrData>().map(|s| s.as_str().to_string()),
        _ => None,
    };
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qualname}"),
        _ => qualname,
    }
}

/// `UNPACK_SEQUENCE` / `UNPACK_EX`: the items in order.
pub fn unpack(vm: &Vm, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
    let items = match vm.collect(seq) {
        Ok(i) => i,
        Err(e)
            if e.class().is_subtype(vm.types.exc.type_error)
                && seq.class().lookup(&vm.names.__iter__).is_none()
                && seq.class().lookup(&vm.names.__getitem__).is_none() =>
        {
            return Err(vm.new_type_error(format!(
                "cannot unpack non-iterable {} object",
                seq.class().name()
            )))
        }
        Err(e) => return Err(e),
    };
    match after {
        None => {
            if items.len() < before {
                return Err(vm.new_value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    before,
                    items.len()
                )));
            }
            if items.len() > before {
                // CPython 3.12 never reports how many values there were here.
                return Err(
                    vm.new_value_error(format!("too many values to unpack (expected {before})"))
                );
            }
            Ok(items)
        }
        Some(after) => {
            if items.len() < before + after {
                return Err(vm.new_value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let mut out: Vec<Value> = items[..before].to_vec();
            let mid_end = items.len() - after;
            out.push(vm.new_list(items[before..mid_end].to_vec()));
            out.extend(items[mid_end..].iter().cloned());
            Ok(out)
        }
    }
}

/// `CALL_FUNCTION_EX`: `f(*args, **kwargs)`.
pub fn call_ex(vm: &Vm, callable: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let (all, names) = ex_arguments(vm, callable, args, kwargs)?;
    vm.call(callable, &all, &names)
}

/// The arguments of `CALL_FUNCTION_EX` in the vectorcall form: the positional ones from the
/// iterable `args`, then the values of the dict `kwargs`, with its keys as the names.
pub fn ex_arguments(
    vm: &Vm,
    callable: &Value,
    args: &Value,
    kwargs: Option<&Value>,
) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let mut all: Vec<Value> = match args.downcast::<TupleData>() {
        Some(t) => t.items().to_vec(),
        None => match vm.collect(args) {
            Ok(v) => v,
            Err(_) => {
                return Err(vm.new_type_error(format!(
                    "{}() argument after * must be an iterable, not {}",
                    function_name(vm, callable),
                    args.class().name()
                )))
            }
        },
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        if let Some(d) = kw.downcast::<DictData>() {
            for (k, v) in d.items() {
                // CPython: _PyStack_UnpackDict (and every other way into a call).
                if k.downcast::<StrData>().is_none() {
                    return Err(vm.new_type_error("keywords must be strings"));
                }
                names.push(k);
                all.push(v);
            }
        }
    }
    Ok((all, names))
}

/// `CALL_INTRINSIC_1`.
pub fn intrinsic1(vm: &Vm, f: &mut Frame, oparg: u32, v: Value) -> PyResult<Value> {
    match oparg {
        1 => {
            // INTRINSIC_PRINT (interactive mode)
            crate::builtins::displayhook(vm, &v)?;
            Ok(vm.none.clone())
        }
        2 => {
            // INTRINSIC_IMPORT_STAR
            crate::import::import_star(vm, f, &v)?;
            Ok(vm.none.clone())
        }
        3 => {
            // INTRINSIC_STOPITERATION_ERROR
            Ok(crate::genobject::stopiteration_intrinsic(
                vm,
                f.code.code.flags,
                v,
            ))
        }
        4 => Ok(crate::genobject::async_gen_wrap(vm, v)), // INTRINSIC_ASYNC_GEN_WRAP
        5 => vm.unary_op(&v, crate::number::UnaryOp::Pos),
        6 => {
            // INTRINSIC_LIST_TO_TUPLE
            let items = v
                .downcast::<ListData>()
                .map(|l| l.snapshot())
                .unwrap_or_default();
            Ok(vm.new_tuple(items))
        }
        _ => crate::typevarobject::intrinsic1(vm, &f.globals, oparg, v),
    }
}

/// `CALL_INTRINSIC_2`.
pub fn intrinsic2(vm: &Vm, oparg: u32, a: Value, b: Value) -> PyResult<Value> {
    match oparg {
        1 => {
            // INTRINSIC_PREP_RERAISE_STAR
            crate::builtins::prep_reraise_star(vm, a, b)
        }
        _ => crate::typevarobject::intrinsic2(vm, oparg, a, b),
    }
}

/// `raise exc from cause`: the exception to raise.
pub fn do_raise(vm: &Vm, exc: Option<Value>, cause: Option<Value>) -> Result<PyErr, PyErr> {
    let Some(exc) = exc else {
        return match vm.current_exception() {
            Some(e) => e
                .try_into_ref::<ExceptionData>()
                .map_err(|_| vm.new_runtime_error("No active exception to reraise")),
            None => Err(vm.new_runtime_error("No active exception to reraise")),
        };
    };
    let e = instantiate_exception(vm, exc)?;
    if let Some(c) = cause {
        let c = if vm.is_none(&c) {
            None
        } else if c.downcast::<TypeData>().is_some() || c.downcast::<ExceptionData>().is_some() {
            Some(instantiate_exception(vm, c)?.into_value())
        } else {
            return Err(vm.new_type_error("exception causes must derive from BaseException"));
        };
        *e.cause.borrow_mut() = c;
        e.suppress_context.set(true);
    }
    Ok(e)
}

/// An exception instance from a class (called with no arguments) or an instance.
pub fn instantiate_exception(vm: &Vm, v: Value) -> PyResult<PyErr> {
    if let Some(t) = v.downcast::<TypeData>() {
        if t.is_subtype(vm.types.exc.base_exception) {
            let inst = vm.call(&v, &[], &[])?;
            return inst.try_into_ref::<ExceptionData>().map_err(|inst| {
                vm.new_type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    vm.repr(&v).unwrap_or_default(),
                    inst.class().name()
                ))
            });
        }
    }
    match v.try_into_ref::<ExceptionData>() {
        Ok(e) => Ok(e),
        Err(_) => Err(vm.new_type_error("exceptions must derive from BaseException")),
    }
}

/// Sets `__context__` of a newly raised exception to the exception being handled.
pub fn set_context(vm: &Vm, exc: &PyErr) {
    let Some(cur) = vm.current_exception() else {
        return;
    };
    if cur.is(exc.as_value()) {
        return;
    }
    if exc.context.borrow().is_some() {
        return;
    }
    // Break cycles: if `exc` is in the chain of `cur`'s contexts, cut it there.
    let mut o = cur.clone();
    loop {
        let next = o
            .downcast::<ExceptionData>()
            .and_then(|e| e.context.borrow().clone());
        match next {
            Some(n) if n.is(exc.as_value()) => {
                if let Some(e) = o.downcast::<ExceptionData>() {
                    *e.context.borrow_mut() = None;
                }
                break;
            }
            Some(n) => o = n,
            None => break,
        }
    }
    *exc.context.borrow_mut() = Some(cur);
}

/// `CHECK_EXC_MATCH`.
pub fn exception_matches(vm: &Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    let check = |t: &Value| -> PyResult<bool> {
        match t.downcast::<TypeData>() {
            Some(tt) if tt.is_subtype(vm.types.exc.base_exception) => {
                Ok(exc.class().is_subtype(tt))
            }
            _ => Err(vm.new_type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    if let Some(items) = ty.downcast::<TupleData>() {
        for t in items.items() {
            if check(t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(ty)
}

/// `CHECK_EG_MATCH`: (rest, matched) for `except*`.
pub fn exception_group_match(vm: &Vm, eg: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    crate::builtins::exception_group_match(vm, eg, ty)
}

/// `BEFORE_WITH`: (bound `__exit__`, result of `__enter__`).
pub fn before_with(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let t = mgr.class();
    let Some(enter) = t.lookup(&vm.names.__enter__) else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the context manager protocol",
            t.name()
        )));
    };
    let Some(exit) = t.lookup(&vm.names.__exit__) else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            t.name()
        )));
    };
    let exit = crate::ops::descr_get(vm, exit, Some(mgr), t)?;
    let enter = crate::ops::descr_get(vm, enter, Some(mgr), t)?;
    let res = vm.call(&enter, &[], &[])?;
    Ok((exit, res))
}

/// `MATCH_MAPPING` / `MATCH_SEQUENCE`.
pub fn match_kind(vm: &Vm, v: &Value, mapping: bool) -> bool {
    if mapping {
        return v.downcast::<DictData>().is_some();
    }
    if v.downcast::<StrData>().is_some()
        || v.downcast::<crate::objects::bytes::BytesData>().is_some()
    {
        return false;
    }
    let _ = vm;
    v.downcast::<ListData>().is_some()
        || v.downcast::<TupleData>().is_some()
        || v.downcast::<crate::objects::range::RangeData>().is_some()
}

/// `MATCH_KEYS`: a tuple of the values for `keys`, or None.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = keys
        .downcast::<TupleData>()
        .map(|t| t.items().to_vec())
        .unwrap_or_default();
    let mut out = Vec::new();
    for k in keys {
        match subject.downcast::<DictData>() {
            Some(d) => match d.get_item(vm, &k)? {
                Some(v) => out.push(v),
                None => return Ok(vm.none.clone()),
            },
            None => return Ok(vm.none.clone()),
        }
    }
    Ok(vm.new_tuple(out))
}

/// `MATCH_CLASS`: a tuple of the extracted attributes, or None.
pub fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(t) = cls.downcast::<TypeData>() else {
        return Err(vm.new_type_error("called match pattern must be a class"));
    };
    if !subject.class().is_subtype(t) {
        return Ok(vm.none.clone());
    }
    let mut out = Vec::new();
    if nargs > 0 {
        let self_match = [
            vm.types.int,
            vm.types.float,
            vm.types.str,
            vm.types.bool_,
            vm.types.bytes,
            vm.types.tuple,
            vm.types.list,
            vm.types.dict,
            vm.types.set,
            vm.types.frozenset,
        ]
        .iter()
        .any(|b| t.is_subtype(b) && !t.is_heap());
        if self_match && nargs == 1 {
            out.push(subject.clone());
        } else {
            let ma = vm.getattr_opt(cls, &vm.intern("__match_args__"))?;
            let ma = ma
                .and_then(|m| m.downcast::<TupleData>().map(|t| t.items().to_vec()))
                .unwrap_or_default();
            if nargs > ma.len() {
                return Err(vm.new_type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    t.name(),
                    ma.len(),
                    if ma.len() == 1 { "" } else { "s" },
                    nargs
                )));
            }
            for n in &ma[..nargs] {
                let Some(ns) = n.downcast::<StrData>() else {
                    return Ok(vm.none.clone());
                };
                match vm.getattr_opt(subject, ns)? {
                    Some(v) => out.push(v),
                    None => return Ok(vm.none.clone()),
                }
            }
        }
    }
    if let Some(ns) = names.downcast::<TupleData>() {
        for n in ns.items() {
            let Some(s) = n.downcast::<StrData>() else {
                continue;
            };
            match vm.getattr_opt(subject, s)? {
                Some(v) => out.push(v),
                None => return Ok(vm.none.clone()),
            }
        }
    }
    Ok(vm.new_tuple(out))
}

/// `l[slice] = value` / `del l[slice]`.
pub fn list_set_slice(
    vm: &Vm,
    l: &crate::object::Obj<ListData>,
    s: &SliceData,
    value: Option<Value>,
) -> PyResult<()> {
    // The bounds' __index__ and the new items' iteration may run Python code that resizes
    // the list. The bounds are read first; a simple slice is fitted to the length the list
    // has once the items are collected, an extended one before, as CPython orders it
    // (list_ass_slice, list_ass_subscript); every index is checked when used.
    let (start, stop, step) = crate::seq::slice_unpack(vm, s)?;
    let adjusted = (step != 1).then(|| crate::seq::slice_adjust(start, stop, step, l.len()));
    let value = match value {
        Some(v) => Some(vm.collect(&v)?),
        None => None,
    };
    let (start, stop, step, n) =
        adjusted.unwrap_or_else(|| crate::seq::slice_adjust(start, stop, step, l.len()));
    match value {
        None => {
            let mut positions: Vec<usize> = (0..n)
                .map(|i| (start + i as isize * step) as usize)
                .collect();
            positions.sort_unstable();
            let removed = {
                let mut items = l.items.borrow_mut();
                let mut removed = Vec::new();
                for p in positions.into_iter().rev() {
                    removed.push(items.remove(p));
                }
                removed
            };
            drop(removed);
            Ok(())
        }
        Some(new) => {
            if step == 1 {
                let stop = stop.max(start) as usize;
                let old: Vec<Value> = l
                    .items
                    .borrow_mut()
                    .splice(start as usize..stop, new)
                    .collect();
                drop(old);
                return Ok(());
            }
            if new.len() != n {
                return Err(vm.new_value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    n
                )));
            }
            for (i, x) in new.into_iter().enumerate() {
                l.set((start + i as isize * step) as usize, x);
            }
            Ok(())
        }
    }
}
