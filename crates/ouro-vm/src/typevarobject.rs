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
}

impl Payload for TypeParamData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
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
    let generic = make_builtin_type::<crate::objects::object::ObjectData>("Generic", 0);
    generic
        .flags
        .set(generic.flags.get() | crate::typeobject::flags::BASETYPE);
    let t: &'static TvTypes = Box::leak(Box::new(TvTypes {
        typevar: make_builtin_type::<TypeParamData>("TypeVar", HAS_GC),
        paramspec: make_builtin_type::<TypeParamData>("ParamSpec", HAS_GC),
        typevartuple: make_builtin_type::<TypeParamData>("TypeVarTuple", HAS_GC),
        typealias: make_builtin_type::<TypeAliasData>("TypeAliasType", HAS_GC),
        generic,
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
    let _ = vm;
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
fn param_module(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_str("typing"))
}

/// `T.__typing_subst__(arg)`: the substituted value.
fn param_subst(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, args)?;
    args.get(1)
        .cloned()
        .ok_or_else(|| vm.new_type_error("__typing_subst__() takes exactly one argument"))
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
        },
    );
    Ok(p.into_value())
}

fn param_or(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let typing = vm.call(
        &vm.builtins
            .get_str(&vm.intern("__import__"))
            .unwrap_or_else(|| vm.none.clone()),
        &[vm.new_str("typing")],
        &[],
    )?;
    let union = vm.getattr_str(&typing, "Union")?;
    vm.getitem(
        &union,
        &vm.new_tuple(vec![args[0].clone(), args[1].clone()]),
    )
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
    Ok(crate::objects::genericalias::new_generic_alias(
        vm,
        args[0].clone(),
        key.clone(),
        false,
    ))
}

fn generic_init_subclass(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.none.clone())
}

/// The current module's name, for `TypeAliasType.__module__`.
fn caller_module(vm: &Vm) -> Value {
    let g = crate::bltin_exec::bi_globals(vm, &[], &[]).ok();
    match g
        .as_ref()
        .and_then(|g| g.downcast::<crate::objects::dict::DictData>())
    {
        Some(g) => g
            .get_str(&vm.names.__name__)
            .unwrap_or_else(|| vm.none.clone()),
        None => vm.none.clone(),
    }
}

/// `CALL_INTRINSIC_1` operands 7 to 11 (CPython Python/intrinsics.c).
pub fn intrinsic1(vm: &Vm, oparg: u32, v: Value) -> PyResult<Value> {
    match oparg {
        7 => Ok(new_param(vm, ParamKind::TypeVar, v, true).into_value()),
        8 => Ok(new_param(vm, ParamKind::ParamSpec, v, true).into_value()),
        9 => Ok(new_param(vm, ParamKind::TypeVarTuple, v, true).into_value()),
        10 => {
            // INTRINSIC_SUBSCRIPT_GENERIC: `Generic[*params]`.
            let generic = tv_types().generic.to_value();
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
    for ty in [t.typevar, t.paramspec, t.typevartuple] {
        ty.dict
            .set_str(vm, &vm.names.__module__, vm.new_str("typing"));
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
    a.dict
        .set_str(vm, &vm.names.__module__, vm.new_str("typing"));
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
    g.dict
        .set_str(vm, &vm.names.__module__, vm.new_str("typing"));
    add_classmethod(vm, g, "__class_getitem__", generic_class_getitem);
    add_classmethod(vm, g, "__init_subclass__", generic_init_subclass);
}
