//! Functions and methods written in Rust: `builtin_function_or_method` (a Rust function,
//! possibly bound to a `self`) and `method_descriptor` (a Rust method in a type's dict, which
//! binds to an instance on attribute access). The calling convention is CPython's vectorcall:
//! positional values, then keyword values, with the keyword names in a separate slice.
//! CPython: Objects/methodobject.c, Objects/descrobject.c.

use crate::object::{alloc_object, Obj, Payload, Value};
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

/// A Rust function callable from Python: `(vm, args, kwnames)`, where the last
/// `kwnames.len()` entries of `args` are keyword values. Methods get `self` as `args[0]`.
pub type NativeFn = fn(&Vm, &[Value], &[Value]) -> PyResult<Value>;

pub struct BuiltinFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    /// `__self__`: the bound instance or the module.
    pub self_: Option<Value>,
    /// Whether `self_` is passed as the first argument (bound methods) or not (module functions).
    pub pass_self: bool,
    pub qualname_owner: Option<&'static str>,
}

impl Payload for BuiltinFunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
    }
}

pub struct MethodDescrData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The type whose dict holds the descriptor (`__objclass__`), by address; the types that
    /// own built-in method descriptors are immortal.
    pub owner: &'static Obj<TypeData>,
    /// `classmethod`-style descriptors bind to the type (e.g. `dict.fromkeys`).
    pub is_class: bool,
    pub is_static: bool,
}

impl Payload for MethodDescrData {}

/// Adds a Rust method to a built-in type's dict.
pub fn add_method(vm: &Vm, ty: &'static Obj<TypeData>, name: &'static str, func: NativeFn) {
    let d = alloc_object(
        crate::objects::descr::method_descr_type(vm, ty, name, false),
        MethodDescrData {
            name,
            func,
            owner: ty,
            is_class: false,
            is_static: false,
        },
    );
    ty.dict.set_str(vm, &vm.intern(name), d.into_value());
}

/// Adds a Rust class method (bound to the type) to a built-in type's dict.
pub fn add_classmethod(vm: &Vm, ty: &'static Obj<TypeData>, name: &'static str, func: NativeFn) {
    let d = alloc_object(
        crate::objects::descr::method_descr_type(vm, ty, name, true),
        MethodDescrData {
            name,
            func,
            owner: ty,
            is_class: true,
            is_static: false,
        },
    );
    ty.dict.set_str(vm, &vm.intern(name), d.into_value());
}

/// Adds a Rust static method (like `__new__`, called with the type as first argument).
pub fn add_staticmethod(vm: &Vm, ty: &'static Obj<TypeData>, name: &'static str, func: NativeFn) {
    let f = new_function(vm, name, func, None);
    let _ = f;
    let d = alloc_object(
        vm.types.method_descriptor,
        MethodDescrData {
            name,
            func,
            owner: ty,
            is_class: false,
            is_static: true,
        },
    );
    ty.dict.set_str(vm, &vm.intern(name), d.into_value());
}

/// A new built-in function, optionally bound to `self_` (passed as the first argument).
pub fn new_function(vm: &Vm, name: &'static str, func: NativeFn, self_: Option<Value>) -> Value {
    let pass_self = self_.is_some();
    alloc_object(
        vm.types.builtin_function,
        BuiltinFunctionData {
            name,
            func,
            self_,
            pass_self,
            qualname_owner: None,
        },
    )
    .into_value()
}

/// A module-level built-in function (`__self__` is the module, not passed as an argument).
pub fn new_module_function(
    vm: &Vm,
    name: &'static str,
    func: NativeFn,
    module: Option<Value>,
) -> Value {
    alloc_object(
        vm.types.builtin_function,
        BuiltinFunctionData {
            name,
            func,
            self_: module,
            pass_self: false,
            qualname_owner: None,
        },
    )
    .into_value()
}

/// Adds the module-level functions of a built-in module (name, Rust function) to its
/// namespace; `module` becomes their `__self__`.
pub fn add_module_functions(
    vm: &Vm,
    dict: &crate::objects::dict::DictRef,
    module: Option<&Value>,
    functions: &[(&'static str, NativeFn)],
) {
    for (name, f) in functions {
        dict.set_str(
            vm,
            &vm.intern(name),
            new_module_function(vm, name, *f, module.cloned()),
        );
    }
}

/// Calls a Rust function with `self_` prepended when it is bound.
pub fn call_builtin(
    vm: &Vm,
    f: &Obj<BuiltinFunctionData>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    match (&f.self_, f.pass_self) {
        (Some(s), true) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(s.clone());
            all.extend_from_slice(args);
            (f.func)(vm, &all, kwnames)
        }
        _ => (f.func)(vm, args, kwnames),
    }
}

pub fn init(_vm: &Vm) {}

fn bf_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<BuiltinFunctionData>> {
    v.downcast::<BuiltinFunctionData>().ok_or_else(|| {
        vm.new_type_error("descriptor requires a 'builtin_function_or_method' object")
    })
}
fn bf_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(bf_of(vm, v)?.name))
}
fn bf_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = bf_of(vm, v)?;
    match (&f.self_, f.pass_self) {
        (Some(s), true) => {
            let owner = match s.downcast::<TypeData>() {
                Some(t) => t.qualname.borrow().to_string(),
                None => s.class().qualname.borrow().to_string(),
            };
            Ok(vm.new_string(format!("{owner}.{}", f.name)))
        }
        _ => Ok(vm.new_str(f.name)),
    }
}
fn bf_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = bf_of(vm, v)?;
    Ok(match &f.self_ {
        Some(s) => s.clone(),
        None => vm
            .modules
            .get_str(&vm.intern("builtins"))
            .unwrap_or_else(|| vm.none.clone()),
    })
}
fn bf_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = bf_of(vm, v)?;
    match (&f.self_, f.pass_self) {
        (Some(_), true) => Ok(vm.none.clone()),
        (Some(m), false) => Ok(vm
            .getattr_opt(m, &vm.names.__name__)?
            .unwrap_or_else(|| vm.none.clone())),
        (None, _) => Ok(vm.new_str("builtins")),
    }
}
fn bf_doc(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.none.clone())
}
fn md_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<MethodDescrData>> {
    v.downcast::<MethodDescrData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'method_descriptor' object"))
}
fn md_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(md_of(vm, v)?.name))
}
fn md_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = md_of(vm, v)?;
    Ok(vm.new_string(format!("{}.{}", m.owner.qualname.borrow(), m.name)))
}
/// `__self__` of a type's built-in `__new__` (a function bound to the type in CPython, which
/// `copyreg._reduce_ex` relies on); other method descriptors have none.
fn md_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = md_of(vm, v)?;
    if m.is_static {
        return Ok(m.owner.to_value());
    }
    Err(vm.new_attribute_error(format!(
        "'method_descriptor' object has no attribute '__self__'"
    )))
}
fn md_objclass(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(md_of(vm, v)?.owner.to_value())
}

/// `builtin_function_or_method.__reduce__`: the name of a module-level function (pickled as a
/// global), else `(getattr, (self, name))`. CPython: methodobject.c meth_reduce.
fn bf_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = bf_of(vm, &args[0])?;
    match (&f.self_, f.pass_self) {
        (Some(s), true) => {
            let getattr = vm
                .builtins
                .get_str(&vm.intern("getattr"))
                .ok_or_else(|| vm.new_name_error("getattr"))?;
            Ok(vm.new_tuple(vec![
                getattr,
                vm.new_tuple(vec![s.clone(), vm.new_str(f.name)]),
            ]))
        }
        _ => Ok(vm.new_str(f.name)),
    }
}

/// Registers `__name__`, `__qualname__`, `__self__`... of built-in functions and method
/// descriptors.
pub fn init_builtin_attrs(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = vm.types;
    add_getset(vm, t.builtin_function, "__name__", bf_name, None);
    add_getset(vm, t.builtin_function, "__qualname__", bf_qualname, None);
    add_getset(vm, t.builtin_function, "__self__", bf_self, None);
    add_getset(vm, t.builtin_function, "__module__", bf_module, None);
    add_getset(vm, t.builtin_function, "__doc__", bf_doc, None);
    add_method(vm, t.builtin_function, "__reduce__", bf_reduce);
    add_getset(vm, t.method_descriptor, "__name__", md_name, None);
    add_getset(vm, t.method_descriptor, "__qualname__", md_qualname, None);
    add_getset(vm, t.method_descriptor, "__objclass__", md_objclass, None);
    add_getset(vm, t.method_descriptor, "__self__", md_self, None);
    add_getset(vm, t.method_descriptor, "__doc__", bf_doc, None);
}
