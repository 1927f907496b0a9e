//! The `itertools` module: its iterator types (`count`, `cycle`, `repeat`, `accumulate`,
//! `batched`, `chain`, `compress`, `dropwhile`, `filterfalse`, `groupby` with `_grouper`,
//! `islice`, `pairwise`, `starmap`, `takewhile`, `tee` with `_tee` and `_tee_dataobject`,
//! `zip_longest`, `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`), and the argument-parsing helpers that the Rust modules
//! behind `itertools`, `_collections` and `_functools` share (CPython's Argument Clinic
//! messages). CPython: Modules/itertoolsmodule.c, Python/getargs.c.

use std::cell::{Cell, RefCell};

use crate::object::{alloc_object, layout_flags, Obj, Payload, Value};
use crate::objects::builtin::{add_classmethod, add_method, add_staticmethod};
use crate::objects::list::{check_positional, no_kw, one_arg, slf};
use crate::objects::module::ModuleData;
use crate::typeobject::{flags, TypeData};
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

// ----- argument parsing shared by the Rust modules (CPython: Python/getargs.c) -----

/// Binds the arguments of a function with parameters `names` (none positional-only): the
/// first `maxpos` may be given by position, the rest only by keyword, and the first
/// `required` are required. `args` holds the positional values then the keyword values
/// (vectorcall), without `self`/`cls`. CPython: getargs.c `_PyArg_UnpackKeywords`.
pub(crate) fn unpack_kw(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: &[&str],
    required: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let npos = args.len() - kwnames.len();
    let total = args.len();
    if total > names.len() {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {} {}argument{} ({total} given)",
            names.len(),
            if npos == 0 { "keyword " } else { "" },
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    if npos > maxpos {
        if maxpos == 0 {
            return Err(vm.new_type_error(format!("{fname}() takes no positional arguments")));
        }
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {maxpos} positional argument{} ({npos} given)",
            if maxpos == 1 { "" } else { "s" }
        )));
    }
    let kwvals = &args[npos..];
    let mut out: Vec<Option<Value>> = Vec::with_capacity(names.len());
    let mut used = 0;
    for (i, name) in names.iter().enumerate() {
        if i < npos {
            out.push(Some(args[i].clone()));
            continue;
        }
        let found = kwnames
            .iter()
            .position(|k| crate::ops::str_of(k) == Some(name));
        match found {
            Some(j) => {
                used += 1;
                out.push(Some(kwvals[j].clone()));
            }
            None => {
                if i < required {
                    return Err(vm.new_type_error(format!(
                        "{fname}() missing required argument '{name}' (pos {})",
                        i + 1
                    )));
                }
                out.push(None);
            }
        }
    }
    if used < kwnames.len() {
        for k in kwnames {
            let ks = crate::ops::str_of(k).unwrap_or("");
            match names.iter().position(|n| *n == ks) {
                Some(i) if i < npos => {
                    return Err(vm.new_type_error(format!(
                        "argument for {fname}() given by name ('{ks}') and position ({})",
                        i + 1
                    )))
                }
                Some(_) => {}
                None => {
                    return Err(vm.new_type_error(format!(
                        "'{ks}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
    }
    Ok(out)
}

/// The positional arguments of a function that takes no keywords, checked against
/// `min..=max` (CPython `_PyArg_NoKeywords` then `_PyArg_CheckPositional`). `fname` is the
/// name the keyword error shows: a module function's is qualified (`zlib.crc32`, as CPython's
/// call machinery names it), while the count error shows the bare name.
pub(crate) fn positional_only<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, fname, kwnames)?;
    let bare = fname.rsplit('.').next().unwrap_or(fname);
    check_positional(vm, bare, args.len(), min, max)?;
    Ok(args)
}

/// The class argument of a `__new__` and the arguments after it.
pub(crate) fn new_args<'a>(
    vm: &Vm,
    args: &'a [Value],
) -> PyResult<(&'a Obj<TypeData>, &'a [Value])> {
    match args.first().and_then(|c| c.downcast::<TypeData>()) {
        Some(c) => Ok((c, &args[1..])),
        None => Err(vm.new_type_error("__new__ needs a type")),
    }
}

/// A new built-in type of module `module`, registered with its `__module__` (and `__doc__`).
pub(crate) fn new_module_type<T: Payload>(
    vm: &Vm,
    module: &str,
    name: &str,
    base: StaticType,
    tflags: u64,
    lflags: u64,
    doc: Option<&str>,
) -> StaticType {
    // The name is CPython's `tp_name` ("itertools.count"), used in messages; `__name__` and
    // `__qualname__` are the part after the module.
    let t =
        crate::types::make_builtin_subtype::<T>(&format!("{module}.{name}"), base, tflags, lflags);
    *t.qualname.borrow_mut() = std::rc::Rc::from(name);
    t.dict.set_str(vm, &vm.names.__module__, vm.new_str(module));
    t.dict.set_str(
        vm,
        &vm.names.__doc__,
        match doc {
            Some(d) => vm.new_str(d),
            None => vm.none.clone(),
        },
    );
    t
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: an index-sized int from an object with `__index__`.
pub(crate) fn as_ssize(vm: &Vm, v: &Value) -> PyResult<isize> {
    match vm.index_to_isize(v) {
        Err(e) if e.class().is_subtype(vm.types.exc.overflow_error) => {
            Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"))
        }
        r => r,
    }
}

/// More items than any allocation of this process can hold: CPython fails such requests
/// with MemoryError when it allocates the tuple or index array.
const TOO_MANY: usize = 1 << 28;

fn too_many(vm: &Vm) -> crate::vm::PyErr {
    vm.new_exception(vm.types.exc.memory_error, Vec::new())
}

/// The name of an object's type, as used by the reprs of the module types
/// (CPython `_PyType_Name`).
pub(crate) fn type_name(v: &Value) -> String {
    let n = v.class().name();
    match n.rfind('.') {
        Some(i) => n[i + 1..].to_string(),
        None => n.to_string(),
    }
}

/// `__iter__` of iterators: the iterator itself.
fn iter_self(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "__iter__", kw)?;
    args.first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("descriptor '__iter__' needs an argument"))
}

/// An itertools iterator: a payload with a `__next__` step (None when exhausted).
trait ItObj: Payload {
    const NAME: &'static str;
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>>;
}

fn next_method<T: ItObj>(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = slf::<T>(vm, args, T::NAME, "__next__")?;
    no_kw(vm, "__next__", kw)?;
    match T::next(s, vm)? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

fn not_creatable(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let name = match args.first().and_then(|c| c.downcast::<TypeData>()) {
        Some(t) => t.name().to_string(),
        None => "object".to_string(),
    };
    Err(vm.new_type_error(format!("cannot create '{name}' instances")))
}

/// Registers an iterator type of this module.
fn it_type<T: ItObj>(
    vm: &Vm,
    name: &str,
    new: Option<crate::objects::builtin::NativeFn>,
    subclassable: bool,
    doc: &str,
) -> StaticType {
    let t = new_module_type::<T>(
        vm,
        "itertools",
        name,
        vm.types.object,
        if subclassable { flags::BASETYPE } else { 0 },
        layout_flags::HAS_GC,
        Some(doc),
    );
    add_method(vm, t, "__iter__", iter_self);
    add_method(vm, t, "__next__", next_method::<T>);
    add_staticmethod(vm, t, "__new__", new.unwrap_or(not_creatable));
    t
}

fn visit_opt(v: &RefCell<Option<Value>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(b) = v.try_borrow() {
        if let Some(x) = &*b {
            visit(x);
        }
    }
}

fn visit_vec(v: &RefCell<Vec<Value>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(b) = v.try_borrow() {
        for x in b.iter() {
            visit(x);
        }
    }
}

fn take_opt(v: &RefCell<Option<Value>>) {
    let old = v.borrow_mut().take();
    drop(old);
}

fn take_vec(v: &RefCell<Vec<Value>>) {
    let old = std::mem::take(&mut *v.borrow_mut());
    drop(old);
}

/// Takes the next item of an optional iterator, clearing it once exhausted.
fn next_of(vm: &Vm, slot: &RefCell<Option<Value>>) -> PyResult<Option<Value>> {
    let it = slot.borrow().clone();
    let Some(it) = it else { return Ok(None) };
    match vm.next(&it)? {
        Some(v) => Ok(Some(v)),
        None => {
            take_opt(slot);
            Ok(None)
        }
    }
}

// ----- count -----

pub struct CountData {
    cnt: RefCell<Value>,
    step: Value,
}

impl Payload for CountData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(c) = self.cnt.try_borrow() {
            visit(&c);
        }
        visit(&self.step);
    }
}

impl ItObj for CountData {
    const NAME: &'static str = "count";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let cur = this.cnt.borrow().clone();
        let nxt = vm.binary_op(&cur, &this.step, 0)?;
        let old = std::mem::replace(&mut *this.cnt.borrow_mut(), nxt);
        drop(old);
        Ok(Some(cur))
    }
}

/// CPython `PyNumber_Check`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    if crate::objects::int::as_int(v).is_some()
        || v.downcast::<crate::objects::float::FloatData>().is_some()
        || v.downcast::<crate::objects::complex::ComplexData>()
            .is_some()
    {
        return true;
    }
    let t = v.class();
    t.lookup(&vm.names.__index__).is_some()
        || t.lookup(&vm.names.__int__).is_some()
        || t.lookup(&vm.names.__float__).is_some()
}

fn count_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(vm, "count", rest, kw, &["start", "step"], 0, 2)?;
    for v in a.iter().flatten() {
        if !is_number(vm, v) {
            return Err(vm.new_type_error("a number is required"));
        }
    }
    let cnt = a[0].clone().unwrap_or_else(|| vm.new_int(0));
    let step = a[1].clone().unwrap_or_else(|| vm.new_int(1));
    Ok(alloc_object(
        cls,
        CountData {
            cnt: RefCell::new(cnt),
            step,
        },
    )
    .into_value())
}

fn count_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let c = slf::<CountData>(vm, args, "count", "__repr__")?;
    let cur = c.cnt.borrow().clone();
    let name = type_name(&args[0]);
    let step_is_one = matches!(
        crate::objects::int::as_int(&c.step).and_then(|i| i.to_i64()),
        Some(1)
    );
    let s = if step_is_one {
        format!("{name}({})", vm.repr(&cur)?)
    } else {
        format!("{name}({}, {})", vm.repr(&cur)?, vm.repr(&c.step)?)
    };
    Ok(vm.new_string(s))
}

// ----- cycle -----

pub struct CycleData {
    it: RefCell<Option<Value>>,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

impl Payload for CycleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_opt(&self.it, visit);
        visit_vec(&self.saved, visit);
    }
    fn clear(&self) {
        take_opt(&self.it);
        take_vec(&self.saved);
    }
}

impl ItObj for CycleData {
    const NAME: &'static str = "cycle";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        if let Some(v) = next_of(vm, &this.it)? {
            this.saved.borrow_mut().push(v.clone());
            return Ok(Some(v));
        }
        let saved = this.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = this.index.get() % saved.len();
        let v = saved[i].clone();
        this.index.set(if i + 1 >= saved.len() { 0 } else { i + 1 });
        Ok(Some(v))
    }
}

fn cycle_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = positional_only(vm, "cycle", rest, kw, 1, 1)?;
    let it = vm.iter(&a[0])?;
    Ok(alloc_object(
        cls,
        CycleData {
            it: RefCell::new(Some(it)),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
        },
    )
    .into_value())
}

// ----- repeat -----

pub struct RepeatData {
    element: Value,
    /// Items left, or -1 for an endless repeat.
    cnt: Cell<isize>,
}

impl Payload for RepeatData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.element);
    }
}

impl ItObj for RepeatData {
    const NAME: &'static str = "repeat";
    fn next(this: &Obj<Self>, _vm: &Vm) -> PyResult<Option<Value>> {
        let c = this.cnt.get();
        if c == 0 {
            return Ok(None);
        }
        if c > 0 {
            this.cnt.set(c - 1);
        }
        Ok(Some(this.element.clone()))
    }
}

fn repeat_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(vm, "repeat", rest, kw, &["object", "times"], 1, 2)?;
    let element = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let mut cnt = -1;
    if let Some(t) = &a[1] {
        // A negative count, by position or keyword, means no repetitions.
        cnt = as_ssize(vm, t)?.max(0);
    }
    Ok(alloc_object(
        cls,
        RepeatData {
            element,
            cnt: Cell::new(cnt),
        },
    )
    .into_value())
}

fn repeat_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = slf::<RepeatData>(vm, args, "repeat", "__repr__")?;
    let name = type_name(&args[0]);
    let s = if r.cnt.get() == -1 {
        format!("{name}({})", vm.repr(&r.element)?)
    } else {
        format!("{name}({}, {})", vm.repr(&r.element)?, r.cnt.get())
    };
    Ok(vm.new_string(s))
}

fn repeat_length_hint(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let r = slf::<RepeatData>(vm, args, "repeat", "__length_hint__")?;
    if r.cnt.get() == -1 {
        return Err(vm.new_type_error("len() of unsized object"));
    }
    Ok(vm.new_int(r.cnt.get() as i64))
}

// ----- accumulate -----

pub struct AccumulateData {
    it: Value,
    func: Option<Value>,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

impl Payload for AccumulateData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        if let Some(f) = &self.func {
            visit(f);
        }
        visit_opt(&self.total, visit);
        visit_opt(&self.initial, visit);
    }
    fn clear(&self) {
        take_opt(&self.total);
        take_opt(&self.initial);
    }
}

impl ItObj for AccumulateData {
    const NAME: &'static str = "accumulate";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let init = this.initial.borrow_mut().take();
        if let Some(i) = init {
            *this.total.borrow_mut() = Some(i.clone());
            return Ok(Some(i));
        }
        let Some(val) = vm.next(&this.it)? else {
            return Ok(None);
        };
        let total = this.total.borrow().clone();
        let new = match total {
            None => val,
            Some(t) => match &this.func {
                Some(f) => vm.call(f, &[t, val], &[])?,
                None => vm.binary_op(&t, &val, 0)?,
            },
        };
        let old = this.total.borrow_mut().replace(new.clone());
        drop(old);
        Ok(Some(new))
    }
}

fn accumulate_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(
        vm,
        "accumulate",
        rest,
        kw,
        &["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = vm.iter(a[0].as_ref().unwrap_or(&vm.none))?;
    let func = a[1].clone().filter(|f| !vm.is_none(f));
    let initial = a[2].clone().filter(|f| !vm.is_none(f));
    Ok(alloc_object(
        cls,
        AccumulateData {
            it,
            func,
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    )
    .into_value())
}

// ----- batched -----

pub struct BatchedData {
    it: RefCell<Option<Value>>,
    n: usize,
}

impl Payload for BatchedData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_opt(&self.it, visit);
    }
    fn clear(&self) {
        take_opt(&self.it);
    }
}

impl ItObj for BatchedData {
    const NAME: &'static str = "batched";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let mut items = Vec::new();
        while items.len() < this.n {
            match next_of(vm, &this.it)? {
                Some(v) => items.push(v),
                None => break,
            }
        }
        if items.is_empty() {
            return Ok(None);
        }
        if items.len() < this.n {
            take_opt(&this.it);
        }
        Ok(Some(vm.new_tuple(items)))
    }
}

fn batched_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(vm, "batched", rest, kw, &["iterable", "n"], 2, 2)?;
    let n = as_ssize(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    if n < 1 {
        return Err(vm.new_value_error("n must be at least one"));
    }
    let it = vm.iter(a[0].as_ref().unwrap_or(&vm.none))?;
    Ok(alloc_object(
        cls,
        BatchedData {
            it: RefCell::new(Some(it)),
            n: n as usize,
        },
    )
    .into_value())
}

// ----- chain -----

pub struct ChainData {
    source: RefCell<Option<Value>>,
    active: RefCell<Option<Value>>,
}

impl Payload for ChainData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_opt(&self.source, visit);
        visit_opt(&self.active, visit);
    }
    fn clear(&self) {
        take_opt(&self.source);
        take_opt(&self.active);
    }
}

impl ItObj for ChainData {
    const NAME: &'static str = "chain";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            if this.active.borrow().is_none() {
                let Some(iterable) = next_of(vm, &this.source)? else {
                    return Ok(None);
                };
                let it = vm.iter(&iterable)?;
                *this.active.borrow_mut() = Some(it);
            }
            if let Some(v) = next_of(vm, &this.active)? {
                return Ok(Some(v));
            }
        }
    }
}

fn new_chain(cls: &Obj<TypeData>, source: Value) -> Value {
    alloc_object(
        cls,
        ChainData {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    )
    .into_value()
}

fn chain_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    no_kw(vm, "chain", kw)?;
    let src = vm.iter(&vm.new_tuple(rest.to_vec()))?;
    Ok(new_chain(cls, src))
}

fn chain_from_iterable(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = one_arg(vm, "chain.from_iterable", args, kw)?;
    let cls = args[0]
        .downcast::<TypeData>()
        .ok_or_else(|| vm.new_type_error("from_iterable needs a type"))?;
    let src = vm.iter(x)?;
    Ok(new_chain(cls, src))
}

// ----- compress -----

pub struct CompressData {
    data: Value,
    selectors: Value,
}

impl Payload for CompressData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.data);
        visit(&self.selectors);
    }
}

impl ItObj for CompressData {
    const NAME: &'static str = "compress";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next(&this.data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&this.selectors)? else {
                return Ok(None);
            };
            if vm.is_true(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn compress_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(vm, "compress", rest, kw, &["data", "selectors"], 2, 2)?;
    let data = vm.iter(a[0].as_ref().unwrap_or(&vm.none))?;
    let selectors = vm.iter(a[1].as_ref().unwrap_or(&vm.none))?;
    Ok(alloc_object(cls, CompressData { data, selectors }).into_value())
}

// ----- dropwhile, takewhile, filterfalse, starmap -----

/// The shared payload of the iterators that apply a function to another iterator.
pub struct PredData {
    func: Value,
    it: Value,
    /// dropwhile: the predicate has failed once; takewhile: the predicate has failed.
    done: Cell<bool>,
}

impl Payload for PredData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.it);
    }
}

/// Distinct payload types so that each iterator type has its own `__next__`.
pub struct DropWhileData(PredData);
pub struct TakeWhileData(PredData);
pub struct FilterFalseData(PredData);
pub struct StarmapData(PredData);

macro_rules! pred_payload {
    ($t:ident) => {
        impl Payload for $t {
            fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
                self.0.traverse(visit)
            }
        }
        impl std::ops::Deref for $t {
            type Target = PredData;
            fn deref(&self) -> &PredData {
                &self.0
            }
        }
    };
}
pred_payload!(DropWhileData);
pred_payload!(TakeWhileData);
pred_payload!(FilterFalseData);
pred_payload!(StarmapData);

impl ItObj for DropWhileData {
    const NAME: &'static str = "dropwhile";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = vm.next(&this.it)? else {
                return Ok(None);
            };
            if this.done.get() {
                return Ok(Some(v));
            }
            let r = vm.call(&this.func, &[v.clone()], &[])?;
            if !vm.is_true(&r)? {
                this.done.set(true);
                return Ok(Some(v));
            }
        }
    }
}

impl ItObj for TakeWhileData {
    const NAME: &'static str = "takewhile";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        if this.done.get() {
            return Ok(None);
        }
        let Some(v) = vm.next(&this.it)? else {
            return Ok(None);
        };
        let r = vm.call(&this.func, &[v.clone()], &[])?;
        if vm.is_true(&r)? {
            return Ok(Some(v));
        }
        this.done.set(true);
        Ok(None)
    }
}

impl ItObj for FilterFalseData {
    const NAME: &'static str = "filterfalse";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(v) = vm.next(&this.it)? else {
                return Ok(None);
            };
            let ok = if vm.is_none(&this.func) || this.func.is(&vm.types.bool_.to_value()) {
                vm.is_true(&v)?
            } else {
                let r = vm.call(&this.func, &[v.clone()], &[])?;
                vm.is_true(&r)?
            };
            if !ok {
                return Ok(Some(v));
            }
        }
    }
}

impl ItObj for StarmapData {
    const NAME: &'static str = "starmap";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(v) = vm.next(&this.it)? else {
            return Ok(None);
        };
        let items = match crate::ops::tuple_items(&v) {
            Some(t) if !v.class().is_heap() => t.to_vec(),
            _ => vm.collect(&v)?,
        };
        vm.call(&this.func, &items, &[]).map(Some)
    }
}

fn pred_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
) -> PyResult<(&'a Obj<TypeData>, PredData)> {
    let (cls, rest) = new_args(vm, args)?;
    let a = positional_only(vm, name, rest, kw, 2, 2)?;
    let it = vm.iter(&a[1])?;
    Ok((
        cls,
        PredData {
            func: a[0].clone(),
            it,
            done: Cell::new(false),
        },
    ))
}

fn dropwhile_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, p) = pred_args(vm, "dropwhile", args, kw)?;
    Ok(alloc_object(cls, DropWhileData(p)).into_value())
}

fn takewhile_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, p) = pred_args(vm, "takewhile", args, kw)?;
    Ok(alloc_object(cls, TakeWhileData(p)).into_value())
}

fn filterfalse_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, p) = pred_args(vm, "filterfalse", args, kw)?;
    Ok(alloc_object(cls, FilterFalseData(p)).into_value())
}

fn starmap_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, p) = pred_args(vm, "starmap", args, kw)?;
    Ok(alloc_object(cls, StarmapData(p)).into_value())
}

// ----- groupby and _grouper -----

pub struct GroupByData {
    it: Value,
    keyfunc: Option<Value>,
    tgtkey: RefCell<Option<Value>>,
    currkey: RefCell<Option<Value>>,
    currvalue: RefCell<Option<Value>>,
    /// The address of the current `_grouper` (CPython keeps a borrowed pointer).
    currgrouper: Cell<usize>,
}

impl Payload for GroupByData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        if let Some(k) = &self.keyfunc {
            visit(k);
        }
        visit_opt(&self.tgtkey, visit);
        visit_opt(&self.currkey, visit);
        visit_opt(&self.currvalue, visit);
    }
    fn clear(&self) {
        take_opt(&self.tgtkey);
        take_opt(&self.currkey);
        take_opt(&self.currvalue);
    }
}

/// Advances the groupby to its next value and key; false when the input is exhausted.
/// CPython: itertoolsmodule.c groupby_step.
fn groupby_step(vm: &Vm, g: &GroupByData) -> PyResult<bool> {
    let Some(v) = vm.next(&g.it)? else {
        return Ok(false);
    };
    let key = match &g.keyfunc {
        Some(f) => vm.call(f, &[v.clone()], &[])?,
        None => v.clone(),
    };
    let old_v = g.currvalue.borrow_mut().replace(v);
    let old_k = g.currkey.borrow_mut().replace(key);
    drop(old_v);
    drop(old_k);
    Ok(true)
}

impl ItObj for GroupByData {
    const NAME: &'static str = "groupby";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        this.currgrouper.set(0);
        loop {
            let curr = this.currkey.borrow().clone();
            if let Some(ck) = curr {
                let tgt = this.tgtkey.borrow().clone();
                match tgt {
                    None => break,
                    Some(t) => {
                        if !vm.eq_bool(&t, &ck)? {
                            break;
                        }
                    }
                }
            }
            if !groupby_step(vm, this)? {
                return Ok(None);
            }
        }
        let key = this
            .currkey
            .borrow()
            .clone()
            .unwrap_or_else(|| vm.none.clone());
        let old = this.tgtkey.borrow_mut().replace(key.clone());
        drop(old);
        let gr = alloc_object(
            grouper_type(vm),
            GrouperData {
                parent: this.to_value(),
                tgtkey: key.clone(),
            },
        );
        this.currgrouper.set(gr.addr());
        Ok(Some(vm.new_tuple(vec![key, gr.into_value()])))
    }
}

pub struct GrouperData {
    parent: Value,
    tgtkey: Value,
}

impl Payload for GrouperData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.parent);
        visit(&self.tgtkey);
    }
}

impl ItObj for GrouperData {
    const NAME: &'static str = "_grouper";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(g) = this.parent.downcast::<GroupByData>() else {
            return Ok(None);
        };
        if g.currgrouper.get() != this.addr() {
            return Ok(None);
        }
        if g.currvalue.borrow().is_none() && !groupby_step(vm, g)? {
            return Ok(None);
        }
        let ck = g
            .currkey
            .borrow()
            .clone()
            .unwrap_or_else(|| vm.none.clone());
        if !vm.eq_bool(&this.tgtkey, &ck)? {
            return Ok(None);
        }
        Ok(g.currvalue.borrow_mut().take())
    }
}

fn groupby_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(vm, "groupby", rest, kw, &["iterable", "key"], 1, 2)?;
    let it = vm.iter(a[0].as_ref().unwrap_or(&vm.none))?;
    let keyfunc = a[1].clone().filter(|k| !vm.is_none(k));
    Ok(alloc_object(
        cls,
        GroupByData {
            it,
            keyfunc,
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            currgrouper: Cell::new(0),
        },
    )
    .into_value())
}

// ----- islice -----

pub struct IsliceData {
    it: RefCell<Option<Value>>,
    next: Cell<isize>,
    /// -1 for no stop.
    stop: isize,
    step: isize,
    cnt: Cell<isize>,
}

impl Payload for IsliceData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_opt(&self.it, visit);
    }
    fn clear(&self) {
        take_opt(&self.it);
    }
}

impl ItObj for IsliceData {
    const NAME: &'static str = "islice";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        if this.it.borrow().is_none() {
            return Ok(None);
        }
        let stop = this.stop;
        while this.cnt.get() < this.next.get() {
            if next_of(vm, &this.it)?.is_none() {
                return Ok(None);
            }
            this.cnt.set(this.cnt.get() + 1);
        }
        if stop != -1 && this.cnt.get() >= stop {
            take_opt(&this.it);
            return Ok(None);
        }
        let Some(item) = next_of(vm, &this.it)? else {
            return Ok(None);
        };
        this.cnt.set(this.cnt.get() + 1);
        let old = this.next.get();
        let mut n = old.wrapping_add(this.step);
        if n < old || (stop != -1 && n > stop) {
            n = stop;
        }
        this.next.set(n);
        Ok(Some(item))
    }
}

const ISLICE_STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_INDEX_MSG: &str =
    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = positional_only(vm, "islice", rest, kw, 2, 4)?;
    let (mut start, mut stop, mut step) = (0isize, -1isize, 1isize);
    // A value converted with `PyNumber_AsSsize_t`, any error standing for -1.
    let conv = |v: &Value| -> Option<isize> { as_ssize(vm, v).ok() };
    if a.len() == 2 {
        if !vm.is_none(&a[1]) {
            match conv(&a[1]) {
                Some(s) if s != -1 => stop = s,
                _ => return Err(vm.new_value_error(ISLICE_STOP_MSG)),
            }
        }
    } else {
        if !vm.is_none(&a[1]) {
            start = conv(&a[1]).unwrap_or(-1);
        }
        if !vm.is_none(&a[2]) {
            match conv(&a[2]) {
                Some(s) if s != -1 => stop = s,
                _ => return Err(vm.new_value_error(ISLICE_STOP_MSG)),
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.new_value_error(ISLICE_INDEX_MSG));
    }
    if let Some(s) = a.get(3) {
        if !vm.is_none(s) {
            step = conv(s).unwrap_or(-1);
        }
    }
    if step < 1 {
        return Err(vm.new_value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&a[0])?;
    Ok(alloc_object(
        cls,
        IsliceData {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop,
            step,
            cnt: Cell::new(0),
        },
    )
    .into_value())
}

// ----- pairwise -----

pub struct PairwiseData {
    it: RefCell<Option<Value>>,
    old: RefCell<Option<Value>>,
}

impl Payload for PairwiseData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_opt(&self.it, visit);
        visit_opt(&self.old, visit);
    }
    fn clear(&self) {
        take_opt(&self.it);
        take_opt(&self.old);
    }
}

impl ItObj for PairwiseData {
    const NAME: &'static str = "pairwise";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        if this.it.borrow().is_none() {
            return Ok(None);
        }
        let old = this.old.borrow().clone();
        let old = match old {
            Some(o) => o,
            None => match next_of(vm, &this.it)? {
                Some(o) => {
                    *this.old.borrow_mut() = Some(o.clone());
                    o
                }
                None => return Ok(None),
            },
        };
        let Some(new) = next_of(vm, &this.it)? else {
            take_opt(&this.old);
            return Ok(None);
        };
        let prev = this.old.borrow_mut().replace(new.clone());
        drop(prev);
        Ok(Some(vm.new_tuple(vec![old, new])))
    }
}

fn pairwise_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = positional_only(vm, "pairwise", rest, kw, 1, 1)?;
    let it = vm.iter(&a[0])?;
    Ok(alloc_object(
        cls,
        PairwiseData {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    )
    .into_value())
}

// ----- tee -----

/// Values read from the shared iterator, in chunks of this many per data object.
const LINKCELLS: usize = 57;

pub struct TeeDataObject {
    it: Value,
    values: RefCell<Vec<Value>>,
    nextlink: RefCell<Option<Value>>,
    running: Cell<bool>,
}

impl Payload for TeeDataObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.it);
        visit_vec(&self.values, visit);
        visit_opt(&self.nextlink, visit);
    }
    fn clear(&self) {
        take_vec(&self.values);
        take_opt(&self.nextlink);
    }
}

fn new_teedata(vm: &Vm, it: Value) -> Value {
    alloc_object(
        tee_types(vm).1,
        TeeDataObject {
            it,
            values: RefCell::new(Vec::new()),
            nextlink: RefCell::new(None),
            running: Cell::new(false),
        },
    )
    .into_value()
}

/// The `i`-th value of a data object, reading it from the iterator when needed.
/// CPython: itertoolsmodule.c teedataobject_getitem.
fn teedata_getitem(vm: &Vm, d: &TeeDataObject, i: usize) -> PyResult<Option<Value>> {
    if let Some(v) = d.values.borrow().get(i) {
        return Ok(Some(v.clone()));
    }
    if d.running.get() {
        return Err(vm.new_runtime_error("cannot re-enter the tee iterator"));
    }
    d.running.set(true);
    let r = vm.next(&d.it);
    d.running.set(false);
    match r? {
        Some(v) => {
            d.values.borrow_mut().push(v.clone());
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

pub struct TeeData {
    data: RefCell<Value>,
    index: Cell<usize>,
}

impl Payload for TeeData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.data.try_borrow() {
            visit(&d);
        }
    }
}

impl ItObj for TeeData {
    const NAME: &'static str = "_tee";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        if this.index.get() >= LINKCELLS {
            let cur = this.data.borrow().clone();
            let Some(d) = cur.downcast::<TeeDataObject>() else {
                return Ok(None);
            };
            let link = d.nextlink.borrow().clone();
            let link = match link {
                Some(l) => l,
                None => {
                    let l = new_teedata(vm, d.it.clone());
                    *d.nextlink.borrow_mut() = Some(l.clone());
                    l
                }
            };
            let old = std::mem::replace(&mut *this.data.borrow_mut(), link);
            drop(old);
            this.index.set(0);
        }
        let cur = this.data.borrow().clone();
        let Some(d) = cur.downcast::<TeeDataObject>() else {
            return Ok(None);
        };
        match teedata_getitem(vm, d, this.index.get())? {
            Some(v) => {
                this.index.set(this.index.get() + 1);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }
}

fn tee_fromiterable(vm: &Vm, iterable: &Value) -> PyResult<Value> {
    let it = vm.iter(iterable)?;
    if it.downcast::<TeeData>().is_some() {
        return tee_copy(vm, &[it], &[]);
    }
    Ok(alloc_object(
        tee_types(vm).0,
        TeeData {
            data: RefCell::new(new_teedata(vm, it)),
            index: Cell::new(0),
        },
    )
    .into_value())
}

fn tee_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = slf::<TeeData>(vm, args, "_tee", "__copy__")?;
    let data = t.data.borrow().clone();
    Ok(alloc_object(
        tee_types(vm).0,
        TeeData {
            data: RefCell::new(data),
            index: Cell::new(t.index.get()),
        },
    )
    .into_value())
}

fn tee_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (_, rest) = new_args(vm, args)?;
    let a = positional_only(vm, "_tee", rest, kw, 1, 1)?;
    tee_fromiterable(vm, &a[0])
}

fn tee_func(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional_only(vm, "itertools.tee", args, kw, 1, 2)?;
    let n = match a.get(1) {
        Some(n) => as_ssize(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.new_value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.empty_tuple.clone());
    }
    if n as usize > TOO_MANY {
        return Err(too_many(vm));
    }
    let it = vm.iter(&a[0])?;
    let copyname = vm.intern("__copy__");
    let (first, copyfunc) = match vm.getattr_opt(&it, &copyname)? {
        Some(f) => (it, f),
        None => {
            let t = tee_fromiterable(vm, &it)?;
            let f = vm.getattr(&t, &copyname)?;
            (t, f)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(vm.call(&copyfunc, &[], &[])?);
    }
    Ok(vm.new_tuple(out))
}

// ----- zip_longest -----

pub struct ZipLongestData {
    iters: RefCell<Vec<Option<Value>>>,
    numactive: Cell<usize>,
    fillvalue: Value,
}

impl Payload for ZipLongestData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.iters.try_borrow() {
            for x in v.iter().flatten() {
                visit(x);
            }
        }
        visit(&self.fillvalue);
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.iters.borrow_mut());
        drop(old);
    }
}

impl ItObj for ZipLongestData {
    const NAME: &'static str = "zip_longest";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let n = this.iters.borrow().len();
        if n == 0 || this.numactive.get() == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let it = this.iters.borrow().get(i).cloned().flatten();
            let item = match it {
                None => this.fillvalue.clone(),
                Some(it) => match vm.next(&it)? {
                    Some(v) => v,
                    None => {
                        let left = this.numactive.get() - 1;
                        this.numactive.set(left);
                        if left == 0 {
                            return Ok(None);
                        }
                        let old = this.iters.borrow_mut().get_mut(i).and_then(|s| s.take());
                        drop(old);
                        this.fillvalue.clone()
                    }
                },
            };
            out.push(item);
        }
        Ok(Some(vm.new_tuple(out)))
    }
}

fn zip_longest_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let npos = rest.len() - kw.len();
    let mut fillvalue = vm.none.clone();
    for (k, v) in kw.iter().zip(&rest[npos..]) {
        if crate::ops::str_of(k) == Some("fillvalue") {
            fillvalue = v.clone();
        } else {
            return Err(vm.new_type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut iters = Vec::with_capacity(npos);
    for a in &rest[..npos] {
        iters.push(Some(vm.iter(a)?));
    }
    Ok(alloc_object(
        cls,
        ZipLongestData {
            numactive: Cell::new(iters.len()),
            iters: RefCell::new(iters),
            fillvalue,
        },
    )
    .into_value())
}

// ----- combinatorics -----

/// The state shared by product, permutations, combinations and
/// combinations_with_replacement.
pub struct CombState {
    pools: Vec<Vec<Value>>,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    result: RefCell<Option<Vec<Value>>>,
    r: usize,
    stopped: Cell<bool>,
}

impl CombState {
    fn new(pools: Vec<Vec<Value>>, r: usize) -> CombState {
        CombState {
            pools,
            indices: RefCell::new(Vec::new()),
            cycles: RefCell::new(Vec::new()),
            result: RefCell::new(None),
            r,
            stopped: Cell::new(false),
        }
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for p in &self.pools {
            for v in p {
                visit(v);
            }
        }
        if let Ok(r) = self.result.try_borrow() {
            for v in r.iter().flatten() {
                visit(v);
            }
        }
    }

    fn emit(&self, vm: &Vm) -> Option<Value> {
        self.result
            .borrow()
            .as_ref()
            .map(|r| vm.new_tuple(r.clone()))
    }

    fn stop(&self) -> Option<Value> {
        self.stopped.set(true);
        let old = self.result.borrow_mut().take();
        drop(old);
        None
    }
}

pub struct ProductData(CombState);
pub struct PermutationsData(CombState);
pub struct CombinationsData(CombState);
pub struct CwrData(CombState);

macro_rules! comb_payload {
    ($t:ident) => {
        impl Payload for $t {
            fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
                self.0.traverse(visit)
            }
        }
    };
}
comb_payload!(ProductData);
comb_payload!(PermutationsData);
comb_payload!(CombinationsData);
comb_payload!(CwrData);

impl ItObj for ProductData {
    const NAME: &'static str = "product";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let s = &this.0;
        if s.stopped.get() {
            return Ok(None);
        }
        let first = s.result.borrow().is_none();
        if first {
            if s.pools.iter().any(|p| p.is_empty()) {
                return Ok(s.stop());
            }
            *s.indices.borrow_mut() = vec![0; s.pools.len()];
            *s.result.borrow_mut() = Some(s.pools.iter().map(|p| p[0].clone()).collect());
            return Ok(s.emit(vm));
        }
        let mut done = true;
        {
            let mut idx = s.indices.borrow_mut();
            let mut res = s.result.borrow_mut();
            let Some(res) = res.as_mut() else {
                return Ok(None);
            };
            for i in (0..s.pools.len()).rev() {
                let pool = &s.pools[i];
                idx[i] += 1;
                if idx[i] == pool.len() {
                    idx[i] = 0;
                    res[i] = pool[0].clone();
                } else {
                    res[i] = pool[idx[i]].clone();
                    done = false;
                    break;
                }
            }
        }
        if done {
            return Ok(s.stop());
        }
        Ok(s.emit(vm))
    }
}

impl ItObj for PermutationsData {
    const NAME: &'static str = "permutations";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let s = &this.0;
        if s.stopped.get() {
            return Ok(None);
        }
        let pool = &s.pools[0];
        let (n, r) = (pool.len(), s.r);
        if s.result.borrow().is_none() {
            if r > n {
                return Ok(s.stop());
            }
            *s.indices.borrow_mut() = (0..n).collect();
            *s.cycles.borrow_mut() = (0..r).map(|i| n - i).collect();
            *s.result.borrow_mut() = Some(pool[..r].to_vec());
            return Ok(s.emit(vm));
        }
        if n == 0 {
            return Ok(s.stop());
        }
        let mut done = true;
        {
            let mut idx = s.indices.borrow_mut();
            let mut cyc = s.cycles.borrow_mut();
            let mut res = s.result.borrow_mut();
            let Some(res) = res.as_mut() else {
                return Ok(None);
            };
            for i in (0..r).rev() {
                cyc[i] -= 1;
                if cyc[i] == 0 {
                    let first = idx[i];
                    idx[i..].rotate_left(1);
                    idx[n - 1] = first;
                    cyc[i] = n - i;
                } else {
                    let j = cyc[i];
                    idx.swap(i, n - j);
                    for k in i..r {
                        res[k] = pool[idx[k]].clone();
                    }
                    done = false;
                    break;
                }
            }
        }
        if done {
            return Ok(s.stop());
        }
        Ok(s.emit(vm))
    }
}

impl ItObj for CombinationsData {
    const NAME: &'static str = "combinations";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let s = &this.0;
        if s.stopped.get() {
            return Ok(None);
        }
        let pool = &s.pools[0];
        let (n, r) = (pool.len(), s.r);
        if s.result.borrow().is_none() {
            if r > n {
                return Ok(s.stop());
            }
            *s.indices.borrow_mut() = (0..r).collect();
            *s.result.borrow_mut() = Some(pool[..r].to_vec());
            return Ok(s.emit(vm));
        }
        {
            let mut idx = s.indices.borrow_mut();
            let mut i = r;
            while i > 0 && idx[i - 1] == i - 1 + n - r {
                i -= 1;
            }
            if i == 0 {
                drop(idx);
                return Ok(s.stop());
            }
            let i = i - 1;
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
            let mut res = s.result.borrow_mut();
            if let Some(res) = res.as_mut() {
                for j in i..r {
                    res[j] = pool[idx[j]].clone();
                }
            }
        }
        Ok(s.emit(vm))
    }
}

impl ItObj for CwrData {
    const NAME: &'static str = "combinations_with_replacement";
    fn next(this: &Obj<Self>, vm: &Vm) -> PyResult<Option<Value>> {
        let s = &this.0;
        if s.stopped.get() {
            return Ok(None);
        }
        let pool = &s.pools[0];
        let (n, r) = (pool.len(), s.r);
        if s.result.borrow().is_none() {
            if n == 0 && r > 0 {
                return Ok(s.stop());
            }
            *s.indices.borrow_mut() = vec![0; r];
            *s.result.borrow_mut() = Some((0..r).map(|_| pool[0].clone()).collect());
            return Ok(s.emit(vm));
        }
        {
            let mut idx = s.indices.borrow_mut();
            let mut i = r;
            while i > 0 && idx[i - 1] == n - 1 {
                i -= 1;
            }
            if i == 0 {
                drop(idx);
                return Ok(s.stop());
            }
            let i = i - 1;
            let index = idx[i] + 1;
            let mut res = s.result.borrow_mut();
            for j in i..r {
                idx[j] = index;
                if let Some(res) = res.as_mut() {
                    res[j] = pool[index].clone();
                }
            }
        }
        Ok(s.emit(vm))
    }
}

fn product_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let npos = rest.len() - kw.len();
    let mut repeat = 1isize;
    for (k, v) in kw.iter().zip(&rest[npos..]) {
        if crate::ops::str_of(k) == Some("repeat") {
            repeat = as_ssize(vm, v)?;
            if repeat < 0 {
                return Err(vm.new_value_error("repeat argument cannot be negative"));
            }
        } else {
            return Err(vm.new_type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                crate::ops::str_of(k).unwrap_or("")
            )));
        }
    }
    let mut base = Vec::with_capacity(npos);
    for a in &rest[..npos] {
        base.push(vm.collect(a)?);
    }
    let mut pools = Vec::new();
    if repeat > 0 {
        match base.len().checked_mul(repeat as usize) {
            Some(n) if n > isize::MAX as usize => {
                return Err(vm.new_overflow_error("repeat argument too large"))
            }
            None => return Err(vm.new_overflow_error("repeat argument too large")),
            Some(n) if n > TOO_MANY => return Err(too_many(vm)),
            _ => {}
        }
    }
    if repeat > 0 && !base.is_empty() {
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
    }
    Ok(alloc_object(cls, ProductData(CombState::new(pools, 0))).into_value())
}

fn permutations_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    let a = unpack_kw(vm, "permutations", rest, kw, &["iterable", "r"], 1, 2)?;
    let pool = vm.collect(a[0].as_ref().unwrap_or(&vm.none))?;
    let r = match &a[1] {
        Some(r) if !vm.is_none(r) => {
            if crate::objects::int::as_int(r).is_none() {
                return Err(vm.new_type_error("Expected int as r"));
            }
            let r = as_ssize(vm, r)?;
            if r < 0 {
                return Err(vm.new_value_error("r must be non-negative"));
            }
            if r as usize > TOO_MANY {
                return Err(too_many(vm));
            }
            r as usize
        }
        _ => pool.len(),
    };
    Ok(alloc_object(cls, PermutationsData(CombState::new(vec![pool], r))).into_value())
}

fn comb_args(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(Vec<Value>, usize)> {
    let (_, rest) = new_args(vm, args)?;
    let a = unpack_kw(vm, name, rest, kw, &["iterable", "r"], 2, 2)?;
    let pool = vm.collect(a[0].as_ref().unwrap_or(&vm.none))?;
    let r = as_ssize(vm, a[1].as_ref().unwrap_or(&vm.none))?;
    if r < 0 {
        return Err(vm.new_value_error("r must be non-negative"));
    }
    if r as usize > TOO_MANY {
        return Err(too_many(vm));
    }
    Ok((pool, r as usize))
}

fn combinations_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pool, r) = comb_args(vm, "combinations", args, kw)?;
    let cls = new_args(vm, args)?.0;
    Ok(alloc_object(cls, CombinationsData(CombState::new(vec![pool], r))).into_value())
}

fn cwr_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pool, r) = comb_args(vm, "combinations_with_replacement", args, kw)?;
    let cls = new_args(vm, args)?.0;
    Ok(alloc_object(cls, CwrData(CombState::new(vec![pool], r))).into_value())
}

// ----- the module -----

/// The module's types that its functions create directly.
struct ItTypes {
    grouper: StaticType,
    tee: StaticType,
    teedata: StaticType,
    all: Vec<(&'static str, StaticType)>,
}

thread_local! {
    static TYPES: Cell<Option<&'static ItTypes>> = const { Cell::new(None) };
}

fn grouper_type(vm: &Vm) -> StaticType {
    it_types(vm).grouper
}

fn tee_types(vm: &Vm) -> (StaticType, StaticType) {
    let t = it_types(vm);
    (t.tee, t.teedata)
}

fn it_types(vm: &Vm) -> &'static ItTypes {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    let count = it_type::<CountData>(vm, "count", Some(count_new), true, COUNT_DOC);
    add_method(vm, count, "__repr__", count_repr);
    let repeat = it_type::<RepeatData>(vm, "repeat", Some(repeat_new), true, REPEAT_DOC);
    add_method(vm, repeat, "__repr__", repeat_repr);
    add_method(vm, repeat, "__length_hint__", repeat_length_hint);
    let chain = it_type::<ChainData>(vm, "chain", Some(chain_new), true, CHAIN_DOC);
    add_classmethod(vm, chain, "from_iterable", chain_from_iterable);
    let tee = it_type::<TeeData>(vm, "_tee", Some(tee_new), false, TEE_DOC);
    add_method(vm, tee, "__copy__", tee_copy);
    let teedata = new_module_type::<TeeDataObject>(
        vm,
        "itertools",
        "_tee_dataobject",
        vm.types.object,
        0,
        layout_flags::HAS_GC,
        Some("teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects."),
    );
    add_staticmethod(vm, teedata, "__new__", not_creatable);
    let grouper = it_type::<GrouperData>(vm, "_grouper", None, false, "");
    let all = vec![
        ("_grouper", grouper),
        ("_tee", tee),
        ("_tee_dataobject", teedata),
        (
            "accumulate",
            it_type::<AccumulateData>(vm, "accumulate", Some(accumulate_new), true, ACCUMULATE_DOC),
        ),
        (
            "batched",
            it_type::<BatchedData>(vm, "batched", Some(batched_new), true, BATCHED_DOC),
        ),
        ("chain", chain),
        (
            "combinations",
            it_type::<CombinationsData>(
                vm,
                "combinations",
                Some(combinations_new),
                true,
                COMBINATIONS_DOC,
            ),
        ),
        (
            "combinations_with_replacement",
            it_type::<CwrData>(
                vm,
                "combinations_with_replacement",
                Some(cwr_new),
                true,
                CWR_DOC,
            ),
        ),
        (
            "compress",
            it_type::<CompressData>(vm, "compress", Some(compress_new), true, COMPRESS_DOC),
        ),
        ("count", count),
        (
            "cycle",
            it_type::<CycleData>(vm, "cycle", Some(cycle_new), true, CYCLE_DOC),
        ),
        (
            "dropwhile",
            it_type::<DropWhileData>(vm, "dropwhile", Some(dropwhile_new), true, DROPWHILE_DOC),
        ),
        (
            "filterfalse",
            it_type::<FilterFalseData>(
                vm,
                "filterfalse",
                Some(filterfalse_new),
                true,
                FILTERFALSE_DOC,
            ),
        ),
        (
            "groupby",
            it_type::<GroupByData>(vm, "groupby", Some(groupby_new), true, GROUPBY_DOC),
        ),
        (
            "islice",
            it_type::<IsliceData>(vm, "islice", Some(islice_new), true, ISLICE_DOC),
        ),
        (
            "pairwise",
            it_type::<PairwiseData>(vm, "pairwise", Some(pairwise_new), true, PAIRWISE_DOC),
        ),
        (
            "permutations",
            it_type::<PermutationsData>(
                vm,
                "permutations",
                Some(permutations_new),
                true,
                PERMUTATIONS_DOC,
            ),
        ),
        (
            "product",
            it_type::<ProductData>(vm, "product", Some(product_new), true, PRODUCT_DOC),
        ),
        ("repeat", repeat),
        (
            "starmap",
            it_type::<StarmapData>(vm, "starmap", Some(starmap_new), true, STARMAP_DOC),
        ),
        (
            "takewhile",
            it_type::<TakeWhileData>(vm, "takewhile", Some(takewhile_new), true, TAKEWHILE_DOC),
        ),
        (
            "zip_longest",
            it_type::<ZipLongestData>(
                vm,
                "zip_longest",
                Some(zip_longest_new),
                true,
                ZIP_LONGEST_DOC,
            ),
        ),
    ];
    let t: &'static ItTypes = Box::leak(Box::new(ItTypes {
        grouper,
        tee,
        teedata,
        all,
    }));
    TYPES.with(|c| c.set(Some(t)));
    t
}

/// Makes the `itertools` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "itertools");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        d.set_str(vm, &vm.names.__doc__, vm.new_str(MODULE_DOC));
        for (name, t) in &it_types(vm).all {
            d.set_str(vm, &vm.intern(name), t.to_value());
        }
        d.set_str(
            vm,
            &vm.intern("tee"),
            crate::objects::builtin::new_module_function(vm, "tee", tee_func, Some(m.clone())),
        );
    }
    m
}

const MODULE_DOC: &str = "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nbatched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n";
const COUNT_DOC: &str = "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step";
const REPEAT_DOC: &str = "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.";
const CHAIN_DOC: &str = "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.";
const TEE_DOC: &str = "Iterator wrapped to make it copyable.";
const ACCUMULATE_DOC: &str =
    "Return series of accumulated sums (or other binary function results).";
const BATCHED_DOC: &str =
    "Batch data into tuples of length n. The last batch may be shorter than n.";
const COMBINATIONS_DOC: &str = "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)";
const CWR_DOC: &str = "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')";
const COMPRESS_DOC: &str = "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.";
const CYCLE_DOC: &str = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.";
const DROPWHILE_DOC: &str = "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.";
const FILTERFALSE_DOC: &str = "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.";
const GROUPBY_DOC: &str = "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.";
const ISLICE_DOC: &str = "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.";
const PAIRWISE_DOC: &str = "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...";
const PERMUTATIONS_DOC: &str = "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)";
const PRODUCT_DOC: &str = "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...";
const STARMAP_DOC: &str = "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.";
const TAKEWHILE_DOC: &str = "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.";
const ZIP_LONGEST_DOC: &str = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.";
