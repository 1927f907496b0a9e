//! The `_struct` module (behind Lib/struct.py): format strings with byte orders `@=<>!` and
//! native alignment, `pack`, `unpack`, `calcsize`, `pack_into`, `unpack_from`, `iter_unpack`,
//! the `Struct` class and `struct.error`; and the one-item codec that `memoryview` shares.
//! CPython: Modules/_struct.c.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::{alloc_object, Payload, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::float::FloatData;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::types::StaticType;
use crate::vm::{PyErr, PyResult, Vm};

// ---------------------------------------------------------------------------------------------
// One item.

/// An unpacked item, before it becomes a Python value.
#[derive(Clone, Debug)]
pub enum Item {
    Int(i128),
    Float(f64),
    Bool(bool),
    Char(u8),
}

impl Item {
    /// Python equality between two items (`1 == 1.0 == True`, a char equals only a char).
    pub fn equals(&self, other: &Item) -> bool {
        fn num(i: &Item) -> Option<f64> {
            match i {
                Item::Int(v) => Some(*v as f64),
                Item::Float(f) => Some(*f),
                Item::Bool(b) => Some(*b as i32 as f64),
                Item::Char(_) => None,
            }
        }
        match (self, other) {
            (Item::Char(a), Item::Char(b)) => a == b,
            (Item::Int(a), Item::Int(b)) => a == b,
            (Item::Bool(a), Item::Int(b)) | (Item::Int(b), Item::Bool(a)) => *a as i128 == *b,
            _ => match (num(self), num(other)) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    fn into_value(self, vm: &Vm) -> Value {
        match self {
            Item::Int(i) => match i64::try_from(i) {
                Ok(x) => vm.new_int(x),
                Err(_) => vm.new_bigint(BigInt::from(i)),
            },
            Item::Float(f) => vm.new_float(f),
            Item::Bool(b) => vm.new_bool(b),
            Item::Char(c) => crate::ops::new_bytes(vm, vec![c]),
        }
    }
}

/// The size of a native (`@`) single-character format, or `None` if there is no such format.
pub fn native_size(code: u8) -> Option<usize> {
    Some(match code {
        b'c' | b'b' | b'B' | b'?' | b'x' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// The size of a standard-size (`=<>!`) format.
fn standard_size(code: u8) -> Option<usize> {
    Some(match code {
        b'c' | b'b' | b'B' | b'?' | b'x' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn is_signed(code: u8) -> bool {
    matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

/// A half-precision float's bits as a double (CPython: PyFloat_Unpack2).
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    if e == 0x1f {
        return if f == 0.0 {
            sign * f64::INFINITY
        } else {
            f64::NAN
        };
    }
    if e == 0 {
        return sign * f * 2f64.powi(-24);
    }
    sign * (1.0 + f / 1024.0) * 2f64.powi(e - 15)
}

/// A double as half-precision bits, rounding half to even; `None` when it overflows
/// (CPython: PyFloat_Pack2).
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Scale to units of the smallest subnormal (2**-24) and round to even.
    let (mut e, mut m);
    if a < 2f64.powi(-14) {
        e = 0i32;
        m = round_half_even(a * 2f64.powi(24));
        if m >= 1024.0 {
            e = 1;
            m -= 1024.0;
        }
    } else {
        let mut exp = a.log2().floor() as i32;
        // Guard against log2 rounding.
        if 2f64.powi(exp) > a {
            exp -= 1;
        }
        if 2f64.powi(exp + 1) <= a {
            exp += 1;
        }
        m = round_half_even((a / 2f64.powi(exp) - 1.0) * 1024.0);
        e = exp + 15;
        if m >= 1024.0 {
            m = 0.0;
            e += 1;
        }
    }
    if e >= 31 {
        return None;
    }
    Some(sign | ((e as u16) << 10) | (m as u16))
}

fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// Unpacks one item of format `code` from `b` (`b.len()` is the item's size).
pub fn unpack_item(code: u8, b: &[u8], little: bool) -> Item {
    let mut raw: u64 = 0;
    if little {
        for &x in b.iter().rev() {
            raw = (raw << 8) | x as u64;
        }
    } else {
        for &x in b {
            raw = (raw << 8) | x as u64;
        }
    }
    let bits = b.len() as u32 * 8;
    match code {
        b'c' => Item::Char(b.first().copied().unwrap_or(0)),
        b'?' => Item::Bool(raw != 0),
        b'e' => Item::Float(half_to_f64(raw as u16)),
        b'f' => Item::Float(f32::from_bits(raw as u32) as f64),
        b'd' => Item::Float(f64::from_bits(raw)),
        c if is_signed(c) => {
            let shift = 64 - bits.min(64);
            Item::Int(((raw << shift) as i64 >> shift) as i128)
        }
        _ => Item::Int(raw as i128),
    }
}

/// Unpacks one native item as a Python value (memoryview's items).
pub fn unpack_native(vm: &Vm, code: u8, b: &[u8]) -> Value {
    unpack_item(code, b, cfg!(target_endian = "little")).into_value(vm)
}

/// Why a value cannot be packed.
pub enum PackError {
    /// Not an integer (or float, or bytes) as the format needs.
    Type,
    /// An integer outside the format's range.
    Range(i128, i128),
    /// A float too large for `f` or `e`.
    FloatOverflow,
    /// `c` given bytes of another length.
    CharLength,
    Py(PyErr),
}

/// The integer value of `v` for an integer format (using `__index__`).
fn int_of(vm: &Vm, v: &Value) -> Result<BigInt, PackError> {
    if let Some(i) = v.as_small_int() {
        return Ok(BigInt::from(i));
    }
    if let Some(i) = crate::objects::int::as_int(v) {
        return Ok(i.to_bigint());
    }
    if v.class().lookup(&vm.names.__index__).is_some() {
        let r = vm
            .call_method(v, &vm.names.__index__, &[])
            .map_err(PackError::Py)?;
        if let Some(i) = crate::objects::int::as_int(&r) {
            return Ok(i.to_bigint());
        }
    }
    Err(PackError::Type)
}

fn float_of(vm: &Vm, v: &Value) -> Result<f64, PackError> {
    if let Some(f) = v.downcast::<FloatData>() {
        return Ok(f.0);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    if let Some(i) = crate::objects::int::as_int(v) {
        return Ok(i.to_bigint().to_f64().unwrap_or(f64::INFINITY));
    }
    if v.class().lookup(&vm.intern("__float__")).is_some()
        || v.class().lookup(&vm.names.__index__).is_some()
    {
        let r = vm
            .call(&vm.types.float.to_value(), std::slice::from_ref(v), &[])
            .map_err(PackError::Py)?;
        if let Some(f) = r.downcast::<FloatData>() {
            return Ok(f.0);
        }
    }
    Err(PackError::Type)
}

/// Packs one item of format `code` and size `size`.
pub fn pack_item(
    vm: &Vm,
    code: u8,
    size: usize,
    v: &Value,
    little: bool,
) -> Result<Vec<u8>, PackError> {
    let raw: u64 = match code {
        b'c' => {
            let Some(b) = v.downcast::<BytesData>() else {
                return Err(PackError::Type);
            };
            let b = &b.0;
            if b.len() != 1 {
                return Err(PackError::CharLength);
            }
            b[0] as u64
        }
        b'?' => vm.is_true(v).map_err(PackError::Py)? as u64,
        b'e' => f64_to_half(float_of(vm, v)?).ok_or(PackError::FloatOverflow)? as u64,
        b'f' => {
            let x = float_of(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(PackError::FloatOverflow);
            }
            y.to_bits() as u64
        }
        b'd' => float_of(vm, v)?.to_bits(),
        _ => {
            let i = int_of(vm, v)?;
            let bits = size as u32 * 8;
            let (lo, hi): (i128, i128) = if is_signed(code) {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            match i.to_i128() {
                Some(x) if x >= lo && x <= hi => x as u64,
                _ => return Err(PackError::Range(lo, hi)),
            }
        }
    };
    let bytes = raw.to_le_bytes();
    let mut out = bytes[..size].to_vec();
    if !little {
        out.reverse();
    }
    Ok(out)
}

/// Packs one native item (memoryview's item assignment).
pub fn pack_native(vm: &Vm, code: u8, v: &Value) -> Result<Vec<u8>, PackError> {
    let size = native_size(code).unwrap_or(1);
    if code == b'P' || code == b'x' {
        return Err(PackError::Type);
    }
    pack_item(vm, code, size, v, cfg!(target_endian = "little"))
}

// ---------------------------------------------------------------------------------------------
// Formats.

struct Field {
    code: u8,
    offset: usize,
    /// The item size (for `s` and `p`, the string length).
    size: usize,
    /// How many items of this code follow one another (1 for `s` and `p`).
    count: usize,
}

impl Field {
    /// The offsets of this field's items.
    fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.count).map(move |j| self.offset + j * self.size)
    }
}

impl Layout {
    /// The number of values packed or unpacked.
    fn nitems(&self) -> usize {
        self.fields.iter().map(|f| f.count).sum()
    }
}

struct Layout {
    little: bool,
    fields: Vec<Field>,
    size: usize,
}

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    static STRUCT_TYPE: RefCell<Option<StaticType>> = const { RefCell::new(None) };
}

/// The `struct.error` class.
fn error_class(vm: &Vm) -> Value {
    if let Some(e) = ERROR.with(|e| e.borrow().clone()) {
        return e;
    }
    let d = vm.new_dict();
    d.set_str(vm, &vm.names.__module__, vm.new_str("struct"));
    let base = vm.types.exc.exception.to_value();
    let cls = vm
        .call(
            &vm.types.type_.to_value(),
            &[
                vm.new_str("error"),
                vm.new_tuple(vec![base]),
                d.into_value(),
            ],
            &[],
        )
        .unwrap_or_else(|_| vm.types.exc.exception.to_value());
    ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    cls
}

fn struct_error(vm: &Vm, msg: impl Into<String>) -> PyErr {
    let cls = error_class(vm);
    match cls.downcast::<crate::typeobject::TypeData>() {
        Some(t) => vm.new_exception_msg(t, msg),
        None => vm.new_exception_msg(vm.types.exc.exception, msg),
    }
}

fn pack_err(vm: &Vm, e: PackError, code: u8) -> PyErr {
    match e {
        PackError::Type => struct_error(
            vm,
            if matches!(code, b'e' | b'f' | b'd') {
                "required argument is not a float"
            } else if code == b'c' {
                "char format requires a bytes object of length 1"
            } else {
                "required argument is not an integer"
            },
        ),
        PackError::Range(lo, hi) => struct_error(
            vm,
            format!("'{}' format requires {lo} <= number <= {hi}", code as char),
        ),
        PackError::FloatOverflow => vm.new_overflow_error(format!(
            "float too large to pack with {} format",
            code as char
        )),
        PackError::CharLength => {
            struct_error(vm, "char format requires a bytes object of length 1")
        }
        PackError::Py(e) => e,
    }
}

// CPython: _struct.c prepare_s
fn parse_format(vm: &Vm, fmt: &[u8]) -> PyResult<Layout> {
    let (native, little, rest) = match fmt.first() {
        Some(b'@') => (true, cfg!(target_endian = "little"), &fmt[1..]),
        Some(b'=') => (false, cfg!(target_endian = "little"), &fmt[1..]),
        Some(b'<') => (false, true, &fmt[1..]),
        Some(b'>') | Some(b'!') => (false, false, &fmt[1..]),
        _ => (true, cfg!(target_endian = "little"), fmt),
    };
    let mut fields = Vec::new();
    let mut offset = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < rest.len() && rest[i].is_ascii_digit() {
            let d = (rest[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d))
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?,
            );
            i += 1;
        }
        if i >= rest.len() {
            return Err(struct_error(
                vm,
                "repeat count given without format specifier",
            ));
        }
        let code = rest[i];
        i += 1;
        let size = if native {
            native_size(code)
        } else if matches!(code, b'n' | b'N' | b'P') {
            None
        } else {
            standard_size(code)
        };
        let size = match (code, size) {
            (b's' | b'p', _) => 1,
            (_, Some(s)) => s,
            _ => return Err(struct_error(vm, "bad char in struct format")),
        };
        let n = count.unwrap_or(1);
        if native && size > 1 && !matches!(code, b's' | b'p' | b'x' | b'c') {
            offset = offset.div_ceil(size) * size;
        }
        match code {
            b'x' => {
                offset = offset
                    .checked_add(n)
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?
            }
            b's' | b'p' => {
                fields.push(Field {
                    code,
                    offset,
                    size: n,
                    count: 1,
                });
                offset = offset
                    .checked_add(n)
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
            }
            _ => {
                fields.push(Field {
                    code,
                    offset,
                    size,
                    count: n,
                });
                offset = n
                    .checked_mul(size)
                    .and_then(|b| offset.checked_add(b))
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
            }
        }
    }
    Ok(Layout {
        little,
        fields,
        size: offset,
    })
}

fn format_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.downcast::<StrData>() {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(b.0.to_vec());
    }
    Err(vm.new_type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        v.class().name()
    )))
}

fn pack_layout(vm: &Vm, l: &Layout, values: &[Value]) -> PyResult<Vec<u8>> {
    if values.len() != l.nitems() {
        return Err(struct_error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                l.nitems(),
                values.len()
            ),
        ));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(l.size).is_err() {
        return Err(vm.new_exception(vm.types.exc.memory_error, vec![]));
    }
    out.resize(l.size, 0);
    write_layout(vm, l, values, &mut out)?;
    Ok(out)
}

fn write_layout(vm: &Vm, l: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let slots = l
        .fields
        .iter()
        .flat_map(|f| f.offsets().map(move |o| (f, o)));
    for ((f, off), v) in slots.zip(values) {
        let Some(dst) = out.get_mut(off..off + f.size) else {
            break;
        };
        match f.code {
            b's' | b'p' => {
                let data = if let Some(b) = v.downcast::<BytesData>() {
                    b.0.to_vec()
                } else if let Some(b) = v.downcast::<ByteArrayData>() {
                    b.0.borrow().clone()
                } else {
                    return Err(struct_error(
                        vm,
                        format!("argument for '{}' must be a bytes object", f.code as char),
                    ));
                };
                if f.code == b's' {
                    let n = data.len().min(f.size);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if f.size > 0 {
                    let n = data.len().min(f.size - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            _ => {
                let b = pack_item(vm, f.code, f.size, v, l.little)
                    .map_err(|e| pack_err(vm, e, f.code))?;
                dst.copy_from_slice(&b);
            }
        }
    }
    Ok(())
}

fn unpack_layout(vm: &Vm, l: &Layout, data: &[u8]) -> Value {
    let mut items = Vec::with_capacity(l.nitems().min(data.len() + 1));
    for (f, off) in l
        .fields
        .iter()
        .flat_map(|f| f.offsets().map(move |o| (f, o)))
    {
        let Some(src) = data.get(off..off + f.size) else {
            break;
        };
        items.push(match f.code {
            b's' => crate::ops::new_bytes(vm, src.to_vec()),
            b'p' => {
                let n = src
                    .first()
                    .map_or(0, |&n| (n as usize).min(f.size.saturating_sub(1)));
                crate::ops::new_bytes(vm, src.get(1..1 + n).unwrap_or(&[]).to_vec())
            }
            _ => unpack_item(f.code, src, l.little).into_value(vm),
        });
    }
    vm.new_tuple(items)
}

// ---------------------------------------------------------------------------------------------
// The `Struct` class.

pub struct StructData {
    format: Value,
    layout: Layout,
}

impl Payload for StructData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.format);
    }
}

fn struct_type() -> StaticType {
    if let Some(t) = STRUCT_TYPE.with(|t| *t.borrow()) {
        return t;
    }
    let t = crate::types::make_builtin_type::<StructData>("Struct", 0);
    STRUCT_TYPE.with(|s| *s.borrow_mut() = Some(t));
    t
}

fn new_struct(vm: &Vm, fmt: &Value) -> PyResult<Value> {
    let bytes = format_bytes(vm, fmt)?;
    let layout = parse_format(vm, &bytes)?;
    let format = match fmt.downcast::<StrData>() {
        Some(_) => fmt.clone(),
        None => vm.new_string(String::from_utf8_lossy(&bytes).into_owned()),
    };
    Ok(alloc_object(struct_type(), StructData { format, layout }).into_value())
}

fn s_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let fmt = if npos >= 2 {
        &args[1]
    } else if kw.len() == 1 {
        &args[args.len() - 1]
    } else {
        return Err(vm.new_type_error("Struct() missing required argument 'format' (pos 1)"));
    };
    new_struct(vm, fmt)
}

fn s_this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a StructData> {
    args.first()
        .and_then(|v| v.downcast::<StructData>())
        .map(|o| &**o)
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_struct.Struct' object"))
}

/// The layout behind a module function's format argument.
fn with_layout<R>(
    vm: &Vm,
    fmt: Option<&Value>,
    f: impl FnOnce(&Layout) -> PyResult<R>,
) -> PyResult<R> {
    let Some(fmt) = fmt else {
        return Err(vm.new_type_error("missing required argument 'format' (pos 1)"));
    };
    if let Some(s) = fmt.downcast::<StructData>() {
        return f(&s.layout);
    }
    let bytes = format_bytes(vm, fmt)?;
    let l = parse_format(vm, &bytes)?;
    f(&l)
}

fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::buffer::bytes_of(vm, v)
}

fn do_unpack(vm: &Vm, l: &Layout, buf: &Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    if data.len() != l.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", l.size),
        ));
    }
    Ok(unpack_layout(vm, l, &data))
}

fn offset_arg(vm: &Vm, v: Option<&Value>) -> PyResult<isize> {
    match v {
        None => Ok(0),
        Some(v) => vm.index_to_isize(v),
    }
}

fn do_unpack_from(vm: &Vm, l: &Layout, buf: &Value, off: isize) -> PyResult<Value> {
    let data = buffer_arg(vm, buf)?;
    let len = data.len() as isize;
    let mut o = off;
    if o < 0 {
        if o + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        o += len;
    }
    if len - o < l.size as isize {
        return Err(struct_error(vm, {
            format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                    l.size as isize + o,
                    l.size,
                    o,
                    len
                )
        }));
    }
    let o = o as usize;
    Ok(unpack_layout(vm, l, &data[o..o + l.size]))
}

fn do_pack_into(vm: &Vm, l: &Layout, buf: &Value, off: &Value, values: &[Value]) -> PyResult<()> {
    let off = vm.index_to_isize(off)?;
    // The writable target: a bytearray, or a writable memoryview over one.
    let (target, base, view_len) =
        if let Some(m) = buf.downcast::<crate::objects::memoryview::MemoryViewData>() {
            m.check_released(vm)?;
            if m.readonly || m.strides.as_slice() != [m.itemsize as isize] {
                return Err(vm.new_type_error(format!(
                    "argument must be read-write bytes-like object, not {}",
                    buf.class().name()
                )));
            }
            (m.obj.clone(), m.offset as usize, m.nbytes())
        } else if let Some(b) = buf.downcast::<ByteArrayData>() {
            let n = b.0.borrow().len();
            (buf.clone(), 0, n)
        } else {
            return Err(vm.new_type_error(format!(
                "argument must be read-write bytes-like object, not {}",
                buf.class().name()
            )));
        };
    let len = view_len as isize;
    let mut o = off;
    if o < 0 {
        if o + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        o += len;
    }
    if len - o < l.size as isize {
        return Err(struct_error(vm, {
            format!(
                    "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                    l.size as isize + o,
                    l.size,
                    o,
                    len
                )
        }));
    }
    let packed = pack_layout(vm, l, values)?;
    if let Some(b) = target.downcast::<ByteArrayData>() {
        let mut data = b.0.borrow_mut();
        let start = base + o as usize;
        if let Some(dst) = data.get_mut(start..start + packed.len()) {
            dst.copy_from_slice(&packed);
        }
    }
    Ok(())
}

fn do_iter_unpack(vm: &Vm, l: &Layout, buf: &Value) -> PyResult<Value> {
    if l.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer_arg(vm, buf)?;
    if data.len() % l.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                l.size
            ),
        ));
    }
    let items: Vec<Value> = data
        .chunks(l.size)
        .map(|c| unpack_layout(vm, l, c))
        .collect();
    vm.iter(&vm.new_list(items))
}

fn positional<'a>(vm: &Vm, name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(args)
}

fn need(vm: &Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() < n {
        return Err(vm.new_type_error(format!("{name} expected {n} arguments, got {}", args.len())));
    }
    Ok(())
}

fn m_pack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(vm, "pack", args, kw)?;
    if a.is_empty() {
        return Err(vm.new_type_error("pack expected at least 1 argument, got 0"));
    }
    with_layout(vm, a.first(), |l| {
        Ok(crate::ops::new_bytes(vm, pack_layout(vm, l, &a[1..])?))
    })
}

fn m_unpack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(vm, "unpack", args, kw)?;
    need(vm, "unpack", a, 2)?;
    with_layout(vm, a.first(), |l| do_unpack(vm, l, &a[1]))
}

fn m_calcsize(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(vm, "calcsize", args, kw)?;
    with_layout(vm, a.first(), |l| Ok(vm.new_int(l.size as i64)))
}

/// `unpack_from(format, buffer, offset=0)` with `offset` possibly by keyword.
fn unpack_from_args<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: &'a [Value],
    skip: usize,
) -> PyResult<(&'a Value, Option<&'a Value>)> {
    let npos = args.len() - kw.len();
    let mut buf = args.get(skip).filter(|_| npos > skip);
    let mut off = args.get(skip + 1).filter(|_| npos > skip + 1);
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match k.downcast::<StrData>().map(|s| s.as_str()) {
            Some("buffer") => buf = Some(v),
            Some("offset") => off = Some(v),
            _ => return Err(vm.new_type_error("unpack_from() got an unexpected keyword argument")),
        }
    }
    let buf = buf.ok_or_else(|| {
        vm.new_type_error("unpack_from() missing required argument 'buffer' (pos 1)")
    })?;
    Ok((buf, off))
}

fn m_unpack_from(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (buf, off) = unpack_from_args(vm, args, kw, 1)?;
    let off = offset_arg(vm, off)?;
    with_layout(vm, args.first(), |l| do_unpack_from(vm, l, buf, off))
}

fn m_pack_into(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(vm, "pack_into", args, kw)?;
    if a.len() < 3 {
        return Err(vm.new_type_error(format!(
            "pack_into expected at least 3 arguments, got {}",
            a.len()
        )));
    }
    with_layout(vm, a.first(), |l| {
        do_pack_into(vm, l, &a[1], &a[2], &a[3..])
    })?;
    Ok(vm.none.clone())
}

fn m_iter_unpack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(vm, "iter_unpack", args, kw)?;
    need(vm, "iter_unpack", a, 2)?;
    with_layout(vm, a.first(), |l| do_iter_unpack(vm, l, &a[1]))
}

fn m_clearcache(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.none.clone())
}

fn s_pack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = s_this(vm, args)?;
    let a = positional(vm, "pack", args, kw)?;
    Ok(crate::ops::new_bytes(
        vm,
        pack_layout(vm, &s.layout, &a[1..])?,
    ))
}

fn s_unpack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = s_this(vm, args)?;
    let a = positional(vm, "unpack", args, kw)?;
    need(vm, "unpack", &a[1..], 1)?;
    do_unpack(vm, &s.layout, &a[1])
}

fn s_unpack_from(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = s_this(vm, args)?;
    let (buf, off) = unpack_from_args(vm, args, kw, 1)?;
    let off = offset_arg(vm, off)?;
    do_unpack_from(vm, &s.layout, buf, off)
}

fn s_pack_into(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = s_this(vm, args)?;
    let a = positional(vm, "pack_into", args, kw)?;
    if a.len() < 3 {
        return Err(vm.new_type_error(format!(
            "pack_into expected at least 2 arguments, got {}",
            a.len() - 1
        )));
    }
    do_pack_into(vm, &s.layout, &a[1], &a[2], &a[3..])?;
    Ok(vm.none.clone())
}

fn s_iter_unpack(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = s_this(vm, args)?;
    let a = positional(vm, "iter_unpack", args, kw)?;
    need(vm, "iter_unpack", &a[1..], 1)?;
    do_iter_unpack(vm, &s.layout, &a[1])
}

fn s_get_format(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(s_this(vm, std::slice::from_ref(v))?.format.clone())
}

fn s_get_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(s_this(vm, std::slice::from_ref(v))?.layout.size as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_clearcache", m_clearcache),
    ("calcsize", m_calcsize),
    ("iter_unpack", m_iter_unpack),
    ("pack", m_pack),
    ("pack_into", m_pack_into),
    ("unpack", m_unpack),
    ("unpack_from", m_unpack_from),
];

/// Makes the `_struct` module.
pub fn make(vm: &Vm) -> Value {
    let md = crate::import::new_module(vm, "_struct");
    let t = struct_type();
    if t.dict.get_str(&vm.intern("pack")).is_none() {
        add_staticmethod(vm, t, "__new__", s_new);
        let methods: &[(&'static str, NativeFn)] = &[
            ("pack", s_pack),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("pack_into", s_pack_into),
            ("iter_unpack", s_iter_unpack),
        ];
        for (name, f) in methods {
            add_method(vm, t, name, *f);
        }
        let ro = Some(crate::objects::list::readonly_member as crate::objects::descr::Setter);
        crate::objects::descr::add_getset(vm, t, "format", s_get_format, ro);
        crate::objects::descr::add_getset(vm, t, "size", s_get_size, ro);
        t.dict
            .set_str(vm, &vm.names.__module__, vm.new_str("_struct"));
    }
    if let Some(module) = md.downcast::<ModuleData>() {
        let d = &module.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&md), FUNCTIONS);
        d.set_str(vm, &vm.intern("Struct"), t.to_value());
        d.set_str(vm, &vm.intern("error"), error_class(vm));
        d.set_str(
            vm,
            &vm.intern("__doc__"),
            vm.new_str("Functions to convert between Python values and C structs."),
        );
    }
    md
}
