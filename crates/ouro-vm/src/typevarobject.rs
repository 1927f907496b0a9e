//! The objects of PEP 695 type parameter syntax and the intrinsics the compiler emits for
//! them: `TypeVar`, `ParamSpec`, `TypeVarTuple`, `TypeAliasType` (`type X = ...`) and the
//! `Generic[...]` base that `class C[T]: ...` adds. Only what the syntax needs is here (names,
//! reprs, lazily evaluated bounds and alias values, substitution into generic aliases).
//! CPython: Objects/typevarobject.c, Python/intrinsics.c.

use std::cell::{Cell, RefCell};

use crate::object::{alloc_object, Obj, Payload, Value};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// Which of the three kinds of type parameter.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    TypeVar,
    ParamSpec,
    TypeVarTuple,
}

/// The payload of `TypeVar`, `ParamSpec` and `TypeVarTuple`.
pub struct TypeParamData {
    pub kind: ParamKind,
    pub name: Value,
    /// The bound, or the function computing it lazily (PEP 695).
    pub bound: RefCell<Option<Value>>,
    pub evaluate_bound: RefCell<Option<Value>>,
    pub constraints: RefCell<Option<Value>>,
    pub evaluate_constraints: RefCell<Option<Value>>,
    pub covariant: bool,
    pub contravariant: bool,
    pub infer_variance: bool,
    pub module: Value,
}

impl Payload for TypeParamData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        visit(&self.module);
        for c in [
            &self.bound,
            &self.evaluate_bound,
            &self.constraints,
            &self.evaluate_constraints,
        ] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
}

/// The payload of `TypeAliasType`.
pub struct TypeAliasData {
    pub name: Value,
    pub type_params: Value,
    pub compute_value: RefCell<Option<Value>>,
    pub value: RefCell<Option<Value>>,
    pub module: Value,
}

impl Payload for TypeAliasData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        visit(&self.type_params);
        visit(&self.module);
        for c in [&self.compute_value, &self.value] {
            if let Ok(b) = c.try_borrow() {
                if let Some(v) = &*b {
                    visit(v);
                }
            }
        }
    }
}

/// The payload of the `Generic` class's instances (plain objects).
pub struct TvTypes {
    pub typevar: StaticType,
    pub paramspec: StaticType,
    pub typevartuple: StaticType,
    pub typealias: StaticType,
    pub generic: StaticType,
    pub paramspec_args: StaticType,
    pub paramspec_kwargs: StaticType,
}

thread_local! {
    static TV_TYPES: Cell<Option<&'static TvTypes>> = const { Cell::new(None) };
}

/// The types of this module (created on first use).
pub fn tv_types() -> &'static TvTypes {
    if let Some(t) = TV_TYPES.with(|t| t.get()) {
        return t;
    }
    use crate::object::layout_flags::HAS_GC;
    use crate::types::make_builtin_type;
    let generic = make_builtin_type::<crate::objects::object::ObjectData>("typing.Generic", 0);
    generic
        .flags
        .set(generic.flags.get() | crate::typeobject::flags::BASETYPE);
    let t: &'static TvTypes = Box::leak(Box::new(TvTypes {
        typevar: make_builtin_type::<TypeParamData>("typing.TypeVar", HAS_GC),
        paramspec: make_builtin_type::<TypeParamData>("typing.ParamSpec", HAS_GC),
        typevartuple: make_builtin_type::<TypeParamData>("typing.TypeVarTuple", HAS_GC),
        typealias: make_builtin_type::<TypeAliasData>("typing.TypeAliasType", HAS_GC),
        generic,
        paramspec_args: make_builtin_type::<ParamSpecAttrData>("typing.ParamSpecArgs", HAS_GC),
        paramspec_kwargs: make_builtin_type::<ParamSpecAttrData>("typing.ParamSpecKwargs", HAS_GC),
    }));
    TV_TYPES.with(|c| c.set(Some(t)));
    t
}

/// Whether `v` is a `TypeAliasType`.
pub fn is_type_alias(v: &Value) -> bool {
    v.downcast::<TypeAliasData>().is_some()
}

fn new_param(vm: &Vm, kind: ParamKind, name: Value, infer_variance: bool) -> PyRef {
    let ty = match kind {
        ParamKind::TypeVar => tv_types().typevar,
        ParamKind::ParamSpec => tv_types().paramspec,
        ParamKind::TypeVarTuple => tv_types().typevartuple,
    };
    alloc_object(
        ty,
        TypeParamData {
            kind,
            name,
            bound: RefCell::new(None),
            evaluate_bound: RefCell::new(None),
            constraints: RefCell::new(None),
            evaluate_constraints: RefCell::new(None),
            covariant: false,
            contravariant: false,
            infer_variance,
            // Parameters made by the PEP 695 syntax belong to `typing`.
            module: vm.new_str("typing"),
        },
    )
}

type PyRef = crate::object::PyRef<TypeParamData>;

fn param_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<TypeParamData>> {
    v.downcast::<TypeParamData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a type parameter object"))
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj<TypeParamData>> {
    let v = args
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor needs an argument"))?;
    param_of(vm, v)
}

fn param_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, args)?;
    let name = vm.str(&p.name)?;
    let prefix = match p.kind {
        ParamKind::TypeVarTuple => "",
        _ if p.infer_variance => "",
        _ if p.covariant => "+",
        _ if p.contravariant => "-",
        _ => "~",
    };
    Ok(vm.new_string(format!("{prefix}{name}")))
}

fn param_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(param_of(vm, v)?.name.clone())
}

/// A lazily evaluated attribute: the stored value, else the result of its evaluator.
fn lazy(vm: &Vm, value: &RefCell<Option<Value>>, eval: &RefCell<Option<Value>>) -> PyResult<Value> {
    if let Some(v) = value.borrow().clone() {
        return Ok(v);
    }
    let f = eval.borrow().clone();
    match f {
        Some(f) => {
            let v = vm.call(&f, &[], &[])?;
            *value.borrow_mut() = Some(v.clone());
            Ok(v)
        }
        None => Ok(vm.none.clone()),
    }
}

fn param_bound(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = param_of(vm, v)?;
    lazy(vm, &p.bound, &p.evaluate_bound)
}

fn param_constraints(vm: &Vm, v: &Value) -> PyResult<Value> {
    let p = param_of(vm, v)?;
    let r = lazy(vm, &p.constraints, &p.evaluate_constraints)?;
    if vm.is_none(&r) {
        return Ok(vm.new_tuple(vec![]));
    }
    Ok(r)
}

fn param_covariant(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(param_of(vm, v)?.covariant))
}
fn param_contravariant(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(param_of(vm, v)?.contravariant))
}
fn param_infer_variance(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_bool(param_of(vm, v)?.infer_variance))
}
fn param_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(param_of(vm, v)?.module.clone())
}

/// Calls `typing.NAME(*args)` (CPython `call_typing_func_object`); None when `typing` cannot
/// be imported, so that the syntax keeps working without it.
fn call_typing(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Option<Value>> {
    let import = vm
        .builtins
        .get_str(&vm.intern("__import__"))
        .ok_or_else(|| vm.new_name_error("__import__"))?;
    let typing = match vm.call(&import, &[vm.new_str("typing")], &[]) {
        Ok(t) => t,
        Err(e) if e.class().is_subtype(vm.types.exc.import_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    let f = vm.getattr_str(&typing, name)?;
    vm.call(&f, args, kw).map(Some)
}

/// `T.__typing_subst__(arg)`: the substituted value (checked by `typing`).
fn param_subst(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, args)?;
    let arg = args
        .get(1)
        .cloned()
        .ok_or_else(|| vm.new_type_error("__typing_subst__() takes exactly one argument"))?;
    let func = match p.kind {
        ParamKind::TypeVar => "_typevar_subst",
        ParamKind::ParamSpec => "_paramspec_subst",
        ParamKind::TypeVarTuple => {
            return Err(vm.new_type_error("Substitution of bare TypeVarTuple is not supported"))
        }
    };
    Ok(call_typing(vm, func, &[args[0].clone(), arg.clone()], &[])?.unwrap_or(arg))
}

/// `P.__typing_prepare_subst__(alias, args)` of ParamSpec and TypeVarTuple.
fn param_prepare_subst(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = this(vm, args)?;
    if args.len() != 3 {
        return Err(vm.new_type_error(format!(
            "__typing_prepare_subst__ expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let func = match p.kind {
        ParamKind::ParamSpec => "_paramspec_prepare_subst",
        _ => "_typevartuple_prepare_subst",
    };
    Ok(call_typing(vm, func, args, &[])?.unwrap_or_else(|| args[2].clone()))
}

/// `iter(Ts)`: yields `Unpack[Ts]`.
fn tvt_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, args)?;
    let import = vm
        .builtins
        .get_str(&vm.intern("__import__"))
        .ok_or_else(|| vm.new_name_error("__import__"))?;
    let typing = vm.call(&import, &[vm.new_str("typing")], &[])?;
    let unpack = vm.getattr_str(&typing, "Unpack")?;
    let u = vm.getitem(&unpack, &args[0])?;
    vm.iter(&vm.new_list(vec![u]))
}

/// `P.args` / `P.kwargs`.
pub struct ParamSpecAttrData {
    pub origin: Value,
}

impl Payload for ParamSpecAttrData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
    }
}

fn ps_attr(vm: &Vm, v: &Value, kwargs: bool) -> PyResult<Value> {
    param_of(vm, v)?;
    let ty = if kwargs {
        tv_types().paramspec_kwargs
    } else {
        tv_types().paramspec_args
    };
    Ok(alloc_object(ty, ParamSpecAttrData { origin: v.clone() }).into_value())
}
fn ps_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    ps_attr(vm, v, false)
}
fn ps_kwargs(vm: &Vm, v: &Value) -> PyResult<Value> {
    ps_attr(vm, v, true)
}
fn psa_of<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj<ParamSpecAttrData>> {
    args.first()
        .and_then(|a| a.downcast::<ParamSpecAttrData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a ParamSpecArgs object"))
}
fn psa_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = psa_of(vm, args)?;
    let name = match a.origin.downcast::<TypeParamData>() {
        Some(p) => vm.str(&p.name)?,
        None => vm.repr(&a.origin)?,
    };
    let which = if std::ptr::eq(args[0].class(), tv_types().paramspec_kwargs) {
        "kwargs"
    } else {
        "args"
    };
    Ok(vm.new_string(format!("{name}.{which}")))
}
fn psa_origin(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(psa_of(vm, std::slice::from_ref(v))?.origin.clone())
}
fn psa_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = psa_of(vm, args)?;
    match args.get(1).and_then(|b| b.downcast::<ParamSpecAttrData>()) {
        Some(b) if std::ptr::eq(args[0].class(), args[1].class()) => {
            Ok(vm.new_bool(a.origin.is(&b.origin)))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}
fn psa_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = psa_of(vm, args)?;
    Ok(vm.new_int(vm.hash(&a.origin)?))
}

/// `_typing._idfunc(_, x)`: returns `x` (`NewType.__call__`).
fn idfunc(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "_typing._idfunc() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args[0].clone())
}

/// `TypeAliasType(name, value, *, type_params=())`.
fn alias_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut name = args.get(1).filter(|_| npos > 1).cloned();
    let mut value = args.get(2).filter(|_| npos > 2).cloned();
    let mut params = None;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k).unwrap_or("") {
            "name" => name = Some(v.clone()),
            "value" => value = Some(v.clone()),
            "type_params" => params = Some(v.clone()),
            other => {
                return Err(vm.new_type_error(format!(
                    "typealias() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let (Some(name), Some(value)) = (name, value) else {
        return Err(vm.new_type_error("typealias() missing required argument 'name' (pos 1)"));
    };
    if name.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error(format!(
            "typealias() argument 'name' must be str, not {}",
            name.class().name()
        )));
    }
    let params = match params {
        Some(p) if p.downcast::<TupleData>().is_some() => p,
        Some(_) => return Err(vm.new_type_error("type_params must be a tuple")),
        None => vm.new_tuple(vec![]),
    };
    Ok(alloc_object(
        tv_types().typealias,
        TypeAliasData {
            name,
            type_params: params,
            compute_value: RefCell::new(None),
            value: RefCell::new(Some(value)),
            module: caller_module(vm),
        },
    )
    .into_value())
}

fn param_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(this(vm, args)?.name.clone())
}

fn param_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let kind = match args
        .first()
        .and_then(|t| t.downcast::<crate::typeobject::TypeData>())
    {
        Some(t) if std::ptr::eq(t, tv_types().paramspec) => ParamKind::ParamSpec,
        Some(t) if std::ptr::eq(t, tv_types().typevartuple) => ParamKind::TypeVarTuple,
        _ => ParamKind::TypeVar,
    };
    let npos = args.len() - kw.len();
    let Some(name) = args.get(1).filter(|_| npos >= 2) else {
        return Err(vm.new_type_error("TypeVar() missing required argument 'name' (pos 1)"));
    };
    if name.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error(format!(
            "TypeVar() argument 'name' must be str, not {}",
            name.class().name()
        )));
    }
    let mut covariant = false;
    let mut contravariant = false;
    let mut infer = false;
    let mut bound = None;
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match crate::ops::str_of(k).unwrap_or("") {
            "covariant" => covariant = vm.is_true(v)?,
            "contravariant" => contravariant = vm.is_true(v)?,
            "infer_variance" => infer = vm.is_true(v)?,
            "bound" if !vm.is_none(v) => bound = Some(v.clone()),
            _ => {}
        }
    }
    let constraints: Vec<Value> = args[2..npos].to_vec();
    let ty = match kind {
        ParamKind::TypeVar => tv_types().typevar,
        ParamKind::ParamSpec => tv_types().paramspec,
        ParamKind::TypeVarTuple => tv_types().typevartuple,
    };
    let p = alloc_object(
        ty,
        TypeParamData {
            kind,
            name: name.clone(),
            bound: RefCell::new(bound),
            evaluate_bound: RefCell::new(None),
            constraints: RefCell::new(Some(vm.new_tuple(constraints))),
            evaluate_constraints: RefCell::new(None),
            covariant,
            contravariant,
            infer_variance: infer,
            module: caller_module(vm),
        },
    );
    Ok(p.into_value())
}

fn param_or(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match call_typing(vm, "_make_union", &args[..2], &[])? {
        Some(u) => Ok(u),
        None => Err(vm.new_exception_msg(
            vm.types.exc.import_error,
            "cannot import typing for a union of type parameters",
        )),
    }
}

fn param_ror(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    param_or(vm, &[args[1].clone(), args[0].clone()], kw)
}

// ----- TypeAliasType -----

fn alias_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<TypeAliasData>> {
    v.downcast::<TypeAliasData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'typing.TypeAliasType' object"))
}

fn alias_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(alias_of(vm, v)?.name.clone())
}
fn alias_value(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = alias_of(vm, v)?;
    lazy(vm, &a.value, &a.compute_value)
}
fn alias_type_params(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(alias_of(vm, v)?.type_params.clone())
}
fn alias_parameters(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = alias_of(vm, v)?;
    crate::objects::genericalias::make_parameters(
        vm,
        a.type_params
            .downcast::<TupleData>()
            .map(|t| t.items())
            .unwrap_or(&[]),
    )
}
fn alias_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(alias_of(vm, v)?.module.clone())
}
fn alias_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = alias_of(
        vm,
        args.first()
            .ok_or_else(|| vm.new_type_error("descriptor needs an argument"))?,
    )?;
    vm.str_value(&a.name)
}
fn alias_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = alias_of(
        vm,
        args.first()
            .ok_or_else(|| vm.new_type_error("descriptor needs an argument"))?,
    )?;
    if a.type_params
        .downcast::<TupleData>()
        .map_or(true, |t| t.is_empty())
    {
        return Err(vm.new_type_error("Only generic type aliases are subscriptable"));
    }
    let key = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument, got 0"))?;
    Ok(crate::objects::genericalias::new_generic_alias(
        vm,
        args[0].clone(),
        key.clone(),
        false,
    ))
}
fn alias_or(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::objects::union::union_or(vm, &args[0], &args[1])
}
fn alias_ror(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::objects::union::union_or(vm, &args[1], &args[0])
}
fn alias_reduce(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(alias_of(
        vm,
        args.first()
            .ok_or_else(|| vm.new_type_error("descriptor needs an argument"))?,
    )?
    .name
    .clone())
}

// ----- Generic -----

fn generic_class_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let key = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument, got 0"))?;
    if let Some(r) = call_typing(vm, "_generic_class_getitem", &args[..2], &[])? {
        return Ok(r);
    }
    Ok(crate::objects::genericalias::new_generic_alias(
        vm,
        args[0].clone(),
        key.clone(),
        false,
    ))
}

fn generic_init_subclass(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(call_typing(vm, "_generic_init_subclass", args, kw)?.unwrap_or_else(|| vm.none.clone()))
}

thread_local! {
    /// The module name of the frame that last ran a type-parameter intrinsic.
    static LAST_MODULE: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// The calling module's name (`__module__` of new type parameters and aliases): the frame of
/// a call recorded by `bltin_frame`, else that of the last intrinsic.
fn caller_module(vm: &Vm) -> Value {
    if let Some(c) = crate::bltin_frame::take() {
        if let Some(n) = c.globals.get_str(&vm.names.__name__) {
            return n;
        }
    }
    LAST_MODULE
        .with(|m| m.borrow().clone())
        .unwrap_or_else(|| vm.none.clone())
}

/// Whether calling `callable` should record the caller's frame (for `__module__`).
pub fn wants_caller_frame(callable: &Value) -> bool {
    if TV_TYPES.with(|t| t.get()).is_none() {
        return false;
    }
    let t = tv_types();
    [t.typevar, t.paramspec, t.typevartuple, t.typealias]
        .iter()
        .any(|ty| callable.is(&ty.to_value()))
}

/// `CALL_INTRINSIC_1` operands 7 to 11 (CPython Python/intrinsics.c).
pub fn intrinsic1(
    vm: &Vm,
    globals: &crate::objects::dict::DictData,
    oparg: u32,
    v: Value,
) -> PyResult<Value> {
    if let Some(n) = globals.get_str(&vm.names.__name__) {
        let old = LAST_MODULE.with(|m| m.borrow_mut().replace(n));
        drop(old);
    }
    match oparg {
        7 => Ok(new_param(vm, ParamKind::TypeVar, v, true).into_value()),
        8 => Ok(new_param(vm, ParamKind::ParamSpec, v, true).into_value()),
        9 => Ok(new_param(vm, ParamKind::TypeVarTuple, v, true).into_value()),
        10 => {
            // INTRINSIC_SUBSCRIPT_GENERIC: `Generic[*params]`.
            let generic = tv_types().generic.to_value();
            if let Some(r) = call_typing(vm, "_GenericAlias", &[generic.clone(), v.clone()], &[])? {
                return Ok(r);
            }
            Ok(crate::objects::genericalias::new_generic_alias(
                vm, generic, v, false,
            ))
        }
        11 => {
            // INTRINSIC_TYPEALIAS: (name, type_params, compute_value).
            let items = v
                .downcast::<TupleData>()
                .map(|t| t.items().to_vec())
                .unwrap_or_default();
            let [name, params, compute] = items.as_slice() else {
                return Err(vm.new_exception_msg(
                    vm.types.exc.system_error,
                    "bad TYPEALIAS intrinsic operand",
                ));
            };
            let params = if vm.is_none(params) {
                vm.new_tuple(vec![])
            } else {
                params.clone()
            };
            Ok(alloc_object(
                tv_types().typealias,
                TypeAliasData {
                    name: name.clone(),
                    type_params: params,
                    compute_value: RefCell::new(Some(compute.clone())),
                    value: RefCell::new(None),
                    module: caller_module(vm),
                },
            )
            .into_value())
        }
        _ => Err(vm.new_exception_msg(
            vm.types.exc.system_error,
            format!("intrinsic {oparg} is not implemented"),
        )),
    }
}

/// `CALL_INTRINSIC_2` operands 2 to 4.
pub fn intrinsic2(vm: &Vm, oparg: u32, a: Value, b: Value) -> PyResult<Value> {
    match oparg {
        2 | 3 => {
            let p = new_param(vm, ParamKind::TypeVar, a, true);
            if oparg == 2 {
                *p.evaluate_bound.borrow_mut() = Some(b);
            } else {
                *p.evaluate_constraints.borrow_mut() = Some(b);
            }
            Ok(p.into_value())
        }
        4 => {
            // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
            if let Some(f) = a.downcast::<crate::objects::function::FunctionData>() {
                let old = f.type_params.replace(Some(b));
                drop(old);
            }
            Ok(a)
        }
        _ => Err(vm.new_exception_msg(
            vm.types.exc.system_error,
            format!("intrinsic2 {oparg} is not implemented"),
        )),
    }
}

/// Fills the dicts of the type parameter types.
pub fn init(vm: &Vm) {
    use crate::objects::builtin::{add_classmethod, add_method, add_staticmethod};
    use crate::objects::descr::add_getset;
    let t = tv_types();
    for ty in [
        t.typevar,
        t.paramspec,
        t.typevartuple,
        t.typealias,
        t.generic,
        t.paramspec_args,
        t.paramspec_kwargs,
    ] {
        crate::objects::descr::set_dotted_name(vm, ty);
    }
    for ty in [t.paramspec_args, t.paramspec_kwargs] {
        add_getset(vm, ty, "__origin__", psa_origin, None);
        add_method(vm, ty, "__repr__", psa_repr);
        add_method(vm, ty, "__eq__", psa_eq);
        add_method(vm, ty, "__hash__", psa_hash);
    }
    add_getset(vm, t.paramspec, "args", ps_args, None);
    add_getset(vm, t.paramspec, "kwargs", ps_kwargs, None);
    add_method(
        vm,
        t.paramspec,
        "__typing_prepare_subst__",
        param_prepare_subst,
    );
    add_method(
        vm,
        t.typevartuple,
        "__typing_prepare_subst__",
        param_prepare_subst,
    );
    add_method(vm, t.typevartuple, "__iter__", tvt_iter);
    add_staticmethod(vm, t.typealias, "__new__", alias_new);
    for ty in [t.typevar, t.paramspec, t.typevartuple] {
        add_staticmethod(vm, ty, "__new__", param_new);
        add_getset(vm, ty, "__name__", param_name, None);
        add_getset(vm, ty, "__module__", param_module, None);
        add_method(vm, ty, "__repr__", param_repr);
        add_method(vm, ty, "__typing_subst__", param_subst);
        add_method(vm, ty, "__reduce__", param_reduce);
    }
    for ty in [t.typevar, t.paramspec] {
        add_getset(vm, ty, "__bound__", param_bound, None);
        add_getset(vm, ty, "__covariant__", param_covariant, None);
        add_getset(vm, ty, "__contravariant__", param_contravariant, None);
        add_getset(vm, ty, "__infer_variance__", param_infer_variance, None);
        add_method(vm, ty, "__or__", param_or);
        add_method(vm, ty, "__ror__", param_ror);
    }
    add_getset(vm, t.typevar, "__constraints__", param_constraints, None);
    let a = t.typealias;
    add_getset(vm, a, "__name__", alias_name, None);
    add_getset(vm, a, "__value__", alias_value, None);
    add_getset(vm, a, "__type_params__", alias_type_params, None);
    add_getset(vm, a, "__parameters__", alias_parameters, None);
    add_getset(vm, a, "__module__", alias_module, None);
    add_method(vm, a, "__repr__", alias_repr);
    add_method(vm, a, "__getitem__", alias_getitem);
    add_method(vm, a, "__or__", alias_or);
    add_method(vm, a, "__ror__", alias_ror);
    add_method(vm, a, "__reduce__", alias_reduce);
    let g = t.generic;
    add_classmethod(vm, g, "__class_getitem__", generic_class_getitem);
    add_classmethod(vm, g, "__init_subclass__", generic_init_subclass);
}

/// The `_typing` module: the type parameter types for typing.py (CPython Modules/_typingmodule.c).
pub fn make_typing_module(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_typing");
    if let Some(md) = m.downcast::<crate::objects::module::ModuleData>() {
        let d = &md.dict;
        let t = tv_types();
        for (name, ty) in [
            ("TypeVar", t.typevar),
            ("ParamSpec", t.paramspec),
            ("TypeVarTuple", t.typevartuple),
            ("ParamSpecArgs", t.paramspec_args),
            ("ParamSpecKwargs", t.paramspec_kwargs),
            ("TypeAliasType", t.typealias),
            ("Generic", t.generic),
        ] {
            d.set_str(vm, &vm.intern(name), ty.to_value());
        }
        d.set_str(
            vm,
            &vm.intern("_idfunc"),
            crate::objects::builtin::new_module_function(vm, "_idfunc", idfunc, None),
        );
    }
    m
}
