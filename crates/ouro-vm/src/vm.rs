//! The interpreter state (`Vm`): the built-in types and singletons, interned strings, `sys`
//! and `builtins`, the thread's frame stack and handled-exception stack, and the recursion
//! limit. Every runtime function takes `&Vm`; state that changes lives in cells so that Python
//! code may re-enter the interpreter from anywhere (a `__del__`, a `__eq__` inside a dict
//! lookup). Also the constructors of common values and exceptions.
//! CPython counterparts: Include/internal/pycore_interp.h, pycore_pystate.h, Python/errors.c.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;

use crate::object::{Obj, PyRef, Value};
use crate::objects::dict::{DictData, DictRef};
use crate::objects::exceptions::ExceptionData;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::str::{StrData, StrRef};
use crate::objects::tuple::TupleData;
use crate::typeobject::TypeData;
use crate::types::Types;

/// CPython 3.12's limit on recursion through C code (Py_C_RECURSION_LIMIT).
pub const C_RECURSION_LIMIT: u32 = 1500;

/// A raised exception: the exception instance.
pub type PyErr = PyRef<ExceptionData>;
pub type PyResult<T> = Result<T, PyErr>;

macro_rules! names {
    ($($field:ident = $text:literal,)*) => {
        /// Interned strings the runtime uses by name (mostly special-method names).
        pub struct Names { $(pub $field: StrRef,)* }
        impl Names {
            fn new(intern: &mut dyn FnMut(&str) -> StrRef) -> Names {
                Names { $($field: intern($text),)* }
            }
        }
    };
}

names! {
    __abs__ = "__abs__", __add__ = "__add__", __aenter__ = "__aenter__", __aexit__ = "__aexit__",
    __aiter__ = "__aiter__", __anext__ = "__anext__", __await__ = "__await__",
    __and__ = "__and__", __annotations__ = "__annotations__", __bool__ = "__bool__",
    __build_class__ = "__build_class__", __builtins__ = "__builtins__", __call__ = "__call__",
    __class__ = "__class__", __class_getitem__ = "__class_getitem__",
    __classcell__ = "__classcell__", __contains__ = "__contains__", __del__ = "__del__",
    __delattr__ = "__delattr__", __delete__ = "__delete__", __delitem__ = "__delitem__",
    __dict__ = "__dict__", __doc__ = "__doc__", __enter__ = "__enter__", __eq__ = "__eq__",
    __exit__ = "__exit__", __file__ = "__file__", __float__ = "__float__",
    __floordiv__ = "__floordiv__", __format__ = "__format__", __ge__ = "__ge__",
    __get__ = "__get__", __getattr__ = "__getattr__", __getattribute__ = "__getattribute__",
    __getitem__ = "__getitem__", __gt__ = "__gt__", __hash__ = "__hash__",
    __iadd__ = "__iadd__", __iand__ = "__iand__", __ifloordiv__ = "__ifloordiv__",
    __ilshift__ = "__ilshift__", __imatmul__ = "__imatmul__", __imod__ = "__imod__",
    __import__ = "__import__", __imul__ = "__imul__", __index__ = "__index__",
    __init__ = "__init__", __init_subclass__ = "__init_subclass__", __int__ = "__int__",
    __invert__ = "__invert__", __ior__ = "__ior__", __ipow__ = "__ipow__",
    __irshift__ = "__irshift__", __isub__ = "__isub__", __iter__ = "__iter__",
    __itruediv__ = "__itruediv__", __ixor__ = "__ixor__", __le__ = "__le__",
    __len__ = "__len__", __length_hint__ = "__length_hint__", __loader__ = "__loader__",
    __lshift__ = "__lshift__", __lt__ = "__lt__", __main__ = "__main__",
    __matmul__ = "__matmul__", __missing__ = "__missing__", __mod__ = "__mod__",
    __module__ = "__module__", __mro_entries__ = "__mro_entries__", __mul__ = "__mul__",
    __name__ = "__name__", __ne__ = "__ne__", __neg__ = "__neg__", __new__ = "__new__",
    __next__ = "__next__", __or__ = "__or__", __package__ = "__package__",
    __path__ = "__path__", __pos__ = "__pos__", __pow__ = "__pow__",
    __prepare__ = "__prepare__", __qualname__ = "__qualname__", __radd__ = "__radd__",
    __rand__ = "__rand__", __repr__ = "__repr__", __reversed__ = "__reversed__",
    __rfloordiv__ = "__rfloordiv__", __rlshift__ = "__rlshift__", __rmatmul__ = "__rmatmul__",
    __rmod__ = "__rmod__", __rmul__ = "__rmul__", __ror__ = "__ror__", __round__ = "__round__",
    __rpow__ = "__rpow__", __rrshift__ = "__rrshift__", __rshift__ = "__rshift__",
    __rsub__ = "__rsub__", __rtruediv__ = "__rtruediv__", __rxor__ = "__rxor__",
    __set__ = "__set__", __set_name__ = "__set_name__", __setattr__ = "__setattr__",
    __setitem__ = "__setitem__", __slots__ = "__slots__", __spec__ = "__spec__",
    __str__ = "__str__", __sub__ = "__sub__", __truediv__ = "__truediv__",
    __xor__ = "__xor__", __static_attributes__ = "__static_attributes__",
    __type_params__ = "__type_params__", __weakref__ = "__weakref__",
    __firstlineno__ = "__firstlineno__", __cause__ = "__cause__", __context__ = "__context__",
    __traceback__ = "__traceback__", __suppress_context__ = "__suppress_context__",
    args = "args", close = "close", send = "send", throw = "throw", keys = "keys",
    items = "items", mro = "mro", __orig_bases__ = "__orig_bases__", code = "code",
    value = "value", __notes__ = "__notes__", __subclasscheck__ = "__subclasscheck__",
    __instancecheck__ = "__instancecheck__", __ceil__ = "__ceil__", __floor__ = "__floor__",
    __trunc__ = "__trunc__", __complex__ = "__complex__", __bytes__ = "__bytes__",
    __fspath__ = "__fspath__", __sizeof__ = "__sizeof__", __dir__ = "__dir__",
    __reduce__ = "__reduce__", __abstractmethods__ = "__abstractmethods__",
    __objclass__ = "__objclass__", __wrapped__ = "__wrapped__", __self__ = "__self__",
    __func__ = "__func__", empty = "", stdout = "stdout", stderr = "stderr", write = "write",
    flush = "flush", __all__ = "__all__", __isabstractmethod__ = "__isabstractmethod__",
}

/// Per-thread execution state (CPython's `PyThreadState`).
pub struct ThreadState {
    /// Python recursion depth (frames pushed) and the limit (`sys.setrecursionlimit`).
    pub recursion_depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// The exceptions being handled (`sys.exc_info()`), innermost last; None entries stand for
    /// frames that handle nothing (generators push their own state).
    pub exc_stack: RefCell<Vec<Option<Value>>>,
    /// Set by the SIGINT handler; checked on backward jumps and calls.
    pub interrupt: Cell<bool>,
    /// Depth of nested calls made from Rust that may recurse without Python frames (repr of
    /// nested containers, comparisons...), CPython's C recursion counter.
    pub c_recursion: Cell<u32>,
    /// The evaluation loop's vector of caller frames, kept between runs of the loop (see
    /// `ceval::eval`).
    pub spare_frames: Cell<Vec<crate::ceval::Frame>>,
    /// The runs of the evaluation loop waiting on a native call, for `sys._getframe` and
    /// `f_back` in the runs nested in them.
    pub outer_runs: crate::frame::RunChain<crate::ceval::Frame>,
}

/// The intern table's hash: names are short, trusted text, and start-up interns thousands of
/// them, so a multiply-rotate hash over 8-byte words serves better than SipHash. It is never
/// seen from Python (`hash(str)` is SipHash, in `pyhash`).
type InternHasher = std::hash::BuildHasherDefault<WordHasher>;

/// Entries of `Vm::static_names` (a power of two).
const STATIC_NAMES_LEN: usize = 512;

/// An entry of the intern table: the interned string itself, looked up by its text (no
/// second copy of the text is kept). Its text never changes: the table's reference keeps it
/// from being grown in place.
struct InternKey(StrRef);

impl std::borrow::Borrow<str> for InternKey {
    #[inline]
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl std::hash::Hash for InternKey {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.as_str().hash(state)
    }
}

impl PartialEq for InternKey {
    #[inline]
    fn eq(&self, other: &InternKey) -> bool {
        self.0.as_str() == other.0.as_str()
    }
}

impl Eq for InternKey {}

#[derive(Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(last) ^ (bytes.len() as u64) << 56)
            .wrapping_mul(K);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The interpreter.
pub struct Vm {
    pub types: &'static Types,
    pub names: Names,
    interned: RefCell<HashSet<InternKey, InternHasher>>,
    /// A direct-mapped cache in front of `interned` for names given as `&'static str`
    /// (`intern_static`), keyed by the text's address and length: such text never moves or
    /// changes, so equal keys mean equal text.
    static_names: RefCell<Box<[(usize, Option<StrRef>)]>>,
    pub builtins: DictRef,
    /// `sys.modules`.
    pub modules: DictRef,
    pub sys: RefCell<Option<Value>>,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub thread: ThreadState,
    /// `sys.argv`, `sys.path` and friends are set up by `pythonrun`.
    pub argv: RefCell<Vec<String>>,
    /// Per-code-object runtime data (constants as values), keyed by the code object's address.
    pub lib_dir: RefCell<Option<String>>,
}

impl Vm {
    pub fn new() -> Vm {
        let types = crate::types::bootstrap();
        let mut interned: HashSet<InternKey, InternHasher> =
            HashSet::with_capacity_and_hasher(896, Default::default());
        let names = Names::new(&mut |s: &str| {
            let r = crate::object::alloc_object(types.str, StrData::new(s));
            interned.insert(InternKey(r.clone()));
            r
        });
        let vm = Vm {
            types,
            names,
            interned: RefCell::new(interned),
            static_names: RefCell::new(vec![(0, None); STATIC_NAMES_LEN].into_boxed_slice()),
            builtins: crate::object::alloc_object(types.dict, DictData::new()),
            modules: crate::object::alloc_object(types.dict, DictData::new()),
            sys: RefCell::new(None),
            none: types.none_value.clone(),
            true_: types.true_value.clone(),
            false_: types.false_value.clone(),
            not_implemented: types.not_implemented_value.clone(),
            ellipsis: types.ellipsis_value.clone(),
            empty_tuple: crate::object::alloc_object(types.tuple, TupleData::new(Vec::new()))
                .into_value(),
            thread: ThreadState {
                recursion_depth: Cell::new(0),
                recursion_limit: Cell::new(1000),
                exc_stack: RefCell::new(Vec::new()),
                interrupt: Cell::new(false),
                // The outermost eval (the main module's) counts as one level, as CPython's
                // `_PyEval_EvalFrameDefault` entry does.
                c_recursion: Cell::new(1),
                spare_frames: Cell::new(Vec::new()),
                outer_runs: Default::default(),
            },
            argv: RefCell::new(Vec::new()),
            lib_dir: RefCell::new(crate::import::find_lib_dir()),
        };
        crate::types::init_type_dicts(&vm);
        crate::builtins::init(&vm);
        vm
    }

    /// The interned string for `s`.
    pub fn intern(&self, s: &str) -> StrRef {
        if let Some(r) = self.interned.borrow().get(s) {
            return r.0.clone();
        }
        let r = crate::object::alloc_object(self.types.str, StrData::new(s));
        self.interned.borrow_mut().insert(InternKey(r.clone()));
        r
    }

    /// The interned string for the static text `s` (the names of built-in methods and
    /// attributes, registered by the hundred at start-up): found by the text's address in a
    /// small cache first, by its content otherwise.
    #[inline]
    pub fn intern_static(&self, s: &'static str) -> StrRef {
        let addr = s.as_ptr() as usize;
        if s.len() >= 1 << 16 {
            return self.intern(s);
        }
        let key = addr ^ (s.len() << 48);
        let slot = (addr ^ (addr >> 9)) & (STATIC_NAMES_LEN - 1);
        if let Some((k, Some(r))) = self.static_names.borrow().get(slot) {
            if *k == key {
                return r.clone();
            }
        }
        let r = self.intern(s);
        self.static_names.borrow_mut()[slot] = (key, Some(r.clone()));
        r
    }

    /// Whether `v` is the interned string for its text.
    pub fn is_interned_str(&self, v: &Value, text: &str) -> bool {
        self.interned
            .borrow()
            .get(text)
            .is_some_and(|r| r.0.as_value().is(v))
    }

    /// `sys.intern`: the interned string equal to `s`, making `s` itself the interned one if
    /// there is none yet.
    pub fn intern_existing(&self, s: &StrRef) -> StrRef {
        // The table is keyed by text, where a lone surrogate reads as U+FFFD: such a string
        // stays out of it (it would stand for its U+FFFD twin).
        if s.has_surrogates() {
            return s.clone();
        }
        if let Some(r) = self.interned.borrow().get(s.as_str()) {
            return r.0.clone();
        }
        self.interned.borrow_mut().insert(InternKey(s.clone()));
        s.clone()
    }

    // ----- constructors -----

    pub fn new_str(&self, s: &str) -> Value {
        crate::objects::str::new_str_value(s)
    }

    pub fn new_string(&self, s: String) -> Value {
        crate::object::alloc_object(self.types.str, StrData::from_string(s)).into_value()
    }

    #[inline]
    pub fn new_int(&self, i: i64) -> Value {
        match Value::small_int(i) {
            Some(v) => v,
            None => self.new_bigint(num_bigint::BigInt::from(i)),
        }
    }

    /// An int from a big integer, small when it fits.
    pub fn new_bigint(&self, b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::small_int(i) {
                return v;
            }
        }
        crate::object::alloc_object(self.types.int, IntData(b)).into_value()
    }

    #[inline]
    pub fn new_float(&self, f: f64) -> Value {
        crate::object::alloc_plain(self.types.float, FloatData(f)).into_value()
    }

    pub fn new_bool(&self, b: bool) -> Value {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        crate::object::alloc_object(self.types.tuple, TupleData::new(items)).into_value()
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        crate::object::alloc_object(self.types.list, ListData::new(items)).into_value()
    }

    pub fn new_dict(&self) -> DictRef {
        crate::object::alloc_object(self.types.dict, DictData::new())
    }

    pub fn is_none(&self, v: &Value) -> bool {
        v.is(&self.none)
    }

    // ----- exceptions -----

    /// A new exception of type `ty` with the given args.
    pub fn new_exception(&self, ty: &Obj<TypeData>, args: Vec<Value>) -> PyErr {
        crate::objects::exceptions::new_exception(self, ty, args)
    }

    pub fn new_exception_msg(&self, ty: &Obj<TypeData>, msg: impl Into<String>) -> PyErr {
        let m = self.new_string(msg.into());
        self.new_exception(ty, vec![m])
    }

    pub fn new_type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.type_error, msg)
    }

    pub fn new_value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.value_error, msg)
    }

    pub fn new_attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.attribute_error, msg)
    }

    pub fn new_name_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.name_error, msg)
    }

    pub fn new_index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.index_error, msg)
    }

    pub fn new_key_error(&self, key: Value) -> PyErr {
        self.new_exception(self.types.exc.key_error, vec![key])
    }

    pub fn new_overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.overflow_error, msg)
    }

    pub fn new_zero_division_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.zero_division_error, msg)
    }

    pub fn new_runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.runtime_error, msg)
    }

    pub fn new_recursion_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(self.types.exc.recursion_error, msg)
    }

    pub fn new_stop_iteration(&self, value: Option<Value>) -> PyErr {
        let args = value.into_iter().collect();
        self.new_exception(self.types.exc.stop_iteration, args)
    }

    /// The type name used in messages (`type(x).__name__`).
    pub fn type_name(&self, v: &Value) -> std::rc::Rc<str> {
        v.class().name()
    }

    /// Runs `f` one level deeper in Rust-level recursion, raising RecursionError (with
    /// `context` appended to CPython's message) past the limit (CPython:
    /// `_Py_EnterRecursiveCall`).
    pub fn recursive_call<T>(&self, context: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        let depth = self.thread.c_recursion.get();
        if depth >= C_RECURSION_LIMIT || stacker::remaining_stack().is_some_and(|r| r < 256 * 1024)
        {
            return Err(
                self.new_recursion_error(format!("maximum recursion depth exceeded{context}"))
            );
        }
        self.thread.c_recursion.set(depth + 1);
        let r = f();
        self.thread.c_recursion.set(depth);
        r
    }

    /// The exception currently being handled (`sys.exception()`).
    pub fn current_exception(&self) -> Option<Value> {
        self.thread
            .exc_stack
            .borrow()
            .iter()
            .rev()
            .flatten()
            .next()
            .cloned()
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// Shorthand for the payload of an exact or subclassed str value.
pub fn as_str(v: &Value) -> Option<&Obj<StrData>> {
    v.downcast::<StrData>()
}

/// The type of a value, as an owned reference.
pub fn type_of(v: &Value) -> PyRef<TypeData> {
    v.class().to_ref()
}
