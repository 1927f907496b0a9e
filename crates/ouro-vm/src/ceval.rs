//! The evaluation loop: executes CPython 3.12 bytecode. A call from Python code to a Python
//! function pushes a frame (a region of the data stack) and continues in the same loop, so
//! Python recursion never grows the Rust stack; calls made from Rust (special methods, the
//! built-ins) enter the loop anew, guarded by the recursion limit and a check of the remaining
//! Rust stack. Errors unwind through the exception table (`co_exceptiontable`); tracebacks grow
//! one entry per frame they leave. CPython: Python/ceval.c, Python/bytecodes.c.

use ouro_bytecode::exception_table::ExceptionTableEntry;
use ouro_bytecode::opcode::code_byte as op;
use ouro_bytecode::Opcode;

use crate::frame::Region;
use crate::object::{alloc_object, Obj, PyRef, Value};
use crate::objects::code::superinstruction as sup;
use crate::objects::code::{unpack_unit, CodeData, CodeRef};
use crate::objects::dict::{DictData, DictRef};
use crate::objects::frameobject::{FrameObjectData, TracebackData};
use crate::objects::function::{CellData, FunctionData};
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::vm::{PyErr, PyResult, Vm};

/// One executing frame of this loop invocation.
pub struct Frame {
    pub code: CodeRef,
    pub region: Region,
    /// Index of the first free stack slot (the value stack starts at `code.nlocalsplus`).
    pub sp: usize,
    /// Index (code units) of the next instruction.
    pub ip: usize,
    pub globals: DictRef,
    pub builtins: DictRef,
    /// The locals mapping of module and class bodies.
    pub locals: Option<Value>,
    pub func: Option<Value>,
    /// Whether returning from this frame returns from `run` (the frame that entered the loop).
    pub entry: bool,
    /// The generator object driving this frame, if any.
    pub generator: Option<Value>,
    /// The frame object, once made (for tracebacks).
    pub frame_obj: std::cell::OnceCell<Value>,
    /// For an `__init__` frame entered by calling a class: the new instance, which the call
    /// returns once `__init__` returned None.
    pub init_self: Option<Value>,
    /// For a generator frame resumed inside the loop by its caller's FOR_ITER or SEND: where
    /// the caller continues when the generator returns.
    pub inline_exit: Option<InlineExit>,
}

/// How the caller of a generator frame resumed in the same loop goes on once the generator
/// returned (CPython: the `return_offset` of FOR_ITER_GEN and SEND_GEN).
#[derive(Clone, Copy)]
pub enum InlineExit {
    /// FOR_ITER: the return value and the iterator are dropped; the loop ends at this
    /// instruction.
    ForIter(usize),
    /// SEND: the return value is pushed as the result; the caller jumps to this instruction.
    Send(usize),
}

impl Frame {
    pub fn new(
        code: CodeRef,
        globals: DictRef,
        builtins: DictRef,
        locals: Option<Value>,
        func: Option<Value>,
    ) -> Frame {
        let size = code.frame_size;
        let sp = code.nlocalsplus;
        Frame {
            region: Region::alloc(size),
            code,
            sp,
            ip: 0,
            globals,
            builtins,
            locals,
            func,
            entry: true,
            generator: None,
            frame_obj: std::cell::OnceCell::new(),
            init_self: None,
            inline_exit: None,
        }
    }

    /// The frame of a call the fast tier made, handed to the general loop: `region` holds its
    /// slots, `ip` and `sp` where it is.
    pub(crate) fn called(
        code: CodeRef,
        func: PyRef<FunctionData>,
        region: Region,
        ip: usize,
        sp: usize,
    ) -> Frame {
        Frame {
            globals: func.globals.clone(),
            builtins: func.builtins.clone(),
            func: Some(func.into_value()),
            code,
            region,
            sp,
            ip,
            locals: None,
            entry: false,
            generator: None,
            frame_obj: std::cell::OnceCell::new(),
            init_self: None,
            inline_exit: None,
        }
    }

    #[inline(always)]
    fn push(&mut self, v: Value) {
        self.region.put(self.sp, v);
        self.sp += 1;
    }

    #[inline(always)]
    fn push_opt(&mut self, v: Option<Value>) {
        self.region.set(self.sp, v);
        self.sp += 1;
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.sp -= 1;
        match self.region.take(self.sp) {
            Some(v) => v,
            None => panic!("popped a NULL stack entry"),
        }
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        match self.region.get(self.sp - 1) {
            Some(v) => v,
            None => panic!("NULL on top of stack"),
        }
    }

    #[inline(always)]
    fn peek(&self, n: usize) -> Option<&Value> {
        self.region.get(self.sp - n)
    }

    /// Pops `n` values, in stack order.
    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let mut v = Vec::with_capacity(n);
        for i in self.sp - n..self.sp {
            v.push(
                self.region
                    .take(i)
                    .unwrap_or_else(|| panic!("NULL in popped values")),
            );
        }
        self.sp -= n;
        v
    }

    #[inline(always)]
    fn pop_opt(&mut self) -> Option<Value> {
        self.sp -= 1;
        self.region.take(self.sp)
    }

    /// Ends the frame. A frame object that outlives it (held by a traceback, a generator or a
    /// variable) keeps a snapshot of its fast locals for `f_locals`, as CPython's frame
    /// object takes over the frame's data when it exits (frame.c `take_ownership`).
    pub fn retire(self) {
        if let Some(fo) = self.frame_obj.get() {
            if fo.refcount() > 1 && self.locals.is_none() {
                if let Some(fd) = fo.downcast::<FrameObjectData>() {
                    fd.live.set(false);
                    let slots = self.region.into_heap();
                    let old = fd.fast_locals.replace(Some(slots));
                    drop(old);
                    return;
                }
            }
        }
        // `sp` is current (the loop brings it up to date before a frame is retired), and
        // the slots above it are empty.
        let Frame { region, sp, .. } = self;
        region.release(sp);
    }

    /// The frame object for tracebacks and `sys._getframe`.
    pub fn frame_object(&self, vm: &Vm, lasti: usize) -> Value {
        let lineno = line_for(&self.code, lasti);
        match self.frame_obj.get() {
            Some(f) => {
                if let Some(fo) = f.downcast::<FrameObjectData>() {
                    fo.lasti.set(lasti as i32);
                    fo.lineno.set(lineno);
                }
                f.clone()
            }
            None => {
                let f = alloc_object(
                    vm.types.frame,
                    FrameObjectData {
                        code: self.code.clone(),
                        globals: self.globals.clone(),
                        builtins: self.builtins.clone(),
                        locals: std::cell::RefCell::new(self.locals.clone()),
                        back: std::cell::RefCell::new(None),
                        lasti: std::cell::Cell::new(lasti as i32),
                        lineno: std::cell::Cell::new(lineno),
                        live: std::cell::Cell::new(true),
                        frame_id: std::cell::Cell::new(0),
                        fast_locals: std::cell::RefCell::new(None),
                        tracing: Default::default(),
                    },
                )
                .into_value();
                self.frame_obj.get_or_init(|| f.clone()).clone()
            }
        }
    }
}

/// Whether the loop that a backward jump starts again at `ip` (whose instruction word is `w`)
/// reaches at once an instruction of generators that the fast tier hands back: a FOR_ITER over
/// a generator (resumed in this loop), or a `yield` of a local. The jump then does not enter
/// that tier, whose entry would cost more than the one instruction it could run.
#[inline(always)]
fn loop_starts_with_generator_step(vm: &Vm, f: &Frame, w: u64, ip: usize, sp: usize) -> bool {
    let opcode = w as u8;
    if opcode == op::FOR_ITER || opcode == sup::FOR_ITER__STORE_FAST {
        sp > 0
            && f.region
                .get(sp - 1)
                .is_some_and(|it| std::ptr::eq(it.class(), vm.types.generator))
    } else {
        opcode == op::LOAD_FAST
            && f.code
                .quick
                .get(ip + 1)
                .is_some_and(|w| w.get() as u8 == op::YIELD_VALUE)
    }
}

/// The less common small-int operators of BINARY_OP (kept out of the loop's hot path): the
/// result, or None for the general path (overflow, a zero divisor, a negative shift...).
#[inline(never)]
fn small_int_binop(oparg: u32, x: i64, y: i64) -> Option<i64> {
    match oparg {
        5 | 18 => x.checked_mul(y),
        1 | 14 => Some(x & y),
        7 | 20 => Some(x | y),
        12 | 25 => Some(x ^ y),
        // Floor division and modulo round toward minus infinity; a zero divisor takes the
        // general path (which raises).
        2 | 15 if y != 0 => {
            let (q, r) = (x / y, x % y);
            Some(if r != 0 && (r ^ y) < 0 { q - 1 } else { q })
        }
        6 | 19 if y != 0 => {
            let r = x % y;
            Some(if r != 0 && (r ^ y) < 0 { r + y } else { r })
        }
        9 | 22 if y >= 0 => Some(x >> y.min(63)),
        _ => None,
    }
}

/// `x <op> y` for COMPARE_OP's comparison (its argument shifted right by 4) on two numbers of
/// one primitive kind.
#[inline(always)]
pub(crate) fn compare_ord<T: PartialOrd>(cmp: u32, x: T, y: T) -> bool {
    match cmp {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// `x <op> y` for two small ints and BINARY_OP's argument, or None for the general path.
#[inline(always)]
pub(crate) fn small_int_result(oparg: u32, x: i64, y: i64) -> Option<i64> {
    // Tests rather than a `match`, which would become a jump table: + and - are most of it.
    if oparg == 0 || oparg == 13 {
        Some(x + y)
    } else if oparg == 10 || oparg == 23 {
        Some(x - y)
    } else {
        small_int_binop(oparg, x, y)
    }
}

/// Both operands as doubles when both are exact floats, or one is an exact float and the other
/// a small int (converted with round-half-even, as CPython converts ints).
#[inline(always)]
pub(crate) fn float_operands(vm: &Vm, a: &Value, b: &Value) -> Option<(f64, f64)> {
    let float = vm.types.float_exact;
    match (a.as_small_int(), b.as_small_int()) {
        (None, None) => Some((a.exact(float)?.0, b.exact(float)?.0)),
        (Some(x), None) => Some((x as f64, b.exact(float)?.0)),
        (None, Some(y)) => Some((a.exact(float)?.0, y as f64)),
        (Some(_), Some(_)) => None,
    }
}

/// BINARY_OP's operation (its argument) on two doubles when the result is a float: +, -, *
/// and / inline, the others through `number::float_result`; None where `float_binop` raises.
#[inline(always)]
pub(crate) fn float_binop_result(oparg: u32, x: f64, y: f64) -> Option<f64> {
    match oparg {
        0 | 13 => Some(x + y),
        10 | 23 => Some(x - y),
        5 | 18 => Some(x * y),
        11 | 24 if y != 0.0 => Some(x / y),
        _ => float_binop_rare(oparg, x, y),
    }
}

#[inline(never)]
fn float_binop_rare(oparg: u32, x: f64, y: f64) -> Option<f64> {
    crate::number::float_result(x, y, if oparg >= 13 { oparg - 13 } else { oparg })
}

/// `a <op> b` for BINARY_OP's argument when both are small ints or floats (or one of each) and
/// the result needs no error or big int; None for the general path.
#[inline(always)]
pub(crate) fn locals_binop(vm: &Vm, oparg: u32, a: &Value, b: &Value) -> Option<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return small_int_result(oparg, x, y).map(|r| vm.new_int(r));
    }
    let (x, y) = float_operands(vm, a, b)?;
    float_binop_result(oparg, x, y).map(|r| vm.new_float(r))
}

/// Replaces the value in `slot` (the top of the stack) with the float `r`, in place when that
/// value is a float nothing else refers to (CPython: bytecodes.c
/// `DECREF_INPUTS_AND_REUSE_FLOAT`).
#[inline(always)]
pub(crate) fn set_float_top(vm: &Vm, region: crate::frame::Slots, slot: usize, r: f64) {
    let top = region.slot_mut(slot);
    if let Some(t) = top.as_mut() {
        if let Some(fl) = t.exact_unique_mut(vm.types.float_exact) {
            fl.0 = r;
            return;
        }
    }
    let old = top.replace(vm.new_float(r));
    drop(old);
}

/// Replaces the left operand in `slot` with the float `r`, the result of a binary operation
/// whose right operand (taken off the stack) is `right`: in place in whichever operand is a
/// float nothing else refers to, the left one first, else in a new float (CPython: bytecodes.c
/// `DECREF_INPUTS_AND_REUSE_FLOAT`). Both operands are floats or small ints, whose drop runs
/// no code.
#[inline(always)]
pub(crate) fn set_float_pair_result(
    vm: &Vm,
    region: crate::frame::Slots,
    slot: usize,
    mut right: Option<Value>,
    r: f64,
) {
    let left = region.slot_mut(slot);
    let left_reused = left
        .as_mut()
        .is_some_and(|t| t.exact_unique_mut(vm.types.float_exact).is_some());
    if !left_reused {
        if let Some(fl) = right
            .as_mut()
            .and_then(|b| b.exact_unique_mut(vm.types.float_exact))
        {
            fl.0 = r;
            let old = std::mem::replace(left, right);
            drop(old);
            return;
        }
    }
    set_float_top(vm, region, slot, r);
    drop(right);
}

/// The next item of a range or list iterator while it has one (CPython: FOR_ITER_RANGE,
/// FOR_ITER_LIST); None for the end and for every other iterator (the general `next`).
#[inline(always)]
pub(crate) fn next_inline(vm: &Vm, it: &Value) -> Option<Value> {
    if let Some(r) = it.downcast::<crate::objects::range::RangeIterData>() {
        let n = r.remaining.get();
        if n == 0 {
            return None;
        }
        r.remaining.set(n - 1);
        let v = r.next.get();
        r.next.set(v.wrapping_add(r.step));
        Some(vm.new_int(v))
    } else if std::ptr::eq(it.class(), vm.types.list_iterator) {
        let s = it.downcast::<crate::objects::iter::SeqIterData>()?;
        let i = s.index.get();
        let item = s
            .seq
            .borrow()
            .as_ref()
            .and_then(|q| q.downcast::<crate::objects::list::ListData>())
            .and_then(|l| l.get(i));
        if item.is_some() {
            s.index.set(i + 1);
        }
        item
    } else {
        None
    }
}

/// LOAD_GLOBAL's lookup through its inline cache (CPython: LOAD_GLOBAL_MODULE / _BUILTIN):
/// word 1 after the instruction at `lasti` is the entry of the name in the globals, word 2 in
/// the builtins, word 3 the globals' keys version at which the name was known to be absent.
/// None when the name is in neither.
#[inline(always)]
pub(crate) fn load_global_cached(
    code: &CodeData,
    globals: &DictRef,
    builtins: &DictRef,
    q: &[std::cell::Cell<u64>; 3],
    oparg: u32,
) -> Option<Value> {
    let name = code.names.get((oparg >> 1) as usize)?;
    let absent_at = q[2].get();
    if absent_at != 0 && globals.keys_version.get() == absent_at {
        builtins.get_str_hinted(name, &q[1])
    } else {
        match globals.get_str_hinted(name, &q[0]) {
            Some(v) => Some(v),
            None => {
                q[2].set(globals.keys_version.get());
                builtins.get_str_hinted(name, &q[1])
            }
        }
    }
}

/// The three cache words of LOAD_GLOBAL that `load_global_cached` uses, after the instruction
/// at unit `lasti` of `quick` (None past the end).
#[inline(always)]
pub(crate) fn load_global_cache(
    quick: &[std::cell::Cell<u64>],
    lasti: usize,
) -> Option<&[std::cell::Cell<u64>; 3]> {
    quick.get(lasti + 1..lasti + 4)?.try_into().ok()
}

/// The exception table entry covering code unit `index` (the table is decoded once per code
/// object). CPython: ceval.c get_exception_handler.
fn find_handler(code: &CodeData, index: u32) -> Option<ExceptionTableEntry> {
    let entries = code.exception_entries.get_or_init(|| {
        ouro_bytecode::exception_table::decode_exception_table(&code.code.exceptiontable)
            .into_boxed_slice()
    });
    entries
        .iter()
        .find(|e| e.start <= index && index < e.end)
        .cloned()
}

/// The line of the instruction at code unit `lasti` (the line table is decoded once per code
/// object).
pub fn line_for(code: &CodeData, lasti: usize) -> i32 {
    let lines = code.unit_lines.get_or_init(|| {
        let units = (code.code.code.len() / 2) as u32;
        match ouro_bytecode::linetable::positions(
            &code.code.linetable,
            code.code.firstlineno as i32,
            units,
        ) {
            Ok(p) => p
                .iter()
                .map(|p| p.0.map(|l| l as i32).unwrap_or(-1))
                .collect(),
            Err(_) => Box::new([]),
        }
    });
    lines.get(lasti).copied().unwrap_or(-1)
}

/// For a call of `callable` with `nargs` positional arguments: when it is a class (of
/// metaclass `type`) using object.__new__ whose `__init__` is a plain Python function taking
/// exactly those arguments, the `__init__` function and a new instance.
fn alloc_for_init(vm: &Vm, callable: &Value, nargs: usize) -> PyResult<Option<(Value, Value)>> {
    let Some(t) = callable.downcast::<crate::typeobject::TypeData>() else {
        return Ok(None);
    };
    if !t.is_heap() || !std::ptr::eq(callable.class(), vm.types.type_) {
        return Ok(None);
    }
    // `__new__` is object's own and `__init__` a Python function: checked once per version
    // of the type.
    let key = t.version_key();
    let cached = {
        let plan = t.init_plan.borrow();
        if plan.0 == key {
            plan.1.clone()
        } else {
            None
        }
    };
    let init = match cached {
        Some(init) => init,
        None => {
            let Some(init) = t.lookup(&vm.names.__init__) else {
                return Ok(None);
            };
            if init.downcast::<FunctionData>().is_none() {
                return Ok(None);
            }
            match (
                t.lookup(&vm.names.__new__),
                vm.types.object.lookup(&vm.names.__new__),
            ) {
                (Some(a), Some(b)) if a.is(&b) => {}
                _ => return Ok(None),
            }
            let old = t.init_plan.replace((key, Some(init.clone())));
            drop(old);
            init
        }
    };
    let Some(func) = init.downcast::<FunctionData>() else {
        return Ok(None);
    };
    {
        // The function's code can be replaced at any time: checked on every call.
        let code = func.code.get();
        let co = &code.code;
        use ouro_bytecode::code::{
            CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
        };
        if co.flags
            & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_VARARGS | CO_VARKEYWORDS)
            != 0
            || co.kwonlyargcount != 0
            || co.argcount as usize != nargs + 1
        {
            return Ok(None);
        }
    }
    // object.__new__ with the class alone: with `__init__` overridden, the arguments are
    // `__init__`'s to check. The usual case allocates here; object_new gives the errors.
    use crate::objects::object::ObjectData;
    if t.payload.id == std::any::TypeId::of::<ObjectData>()
        && t.flags.get() & crate::typeobject::flags::IS_ABSTRACT == 0
    {
        let obj = alloc_object(t, ObjectData::new(t.nslots)).into_value();
        return Ok(Some((init, obj)));
    }
    let obj = crate::typeobject_new::object_new(vm, &[callable.clone()], &[])?;
    Ok(Some((init, obj)))
}

/// Kinds of attribute cache (word 1 of a LOAD_ATTR's cache; word 0 holds the type's
/// `version_key`, word 2 the instance dict entry hint, word 3 a countdown before trying to
/// specialise again after a failure, word 4 for a method the `keys_version` of an instance
/// dict seen without the name: a dict's `keys_version` changes whenever a key is added, and
/// dicts in the same key shape share it, see `typeobject::shape_of`).
const ATTR_INSTANCE: u64 = 1;
const ATTR_METHOD: u64 = 2;

/// What `load_attr_cached` found: an instance attribute's value, or a method to call with
/// the instance as `self`.
enum AttrHit {
    Value(Value),
    Method(Value),
}

/// LOAD_ATTR through its cache (CPython: LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES),
/// or None to take the general path.
#[inline]
fn load_attr_cached(
    vm: &Vm,
    obj: &Value,
    name: &Obj<StrData>,
    q: &[std::cell::Cell<u64>],
) -> Option<AttrHit> {
    let ty = obj.class();
    if q[0].get() != ty.version_key() {
        return None;
    }
    let _ = vm;
    // The dict is lent out of its slot for the look (no Python code runs meanwhile), written
    // out in full: a closure here may be left out of line in the evaluation loop.
    match q[1].get() {
        ATTR_INSTANCE => {
            let slot = obj.managed_dict()?;
            let d = slot.take()?;
            let v = match d.downcast::<DictData>() {
                Some(dd) => dd.get_str_hinted(name, &q[2]),
                None => None,
            };
            slot.set(Some(d));
            Some(AttrHit::Value(v?))
        }
        ATTR_METHOD => {
            if let Some(slot) = obj.managed_dict() {
                if let Some(d) = slot.take() {
                    let shadowed = match d.downcast::<DictData>() {
                        // No key was added to the dict since it (or a dict of the same key
                        // shape) was seen without the name: no lookup (CPython checks the
                        // shared keys' version).
                        Some(dd) => {
                            let kv = dd.keys_version.get();
                            if kv == q[4].get() {
                                false
                            } else {
                                let found = dd.get_str(name).is_some();
                                if !found {
                                    q[4].set(kv);
                                }
                                found
                            }
                        }
                        None => false,
                    };
                    slot.set(Some(d));
                    if shadowed {
                        return None;
                    }
                }
            }
            Some(AttrHit::Method(ty.lookup(name)?))
        }
        _ => None,
    }
}

/// STORE_ATTR through its cache (CPython: STORE_ATTR_INSTANCE_VALUE, STORE_ATTR_WITH_HINT):
/// word 0 holds the type's `version_key`, word 1 the entry hint, word 2 a key shape
/// transition (the shape before in the high half, after in the low half, see
/// `typeobject::shape_of`), word 3 the countdown of `specialize_attr`. Gives the value back
/// when the general path must store it.
#[inline]
fn store_attr_cached(
    vm: &Vm,
    obj: &Value,
    name: &Obj<StrData>,
    v: Value,
    q: &[std::cell::Cell<u64>],
) -> Result<(), Value> {
    if q[0].get() != obj.class().version_key() {
        return Err(v);
    }
    let Some(slot) = obj.managed_dict() else {
        return Err(v);
    };
    // The dict is lent out of its slot while no Python code can run (the first attribute
    // makes a dict with room for a few).
    let d = match slot.take() {
        Some(d) => d,
        None => crate::objects::dict::take_instance_dict(vm),
    };
    let Some(dd) = d.downcast::<DictData>() else {
        slot.set(Some(d));
        return Err(v);
    };
    // A new attribute stored in the order seen before: the dict moves to the next shape.
    let tr = q[2].get();
    let (from, to) = ((tr >> 32) as u32, tr as u32);
    let len = dd.len();
    let kv = dd.keys_version.get();
    if to != 0 {
        let n = from as usize & 0xff;
        if len == n && (n == 0 || kv == crate::typeobject::SHAPE_BIT | from as u64) {
            dd.insert_new_str(name, v, crate::typeobject::SHAPE_BIT | to as u64);
            slot.set(Some(d));
            return Ok(());
        }
    }
    // The value replaced is dropped once the dict is back (its `__del__` may look at it).
    let v = match dd.replace_str_hinted(name, v, &q[1]) {
        Ok(old) => {
            slot.set(Some(d));
            drop(old);
            return Ok(());
        }
        Err(v) => v,
    };
    let dd = dd.to_ref();
    slot.set(Some(d));
    dd.set_str_hinted(vm, name, v, &q[1]);
    if dd.len() == len + 1 {
        if let Some(from) = crate::typeobject::shape_of(len, kv) {
            if let Some(to) = obj.class().shape_transition(from, name) {
                dd.keys_version
                    .set(crate::typeobject::SHAPE_BIT | to as u64);
                q[2].set((from as u64) << 32 | to as u64);
            }
        }
    }
    Ok(())
}

/// After an attribute access took the general path: when `obj` is an instance of a class
/// using object's own attribute lookup, with a `__dict__`, remember what the next access can
/// skip. A type modified later changes its `version_key`, which turns the cache off.
#[cold]
fn specialize_attr(
    vm: &Vm,
    obj: &Value,
    name: &Obj<StrData>,
    method: bool,
    store: bool,
    q: &[std::cell::Cell<u64>],
) {
    let wait = q[3].get();
    if wait > 0 {
        q[3].set(wait - 1);
        return;
    }
    q[0].set(0);
    let ty = obj.class();
    let hook = if store {
        &vm.names.__setattr__
    } else {
        &vm.names.__getattribute__
    };
    let plain = ty.is_heap()
        && obj.managed_dict().is_some()
        && obj.downcast::<crate::typeobject::TypeData>().is_none()
        && obj
            .downcast::<crate::objects::module::ModuleData>()
            .is_none()
        && obj.downcast::<crate::objects::descr::SuperData>().is_none()
        && ty.lookup(hook).is_some_and(|g| {
            g.downcast::<crate::objects::builtin::MethodDescrData>()
                .is_some()
        });
    let kind = if !plain {
        None
    } else {
        match ty.lookup(name) {
            None => Some(ATTR_INSTANCE),
            Some(d) if method && d.downcast::<FunctionData>().is_some() => Some(ATTR_METHOD),
            Some(_) => None,
        }
    };
    match kind {
        Some(k) => {
            if store {
                q[2].set(0);
            } else {
                q[1].set(k);
                if k == ATTR_METHOD {
                    q[4].set(0);
                }
            }
            q[0].set(ty.version_key());
        }
        None => q[3].set(64),
    }
}

/// Rust stack that must remain for the loop to be entered again (a nested call from Rust).
const STACK_RESERVE: usize = 256 * 1024;

/// Calls a Python function from Rust.
pub fn call_function(
    vm: &Vm,
    f: &Obj<FunctionData>,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let frame = crate::call::make_frame(vm, f, args, kwnames)?;
    let code = frame.code.clone();
    let flags = code.code.flags;
    use ouro_bytecode::code::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};
    if flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0 {
        return crate::genobject::make_generator(vm, f, frame);
    }
    run(vm, frame)
}

/// Runs `frame` until it returns.
pub fn run(vm: &Vm, frame: Frame) -> PyResult<Value> {
    if stacker::remaining_stack().is_some_and(|r| r < STACK_RESERVE) {
        return Err(vm.new_recursion_error("maximum recursion depth exceeded"));
    }
    let depth = vm.thread.recursion_depth.get();
    if depth >= vm.thread.recursion_limit.get() {
        return Err(vm.new_recursion_error("maximum recursion depth exceeded"));
    }
    vm.thread.recursion_depth.set(depth + 1);
    let r = eval(vm, frame);
    vm.thread.recursion_depth.set(depth);
    r.map(|(v, _)| v)
}

/// How a generator frame left the loop.
pub enum Exit {
    Return,
    Yield,
}

/// Runs frames until the entry frame returns or yields; returns the value. A generator frame
/// that yields is put back into its generator (whose state becomes suspended), so the frame
/// part of the result is always None.
pub fn eval(vm: &Vm, frame: Frame) -> PyResult<(Value, Option<Frame>)> {
    // The vector of caller frames is kept from one run to the next (a generator resumed by
    // `next()` on each item would otherwise allocate one each time it calls a function).
    let mut stack = vm.thread.spare_frames.take();
    let r = eval_frames(vm, frame, &mut stack);
    if stack.capacity() != 0 {
        stack.clear();
        vm.thread.spare_frames.set(stack);
    }
    r
}

#[inline(always)]
fn eval_frames(vm: &Vm, frame: Frame, stack: &mut Vec<Frame>) -> PyResult<(Value, Option<Frame>)> {
    let mut f = frame;
    let mut kwnames: Option<Value> = None;
    let mut error: Option<PyErr> = None;
    let mut reraise_lasti: Option<usize> = None;
    let mut pending = crate::ceval_throw::take_pending();
    if pending.is_some() && crate::legacy_tracing::enabled() {
        if let Some(e) = crate::legacy_tracing::on_throw(vm, &mut f) {
            pending = Some((e, true));
        }
    }
    // A thrown exception is chained only to the generator's own handled exception.
    let mut thrown_unchained = false;
    loop {
        // ----- dispatch loop -----
        let result: Result<(), PyErr> = if let Some((e, chain)) = pending.take() {
            thrown_unchained = !chain;
            Err(e)
        } else {
            // The instruction pointer and the stack depth of the running frame live in these
            // locals (registers) while instructions run; `f.ip`/`f.sp` are brought up to date
            // (`sync!`) before anything that reads the frame, and read back (`reload!`) when
            // the running frame changes.
            let mut ip = f.ip;
            let mut sp = f.sp;
            macro_rules! sync {
                () => {
                    f.ip = ip;
                    f.sp = sp;
                };
            }
            macro_rules! reload {
                () => {
                    ip = f.ip;
                    sp = f.sp;
                };
            }
            // Runs `$e`, which may run Python code in a nested run of the loop, with this run
            // published (see `frame::RunChain`): that code sees this frame as its caller's.
            macro_rules! published {
                ($e:expr) => {{
                    sync!();
                    vm.thread.outer_runs.publish(&f, stack, || $e)
                }};
            }
            macro_rules! push {
                ($v:expr) => {{
                    let v = $v;
                    f.region.put(sp, v);
                    sp += 1;
                }};
            }
            macro_rules! push_opt {
                ($v:expr) => {{
                    let v = $v;
                    f.region.set(sp, v);
                    sp += 1;
                }};
            }
            macro_rules! pop_opt {
                () => {{
                    sp -= 1;
                    f.region.take(sp)
                }};
            }
            macro_rules! pop {
                () => {{
                    sp -= 1;
                    match f.region.take(sp) {
                        Some(v) => v,
                        None => panic!("popped a NULL stack entry"),
                    }
                }};
            }
            macro_rules! top {
                () => {
                    match f.region.get(sp - 1) {
                        Some(v) => v,
                        None => panic!("NULL on top of stack"),
                    }
                };
            }
            macro_rules! peek {
                ($n:expr) => {
                    f.region.get(sp - $n)
                };
            }
            macro_rules! pop_n {
                ($n:expr) => {{
                    let n = $n;
                    let mut v = Vec::with_capacity(n);
                    for i in sp - n..sp {
                        v.push(
                            f.region
                                .take(i)
                                .unwrap_or_else(|| panic!("NULL in popped values")),
                        );
                    }
                    sp -= n;
                    v
                }};
            }
            // The result of a BINARY_OP run by a superinstruction is on the top of the stack;
            // a STORE_FAST fused to that BINARY_OP (the word at `ip`) takes it to its local.
            macro_rules! store_if_fused {
                ($bopcode:expr) => {
                    if $bopcode == sup::BINARY_OP__STORE_FAST {
                        let (_, target, _) = unpack_unit(f.code.quick[ip].get());
                        sp -= 1;
                        let v = f.region.take(sp);
                        let old = f.region.set(target as usize, v);
                        ip += 1;
                        drop(old);
                    }
                };
            }
            let r = 'dispatch: loop {
                let lasti_here = ip;
                let (opcode, oparg, caches) = unpack_unit(f.code.quick[lasti_here].get());
                let next = lasti_here + 1 + caches;
                ip = next;
                // At a LOAD_FAST__BINARY_OP or LOAD_CONST__BINARY_OP with a small int on top
                // of the stack: the chain of them that starts here on small ints, its result
                // put on the top once (see `ceval_fast::chain`).
                macro_rules! chain_if_small {
                    () => {
                        let top = peek!(1).and_then(|v| v.as_small_int());
                        let goes_on = crate::ceval_fast::chain_goes_on(&f.code.quick, lasti_here);
                        if let (Some(a), true) = (top, goes_on) {
                            let (acc, at) =
                                crate::ceval_fast::chain(&f.code, f.region.slots(), a, lasti_here);
                            if at != lasti_here {
                                f.region.put(sp - 1, Value::small_int_unchecked(acc));
                                ip = at;
                                continue;
                            }
                        }
                    };
                }
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => {
                                ip = lasti_here + 1;
                                break 'dispatch Err(e);
                            }
                        }
                    };
                }
                match opcode {
                    op::NOP | op::CACHE => {}
                    // The argument was folded into the instruction that follows.
                    op::EXTENDED_ARG => {}
                    op::RESUME => {
                        // The eval breaker: a pending automatic collection or an interrupt.
                        if vm.thread.interrupt.get() {
                            vm.thread.interrupt.set(false);
                            if !crate::gc::run_pending(vm) {
                                tri!(Err(
                                    vm.new_exception(vm.types.exc.keyboard_interrupt, vec![])
                                ));
                            }
                        }
                    }
                    op::POP_TOP => {
                        drop(pop_opt!());
                    }
                    op::PUSH_NULL => push_opt!(None),
                    op::END_FOR => {
                        drop(pop_opt!());
                        drop(pop_opt!());
                    }
                    op::END_SEND => {
                        let v = pop!();
                        drop(pop_opt!());
                        push!(v);
                    }
                    op::COPY => {
                        let v = peek!(oparg as usize).cloned();
                        push_opt!(v);
                    }
                    op::SWAP => {
                        let a = sp - 1;
                        let b = sp - oparg as usize;
                        let va = f.region.take(a);
                        let vb = f.region.set(b, va);
                        f.region.set(a, vb);
                    }
                    op::LOAD_CONST => {
                        let v = f.code.consts[oparg as usize].clone();
                        push!(v);
                    }
                    op::LOAD_FAST
                    | op::LOAD_FAST_CHECK
                    | sup::LOAD_FAST__LOAD_FAST
                    | sup::LOAD_FAST__BINARY_OP
                    | sup::LOAD_FAST__LOAD_CONST__COMPARE_OP
                    | sup::LOAD_FAST__RETURN_VALUE => {
                        let local = f.region.get(oparg as usize);
                        if opcode == sup::LOAD_FAST__LOAD_CONST__COMPARE_OP {
                            // `local <cmp> constant` on small ints, the COMPARE_OP (and the
                            // jump fused to it) included.
                            let (_, carg, _) = unpack_unit(f.code.quick[ip].get());
                            let y = f.code.consts[carg as usize].as_small_int();
                            if let (Some(x), Some(y)) = (local.and_then(|v| v.as_small_int()), y) {
                                let (cop, cmp, ccaches) = unpack_unit(f.code.quick[ip + 1].get());
                                let r = compare_ord(cmp >> 4, x, y);
                                ip += 2 + ccaches;
                                if cop == sup::COMPARE_OP__POP_JUMP {
                                    let (jop, jarg, _) = unpack_unit(f.code.quick[ip].get());
                                    ip += 1;
                                    if r == (jop == op::POP_JUMP_IF_TRUE) {
                                        ip += jarg as usize;
                                    }
                                } else {
                                    push!(vm.new_bool(r));
                                }
                                continue;
                            }
                        }
                        if opcode == sup::LOAD_FAST__BINARY_OP {
                            chain_if_small!();
                            // `top <op> local` on small ints, the BINARY_OP included.
                            let y = local.and_then(|v| v.as_small_int());
                            let x = peek!(1).and_then(|v| v.as_small_int());
                            let (_, bop, bcaches) = unpack_unit(f.code.quick[ip].get());
                            if let (Some(x), Some(y)) = (x, y) {
                                if let Some(r) = small_int_result(bop, x, y) {
                                    // The top was a small int: nothing to drop.
                                    f.region.put(sp - 1, vm.new_int(r));
                                    ip += 1 + bcaches;
                                    continue;
                                }
                            } else if let (Some(l), Some(t)) = (local, peek!(1)) {
                                // Floats (CPython: BINARY_OP_MULTIPLY_FLOAT...), the result in
                                // the top operand when it is a temporary.
                                if let Some((x, y)) = float_operands(vm, t, l) {
                                    if let Some(r) = float_binop_result(bop, x, y) {
                                        set_float_top(vm, f.region.slots(), sp - 1, r);
                                        ip += 1 + bcaches;
                                        continue;
                                    }
                                }
                            }
                        }
                        match local {
                            Some(v) => {
                                let v = v.clone();
                                push!(v);
                            }
                            None => {
                                let name =
                                    f.code.localsplusnames[oparg as usize].as_str().to_string();
                                tri!(Err(unbound_local(vm, &name)))
                            }
                        }
                        if opcode == sup::LOAD_FAST__LOAD_FAST {
                            // The second load (left to run alone if its local is unbound).
                            let (_, arg2, _) = unpack_unit(f.code.quick[ip].get());
                            if let Some(v) = f.region.get(arg2 as usize) {
                                let v = v.clone();
                                push!(v);
                                ip += 1;
                            }
                        }
                    }
                    sup::LOAD_FAST__LOAD_FAST__BINARY_OP
                    | sup::LOAD_FAST__LOAD_CONST__BINARY_OP
                    | sup::LOAD_CONST__LOAD_FAST__BINARY_OP => {
                        // `x <op> y` for two loads (locals or constants) holding small ints or
                        // floats, both loads and the BINARY_OP included; otherwise this first
                        // load runs alone.
                        let (_, arg2, _) = unpack_unit(f.code.quick[ip].get());
                        let (bopcode, bop, bcaches) = unpack_unit(f.code.quick[ip + 1].get());
                        let code = &*f.code;
                        let x = if opcode == sup::LOAD_CONST__LOAD_FAST__BINARY_OP {
                            code.consts.get(oparg as usize)
                        } else {
                            f.region.get(oparg as usize)
                        };
                        let y = if opcode == sup::LOAD_FAST__LOAD_CONST__BINARY_OP {
                            code.consts.get(arg2 as usize)
                        } else {
                            f.region.get(arg2 as usize)
                        };
                        // The second load is fused with the BINARY_OP: on small ints the
                        // chain from there runs it, and the operations after it.
                        let goes_on = crate::ceval_fast::chain_goes_on(&code.quick, ip);
                        if let (Some(a), true) = (Value::small_int_in(x), goes_on) {
                            let (acc, at) = crate::ceval_fast::chain(code, f.region.slots(), a, ip);
                            if at != ip {
                                push!(Value::small_int_unchecked(acc));
                                ip = at;
                                continue;
                            }
                        }
                        if let (Some(x), Some(y)) = (x, y) {
                            if let Some(r) = locals_binop(vm, bop, x, y) {
                                push!(r);
                                ip += 2 + bcaches;
                                store_if_fused!(bopcode);
                                continue;
                            }
                        }
                        match x {
                            Some(v) => {
                                let v = v.clone();
                                push!(v);
                            }
                            None => {
                                let name =
                                    f.code.localsplusnames[oparg as usize].as_str().to_string();
                                tri!(Err(unbound_local(vm, &name)))
                            }
                        }
                    }
                    sup::LOAD_CONST__BINARY_OP => {
                        chain_if_small!();
                        let c = &f.code.consts[oparg as usize];
                        let (_, bop, bcaches) = unpack_unit(f.code.quick[ip].get());
                        let x = peek!(1).and_then(|v| v.as_small_int());
                        if let (Some(x), Some(y)) = (x, c.as_small_int()) {
                            if let Some(r) = small_int_result(bop, x, y) {
                                // The top was a small int: nothing to drop.
                                f.region.put(sp - 1, vm.new_int(r));
                                ip += 1 + bcaches;
                                continue;
                            }
                        } else if let Some(t) = peek!(1) {
                            if let Some((x, y)) = float_operands(vm, t, c) {
                                if let Some(r) = float_binop_result(bop, x, y) {
                                    set_float_top(vm, f.region.slots(), sp - 1, r);
                                    ip += 1 + bcaches;
                                    continue;
                                }
                            }
                        }
                        let v = c.clone();
                        push!(v);
                    }
                    op::LOAD_FAST_AND_CLEAR => {
                        let v = f.region.take(oparg as usize);
                        push_opt!(v);
                    }
                    op::STORE_FAST | sup::STORE_FAST__LOAD_FAST => {
                        let v = pop_opt!();
                        let old = f.region.set(oparg as usize, v);
                        if opcode == sup::STORE_FAST__LOAD_FAST {
                            // The load (left to run alone if its local is unbound).
                            let (_, arg2, _) = unpack_unit(f.code.quick[ip].get());
                            if let Some(v) = f.region.get(arg2 as usize) {
                                let v = v.clone();
                                push!(v);
                                ip += 1;
                            }
                        }
                        match old {
                            Some(o) if drop_may_run_code(vm, &o) => published!(drop(o)),
                            _ => drop(old),
                        }
                    }
                    op::RETURN_VALUE | op::RETURN_CONST => {
                        let v = if opcode == op::RETURN_VALUE {
                            pop!()
                        } else {
                            f.code.consts[oparg as usize].clone()
                        };
                        // Retiring the frame reads its stack depth.
                        f.sp = sp;
                        if f.entry {
                            f.retire();
                            return Ok((v, None));
                        }
                        vm.thread
                            .recursion_depth
                            .set(vm.thread.recursion_depth.get() - 1);
                        let init_self = f.init_self.take();
                        let callee =
                            std::mem::replace(&mut f, stack.pop().expect("a caller frame"));
                        reload!();
                        if let Some(exit) = callee.inline_exit {
                            // A generator resumed by FOR_ITER or SEND finished.
                            let gen = callee.generator.clone();
                            callee.retire();
                            if let Some(g) = &gen {
                                crate::genobject::finish_inline(vm, g);
                            }
                            match exit {
                                InlineExit::ForIter(to) => {
                                    drop(v);
                                    drop(pop_opt!());
                                    ip = to;
                                }
                                InlineExit::Send(to) => {
                                    push!(v);
                                    ip = to;
                                }
                            }
                            continue;
                        }
                        callee.retire();
                        match init_self {
                            None => push!(v),
                            Some(s) if vm.is_none(&v) => push!(s),
                            Some(_) => {
                                // Raised by the caller's CALL, as `type.__call__` does.
                                sync!();
                                ip = lasti_of(&f) + 1;
                                break 'dispatch Err(vm.new_type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    v.class().name()
                                )));
                            }
                        }
                    }
                    op::BINARY_OP | sup::BINARY_OP__STORE_FAST | sup::BINARY_OP__RETURN_VALUE => {
                        // The result, pushed or (with the STORE_FAST that follows) stored (the
                        // RETURN_VALUE of a BINARY_OP__RETURN_VALUE runs next).
                        macro_rules! push_result {
                            ($v:expr) => {{
                                let v = $v;
                                if opcode == sup::BINARY_OP__STORE_FAST {
                                    let (_, target, _) = unpack_unit(f.code.quick[ip].get());
                                    let old = f.region.set(target as usize, Some(v));
                                    ip += 1;
                                    drop(old);
                                } else {
                                    push!(v);
                                }
                                continue;
                            }};
                        }
                        let b = pop!();
                        let a = pop!();
                        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                            if let Some(r) = small_int_result(oparg, x, y) {
                                push_result!(vm.new_int(r));
                            }
                        }
                        // Exact floats (and a float with a small int): +, -, *, / inline, with
                        // the results `float_binop` gives.
                        if let Some((x, y)) = float_operands(vm, &a, &b) {
                            if let Some(r) = float_binop_result(oparg, x, y) {
                                // A temporary operand (no other reference) holds the result.
                                let (mut a, mut b) = (a, b);
                                if let Some(fl) = a.exact_unique_mut(vm.types.float_exact) {
                                    fl.0 = r;
                                    push_result!(a);
                                }
                                if let Some(fl) = b.exact_unique_mut(vm.types.float_exact) {
                                    fl.0 = r;
                                    push_result!(b);
                                }
                                push_result!(vm.new_float(r));
                            }
                        }
                        // `s += t` (or `s = s + t`) where the local `s` holds the only other
                        // reference to the left string: append in place, as CPython's
                        // BINARY_OP_INPLACE_ADD_UNICODE does. The STORE_FAST that follows
                        // stores the same object back.
                        if (oparg == 0 || oparg == 13) && a.refcount() == 2 {
                            use crate::objects::str::StrData;
                            let code = &f.code.code.code;
                            let store = code.get(ip * 2) == Some(&(op::STORE_FAST as u8));
                            let target = code.get(ip * 2 + 1).copied().unwrap_or(0) as usize;
                            let exact = |v: &Value| std::ptr::eq(v.class(), vm.types.str);
                            if store
                                && exact(&a)
                                && exact(&b)
                                && f.region.get(target).is_some_and(|l| l.is(&a))
                            {
                                drop(f.region.take(target));
                                let mut a = a;
                                if let (Some(sd), Some(bs)) = (
                                    a.unique_payload_mut::<StrData>(vm.types.str),
                                    b.downcast::<StrData>(),
                                ) {
                                    sd.append_unique_data(bs);
                                    push_result!(a);
                                }
                                let r = tri!(vm.binary_op(&a, &b, oparg));
                                push_result!(r);
                            }
                        }
                        let r = tri!(published!(vm.binary_op(&a, &b, oparg)));
                        push_result!(r);
                    }
                    op::COMPARE_OP | sup::COMPARE_OP__POP_JUMP => {
                        let cmp = oparg >> 4;
                        if opcode == sup::COMPARE_OP__POP_JUMP {
                            // Small ints branch straight away, no bool made.
                            let y = peek!(1).and_then(|v| v.as_small_int());
                            let x = peek!(2).and_then(|v| v.as_small_int());
                            if let (Some(x), Some(y)) = (x, y) {
                                let r = compare_ord(cmp, x, y);
                                sp -= 2;
                                f.region.set(sp, None);
                                f.region.set(sp + 1, None);
                                let (jop, jarg, _) = unpack_unit(f.code.quick[ip].get());
                                ip += 1;
                                if r == (jop == op::POP_JUMP_IF_TRUE) {
                                    ip += jarg as usize;
                                }
                                continue;
                            }
                        }
                        let b = pop!();
                        let a = pop!();
                        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                            let r = compare_ord(cmp, x, y);
                            push!(vm.new_bool(r));
                            continue;
                        }
                        // Exact floats (and a float with an int that converts exactly).
                        if let Some((x, y)) = float_operands(vm, &a, &b) {
                            const EXACT: i64 = 1 << 53;
                            let exact = |v: &Value| {
                                v.as_small_int()
                                    .is_none_or(|i| (-EXACT..=EXACT).contains(&i))
                            };
                            if exact(&a) && exact(&b) {
                                let r = compare_ord(cmp, x, y);
                                push!(vm.new_bool(r));
                                continue;
                            }
                        }
                        let r = tri!(published!(vm.compare(
                            &a,
                            &b,
                            crate::number::CompareOp::from_arg(cmp)
                        )));
                        push!(r);
                    }
                    op::IS_OP => {
                        let b = pop!();
                        let a = pop!();
                        let r = a.is(&b) != (oparg == 1);
                        push!(vm.new_bool(r));
                    }
                    op::CONTAINS_OP => {
                        let b = pop!();
                        let a = pop!();
                        let r = tri!(vm.contains(&b, &a));
                        push!(vm.new_bool(r != (oparg == 1)));
                    }
                    op::BINARY_SUBSCR => {
                        let k = pop!();
                        let c = pop!();
                        let r = tri!(vm.getitem(&c, &k));
                        push!(r);
                    }
                    op::STORE_SUBSCR => {
                        let k = pop!();
                        let c = pop!();
                        let v = pop!();
                        tri!(vm.setitem(&c, &k, Some(v)));
                    }
                    op::GET_ITER => {
                        let v = pop!();
                        let it = tri!(vm.iter(&v));
                        push!(it);
                    }
                    op::FOR_ITER | sup::FOR_ITER__STORE_FAST => {
                        // Ranges and lists inline while they have items (CPython:
                        // FOR_ITER_RANGE, FOR_ITER_LIST); the end and everything else take
                        // the general `next`. Generators are resumed below.
                        let top = top!();
                        let fast = if std::ptr::eq(top.class(), vm.types.generator) {
                            None
                        } else {
                            next_inline(vm, top)
                        };
                        if let Some(v) = fast {
                            if opcode == sup::FOR_ITER__STORE_FAST {
                                let (_, target, _) = unpack_unit(f.code.quick[ip].get());
                                let old = f.region.set(target as usize, Some(v));
                                ip += 1;
                                drop(old);
                            } else {
                                push!(v);
                            }
                            continue;
                        }
                        let it = top!().clone();
                        // A generator: its frame is resumed here (CPython: FOR_ITER_GEN).
                        ip = next;
                        sync!();
                        let exit = InlineExit::ForIter(next + oparg as usize + 1);
                        let it = match crate::genobject::enter_inline(
                            vm, it, None, false, &mut f, stack, exit,
                        ) {
                            Ok(()) => {
                                reload!();
                                continue;
                            }
                            Err((it, _)) => it,
                        };
                        match tri!(vm.next(&it)) {
                            Some(v) => push!(v),
                            None => {
                                drop(pop_opt!());
                                ip = next + oparg as usize + 1;
                            }
                        }
                    }
                    op::JUMP_FORWARD => ip = next + oparg as usize,
                    op::JUMP_BACKWARD | op::JUMP_BACKWARD_NO_INTERRUPT => {
                        ip = next - oparg as usize;
                        if vm.thread.interrupt.get() {
                            vm.thread.interrupt.set(false);
                            if !crate::gc::run_pending(vm) {
                                tri!(Err(
                                    vm.new_exception(vm.types.exc.keyboard_interrupt, vec![])
                                ));
                            }
                        }
                        // A loop: its body runs in the fast tier from here, as far as that
                        // tier can take it (it stops at the first instruction it cannot finish,
                        // which runs here). Straight-line code outside loops stays here, where
                        // entering the tier would cost more than it saves.
                        let w = f.code.quick[ip].get();
                        if crate::ceval_fast::starts(w)
                            && !loop_starts_with_generator_step(vm, &f, w, ip, sp)
                        {
                            sync!();
                            if f.code.calls_in_loops {
                                crate::ceval_fast::run::<true>(vm, &mut f, stack);
                            } else {
                                crate::ceval_fast::run::<false>(vm, &mut f, stack);
                            }
                            reload!();
                        }
                    }
                    op::POP_JUMP_IF_FALSE | op::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let b = if v.is(&vm.true_) {
                            true
                        } else if v.is(&vm.false_) {
                            false
                        } else {
                            tri!(vm.is_true(&v))
                        };
                        if b == (opcode == op::POP_JUMP_IF_TRUE) {
                            ip = next + oparg as usize;
                        }
                    }
                    op::POP_JUMP_IF_NONE | op::POP_JUMP_IF_NOT_NONE => {
                        let v = pop!();
                        if vm.is_none(&v) == (opcode == op::POP_JUMP_IF_NONE) {
                            ip = next + oparg as usize;
                        }
                    }
                    op::LOAD_GLOBAL | sup::LOAD_GLOBAL__CALL => {
                        let found = load_global_cache(&f.code.quick, lasti_here).and_then(|q| {
                            load_global_cached(&f.code, &f.globals, &f.builtins, q, oparg)
                        });
                        let v = match found {
                            Some(v) => v,
                            None => {
                                let name = &f.code.names[(oparg >> 1) as usize];
                                tri!(Err(name_error(vm, name.as_str())))
                            }
                        };
                        if oparg & 1 != 0 {
                            push_opt!(None);
                        }
                        push!(v);
                    }
                    op::LOAD_ATTR => {
                        // A frame whose frame object exists may be reading it (`f_lineno`,
                        // `f_lasti`): the object is brought to this instruction first.
                        if f.frame_obj.get().is_some() {
                            f.sp = sp;
                            bring_frame_object_up(vm, &mut f, lasti_here, true);
                        }
                        let obj = pop!();
                        let method = oparg & 1 != 0;
                        let fast = {
                            let code = &*f.code;
                            let name = &code.names[(oparg >> 1) as usize];
                            let q = &code.quick[lasti_here + 1..lasti_here + 6];
                            load_attr_cached(vm, &obj, name, q)
                        };
                        match fast {
                            Some(AttrHit::Value(v)) => {
                                if method {
                                    push_opt!(None);
                                }
                                push!(v);
                                continue;
                            }
                            Some(AttrHit::Method(m)) => {
                                push_opt!(Some(m));
                                push!(obj);
                                continue;
                            }
                            None => {}
                        }
                        let name = f.code.names[(oparg >> 1) as usize].clone();
                        if method {
                            let (m, self_) =
                                tri!(published!(crate::call::load_method(vm, &obj, &name)));
                            push_opt!(m);
                            push!(self_);
                        } else {
                            let v = tri!(published!(vm.getattr(&obj, &name)));
                            push!(v);
                        }
                        let q = &f.code.quick[lasti_here + 1..lasti_here + 6];
                        specialize_attr(vm, &obj, &name, method, false, q);
                    }
                    op::STORE_ATTR => {
                        let obj = pop!();
                        let v = pop!();
                        let code = &*f.code;
                        let name = &code.names[oparg as usize];
                        let q = &code.quick[lasti_here + 1..lasti_here + 5];
                        let v = match store_attr_cached(vm, &obj, name, v, q) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        let name = name.clone();
                        tri!(vm.setattr(&obj, &name, Some(v)));
                        let q = &f.code.quick[lasti_here + 1..lasti_here + 5];
                        specialize_attr(vm, &obj, &name, false, true, q);
                    }
                    op::LOAD_DEREF => {
                        let v = f
                            .region
                            .get(oparg as usize)
                            .and_then(|c| c.downcast::<CellData>())
                            .and_then(|c| c.get());
                        match v {
                            Some(v) => push!(v),
                            None => tri!(Err(unbound_deref(vm, &f.code, oparg as usize))),
                        }
                    }
                    // Closure set-up at the start of a call: off the general path, whose
                    // entry costs more than these (CPython: bytecodes.c COPY_FREE_VARS,
                    // MAKE_CELL, LOAD_CLOSURE).
                    op::COPY_FREE_VARS => copy_free_vars(&f, oparg as usize),
                    op::MAKE_CELL => make_cell(vm, &f.region, oparg as usize),
                    op::LOAD_CLOSURE => {
                        let v = f.region.get(oparg as usize).cloned();
                        push_opt!(v);
                    }
                    op::MAKE_FUNCTION => {
                        let code = pop!();
                        let mut extra: [Option<Value>; 4] = [None, None, None, None];
                        // Closure, annotations, keyword defaults, defaults: pushed in the
                        // reverse order of the flag bits 8, 4, 2, 1.
                        for (k, bit) in [8u32, 4, 2, 1].into_iter().enumerate() {
                            if oparg & bit != 0 {
                                extra[k] = Some(pop!());
                            }
                        }
                        let [closure, annotations, kwdefaults, defaults] = extra;
                        push!(crate::call::make_function(
                            vm,
                            &f.globals,
                            &f.builtins,
                            code,
                            defaults,
                            kwdefaults,
                            annotations,
                            closure,
                        ));
                    }
                    op::STORE_DEREF => {
                        let v = pop!();
                        if let Some(c) = f
                            .region
                            .get(oparg as usize)
                            .and_then(|c| c.downcast::<CellData>())
                        {
                            c.set(Some(v));
                        }
                    }
                    op::BUILD_TUPLE => {
                        let items = pop_n!(oparg as usize);
                        push!(vm.new_tuple(items));
                    }
                    op::BUILD_MAP => {
                        let items = pop_n!(2 * oparg as usize);
                        let d = vm.new_dict();
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            tri!(d.set_item(vm, k, v));
                        }
                        push!(d.into_value());
                    }
                    op::LIST_APPEND => {
                        let v = pop!();
                        if let Some(l) = peek!(oparg as usize)
                            .and_then(|l| l.downcast::<crate::objects::list::ListData>())
                        {
                            l.push(v);
                        }
                    }
                    op::UNPACK_SEQUENCE => {
                        let seq = pop!();
                        let items = tri!(crate::call::unpack(vm, &seq, oparg as usize, None));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    op::KW_NAMES => {
                        kwnames = Some(f.code.consts[oparg as usize].clone());
                    }
                    op::CALL => {
                        // The stack holds [NULL or callable, callable or self, args...]; the
                        // arguments are passed straight from the stack slots (no copy), then
                        // cleared. CPython: bytecodes.c CALL.
                        let argc = oparg as usize;
                        let kw = kwnames.take();
                        // The callee may read this frame's object (`repr(frame)`).
                        if f.frame_obj.get().is_some() {
                            bring_frame_object_up(vm, &mut f, lasti_here, false);
                        }
                        let base = sp - argc - 2;
                        let is_meth = f.region.get(base).is_some();
                        let (callable_at, args_at) = if is_meth {
                            (base, base + 1)
                        } else {
                            (base + 1, base + 2)
                        };
                        let Some(callable) = f.region.take(callable_at) else {
                            tri!(Err(vm.new_exception_msg(
                                vm.types.exc.system_error,
                                "NULL callable on the stack"
                            )))
                        };
                        let kwn: &[Value] =
                            match kw.as_ref().and_then(|k| k.downcast::<TupleData>()) {
                                Some(t) => t.items(),
                                None => &[],
                            };
                        // Built-ins that read their caller's frame get a snapshot of it
                        // (never a Python function or a class with a Python `__init__`,
                        // which the paths below enter directly).
                        let snap = callable.downcast::<FunctionData>().is_none()
                            && crate::bltin_frame::needs_frame(vm, &callable);
                        if snap {
                            sync!();
                            crate::bltin_frame::capture(vm, &mut f, stack, &callable);
                        }
                        let Some(args) = f.region.values(args_at, sp - args_at) else {
                            tri!(Err(vm.new_exception_msg(
                                vm.types.exc.system_error,
                                "NULL argument on the stack"
                            )))
                        };
                        // A Python function: push its frame and continue here.
                        if let Some(func) = callable.downcast::<FunctionData>() {
                            let fcode = func.code.get();
                            let co = &fcode.code;
                            use ouro_bytecode::code::{
                                CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS,
                                CO_VARKEYWORDS,
                            };
                            if co.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) == 0 {
                                let depth = vm.thread.recursion_depth.get();
                                if depth >= vm.thread.recursion_limit.get() {
                                    tri!(Err(
                                        vm.new_recursion_error("maximum recursion depth exceeded")
                                    ));
                                }
                                // Exactly the positional parameters, no keywords: the
                                // arguments move from the caller's stack into the new frame's
                                // locals (CPython: CALL_PY_EXACT_ARGS).
                                let nargs = args.len();
                                let exact = kwn.is_empty()
                                    && co.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
                                    && co.kwonlyargcount == 0
                                    && co.argcount as usize == nargs;
                                // Code that starts with instructions the fast tier runs runs
                                // there, with the calls it makes.
                                let fast = exact && fcode.fast_argc as usize == nargs;
                                let mut nf = if exact {
                                    let nf = Frame::new(
                                        fcode,
                                        func.globals.clone(),
                                        func.builtins.clone(),
                                        None,
                                        None,
                                    );
                                    for i in 0..nargs {
                                        nf.region.set(i, f.region.take(args_at + i));
                                    }
                                    nf
                                } else {
                                    drop(fcode);
                                    tri!(crate::call::make_frame(vm, func, args, kwn))
                                };
                                while sp > base {
                                    sp -= 1;
                                    drop(f.region.take(sp));
                                }
                                nf.func = Some(callable);
                                vm.thread.recursion_depth.set(depth + 1);
                                nf.entry = false;
                                ip = next;
                                sync!();
                                let caller = std::mem::replace(&mut f, nf);
                                stack.push(caller);
                                if fast {
                                    crate::ceval_fast::run::<true>(vm, &mut f, stack);
                                }
                                reload!();
                                continue;
                            }
                        }
                        // A class whose instances come from object.__new__ and whose
                        // `__init__` is a Python function taking exactly these arguments: make
                        // the instance and push the `__init__` frame here (CPython 3.13:
                        // CALL_ALLOC_AND_ENTER_INIT).
                        if kwn.is_empty() {
                            if let Some((init, obj)) =
                                tri!(alloc_for_init(vm, &callable, args.len()))
                            {
                                let depth = vm.thread.recursion_depth.get();
                                if depth >= vm.thread.recursion_limit.get() {
                                    tri!(Err(
                                        vm.new_recursion_error("maximum recursion depth exceeded")
                                    ));
                                }
                                if let Some(func) = init.downcast::<FunctionData>() {
                                    let fcode = func.code.get();
                                    let mut nf = Frame::new(
                                        fcode,
                                        func.globals.clone(),
                                        func.builtins.clone(),
                                        None,
                                        None,
                                    );
                                    nf.region.set(0, Some(obj.clone()));
                                    let nargs = args.len();
                                    for i in 0..nargs {
                                        nf.region.set(i + 1, f.region.take(args_at + i));
                                    }
                                    while sp > base {
                                        sp -= 1;
                                        drop(f.region.take(sp));
                                    }
                                    drop(callable);
                                    nf.func = Some(init);
                                    nf.init_self = Some(obj);
                                    vm.thread.recursion_depth.set(depth + 1);
                                    nf.entry = false;
                                    ip = next;
                                    sync!();
                                    let caller = std::mem::replace(&mut f, nf);
                                    stack.push(caller);
                                    reload!();
                                    continue;
                                }
                            }
                        }
                        let r = published!(vm.call(&callable, args, kwn));
                        if snap {
                            crate::bltin_frame::release();
                        }
                        let r = tri!(r);
                        while sp > base {
                            sp -= 1;
                            drop(f.region.take(sp));
                        }
                        drop(callable);
                        push!(r);
                    }
                    op::RAISE_VARARGS => {
                        let cause = if oparg == 2 { Some(pop!()) } else { None };
                        let exc = if oparg >= 1 { Some(pop!()) } else { None };
                        let bare = exc.is_none();
                        let e = crate::call::do_raise(vm, exc, cause);
                        match e {
                            // A bare `raise` re-raises without a new traceback entry or
                            // context, as CPython (`goto exception_unwind`).
                            Ok(e) if bare => {
                                reraise_lasti = None;
                                error = Some(e);
                                break 'dispatch Err(reraise_marker(vm));
                            }
                            Ok(e) => tri!(Err(e)),
                            Err(e) => tri!(Err(e)),
                        }
                    }
                    op::RERAISE => {
                        let exc = pop!();
                        if oparg != 0 {
                            // The restored `lasti` is what the frame reports and what a handler
                            // receives; the handler itself is looked up at this RERAISE.
                            let lasti = peek!(oparg as usize).and_then(|v| v.as_small_int());
                            reraise_lasti = lasti.map(|l| l as usize);
                        }
                        match exc.try_into_ref::<crate::objects::exceptions::ExceptionData>() {
                            Ok(e) => {
                                error = Some(e);
                                break 'dispatch Err(reraise_marker(vm));
                            }
                            Err(_) => tri!(Err(
                                vm.new_type_error("exceptions must derive from BaseException")
                            )),
                        }
                    }
                    op::RETURN_GENERATOR => {
                        // Generators are created before their frame runs (see `call_function`);
                        // when resumed the frame starts after this instruction.
                        push!(vm.none.clone());
                    }
                    op::YIELD_VALUE => {
                        // A suspended frame's frame object says where it stopped.
                        if f.frame_obj.get().is_some() {
                            bring_frame_object_up(vm, &mut f, lasti_here, false);
                        }
                        let v = pop!();
                        if f.entry {
                            let Some(v) = crate::genobject::absorb_yield(&f, v) else {
                                // Added to the total of the `sum()` running this generator,
                                // which goes on as if resumed with None.
                                if crate::genobject::at_resume_pop(&f.code.quick, ip) {
                                    ip += 2;
                                } else {
                                    push!(vm.none.clone());
                                }
                                continue;
                            };
                            // Resumed by `send_ex`: the frame goes straight back into its
                            // generator, whose state (suspended) tells the caller it yielded.
                            sync!();
                            crate::genobject::suspend_inline(vm, f);
                            return Ok((v, None));
                        }
                        if f.inline_exit.is_some() {
                            // Back to the FOR_ITER or SEND that resumed this generator.
                            sync!();
                            vm.thread
                                .recursion_depth
                                .set(vm.thread.recursion_depth.get() - 1);
                            crate::genobject::suspend_inline_to(vm, &mut f, stack);
                            reload!();
                            // The STORE_FAST of the caller's FOR_ITER__STORE_FAST takes the
                            // value at once, as the instruction itself would.
                            if let Some(w) = f.code.quick.get(ip) {
                                let (o, target, _) = unpack_unit(w.get());
                                if o == op::STORE_FAST {
                                    let old = f.region.set(target as usize, Some(v));
                                    ip += 1;
                                    drop(old);
                                    continue;
                                }
                            }
                            push!(v);
                            continue;
                        }
                        tri!(Err(vm.new_exception_msg(
                            vm.types.exc.system_error,
                            "yield outside a generator frame"
                        )));
                    }
                    op::SEND => {
                        let v = pop!();
                        let receiver = top!().clone();
                        // A generator or coroutine: its frame is resumed here (CPython:
                        // SEND_GEN).
                        ip = next;
                        sync!();
                        let exit = InlineExit::Send(next + oparg as usize);
                        let (receiver, v) = match crate::genobject::enter_inline(
                            vm,
                            receiver,
                            Some(v),
                            true,
                            &mut f,
                            stack,
                            exit,
                        ) {
                            Ok(()) => {
                                reload!();
                                continue;
                            }
                            Err((receiver, v)) => (receiver, v.unwrap_or_else(|| vm.none.clone())),
                        };
                        match tri!(crate::genobject::send(vm, &receiver, v)) {
                            crate::genobject::SendResult::Yield(y) => push!(y),
                            crate::genobject::SendResult::Return(r) => {
                                push!(r);
                                ip = next + oparg as usize;
                            }
                        }
                    }
                    op::CLEANUP_THROW => {
                        let exc = pop!();
                        let _last_sent = pop!();
                        let _sub_iter = pop!();
                        if let Some(e) = exc.downcast::<crate::objects::exceptions::ExceptionData>()
                        {
                            if e.class().is_subtype(vm.types.exc.stop_iteration) {
                                let value = tri!(vm.getattr(&exc, &vm.names.value));
                                push!(vm.none.clone());
                                push!(value);
                                continue;
                            }
                        }
                        match exc.try_into_ref::<crate::objects::exceptions::ExceptionData>() {
                            Ok(e) => {
                                error = Some(e);
                                break 'dispatch Err(reraise_marker(vm));
                            }
                            Err(_) => tri!(Err(vm.new_type_error("bad exception"))),
                        }
                    }
                    op::END_ASYNC_FOR => {
                        let exc = pop!();
                        drop(pop_opt!());
                        if !exc.class().is_subtype(vm.types.exc.stop_async_iteration) {
                            match exc.try_into_ref::<crate::objects::exceptions::ExceptionData>() {
                                Ok(e) => {
                                    error = Some(e);
                                    break 'dispatch Err(reraise_marker(vm));
                                }
                                Err(_) => tri!(Err(vm.new_type_error("bad exception"))),
                            }
                        }
                    }
                    _ => {
                        sync!();
                        let r = exec_general(vm, &mut f, stack, opcode, oparg, lasti_here);
                        reload!();
                        tri!(r);
                    }
                }
            };
            sync!();
            r
        };
        // ----- error handling -----
        let Err(e) = result else { continue };
        let (exc, reraise) = match error.take() {
            Some(orig) if is_reraise_marker(vm, &e) => (orig, true),
            _ => (e, false),
        };
        let lasti = f.ip.saturating_sub(1);
        if !reraise {
            if !std::mem::take(&mut thrown_unchained) {
                crate::call::set_context(vm, &exc);
            }
            let frame_obj = f.frame_object(vm, lasti);
            add_traceback(vm, &exc, frame_obj, lasti);
        }
        let mut exc = exc;
        if !reraise && crate::legacy_tracing::enabled() {
            exc = crate::legacy_tracing::on_raise(vm, &mut f, exc);
        }
        // Find a handler in this frame or the callers of this loop.
        if !reraise {
            reraise_lasti = None;
        }
        loop {
            if let Some(h) = find_handler(&f.code, lasti_of(&f) as u32) {
                let depth = f.code.nlocalsplus + h.depth as usize;
                while f.sp > depth {
                    drop(f.pop_opt());
                }
                if h.lasti {
                    let l = reraise_lasti.take().unwrap_or_else(|| lasti_of(&f)) as i64;
                    f.push(vm.new_int(l));
                }
                f.push(exc.into_value());
                f.ip = h.target as usize;
                break;
            }
            // No handler: leave this frame.
            if crate::legacy_tracing::enabled() {
                exc = crate::legacy_tracing::on_unwind(vm, &mut f, exc);
            }
            if f.entry {
                f.retire();
                return Err(exc);
            }
            vm.thread
                .recursion_depth
                .set(vm.thread.recursion_depth.get() - 1);
            let callee = std::mem::replace(&mut f, stack.pop().expect("a caller frame"));
            let l = caller_lasti(&f, &callee);
            let gen = match callee.inline_exit {
                Some(_) => callee.generator.clone(),
                None => None,
            };
            callee.retire();
            if let Some(g) = &gen {
                crate::genobject::finish_inline(vm, g);
            }
            reraise_lasti = Some(l);
            let frame_obj = f.frame_object(vm, l);
            add_traceback(vm, &exc, frame_obj, l);
            if crate::legacy_tracing::enabled() {
                exc = crate::legacy_tracing::on_raise(vm, &mut f, exc);
            }
        }
    }
}

/// The instructions off the hot path, kept out of `eval` so that the loop's own code stays
/// small enough for its state (instruction pointer, stack depth) to stay in registers. On
/// entry `f.ip` is past the instruction and its caches, and `f.sp` is current; an error
/// leaves `f.ip` just past the instruction, as the loop's `tri!` does. A CALL_FUNCTION_EX of a
/// Python function pushes its frame: `f` becomes the callee, the caller goes on `callers`.
#[inline(never)]
fn exec_general(
    vm: &Vm,
    f: &mut Frame,
    callers: &mut Vec<Frame>,
    opcode: u8,
    oparg: u32,
    lasti_here: usize,
) -> Result<(), PyErr> {
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => {
                    f.ip = lasti_here + 1;
                    return Err(e);
                }
            }
        };
    }
    // Runs `$e`, which may run Python code in a nested run of the loop, with this run
    // published (see `frame::RunChain`): that code sees this frame as its caller's.
    macro_rules! published {
        ($e:expr) => {
            vm.thread.outer_runs.publish(&*f, &callers[..], || $e)
        };
    }
    match opcode {
        op::DELETE_FAST => {
            let old = f.region.take(oparg as usize);
            if old.is_none() {
                let name = f.code.localsplusnames[oparg as usize].as_str().to_string();
                tri!(Err(unbound_local(vm, &name)));
            }
            // Freeing it may run `__del__` or close a generator, which see this frame as the
            // current one.
            published!(drop(old));
        }
        op::UNARY_NEGATIVE => {
            let v = f.pop();
            let r = tri!(published!(vm.unary_op(&v, crate::number::UnaryOp::Neg)));
            f.push(r);
        }
        op::UNARY_INVERT => {
            let v = f.pop();
            let r = tri!(published!(vm.unary_op(&v, crate::number::UnaryOp::Invert)));
            f.push(r);
        }
        op::UNARY_NOT => {
            let v = f.pop();
            let b = tri!(published!(vm.is_true(&v)));
            f.push(vm.new_bool(!b));
        }
        op::DELETE_SUBSCR => {
            let k = f.pop();
            let c = f.pop();
            tri!(published!(vm.setitem(&c, &k, None)));
        }
        op::BINARY_SLICE => {
            let stop = f.pop();
            let start = f.pop();
            let c = f.pop();
            let s = crate::number::new_slice(vm, start, stop, vm.none.clone());
            let r = tri!(published!(vm.getitem(&c, &s)));
            f.push(r);
        }
        op::STORE_SLICE => {
            let stop = f.pop();
            let start = f.pop();
            let c = f.pop();
            let v = f.pop();
            let s = crate::number::new_slice(vm, start, stop, vm.none.clone());
            tri!(published!(vm.setitem(&c, &s, Some(v))));
        }
        op::BUILD_SLICE => {
            let step = if oparg == 3 { f.pop() } else { vm.none.clone() };
            let stop = f.pop();
            let start = f.pop();
            f.push(crate::number::new_slice(vm, start, stop, step));
        }
        op::GET_YIELD_FROM_ITER => {
            let v = f.pop();
            let is_gen = v.class().is_subtype(vm.types.generator)
                || v.class().is_subtype(vm.types.coroutine);
            let it = if is_gen {
                v
            } else {
                tri!(published!(vm.iter(&v)))
            };
            f.push(it);
        }
        op::STORE_GLOBAL => {
            let name = f.code.names[oparg as usize].clone();
            let v = f.pop();
            f.globals.set_str(vm, &name, v);
        }
        op::DELETE_GLOBAL => {
            let name = f.code.names[oparg as usize].clone();
            if tri!(published!(f.globals.remove_item(vm, &name.to_value()))).is_none() {
                tri!(Err(name_error(vm, name.as_str())));
            }
        }
        op::LOAD_NAME => {
            let name = f.code.names[oparg as usize].clone();
            let v = tri!(load_name(vm, &*f, &name));
            f.push(v);
        }
        op::STORE_NAME => {
            let name = f.code.names[oparg as usize].clone();
            let v = f.pop();
            let locals = f.locals.clone().unwrap_or_else(|| f.globals.to_value());
            tri!(store_mapping(vm, &locals, name.to_value(), Some(v)));
        }
        op::DELETE_NAME => {
            let name = f.code.names[oparg as usize].clone();
            let locals = f.locals.clone().unwrap_or_else(|| f.globals.to_value());
            if let Some(d) = locals.downcast::<DictData>() {
                if tri!(published!(d.remove_item(vm, &name.to_value()))).is_none() {
                    tri!(Err(name_error(vm, name.as_str())));
                }
            } else {
                tri!(published!(store_mapping(
                    vm,
                    &locals,
                    name.to_value(),
                    None
                )));
            }
        }
        op::LOAD_LOCALS => match &f.locals {
            Some(l) => {
                let l = l.clone();
                f.push(l)
            }
            None => tri!(Err(
                vm.new_exception_msg(vm.types.exc.system_error, "no locals found")
            )),
        },
        op::LOAD_FROM_DICT_OR_GLOBALS => {
            let mapping = f.pop();
            let name = f.code.names[oparg as usize].clone();
            let v = match tri!(mapping_get(vm, &mapping, &name)) {
                Some(v) => v,
                None => match f.globals.get_str(&name) {
                    Some(v) => v,
                    None => match f.builtins.get_str(&name) {
                        Some(v) => v,
                        None => tri!(Err(name_error(vm, name.as_str()))),
                    },
                },
            };
            f.push(v);
        }
        op::LOAD_FROM_DICT_OR_DEREF => {
            let mapping = f.pop();
            let name = f.code.localsplusnames[oparg as usize].clone();
            let v = match tri!(mapping_get(vm, &mapping, &name)) {
                Some(v) => v,
                None => {
                    let cell = f.region.get(oparg as usize).cloned();
                    match cell
                        .as_ref()
                        .and_then(|c| c.downcast::<CellData>())
                        .and_then(|c| c.get())
                    {
                        Some(v) => v,
                        None => tri!(Err(unbound_deref(vm, &f.code, oparg as usize))),
                    }
                }
            };
            f.push(v);
        }
        op::DELETE_ATTR => {
            let name = f.code.names[oparg as usize].clone();
            let obj = f.pop();
            tri!(published!(vm.setattr(&obj, &name, None)));
        }
        op::LOAD_SUPER_ATTR => {
            let name = f.code.names[(oparg >> 2) as usize].clone();
            let self_ = f.pop();
            let class = f.pop();
            let global_super = f.pop();
            let r = tri!(published!(crate::call::load_super_attr(
                vm,
                &global_super,
                &class,
                &self_,
                &name,
                oparg
            )));
            match r {
                (Some(m), s) if oparg & 1 != 0 => {
                    f.push(m);
                    f.push(s);
                }
                (_, v) if oparg & 1 != 0 => {
                    f.push_opt(None);
                    f.push(v);
                }
                (_, v) => f.push(v),
            }
        }
        op::DELETE_DEREF => {
            let cell = f.region.get(oparg as usize).cloned();
            if let Some(c) = cell.as_ref().and_then(|c| c.downcast::<CellData>()) {
                if c.get().is_none() {
                    tri!(Err(unbound_deref(vm, &f.code, oparg as usize)));
                }
                published!(c.set(None));
            }
        }
        op::BUILD_LIST => {
            let items = f.pop_n(oparg as usize);
            f.push(vm.new_list(items));
        }
        op::BUILD_SET => {
            let items = f.pop_n(oparg as usize);
            let s = tri!(published!(crate::ops::new_set(vm, items)));
            f.push(s);
        }
        op::BUILD_CONST_KEY_MAP => {
            let keys = f.pop();
            let values = f.pop_n(oparg as usize);
            let d = vm.new_dict();
            if let Some(ks) = keys.downcast::<TupleData>() {
                for (k, v) in ks.items().iter().zip(values) {
                    tri!(d.set_item(vm, k.clone(), v));
                }
            }
            f.push(d.into_value());
        }
        op::BUILD_STRING => {
            let items = f.pop_n(oparg as usize);
            let s = crate::objects::str::concat(&items);
            f.push(crate::objects::str::str_value(s));
        }
        op::SET_ADD => {
            let v = f.pop();
            let s = f.peek(oparg as usize).cloned();
            if let Some(s) = s
                .as_ref()
                .and_then(|s| s.downcast::<crate::objects::set::SetData>())
            {
                tri!(s.add(vm, v));
            }
        }
        op::MAP_ADD => {
            let v = f.pop();
            let k = f.pop();
            let d = f.peek(oparg as usize).cloned();
            if let Some(d) = d.as_ref().and_then(|d| d.downcast::<DictData>()) {
                tri!(d.set_item(vm, k, v));
            }
        }
        op::LIST_EXTEND => {
            let it = f.pop();
            let l = f
                .peek(oparg as usize)
                .cloned()
                .unwrap_or_else(|| vm.none.clone());
            tri!(published!(crate::call::list_extend(vm, &l, &it)));
        }
        op::SET_UPDATE => {
            let it = f.pop();
            let s = f
                .peek(oparg as usize)
                .cloned()
                .unwrap_or_else(|| vm.none.clone());
            tri!(published!(crate::call::set_update(vm, &s, &it)));
        }
        op::DICT_UPDATE | op::DICT_MERGE => {
            let other = f.pop();
            let d = f
                .peek(oparg as usize)
                .cloned()
                .unwrap_or_else(|| vm.none.clone());
            let func = if opcode == op::DICT_MERGE {
                f.peek(oparg as usize + 2).cloned()
            } else {
                None
            };
            tri!(published!(crate::call::dict_update(
                vm,
                &d,
                &other,
                opcode == op::DICT_MERGE,
                func.as_ref()
            )));
        }
        op::UNPACK_EX => {
            let seq = f.pop();
            let before = (oparg & 0xff) as usize;
            let after = (oparg >> 8) as usize;
            let items = tri!(published!(crate::call::unpack(
                vm,
                &seq,
                before,
                Some(after)
            )));
            for v in items.into_iter().rev() {
                f.push(v);
            }
        }
        op::CALL_FUNCTION_EX => {
            // `f(*args, **kwargs)` of a Python function: its frame is pushed here, as CALL
            // pushes one (so the frames stay in this run of the loop, where sys._getframe sees
            // them). Anything else is called from here.
            let kwargs = if oparg & 1 != 0 { Some(f.pop()) } else { None };
            let args = f.pop();
            let callable = f.pop();
            drop(f.pop_opt());
            use ouro_bytecode::code::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};
            let func = callable.downcast::<FunctionData>().filter(|func| {
                func.code.get().code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) == 0
            });
            let Some(func) = func else {
                let r = vm.thread.outer_runs.publish(f, callers, || {
                    crate::call::call_ex(vm, &callable, &args, kwargs.as_ref())
                });
                let r = tri!(r);
                f.push(r);
                return Ok(());
            };
            let (all, names) = tri!(published!(crate::call::ex_arguments(
                vm,
                &callable,
                &args,
                kwargs.as_ref()
            )));
            let depth = vm.thread.recursion_depth.get();
            if depth >= vm.thread.recursion_limit.get() {
                tri!(Err(
                    vm.new_recursion_error("maximum recursion depth exceeded")
                ));
            }
            let mut nf = tri!(published!(crate::call::make_frame(vm, func, &all, &names)));
            drop((all, names, args, kwargs));
            nf.func = Some(callable);
            vm.thread.recursion_depth.set(depth + 1);
            nf.entry = false;
            let caller = std::mem::replace(f, nf);
            callers.push(caller);
        }
        op::CALL_INTRINSIC_1 => {
            let v = f.pop();
            let r = crate::call::intrinsic1(vm, &mut *f, oparg, v);
            let r = tri!(r);
            f.push(r);
        }
        op::CALL_INTRINSIC_2 => {
            let b = f.pop();
            let a = f.pop();
            let r = tri!(published!(crate::call::intrinsic2(vm, oparg, a, b)));
            f.push(r);
        }
        op::LOAD_BUILD_CLASS => match f.builtins.get_str(&vm.names.__build_class__) {
            Some(b) => f.push(b),
            None => tri!(Err(vm.new_name_error("__build_class__ not found"))),
        },
        op::SETUP_ANNOTATIONS => {
            let locals = f.locals.clone().unwrap_or_else(|| f.globals.to_value());
            if let Some(d) = locals.downcast::<DictData>() {
                if d.get_str(&vm.names.__annotations__).is_none() {
                    d.set_str(vm, &vm.names.__annotations__, vm.new_dict().into_value());
                }
            }
        }
        op::LOAD_ASSERTION_ERROR => f.push(vm.types.exc.assertion_error.to_value()),
        op::PUSH_EXC_INFO => {
            let exc = f.pop();
            let prev = {
                let mut st = vm.thread.exc_stack.borrow_mut();
                if st.is_empty() {
                    st.push(None);
                }
                let top = st.last_mut().expect("non-empty");
                std::mem::replace(top, Some(exc.clone()))
            };
            f.push(prev.unwrap_or_else(|| vm.none.clone()));
            f.push(exc);
        }
        op::POP_EXCEPT => {
            let v = f.pop();
            let v = if vm.is_none(&v) { None } else { Some(v) };
            let old = {
                let mut st = vm.thread.exc_stack.borrow_mut();
                if st.is_empty() {
                    st.push(None);
                }
                let top = st.last_mut().expect("non-empty");
                std::mem::replace(top, v)
            };
            drop(old);
        }
        op::CHECK_EXC_MATCH => {
            let ty = f.pop();
            let exc = f.top().clone();
            let r = tri!(published!(crate::call::exception_matches(vm, &exc, &ty)));
            f.push(vm.new_bool(r));
        }
        op::CHECK_EG_MATCH => {
            let ty = f.pop();
            let eg = f.pop();
            let (rest, matched) =
                tri!(published!(crate::call::exception_group_match(vm, &eg, &ty)));
            f.push(rest);
            f.push(matched);
        }
        op::BEFORE_WITH => {
            let mgr = f.pop();
            let (exit, res) = tri!(published!(crate::call::before_with(vm, &mgr)));
            f.push(exit);
            f.push(res);
        }
        op::WITH_EXCEPT_START => {
            let val = f.peek(1).cloned().unwrap_or_else(|| vm.none.clone());
            let exit = f.peek(4).cloned().unwrap_or_else(|| vm.none.clone());
            let tb = val
                .downcast::<crate::objects::exceptions::ExceptionData>()
                .and_then(|e| e.traceback.borrow().clone())
                .unwrap_or_else(|| vm.none.clone());
            let ty = val.class().to_value();
            let r = tri!(published!(vm.call(&exit, &[ty, val, tb], &[])));
            f.push(r);
        }
        op::GET_LEN => {
            let v = f.top().clone();
            let n = tri!(published!(vm.len(&v)));
            f.push(vm.new_int(n as i64));
        }
        op::MATCH_MAPPING | op::MATCH_SEQUENCE => {
            let v = f.top().clone();
            let r = crate::call::match_kind(vm, &v, opcode == op::MATCH_MAPPING);
            f.push(vm.new_bool(r));
        }
        op::MATCH_KEYS => {
            let keys = f.top().clone();
            let subject = f.peek(2).cloned().unwrap_or_else(|| vm.none.clone());
            let r = tri!(published!(crate::call::match_keys(vm, &subject, &keys)));
            f.push(r);
        }
        op::MATCH_CLASS => {
            let names = f.pop();
            let cls = f.pop();
            let subject = f.pop();
            let r = tri!(published!(crate::call::match_class(
                vm,
                &subject,
                &cls,
                oparg as usize,
                &names
            )));
            f.push(r);
        }
        op::FORMAT_VALUE => {
            let spec = if oparg & 4 != 0 { Some(f.pop()) } else { None };
            let v = f.pop();
            let v = match oparg & 3 {
                1 => tri!(published!(vm.str_value(&v))),
                2 => tri!(published!(vm.repr_value(&v))),
                3 => {
                    let r = tri!(published!(vm.repr(&v)));
                    vm.new_string(crate::repr::ascii_escape(&r))
                }
                _ => v,
            };
            let r = tri!(published!(vm.format(&v, spec.as_ref())));
            f.push(r);
        }
        op::GET_AWAITABLE => {
            let v = f.pop();
            let r = tri!(published!(crate::genobject::get_awaitable(vm, v, oparg)));
            f.push(r);
        }
        op::GET_AITER => {
            let obj = f.pop();
            let it = tri!(published!(crate::genobject::get_aiter(vm, &obj)));
            f.push(it);
        }
        op::GET_ANEXT => {
            let aiter = f.top().clone();
            let a = tri!(published!(crate::genobject::get_anext(vm, &aiter)));
            f.push(a);
        }
        op::BEFORE_ASYNC_WITH => {
            let mgr = f.pop();
            let (exit, res) = tri!(published!(crate::genobject::before_async_with(vm, &mgr)));
            f.push(exit);
            f.push(res);
        }
        op::IMPORT_NAME => {
            let name = f.code.names[oparg as usize].clone();
            let fromlist = f.pop();
            let level = f.pop();
            let m = tri!(published!(crate::import::import_name(
                vm, &*f, &name, &fromlist, &level
            )));
            f.push(m);
        }
        op::IMPORT_FROM => {
            let name = f.code.names[oparg as usize].clone();
            let m = f.top().clone();
            let v = tri!(published!(crate::import::import_from(vm, &m, &name)));
            f.push(v);
        }
        crate::legacy_tracing::INSTRUMENTED => {
            tri!(crate::legacy_tracing::instrumented(
                vm, f, callers, lasti_here
            ));
        }
        _ => {
            tri!(Err(vm.new_exception_msg(
                vm.types.exc.system_error,
                format!(
                    "opcode {} is not implemented",
                    Opcode::from_u16(opcode as u16).map_or("?", |o| o.name())
                )
            )));
        }
    }
    Ok(())
}

/// MAKE_CELL: the local at `i` moves into a new cell.
#[inline(never)]
fn make_cell(vm: &Vm, region: &Region, i: usize) {
    let v = region.take(i);
    let c = alloc_object(
        vm.types.cell,
        CellData {
            contents: std::cell::Cell::new(v),
        },
    );
    region.put(i, c.into_value());
}

/// COPY_FREE_VARS: the cells of the function's closure become its last `n` fast locals.
#[inline(never)]
fn copy_free_vars(f: &Frame, n: usize) {
    let Some(func) = f.func.as_ref().and_then(|v| v.downcast::<FunctionData>()) else {
        return;
    };
    let closure = func.closure.borrow();
    if let Some(items) = closure.as_ref().and_then(|c| c.downcast::<TupleData>()) {
        let off = f.code.nlocalsplus - n;
        for (i, c) in items.items().iter().enumerate() {
            let old = f.region.set(off + i, Some(c.clone()));
            debug_assert!(old.is_none());
            drop(old);
        }
    }
}

/// Brings the frame object of `f`, which exists, to the instruction at `lasti`; with
/// `top_locals`, when the value on the top of the stack (`f.sp` current) is that object (an
/// attribute of it is being read: `f_locals`), its fast locals too. Out of line: frames rarely
/// have an object.
#[cold]
#[inline(never)]
fn bring_frame_object_up(vm: &Vm, f: &mut Frame, lasti: usize, top_locals: bool) {
    let fo = f.frame_object(vm, lasti);
    let on_top =
        f.sp.checked_sub(1)
            .and_then(|t| f.region.get(t))
            .is_some_and(|o| o.is(&fo));
    if top_locals && f.locals.is_none() && on_top {
        let region = &f.region;
        crate::bltin_frame::sync_frame_locals(vm, &fo, &f.code, |i| region.get(i).cloned());
    }
}

/// The `f_lasti` (in code units) of frame `c`, suspended in a call of `callee` pushed in the
/// same run of the loop: the last cache unit of its CALL, since CPython 3.12 records
/// `next_instr - 1` when it runs a Python call inline; but the CALL itself for an `__init__`
/// entered by calling a class (CPython gets there through C code), and `lasti_of` for a
/// generator resumed inline.
pub fn caller_lasti(c: &Frame, callee: &Frame) -> usize {
    if callee.init_self.is_some() || callee.inline_exit.is_some() {
        lasti_of(c)
    } else {
        c.ip.saturating_sub(1)
    }
}

pub fn lasti_of(f: &Frame) -> usize {
    // `ip` is one past the instruction that raised (or its caches were not yet skipped).
    let mut i = f.ip.saturating_sub(1);
    let code = &f.code.code.code;
    // Step back over CACHE entries to the instruction itself.
    while i > 0 && code[i * 2] == Opcode::CACHE as u8 {
        i -= 1;
    }
    i
}

thread_local! {
    static RERAISE_MARKER: std::cell::RefCell<Option<PyErr>> = const { std::cell::RefCell::new(None) };
}

fn reraise_marker(vm: &Vm) -> PyErr {
    RERAISE_MARKER.with(|m| {
        let mut m = m.borrow_mut();
        if m.is_none() {
            *m = Some(vm.new_exception(vm.types.exc.system_error, vec![]));
        }
        m.clone().expect("just set")
    })
}

fn is_reraise_marker(_vm: &Vm, e: &PyErr) -> bool {
    RERAISE_MARKER.with(|m| m.borrow().as_ref().is_some_and(|x| PyErr::ptr_eq(x, e)))
}

/// Whether dropping `v` may run Python code (`__del__`, a generator's close, a weakref
/// callback): it holds the last reference to an object that is not a float, int, str or
/// bytes. A store that drops such a value publishes its frame first (see `published!`), so that
/// the code sees that frame as the current one.
#[inline(always)]
pub(crate) fn drop_may_run_code(vm: &Vm, v: &Value) -> bool {
    if !v.is_last_ref() {
        return false;
    }
    let c = v.class();
    let t = vm.types;
    !(std::ptr::eq(c, t.float)
        || std::ptr::eq(c, t.int)
        || std::ptr::eq(c, t.str)
        || std::ptr::eq(c, t.bytes))
}

/// Prepends a traceback entry for `frame_obj` at `lasti` to the exception's traceback.
fn add_traceback(vm: &Vm, exc: &PyErr, frame_obj: Value, lasti: usize) {
    let lineno = frame_obj
        .downcast::<FrameObjectData>()
        .map(|f| f.lineno.get())
        .unwrap_or(-1);
    let next = exc.traceback.borrow_mut().take();
    let tb = alloc_object(
        vm.types.traceback,
        TracebackData {
            next: std::cell::RefCell::new(next),
            frame: frame_obj,
            lasti: (lasti * 2) as i32,
            lineno,
        },
    );
    *exc.traceback.borrow_mut() = Some(tb.into_value());
}

fn unbound_local(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_exception_msg(
        vm.types.exc.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("name"), vm.new_str(name));
    }
    e
}

/// The error for the empty cell at slot `i` of `code`: a cell of its own is a local not yet
/// (or no longer) assigned, a free variable one of the enclosing scope (CPython: ceval.c
/// format_exc_unbound).
fn unbound_deref(vm: &Vm, code: &CodeData, i: usize) -> PyErr {
    let name = code.localsplusnames.get(i).map_or("", |n| n.as_str());
    if i < code.nlocalsplus - code.nfrees {
        unbound_local(vm, name)
    } else {
        free_var_error(vm, name)
    }
}

fn free_var_error(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_name_error(format!(
        "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
    ));
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("name"), vm.new_str(name));
    }
    e
}

pub fn name_error(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_name_error(format!("name '{name}' is not defined"));
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("name"), vm.new_str(name));
    }
    e
}

fn mapping_get(vm: &Vm, mapping: &Value, name: &Obj<StrData>) -> PyResult<Option<Value>> {
    if let Some(d) = mapping.downcast::<DictData>() {
        if std::ptr::eq(mapping.class(), vm.types.dict) {
            return Ok(d.get_str(name));
        }
    }
    match vm.getitem(mapping, &name.to_value()) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.class().is_subtype(vm.types.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn load_name(vm: &Vm, f: &Frame, name: &Obj<StrData>) -> PyResult<Value> {
    if let Some(l) = &f.locals {
        if let Some(v) = mapping_get(vm, l, name)? {
            return Ok(v);
        }
    }
    if let Some(v) = f.globals.get_str(name) {
        return Ok(v);
    }
    if let Some(v) = f.builtins.get_str(name) {
        return Ok(v);
    }
    Err(name_error(vm, name.as_str()))
}

fn store_mapping(vm: &Vm, mapping: &Value, key: Value, v: Option<Value>) -> PyResult<()> {
    if let Some(d) = mapping.downcast::<DictData>() {
        if std::ptr::eq(mapping.class(), vm.types.dict) {
            return match v {
                Some(v) => d.set_item(vm, key, v),
                None => d.remove_item(vm, &key).map(|_| ()),
            };
        }
    }
    vm.setitem(mapping, &key, v)
}
