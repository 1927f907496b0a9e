//! Python functions (`def` and `lambda`), bound methods and cells.
//! CPython: Objects/funcobject.c, Objects/classobject.c, Objects/cellobject.c.

use std::cell::{Cell, RefCell};

use crate::object::{Payload, Value};
use crate::objects::code::CodeData;
use crate::objects::dict::DictRef;
use crate::objects::str::StrRef;
use crate::vm::{PyResult, Vm};

pub struct FunctionData {
    pub code: crate::object::RefSlot<CodeData>,
    pub globals: DictRef,
    pub builtins: DictRef,
    pub name: RefCell<StrRef>,
    pub qualname: RefCell<StrRef>,
    /// `__defaults__`: a tuple or None.
    pub defaults: RefCell<Option<Value>>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: RefCell<Option<Value>>,
    /// `__closure__`: a tuple of cells or None.
    pub closure: RefCell<Option<Value>>,
    pub doc: RefCell<Option<Value>>,
    pub module: RefCell<Option<Value>>,
    pub annotations: RefCell<Option<Value>>,
    pub type_params: RefCell<Option<Value>>,
}

impl Payload for FunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.globals.as_value());
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.doc,
            &self.module,
            &self.annotations,
            &self.type_params,
        ] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        for c in [
            &self.defaults,
            &self.kwdefaults,
            &self.closure,
            &self.doc,
            &self.module,
            &self.annotations,
            &self.type_params,
        ] {
            let old = c.borrow_mut().take();
            drop(old);
        }
    }
}

pub struct BoundMethodData {
    pub func: Value,
    pub self_: Value,
}

impl Payload for BoundMethodData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

pub struct CellData {
    pub contents: Cell<Option<Value>>,
}

impl CellData {
    pub fn get(&self) -> Option<Value> {
        let v = self.contents.take();
        let r = v.clone();
        self.contents.set(v);
        r
    }
    pub fn set(&self, v: Option<Value>) {
        let old = self.contents.replace(v);
        drop(old);
    }
}

impl Payload for CellData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = self.get() {
            visit(&v);
        }
    }
    fn clear(&self) {
        self.set(None);
    }
}

fn func_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::Obj<FunctionData>> {
    v.downcast::<FunctionData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'function' object"))
}

fn opt_or_none(vm: &Vm, c: &RefCell<Option<Value>>) -> Value {
    c.borrow().clone().unwrap_or_else(|| vm.none.clone())
}

/// Replaces the value in `c`, dropping the old one after the borrow ends.
fn replace_opt(c: &RefCell<Option<Value>>, v: Option<Value>) {
    let old = c.replace(v);
    drop(old);
}

fn f_get_defaults(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_or_none(vm, &func_of(vm, v)?.defaults))
}
fn f_set_defaults(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let x = x.filter(|x| !vm.is_none(x));
    if let Some(t) = &x {
        if t.downcast::<crate::objects::tuple::TupleData>().is_none() {
            return Err(vm.new_type_error("__defaults__ must be set to a tuple object"));
        }
    }
    replace_opt(&f.defaults, x);
    Ok(())
}
fn f_get_kwdefaults(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_or_none(vm, &func_of(vm, v)?.kwdefaults))
}
fn f_set_kwdefaults(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let x = x.filter(|x| !vm.is_none(x));
    if let Some(t) = &x {
        if t.downcast::<crate::objects::dict::DictData>().is_none() {
            return Err(vm.new_type_error("__kwdefaults__ must be set to a dict object"));
        }
    }
    replace_opt(&f.kwdefaults, x);
    Ok(())
}
fn f_get_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func_of(vm, v)?.code.get().into_value())
}
fn f_set_code(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let Some(c) = x.and_then(|x| x.downcast_ref::<CodeData>()) else {
        return Err(vm.new_type_error("__code__ must be set to a code object"));
    };
    let nfree = f
        .closure
        .borrow()
        .as_ref()
        .and_then(|t| {
            t.downcast::<crate::objects::tuple::TupleData>()
                .map(|t| t.len())
        })
        .unwrap_or(0);
    if c.nfrees != nfree {
        return Err(vm.new_value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            f.name.borrow().as_str(),
            nfree,
            c.nfrees
        )));
    }
    let old = f.code.replace(c);
    drop(old);
    Ok(())
}
fn f_get_closure(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_or_none(vm, &func_of(vm, v)?.closure))
}
fn f_get_globals(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func_of(vm, v)?.globals.to_value())
}
fn f_get_builtins(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func_of(vm, v)?.builtins.to_value())
}
fn f_get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_or_none(vm, &func_of(vm, v)?.doc))
}
fn f_set_doc(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    replace_opt(&func_of(vm, v)?.doc, x);
    Ok(())
}
fn f_get_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(opt_or_none(vm, &func_of(vm, v)?.module))
}
fn f_set_module(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    replace_opt(&func_of(vm, v)?.module, x);
    Ok(())
}
fn f_get_annotations(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = func_of(vm, v)?;
    let cur = f.annotations.borrow().clone();
    let d = match cur {
        Some(a) if a.downcast::<crate::objects::dict::DictData>().is_some() => return Ok(a),
        // The compiler's flat tuple of (name, value) pairs becomes a dict on first access.
        Some(a) => {
            let d = vm.new_dict();
            if let Some(t) = a.downcast::<crate::objects::tuple::TupleData>() {
                for pair in t.items().chunks(2) {
                    if let [k, v] = pair {
                        d.set_item(vm, k.clone(), v.clone())?;
                    }
                }
            }
            d
        }
        None => vm.new_dict(),
    };
    replace_opt(&f.annotations, Some(d.to_value()));
    Ok(d.into_value())
}
fn f_set_annotations(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let x = x.filter(|x| !vm.is_none(x));
    if let Some(t) = &x {
        if t.downcast::<crate::objects::dict::DictData>().is_none() {
            return Err(vm.new_type_error("__annotations__ must be set to a dict object"));
        }
    }
    replace_opt(&f.annotations, x);
    Ok(())
}
fn f_get_type_params(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = func_of(vm, v)?;
    Ok(f.type_params
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.new_tuple(vec![])))
}
// CPython: funcobject.c func_set_type_params
fn f_set_type_params(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    match x {
        Some(t) if crate::ops::tuple_items(&t).is_some() => {
            replace_opt(&f.type_params, Some(t));
            Ok(())
        }
        _ => Err(vm.new_type_error("__type_params__ must be set to a tuple")),
    }
}
fn f_get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func_of(vm, v)?.name.borrow().to_value())
}
fn f_set_name(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    match x.and_then(|x| x.downcast_ref::<crate::objects::str::StrData>()) {
        Some(s) => {
            let old = f.name.replace(s);
            drop(old);
            Ok(())
        }
        None => Err(vm.new_type_error("__name__ must be set to a string object")),
    }
}
fn f_get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(func_of(vm, v)?.qualname.borrow().to_value())
}
fn f_set_qualname(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    match x.and_then(|x| x.downcast_ref::<crate::objects::str::StrData>()) {
        Some(s) => {
            let old = f.qualname.replace(s);
            drop(old);
            Ok(())
        }
        None => Err(vm.new_type_error("__qualname__ must be set to a string object")),
    }
}

fn method_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::Obj<BoundMethodData>> {
    v.downcast::<BoundMethodData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'method' object"))
}
fn m_get_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(method_of(vm, v)?.self_.clone())
}
fn m_get_func(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(method_of(vm, v)?.func.clone())
}
fn m_forward(vm: &Vm, v: &Value, name: &str) -> PyResult<Value> {
    let f = method_of(vm, v)?.func.clone();
    vm.getattr(&f, &vm.intern(name))
}
fn m_get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    m_forward(vm, v, "__name__")
}
fn m_get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    m_forward(vm, v, "__qualname__")
}
fn m_get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    m_forward(vm, v, "__doc__")
}
fn m_get_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    m_forward(vm, v, "__module__")
}
fn m_get_defaults(vm: &Vm, v: &Value) -> PyResult<Value> {
    m_forward(vm, v, "__defaults__")
}
fn m_get_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    m_forward(vm, v, "__code__")
}
fn m_get_annotations(vm: &Vm, v: &Value) -> PyResult<Value> {
    m_forward(vm, v, "__annotations__")
}

/// `method.__eq__`: same function and the very same `__self__`.
fn m_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (
        args.first().and_then(|a| a.downcast::<BoundMethodData>()),
        args.get(1).and_then(|b| b.downcast::<BoundMethodData>()),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    let same = a.self_.is(&b.self_) && vm.eq_bool(&a.func, &b.func)?;
    Ok(vm.new_bool(same))
}
fn m_ne(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = m_eq(vm, args, kw)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.new_bool(!r.is(&vm.true_)))
}
fn m_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = method_of(vm, &args[0])?;
    let h = crate::ops::pointer_hash(&m.self_) ^ vm.hash(&m.func)?;
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}
fn m_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = method_of(vm, &args[0])?;
    Ok(vm.new_string(bound_method_repr(vm, &m)?))
}

/// `repr` of a bound method: `<bound method NAME of SELF>`, NAME the function's
/// `__qualname__`, else its `__name__`, when that is a str, else `?`. CPython: method_repr.
pub(crate) fn bound_method_repr(vm: &Vm, m: &BoundMethodData) -> PyResult<String> {
    let name = match vm.getattr_opt(&m.func, &vm.names.__qualname__)? {
        Some(n) => Some(n),
        None => vm.getattr_opt(&m.func, &vm.names.__name__)?,
    };
    let name = match name
        .as_ref()
        .and_then(|n| n.downcast::<crate::objects::str::StrData>())
    {
        Some(n) => n.as_str().to_string(),
        None => "?".to_string(),
    };
    let s = vm.repr(&m.self_)?;
    Ok(format!("<bound method {name} of {s}>"))
}

fn cell_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = v
        .downcast::<CellData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'cell' object"))?;
    c.get().ok_or_else(|| vm.new_value_error("Cell is empty"))
}
fn cell_set(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let c = v
        .downcast::<CellData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'cell' object"))?;
    c.set(x);
    Ok(())
}

/// `method(function, instance)` (`types.MethodType`). CPython: classobject.c method_new.
fn method_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("method() takes no keyword arguments"));
    }
    let pos = &args[1.min(args.len())..];
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("method expected 2 arguments, got {}", pos.len())));
    }
    if !crate::weakrefobject::is_callable(vm, &pos[0]) {
        return Err(vm.new_type_error("first argument must be callable"));
    }
    if vm.is_none(&pos[1]) {
        return Err(vm.new_type_error("instance must not be None"));
    }
    Ok(crate::ops::new_bound_method(
        vm,
        pos[0].clone(),
        pos[1].clone(),
    ))
}

pub fn init(vm: &Vm) {
    crate::ops::init_function_methods(vm);
    use crate::objects::builtin::add_method;
    use crate::objects::descr::add_getset;
    let t = vm.types;
    crate::objects::builtin::add_staticmethod(vm, t.method, "__new__", method_new);
    add_getset(
        vm,
        t.function,
        "__defaults__",
        f_get_defaults,
        Some(f_set_defaults),
    );
    add_getset(
        vm,
        t.function,
        "__kwdefaults__",
        f_get_kwdefaults,
        Some(f_set_kwdefaults),
    );
    add_getset(vm, t.function, "__code__", f_get_code, Some(f_set_code));
    add_getset(vm, t.function, "__closure__", f_get_closure, None);
    add_getset(vm, t.function, "__globals__", f_get_globals, None);
    add_getset(vm, t.function, "__builtins__", f_get_builtins, None);
    add_getset(vm, t.function, "__doc__", f_get_doc, Some(f_set_doc));
    add_getset(
        vm,
        t.function,
        "__module__",
        f_get_module,
        Some(f_set_module),
    );
    add_getset(
        vm,
        t.function,
        "__annotations__",
        f_get_annotations,
        Some(f_set_annotations),
    );
    add_getset(
        vm,
        t.function,
        "__type_params__",
        f_get_type_params,
        Some(f_set_type_params),
    );
    add_getset(vm, t.function, "__name__", f_get_name, Some(f_set_name));
    add_getset(
        vm,
        t.function,
        "__qualname__",
        f_get_qualname,
        Some(f_set_qualname),
    );
    add_getset(vm, t.method, "__self__", m_get_self, None);
    add_getset(vm, t.method, "__func__", m_get_func, None);
    add_getset(vm, t.method, "__name__", m_get_name, None);
    add_getset(vm, t.method, "__qualname__", m_get_qualname, None);
    add_getset(vm, t.method, "__doc__", m_get_doc, None);
    add_getset(vm, t.method, "__module__", m_get_module, None);
    add_getset(vm, t.method, "__defaults__", m_get_defaults, None);
    add_getset(vm, t.method, "__code__", m_get_code, None);
    add_getset(vm, t.method, "__annotations__", m_get_annotations, None);
    add_method(vm, t.method, "__eq__", m_eq);
    add_method(vm, t.method, "__ne__", m_ne);
    add_method(vm, t.method, "__hash__", m_hash);
    add_method(vm, t.method, "__repr__", m_repr);
    add_getset(vm, t.cell, "cell_contents", cell_get, Some(cell_set));
}
