//! The built-in types: creating them at start-up (`type` and `object` first, then every other
//! built-in type and exception class as immortal objects), the registry through which the
//! runtime reaches them (`vm.types.list`, `vm.types.exc.type_error`), and filling their dicts
//! with methods (each `objects/*.rs` file adds its own in `init`).
//! CPython counterparts: Objects/object.c `_PyTypes_InitTypes`, Objects/exceptions.c.

use std::cell::Cell;

use crate::object::{
    alloc_immortal, alloc_immortal_uninit_type, layout_flags, set_type_of_immortal, Obj, Payload,
    PayloadInfo, Value,
};
use crate::objects::dict::DictData;
use crate::typeobject::{flags, TypeData};
use crate::vm::Vm;

pub type StaticType = &'static Obj<TypeData>;

macro_rules! exception_types {
    ($root:ident = $rootname:literal; $($field:ident = $name:literal : $base:ident,)*) => {
        /// The built-in exception classes.
        pub struct ExcTypes { pub $root: StaticType, $(pub $field: StaticType,)* }
        impl ExcTypes {
            fn create(object: StaticType, ty: StaticType) -> ExcTypes {
                let $root = make_type::<crate::objects::exceptions::ExceptionData>(
                    ty, $rootname, Some(object),
                    flags::BASETYPE | flags::BASE_EXC_SUBCLASS,
                    layout_flags::MANAGED_DICT | layout_flags::HAS_GC);
                $( let $field = make_subtype(ty, $name, $base); )*
                ExcTypes { $root, $($field,)* }
            }
            /// Every exception class with its name, in definition order.
            pub fn all(&self) -> Vec<(&'static str, StaticType)> {
                vec![($rootname, self.$root), $(($name, self.$field),)*]
            }
        }
    };
}

exception_types! {
    base_exception = "BaseException";
    base_exception_group = "BaseExceptionGroup": base_exception,
    exception = "Exception": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    system_exit = "SystemExit": base_exception,
    arithmetic_error = "ArithmeticError": exception,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    exception_group = "ExceptionGroup": base_exception_group,
    import_error = "ImportError": exception,
    lookup_error = "LookupError": exception,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    os_error = "OSError": exception,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    stop_async_iteration = "StopAsyncIteration": exception,
    stop_iteration = "StopIteration": exception,
    syntax_error = "SyntaxError": exception,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    warning = "Warning": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    module_not_found_error = "ModuleNotFoundError": import_error,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    unbound_local_error = "UnboundLocalError": name_error,
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    file_exists_error = "FileExistsError": os_error,
    file_not_found_error = "FileNotFoundError": os_error,
    interrupted_error = "InterruptedError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    permission_error = "PermissionError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    timeout_error = "TimeoutError": os_error,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    bytes_warning = "BytesWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    encoding_warning = "EncodingWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    resource_warning = "ResourceWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    user_warning = "UserWarning": warning,
}

/// Every built-in type, reachable from `vm.types`.
pub struct Types {
    pub type_: StaticType,
    pub object: StaticType,
    pub int: StaticType,
    pub bool_: StaticType,
    pub float: StaticType,
    /// `float`, for exact-type tests by address (`Value::exact`).
    pub float_exact: crate::object::ExactType<crate::objects::float::FloatData>,
    pub complex: StaticType,
    pub str: StaticType,
    pub bytes: StaticType,
    pub bytearray: StaticType,
    pub memoryview: StaticType,
    pub bytes_iterator: StaticType,
    pub bytearray_iterator: StaticType,
    pub tuple: StaticType,
    pub list: StaticType,
    pub dict: StaticType,
    pub set: StaticType,
    pub frozenset: StaticType,
    pub none: StaticType,
    pub not_implemented: StaticType,
    pub ellipsis: StaticType,
    pub function: StaticType,
    /// `function`, for the pointer test of calls (see `object::ExactType`).
    pub function_exact: crate::object::ExactType<crate::objects::function::FunctionData>,
    pub builtin_function: StaticType,
    pub method_descriptor: StaticType,
    pub method: StaticType,
    pub code: StaticType,
    pub cell: StaticType,
    pub module: StaticType,
    pub range: StaticType,
    pub slice: StaticType,
    pub property: StaticType,
    pub classmethod: StaticType,
    pub staticmethod: StaticType,
    pub generator: StaticType,
    pub coroutine: StaticType,
    pub async_generator: StaticType,
    pub frame: StaticType,
    pub traceback: StaticType,
    pub super_: StaticType,
    pub seq_iterator: StaticType,
    pub list_iterator: StaticType,
    pub tuple_iterator: StaticType,
    pub range_iterator: StaticType,
    pub str_iterator: StaticType,
    pub dict_keys: StaticType,
    pub dict_values: StaticType,
    pub dict_items: StaticType,
    pub dict_iterator: StaticType,
    pub set_iterator: StaticType,
    pub callable_iterator: StaticType,
    pub enumerate: StaticType,
    pub zip: StaticType,
    pub map: StaticType,
    pub filter: StaticType,
    pub reversed: StaticType,
    /// `list.__reversed__`'s iterator (CPython's `PyListRevIter_Type`).
    pub list_reverseiterator: StaticType,
    /// The iterators of `dict.values()`, `dict.items()` and of the reversed views; the
    /// key iterator is `dict_iterator`.
    pub dict_valueiterator: StaticType,
    pub dict_itemiterator: StaticType,
    pub dict_reversekeyiterator: StaticType,
    pub dict_reversevalueiterator: StaticType,
    pub dict_reverseitemiterator: StaticType,
    /// The iterator of a range whose bounds do not fit a machine word.
    pub longrange_iterator: StaticType,
    /// The iterator of a str with non-ASCII characters (`str_iterator` is the ASCII one).
    pub str_unicode_iterator: StaticType,
    pub member_descriptor: StaticType,
    pub getset_descriptor: StaticType,
    pub exc: ExcTypes,
    pub none_value: Value,
    pub true_value: Value,
    pub false_value: Value,
    pub not_implemented_value: Value,
    pub ellipsis_value: Value,
}

thread_local! {
    static TYPES: Cell<Option<&'static Types>> = const { Cell::new(None) };
}

/// The registry of this thread's interpreter.
#[inline]
pub fn types() -> &'static Types {
    match TYPES.with(|t| t.get()) {
        Some(t) => t,
        None => bootstrap(),
    }
}

#[inline]
pub fn int_type() -> &'static Obj<TypeData> {
    types().int
}

#[inline]
pub fn str_type() -> &'static Obj<TypeData> {
    types().str
}

/// The type object at `addr`, if it is one (for subclass lists, which hold addresses).
pub fn type_at(addr: usize) -> Option<&'static Obj<TypeData>> {
    let _ = addr;
    None
}

fn make_type<T: Payload>(
    ty: StaticType,
    name: &str,
    base: Option<StaticType>,
    tflags: u64,
    lflags: u64,
) -> StaticType {
    let dict = alloc_immortal(types_dict_type(), DictData::new());
    let data = TypeData::new(
        name,
        tflags | flags::READY,
        lflags,
        PayloadInfo::of::<T>(),
        base.map(|b| b.to_ref()),
        dict.to_ref(),
    );
    let t = alloc_immortal(ty, data);
    if let Some(b) = base {
        let mut tail = vec![b.to_ref()];
        tail.extend(b.mro_tail.borrow().iter().cloned());
        *t.mro_tail.borrow_mut() = tail;
    }
    t
}

fn make_subtype(ty: StaticType, name: &str, base: StaticType) -> StaticType {
    let dict = alloc_immortal(types_dict_type(), DictData::new());
    let mut data = TypeData::new(
        name,
        base.flags.get() & !flags::HEAPTYPE,
        base.layout_flags,
        base.payload,
        Some(base.to_ref()),
        dict.to_ref(),
    );
    data.nslots = base.nslots;
    let t = alloc_immortal(ty, data);
    let mut tail = vec![base.to_ref()];
    tail.extend(base.mro_tail.borrow().iter().cloned());
    *t.mro_tail.borrow_mut() = tail;
    t
}

thread_local! {
    static DICT_TYPE: Cell<Option<StaticType>> = const { Cell::new(None) };
}

fn types_dict_type() -> StaticType {
    DICT_TYPE
        .with(|d| d.get())
        .expect("dict type exists before other types")
}

/// Creates the built-in types of this thread (once).
pub fn bootstrap() -> &'static Types {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    use crate::objects::*;
    // `type`, `object` and `dict` refer to each other: make them with their type pointers
    // unset, then tie the knot.
    let dict_of = || alloc_immortal_uninit_type(dict::DictData::new());
    let type_dict = dict_of();
    let object_dict = dict_of();
    let dict_dict = dict_of();
    let type_ = alloc_immortal_uninit_type(TypeData::new(
        "type",
        flags::BASETYPE | flags::TYPE_SUBCLASS | flags::READY,
        layout_flags::HAS_GC | layout_flags::MANAGED_DICT | layout_flags::WEAKREFABLE,
        PayloadInfo::of::<TypeData>(),
        None,
        type_dict.to_ref(),
    ));
    let object = alloc_immortal_uninit_type(TypeData::new(
        "object",
        flags::BASETYPE | flags::READY,
        0,
        PayloadInfo::of::<object::ObjectData>(),
        None,
        object_dict.to_ref(),
    ));
    let dict = alloc_immortal_uninit_type(TypeData::new(
        "dict",
        flags::BASETYPE | flags::DICT_SUBCLASS | flags::READY,
        layout_flags::HAS_GC,
        PayloadInfo::of::<dict::DictData>(),
        Some(object.to_ref()),
        dict_dict.to_ref(),
    ));
    for t in [type_, object, dict] {
        set_type_of_immortal(t, type_);
    }
    for d in [type_dict, object_dict, dict_dict] {
        set_type_of_immortal(d, dict);
    }
    *type_.base.borrow_mut() = Some(object.to_ref());
    *type_.bases.borrow_mut() = vec![object.to_ref()];
    *type_.mro_tail.borrow_mut() = vec![object.to_ref()];
    *dict.mro_tail.borrow_mut() = vec![object.to_ref()];
    DICT_TYPE.with(|d| d.set(Some(dict)));

    let bt = flags::BASETYPE;
    let gc = layout_flags::HAS_GC;
    let wr = layout_flags::WEAKREFABLE;
    let o = Some(object);
    let int = make_type::<int::IntData>(type_, "int", o, bt | flags::LONG_SUBCLASS, 0);
    let bool_ = make_type::<int::IntData>(type_, "bool", Some(int), flags::LONG_SUBCLASS, 0);
    let none = make_type::<object::NoneData>(type_, "NoneType", o, 0, 0);
    let not_implemented =
        make_type::<object::NotImplementedData>(type_, "NotImplementedType", o, 0, 0);
    let ellipsis = make_type::<object::EllipsisData>(type_, "ellipsis", o, 0, 0);
    let function_exact;
    let float = make_type::<float::FloatData>(type_, "float", o, bt, 0);
    let types = Types {
        type_,
        object,
        int,
        bool_,
        float,
        float_exact: crate::object::ExactType::of(float),
        complex: make_type::<complex::ComplexData>(type_, "complex", o, bt, 0),
        str: make_type::<str::StrData>(type_, "str", o, bt | flags::UNICODE_SUBCLASS, 0),
        bytes: make_type::<bytes::BytesData>(type_, "bytes", o, bt | flags::BYTES_SUBCLASS, 0),
        bytearray: make_type::<bytes::ByteArrayData>(type_, "bytearray", o, bt, 0),
        bytes_iterator: make_type::<iter::SeqIterData>(type_, "bytes_iterator", o, 0, gc),
        bytearray_iterator: make_type::<iter::SeqIterData>(type_, "bytearray_iterator", o, 0, gc),
        tuple: make_type::<tuple::TupleData>(type_, "tuple", o, bt | flags::TUPLE_SUBCLASS, gc),
        list: make_type::<list::ListData>(type_, "list", o, bt | flags::LIST_SUBCLASS, gc),
        dict,
        set: make_type::<set::SetData>(type_, "set", o, bt, gc | wr),
        frozenset: make_type::<set::SetData>(type_, "frozenset", o, bt, gc | wr),
        none,
        not_implemented,
        ellipsis,
        function: {
            let t = make_type::<function::FunctionData>(
                type_,
                "function",
                o,
                0,
                gc | layout_flags::MANAGED_DICT | wr,
            );
            function_exact = Some(crate::object::ExactType::of(t));
            t
        },
        function_exact: function_exact.expect("made with `function` above"),
        builtin_function: make_type::<builtin::BuiltinFunctionData>(
            type_,
            "builtin_function_or_method",
            o,
            0,
            gc | wr,
        ),
        method_descriptor: make_type::<builtin::MethodDescrData>(
            type_,
            "method_descriptor",
            o,
            0,
            0,
        ),
        method: make_type::<function::BoundMethodData>(type_, "method", o, 0, gc | wr),
        code: make_type::<code::CodeData>(type_, "code", o, 0, wr),
        cell: make_type::<function::CellData>(type_, "cell", o, 0, gc),
        module: make_type::<module::ModuleData>(type_, "module", o, bt, gc | wr),
        range: make_type::<range::RangeData>(type_, "range", o, 0, 0),
        memoryview: make_type::<crate::objects::memoryview::MemoryViewData>(
            type_,
            "memoryview",
            o,
            0,
            gc,
        ),
        slice: make_type::<range::SliceData>(type_, "slice", o, 0, gc),
        property: make_type::<descr::PropertyData>(type_, "property", o, bt, gc),
        classmethod: make_type::<descr::ClassMethodData>(
            type_,
            "classmethod",
            o,
            bt,
            gc | layout_flags::MANAGED_DICT,
        ),
        staticmethod: make_type::<descr::StaticMethodData>(
            type_,
            "staticmethod",
            o,
            bt,
            gc | layout_flags::MANAGED_DICT,
        ),
        generator: make_type::<generator::GeneratorData>(type_, "generator", o, 0, gc | wr),
        coroutine: make_type::<generator::GeneratorData>(type_, "coroutine", o, 0, gc | wr),
        async_generator: make_type::<generator::GeneratorData>(
            type_,
            "async_generator",
            o,
            0,
            gc | wr,
        ),
        frame: make_type::<frameobject::FrameObjectData>(type_, "frame", o, 0, gc),
        traceback: make_type::<frameobject::TracebackData>(type_, "traceback", o, 0, gc),
        super_: make_type::<descr::SuperData>(type_, "super", o, bt, gc),
        seq_iterator: make_type::<iter::SeqIterData>(type_, "iterator", o, 0, gc),
        list_iterator: make_type::<iter::SeqIterData>(type_, "list_iterator", o, 0, gc),
        tuple_iterator: make_type::<iter::SeqIterData>(type_, "tuple_iterator", o, 0, gc),
        range_iterator: make_type::<range::RangeIterData>(type_, "range_iterator", o, 0, 0),
        str_iterator: make_type::<iter::SeqIterData>(type_, "str_ascii_iterator", o, 0, gc),
        dict_keys: make_type::<iter::DictViewData>(type_, "dict_keys", o, 0, gc),
        dict_values: make_type::<iter::DictViewData>(type_, "dict_values", o, 0, gc),
        dict_items: make_type::<iter::DictViewData>(type_, "dict_items", o, 0, gc),
        dict_iterator: make_type::<iter::DictIterData>(type_, "dict_keyiterator", o, 0, gc),
        set_iterator: make_type::<iter::SeqIterData>(type_, "set_iterator", o, 0, gc),
        callable_iterator: make_type::<iter::CallableIterData>(
            type_,
            "callable_iterator",
            o,
            0,
            gc,
        ),
        enumerate: make_type::<iter::EnumerateData>(type_, "enumerate", o, bt, gc),
        zip: make_type::<iter::ZipData>(type_, "zip", o, bt, gc),
        map: make_type::<iter::MapData>(type_, "map", o, bt, gc),
        filter: make_type::<iter::FilterData>(type_, "filter", o, bt, gc),
        reversed: make_type::<iter::SeqIterData>(type_, "reversed", o, bt, gc),
        list_reverseiterator: make_type::<iter::SeqIterData>(
            type_,
            "list_reverseiterator",
            o,
            0,
            gc,
        ),
        dict_valueiterator: make_type::<iter::DictIterData>(type_, "dict_valueiterator", o, 0, gc),
        dict_itemiterator: make_type::<iter::DictIterData>(type_, "dict_itemiterator", o, 0, gc),
        dict_reversekeyiterator: make_type::<iter::DictIterData>(
            type_,
            "dict_reversekeyiterator",
            o,
            0,
            gc,
        ),
        dict_reversevalueiterator: make_type::<iter::DictIterData>(
            type_,
            "dict_reversevalueiterator",
            o,
            0,
            gc,
        ),
        dict_reverseitemiterator: make_type::<iter::DictIterData>(
            type_,
            "dict_reverseitemiterator",
            o,
            0,
            gc,
        ),
        longrange_iterator: make_type::<iter::SeqIterData>(type_, "longrange_iterator", o, 0, gc),
        str_unicode_iterator: make_type::<iter::SeqIterData>(type_, "str_iterator", o, 0, gc),
        member_descriptor: make_type::<descr::MemberDescrData>(type_, "member_descriptor", o, 0, 0),
        getset_descriptor: make_type::<descr::GetSetDescrData>(
            type_,
            "getset_descriptor",
            o,
            0,
            gc,
        ),
        exc: ExcTypes::create(object, type_),
        none_value: alloc_immortal(none, object::NoneData).to_value(),
        true_value: alloc_immortal(bool_, int::IntData(1.into())).to_value(),
        false_value: alloc_immortal(bool_, int::IntData(0.into())).to_value(),
        not_implemented_value: alloc_immortal(not_implemented, object::NotImplementedData)
            .to_value(),
        ellipsis_value: alloc_immortal(ellipsis, object::EllipsisData).to_value(),
    };
    let types: &'static Types = Box::leak(Box::new(types));
    TYPES.with(|t| t.set(Some(types)));
    types
}

/// Fills the dicts of the built-in types (methods, `__doc__`, `__module__`...).
pub fn init_type_dicts(vm: &Vm) {
    crate::objects::init_all(vm);
}

/// The `'static` reference of a built-in type seen through a shorter borrow.
pub fn static_type(t: &Obj<TypeData>) -> StaticType {
    let tys = types();
    let all = [
        tys.object,
        tys.type_,
        tys.int,
        tys.bool_,
        tys.float,
        tys.str,
        tys.tuple,
        tys.list,
        tys.dict,
        tys.set,
        tys.frozenset,
        tys.range,
        tys.property,
        tys.classmethod,
        tys.staticmethod,
        tys.super_,
        tys.complex,
        tys.bytes,
        tys.bytearray,
    ];
    for s in all {
        if std::ptr::eq(s, t) {
            return s;
        }
    }
    for (_, s) in tys.exc.all() {
        if std::ptr::eq(s, t) {
            return s;
        }
    }
    tys.object
}

/// A built-in type made after start-up by the module that owns it: a direct subclass of
/// `object` that cannot be subclassed.
pub fn make_builtin_type<T: Payload>(name: &str, lflags: u64) -> StaticType {
    make_type::<T>(types().type_, name, Some(types().object), 0, lflags)
}

thread_local! {
    static STREAM_TYPE: Cell<Option<StaticType>> = const { Cell::new(None) };
}

/// The type of `sys.stdout`/`sys.stderr` (`_io.TextIOWrapper` in CPython).
pub fn stream_type(_vm: &Vm) -> StaticType {
    if let Some(t) = STREAM_TYPE.with(|s| s.get()) {
        return t;
    }
    let t = make_type::<crate::sysmodule::StdStream>(
        types().type_,
        "TextIOWrapper",
        Some(types().object),
        0,
        0,
    );
    STREAM_TYPE.with(|s| s.set(Some(t)));
    t
}

/// A built-in type made after start-up by the module that owns it, with an explicit base and
/// flags (for subclassable module types such as `itertools.chain` or
/// `collections.defaultdict`).
pub fn make_builtin_subtype<T: Payload>(
    name: &str,
    base: StaticType,
    tflags: u64,
    lflags: u64,
) -> StaticType {
    make_type::<T>(
        types().type_,
        name,
        Some(base),
        tflags | crate::typeobject::flags::DOTTED_NAME,
        lflags,
    )
}
