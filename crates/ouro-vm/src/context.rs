//! The `_contextvars` module: `ContextVar`, `Token`, `Context` and `copy_context()`. A
//! context maps variables to values; the interpreter (one thread) has a current context,
//! made on first use, that `ContextVar.get/set/reset` read and write and `Context.run`
//! swaps. Contexts hold their mapping as a small vector copied on `copy()` (CPython shares an
//! immutable HAMT). CPython: Python/context.c, Modules/_contextvarsmodule.c.

use std::cell::{Cell, RefCell};

use crate::object::{alloc_object, layout_flags, Obj, Payload, Value};
use crate::objects::builtin::{
    add_classmethod, add_method, add_staticmethod, new_module_function, NativeFn,
};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// A `Context`: the variables and their values, in order of first setting.
pub struct ContextData {
    vars: RefCell<Vec<(Value, Value)>>,
    entered: Cell<bool>,
    prev: RefCell<Option<Value>>,
}

impl Payload for ContextData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.vars.try_borrow() {
            for (k, x) in v.iter() {
                visit(k);
                visit(x);
            }
        }
        if let Ok(p) = self.prev.try_borrow() {
            if let Some(p) = &*p {
                visit(p);
            }
        }
    }
    fn clear(&self) {
        let v = self
            .vars
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(v);
        let p = self.prev.try_borrow_mut().map(|mut p| p.take());
        drop(p);
    }
}

/// A `ContextVar`: its name and optional default.
pub struct ContextVarData {
    name: Value,
    default: Option<Value>,
}

impl Payload for ContextVarData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        if let Some(d) = &self.default {
            visit(d);
        }
    }
}

/// A `Token`: the context and variable of a `set()`, and the value it replaced.
pub struct TokenData {
    ctx: Value,
    var: Value,
    old: Option<Value>,
    used: Cell<bool>,
}

impl Payload for TokenData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.ctx);
        visit(&self.var);
        if let Some(o) = &self.old {
            visit(o);
        }
    }
}

/// The payload of `Token.MISSING`.
struct MissingData;
impl Payload for MissingData {}

#[derive(Clone, Copy)]
struct Types {
    context: StaticType,
    var: StaticType,
    token: StaticType,
    missing: StaticType,
}

thread_local! {
    static TYPES: Cell<Option<Types>> = const { Cell::new(None) };
    /// The current context of the interpreter.
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The `Token.MISSING` marker.
    static MISSING: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn mk_type<T: Payload>(vm: &Vm, name: &str) -> StaticType {
    crate::itertoolsmodule::new_module_type::<T>(
        vm,
        "_contextvars",
        name,
        vm.types.object,
        0,
        layout_flags::HAS_GC,
        None,
    )
}

fn types(vm: &Vm) -> Types {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    let context = mk_type::<ContextData>(vm, "Context");
    let var = mk_type::<ContextVarData>(vm, "ContextVar");
    let token = mk_type::<TokenData>(vm, "Token");
    let missing =
        crate::types::make_builtin_subtype::<MissingData>("Token.MISSING", vm.types.object, 0, 0);
    let t = Types {
        context,
        var,
        token,
        missing,
    };
    TYPES.with(|s| s.set(Some(t)));

    add_staticmethod(vm, context, "__new__", context_new);
    let cm: &[(&'static str, NativeFn)] = &[
        ("run", context_run),
        ("copy", context_copy),
        ("get", context_get),
        ("keys", context_keys),
        ("values", context_values),
        ("items", context_items),
        ("__getitem__", context_getitem),
        ("__contains__", context_contains),
        ("__len__", context_len),
        ("__iter__", context_iter),
        ("__eq__", context_eq),
    ];
    for (n, f) in cm {
        add_method(vm, context, n, *f);
    }
    context
        .dict
        .set_str(vm, &vm.names.__hash__, vm.none.clone());

    add_staticmethod(vm, var, "__new__", var_new);
    let vmeth: &[(&'static str, NativeFn)] = &[
        ("get", var_get),
        ("set", var_set),
        ("reset", var_reset),
        ("__repr__", var_repr),
    ];
    for (n, f) in vmeth {
        add_method(vm, var, n, *f);
    }
    add_classmethod(
        vm,
        var,
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
    );
    crate::objects::descr::add_getset(vm, var, "name", var_name, None);

    add_staticmethod(vm, token, "__new__", token_new);
    add_method(vm, token, "__repr__", token_repr);
    add_classmethod(
        vm,
        token,
        "__class_getitem__",
        crate::objects::genericalias::class_getitem,
    );
    crate::objects::descr::add_getset(vm, token, "var", token_var, None);
    crate::objects::descr::add_getset(vm, token, "old_value", token_old_value, None);
    add_method(vm, missing, "__repr__", missing_repr);
    token
        .dict
        .set_str(vm, &vm.intern("MISSING"), missing_value(vm));
    t
}

fn missing_value(vm: &Vm) -> Value {
    if let Some(m) = MISSING.with(|m| m.borrow().clone()) {
        return m;
    }
    let m = alloc_object(types(vm).missing, MissingData).into_value();
    MISSING.with(|s| *s.borrow_mut() = Some(m.clone()));
    m
}

fn missing_repr(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_str("<Token.MISSING>"))
}

fn new_context(vm: &Vm, vars: Vec<(Value, Value)>) -> Value {
    alloc_object(
        types(vm).context,
        ContextData {
            vars: RefCell::new(vars),
            entered: Cell::new(false),
            prev: RefCell::new(None),
        },
    )
    .into_value()
}

/// The current context, made empty on first use. CPython: context_get.
fn current(vm: &Vm) -> Value {
    if let Some(c) = CURRENT.with(|c| c.borrow().clone()) {
        return c;
    }
    let c = new_context(vm, Vec::new());
    CURRENT.with(|s| *s.borrow_mut() = Some(c.clone()));
    c
}

fn set_current(v: Option<Value>) {
    let old = CURRENT.with(|s| std::mem::replace(&mut *s.borrow_mut(), v));
    drop(old);
}

fn ctx_lookup(ctx: &Obj<ContextData>, var: &Value) -> Option<Value> {
    ctx.vars
        .borrow()
        .iter()
        .find(|(k, _)| k.is(var))
        .map(|(_, v)| v.clone())
}

fn ctx_set(ctx: &Obj<ContextData>, var: &Value, val: Value) {
    let mut b = ctx.vars.borrow_mut();
    let old = match b.iter_mut().find(|(k, _)| k.is(var)) {
        Some(slot) => Some(std::mem::replace(&mut slot.1, val)),
        None => {
            b.push((var.clone(), val));
            None
        }
    };
    drop(b);
    drop(old);
}

fn ctx_delete(ctx: &Obj<ContextData>, var: &Value) {
    let mut b = ctx.vars.borrow_mut();
    let old = b.iter().position(|(k, _)| k.is(var)).map(|i| b.remove(i));
    drop(b);
    drop(old);
}

fn this_ctx<'a>(vm: &Vm, args: &'a [Value], m: &str) -> PyResult<&'a Obj<ContextData>> {
    slf::<ContextData>(vm, args, "_contextvars.Context", m)
}

fn context_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.new_type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(vm, Vec::new()))
}

/// `copy_context()`: a new context with the current one's variables.
fn copy_context(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "_contextvars.copy_context() takes no arguments ({} given)",
            args.len()
        )));
    }
    let cur = current(vm);
    let vars = cur
        .downcast::<ContextData>()
        .map(|c| c.vars.borrow().clone())
        .unwrap_or_default();
    Ok(new_context(vm, vars))
}

fn context_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "copy")?;
    let vars = c.vars.borrow().clone();
    Ok(new_context(vm, vars))
}

/// `Context.run(callable, *args, **kwargs)`. CPython: context_run (via _PyContext_Enter/Exit).
fn context_run(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "run")?;
    if args.len() - kw.len() < 2 {
        return Err(vm.new_type_error("run() missing 1 required positional argument"));
    }
    if c.entered.get() {
        return Err(vm.new_runtime_error(format!(
            "cannot enter context: {} is already entered",
            vm.repr(&args[0])?
        )));
    }
    let prev = current(vm);
    *c.prev.borrow_mut() = Some(prev.clone());
    c.entered.set(true);
    set_current(Some(args[0].clone()));
    let r = vm.call(&args[1], &args[2..], kw);
    set_current(Some(prev));
    c.entered.set(false);
    let p = c.prev.borrow_mut().take();
    drop(p);
    r
}

fn var_key<'a>(vm: &Vm, k: &'a Value) -> PyResult<&'a Value> {
    if k.downcast::<ContextVarData>().is_none() {
        return Err(vm.new_type_error(format!(
            "a ContextVar key was expected, got {}",
            vm.repr(k)?
        )));
    }
    Ok(k)
}

fn context_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "__getitem__")?;
    let k = var_key(vm, args.get(1).unwrap_or(&vm.none))?;
    ctx_lookup(c, k).ok_or_else(|| vm.new_key_error(k.clone()))
}

fn context_get(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "get")?;
    let pos = &args[1..args.len() - kw.len()];
    if pos.is_empty() || pos.len() > 2 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "get expected at least 1 argument, got {}",
            pos.len()
        )));
    }
    let k = var_key(vm, &pos[0])?;
    Ok(ctx_lookup(c, k).unwrap_or_else(|| pos.get(1).cloned().unwrap_or_else(|| vm.none.clone())))
}

fn context_contains(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "__contains__")?;
    let k = var_key(vm, args.get(1).unwrap_or(&vm.none))?;
    Ok(vm.new_bool(ctx_lookup(c, k).is_some()))
}

fn context_len(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "__len__")?;
    let n = c.vars.borrow().len();
    Ok(vm.new_int(n as i64))
}

fn list_iter(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let l = vm.new_list(items);
    vm.iter(&l)
}

fn context_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "__iter__")?;
    let keys: Vec<Value> = c.vars.borrow().iter().map(|(k, _)| k.clone()).collect();
    list_iter(vm, keys)
}

fn context_keys(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    context_iter(vm, args, kw)
}

fn context_values(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "values")?;
    let vals: Vec<Value> = c.vars.borrow().iter().map(|(_, v)| v.clone()).collect();
    list_iter(vm, vals)
}

fn context_items(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "items")?;
    let pairs: Vec<(Value, Value)> = c.vars.borrow().clone();
    let items = pairs
        .into_iter()
        .map(|(k, v)| vm.new_tuple(vec![k, v]))
        .collect();
    list_iter(vm, items)
}

fn context_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = this_ctx(vm, args, "__eq__")?;
    let Some(o) = args.get(1).and_then(|o| o.downcast::<ContextData>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let a = c.vars.borrow().clone();
    let b = o.vars.borrow().clone();
    if a.len() != b.len() {
        return Ok(vm.new_bool(false));
    }
    for (k, v) in &a {
        match b.iter().find(|(k2, _)| k2.is(k)) {
            Some((_, v2)) => {
                if !(v.is(v2) || vm.eq_bool(v, v2)?) {
                    return Ok(vm.new_bool(false));
                }
            }
            None => return Ok(vm.new_bool(false)),
        }
    }
    Ok(vm.new_bool(true))
}

fn this_var<'a>(vm: &Vm, args: &'a [Value], m: &str) -> PyResult<&'a Obj<ContextVarData>> {
    slf::<ContextVarData>(vm, args, "_contextvars.ContextVar", m)
}

/// `ContextVar(name, *, default=<missing>)`.
fn var_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = &args[1.min(args.len())..args.len() - kw.len()];
    let kwvals = &args[args.len() - kw.len()..];
    let mut default = None;
    let name = pos.first().cloned();
    if pos.len() + kw.len() > 2 {
        return Err(vm.new_type_error(format!(
            "ContextVar() takes at most 2 arguments ({} given)",
            pos.len() + kw.len()
        )));
    }
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "ContextVar() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let Some(name) = name else {
        return Err(vm.new_type_error("ContextVar() takes exactly 1 positional argument (0 given)"));
    };
    for (k, v) in kw.iter().zip(kwvals) {
        match k
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .as_deref()
        {
            Some("default") => default = Some(v.clone()),
            Some(other) => {
                return Err(vm.new_type_error(format!(
                    "ContextVar() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.new_type_error("keywords must be strings")),
        }
    }
    if name.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error("context variable name must be a str"));
    }
    Ok(alloc_object(types(vm).var, ContextVarData { name, default }).into_value())
}

fn var_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.downcast::<ContextVarData>() {
        Some(d) => Ok(d.name.clone()),
        None => Err(vm.new_type_error("descriptor 'name' needs a ContextVar")),
    }
}

/// `ContextVar.get([default])`. CPython: contextvar_get.
fn var_get(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = this_var(vm, args, "get")?;
    if !kw.is_empty() {
        return Err(vm.new_type_error("ContextVar.get() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.new_type_error(format!(
            "get expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let cur = current(vm);
    if let Some(c) = cur.downcast::<ContextData>() {
        if let Some(x) = ctx_lookup(c, &args[0]) {
            return Ok(x);
        }
    }
    if let Some(d) = args.get(1) {
        return Ok(d.clone());
    }
    if let Some(d) = &v.default {
        return Ok(d.clone());
    }
    Err(vm.new_exception(vm.types.exc.lookup_error, vec![args[0].clone()]))
}

/// `ContextVar.set(value)`: a Token for `reset`. CPython: contextvar_set.
fn var_set(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this_var(vm, args, "set")?;
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "ContextVar.set() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let cur = current(vm);
    let Some(c) = cur.downcast::<ContextData>() else {
        return Err(vm.new_runtime_error("no current context"));
    };
    let old = ctx_lookup(c, &args[0]);
    ctx_set(c, &args[0], args[1].clone());
    Ok(alloc_object(
        types(vm).token,
        TokenData {
            ctx: cur.clone(),
            var: args[0].clone(),
            old,
            used: Cell::new(false),
        },
    )
    .into_value())
}

/// `ContextVar.reset(token)`. CPython: contextvar_reset.
fn var_reset(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this_var(vm, args, "reset")?;
    if args.len() != 2 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "ContextVar.reset() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let Some(t) = args[1].downcast::<TokenData>() else {
        return Err(vm.new_type_error(format!(
            "expected an instance of Token, got {}",
            vm.repr(&args[1])?
        )));
    };
    if t.used.get() {
        return Err(
            vm.new_runtime_error(format!("{} has already been used once", vm.repr(&args[1])?))
        );
    }
    if !t.var.is(&args[0]) {
        return Err(vm.new_value_error(format!(
            "{} was created by a different ContextVar",
            vm.repr(&args[1])?
        )));
    }
    let cur = current(vm);
    if !t.ctx.is(&cur) {
        return Err(vm.new_value_error(format!(
            "{} was created in a different Context",
            vm.repr(&args[1])?
        )));
    }
    t.used.set(true);
    if let Some(c) = cur.downcast::<ContextData>() {
        match &t.old {
            Some(o) => ctx_set(c, &args[0], o.clone()),
            None => ctx_delete(c, &args[0]),
        }
    }
    Ok(vm.none.clone())
}

fn var_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let v = this_var(vm, args, "__repr__")?;
    let mut s = format!("<ContextVar name={}", vm.repr(&v.name)?);
    if let Some(d) = &v.default {
        s.push_str(&format!(" default={}", vm.repr(d)?));
    }
    s.push_str(&format!(" at {:#x}>", args[0].raw()));
    Ok(vm.new_string(s))
}

fn token_new(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_runtime_error("Tokens can only be created by ContextVars"))
}

fn token_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = slf::<TokenData>(vm, args, "_contextvars.Token", "__repr__")?;
    Ok(vm.new_string(format!(
        "<Token{} var={} at {:#x}>",
        if t.used.get() { " used" } else { "" },
        vm.repr(&t.var)?,
        args[0].raw()
    )))
}

fn token_var(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.downcast::<TokenData>() {
        Some(t) => Ok(t.var.clone()),
        None => Err(vm.new_type_error("descriptor 'var' needs a Token")),
    }
}

fn token_old_value(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.downcast::<TokenData>() {
        Some(t) => Ok(t.old.clone().unwrap_or_else(|| missing_value(vm))),
        None => Err(vm.new_type_error("descriptor 'old_value' needs a Token")),
    }
}

/// Makes the `_contextvars` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_contextvars");
    let t = types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        d.set_str(vm, &vm.intern("Context"), t.context.to_value());
        d.set_str(vm, &vm.intern("ContextVar"), t.var.to_value());
        d.set_str(vm, &vm.intern("Token"), t.token.to_value());
        d.set_str(
            vm,
            &vm.intern("copy_context"),
            new_module_function(vm, "copy_context", copy_context, Some(m.clone())),
        );
        d.set_str(vm, &vm.names.__doc__, vm.new_str("Context Variables"));
    }
    m
}
