//! `memoryview`: a view of the bytes of a `bytes` or `bytearray` (directly or through another
//! memoryview) with a native struct format, a shape and strides: attributes, indexing and
//! slicing, item and slice assignment, `tobytes`/`tolist`/`hex`/`cast`/`toreadonly`/`release`,
//! comparison, hashing and the context manager. CPython: Objects/memoryobject.c.

use std::cell::Cell;

use crate::object::{alloc_object, Payload, Value};
use crate::objects::builtin::{add_method, add_staticmethod, NativeFn};
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::range::SliceData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::structmodule::{self as st, Item};
use crate::vm::{PyResult, Vm};

pub struct MemoryViewData {
    /// The exporting object (a bytes or a bytearray).
    pub obj: Value,
    pub released: Cell<bool>,
    pub readonly: bool,
    /// Byte offset of the first item in the exporter's buffer.
    pub offset: isize,
    pub format: Box<str>,
    pub itemsize: usize,
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
    /// Whether this view counts as an export of a bytearray (until released).
    exported: bool,
    hash: Cell<Option<i64>>,
}

impl Payload for MemoryViewData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj);
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        if self.exported && !self.released.get() {
            crate::buffer::remove_export(self.obj.raw());
        }
    }
}

fn released_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_value_error("operation forbidden on released memoryview object")
}

/// C-contiguous strides for a shape.
fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut acc = itemsize as isize;
    for i in (0..shape.len()).rev() {
        strides[i] = acc;
        acc *= shape[i] as isize;
    }
    strides
}

impl MemoryViewData {
    pub fn check_released(&self, vm: &Vm) -> PyResult<()> {
        if self.released.get() {
            return Err(released_error(vm));
        }
        Ok(())
    }

    /// Calls `f` with the whole buffer of the exporter.
    fn with_raw<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        if let Some(b) = self.obj.downcast::<BytesData>() {
            return Some(f(&b.0));
        }
        if let Some(b) = self.obj.downcast::<ByteArrayData>() {
            let data = b.0.borrow();
            return Some(f(&data));
        }
        if let Some(a) = self.obj.downcast::<crate::arraymodule::ArrayData>() {
            return Some(a.with_bytes(f));
        }
        None
    }

    /// The number of items.
    pub fn item_count(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn nbytes(&self) -> usize {
        self.item_count() * self.itemsize
    }

    /// The byte offsets of every item in C order.
    fn offsets(&self) -> Vec<isize> {
        let n = self.item_count();
        let mut out = Vec::with_capacity(n);
        if n == 0 {
            return out;
        }
        let nd = self.shape.len();
        let mut idx = vec![0usize; nd];
        loop {
            let off: isize = self.offset
                + idx
                    .iter()
                    .zip(&self.strides)
                    .map(|(&i, &s)| i as isize * s)
                    .sum::<isize>();
            out.push(off);
            // Advance the index odometer.
            let mut d = nd;
            loop {
                if d == 0 {
                    return out;
                }
                d -= 1;
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    /// The bytes of the view in logical (C) order; `None` once released.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        let offsets = self.offsets();
        let size = self.itemsize;
        self.with_raw(|raw| {
            let mut out = Vec::with_capacity(offsets.len() * size);
            for off in offsets {
                let o = off.max(0) as usize;
                if let Some(s) = raw.get(o..o + size) {
                    out.extend_from_slice(s);
                }
            }
            out
        })
    }

    fn is_c_contiguous(&self) -> bool {
        self.item_count() == 0 || self.strides == c_strides(&self.shape, self.itemsize)
    }

    fn is_f_contiguous(&self) -> bool {
        if self.item_count() == 0 {
            return true;
        }
        let mut acc = self.itemsize as isize;
        for (i, &n) in self.shape.iter().enumerate() {
            if n > 1 && self.strides[i] != acc {
                return false;
            }
            acc *= n as isize;
        }
        true
    }

    fn code(&self) -> u8 {
        self.format.bytes().last().unwrap_or(b'B')
    }

    /// The item at byte offset `off`.
    fn item_at(&self, vm: &Vm, off: isize) -> PyResult<Value> {
        let size = self.itemsize;
        let bytes = self
            .with_raw(|raw| {
                let o = off.max(0) as usize;
                raw.get(o..o + size).map(|s| s.to_vec())
            })
            .flatten()
            .ok_or_else(|| vm.new_index_error("index out of bounds on dimension 1"))?;
        Ok(st::unpack_native(vm, self.code(), &bytes))
    }

    fn write_at(&self, off: isize, data: &[u8]) {
        if let Some(b) = self.obj.downcast::<ByteArrayData>() {
            let mut raw = b.0.borrow_mut();
            let o = off.max(0) as usize;
            if let Some(s) = raw.get_mut(o..o + data.len()) {
                s.copy_from_slice(data);
            }
        }
        if let Some(a) = self.obj.downcast::<crate::arraymodule::ArrayData>() {
            a.write_bytes(off.max(0) as usize, data);
        }
    }
}

/// A new view of `obj` sharing the exporter of `base`.
fn new_view(vm: &Vm, base: &MemoryViewData, changes: impl FnOnce(&mut MemoryViewData)) -> Value {
    let exported = base.obj.downcast::<ByteArrayData>().is_some()
        || base
            .obj
            .downcast::<crate::arraymodule::ArrayData>()
            .is_some();
    let mut d = MemoryViewData {
        obj: base.obj.clone(),
        released: Cell::new(false),
        readonly: base.readonly,
        offset: base.offset,
        format: base.format.clone(),
        itemsize: base.itemsize,
        shape: base.shape.clone(),
        strides: base.strides.clone(),
        exported,
        hash: Cell::new(None),
    };
    changes(&mut d);
    if exported {
        crate::buffer::add_export(d.obj.raw());
    }
    alloc_object(vm.types.memoryview, d).into_value()
}

/// `memoryview(obj)` for a bytes-like `obj`.
pub fn from_object(vm: &Vm, obj: &Value) -> PyResult<Value> {
    if let Some(m) = obj.downcast::<MemoryViewData>() {
        m.check_released(vm)?;
        return Ok(new_view(vm, m, |_| {}));
    }
    if let Some(a) = obj.downcast::<crate::arraymodule::ArrayData>() {
        // An array exports its items with its typecode as format (CPython: array_buffer_getbuf).
        let size = a.itemsize();
        let format = match a.typecode() {
            'u' => "w".to_string(),
            c => c.to_string(),
        };
        let base = MemoryViewData {
            obj: obj.clone(),
            released: Cell::new(true),
            readonly: false,
            offset: 0,
            format: format.into(),
            itemsize: size,
            shape: vec![a.with_bytes(|b| b.len()) / size],
            strides: vec![size as isize],
            exported: false,
            hash: Cell::new(None),
        };
        return Ok(new_view(vm, &base, |_| {}));
    }
    let (len, readonly) = if let Some(b) = obj.downcast::<BytesData>() {
        (b.0.len(), true)
    } else if let Some(b) = obj.downcast::<ByteArrayData>() {
        (b.0.borrow().len(), false)
    } else {
        return Err(vm.new_type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.class().name()
        )));
    };
    let base = MemoryViewData {
        obj: obj.clone(),
        released: Cell::new(true),
        readonly,
        offset: 0,
        format: "B".into(),
        itemsize: 1,
        shape: vec![len],
        strides: vec![1],
        exported: false,
        hash: Cell::new(None),
    };
    Ok(new_view(vm, &base, |_| {}))
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a MemoryViewData> {
    args.first()
        .and_then(|v| v.downcast::<MemoryViewData>())
        .map(|o| &**o)
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'memoryview' object"))
}

fn live<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a MemoryViewData> {
    let m = this(vm, args)?;
    m.check_released(vm)?;
    Ok(m)
}

fn mv_new(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let given = args.len().saturating_sub(1);
    if given > 1 {
        return Err(vm.new_type_error(format!(
            "memoryview() takes at most 1 argument ({given} given)"
        )));
    }
    let by_keyword = kw
        .iter()
        .position(|k| crate::ops::str_of(k) == Some("object"))
        .map(|i| &args[npos + i]);
    let Some(obj) = args.get(1).filter(|_| npos == 2).or(by_keyword) else {
        return Err(vm.new_type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    from_object(vm, obj)
}

/// The index of one dimension, checked against its length.
fn dim_index(vm: &Vm, key: &Value, len: usize, dim: usize) -> PyResult<usize> {
    let i = vm.index_to_isize(key)?;
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j >= len as isize {
        return Err(vm.new_index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(j as usize)
}

fn is_index(vm: &Vm, v: &Value) -> bool {
    v.as_small_int().is_some()
        || crate::objects::int::as_int(v).is_some()
        || v.class().lookup(&vm.names.__index__).is_some()
}

fn mv_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    let key = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    let nd = m.shape.len();
    if nd == 0 {
        if key.is(&vm.ellipsis) {
            return Ok(args[0].clone());
        }
        return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
    }
    if let Some(s) = key.downcast::<SliceData>() {
        let (start, _stop, step, n) = crate::seq::slice_indices(vm, s, m.shape[0])?;
        return Ok(new_view(vm, m, |d| {
            d.offset += start * d.strides[0];
            d.strides[0] *= step;
            d.shape[0] = n;
        }));
    }
    if is_index(vm, key) {
        if nd != 1 {
            return Err(vm.new_exception_msg(
                vm.types.exc.not_implemented_error,
                "multi-dimensional sub-views are not implemented",
            ));
        }
        let i = dim_index(vm, key, m.shape[0], 0)?;
        return m.item_at(vm, m.offset + i as isize * m.strides[0]);
    }
    if let Some(t) = key.downcast::<TupleData>() {
        let items = t.items();
        if items.iter().all(|k| is_index(vm, k)) {
            if items.len() < nd {
                return Err(vm.new_exception_msg(
                    vm.types.exc.not_implemented_error,
                    "sub-views are not implemented",
                ));
            }
            if items.len() > nd {
                return Err(vm.new_type_error(format!(
                    "cannot index {nd}-dimension view with {}-element tuple",
                    items.len()
                )));
            }
            let off = tuple_offset(vm, m, items)?;
            return m.item_at(vm, off);
        }
        if items.iter().all(|k| k.downcast::<SliceData>().is_some()) {
            return Err(vm.new_exception_msg(
                vm.types.exc.not_implemented_error,
                "multi-dimensional slicing is not implemented",
            ));
        }
    }
    Err(vm.new_type_error("memoryview: invalid slice key"))
}

fn tuple_offset(vm: &Vm, m: &MemoryViewData, items: &[Value]) -> PyResult<isize> {
    let mut off = m.offset;
    for (d, k) in items.iter().enumerate() {
        let i = dim_index(vm, k, m.shape[d], d)?;
        off += i as isize * m.strides[d];
    }
    Ok(off)
}

fn pack_error(vm: &Vm, e: st::PackError, fmt: &str) -> crate::vm::PyErr {
    match e {
        st::PackError::Type => {
            vm.new_type_error(format!("memoryview: invalid type for format '{fmt}'"))
        }
        st::PackError::Py(e) => e,
        _ => vm.new_value_error(format!("memoryview: invalid value for format '{fmt}'")),
    }
}

fn mv_setitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    if m.readonly {
        return Err(vm.new_type_error("cannot modify read-only memory"));
    }
    let (Some(key), Some(value)) = (args.get(1), args.get(2)) else {
        return Err(vm.new_type_error("cannot delete memory"));
    };
    let nd = m.shape.len();
    if is_index(vm, key) || key.downcast::<TupleData>().is_some() {
        let off = if let Some(t) = key.downcast::<TupleData>() {
            if t.len() != nd {
                return Err(vm.new_type_error("memoryview: invalid slice key"));
            }
            tuple_offset(vm, m, t.items())?
        } else {
            if nd != 1 {
                return Err(vm.new_exception_msg(
                    vm.types.exc.not_implemented_error,
                    "sub-views are not implemented",
                ));
            }
            let i = dim_index(vm, key, m.shape[0], 0)?;
            m.offset + i as isize * m.strides[0]
        };
        let data =
            st::pack_native(vm, m.code(), value).map_err(|e| pack_error(vm, e, &m.format))?;
        m.write_at(off, &data);
        return Ok(vm.none.clone());
    }
    if let Some(s) = key.downcast::<SliceData>() {
        if nd != 1 {
            return Err(vm.new_exception_msg(
                vm.types.exc.not_implemented_error,
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let (start, _stop, step, n) = crate::seq::slice_indices(vm, s, m.shape[0])?;
        let src_fmt_ok = match value.downcast::<MemoryViewData>() {
            Some(o) => {
                o.check_released(vm)?;
                o.format == m.format && o.shape.len() == 1 && o.shape[0] == n
            }
            None => m.code() == b'B' && crate::buffer::is_buffer(value),
        };
        let src = crate::buffer::bytes_of(vm, value)?;
        if !src_fmt_ok || src.len() != n * m.itemsize {
            return Err(vm.new_value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (k, chunk) in src.chunks(m.itemsize.max(1)).enumerate() {
            let off = m.offset + (start + k as isize * step) * m.strides[0];
            m.write_at(off, chunk);
        }
        return Ok(vm.none.clone());
    }
    Err(vm.new_type_error("memoryview: invalid slice key"))
}

fn mv_len(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    match m.shape.first() {
        Some(&n) => Ok(vm.new_int(n as i64)),
        None => Err(vm.new_type_error("0-dim memory has no length")),
    }
}

/// The items as a (nested) list.
fn tolist_value(vm: &Vm, m: &MemoryViewData) -> PyResult<Value> {
    let offsets = m.offsets();
    let mut items = Vec::with_capacity(offsets.len());
    for off in offsets {
        items.push(m.item_at(vm, off)?);
    }
    if m.shape.is_empty() {
        return Ok(items.pop().unwrap_or_else(|| vm.none.clone()));
    }
    // Group the flat items by the shape, innermost dimension first.
    let mut level = items;
    for &n in m.shape[1..].iter().rev() {
        let mut grouped = Vec::new();
        let mut it = level.into_iter();
        loop {
            let chunk: Vec<Value> = it.by_ref().take(n).collect();
            if chunk.is_empty() {
                break;
            }
            grouped.push(vm.new_list(chunk));
        }
        level = grouped;
    }
    Ok(vm.new_list(level))
}

fn mv_tolist(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    tolist_value(vm, m)
}

fn mv_iter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    if m.shape.is_empty() {
        return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
    }
    if m.shape.len() != 1 {
        return Err(vm.new_exception_msg(
            vm.types.exc.not_implemented_error,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let it = crate::objects::iter::SeqIterData::new(args[0].clone());
    Ok(alloc_object(memory_iterator_type(vm), it).into_value())
}

thread_local! {
    static MEMORY_ITERATOR: Cell<Option<crate::types::StaticType>> = const { Cell::new(None) };
}

/// The `memory_iterator` type: an index-based iterator over a one-dimensional view.
fn memory_iterator_type(vm: &Vm) -> crate::types::StaticType {
    if let Some(t) = MEMORY_ITERATOR.with(|t| t.get()) {
        return t;
    }
    let t = crate::types::make_builtin_type::<crate::objects::iter::SeqIterData>(
        "memory_iterator",
        crate::object::layout_flags::HAS_GC,
    );
    for name in ["__iter__", "__next__"] {
        let key = vm.intern(name);
        if let Some(f) = vm.types.seq_iterator.dict.get_str(&key) {
            t.dict.set_str(vm, &key, f);
        }
    }
    MEMORY_ITERATOR.with(|c| c.set(Some(t)));
    t
}

fn mv_tobytes(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    let order = if args.len() > 1 { Some(&args[1]) } else { None };
    if let Some(o) = order {
        if !vm.is_none(o) {
            let s = o.downcast::<StrData>().map(|s| s.as_str().to_string());
            if !matches!(s.as_deref(), Some("C") | Some("F") | Some("A")) {
                return Err(vm.new_value_error("order must be 'C', 'F' or 'A'"));
            }
        }
    }
    let _ = kw;
    Ok(crate::ops::new_bytes(vm, m.to_bytes().unwrap_or_default()))
}

fn mv_hex(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    let b = crate::ops::new_bytes(vm, m.to_bytes().unwrap_or_default());
    let f = vm
        .types
        .bytes
        .lookup(&vm.intern("hex"))
        .ok_or_else(|| vm.new_type_error("hex"))?;
    let mut a = vec![b];
    a.extend_from_slice(&args[1..]);
    vm.call(&f, &a, kw)
}

fn mv_toreadonly(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    Ok(new_view(vm, m, |d| d.readonly = true))
}

fn mv_release(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    if !m.released.replace(true) && m.exported {
        crate::buffer::remove_export(m.obj.raw());
    }
    Ok(vm.none.clone())
}

fn mv_enter(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    live(vm, args)?;
    Ok(args[0].clone())
}

fn mv_exit(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    mv_release(vm, &args[..1], kw)
}

fn is_byte_format(f: &str) -> bool {
    matches!(f, "B" | "b" | "c" | "@B" | "@b" | "@c")
}

// CPython: memoryobject.c memoryview_cast_impl
fn mv_cast(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = live(vm, args)?;
    let npos = args.len() - kw.len();
    let mut fmt_v = args.get(1).filter(|_| npos > 1);
    let mut shape_v = args.get(2).filter(|_| npos > 2);
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match k.downcast::<StrData>().map(|s| s.as_str()) {
            Some("format") => fmt_v = Some(v),
            Some("shape") => shape_v = Some(v),
            _ => return Err(vm.new_type_error("cast() got an unexpected keyword argument")),
        }
    }
    let Some(fmt_v) = fmt_v else {
        return Err(vm.new_type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(fmt) = fmt_v.downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "cast() argument 'format' must be str, not {}",
            fmt_v.class().name()
        )));
    };
    let fmt = fmt.as_str().to_string();
    if !m.is_c_contiguous() {
        return Err(vm.new_type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape_v = shape_v.filter(|v| !vm.is_none(v));
    let shape: Option<Vec<Value>> = match shape_v {
        None => None,
        Some(v) => {
            if let Some(t) = v.downcast::<TupleData>() {
                Some(t.items().to_vec())
            } else if let Some(l) = v.downcast::<crate::objects::list::ListData>() {
                Some(l.snapshot())
            } else {
                return Err(vm.new_type_error("shape must be a list or a tuple"));
            }
        }
    };
    if (shape.is_some() || m.shape.len() != 1) && m.shape.contains(&0) {
        return Err(
            vm.new_type_error("memoryview: cannot cast view with zeros in shape or strides")
        );
    }
    if let Some(s) = &shape {
        if m.shape.len() != 1 && s.len() != 1 {
            return Err(vm.new_type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
        if s.len() > 64 {
            return Err(vm.new_value_error("memoryview: number of dimensions must not exceed 64"));
        }
    }
    let code = fmt.strip_prefix('@').unwrap_or(&fmt);
    let itemsize = match code.as_bytes() {
        [c] => st::native_size(*c),
        _ => None,
    };
    let itemsize = itemsize.filter(|_| code != "x");
    let Some(itemsize) = itemsize else {
        return Err(vm.new_value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(&m.format) && !is_byte_format(&fmt) {
        return Err(vm.new_type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    let new_shape = match shape {
        None => {
            if nbytes % itemsize != 0 {
                return Err(vm.new_type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / itemsize]
        }
        Some(items) => {
            let mut out = Vec::new();
            for it in &items {
                let n = vm
                    .index_to_isize(it)
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| {
                        vm.new_value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        )
                    })?;
                out.push(n as usize);
            }
            if out.iter().product::<usize>() * itemsize != nbytes {
                return Err(
                    vm.new_type_error("memoryview: product(shape) * itemsize != buffer size")
                );
            }
            out
        }
    };
    let strides = c_strides(&new_shape, itemsize);
    Ok(new_view(vm, m, |d| {
        d.format = fmt.as_str().into();
        d.itemsize = itemsize;
        d.shape = new_shape;
        d.strides = strides;
    }))
}

/// The items of a buffer for comparison: a memoryview's unpacked items, or a bytes-like
/// object's bytes as unsigned bytes.
fn compare_items(vm: &Vm, v: &Value) -> PyResult<Option<(Vec<usize>, Vec<Item>)>> {
    if let Some(m) = v.downcast::<MemoryViewData>() {
        let bytes = m.to_bytes().unwrap_or_default();
        let code = m.code();
        let items = bytes
            .chunks(m.itemsize.max(1))
            .map(|c| st::unpack_item(code, c, cfg!(target_endian = "little")))
            .collect();
        return Ok(Some((m.shape.clone(), items)));
    }
    let _ = vm;
    Ok(crate::buffer::with_buffer(v, |b| {
        (
            vec![b.len()],
            b.iter().map(|&x| Item::Int(x as i128)).collect(),
        )
    }))
}

fn mv_eq_impl(vm: &Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let m = this(vm, args)?;
    let Some(other) = args.get(1).filter(|_| args.len() == 2) else {
        return Err(vm.new_type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    if other.is(&args[0]) {
        return Ok(Some(true));
    }
    if let Some(o) = other.downcast::<MemoryViewData>() {
        if m.released.get() || o.released.get() {
            return Ok(Some(false));
        }
    } else if !crate::buffer::is_buffer(other) {
        return Ok(None);
    }
    if m.released.get() {
        return Ok(Some(false));
    }
    let (Some(a), Some(b)) = (compare_items(vm, &args[0])?, compare_items(vm, other)?) else {
        return Ok(None);
    };
    if a.0 != b.0 {
        return Ok(Some(false));
    }
    Ok(Some(
        a.1.len() == b.1.len() && a.1.iter().zip(&b.1).all(|(x, y)| x.equals(y)),
    ))
}

fn mv_eq(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, args)? {
        Some(b) => vm.new_bool(b),
        None => vm.not_implemented.clone(),
    })
}

fn mv_ne(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, args)? {
        Some(b) => vm.new_bool(!b),
        None => vm.not_implemented.clone(),
    })
}

fn mv_hash(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    if let Some(h) = m.hash.get() {
        return Ok(vm.new_int(h));
    }
    m.check_released(vm)?;
    if !m.readonly {
        return Err(vm.new_value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(&m.format) {
        return Err(
            vm.new_value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        );
    }
    // The exporter must be hashable too (CPython: memoryobject.c memory_hash).
    vm.hash(&m.obj)?;
    let h = crate::pyhash::hash_bytes(&m.to_bytes().unwrap_or_default());
    m.hash.set(Some(h));
    Ok(vm.new_int(h))
}

fn mv_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let addr = args[0].raw();
    Ok(vm.new_string(if m.released.get() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    }))
}

macro_rules! getter {
    ($name:ident, |$vm:ident, $m:ident| $body:expr) => {
        fn $name($vm: &Vm, v: &Value) -> PyResult<Value> {
            let $m = live($vm, std::slice::from_ref(v))?;
            Ok($body)
        }
    };
}

fn ints_tuple(vm: &Vm, items: impl Iterator<Item = i64>) -> Value {
    vm.new_tuple(items.map(|i| vm.new_int(i)).collect())
}

getter!(get_obj, |vm, m| m.obj.clone());
getter!(get_nbytes, |vm, m| vm.new_int(m.nbytes() as i64));
getter!(get_readonly, |vm, m| vm.new_bool(m.readonly));
getter!(get_itemsize, |vm, m| vm.new_int(m.itemsize as i64));
getter!(get_format, |vm, m| vm.new_str(&m.format));
getter!(get_ndim, |vm, m| vm.new_int(m.shape.len() as i64));
getter!(get_shape, |vm, m| ints_tuple(
    vm,
    m.shape.iter().map(|&n| n as i64)
));
getter!(get_strides, |vm, m| ints_tuple(
    vm,
    m.strides.iter().map(|&n| n as i64)
));
getter!(get_suboffsets, |vm, m| {
    let _ = m;
    vm.empty_tuple.clone()
});
getter!(get_c_contiguous, |vm, m| vm.new_bool(m.is_c_contiguous()));
getter!(get_f_contiguous, |vm, m| vm.new_bool(m.is_f_contiguous()));
getter!(get_contiguous, |vm, m| vm
    .new_bool(m.is_c_contiguous() || m.is_f_contiguous()));

fn get_released(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = this(vm, std::slice::from_ref(v))?;
    Ok(vm.new_bool(m.released.get()))
}

/// `__buffer__(flags)`: a memoryview of the object (CPython: bytes/bytearray/memoryview
/// `__buffer__`, the `bf_getbuffer` slot seen from Python).
fn mv_buffer(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(flags) = args.get(1) {
        vm.index_to_isize(flags)?;
    }
    from_object(vm, &args[0])
}

/// `__release_buffer__(view)`: releases a view the object exported.
fn mv_release_buffer(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(view) = args.get(1) {
        if view.downcast::<MemoryViewData>().is_none() {
            return Err(vm.new_type_error(format!(
                "__release_buffer__() argument must be memoryview, not {}",
                view.class().name()
            )));
        }
    }
    Ok(vm.none.clone())
}

pub fn init(vm: &Vm) {
    let t = vm.types.memoryview;
    add_staticmethod(vm, t, "__new__", mv_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_setitem),
        ("__len__", mv_len),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__hash__", mv_hash),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("toreadonly", mv_toreadonly),
        ("release", mv_release),
        ("cast", mv_cast),
    ];
    for (name, f) in methods {
        add_method(vm, t, name, *f);
    }
    // The buffer protocol seen from Python (PEP 688): bytes, bytearray and memoryview.
    for ty in [vm.types.bytes, vm.types.bytearray, t] {
        add_method(vm, ty, "__buffer__", mv_buffer);
    }
    for ty in [vm.types.bytearray, t] {
        add_method(vm, ty, "__release_buffer__", mv_release_buffer);
    }
    let ro = Some(crate::objects::list::readonly_member as crate::objects::descr::Setter);
    let getters: &[(&'static str, crate::objects::descr::Getter)] = &[
        ("obj", get_obj),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("c_contiguous", get_c_contiguous),
        ("f_contiguous", get_f_contiguous),
        ("contiguous", get_contiguous),
        ("released", get_released),
    ];
    for (name, g) in getters {
        crate::objects::descr::add_getset(vm, t, name, *g, ro);
    }
}
