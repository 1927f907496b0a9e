//! The `array` module: `array.array`, a mutable sequence of machine values of one C type
//! (typecodes `bBuhHiIlLqQfd`) kept as raw native-endian bytes, with its iterator, the
//! sequence methods, slicing, concatenation, comparisons, `tobytes`/`frombytes` and the other
//! conversions, and CPython's error messages. CPython: Modules/arraymodule.c.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::itertoolsmodule::{new_args, new_module_type, type_name};
use crate::number::CompareOp;
use crate::object::{alloc_object, layout_flags, Obj, Payload, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::float::FloatData;
use crate::objects::int::{as_int, IntRef};
use crate::objects::list::{index_bounds, no_args, one_arg, positional, repeat_count, slf};
use crate::objects::module::ModuleData;
use crate::objects::range::SliceData;
use crate::objects::str::StrData;
use crate::typeobject::flags;
use crate::types::StaticType;
use crate::vm::{PyResult, Vm};

/// The typecodes of CPython 3.12, in the order of `array.typecodes`.
const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The payload of `array.array`: the typecode and the items' bytes in native order.
pub struct ArrayData {
    code: u8,
    data: RefCell<Vec<u8>>,
    /// Live iterators and views do not pin the buffer; this counts mutations of length so
    /// that nothing reads a stale position.
    state: Cell<u64>,
}

impl Payload for ArrayData {}

impl ArrayData {
    /// The size in bytes of one item.
    pub fn itemsize(&self) -> usize {
        itemsize(self.code)
    }

    /// The typecode as a character.
    pub fn typecode(&self) -> char {
        self.code as char
    }

    /// A copy of the items' bytes (the buffer the array exports).
    pub fn bytes(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    /// Calls `f` with the items' bytes.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        f(&self.data.borrow())
    }

    /// Overwrites bytes at `off` (a write through a memoryview).
    pub fn write_bytes(&self, off: usize, bytes: &[u8]) {
        if let Some(s) = self.data.borrow_mut().get_mut(off..off + bytes.len()) {
            s.copy_from_slice(bytes);
        }
    }

    fn len(&self) -> usize {
        self.data.borrow().len() / self.itemsize()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// The item at `i` as a Python value.
    fn item(&self, vm: &Vm, i: usize) -> PyResult<Value> {
        let n = self.itemsize();
        let chunk: Vec<u8> = {
            let d = self.data.borrow();
            match d.get(i * n..(i + 1) * n) {
                Some(c) => c.to_vec(),
                None => return Err(vm.new_index_error("array index out of range")),
            }
        };
        decode(vm, self.code, &chunk)
    }

    fn items(&self, vm: &Vm) -> PyResult<Vec<Value>> {
        let d = self.bytes();
        d.chunks_exact(self.itemsize())
            .map(|c| decode(vm, self.code, c))
            .collect()
    }
}

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

fn arr<N: Copy, const K: usize>(c: &[u8], f: fn([u8; K]) -> N) -> N {
    let mut b = [0u8; K];
    b.copy_from_slice(&c[..K]);
    f(b)
}

/// The Python value of one item's bytes (CPython: the `*_getitem` functions).
fn decode(vm: &Vm, code: u8, c: &[u8]) -> PyResult<Value> {
    Ok(match code {
        b'b' => vm.new_int(c[0] as i8 as i64),
        b'B' => vm.new_int(c[0] as i64),
        b'h' => vm.new_int(arr(c, i16::from_ne_bytes) as i64),
        b'H' => vm.new_int(arr(c, u16::from_ne_bytes) as i64),
        b'i' => vm.new_int(arr(c, i32::from_ne_bytes) as i64),
        b'I' => vm.new_int(arr(c, u32::from_ne_bytes) as i64),
        b'l' | b'q' => vm.new_int(arr(c, i64::from_ne_bytes)),
        b'L' | b'Q' => {
            let u = arr(c, u64::from_ne_bytes);
            match i64::try_from(u) {
                Ok(i) => vm.new_int(i),
                Err(_) => vm.new_bigint(BigInt::from(u)),
            }
        }
        b'f' => vm.new_float(arr(c, f32::from_ne_bytes) as f64),
        b'd' => vm.new_float(arr(c, f64::from_ne_bytes)),
        _ => {
            let u = arr(c, u32::from_ne_bytes);
            match char::from_u32(u) {
                Some(ch) => vm.new_string(ch.to_string()),
                None => {
                    return Err(vm.new_value_error(format!(
                        "character U+{u:x} is not in range [U+0000; U+10ffff]"
                    )))
                }
            }
        }
    })
}

/// An integer argument through `__index__` (CPython: `PyNumber_Index`).
fn index_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let conv = |v: &Value| -> Option<BigInt> {
        as_int(v).map(|i| match i {
            IntRef::Small(x) => BigInt::from(x),
            IntRef::Big(b) => b.clone(),
        })
    };
    if let Some(b) = conv(v) {
        return Ok(b);
    }
    if let Some(r) = vm.call_special(v, &vm.names.__index__, &[])? {
        if let Some(b) = conv(&r) {
            return Ok(b);
        }
        return Err(vm.new_type_error(format!(
            "__index__ returned non-int (type {})",
            r.class().name()
        )));
    }
    Err(vm.new_type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.class().name()
    )))
}

/// A signed C integer in `lo..=hi` with CPython's messages for `name`.
fn ranged(vm: &Vm, v: &Value, lo: i64, hi: i64, name: &str) -> PyResult<i64> {
    let b = index_int(vm, v)?;
    let Some(x) = b.to_i64() else {
        return Err(vm.new_overflow_error("Python int too large to convert to C long"));
    };
    if x < lo {
        return Err(vm.new_overflow_error(format!("{name} is less than minimum")));
    }
    if x > hi {
        return Err(vm.new_overflow_error(format!("{name} is greater than maximum")));
    }
    Ok(x)
}

/// The bytes of `v` stored as an item of typecode `code` (CPython: the `*_setitem`
/// functions).
fn encode(vm: &Vm, code: u8, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        b'b' => {
            // Parsed as a C short first, then narrowed (CPython: b_setitem).
            let x = ranged(
                vm,
                v,
                i16::MIN as i64,
                i16::MAX as i64,
                "signed short integer",
            )?;
            if x < -128 {
                return Err(vm.new_overflow_error("signed char is less than minimum"));
            }
            if x > 127 {
                return Err(vm.new_overflow_error("signed char is greater than maximum"));
            }
            out.push(x as i8 as u8)
        }
        b'B' => out.push(ranged(vm, v, 0, 255, "unsigned byte integer")? as u8),
        b'h' => out.extend(
            (ranged(
                vm,
                v,
                i16::MIN as i64,
                i16::MAX as i64,
                "signed short integer",
            )? as i16)
                .to_ne_bytes(),
        ),
        b'H' => {
            // Parsed as a C int first, then narrowed (CPython: HH_setitem).
            let x = ranged(vm, v, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
            if x < 0 {
                return Err(vm.new_overflow_error("unsigned short is less than minimum"));
            }
            if x > u16::MAX as i64 {
                return Err(vm.new_overflow_error("unsigned short is greater than maximum"));
            }
            out.extend((x as u16).to_ne_bytes())
        }
        b'i' => out.extend(
            (ranged(vm, v, i32::MIN as i64, i32::MAX as i64, "signed integer")? as i32)
                .to_ne_bytes(),
        ),
        b'I' | b'L' => {
            let b = index_int(vm, v)?;
            if b.is_negative() {
                return Err(vm.new_overflow_error("can't convert negative value to unsigned int"));
            }
            let Some(x) = b.to_u64() else {
                return Err(
                    vm.new_overflow_error("Python int too large to convert to C unsigned long")
                );
            };
            if code == b'I' {
                if x > u32::MAX as u64 {
                    return Err(vm.new_overflow_error("unsigned int is greater than maximum"));
                }
                out.extend((x as u32).to_ne_bytes());
            } else {
                out.extend(x.to_ne_bytes());
            }
        }
        b'l' => {
            let b = index_int(vm, v)?;
            let Some(x) = b.to_i64() else {
                return Err(vm.new_overflow_error("Python int too large to convert to C long"));
            };
            out.extend(x.to_ne_bytes());
        }
        b'q' => {
            let b = index_int(vm, v)?;
            let Some(x) = b.to_i64() else {
                return Err(vm.new_overflow_error("int too big to convert"));
            };
            out.extend(x.to_ne_bytes());
        }
        b'Q' => {
            let b = index_int(vm, v)?;
            if b.is_negative() {
                return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
            }
            let Some(x) = b.to_u64() else {
                return Err(vm.new_overflow_error("int too big to convert"));
            };
            out.extend(x.to_ne_bytes());
        }
        b'f' => out.extend((to_double(vm, v)? as f32).to_ne_bytes()),
        b'd' => out.extend(to_double(vm, v)?.to_ne_bytes()),
        _ => {
            let ch = v
                .downcast::<StrData>()
                .and_then(|s| {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Some(c),
                        _ => None,
                    }
                })
                .ok_or_else(|| vm.new_type_error("array item must be unicode character"))?;
            out.extend((ch as u32).to_ne_bytes());
        }
    }
    Ok(())
}

/// A float item (CPython: `PyArg_Parse(v, "d")`, i.e. `PyFloat_AsDouble`).
fn to_double(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.downcast::<FloatData>() {
        return Ok(f.0);
    }
    crate::mathmodule::to_f64(vm, v)
}

fn encode_one(vm: &Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(8);
    encode(vm, code, v, &mut out)?;
    Ok(out)
}

// ----- construction -----

fn array_of<'a>(vm: &Vm, args: &'a [Value], meth: &str) -> PyResult<&'a Obj<ArrayData>> {
    slf::<ArrayData>(vm, args, "array.array", meth)
}

fn new_array(cls: &Obj<crate::typeobject::TypeData>, code: u8, data: Vec<u8>) -> Value {
    alloc_object(
        cls,
        ArrayData {
            code,
            data: RefCell::new(data),
            state: Cell::new(0),
        },
    )
    .into_value()
}

fn bad_typecode(vm: &Vm) -> crate::vm::PyErr {
    vm.new_value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
}

fn array_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (cls, rest) = new_args(vm, args)?;
    if !kw.is_empty() && std::ptr::eq(cls, array_type(vm)) {
        return Err(vm.new_type_error("array.array() takes no keyword arguments"));
    }
    let rest = &rest[..rest.len() - kw.len()];
    if rest.is_empty() {
        return Err(vm.new_type_error("array() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 2 {
        return Err(vm.new_type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let tc = &rest[0];
    let code = match tc.downcast::<StrData>() {
        Some(s) if s.as_str().chars().count() == 1 => s.as_str().chars().next().unwrap_or('?'),
        _ => {
            return Err(vm.new_type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                tc.class().name()
            )))
        }
    };
    let init = rest.get(1).cloned();
    if let Some(i) = &init {
        if i.downcast::<StrData>().is_some() && code != 'u' {
            return Err(vm.new_type_error(format!(
                "cannot use a str to initialize an array with typecode '{code}'"
            )));
        }
    }
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(bad_typecode(vm));
    }
    let code = code as u8;
    let a = new_array(cls, code, Vec::new());
    let Some(ad) = a.downcast::<ArrayData>() else {
        return Err(vm.new_type_error("array"));
    };
    let Some(init) = init else { return Ok(a) };
    if let Some(o) = init.downcast::<ArrayData>() {
        if o.code == code {
            *ad.data.borrow_mut() = o.bytes();
            return Ok(a);
        }
    }
    if init.downcast::<crate::objects::list::ListData>().is_some()
        || crate::objects::tuple::is_tuple(&init).is_some()
    {
        let items = vm.collect(&init)?;
        let mut out = Vec::new();
        for it in &items {
            encode(vm, code, it, &mut out)?;
        }
        *ad.data.borrow_mut() = out;
        return Ok(a);
    }
    if init
        .downcast::<crate::objects::bytes::BytesData>()
        .is_some()
        || init
            .downcast::<crate::objects::bytes::ByteArrayData>()
            .is_some()
    {
        frombytes_impl(vm, ad, &init)?;
        return Ok(a);
    }
    if let Some(s) = init.downcast::<StrData>() {
        let mut out = Vec::new();
        for ch in s.as_str().chars() {
            out.extend((ch as u32).to_ne_bytes());
        }
        *ad.data.borrow_mut() = out;
        return Ok(a);
    }
    extend_iter(vm, ad, &init)?;
    Ok(a)
}

/// Appends every item of an iterable (CPython: array_iter_extend).
fn extend_iter(vm: &Vm, a: &ArrayData, iterable: &Value) -> PyResult<()> {
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        let b = encode_one(vm, a.code, &v)?;
        a.data.borrow_mut().extend(b);
        a.bump();
    }
    Ok(())
}

/// `extend` (CPython: array_do_extend).
fn extend_impl(vm: &Vm, a: &ArrayData, other: &Value) -> PyResult<()> {
    match other.downcast::<ArrayData>() {
        Some(o) => {
            if o.code != a.code {
                return Err(vm.new_type_error("can only extend with array of same kind"));
            }
            let b = o.bytes();
            a.data.borrow_mut().extend(b);
            a.bump();
            Ok(())
        }
        None => extend_iter(vm, a, other),
    }
}

fn frombytes_impl(vm: &Vm, a: &ArrayData, b: &Value) -> PyResult<()> {
    let bytes = crate::buffer::bytes_of(vm, b)?;
    if bytes.len() % a.itemsize() != 0 {
        return Err(vm.new_value_error("bytes length not a multiple of item size"));
    }
    a.data.borrow_mut().extend(bytes);
    a.bump();
    Ok(())
}

/// Fails with CPython's `BufferError` when an array that views hold would change size.
fn check_resize(vm: &Vm, v: &Value) -> PyResult<()> {
    if crate::buffer::exports(v.raw()) > 0 {
        return Err(vm.new_exception_msg(
            vm.types.exc.buffer_error,
            "cannot resize an array that is exporting buffers",
        ));
    }
    Ok(())
}

// ----- methods -----

fn array_append(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "append")?;
    check_resize(vm, &args[0])?;
    let v = one_arg(vm, "array.append", args, kw)?;
    let b = encode_one(vm, a.code, v)?;
    a.data.borrow_mut().extend(b);
    a.bump();
    Ok(vm.none.clone())
}

fn array_extend(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "extend")?;
    check_resize(vm, &args[0])?;
    let v = one_arg(vm, "array.extend", args, kw)?;
    extend_impl(vm, a, v)?;
    Ok(vm.none.clone())
}

fn array_insert(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "insert")?;
    check_resize(vm, &args[0])?;
    let rest = positional(vm, "insert", args, kw, 2, 2)?;
    let i = crate::itertoolsmodule::as_ssize(vm, &rest[0])?;
    let b = encode_one(vm, a.code, &rest[1])?;
    let n = a.len() as isize;
    let mut i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    if i > n {
        i = n;
    }
    let at = i as usize * a.itemsize();
    a.data.borrow_mut().splice(at..at, b);
    a.bump();
    Ok(vm.none.clone())
}

fn array_pop(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "pop")?;
    check_resize(vm, &args[0])?;
    let rest = positional(vm, "pop", args, kw, 0, 1)?;
    let i = match rest.first() {
        Some(v) => crate::itertoolsmodule::as_ssize(vm, v)?,
        None => -1,
    };
    let n = a.len() as isize;
    if n == 0 {
        return Err(vm.new_index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    let v = a.item(vm, j as usize)?;
    let sz = a.itemsize();
    let at = j as usize * sz;
    a.data.borrow_mut().drain(at..at + sz);
    a.bump();
    Ok(v)
}

/// The position of the first item equal to `x` in `start..stop`.
fn find(vm: &Vm, a: &ArrayData, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(a.len()) {
        let v = a.item(vm, i)?;
        if vm.eq_bool(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn array_remove(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "remove")?;
    check_resize(vm, &args[0])?;
    let x = one_arg(vm, "array.remove", args, kw)?;
    match find(vm, a, x, 0, a.len())? {
        Some(i) => {
            let sz = a.itemsize();
            a.data.borrow_mut().drain(i * sz..(i + 1) * sz);
            a.bump();
            Ok(vm.none.clone())
        }
        None => Err(vm.new_value_error("array.remove(x): x not in array")),
    }
}

fn array_index(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "index")?;
    let rest = positional(vm, "index", args, kw, 1, 3)?;
    let (start, stop) = index_bounds(vm, &rest[1..], a.len())?;
    match find(vm, a, &rest[0], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("array.index(x): x not in array")),
    }
}

fn array_count(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "count")?;
    let x = one_arg(vm, "array.count", args, kw)?;
    let mut n = 0;
    let mut i = 0;
    while i < a.len() {
        if vm.eq_bool(&a.item(vm, i)?, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn array_contains(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__contains__")?;
    let x = one_arg(vm, "array.__contains__", args, kw)?;
    Ok(vm.new_bool(find(vm, a, x, 0, a.len())?.is_some()))
}

fn array_reverse(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "reverse")?;
    no_args(vm, "array.reverse", args, kw)?;
    let sz = a.itemsize();
    let mut d = a.data.borrow_mut();
    let out: Vec<u8> = d.chunks_exact(sz).rev().flatten().copied().collect();
    *d = out;
    Ok(vm.none.clone())
}

fn array_byteswap(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "byteswap")?;
    no_args(vm, "array.byteswap", args, kw)?;
    let sz = a.itemsize();
    for c in a.data.borrow_mut().chunks_exact_mut(sz) {
        c.reverse();
    }
    Ok(vm.none.clone())
}

fn array_tobytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "tobytes")?;
    no_args(vm, "array.tobytes", args, kw)?;
    Ok(crate::ops::new_bytes(vm, a.bytes()))
}

fn array_frombytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "frombytes")?;
    check_resize(vm, &args[0])?;
    let b = one_arg(vm, "array.frombytes", args, kw)?;
    frombytes_impl(vm, a, b)?;
    Ok(vm.none.clone())
}

fn array_tolist(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "tolist")?;
    no_args(vm, "array.tolist", args, kw)?;
    Ok(vm.new_list(a.items(vm)?))
}

fn array_fromlist(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "fromlist")?;
    check_resize(vm, &args[0])?;
    let l = one_arg(vm, "array.fromlist", args, kw)?;
    let Some(l) = l.downcast::<crate::objects::list::ListData>() else {
        return Err(vm.new_type_error("arg must be list"));
    };
    // All or nothing: a bad item leaves the array as it was.
    let mut out = Vec::new();
    for v in l.snapshot() {
        encode(vm, a.code, &v, &mut out)?;
    }
    a.data.borrow_mut().extend(out);
    a.bump();
    Ok(vm.none.clone())
}

fn array_tounicode(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "tounicode")?;
    no_args(vm, "array.tounicode", args, kw)?;
    if a.code != b'u' {
        return Err(vm.new_value_error("tounicode() may only be called on unicode type arrays"));
    }
    let mut s = String::new();
    for c in a.bytes().chunks_exact(4) {
        let u = arr(c, u32::from_ne_bytes);
        match char::from_u32(u) {
            Some(ch) => s.push(ch),
            None => {
                return Err(vm.new_value_error(format!(
                    "character U+{u:x} is not in range [U+0000; U+10ffff]"
                )))
            }
        }
    }
    Ok(vm.new_string(s))
}

fn array_fromunicode(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "fromunicode")?;
    check_resize(vm, &args[0])?;
    let s = one_arg(vm, "array.fromunicode", args, kw)?;
    let Some(s) = s.downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "fromunicode() argument must be str, not {}",
            s.class().name()
        )));
    };
    if a.code != b'u' {
        return Err(vm.new_value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let mut d = a.data.borrow_mut();
    for ch in s.as_str().chars() {
        d.extend((ch as u32).to_ne_bytes());
    }
    drop(d);
    a.bump();
    Ok(vm.none.clone())
}

fn array_tofile(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "tofile")?;
    let f = one_arg(vm, "array.tofile", args, kw)?;
    // Written in blocks of 64 KiB as CPython does, so a file sees the same writes.
    let data = a.bytes();
    let write = vm.getattr_str(f, "write")?;
    for chunk in data.chunks(64 * 1024) {
        vm.call(&write, &[crate::ops::new_bytes(vm, chunk.to_vec())], &[])?;
    }
    Ok(vm.none.clone())
}

fn array_fromfile(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "fromfile")?;
    check_resize(vm, &args[0])?;
    let rest = positional(vm, "fromfile", args, kw, 2, 2)?;
    let n = crate::itertoolsmodule::as_ssize(vm, &rest[1])?;
    if n < 0 {
        return Err(vm.new_value_error("negative count"));
    }
    let nbytes = n as usize * a.itemsize();
    let b = vm.call_method(&rest[0], &vm.intern("read"), &[vm.new_int(nbytes as i64)])?;
    let Some(bd) = b.downcast::<crate::objects::bytes::BytesData>() else {
        return Err(vm.new_type_error("read() didn't return bytes"));
    };
    let got = bd.0.len();
    let whole = got - got % a.itemsize();
    a.data.borrow_mut().extend_from_slice(&bd.0[..whole]);
    a.bump();
    if got != nbytes {
        return Err(
            vm.new_exception_msg(vm.types.exc.eof_error, "read() didn't return enough bytes")
        );
    }
    Ok(vm.none.clone())
}

fn array_buffer_info(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "buffer_info")?;
    no_args(vm, "array.buffer_info", args, kw)?;
    let addr = a.data.borrow().as_ptr() as usize;
    Ok(vm.new_tuple(vec![
        vm.new_bigint(BigInt::from(addr)),
        vm.new_int(a.len() as i64),
    ]))
}

fn array_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__copy__")?;
    Ok(new_array(args[0].class(), a.code, a.bytes()))
}

/// The machine format code of a typecode on this (little-endian, LP64) machine (CPython:
/// `typecode_to_mformat_code`).
fn mformat_code(code: u8) -> i64 {
    match code {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    }
}

fn array_reduce_ex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__reduce_ex__")?;
    let rest = positional(vm, "__reduce_ex__", args, kw, 1, 1)?;
    let protocol = crate::itertoolsmodule::as_ssize(vm, &rest[0])?;
    let state = match crate::ops::instance_dict(vm, &args[0], false) {
        Some(d) if !d.is_empty() => d.into_value(),
        _ => vm.none.clone(),
    };
    if protocol >= 3 {
        let recon = vm.getattr_str(
            &crate::import::import_module(vm, "array")?,
            "_array_reconstructor",
        )?;
        let ctor = vm.new_tuple(vec![
            args[0].class().to_value(),
            vm.new_string(a.typecode().to_string()),
            vm.new_int(mformat_code(a.code)),
            crate::ops::new_bytes(vm, a.bytes()),
        ]);
        return Ok(vm.new_tuple(vec![recon, ctor, state]));
    }
    let ctor = vm.new_tuple(vec![
        vm.new_string(a.typecode().to_string()),
        vm.new_list(a.items(vm)?),
    ]);
    Ok(vm.new_tuple(vec![args[0].class().to_value(), ctor, state]))
}

/// `__buffer__(flags)`: a memoryview of the items (CPython: array_buffer_getbuf).
fn array_buffer(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    array_of(vm, args, "__buffer__")?;
    let rest = positional(vm, "__buffer__", args, kw, 1, 1)?;
    crate::itertoolsmodule::as_ssize(vm, &rest[0])?;
    crate::objects::memoryview::from_object(vm, &args[0])
}

/// `__release_buffer__(view)`: releases a view made by `__buffer__`.
fn array_release_buffer(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    array_of(vm, args, "__release_buffer__")?;
    let view = one_arg(vm, "array.__release_buffer__", args, kw)?;
    vm.call_method(view, &vm.intern("release"), &[])?;
    Ok(vm.none.clone())
}

fn array_sizeof(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__sizeof__")?;
    Ok(vm.new_int(64 + a.data.borrow().capacity() as i64))
}

fn array_len(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__len__")?;
    no_args(vm, "array.__len__", args, kw)?;
    Ok(vm.new_int(a.len() as i64))
}

// ----- subscripts -----

/// An integer subscript, or None for a slice; CPython's TypeError for anything else.
fn int_key(vm: &Vm, key: &Value) -> PyResult<Option<isize>> {
    if key.downcast::<SliceData>().is_some() {
        return Ok(None);
    }
    if as_int(key).is_none() && key.class().lookup(&vm.names.__index__).is_none() {
        return Err(vm.new_type_error("array indices must be integers"));
    }
    crate::itertoolsmodule::as_ssize(vm, key).map(Some)
}

fn array_getitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__getitem__")?;
    let key = one_arg(vm, "array.__getitem__", args, kw)?;
    match int_key(vm, key)? {
        Some(i) => {
            let n = a.len() as isize;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.new_index_error("array index out of range"));
            }
            a.item(vm, j as usize)
        }
        None => {
            let Some(s) = key.downcast::<SliceData>() else {
                return Err(vm.new_type_error("array indices must be integers"));
            };
            let (start, _, step, n) = crate::seq::slice_indices(vm, s, a.len())?;
            let sz = a.itemsize();
            let d = a.data.borrow();
            let mut out = Vec::with_capacity(n * sz);
            for k in 0..n {
                let i = (start + k as isize * step) as usize;
                out.extend_from_slice(&d[i * sz..(i + 1) * sz]);
            }
            drop(d);
            Ok(new_array(array_type(vm), a.code, out))
        }
    }
}

fn set_or_del(
    vm: &Vm,
    whole: &Value,
    a: &ArrayData,
    key: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    let sz = a.itemsize();
    if let Some(i) = int_key(vm, key)? {
        let n = a.len() as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.new_index_error("array assignment index out of range"));
        }
        let at = j as usize * sz;
        match value {
            Some(v) => {
                let b = encode_one(vm, a.code, v)?;
                a.data.borrow_mut()[at..at + sz].copy_from_slice(&b);
            }
            None => {
                a.data.borrow_mut().drain(at..at + sz);
                a.bump();
            }
        }
        return Ok(());
    }
    let Some(s) = key.downcast::<SliceData>() else {
        return Err(vm.new_type_error("array indices must be integers"));
    };
    let new: Vec<u8> = match value {
        None => Vec::new(),
        Some(v) => match v.downcast::<ArrayData>() {
            Some(o) if o.code == a.code => o.bytes(),
            Some(_) => return Err(vm.new_type_error("bad argument type for built-in operation")),
            None => {
                return Err(vm.new_type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    v.class().name()
                )))
            }
        },
    };
    let (start, stop, step, n) = crate::seq::slice_indices(vm, s, a.len())?;
    if value.is_some() && step == 1 && new.len() / sz != n {
        check_resize(vm, whole)?;
    }
    let mut d = a.data.borrow_mut();
    if step == 1 {
        let lo = start as usize;
        let hi = (stop.max(start)) as usize;
        d.splice(lo * sz..hi * sz, new);
    } else if value.is_none() {
        let mut idx: Vec<usize> = (0..n)
            .map(|k| (start + k as isize * step) as usize)
            .collect();
        idx.sort_unstable();
        for i in idx.into_iter().rev() {
            d.drain(i * sz..(i + 1) * sz);
        }
    } else {
        let m = new.len() / sz;
        if m != n {
            return Err(vm.new_value_error(format!(
                "attempt to assign array of size {m} to extended slice of size {n}"
            )));
        }
        for k in 0..n {
            let i = (start + k as isize * step) as usize;
            d[i * sz..(i + 1) * sz].copy_from_slice(&new[k * sz..(k + 1) * sz]);
        }
    }
    drop(d);
    a.bump();
    Ok(())
}

fn array_setitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__setitem__")?;
    let rest = positional(vm, "__setitem__", args, kw, 2, 2)?;
    set_or_del(vm, &args[0], a, &rest[0], Some(&rest[1]))?;
    Ok(vm.none.clone())
}

fn array_delitem(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__delitem__")?;
    check_resize(vm, &args[0])?;
    let key = one_arg(vm, "array.__delitem__", args, kw)?;
    set_or_del(vm, &args[0], a, key, None)?;
    Ok(vm.none.clone())
}

// ----- operators -----

fn array_add(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__add__")?;
    let o = one_arg(vm, "array.__add__", args, kw)?;
    let Some(ob) = o.downcast::<ArrayData>() else {
        return Err(vm.new_type_error(format!(
            "can only append array (not \"{}\") to array",
            o.class().name()
        )));
    };
    if ob.code != a.code {
        return Err(vm.new_type_error("bad argument type for built-in operation"));
    }
    let mut d = a.bytes();
    d.extend(ob.bytes());
    Ok(new_array(array_type(vm), a.code, d))
}

fn array_iadd(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__iadd__")?;
    check_resize(vm, &args[0])?;
    let o = one_arg(vm, "array.__iadd__", args, kw)?;
    if o.downcast::<ArrayData>().is_none() {
        return Err(vm.new_type_error(format!(
            "can only extend array with array (not \"{}\")",
            o.class().name()
        )));
    }
    extend_impl(vm, a, o)?;
    Ok(args[0].clone())
}

fn repeated(vm: &Vm, a: &ArrayData, n: &Value) -> PyResult<Option<Vec<u8>>> {
    let Some(k) = repeat_count(vm, n)? else {
        return Ok(None);
    };
    let d = a.bytes();
    if k > 0
        && d.len()
            .checked_mul(k)
            .is_none_or(|t| t > isize::MAX as usize / 2)
    {
        return Err(vm.new_exception(vm.types.exc.memory_error, Vec::new()));
    }
    Ok(Some(d.repeat(k)))
}

fn array_mul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__mul__")?;
    let n = one_arg(vm, "array.__mul__", args, kw)?;
    match repeated(vm, a, n)? {
        Some(d) => Ok(new_array(array_type(vm), a.code, d)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn array_imul(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__imul__")?;
    check_resize(vm, &args[0])?;
    let n = one_arg(vm, "array.__imul__", args, kw)?;
    match repeated(vm, a, n)? {
        Some(d) => {
            *a.data.borrow_mut() = d;
            a.bump();
            Ok(args[0].clone())
        }
        None => Ok(vm.not_implemented.clone()),
    }
}

/// CPython: array_richcompare (item by item, as Python values).
fn array_cmp(vm: &Vm, args: &[Value], op: CompareOp) -> PyResult<Value> {
    let a = array_of(vm, args, op.dunder())?;
    let Some(other) = args.get(1) else {
        return Err(vm.new_type_error("expected 1 argument, got 0"));
    };
    let Some(b) = other.downcast::<ArrayData>() else {
        return Ok(vm.not_implemented.clone());
    };
    let (na, nb) = (a.len(), b.len());
    if na != nb && (op == CompareOp::Eq || op == CompareOp::Ne) {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    let mut diff = None;
    while i < a.len() && i < b.len() {
        let (x, y) = (a.item(vm, i)?, b.item(vm, i)?);
        if !vm.eq_bool(&x, &y)? {
            diff = Some((x, y));
            break;
        }
        i += 1;
    }
    match diff {
        None => {
            let (x, y) = (a.len(), b.len());
            Ok(vm.new_bool(match op {
                CompareOp::Lt => x < y,
                CompareOp::Le => x <= y,
                CompareOp::Eq => x == y,
                CompareOp::Ne => x != y,
                CompareOp::Gt => x > y,
                CompareOp::Ge => x >= y,
            }))
        }
        Some((x, y)) => match op {
            CompareOp::Eq => Ok(vm.false_.clone()),
            CompareOp::Ne => Ok(vm.true_.clone()),
            _ => vm.compare(&x, &y, op),
        },
    }
}

macro_rules! array_cmp_fn {
    ($name:ident, $op:expr) => {
        fn $name(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            array_cmp(vm, args, $op)
        }
    };
}
array_cmp_fn!(array_lt, CompareOp::Lt);
array_cmp_fn!(array_le, CompareOp::Le);
array_cmp_fn!(array_eq, CompareOp::Eq);
array_cmp_fn!(array_ne, CompareOp::Ne);
array_cmp_fn!(array_gt, CompareOp::Gt);
array_cmp_fn!(array_ge, CompareOp::Ge);

fn array_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = array_of(vm, args, "__repr__")?;
    let name = type_name(&args[0]);
    let code = a.typecode();
    if a.len() == 0 {
        return Ok(vm.new_string(format!("{name}('{code}')")));
    }
    let body = if a.code == b'u' {
        let s = array_tounicode(vm, &args[..1], &[])?;
        vm.repr(&s)?
    } else {
        vm.repr(&vm.new_list(a.items(vm)?))?
    };
    Ok(vm.new_string(format!("{name}('{code}', {body})")))
}

fn array_itemsize(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = v
        .downcast::<ArrayData>()
        .ok_or_else(|| vm.new_type_error("descriptor 'itemsize' needs an array"))?;
    Ok(vm.new_int(a.itemsize() as i64))
}

fn array_typecode(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = v
        .downcast::<ArrayData>()
        .ok_or_else(|| vm.new_type_error("descriptor 'typecode' needs an array"))?;
    Ok(vm.new_string(a.typecode().to_string()))
}

fn array_class_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = args.first().cloned().unwrap_or_else(|| vm.none.clone());
    let item = args.get(1).cloned().unwrap_or_else(|| vm.none.clone());
    let types = crate::import::import_module(vm, "types")?;
    let ga = vm.getattr_str(&types, "GenericAlias")?;
    vm.call(&ga, &[cls, item], &[])
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`: the unpickler of
/// protocol 3 and later; this machine's own formats only (CPython:
/// array__array_reconstructor_impl).
fn array_reconstructor(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::objects::list::no_kw(vm, "_array_reconstructor", kw)?;
    crate::objects::list::check_positional(vm, "_array_reconstructor", args.len(), 4, 4)?;
    let Some(cls) = args[0].downcast::<crate::typeobject::TypeData>() else {
        return Err(vm.new_type_error(format!(
            "first argument must be a type object, not {}",
            args[0].class().name()
        )));
    };
    if !cls.is_subtype(array_type(vm)) {
        return Err(vm.new_type_error(format!("{} is not a subtype of array.array", cls.name())));
    }
    let code = match args[1].downcast::<StrData>() {
        Some(s) if s.as_str().len() == 1 && TYPECODES.contains(s.as_str()) => {
            s.as_str().as_bytes()[0]
        }
        Some(_) => return Err(vm.new_value_error("second argument must be a valid type code")),
        None => {
            return Err(vm.new_type_error(format!(
                "_array_reconstructor() argument 2 must be a unicode character, not {}",
                args[1].class().name()
            )))
        }
    };
    let m = crate::itertoolsmodule::as_ssize(vm, &args[2])?;
    if m as i64 != mformat_code(code) {
        return Err(vm.new_value_error("third argument must be a valid machine format code."));
    }
    let Some(b) = args[3].downcast::<crate::objects::bytes::BytesData>() else {
        return Err(vm.new_type_error(format!(
            "fourth argument should be bytes, not {}",
            args[3].class().name()
        )));
    };
    if b.0.len() % itemsize(code) != 0 {
        return Err(vm.new_value_error("string length not a multiple of item size"));
    }
    Ok(new_array(cls, code, b.0.to_vec()))
}

// ----- the iterator -----

pub struct ArrayIterData {
    array: Value,
    index: Cell<usize>,
    done: Cell<bool>,
}

impl Payload for ArrayIterData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.array);
    }
}

fn array_iter(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    array_of(vm, args, "__iter__")?;
    no_args(vm, "array.__iter__", args, kw)?;
    Ok(alloc_object(
        array_types(vm).iter,
        ArrayIterData {
            array: args[0].clone(),
            index: Cell::new(0),
            done: Cell::new(false),
        },
    )
    .into_value())
}

fn iter_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = slf::<ArrayIterData>(vm, args, "array.arrayiterator", "__next__")?;
    let Some(a) = it.array.downcast::<ArrayData>() else {
        return Err(vm.new_stop_iteration(None));
    };
    let i = it.index.get();
    if it.done.get() || i >= a.len() {
        it.done.set(true);
        return Err(vm.new_stop_iteration(None));
    }
    it.index.set(i + 1);
    a.item(vm, i)
}

fn iter_self(_vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

// ----- the module -----

struct ArrayTypes {
    array: StaticType,
    iter: StaticType,
}

thread_local! {
    static TYPES: Cell<Option<&'static ArrayTypes>> = const { Cell::new(None) };
}

fn array_type(vm: &Vm) -> StaticType {
    array_types(vm).array
}

fn array_types(vm: &Vm) -> &'static ArrayTypes {
    if let Some(t) = TYPES.with(|t| t.get()) {
        return t;
    }
    let array = new_module_type::<ArrayData>(
        vm,
        "array",
        "array",
        vm.types.object,
        flags::BASETYPE,
        0,
        Some(ARRAY_DOC),
    );
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", array_append),
        ("extend", array_extend),
        ("insert", array_insert),
        ("pop", array_pop),
        ("remove", array_remove),
        ("index", array_index),
        ("count", array_count),
        ("reverse", array_reverse),
        ("byteswap", array_byteswap),
        ("tobytes", array_tobytes),
        ("frombytes", array_frombytes),
        ("tolist", array_tolist),
        ("fromlist", array_fromlist),
        ("tounicode", array_tounicode),
        ("fromunicode", array_fromunicode),
        ("tofile", array_tofile),
        ("fromfile", array_fromfile),
        ("buffer_info", array_buffer_info),
        ("__copy__", array_copy),
        ("__deepcopy__", array_copy),
        ("__reduce_ex__", array_reduce_ex),
        ("__sizeof__", array_sizeof),
        ("__buffer__", array_buffer),
        ("__release_buffer__", array_release_buffer),
        ("__len__", array_len),
        ("__getitem__", array_getitem),
        ("__setitem__", array_setitem),
        ("__delitem__", array_delitem),
        ("__contains__", array_contains),
        ("__iter__", array_iter),
        ("__repr__", array_repr),
        ("__lt__", array_lt),
        ("__le__", array_le),
        ("__eq__", array_eq),
        ("__ne__", array_ne),
        ("__gt__", array_gt),
        ("__ge__", array_ge),
        ("__add__", array_add),
        ("__iadd__", array_iadd),
        ("__mul__", array_mul),
        ("__rmul__", array_mul),
        ("__imul__", array_imul),
    ];
    for (n, f) in methods {
        add_method(vm, array, n, *f);
    }
    add_staticmethod(vm, array, "__new__", array_new);
    crate::objects::builtin::add_classmethod(vm, array, "__class_getitem__", array_class_getitem);
    array.dict.set_str(vm, &vm.names.__hash__, vm.none.clone());
    crate::objects::descr::add_getset(vm, array, "itemsize", array_itemsize, None);
    crate::objects::descr::add_getset(vm, array, "typecode", array_typecode, None);

    let iter = new_module_type::<ArrayIterData>(
        vm,
        "array",
        "arrayiterator",
        vm.types.object,
        0,
        layout_flags::HAS_GC,
        None,
    );
    add_method(vm, iter, "__iter__", iter_self);
    add_method(vm, iter, "__next__", iter_next);

    let t: &'static ArrayTypes = Box::leak(Box::new(ArrayTypes { array, iter }));
    TYPES.with(|c| c.set(Some(t)));
    t
}

/// Makes the `array` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "array");
    let t = array_types(vm);
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        d.set_str(vm, &vm.names.__doc__, vm.new_str(MODULE_DOC));
        d.set_str(vm, &vm.intern("array"), t.array.to_value());
        d.set_str(vm, &vm.intern("ArrayType"), t.array.to_value());
        d.set_str(vm, &vm.intern("typecodes"), vm.new_str(TYPECODES));
        d.set_str(
            vm,
            &vm.intern("_array_reconstructor"),
            crate::objects::builtin::new_module_function(
                vm,
                "_array_reconstructor",
                array_reconstructor,
                Some(m.clone()),
            ),
        );
    }
    m
}

const MODULE_DOC: &str = "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n";

const ARRAY_DOC: &str = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.";
