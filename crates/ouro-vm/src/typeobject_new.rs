//! Making classes: `__build_class__` (metaclass selection, `__prepare__`, running the body,
//! `__classcell__`) and `type.__new__` (bases, layout, MRO, `__slots__`, `__set_name__`,
//! `__init_subclass__`), plus `object.__new__`/`__init__` with CPython's excess-argument rules.
//! CPython: Python/bltinmodule.c (builtin___build_class__), Objects/typeobject.c (type_new,
//! object_new, object_init).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{alloc_object, layout_flags, Obj, Value};
use crate::objects::descr::MemberDescrData;
use crate::objects::dict::DictData;
use crate::objects::function::{CellData, FunctionData};
use crate::objects::object::ObjectData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::typeobject::{c3_mro, flags, TypeData, TypeRef};
use crate::vm::{PyResult, Vm};

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments"));
    }
    let func = args[0].clone();
    let Some(f) = func.downcast::<FunctionData>() else {
        return Err(vm.new_type_error("__build_class__: func must be a function"));
    };
    let name = args[1].clone();
    if name.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = args[2..npos].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if b.downcast::<TypeData>().is_none() {
            if let Some(me) = vm.getattr_opt(b, &vm.names.__mro_entries__)? {
                let r = vm.call(&me, &[vm.new_tuple(orig_bases.clone())], &[])?;
                bases.extend(vm.collect(&r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in kw.iter().zip(&args[npos..]) {
        if k.downcast::<StrData>()
            .is_some_and(|s| s.as_str() == "metaclass")
        {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .map(|m| m.downcast::<TypeData>().is_some())
        .unwrap_or(true);
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class().to_value(),
            None => vm.types.type_.to_value(),
        },
    };
    if is_class {
        meta = calculate_metaclass(vm, &meta, &bases)?;
    }
    let bases_t = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, &vm.names.__prepare__)? {
        Some(p) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kwvalues.iter().cloned());
            vm.call(&p, &a, &kwnames)?
        }
        None => vm.new_dict().into_value(),
    };
    // Run the class body with `ns` as its locals.
    let code = f.code.get();
    let mut frame = crate::ceval::Frame::new(
        code,
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
        Some(func.clone()),
    );
    frame.entry = true;
    let cell = crate::ceval::run(vm, frame)?;
    if changed {
        vm.setitem(
            &ns,
            &vm.names.__orig_bases__.to_value(),
            Some(vm.new_tuple(orig_bases)),
        )?;
    }
    let mut a = vec![name, bases_t, ns];
    a.extend(kwvalues);
    let cls = vm.call(&meta, &a, &kwnames)?;
    if let Some(c) = cell.downcast::<CellData>() {
        if cls.downcast::<TypeData>().is_some() {
            c.set(Some(cls.clone()));
        }
    }
    Ok(cls)
}

fn calculate_metaclass(vm: &Vm, meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.class().to_value();
        let (Some(w), Some(t)) = (winner.downcast::<TypeData>(), bt.downcast::<TypeData>()) else {
            continue;
        };
        if w.is_subtype(t) {
            continue;
        }
        if t.is_subtype(w) {
            winner = bt.clone();
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type(name, bases, dict)` / `type.__new__(meta, name, bases, dict, **kw)`.
pub fn type_new(
    vm: &Vm,
    meta: &Obj<TypeData>,
    name: &str,
    bases: Vec<Value>,
    ns: &Value,
    kwnames: &[Value],
    kwvalues: &[Value],
) -> PyResult<Value> {
    let mut base_types: Vec<TypeRef> = Vec::new();
    for b in &bases {
        match b.downcast_ref::<TypeData>() {
            Some(t) => {
                if t.flags.get() & flags::BASETYPE == 0 {
                    return Err(vm.new_type_error(format!(
                        "type '{}' is not an acceptable base type",
                        t.name()
                    )));
                }
                base_types.push(t)
            }
            None => return Err(vm.new_type_error("bases must be types")),
        }
    }
    for (i, b) in base_types.iter().enumerate() {
        if base_types[..i]
            .iter()
            .any(|o| crate::object::PyRef::ptr_eq(o, b))
        {
            return Err(vm.new_type_error(format!("duplicate base class {}", b.name())));
        }
    }
    if base_types.is_empty() {
        base_types.push(vm.types.object.to_ref());
    }
    // The solid base: the base with the most derived payload.
    let mut best = base_types[0].clone();
    for b in &base_types[1..] {
        if b.payload.id != best.payload.id {
            if best.payload.id == std::any::TypeId::of::<ObjectData>() {
                best = b.clone();
            } else if b.payload.id != std::any::TypeId::of::<ObjectData>()
                && !b.is_subtype(&best)
                && !best.is_subtype(b)
            {
                return Err(vm.new_type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    // Exception classes share one payload, but not one layout in CPython.
    if best.payload.id == std::any::TypeId::of::<crate::objects::exceptions::ExceptionData>() {
        if let Some(b) = crate::exceptions_attrs::exception_best_base(vm, &base_types)? {
            best = b;
        }
    }
    let dict = vm.new_dict();
    let ns_items: Vec<(Value, Value)> = match ns.downcast::<DictData>() {
        Some(d) => d.items(),
        None => {
            let keys = vm.call_method(ns, &vm.names.keys, &[])?;
            let mut out = Vec::new();
            for k in vm.collect(&keys)? {
                let v = vm.getitem(ns, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in ns_items {
        dict.set_item(vm, k, v)?;
    }
    // __slots__
    let slots = dict.get_str(&vm.names.__slots__);
    let mut slot_names: Vec<Rc<str>> = Vec::new();
    let mut wants_dict = true;
    let mut wants_weak = true;
    if let Some(s) = &slots {
        let items = if s.downcast::<StrData>().is_some() {
            vec![s.clone()]
        } else {
            vm.collect(s)?
        };
        wants_dict = false;
        wants_weak = false;
        for it in items {
            let Some(n) = it.downcast::<StrData>() else {
                return Err(vm.new_type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    it.class().name()
                )));
            };
            if n.as_str() != "__dict__" && n.as_str() != "__weakref__" {
                let mangled = crate::symtable_mangle(name, n.as_str());
                if dict.get_str(&vm.intern(&mangled)).is_some() {
                    return Err(vm.new_value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        n.as_str()
                    )));
                }
                if slot_names.iter().any(|s| &**s == mangled.as_str()) {
                    continue;
                }
            }
            if n.as_str() == "__weakref__" {
                // CPython: typeobject.c type_new_visit_slots.
                if wants_weak
                    || base_types
                        .iter()
                        .any(|b| b.layout_flags & layout_flags::WEAKREFABLE != 0)
                {
                    return Err(
                        vm.new_type_error("__weakref__ slot disallowed: we already got one")
                    );
                }
                wants_weak = true;
            }
            if n.as_str() == "__dict__" {
                // CPython: typeobject.c type_new_visit_slots (`may_add_dict`: the solid base
                // has no dict).
                if wants_dict || best.layout_flags & layout_flags::MANAGED_DICT != 0 {
                    return Err(vm.new_type_error("__dict__ slot disallowed: we already got one"));
                }
                wants_dict = true;
            } else if n.as_str() != "__weakref__" {
                slot_names.push(Rc::from(crate::symtable_mangle(name, n.as_str()).as_str()));
            }
        }
    }
    let base_has_dict = base_types
        .iter()
        .any(|b| b.layout_flags & layout_flags::MANAGED_DICT != 0);
    let mut lflags = best.layout_flags | layout_flags::HAS_GC;
    if wants_dict || base_has_dict {
        lflags |= layout_flags::MANAGED_DICT;
    }
    // CPython: typeobject.c type_new_slots (`may_add_weak`: not for variable-size bases).
    let base_has_weak = base_types
        .iter()
        .any(|b| b.layout_flags & layout_flags::WEAKREFABLE != 0);
    let varsize = [
        std::any::TypeId::of::<crate::objects::int::IntData>(),
        std::any::TypeId::of::<crate::objects::tuple::TupleData>(),
        std::any::TypeId::of::<crate::objects::bytes::BytesData>(),
    ]
    .contains(&best.payload.id);
    if base_has_weak || (wants_weak && !varsize) {
        lflags |= layout_flags::WEAKREFABLE;
    }
    let inherited_slots = if best.payload.id == std::any::TypeId::of::<ObjectData>()
        || best.payload.id == std::any::TypeId::of::<crate::weakrefobject::WeakRefData>()
    {
        base_types.iter().map(|b| b.nslots).max().unwrap_or(0)
    } else {
        0
    };
    let mut tflags = flags::HEAPTYPE | flags::BASETYPE | flags::READY;
    tflags |= best.flags.get()
        & (flags::LONG_SUBCLASS
            | flags::LIST_SUBCLASS
            | flags::TUPLE_SUBCLASS
            | flags::BYTES_SUBCLASS
            | flags::UNICODE_SUBCLASS
            | flags::DICT_SUBCLASS
            | flags::BASE_EXC_SUBCLASS
            | flags::TYPE_SUBCLASS);
    let mut data = TypeData::new(
        name,
        tflags,
        lflags,
        best.payload,
        Some(best.clone()),
        dict.clone(),
    );
    *data.bases.borrow_mut() = base_types.clone();
    data.nslots = inherited_slots + slot_names.len();
    data.slot_names = slot_names.clone();
    let mro = c3_mro(vm, &base_types)?;
    *data.mro_tail.borrow_mut() = mro;
    if let Some(q) = dict.get_str(&vm.names.__qualname__) {
        if q.downcast_ref::<StrData>().is_none() {
            return Err(vm.new_type_error(format!(
                "type __qualname__ must be a str, not {}",
                q.class().name()
            )));
        }
    }
    let t = crate::typeobject::alloc_type(meta, data);
    // Qualified name, module, doc.
    if let Some(q) = dict.get_str(&vm.names.__qualname__) {
        if let Some(qs) = q.downcast_ref::<StrData>() {
            *t.qualname.borrow_mut() = Rc::from(qs.as_str());
        }
        dict.remove_item(vm, &vm.names.__qualname__.to_value())?;
    }
    if dict.get_str(&vm.names.__module__).is_none() {
        if let Some(c) = crate::bltin_frame::take() {
            if let Some(n) = c.globals.get_str(&vm.names.__name__) {
                dict.set_str(vm, &vm.names.__module__, n);
            }
        }
    }
    // `__dict__` and `__weakref__` descriptors when this class adds them to the layout
    // (CPython `type_new_descriptors`).
    if lflags & layout_flags::MANAGED_DICT != 0
        && !base_has_dict
        && dict.get_str(&vm.names.__dict__).is_none()
    {
        let d = crate::objects::descr::new_getset(
            vm,
            &t,
            "__dict__",
            crate::objects::object::obj_get_dict,
            Some(heap_set_dict),
        );
        dict.set_str(vm, &vm.names.__dict__, d);
    }
    // A class that adds weak-reference support gets a `__weakref__` attribute (CPython:
    // typeobject.c subtype_getweakref).
    if lflags & layout_flags::WEAKREFABLE != 0 && !base_has_weak {
        let d = crate::objects::descr::new_getset(
            vm,
            &t,
            "__weakref__",
            crate::weakrefobject::weakref_attr,
            None,
        );
        dict.set_str(vm, &vm.names.__weakref__, d);
    }
    if dict.get_str(&vm.names.__doc__).is_none() {
        dict.set_str(vm, &vm.names.__doc__, vm.none.clone());
    }
    for (i, s) in slot_names.iter().enumerate() {
        let d = alloc_object(
            vm.types.member_descriptor,
            MemberDescrData {
                name: vm.intern(s),
                owner: t.addr(),
                index: inherited_slots + i,
                tuple_item: false,
            },
        );
        dict.set_str(vm, &vm.intern(s), d.into_value());
    }
    // __new__ is a static method; __init_subclass__ and __class_getitem__ class methods.
    for (n, kind) in [
        (&vm.names.__new__, 0),
        (&vm.names.__init_subclass__, 1),
        (&vm.names.__class_getitem__, 1),
    ] {
        if let Some(f) = dict.get_str(n) {
            if f.downcast::<FunctionData>().is_some() {
                let w = if kind == 0 {
                    alloc_object(
                        vm.types.staticmethod,
                        crate::objects::descr::StaticMethodData {
                            func: RefCell::new(Some(f)),
                        },
                    )
                    .into_value()
                } else {
                    alloc_object(
                        vm.types.classmethod,
                        crate::objects::descr::ClassMethodData {
                            func: RefCell::new(Some(f)),
                        },
                    )
                    .into_value()
                };
                dict.set_str(vm, n, w);
            }
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if dict.get_str(&vm.names.__eq__).is_some() && dict.get_str(&vm.names.__hash__).is_none() {
        dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
    }
    if let Some(cell) = dict.get_str(&vm.names.__classcell__) {
        if let Some(c) = cell.downcast::<CellData>() {
            c.set(Some(t.to_value()));
        }
        dict.remove_item(vm, &vm.names.__classcell__.to_value())?;
    }
    if t.lookup(&vm.names.__del__).is_some() {
        t.flags.set(t.flags.get() | flags::HAS_FINALIZER);
    }
    let tv = t.to_value();
    for b in &base_types {
        b.subclasses.borrow_mut().push(t.addr());
    }
    // __set_name__
    for (k, v) in dict.items() {
        if let Some(sn) = v.class().lookup(&vm.names.__set_name__) {
            vm.call(&sn, &[v.clone(), tv.clone(), k], &[])?;
        }
    }
    // __init_subclass__ of the parent.
    let sup = alloc_object(
        vm.types.super_,
        crate::objects::descr::SuperData {
            ty: RefCell::new(Some(t.to_ref())),
            obj: RefCell::new(Some(tv.clone())),
            obj_type: RefCell::new(Some(t.to_ref())),
        },
    )
    .into_value();
    let init_sub = vm.getattr(&sup, &vm.names.__init_subclass__)?;
    vm.call(&init_sub, kwvalues, kwnames)?;
    Ok(tv)
}

/// Whether `t`'s `name` attribute is the built-in one of `object`.
fn is_object_method(vm: &Vm, t: &Obj<TypeData>, name: &Obj<StrData>) -> bool {
    match (t.lookup(name), vm.types.object.dict.get_str(name)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// `object.__new__(cls, *args, **kwargs)`.
pub fn object_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("object.__new__(X): X is not a type object"));
    };
    let excess = args.len() > 1 || !kw.is_empty();
    if excess {
        if !is_object_method(vm, cls, &vm.names.__new__) {
            return Err(vm.new_type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if is_object_method(vm, cls, &vm.names.__init__) {
            return Err(vm.new_type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    if cls.payload.id != std::any::TypeId::of::<ObjectData>() {
        return Err(vm.new_type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name(),
            cls.mro()
                .iter()
                .find(|t| t.dict.get_str(&vm.names.__new__).is_some_and(|n| !vm
                    .types
                    .object
                    .dict
                    .get_str(&vm.names.__new__)
                    .is_some_and(|o| o.is(&n))))
                .map(|b| b.name())
                .unwrap_or_else(|| cls.name())
        )));
    }
    if cls.flags.get() & flags::IS_ABSTRACT != 0 {
        return Err(abstract_error(vm, cls));
    }
    Ok(alloc_object(cls, ObjectData::new(cls.nslots)).into_value())
}

/// The TypeError for instantiating a class with abstract methods (CPython `object_new`).
fn abstract_error(vm: &Vm, cls: &Obj<TypeData>) -> crate::vm::PyErr {
    let mut names: Vec<String> = Vec::new();
    if let Some(a) = cls.dict.get_str(&vm.intern("__abstractmethods__")) {
        if let Ok(items) = vm.collect(&a) {
            for it in items {
                if let Ok(s) = vm.str(&it) {
                    names.push(format!("'{s}'"));
                }
            }
        }
    }
    names.sort();
    vm.new_type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        cls.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// `object.__init__(self, *args, **kwargs)`.
pub fn object_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(vm.new_type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    let excess = args.len() > 1 || !kw.is_empty();
    if excess {
        let t = obj.class();
        if !is_object_method(vm, t, &vm.names.__init__) {
            return Err(vm.new_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_method(vm, t, &vm.names.__new__) {
            return Err(vm.new_type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(vm.none.clone())
}

/// `type.__new__` / `type(...)` as called.
pub fn type_new_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let Some(meta) = args.first().and_then(|m| m.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("type.__new__(X): X is not a type object"));
    };
    if npos == 2 && kw.is_empty() {
        return Ok(args[1].class().to_value());
    }
    if npos != 4 {
        return Err(vm.new_type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = args[1].downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            args[1].class().name()
        )));
    };
    let Some(bases) = args[2].downcast::<TupleData>() else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            args[2].class().name()
        )));
    };
    if args[3].downcast::<DictData>().is_none() {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            args[3].class().name()
        )));
    }
    // The most derived metaclass wins; if it has its own `__new__`, that makes the class
    // (CPython `type_new_get_bases` / `_PyType_CalculateMetaclass`).
    let winner = calculate_metaclass(vm, &args[0], bases.items())?;
    let mut meta = meta;
    if !winner.is(&args[0]) {
        if let Some(wt) = winner.downcast::<TypeData>() {
            let own_new = vm.types.type_.dict.get_str(&vm.names.__new__);
            if let Some(nf) = wt.lookup(&vm.names.__new__) {
                if !own_new.as_ref().is_some_and(|o| o.is(&nf)) {
                    let f = crate::ops::descr_get(vm, nf, None, wt)?;
                    let mut all = Vec::with_capacity(args.len());
                    all.push(winner.clone());
                    all.extend_from_slice(&args[1..]);
                    return vm.call(&f, &all, kw);
                }
            }
            meta = wt;
        }
    }
    type_new(
        vm,
        meta,
        name.as_str(),
        bases.items().to_vec(),
        &args[3],
        kw,
        &args[npos..],
    )
}

/// `__dict__` assignment on instances of classes: deleting it leaves the instance without a
/// dict until the next access makes a fresh one (CPython `subtype_setdict`).
fn heap_set_dict(vm: &Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    match x {
        Some(x) => crate::objects::object::obj_set_dict(vm, v, Some(x)),
        None => {
            if let Some(slot) = v.managed_dict() {
                let old = slot.replace(None);
                drop(old);
            }
            Ok(())
        }
    }
}
