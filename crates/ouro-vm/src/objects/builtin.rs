//! Functions and methods written in Rust: `builtin_function_or_method` (a Rust function,
//! possibly bound to a `self`) and `method_descriptor` (a Rust method in a type's dict, which
//! binds to an instance on attribute access). The calling convention is CPython's vectorcall:
//! positional values, then keyword values, with the keyword names in a separate slice.
//! CPython: Objects/methodobject.c, Objects/descrobject.c.

use std::cell::Cell;

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
    /// A static method of a built-in type (`str.maketrans`): `self_` is the type, which names
    /// the function (`__qualname__`, repr) but is neither passed nor its `__self__` (None).
    /// CPython: METH_STATIC functions made by typeobject.c type_add_method.
    pub is_static: bool,
    /// The `__new__` of the type `self_` (CPython: typeobject.c tp_new_wrapper): `self_` is
    /// neither passed nor the class made, which comes first among the arguments, and a call
    /// first checks it (`Vm::check_builtin_new`).
    pub tp_new: bool,
    /// For a method bound from a `method_descriptor`, the argument count CPython checks
    /// before the method runs (`Arity::Any` for other functions).
    pub arity: Arity,
    /// For a module function written in Python in the module's prelude: that function, which
    /// a call runs with the arguments as given (`func` is not used).
    pub target: Option<Value>,
}

impl BuiltinFunctionData {
    /// Whether `self_` is an object the function belongs to (an instance or a type), which
    /// names it (`__qualname__`, repr), rather than its module.
    pub fn is_bound(&self) -> bool {
        self.pass_self || self.is_static || self.tp_new
    }
}

impl Payload for BuiltinFunctionData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
        if let Some(t) = &self.target {
            visit(t);
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
    /// The argument count CPython checks before the method runs, looked up in
    /// `method_arity.rs` at the first call (`None` until then).
    pub arity: Cell<Option<Arity>>,
}

impl Payload for MethodDescrData {}

/// The argument-count rule CPython applies before a built-in method runs (the rest are checked
/// by the method itself). CPython: descrobject.c wrapperdescr_call / wrapper_call and the
/// `check_num_args` of typeobject.c's slot wrappers; methodobject.c's METH_NOARGS / METH_O
/// vectorcalls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    /// Checked by the method itself.
    Any,
    /// A slot wrapper taking `.0` (== `.1`) arguments besides `self`, no keywords, counted by
    /// `check_num_args`.
    Wrapper(u8, u8),
    /// A slot wrapper taking from `.0` to `.1` arguments besides `self`, no keywords, unpacked
    /// by `PyArg_UnpackTuple` (whose messages start with a space: the name it is given is
    /// empty).
    Unpack(u8, u8),
    /// METH_NOARGS: no arguments besides `self`.
    NoArgs,
    /// METH_O: exactly one argument besides `self`.
    One,
    /// Positional-only parameters (METH_FASTCALL): no keywords; the method counts the rest.
    NoKw,
    /// METH_VARARGS: no keywords; the method counts the rest. Bound, the message names the
    /// method alone (`difference() takes no keyword arguments`); through the descriptor, with
    /// its type. CPython: methodobject.c cfunction_call, descrobject.c method_check_args.
    Varargs,
}

/// The rule of the method `name` of the built-in type called `owner` (its `__qualname__`).
pub fn lookup_arity(owner: &str, name: &str) -> Arity {
    let table = crate::method_arity::METHOD_ARITY;
    table
        .binary_search_by(|(t, m, _)| (*t, *m).cmp(&(owner, name)))
        .map_or(Arity::Any, |i| table[i].2)
}

impl MethodDescrData {
    /// This method's rule, from the generated table the first time it is asked for.
    #[inline]
    pub fn arity(&self) -> Arity {
        if let Some(a) = self.arity.get() {
            return a;
        }
        let owner = self.owner.qualname.borrow().clone();
        let a = lookup_arity(&owner, self.name);
        self.arity.set(Some(a));
        a
    }

    /// Checks the counts of a direct call of this descriptor (`args` in vectorcall form, of
    /// which the first `bound` positional ones are `self` or the class) against its rule.
    #[inline]
    pub fn check_args(
        &self,
        vm: &Vm,
        bound: usize,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let npos = (args.len() - kwnames.len()).saturating_sub(bound);
        check_arity(
            vm,
            self.arity(),
            Some(self.owner),
            self.name,
            npos,
            kwnames.len(),
        )
    }
}

/// Checks a call of the method `name` against `arity`: `npos` positional arguments besides
/// `self`, `nkw` keywords; `owner` names the type in the message (the descriptor's type for
/// an unbound call, the type of `self` for a bound method; None for a bound METH_VARARGS
/// method, whose message names no type). The error is CPython's.
#[inline]
pub fn check_arity(
    vm: &Vm,
    arity: Arity,
    owner: Option<&Obj<TypeData>>,
    name: &str,
    npos: usize,
    nkw: usize,
) -> PyResult<()> {
    let ok = match arity {
        Arity::Any => return Ok(()),
        Arity::Wrapper(lo, hi) | Arity::Unpack(lo, hi) => {
            nkw == 0 && (lo as usize..=hi as usize).contains(&npos)
        }
        Arity::NoArgs => nkw == 0 && npos == 0,
        Arity::One => nkw == 0 && npos == 1,
        Arity::NoKw | Arity::Varargs => nkw == 0,
    };
    if ok {
        return Ok(());
    }
    Err(vm.new_type_error(arity_message(arity, owner, name, npos, nkw)))
}

#[cold]
fn arity_message(
    arity: Arity,
    owner: Option<&Obj<TypeData>>,
    name: &str,
    npos: usize,
    nkw: usize,
) -> String {
    let plural = |n: u8| if n == 1 { "" } else { "s" };
    let func = match owner {
        Some(t) => format!("{}.{name}()", t.qualname.borrow()),
        None => format!("{name}()"),
    };
    match arity {
        Arity::Wrapper(..) | Arity::Unpack(..) if nkw > 0 => {
            format!("wrapper {name}() takes no keyword arguments")
        }
        Arity::Wrapper(n, _) => format!("expected {n} argument{}, got {npos}", plural(n)),
        Arity::Unpack(lo, hi) if lo == hi => {
            format!(" expected {lo} argument{}, got {npos}", plural(lo))
        }
        Arity::Unpack(lo, _) if npos < lo as usize => {
            format!(" expected at least {lo} argument{}, got {npos}", plural(lo))
        }
        Arity::Unpack(_, hi) => {
            format!(" expected at most {hi} argument{}, got {npos}", plural(hi))
        }
        _ if nkw > 0 => format!("{func} takes no keyword arguments"),
        Arity::NoArgs => format!("{func} takes no arguments ({npos} given)"),
        _ => format!("{func} takes exactly one argument ({npos} given)"),
    }
}

/// Adds a Rust method to a built-in type's dict.
pub fn add_method(vm: &Vm, ty: &'static Obj<TypeData>, name: &'static str, func: NativeFn) {
    let d = alloc_object(
        crate::objects::descr::method_descr_type(vm, ty, name, false),
        MethodDescrData {
            name,
            func,
            owner: ty,
            is_class: false,
            arity: Cell::new(None),
        },
    );
    ty.dict.set_str(vm, &vm.intern_static(name), d.into_value());
}

/// A Rust method of `owner` as the descriptor `add_method` puts in a built-in type's dict, for
/// a class made at run time to take in its namespace (its instances must be `owner`s).
pub fn native_method(
    vm: &Vm,
    owner: &'static Obj<TypeData>,
    name: &'static str,
    func: NativeFn,
) -> Value {
    alloc_object(
        crate::objects::descr::method_descr_type(vm, owner, name, false),
        MethodDescrData {
            name,
            func,
            owner,
            is_class: false,
            arity: Cell::new(None),
        },
    )
    .into_value()
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
            arity: Cell::new(None),
        },
    );
    ty.dict.set_str(vm, &vm.intern_static(name), d.into_value());
}

/// Adds the `__new__` of a built-in type: as in CPython, a `builtin_function_or_method` bound
/// to the type (`<built-in method __new__ of type object>`), called with the class to make as
/// first argument.
pub fn add_staticmethod(vm: &Vm, ty: &'static Obj<TypeData>, name: &'static str, func: NativeFn) {
    let d = alloc_object(
        vm.types.builtin_function,
        BuiltinFunctionData {
            name,
            func,
            self_: Some(ty.to_value()),
            pass_self: false,
            qualname_owner: None,
            is_static: false,
            tp_new: true,
            arity: Arity::Any,
            target: None,
        },
    );
    ty.dict.set_str(vm, &vm.intern_static(name), d.into_value());
}

/// The Rust function of a built-in type's `__new__` (see `add_staticmethod`), or None for
/// anything else.
pub fn builtin_new_fn(v: &Value) -> Option<NativeFn> {
    v.downcast::<BuiltinFunctionData>()
        .filter(|f| f.tp_new)
        .map(|f| f.func)
}

/// Adds a static method of a built-in type that is not `__new__` (`str.maketrans`): as in
/// CPython, a `staticmethod` wrapping a `builtin_function_or_method` named after the type.
/// CPython: typeobject.c type_add_method (METH_STATIC).
pub fn add_builtin_staticmethod(
    vm: &Vm,
    ty: &'static Obj<TypeData>,
    name: &'static str,
    func: NativeFn,
) {
    let arity = lookup_arity(&ty.qualname.borrow(), name);
    let f = alloc_object(
        vm.types.builtin_function,
        BuiltinFunctionData {
            name,
            func,
            self_: Some(ty.to_value()),
            pass_self: false,
            qualname_owner: None,
            is_static: true,
            tp_new: false,
            arity,
            target: None,
        },
    );
    let sm = alloc_object(
        vm.types.staticmethod,
        crate::objects::descr::StaticMethodData {
            func: std::cell::RefCell::new(Some(f.into_value())),
        },
    );
    ty.dict
        .set_str(vm, &vm.intern_static(name), sm.into_value());
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
            is_static: false,
            tp_new: false,
            arity: Arity::Any,
            target: None,
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
            is_static: false,
            tp_new: false,
            arity: Arity::Any,
            target: None,
        },
    )
    .into_value()
}

/// A module-level built-in function that runs `target`, a Python function of the module's
/// prelude: it has the name, module and behaviour of a built-in (it does not bind as a method
/// when a class stores it), as the C function it stands for has in CPython.
pub fn new_prelude_function(vm: &Vm, name: &'static str, module: Value, target: Value) -> Value {
    fn unused(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
        Ok(vm.none.clone())
    }
    alloc_object(
        vm.types.builtin_function,
        BuiltinFunctionData {
            name,
            func: unused,
            self_: Some(module),
            pass_self: false,
            qualname_owner: None,
            is_static: false,
            tp_new: false,
            arity: Arity::Any,
            target: Some(target),
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
            &vm.intern_static(name),
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
    if f.arity != Arity::Any {
        if let Some(s) = &f.self_ {
            let owner = match f.arity {
                Arity::Varargs if !f.is_static => None,
                _ => Some(s.downcast::<TypeData>().unwrap_or(s.class())),
            };
            let npos = args.len() - kwnames.len();
            check_arity(vm, f.arity, owner, f.name, npos, kwnames.len())?;
        }
    }
    if f.tp_new {
        if let Some(owner) = f.self_.as_ref().and_then(|s| s.downcast::<TypeData>()) {
            vm.check_builtin_new(owner, f.func, args, kwnames)?;
        }
    }
    // A call of a built-in counts as C-level recursion (CPython 3.12: methodobject.c's
    // cfunction_vectorcall_* enter with " while calling a Python object").
    vm.recursive_call(" while calling a Python object", || {
        match (&f.self_, f.pass_self) {
            (Some(s), true) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(s.clone());
                all.extend_from_slice(args);
                (f.func)(vm, &all, kwnames)
            }
            _ => match &f.target {
                Some(t) => vm.call(t, args, kwnames),
                None => (f.func)(vm, args, kwnames),
            },
        }
    })
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
    match (&f.self_, f.is_bound()) {
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
        Some(_) if f.is_static => vm.none.clone(),
        Some(s) => s.clone(),
        None => vm
            .modules
            .get_str(&vm.intern("builtins"))
            .unwrap_or_else(|| vm.none.clone()),
    })
}
fn bf_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = bf_of(vm, v)?;
    match (&f.self_, f.pass_self || f.tp_new) {
        (Some(_), true) => Ok(vm.none.clone()),
        (Some(m), false) => Ok(vm
            .getattr_opt(m, &vm.names.__name__)?
            .unwrap_or_else(|| vm.none.clone())),
        (None, _) => Ok(vm.new_str("builtins")),
    }
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
fn md_objclass(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(md_of(vm, v)?.owner.to_value())
}

/// `builtin_function_or_method.__reduce__`: the name of a module-level function (pickled as a
/// global), else `(getattr, (self, name))`. CPython: methodobject.c meth_reduce.
fn bf_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = bf_of(vm, &args[0])?;
    match (&f.self_, f.is_bound()) {
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

/// A generated table of CPython's texts for built-ins (`text_signatures`, `builtin_docs`): the
/// text by (owner type's qualified name or module name, name).
type Table = fn(&str, &str) -> Option<&'static str>;

/// The text `table` records for the method `name` defined by `ty` or, failing that, by the
/// first type of its MRO with one.
fn type_lookup(ty: &Obj<TypeData>, name: &str, table: Table) -> Option<&'static str> {
    table(&ty.qualname.borrow(), name).or_else(|| {
        ty.mro_tail
            .borrow()
            .iter()
            .find_map(|t| table(&t.qualname.borrow(), name))
    })
}

/// The text `table` records for a built-in function or bound method: by its owner type, its
/// module, or the `builtins` module.
fn bf_lookup(vm: &Vm, f: &BuiltinFunctionData, table: Table) -> Option<&'static str> {
    match &f.self_ {
        Some(s) if f.is_bound() => {
            // A method of a type's own (a static or class method, `__new__`), else one its
            // metaclass gives it, or an instance's.
            let own = s
                .downcast::<TypeData>()
                .and_then(|t| type_lookup(t, f.name, table));
            own.or_else(|| type_lookup(s.class(), f.name, table))
        }
        Some(m) => {
            let module = m
                .downcast::<crate::objects::module::ModuleData>()
                .and_then(|md| md.dict.get_str(&vm.names.__name__))
                .and_then(|n| {
                    n.downcast::<crate::objects::str::StrData>()
                        .map(|s| s.as_str().to_string())
                });
            module.and_then(|m| table(&m, f.name))
        }
        None => table("builtins", f.name),
    }
}

fn str_or_none(vm: &Vm, s: Option<&str>) -> Value {
    s.map_or_else(|| vm.none.clone(), |s| vm.new_str(s))
}

/// `__text_signature__` of the method `name` defined by `ty` or, failing that, by the first
/// type of its MRO with a recorded signature; None when there is none.
fn type_text_signature(vm: &Vm, ty: &Obj<TypeData>, name: &str) -> Value {
    str_or_none(vm, type_lookup(ty, name, crate::text_signatures::lookup))
}

/// `__text_signature__` of a built-in function or bound method (what `inspect.signature`
/// reads): from the table generated from CPython, by its module or its owner type.
fn bf_text_signature(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = bf_of(vm, v)?;
    Ok(str_or_none(
        vm,
        bf_lookup(vm, f, crate::text_signatures::lookup),
    ))
}

/// `__doc__` of a built-in function, bound method or method-wrapper: CPython's, from the table
/// generated from python3.12 (slot wrappers share one text per name).
fn bf_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = bf_of(vm, v)?;
    if std::ptr::eq(
        v.class(),
        crate::objects::descr::descr_types().method_wrapper,
    ) {
        return Ok(str_or_none(
            vm,
            crate::builtin_docs::lookup("@slot", f.name),
        ));
    }
    Ok(str_or_none(
        vm,
        bf_lookup(vm, f, crate::builtin_docs::lookup),
    ))
}

/// `__doc__` of a method descriptor or slot wrapper (`list.append`, `int.__add__`).
fn md_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = md_of(vm, v)?;
    if crate::objects::descr::is_wrapper_descriptor(v) {
        return Ok(str_or_none(
            vm,
            crate::builtin_docs::lookup("@slot", m.name),
        ));
    }
    Ok(str_or_none(
        vm,
        type_lookup(m.owner, m.name, crate::builtin_docs::lookup),
    ))
}

/// `__text_signature__` of a method descriptor (`list.append`, `object.__init__`).
fn md_text_signature(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = md_of(vm, v)?;
    Ok(type_text_signature(vm, m.owner, m.name))
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
    add_getset(vm, t.method_descriptor, "__doc__", md_doc, None);
    add_getset(
        vm,
        t.builtin_function,
        "__text_signature__",
        bf_text_signature,
        None,
    );
    add_getset(
        vm,
        t.method_descriptor,
        "__text_signature__",
        md_text_signature,
        None,
    );
    let d = crate::objects::descr::descr_types();
    for ty in [d.wrapper_descriptor, d.classmethod_descriptor] {
        add_getset(vm, ty, "__text_signature__", md_text_signature, None);
        add_getset(vm, ty, "__doc__", md_doc, None);
    }
    add_getset(vm, d.method_wrapper, "__doc__", bf_doc, None);
    add_getset(
        vm,
        d.method_wrapper,
        "__text_signature__",
        bf_text_signature,
        None,
    );
    for ty in [t.builtin_function, d.method_wrapper] {
        add_method(vm, ty, "__eq__", bf_eq);
        add_method(vm, ty, "__ne__", bf_ne);
        add_method(vm, ty, "__hash__", bf_hash);
    }
}

/// Whether `a` and `b` are the same built-in function bound to the very same `__self__`
/// (None when `b` is not of `a`'s type). CPython: methodobject.c meth_richcompare,
/// descrobject.c wrapper_richcompare.
fn bf_same(a: &Value, b: &Value) -> Option<bool> {
    if !std::ptr::eq(a.class(), b.class()) {
        return None;
    }
    let (x, y) = (
        a.downcast::<BuiltinFunctionData>()?,
        b.downcast::<BuiltinFunctionData>()?,
    );
    let same_self = match (&x.self_, &y.self_) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    Some(same_self && std::ptr::fn_addr_eq(x.func, y.func) && x.name == y.name)
}

fn bf_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match (args.first(), args.get(1)) {
        (Some(a), Some(b)) => {
            Ok(bf_same(a, b).map_or_else(|| vm.not_implemented.clone(), |r| vm.new_bool(r)))
        }
        _ => Err(vm.new_type_error("expected 1 argument")),
    }
}

fn bf_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match (args.first(), args.get(1)) {
        (Some(a), Some(b)) => {
            Ok(bf_same(a, b).map_or_else(|| vm.not_implemented.clone(), |r| vm.new_bool(!r)))
        }
        _ => Err(vm.new_type_error("expected 1 argument")),
    }
}

/// The hash of the bound instance's address mixed with the function's (CPython: meth_hash,
/// wrapper_hash).
fn bf_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(f) = args
        .first()
        .and_then(|a| a.downcast::<BuiltinFunctionData>())
    else {
        return Err(vm.new_type_error("expected a built-in function"));
    };
    let self_hash = f.self_.as_ref().map_or(0, crate::ops::pointer_hash);
    let h = self_hash ^ ((f.func as usize as u64).rotate_right(4) as i64);
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}
