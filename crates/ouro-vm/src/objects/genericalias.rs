//! `types.GenericAlias`: the object `list[int]` evaluates to (PEP 585), with its origin,
//! arguments, lazily computed type parameters, substitution of type variables by subscription,
//! forwarding of other attributes to the origin, and the iterator that makes `*tuple[int]`
//! work (PEP 646). Also the parameter helpers shared with `types.UnionType`.
//! CPython: Objects/genericaliasobject.c.

use std::cell::{Cell, RefCell};

use crate::object::{alloc_object, Obj, Payload, Value};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::typeobject::TypeData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The payload of a `types.GenericAlias`.
pub struct GenericAliasData {
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
    /// `__parameters__`, computed on first use.
    pub parameters: RefCell<Option<Value>>,
    /// Whether this is `*origin[args]` (`__unpacked__`).
    pub starred: bool,
}

impl Payload for GenericAliasData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
        if let Ok(p) = self.parameters.try_borrow() {
            if let Some(p) = &*p {
                visit(p);
            }
        }
    }
}

/// The iterator of a generic alias: yields the starred alias once.
pub struct GaIterData {
    pub alias: RefCell<Option<Value>>,
}

impl Payload for GaIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.alias.try_borrow() {
            if let Some(a) = &*a {
                visit(a);
            }
        }
    }
}

struct GaTypes {
    alias: StaticType,
    iter: StaticType,
}

thread_local! {
    static GA_TYPES: Cell<Option<&'static GaTypes>> = const { Cell::new(None) };
}

fn ga_types() -> &'static GaTypes {
    if let Some(t) = GA_TYPES.with(|t| t.get()) {
        return t;
    }
    use crate::object::layout_flags::HAS_GC;
    let t: &'static GaTypes = Box::leak(Box::new(GaTypes {
        alias: crate::types::make_builtin_type::<GenericAliasData>("types.GenericAlias", HAS_GC),
        iter: crate::types::make_builtin_type::<GaIterData>("generic_alias_iterator", HAS_GC),
    }));
    GA_TYPES.with(|c| c.set(Some(t)));
    t
}

/// `types.GenericAlias`.
pub fn generic_alias_type() -> StaticType {
    ga_types().alias
}

/// Whether `v` is a generic alias.
pub fn is_generic_alias(v: &Value) -> bool {
    v.downcast::<GenericAliasData>().is_some()
}

/// A new `origin[args]` (CPython `Py_GenericAlias`); `args` that is not a tuple is wrapped in one.
pub fn new_generic_alias(vm: &Vm, origin: Value, args: Value, starred: bool) -> Value {
    let args = if args.downcast::<TupleData>().is_some() {
        args
    } else {
        vm.new_tuple(vec![args])
    };
    alloc_object(
        ga_types().alias,
        GenericAliasData {
            origin,
            args,
            parameters: RefCell::new(None),
            starred,
        },
    )
    .into_value()
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj<GenericAliasData>> {
    args.first()
        .and_then(|a| a.downcast::<GenericAliasData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'types.GenericAlias' object"))
}

fn ga_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<GenericAliasData>> {
    v.downcast::<GenericAliasData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'types.GenericAlias' object"))
}

fn tuple_items(v: &Value) -> &[Value] {
    v.downcast::<TupleData>().map(|t| t.items()).unwrap_or(&[])
}

// ----- repr -----

/// The repr of one item of a generic alias or union: `...`, a class as `module.qualname`
/// (no module for builtins), anything else by `repr` (CPython `ga_repr_item`).
pub fn repr_item(vm: &Vm, p: &Value) -> PyResult<String> {
    if p.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if vm.getattr_opt(p, &vm.intern("__origin__"))?.is_some()
        && vm.getattr_opt(p, &vm.intern("__args__"))?.is_some()
    {
        return vm.repr(p);
    }
    let Some(qualname) = vm.getattr_opt(p, &vm.intern("__qualname__"))? else {
        return vm.repr(p);
    };
    let module = match vm.getattr_opt(p, &vm.names.__module__)? {
        Some(m) if !vm.is_none(&m) => m,
        _ => return vm.repr(p),
    };
    if module
        .downcast::<StrData>()
        .is_some_and(|s| s.as_str() == "builtins")
    {
        return vm.str(&qualname);
    }
    Ok(format!("{}.{}", vm.str(&module)?, vm.str(&qualname)?))
}

fn ga_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = this(vm, args)?;
    let (origin, items) = (a.origin.clone(), a.args.clone());
    let mut out = String::new();
    if a.starred {
        out.push('*');
    }
    out.push_str(&repr_item(vm, &origin)?);
    out.push('[');
    let items = tuple_items(&items);
    for (i, p) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some(l) = p
            .downcast::<crate::objects::list::ListData>()
            .filter(|_| !p.class().is_heap())
        {
            // A ParamSpec's list of argument types.
            let elems = l.snapshot();
            out.push('[');
            for (j, e) in elems.iter().enumerate() {
                if j > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_item(vm, e)?);
            }
            out.push(']');
        } else {
            out.push_str(&repr_item(vm, p)?);
        }
    }
    if items.is_empty() {
        out.push_str("()");
    }
    out.push(']');
    Ok(vm.new_string(out))
}

// ----- parameters and substitution -----

fn push_unique(out: &mut Vec<Value>, v: &Value) {
    if !out.iter().any(|x| x.is(v)) {
        out.push(v.clone());
    }
}

/// The type variables among `args`, in order of first appearance (CPython
/// `_Py_make_parameters`).
pub fn make_parameters(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let mut params: Vec<Value> = Vec::new();
    for t in args {
        if t.downcast::<TypeData>().is_some() {
            continue;
        }
        if vm.getattr_opt(t, &vm.intern("__typing_subst__"))?.is_some() {
            push_unique(&mut params, t);
        } else if let Some(sub) = vm.getattr_opt(t, &vm.intern("__parameters__"))? {
            if let Some(st) = sub.downcast::<TupleData>() {
                for x in st.items() {
                    push_unique(&mut params, x);
                }
            }
        }
    }
    Ok(vm.new_tuple(params))
}

/// `__parameters__` of an alias-like object whose cell caches it.
pub fn cached_parameters(vm: &Vm, cell: &RefCell<Option<Value>>, args: &Value) -> PyResult<Value> {
    if let Some(p) = cell.borrow().clone() {
        return Ok(p);
    }
    let p = make_parameters(vm, tuple_items(args))?;
    *cell.borrow_mut() = Some(p.clone());
    Ok(p)
}

/// `*tuple[...]`'s arguments, if `arg` is an unpacked tuple (CPython `_unpacked_tuple_args`).
fn unpacked_tuple_args(vm: &Vm, arg: &Value) -> PyResult<Option<Value>> {
    if let Some(g) = arg.downcast::<GenericAliasData>() {
        if g.starred && g.origin.is(&vm.types.tuple.to_value()) {
            return Ok(Some(g.args.clone()));
        }
    }
    match vm.getattr_opt(arg, &vm.intern("__typing_unpacked_tuple_args__"))? {
        Some(r) if !vm.is_none(&r) => Ok(Some(r)),
        _ => Ok(None),
    }
}

/// Flattens unpacked fixed-length tuples among the subscript items (CPython `_unpack_args`).
fn unpack_args(vm: &Vm, item: &Value) -> PyResult<Vec<Value>> {
    let items: Vec<Value> = match item.downcast::<TupleData>() {
        Some(t) => t.items().to_vec(),
        None => vec![item.clone()],
    };
    let mut out = Vec::new();
    for it in items {
        if it.downcast::<TypeData>().is_none() {
            if let Some(sub) = unpacked_tuple_args(vm, &it)? {
                if let Some(st) = sub.downcast::<TupleData>() {
                    let s = st.items();
                    if !s.last().is_some_and(|l| l.is(&vm.ellipsis)) {
                        out.extend_from_slice(s);
                        continue;
                    }
                }
            }
        }
        out.push(it);
    }
    Ok(out)
}

fn is_unpacked_typevartuple(vm: &Vm, arg: &Value) -> PyResult<bool> {
    if arg.downcast::<TypeData>().is_some() {
        return Ok(false);
    }
    match vm.getattr_opt(arg, &vm.intern("__typing_is_unpacked_typevartuple__"))? {
        Some(r) => vm.is_true(&r),
        None => Ok(false),
    }
}

fn index_of(params: &[Value], v: &Value) -> Option<usize> {
    params.iter().position(|p| p.is(v))
}

/// Substitutes the parameters inside one argument that is itself generic (CPython
/// `subparams`).
fn subparams(vm: &Vm, obj: &Value, params: &[Value], argitems: &[Value]) -> PyResult<Value> {
    let sub = vm.getattr_opt(obj, &vm.intern("__parameters__"))?;
    let Some(sub) = sub.filter(|s| s.downcast::<TupleData>().is_some_and(|t| !t.is_empty())) else {
        return Ok(obj.clone());
    };
    let mut subargs = Vec::new();
    for a in tuple_items(&sub) {
        if let Some(i) = index_of(params, a) {
            let param = &params[i];
            let arg = &argitems[i];
            let is_tvt = param.class().lookup(&vm.intern("__iter__")).is_some();
            if is_tvt {
                if let Some(t) = arg.downcast::<TupleData>() {
                    subargs.extend_from_slice(t.items());
                    continue;
                }
            }
            subargs.push(arg.clone());
        } else {
            subargs.push(a.clone());
        }
    }
    let key = vm.new_tuple(subargs);
    vm.getitem(obj, &key)
}

/// The arguments of `alias[item]` (CPython `_Py_subs_parameters`).
pub fn subs_parameters(
    vm: &Vm,
    alias: &Value,
    args: &Value,
    params: &Value,
    item: &Value,
) -> PyResult<Vec<Value>> {
    let params = tuple_items(params).to_vec();
    if params.is_empty() {
        return Err(vm.new_type_error(format!("{} is not a generic class", vm.repr(alias)?)));
    }
    let mut item = vm.new_tuple(unpack_args(vm, item)?);
    for p in &params {
        if let Some(prepare) = vm.getattr_opt(p, &vm.intern("__typing_prepare_subst__"))? {
            if !vm.is_none(&prepare) {
                item = vm.call(&prepare, &[alias.clone(), item.clone()], &[])?;
            }
        }
    }
    let argitems: Vec<Value> = match item.downcast::<TupleData>() {
        Some(t) => t.items().to_vec(),
        None => vec![item.clone()],
    };
    if argitems.len() != params.len() {
        return Err(vm.new_type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if argitems.len() > params.len() {
                "many"
            } else {
                "few"
            },
            vm.repr(alias)?,
            argitems.len(),
            params.len()
        )));
    }
    let mut out = Vec::new();
    for arg in tuple_items(args) {
        if arg.downcast::<TypeData>().is_some() {
            out.push(arg.clone());
            continue;
        }
        let unpack = is_unpacked_typevartuple(vm, arg)?;
        let new = match vm.getattr_opt(arg, &vm.intern("__typing_subst__"))? {
            Some(subst) => {
                let i = index_of(&params, arg).unwrap_or(0);
                vm.call(&subst, &[argitems[i].clone()], &[])?
            }
            None => subparams(vm, arg, &params, &argitems)?,
        };
        if unpack {
            out.extend_from_slice(tuple_items(&new));
        } else {
            out.push(new);
        }
    }
    Ok(out)
}

// ----- methods -----

fn ga_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("GenericAlias() takes no keyword arguments"));
    }
    let n = args.len().saturating_sub(1);
    if n != 2 {
        return Err(vm.new_type_error(format!("GenericAlias expected 2 arguments, got {n}")));
    }
    let cls = args[0]
        .downcast::<TypeData>()
        .filter(|c| c.is_subtype(ga_types().alias))
        .ok_or_else(|| {
            let n = match args[0].downcast::<TypeData>() {
                Some(t) => t.name().to_string(),
                None => args[0].class().name().to_string(),
            };
            vm.new_type_error(format!(
                "types.GenericAlias.__new__({n}): {n} is not a subtype of types.GenericAlias"
            ))
        })?;
    let origin = args[1].clone();
    let ga_args = if args[2].downcast::<TupleData>().is_some() {
        args[2].clone()
    } else {
        vm.new_tuple(vec![args[2].clone()])
    };
    Ok(alloc_object(
        cls,
        GenericAliasData {
            origin,
            args: ga_args,
            parameters: RefCell::new(None),
            starred: false,
        },
    )
    .into_value())
}

/// `cls.__class_getitem__(item)` of the built-in generic classes (CPython `Py_GenericAlias`).
pub fn class_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.new_type_error("__class_getitem__() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(new_generic_alias(
        vm,
        args[0].clone(),
        args[1].clone(),
        false,
    ))
}

fn ga_origin(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(ga_of(vm, v)?.origin.clone())
}
fn ga_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(ga_of(vm, v)?.args.clone())
}
fn ga_unpacked(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(ga_of(vm, v)?.starred))
}
fn ga_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = ga_of(vm, v)?;
    cached_parameters(vm, &a.parameters, &a.args)
}
fn ga_unpacked_tuple_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = ga_of(vm, v)?;
    if a.starred && a.origin.is(&vm.types.tuple.to_value()) {
        return Ok(a.args.clone());
    }
    Ok(vm.none.clone())
}

fn ga_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = this(vm, args)?;
    let item = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument, got 0"))?;
    let params = cached_parameters(vm, &a.parameters, &a.args)?;
    let newargs = subs_parameters(vm, &args[0], &a.args, &params, item)?;
    Ok(new_generic_alias(
        vm,
        a.origin.clone(),
        vm.new_tuple(newargs),
        a.starred,
    ))
}

fn ga_eq_impl(vm: &Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let a = this(vm, args)?;
    let Some(b) = args.get(1).and_then(|b| b.downcast::<GenericAliasData>()) else {
        return Ok(None);
    };
    if a.starred != b.starred {
        return Ok(Some(false));
    }
    if !vm.eq_bool(&a.origin, &b.origin)? {
        return Ok(Some(false));
    }
    Ok(Some(vm.eq_bool(&a.args, &b.args)?))
}

fn ga_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match ga_eq_impl(vm, args)? {
        Some(r) => vm.new_bool(r),
        None => vm.not_implemented.clone(),
    })
}

fn ga_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match ga_eq_impl(vm, args)? {
        Some(r) => vm.new_bool(!r),
        None => vm.not_implemented.clone(),
    })
}

fn ga_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = this(vm, args)?;
    let h = vm.hash(&a.origin)? ^ vm.hash(&a.args)?;
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

fn ga_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = this(vm, args)?;
    let origin = a.origin.clone();
    let obj = vm.call(&origin, &args[1..], kw)?;
    if let Err(e) = vm.setattr(&obj, &vm.intern("__orig_class__"), Some(args[0].clone())) {
        let c = e.class();
        if !c.is_subtype(vm.types.exc.attribute_error) && !c.is_subtype(vm.types.exc.type_error) {
            return Err(e);
        }
    }
    Ok(obj)
}

fn ga_mro_entries(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = this(vm, args)?;
    Ok(vm.new_tuple(vec![a.origin.clone()]))
}

fn ga_instancecheck(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Err(vm.new_type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = this(vm, args)?;
    if a.starred {
        let plain = new_generic_alias(vm, a.origin.clone(), a.args.clone(), false);
        let it = vm.iter(&plain)?;
        let next = vm
            .builtins
            .get_str(&vm.intern("next"))
            .unwrap_or_else(|| vm.none.clone());
        return Ok(vm.new_tuple(vec![next, vm.new_tuple(vec![it])]));
    }
    Ok(vm.new_tuple(vec![
        args[0].class().to_value(),
        vm.new_tuple(vec![a.origin.clone(), a.args.clone()]),
    ]))
}

/// Attributes a generic alias answers itself; every other one comes from the origin.
const ATTR_EXCEPTIONS: &[&str] = &[
    "__class__",
    "__bases__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn ga_dir(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = this(vm, args)?;
    let dir = vm
        .builtins
        .get_str(&vm.intern("dir"))
        .ok_or_else(|| vm.new_name_error("dir"))?;
    let d = vm.call(&dir, &[a.origin.clone()], &[])?;
    let mut items = vm.collect(&d)?;
    for name in ATTR_EXCEPTIONS {
        let s = vm.new_str(name);
        let mut present = false;
        for x in &items {
            if vm.eq_bool(x, &s)? {
                present = true;
                break;
            }
        }
        if !present {
            items.push(s);
        }
    }
    Ok(vm.new_list(items))
}

/// Attribute lookup on a generic alias (CPython `ga_getattro`).
pub fn ga_getattro(vm: &Vm, obj: &Value, name: &Obj<StrData>) -> PyResult<Value> {
    if let Some(a) = obj.downcast::<GenericAliasData>() {
        if !ATTR_EXCEPTIONS.contains(&name.as_str()) {
            let origin = a.origin.clone();
            return vm.getattr(&origin, name);
        }
    }
    vm.generic_getattr(obj, name)
}

fn ga_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, args)?;
    Ok(alloc_object(
        ga_types().iter,
        GaIterData {
            alias: RefCell::new(Some(args[0].clone())),
        },
    )
    .into_value())
}

fn gaiter_iter(_vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn gaiter_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = args
        .first()
        .and_then(|a| a.downcast::<GaIterData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'generic_alias_iterator'"))?;
    let taken = it.alias.borrow_mut().take();
    match taken
        .as_ref()
        .and_then(|a| a.downcast::<GenericAliasData>())
    {
        Some(a) => Ok(new_generic_alias(
            vm,
            a.origin.clone(),
            a.args.clone(),
            true,
        )),
        None => Err(vm.new_stop_iteration(None)),
    }
}

fn ga_or(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::objects::union::union_or(vm, &args[0], &args[1])
}

fn ga_ror(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::objects::union::union_or(vm, &args[1], &args[0])
}

/// `type[int]`: subscripting `type` itself makes a generic alias.
pub fn type_getitem(vm: &Vm, key: &Value) -> Value {
    new_generic_alias(vm, vm.types.type_.to_value(), key.clone(), false)
}

/// Creates the type and registers `__class_getitem__` on the built-in generic classes.
pub fn init(vm: &Vm) {
    use crate::objects::builtin::{add_classmethod, add_method, add_staticmethod};
    use crate::objects::descr::add_getset;
    let t = ga_types().alias;
    t.flags
        .set(t.flags.get() | crate::typeobject::flags::BASETYPE);
    crate::objects::descr::set_dotted_name(vm, t);
    add_staticmethod(vm, t, "__new__", ga_new);
    add_getset(vm, t, "__origin__", ga_origin, None);
    add_getset(vm, t, "__args__", ga_args, None);
    add_getset(vm, t, "__unpacked__", ga_unpacked, None);
    add_getset(vm, t, "__parameters__", ga_parameters, None);
    add_getset(
        vm,
        t,
        "__typing_unpacked_tuple_args__",
        ga_unpacked_tuple_args,
        None,
    );
    add_method(vm, t, "__repr__", ga_repr);
    add_method(vm, t, "__getitem__", ga_getitem);
    add_method(vm, t, "__eq__", ga_eq);
    add_method(vm, t, "__ne__", ga_ne);
    add_method(vm, t, "__hash__", ga_hash);
    add_method(vm, t, "__call__", ga_call);
    add_method(vm, t, "__mro_entries__", ga_mro_entries);
    add_method(vm, t, "__instancecheck__", ga_instancecheck);
    add_method(vm, t, "__subclasscheck__", ga_subclasscheck);
    add_method(vm, t, "__reduce__", ga_reduce);
    add_method(vm, t, "__dir__", ga_dir);
    add_method(vm, t, "__iter__", ga_iter);
    add_method(vm, t, "__or__", ga_or);
    add_method(vm, t, "__ror__", ga_ror);
    let it = ga_types().iter;
    add_method(vm, it, "__iter__", gaiter_iter);
    add_method(vm, it, "__next__", gaiter_next);
    let tys = vm.types;
    for ty in [
        tys.list,
        tys.tuple,
        tys.dict,
        tys.set,
        tys.frozenset,
        tys.enumerate,
        tys.exc.base_exception_group,
    ] {
        add_classmethod(vm, ty, "__class_getitem__", class_getitem);
    }
}
