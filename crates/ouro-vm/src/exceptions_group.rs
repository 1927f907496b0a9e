//! `BaseExceptionGroup` and `ExceptionGroup` (construction rules, `message`, `exceptions`,
//! `split`, `subgroup`, `derive`, `__str__`) and the two helpers of `except*`: matching a
//! raised exception against a handler's types (`CHECK_EG_MATCH`) and building what is
//! re-raised after the handlers ran (`CALL_INTRINSIC_2 PREP_RERAISE_STAR`).
//! CPython: Objects/exceptions.c (BaseExceptionGroup), Python/ceval.c
//! `_PyEval_ExceptionGroupMatch`, `_PyExc_PrepReraiseStar`.

use crate::object::{Obj, Value};
use crate::objects::builtin::{add_method, add_staticmethod};
use crate::objects::exceptions::ExceptionData;
use crate::objects::list::ListData;
use crate::objects::tuple::TupleData;
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

/// The `exceptions` tuple of a group, as stored at construction.
pub fn exceptions_of(vm: &Vm, v: &Value) -> Vec<Value> {
    crate::ops::instance_dict(vm, v, false)
        .and_then(|d| d.get_str(&vm.intern("exceptions")))
        .and_then(|t| t.downcast::<TupleData>().map(|t| t.items().to_vec()))
        .unwrap_or_default()
}

fn message_of(vm: &Vm, v: &Value) -> Value {
    crate::ops::instance_dict(vm, v, false)
        .and_then(|d| d.get_str(&vm.intern("message")))
        .unwrap_or_else(|| vm.new_str(""))
}

/// Creates a group of class `cls` from `message` and the sequence `excs`, checking the
/// rules of `BaseExceptionGroup.__new__`.
// CPython: exceptions.c BaseExceptionGroup_new
fn new_group(vm: &Vm, cls: &Obj<TypeData>, args: &[Value]) -> PyResult<Value> {
    let exc = &vm.types.exc;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, excs) = (&args[0], &args[1]);
    if message.downcast::<crate::objects::str::StrData>().is_none() {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.class().name()
        )));
    }
    let is_seq = excs.downcast::<ListData>().is_some()
        || excs.downcast::<TupleData>().is_some()
        || (excs.class().lookup(&vm.names.__getitem__).is_some()
            && excs.downcast::<crate::objects::dict::DictData>().is_none()
            && excs.downcast::<crate::objects::str::StrData>().is_none());
    if !is_seq {
        return Err(vm.new_type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(excs)?;
    if items.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !e.class().is_subtype(exc.base_exception) {
            return Err(vm.new_value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !e.class().is_subtype(exc.exception) {
            nested_base = true;
        }
    }
    let mut cls: &Obj<TypeData> = cls;
    if std::ptr::eq(cls, exc.base_exception_group) {
        if !nested_base {
            cls = exc.exception_group;
        }
    } else if std::ptr::eq(cls, exc.exception_group) {
        if nested_base {
            return Err(vm.new_type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && cls.is_subtype(exc.exception) {
        return Err(vm.new_type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())));
    }
    let e = crate::objects::exceptions::new_exception(vm, cls, args.to_vec());
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("message"), message.clone());
        d.set_str(vm, &vm.intern("exceptions"), vm.new_tuple(items));
    }
    Ok(e.into_value())
}

/// A `BaseExceptionGroup("", excs)` made by the runtime (`excs` a tuple or a list).
fn create_group(vm: &Vm, excs: Value) -> PyResult<Value> {
    new_group(
        vm,
        vm.types.exc.base_exception_group,
        &[vm.new_str(""), excs],
    )
}

fn eg_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args
        .first()
        .and_then(|c| c.downcast::<TypeData>())
        .ok_or_else(|| vm.new_type_error("BaseExceptionGroup.__new__ needs a type"))?;
    // Keywords are refused by `__init__`, which names the class the group got.
    new_group(vm, cls, &args[1..args.len() - kw.len()])
}

fn eg_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}() takes no keyword arguments",
            args[0].class().name()
        )));
    }
    if let Some(e) = args[0].downcast::<ExceptionData>() {
        *e.args.borrow_mut() = vm.new_tuple(args[1..].to_vec());
    }
    Ok(vm.none.clone())
}

/// `str()` of a group: the message and the number of sub-exceptions.
pub fn group_str(vm: &Vm, v: &Value) -> PyResult<String> {
    let n = exceptions_of(vm, v).len();
    let msg = vm.str(&message_of(vm, v))?;
    Ok(format!(
        "{msg} ({n} sub-exception{})",
        if n > 1 { "s" } else { "" }
    ))
}

fn eg_str(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_string(group_str(vm, &args[0])?))
}

fn eg_message(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(message_of(vm, v))
}

fn eg_exceptions(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::ops::instance_dict(vm, v, false)
        .and_then(|d| d.get_str(&vm.intern("exceptions")))
        .unwrap_or_else(|| vm.new_tuple(Vec::new())))
}

// CPython: exceptions.c BaseExceptionGroup_derive
fn eg_derive(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let excs = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("derive() takes exactly one argument (0 given)"))?;
    new_group(
        vm,
        vm.types.exc.base_exception_group,
        &[message_of(vm, &args[0]), excs.clone()],
    )
}

/// What a `split`/`subgroup` condition is.
enum Matcher {
    Types(Value),
    Predicate(Value),
    Ids(Vec<usize>),
}

fn is_exc_class(vm: &Vm, v: &Value) -> bool {
    v.downcast::<TypeData>()
        .is_some_and(|t| t.is_subtype(vm.types.exc.base_exception))
}

// CPython: exceptions.c get_matcher_type
fn matcher_of(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
    let callable = vm
        .builtins
        .get_str(&vm.intern("callable"))
        .map(|c| vm.call(&c, &[cond.clone()], &[]))
        .transpose()?
        .map(|r| vm.is_true(&r))
        .transpose()?
        .unwrap_or(false);
    if callable && cond.downcast::<TypeData>().is_none() {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    if is_exc_class(vm, cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Some(t) = cond.downcast::<TupleData>() {
        if t.items().iter().all(|x| is_exc_class(vm, x)) {
            return Ok(Matcher::Types(cond.clone()));
        }
    }
    Err(vm.new_type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &Vm, m: &Matcher, exc: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => given_exception_matches(exc, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, &[exc.clone()], &[])?;
            vm.is_true(&r)
        }
        Matcher::Ids(ids) => Ok(ids.contains(&exc.raw())),
    }
}

fn given_exception_matches(exc: &Value, t: &Value) -> PyResult<bool> {
    if let Some(items) = t.downcast::<TupleData>() {
        return Ok(items.items().iter().any(|x| {
            x.downcast::<TypeData>()
                .is_some_and(|x| exc.class().is_subtype(x))
        }));
    }
    Ok(t.downcast::<TypeData>()
        .is_some_and(|x| exc.class().is_subtype(x)))
}

/// A group like `orig` holding `excs` (None when empty), through `orig.derive`, with
/// `orig`'s traceback, cause, context and notes.
// CPython: exceptions.c exceptiongroup_subset
fn subset(vm: &Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr_str(orig, "derive")?;
    let eg = vm.call(&derive, &[vm.new_list(excs)], &[])?;
    if !eg.class().is_subtype(vm.types.exc.base_exception_group) {
        return Err(vm.new_type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (
        orig.downcast::<ExceptionData>(),
        eg.downcast::<ExceptionData>(),
    ) {
        let tb = src.traceback.borrow().clone();
        let cause = src.cause.borrow().clone();
        let context = src.context.borrow().clone();
        *dst.traceback.borrow_mut() = tb;
        *dst.cause.borrow_mut() = cause;
        *dst.context.borrow_mut() = context;
        dst.suppress_context.set(src.suppress_context.get());
    }
    if let Ok(Some(notes)) = vm.getattr_opt(orig, &vm.names.__notes__) {
        let is_seq =
            notes.downcast::<ListData>().is_some() || notes.downcast::<TupleData>().is_some();
        if is_seq {
            let copy = vm.new_list(vm.collect(&notes)?);
            vm.setattr(&eg, &vm.names.__notes__, Some(copy))?;
        }
    }
    Ok(Some(eg))
}

/// (match, rest) of splitting `exc` by `m`.
// CPython: exceptions.c exceptiongroup_split_recursive
fn split_recursive(
    vm: &Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    let depth = vm.thread.recursion_depth.get();
    if depth >= vm.thread.recursion_limit.get() {
        return Err(vm.new_recursion_error("maximum recursion depth exceeded in __subclasscheck__"));
    }
    vm.thread.recursion_depth.set(depth + 1);
    let r = split_recursive_inner(vm, exc, m, with_rest);
    vm.thread.recursion_depth.set(depth);
    r
}

fn split_recursive_inner(
    vm: &Vm,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !exc.class().is_subtype(vm.types.exc.base_exception_group) {
        return Ok((None, if with_rest { Some(exc.clone()) } else { None }));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in exceptions_of(vm, exc) {
        let (m1, r1) = split_recursive(vm, &e, m, with_rest)?;
        matched.extend(m1);
        rest.extend(r1);
    }
    let m = subset(vm, exc, matched)?;
    let r = if with_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((m, r))
}

fn eg_split(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cond = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("split() takes exactly one argument (0 given)"))?;
    let m = matcher_of(vm, cond)?;
    let (a, b) = split_recursive(vm, &args[0], &m, true)?;
    Ok(vm.new_tuple(vec![
        a.unwrap_or_else(|| vm.none.clone()),
        b.unwrap_or_else(|| vm.none.clone()),
    ]))
}

fn eg_subgroup(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cond = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("subgroup() takes exactly one argument (0 given)"))?;
    let m = matcher_of(vm, cond)?;
    let (a, _) = split_recursive(vm, &args[0], &m, false)?;
    Ok(a.unwrap_or_else(|| vm.none.clone()))
}

/// Checks the type of an `except*` clause.
// CPython: ceval.c check_except_star_type_valid
fn check_except_star_type(vm: &Vm, ty: &Value) -> PyResult<()> {
    let items = match ty.downcast::<TupleData>() {
        Some(t) => t.items().to_vec(),
        None => vec![ty.clone()],
    };
    for t in &items {
        if !is_exc_class(vm, t) {
            return Err(vm.new_type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    for t in &items {
        if t.downcast::<TypeData>()
            .is_some_and(|t| t.is_subtype(vm.types.exc.base_exception_group))
        {
            return Err(vm.new_type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}

/// `CHECK_EG_MATCH`: (rest, match) of the exception `eg` against the clause type `ty`; match
/// is None when nothing matched. A matching naked exception is wrapped in a group.
// CPython: ceval.c _PyEval_ExceptionGroupMatch
pub fn exception_group_match(vm: &Vm, eg: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    check_except_star_type(vm, ty)?;
    if vm.is_none(eg) {
        return Ok((vm.none.clone(), vm.none.clone()));
    }
    let (rest, matched) = if given_exception_matches(eg, ty)? {
        if eg.class().is_subtype(vm.types.exc.base_exception_group) {
            (vm.none.clone(), eg.clone())
        } else {
            (
                vm.none.clone(),
                create_group(vm, vm.new_tuple(vec![eg.clone()]))?,
            )
        }
    } else if eg.class().is_subtype(vm.types.exc.base_exception_group) {
        let m = matcher_of(vm, ty)?;
        let (a, b) = split_recursive(vm, eg, &m, true)?;
        (
            b.unwrap_or_else(|| vm.none.clone()),
            a.unwrap_or_else(|| vm.none.clone()),
        )
    } else {
        (eg.clone(), vm.none.clone())
    };
    if !vm.is_none(&matched) {
        if let Some(top) = vm.thread.exc_stack.borrow_mut().last_mut() {
            *top = Some(matched.clone());
        }
    }
    Ok((rest, matched))
}

fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (a.downcast::<ExceptionData>(), b.downcast::<ExceptionData>()) else {
        return false;
    };
    let same = |p: &Option<Value>, q: &Option<Value>| match (p, q) {
        (None, None) => true,
        (Some(p), Some(q)) => p.raw() == q.raw(),
        _ => false,
    };
    same(&x.traceback.borrow(), &y.traceback.borrow())
        && same(&x.cause.borrow(), &y.cause.borrow())
        && same(&x.context.borrow(), &y.context.borrow())
}

fn collect_leaf_ids(vm: &Vm, v: &Value, out: &mut Vec<usize>) {
    // Iterative, so that deeply nested groups cannot exhaust the Rust stack.
    let mut todo = vec![v.clone()];
    while let Some(v) = todo.pop() {
        if vm.is_none(&v) {
            continue;
        }
        if v.class().is_subtype(vm.types.exc.base_exception_group) {
            todo.extend(exceptions_of(vm, &v).into_iter().rev());
        } else {
            out.push(v.raw());
        }
    }
}

/// `PREP_RERAISE_STAR`: what is raised after the `except*` handlers: the exceptions they
/// raised plus the unhandled and re-raised part of `orig`, or None.
// CPython: exceptions.c _PyExc_PrepReraiseStar
pub fn prep_reraise_star(vm: &Vm, orig: Value, excs: Value) -> PyResult<Value> {
    let excs = vm.collect(&excs)?;
    if excs.is_empty() {
        return Ok(vm.none.clone());
    }
    if !orig.class().is_subtype(vm.types.exc.base_exception_group) {
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs {
        if vm.is_none(&e) {
            continue;
        }
        if same_metadata(&e, &orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = Vec::new();
    for e in &reraised {
        collect_leaf_ids(vm, e, &mut ids);
    }
    let reraised_eg = if ids.is_empty() {
        None
    } else {
        split_recursive(vm, &orig, &Matcher::Ids(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg.unwrap_or_else(|| vm.none.clone()));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        create_group(vm, vm.new_list(raised))
    } else {
        Ok(raised.remove(0))
    }
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let e = &vm.types.exc;
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    *e.exception_group.bases.borrow_mut() =
        vec![e.base_exception_group.to_ref(), e.exception.to_ref()];
    *e.exception_group.mro_tail.borrow_mut() = vec![
        e.base_exception_group.to_ref(),
        e.exception.to_ref(),
        e.base_exception.to_ref(),
        vm.types.object.to_ref(),
    ];
    let t = vm.types.exc.base_exception_group;
    add_staticmethod(vm, t, "__new__", eg_new);
    add_method(vm, t, "__init__", eg_init);
    add_method(vm, t, "__str__", eg_str);
    add_method(vm, t, "derive", eg_derive);
    add_method(vm, t, "split", eg_split);
    add_method(vm, t, "subgroup", eg_subgroup);
    add_getset(vm, t, "message", eg_message, None);
    add_getset(vm, t, "exceptions", eg_exceptions, None);
}
