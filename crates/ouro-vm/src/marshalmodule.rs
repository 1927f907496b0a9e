//! The `marshal` module: `dumps`, `loads`, `dump`, `load` and `version` over live objects.
//! The byte-level writers and the reader are ouro-bytecode's (`ouro_bytecode::marshal`, which
//! also writes .pyc files); this file decides, as CPython does, which objects get `FLAG_REF`
//! from their identity and reference count, and makes live objects from a stream.
//! CPython: Python/marshal.c.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use ouro_bytecode::marshal::{self as m, Atom, Build, CodeParts, MarshalError};
use ouro_bytecode::Constant;

use crate::object::{Obj, Value};
use crate::objects::builtin::NativeFn;
use crate::objects::bytes::BytesData;
use crate::objects::code::CodeData;
use crate::objects::complex::ComplexData;
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::IntData;
use crate::objects::list::ListData;
use crate::objects::module::ModuleData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::vm::{PyErr, PyResult, Vm};

/// The one-character strings CPython 3.12 interns at start-up (its static identifiers).
const STATIC_INTERNED_CHARS: &str = "*BCLSTfhijklmoqtvwy";

/// Nesting limit of the writer (CPython: MAX_MARSHAL_STACK_DEPTH).
const MAX_DEPTH: u32 = 2000;

enum WriteError {
    Unmarshallable,
    TooDeep,
}

/// Whether `v`'s class is exactly `ty`.
fn exact(v: &Value, ty: &Obj<crate::typeobject::TypeData>) -> bool {
    std::ptr::eq(v.class(), ty)
}

/// Whether a string is written as interned: it is the interned object for its text and is
/// one CPython interns (names and name-like constants, and the empty string).
fn is_interned(vm: &Vm, v: &Value, s: &StrData) -> bool {
    let text = s.as_str();
    if !text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return false;
    }
    vm.is_interned_str(v, text)
}

/// Whether `filename` is the main script's: CPython keeps the script's syntax tree (and so
/// every constant the parser made) alive while the script runs.
fn is_main_script(vm: &Vm, filename: &str) -> bool {
    let Some(main) = vm.modules.get_str(&vm.intern("__main__")) else {
        return false;
    };
    match vm.getattr_opt(&main, &vm.intern("__file__")) {
        Ok(Some(f)) => f
            .downcast::<StrData>()
            .is_some_and(|s| s.as_str() == filename),
        _ => false,
    }
}

/// The code objects of the main script that can be found from its globals: those of its
/// functions and of its classes' functions, with every code object nested in them.
fn main_unit_codes(vm: &Vm) -> Vec<Rc<ouro_bytecode::CodeObject>> {
    use crate::objects::function::FunctionData;
    fn add(code: &Rc<ouro_bytecode::CodeObject>, out: &mut Vec<Rc<ouro_bytecode::CodeObject>>) {
        if out.iter().any(|c| Rc::ptr_eq(c, code)) {
            return;
        }
        out.push(code.clone());
        for c in &code.consts {
            if let Constant::Code(inner) = c {
                add(inner, out);
            }
        }
    }
    let mut out = Vec::new();
    let Some(main) = vm.modules.get_str(&vm.intern("__main__")) else {
        return out;
    };
    let Some(md) = main.downcast::<ModuleData>() else {
        return out;
    };
    for v in md.dict.values() {
        if let Some(f) = v.downcast::<FunctionData>() {
            let code = f.code.get().code.clone();
            add(&code, &mut out);
        } else if let Some(t) = v.downcast::<crate::typeobject::TypeData>() {
            for x in t.dict.values() {
                if let Some(f) = x.downcast::<FunctionData>() {
                    let code = f.code.get().code.clone();
                    add(&code, &mut out);
                }
            }
        }
    }
    out
}

/// The base-2**15 digits of a big integer's magnitude, least significant first.
fn bigint_digits15(b: &BigInt) -> Vec<u16> {
    let words = b.magnitude().to_u64_digits();
    let mut out = Vec::new();
    let mut acc: u128 = 0;
    let mut bits = 0u32;
    for w in words {
        acc |= (w as u128) << bits;
        bits += 64;
        while bits >= 15 {
            out.push((acc & 0x7fff) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    while acc > 0 {
        out.push((acc & 0x7fff) as u16);
        acc >>= 15;
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview), if `v` is one.
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    crate::buffer::with_buffer(v, |b| b.to_vec())
}

struct Writer<'a> {
    vm: &'a Vm,
    out: Vec<u8>,
    version: u32,
    /// Objects written with `FLAG_REF`, by identity, with their reference index. CPython's
    /// singletons (the empty and one-character strings and bytes) are one object each, so
    /// they are keyed by their content: (kind, address or content).
    refs: HashMap<(u8, usize), u32>,
    /// How many objects were flagged (some flagged objects cannot be found again).
    nrefs: u32,
    depth: u32,
    /// Ints kept in the value word (which have no count) met more than once in the value:
    /// taken to be one object held several times, as a variable or a constant is.
    repeated: Rc<HashSet<i64>>,
}

/// Collects the ints kept in the value word that occur more than once in `v`.
fn repeated_word_ints(vm: &Vm, v: &Value) -> HashSet<i64> {
    fn walk(vm: &Vm, v: &Value, seen: &mut HashSet<i64>, rep: &mut HashSet<i64>, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        if let Some(i) = v.as_small_int() {
            if !(-5..=256).contains(&i) && !seen.insert(i) {
                rep.insert(i);
            }
            return;
        }
        let items: Vec<Value> = if let Some(t) = v.downcast::<TupleData>() {
            t.items().to_vec()
        } else if let Some(l) = v.downcast::<ListData>() {
            l.snapshot()
        } else if let Some(d) = v.downcast::<DictData>() {
            d.items().into_iter().flat_map(|(k, x)| [k, x]).collect()
        } else if let Some(s) = v.downcast::<SetData>() {
            s.items()
        } else {
            return;
        };
        let _ = vm;
        for it in &items {
            walk(vm, it, seen, rep, depth + 1);
        }
    }
    let mut seen = HashSet::new();
    let mut rep = HashSet::new();
    walk(vm, v, &mut seen, &mut rep, 0);
    rep
}

impl Writer<'_> {
    /// Writes a back-reference if `v` was flagged before and returns `None`; otherwise the
    /// flag for its type byte. `extra` is the references the writer itself holds to `v`
    /// (negative) or that CPython would hold while writing it (positive).
    // CPython: marshal.c w_ref
    fn reference(&mut self, v: &Value, extra: isize, interned: bool) -> Option<u8> {
        self.reference_as(v, (0, v.raw()), extra, interned)
    }

    fn reference_as(
        &mut self,
        v: &Value,
        key: (u8, usize),
        extra: isize,
        interned: bool,
    ) -> Option<u8> {
        if self.version < 3 {
            return Some(0);
        }
        let shared = if let Some(i) = v.as_small_int() {
            // Ints kept in the value word have no count: the immortal small ints are shared,
            // others count as held once unless CPython holds them twice here.
            (-5..=256).contains(&i) || extra > 0 || self.repeated.contains(&i)
        } else {
            let rc = v.refcount() as isize + extra;
            interned || rc > 1
        };
        if !shared {
            return Some(0);
        }
        if let Some(&i) = self.refs.get(&key) {
            self.out.push(m::TYPE_REF);
            m::w_long(&mut self.out, i as i32);
            return None;
        }
        let idx = self.nrefs;
        self.nrefs += 1;
        let findable = match v.as_small_int() {
            Some(i) => (-5..=256).contains(&i) || self.repeated.contains(&i),
            None => true,
        };
        if findable {
            self.refs.insert(key, idx);
        }
        Some(m::FLAG_REF)
    }

    // CPython: marshal.c w_object
    fn object(&mut self, v: &Value, extra: isize) -> Result<(), WriteError> {
        let vm = self.vm;
        if v.is(&vm.none) {
            self.out.push(m::TYPE_NONE);
        } else if v.is(&vm.types.exc.stop_iteration.to_value()) {
            self.out.push(m::TYPE_STOPITER);
        } else if v.is(&vm.ellipsis) {
            self.out.push(m::TYPE_ELLIPSIS);
        } else if v.is(&vm.false_) {
            self.out.push(m::TYPE_FALSE);
        } else if v.is(&vm.true_) {
            self.out.push(m::TYPE_TRUE);
        } else {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(WriteError::TooDeep);
            }
            let r = self.complex_object(v, extra);
            self.depth -= 1;
            return r;
        }
        Ok(())
    }

    // CPython: marshal.c w_complex_object
    fn complex_object(&mut self, v: &Value, extra: isize) -> Result<(), WriteError> {
        let vm = self.vm;
        let version = self.version;
        if let Some(i) = v.as_small_int() {
            if let Some(flag) = self.reference(v, extra, false) {
                m::w_int(&mut self.out, i as i128, flag);
            }
            return Ok(());
        }
        if let Some(s) = v.downcast::<StrData>().filter(|_| exact(v, vm.types.str)) {
            let text = s.as_str();
            let own = is_interned(vm, v, s);
            // The empty string and one-character Latin-1 strings are CPython's immortal
            // singletons (unless the compiler made the string a constant of its own); a few
            // of them are interned at start-up.
            let single = match (s.char_len(), text.chars().next()) {
                (0, _) => Some(0),
                (1, Some(c)) if (c as u32) < 256 && (!own || STATIC_INTERNED_CHARS.contains(c)) => {
                    Some(c as usize + 1)
                }
                _ => None,
            };
            let (interned, key, extra) = match single {
                Some(k) => (
                    k == 0 || STATIC_INTERNED_CHARS.contains(text),
                    (1, k),
                    1 << 20,
                ),
                None => (own, (0, v.raw()), extra),
            };
            if let Some(flag) = self.reference_as(v, key, extra, interned) {
                // Lone surrogates are written as UTF-8 with surrogatepass, as CPython does.
                if s.has_surrogates() {
                    let b = ouro_bytecode::code::encode_surrogatepass(&s.code_points());
                    m::w_str_bytes(&mut self.out, &b, interned, flag, version);
                } else {
                    m::w_str_bytes(&mut self.out, text.as_bytes(), interned, flag, version);
                }
            }
            return Ok(());
        }
        if let Some(i) = v.downcast::<IntData>().filter(|_| exact(v, vm.types.int)) {
            if let Some(flag) = self.reference(v, extra, false) {
                let b = &i.0;
                match i128::try_from(b) {
                    Ok(x) if (i32::MIN as i128..=i32::MAX as i128).contains(&x) => {
                        m::w_int(&mut self.out, x, flag)
                    }
                    _ => m::w_long_digits(
                        &mut self.out,
                        &bigint_digits15(b),
                        b.sign() == Sign::Minus,
                        flag,
                    ),
                }
            }
            return Ok(());
        }
        if let Some(f) = v
            .downcast::<FloatData>()
            .filter(|_| exact(v, vm.types.float))
        {
            if let Some(flag) = self.reference(v, extra, false) {
                m::w_float(&mut self.out, f.0, flag, version);
            }
            return Ok(());
        }
        if let Some(c) = v
            .downcast::<ComplexData>()
            .filter(|_| exact(v, vm.types.complex))
        {
            if let Some(flag) = self.reference(v, extra, false) {
                m::w_complex(&mut self.out, c.re, c.im, flag, version);
            }
            return Ok(());
        }
        if let Some(b) = v
            .downcast::<BytesData>()
            .filter(|_| exact(v, vm.types.bytes))
        {
            // The empty bytes and single bytes are CPython's immortal singletons.
            let (key, extra) = match b.0.first() {
                _ if b.0.len() > 1 => ((0, v.raw()), extra),
                Some(&c) => ((2, c as usize + 1), 1 << 20),
                None => ((2, 0), 1 << 20),
            };
            if let Some(flag) = self.reference_as(v, key, extra, false) {
                m::w_bytes(&mut self.out, &b.0, flag);
            }
            return Ok(());
        }
        if let Some(t) = v
            .downcast::<TupleData>()
            .filter(|_| exact(v, vm.types.tuple))
        {
            if let Some(flag) = self.reference(v, extra, false) {
                m::w_tuple_header(&mut self.out, t.len(), flag, version);
                for item in t.items() {
                    self.object(item, 0)?;
                }
            }
            return Ok(());
        }
        if let Some(l) = v.downcast::<ListData>().filter(|_| exact(v, vm.types.list)) {
            if let Some(flag) = self.reference(v, extra, false) {
                let n = l.len();
                self.out.push(m::TYPE_LIST | flag);
                m::w_long(&mut self.out, n as i32);
                for i in 0..n {
                    if let Some(item) = l.get(i) {
                        self.object(&item, -1)?;
                    }
                }
            }
            return Ok(());
        }
        if let Some(d) = v.downcast::<DictData>().filter(|_| exact(v, vm.types.dict)) {
            if let Some(flag) = self.reference(v, extra, false) {
                self.out.push(m::TYPE_DICT | flag);
                let mut pos = 0;
                while let Some((next, k, val)) = d.next_entry(pos) {
                    self.object(&k, -1)?;
                    self.object(&val, -1)?;
                    pos = next;
                }
                self.out.push(m::TYPE_NULL);
            }
            return Ok(());
        }
        let frozen = exact(v, vm.types.frozenset);
        if let Some(s) = v
            .downcast::<SetData>()
            .filter(|_| frozen || exact(v, vm.types.set))
        {
            if let Some(flag) = self.reference(v, extra, false) {
                self.out.push(
                    if frozen {
                        m::TYPE_FROZENSET
                    } else {
                        m::TYPE_SET
                    } | flag,
                );
                m::w_long(&mut self.out, s.len() as i32);
                // Elements in the order of their own marshalled form, each marshalled alone
                // (bpo-37596); CPython holds each element a second time while writing it.
                let mut pairs = Vec::new();
                let mut pos = 0;
                while let Some((next, item)) = s.next_item(pos) {
                    let mut w = Writer {
                        vm,
                        out: Vec::new(),
                        version,
                        refs: HashMap::new(),
                        nrefs: 0,
                        depth: self.depth,
                        repeated: self.repeated.clone(),
                    };
                    w.object(&item, -1)?;
                    pairs.push((w.out, item));
                    pos = next;
                }
                pairs.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, item) in &pairs {
                    // The writer's own copy in `pairs` stands for CPython's pair tuple (an
                    // int kept in the value word has no count to show it).
                    let extra = if item.is_small_int() { 1 } else { 0 };
                    self.object(item, extra)?;
                }
            }
            return Ok(());
        }
        if let Some(c) = v.downcast::<CodeData>() {
            if let Some(flag) = self.reference(v, extra, false) {
                if flag == 0 {
                    // Held once (a code object fresh from `compile()`): written unflagged.
                    let held = m::CodeHolding {
                        source_held: false,
                        qualname_held: false,
                        top_shared: false,
                        unit_consts: Vec::new(),
                    };
                    let (bytes, n) = m::dumps_code_held(&c.code, self.nrefs, &held);
                    self.out.extend_from_slice(&bytes);
                    self.nrefs += n;
                    return Ok(());
                }
                // The code object's own bytes, as the compiler's .pyc writer makes them; its
                // first byte carries the flag already.
                let source_held = is_main_script(vm, &c.code.filename);
                let held = m::CodeHolding {
                    source_held,
                    qualname_held: source_held && c.code.qualname != c.code.name,
                    top_shared: true,
                    unit_consts: if source_held {
                        main_unit_codes(vm)
                    } else {
                        Vec::new()
                    },
                };
                let (bytes, n) = m::dumps_code_held(&c.code, self.nrefs.saturating_sub(1), &held);
                let _ = flag;
                if let Some((first, rest)) = bytes.split_first() {
                    self.out.push(*first);
                    self.out.extend_from_slice(rest);
                }
                // The code object itself took the slot reserved above.
                self.nrefs += n.saturating_sub(1);
            }
            return Ok(());
        }
        if let Some(bytes) = buffer_bytes(v) {
            if let Some(flag) = self.reference(v, extra, false) {
                m::w_bytes(&mut self.out, &bytes, flag);
            }
            return Ok(());
        }
        Err(WriteError::Unmarshallable)
    }
}

fn dumps_value(vm: &Vm, v: &Value, version: u32) -> PyResult<Vec<u8>> {
    let mut w = Writer {
        vm,
        out: Vec::new(),
        version,
        refs: HashMap::new(),
        nrefs: 0,
        depth: 0,
        repeated: Rc::new(repeated_word_ints(vm, v)),
    };
    // A small int kept in the value word stands for an object the caller holds as well.
    let extra = if v.is_small_int() { 1 } else { 0 };
    match w.object(v, extra) {
        Ok(()) => Ok(w.out),
        Err(WriteError::Unmarshallable) => Err(vm.new_value_error("unmarshallable object")),
        Err(WriteError::TooDeep) => Err(vm.new_value_error("object too deeply nested to marshal")),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// Makes live objects for the reader; a Python error met on the way is kept aside.
struct VmBuild<'a> {
    vm: &'a Vm,
    error: Option<PyErr>,
}

impl VmBuild<'_> {
    fn fail<T>(&mut self, e: PyErr) -> Result<T, MarshalError> {
        self.error = Some(e);
        Err(MarshalError(String::new()))
    }
}

/// The text of a marshalled str: UTF-8, with lone surrogates encoded as by surrogatepass
/// (those come back as a string of code points).
fn decode_str(b: &[u8]) -> Result<String, StrData> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => match ouro_bytecode::code::decode_surrogatepass(b) {
            Some(points) => Err(StrData::from_code_points(&points)),
            None => Ok(String::from_utf8_lossy(b).into_owned()),
        },
    }
}

impl Build for VmBuild<'_> {
    type V = Value;

    fn atom(&mut self, a: Atom<'_>) -> Result<Value, MarshalError> {
        let vm = self.vm;
        Ok(match a {
            Atom::None => vm.none.clone(),
            Atom::True => vm.true_.clone(),
            Atom::False => vm.false_.clone(),
            Atom::Ellipsis => vm.ellipsis.clone(),
            Atom::StopIteration => vm.types.exc.stop_iteration.to_value(),
            Atom::Int(i) => vm.new_int(i),
            Atom::Long(digits, negative) => {
                let mut b = BigInt::from(0);
                for &d in digits.iter().rev() {
                    b = (b << 15) + BigInt::from(d);
                }
                if negative {
                    b = -b;
                }
                vm.new_bigint(b)
            }
            Atom::Float(f) => vm.new_float(f),
            Atom::Complex(re, im) => crate::ops::new_complex(vm, re, im),
            Atom::Str(b, interned) => {
                let s = match decode_str(b) {
                    Ok(s) => s,
                    Err(d) => return Ok(crate::object::alloc_object(vm.types.str, d).into_value()),
                };
                if interned {
                    vm.intern(&s).into_value()
                } else {
                    vm.new_string(s)
                }
            }
            Atom::Bytes(b) => crate::ops::new_bytes(vm, b.to_vec()),
        })
    }

    fn tuple(&mut self, items: Vec<Value>) -> Result<Value, MarshalError> {
        Ok(self.vm.new_tuple(items))
    }

    fn list(&mut self, items: Vec<Value>) -> Result<Value, MarshalError> {
        Ok(self.vm.new_list(items))
    }

    fn dict(&mut self, pairs: Vec<(Value, Value)>) -> Result<Value, MarshalError> {
        let d = self.vm.new_dict();
        for (k, v) in pairs {
            if let Err(e) = d.set_item(self.vm, k, v) {
                return self.fail(e);
            }
        }
        Ok(d.into_value())
    }

    fn set(&mut self, items: Vec<Value>, frozen: bool) -> Result<Value, MarshalError> {
        if frozen {
            let s = SetData::new();
            for it in items {
                if let Err(e) = s.add(self.vm, it) {
                    return self.fail(e);
                }
            }
            Ok(crate::object::alloc_object(self.vm.types.frozenset, s).into_value())
        } else {
            match crate::ops::new_set(self.vm, items) {
                Ok(v) => Ok(v),
                Err(e) => self.fail(e),
            }
        }
    }

    fn code(&mut self, p: CodeParts<Value>) -> Result<Value, MarshalError> {
        let vm = self.vm;
        let c = |v: &Value| value_to_constant(vm, v).ok_or_else(bad_code);
        let parts = CodeParts {
            argcount: p.argcount,
            posonlyargcount: p.posonlyargcount,
            kwonlyargcount: p.kwonlyargcount,
            stacksize: p.stacksize,
            flags: p.flags,
            code: c(&p.code)?,
            consts: c(&p.consts)?,
            names: c(&p.names)?,
            localsplusnames: c(&p.localsplusnames)?,
            localspluskinds: c(&p.localspluskinds)?,
            filename: c(&p.filename)?,
            name: c(&p.name)?,
            qualname: c(&p.qualname)?,
            firstlineno: p.firstlineno,
            linetable: c(&p.linetable)?,
            exceptiontable: c(&p.exceptiontable)?,
        };
        let mut code = m::code_from_constants(parts)?;
        // Data from outside may understate the stack the bytecode needs; frames are sized by
        // `co_stacksize`, so it is raised to what the bytecode reaches.
        code.stacksize = code.stacksize.max(code.computed_stack_depth().unwrap_or(0));
        Ok(crate::objects::code::from_code_object(self.vm, &Rc::new(code)).into_value())
    }
}

fn bad_code() -> MarshalError {
    MarshalError("bad marshal data (invalid code object field)".into())
}

/// The constant a live object stands for, when it is one a code object can hold.
fn value_to_constant(vm: &Vm, v: &Value) -> Option<Constant> {
    if let Some(i) = v.as_small_int() {
        return Some(Constant::Int(i));
    }
    if v.is(&vm.none) {
        return Some(Constant::None);
    }
    if v.is(&vm.true_) || v.is(&vm.false_) {
        return Some(Constant::Bool(v.is(&vm.true_)));
    }
    if v.is(&vm.ellipsis) {
        return Some(Constant::Ellipsis);
    }
    if let Some(s) = v.downcast::<StrData>() {
        if s.has_surrogates() {
            return Some(Constant::SurrogateStr(s.code_points().into()));
        }
        return Some(Constant::Str(s.as_str().into()));
    }
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(Constant::Bytes(Rc::from(&*b.0)));
    }
    if let Some(i) = v.downcast::<IntData>() {
        return Some(match i64::try_from(&i.0) {
            Ok(x) => Constant::Int(x),
            Err(_) => Constant::BigInt(i.0.to_string().into()),
        });
    }
    if let Some(f) = v.downcast::<FloatData>() {
        return Some(Constant::Float(f.0));
    }
    if let Some(c) = v.downcast::<ComplexData>() {
        return Some(Constant::Complex {
            real: c.re,
            imag: c.im,
        });
    }
    if let Some(t) = v.downcast::<TupleData>() {
        let items: Option<Vec<Constant>> =
            t.items().iter().map(|x| value_to_constant(vm, x)).collect();
        return Some(Constant::Tuple(items?.into()));
    }
    if let Some(s) = v.downcast::<SetData>() {
        let items: Option<Vec<Constant>> =
            s.items().iter().map(|x| value_to_constant(vm, x)).collect();
        return Some(Constant::FrozenSet(items?.into()));
    }
    if let Some(c) = v.downcast::<CodeData>() {
        return Some(Constant::Code(c.code.clone()));
    }
    None
}

/// Reads one object from `data`.
fn loads_bytes(vm: &Vm, data: &[u8]) -> PyResult<Value> {
    let mut b = VmBuild { vm, error: None };
    let res = m::Reader::new(data, &mut b).object();
    finish_read(vm, res, b.error.take())
}

/// A file read as the reader needs it, with `readinto` into a memoryview, as CPython's
/// reader does (marshal.c r_string).
struct FileSource<'v> {
    vm: &'v Vm,
    file: Value,
    error: Option<PyErr>,
}

impl FileSource<'_> {
    fn read(&mut self, n: usize) -> PyResult<Vec<u8>> {
        let vm = self.vm;
        if n == 0 {
            return Ok(Vec::new());
        }
        let ba = crate::bytesmethods::new_bytearray(vm, vec![0; n]);
        let view = crate::objects::memoryview::from_object(vm, &ba)?;
        let r = vm.call_method(&self.file, &vm.intern("readinto"), &[view.clone()]);
        vm.call_method(&view, &vm.intern("release"), &[])?;
        let k = vm.index_to_isize(&r?)?;
        if k > n as isize {
            return Err(vm.new_value_error(format!(
                "read() returned too much data: {n} bytes requested, {k} returned"
            )));
        }
        let data = crate::buffer::bytes_of(vm, &ba)?;
        Ok(data[..k.max(0) as usize].to_vec())
    }
}

impl<'a> m::Source<'a> for FileSource<'_> {
    fn take(&mut self, n: usize) -> Result<std::borrow::Cow<'a, [u8]>, MarshalError> {
        match self.read(n) {
            Ok(b) => Ok(std::borrow::Cow::Owned(b)),
            Err(e) => {
                self.error = Some(e);
                Err(MarshalError(String::new()))
            }
        }
    }

    fn short_message(&self) -> &'static str {
        "EOF read where not expected"
    }
}

/// The result of a read, with the reader's error turned into CPython's exception.
fn finish_read(
    vm: &Vm,
    res: Result<Value, MarshalError>,
    build_error: Option<PyErr>,
) -> PyResult<Value> {
    match res {
        Ok(v) => Ok(v),
        Err(e) => {
            if let Some(err) = build_error {
                return Err(err);
            }
            let msg = e.0;
            if msg.starts_with("EOF") || msg == "marshal data too short" {
                Err(vm.new_exception_msg(vm.types.exc.eof_error, msg))
            } else if msg == "NULL object in marshal data for object" {
                Err(vm.new_type_error(msg))
            } else if msg == "recursion limit exceeded" {
                Err(vm.new_value_error(msg))
            } else if msg.starts_with("bad marshal data") {
                Err(vm.new_value_error(msg))
            } else {
                Err(vm.new_value_error(format!("bad marshal data ({msg})")))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The module's functions.

/// Splits vectorcall arguments into positional ones and `(name, value)` keywords.
fn split_args<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kw: &'a [Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let npos = args.len() - kw.len();
    if npos > names.len() {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {} arguments ({npos} given)",
            names.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (i, a) in args[..npos].iter().enumerate() {
        out[i] = Some(a);
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let key = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= required || out[i].is_none() => {
                if out[i].is_some() {
                    return Err(vm.new_type_error(format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "{fname}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    for (i, o) in out.iter().enumerate().take(required) {
        if o.is_none() {
            return Err(vm.new_type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

fn version_arg(vm: &Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(m::VERSION),
        Some(v) => {
            if let Some(i) = v.as_small_int() {
                return Ok(i.clamp(0, i32::MAX as i64) as u32);
            }
            if let Some(i) = v.downcast::<IntData>() {
                return Ok(if i.0.sign() == Sign::Minus {
                    0
                } else {
                    i32::MAX as u32
                });
            }
            Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class().name()
            )))
        }
    }
}

fn marshal_dumps(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = split_args(
        vm,
        "dumps",
        args,
        kw,
        &["value", "version", "allow_code"],
        1,
    )?;
    let version = version_arg(vm, a[1])?;
    let Some(v) = a[0] else {
        return Err(vm.new_type_error("dumps() missing required argument 'value' (pos 1)"));
    };
    let out = dumps_value(vm, v, version)?;
    Ok(crate::ops::new_bytes(vm, out))
}

fn marshal_dump(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = split_args(vm, "dump", args, kw, &["value", "file", "version"], 2)?;
    let version = version_arg(vm, a[2])?;
    let (Some(v), Some(file)) = (a[0], a[1]) else {
        return Err(vm.new_type_error("dump() missing required argument"));
    };
    let out = dumps_value(vm, v, version)?;
    let b = crate::ops::new_bytes(vm, out);
    vm.call_method(file, &vm.intern("write"), &[b])?;
    Ok(vm.none.clone())
}

fn marshal_loads(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = split_args(vm, "loads", args, kw, &["bytes", "allow_code"], 1)?;
    let Some(v) = a[0] else {
        return Err(vm.new_type_error("loads() missing required argument 'bytes' (pos 1)"));
    };
    let Some(data) = buffer_bytes(v) else {
        return Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.class().name()
        )));
    };
    loads_bytes(vm, &data)
}

fn marshal_load(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = split_args(vm, "load", args, kw, &["file", "allow_code"], 1)?;
    let Some(file) = a[0] else {
        return Err(vm.new_type_error("load() missing required argument 'file' (pos 1)"));
    };
    // CPython checks first that the file gives bytes (marshal.c marshal_load).
    let data = vm.call_method(file, &vm.intern("read"), &[vm.new_int(0)])?;
    if data.downcast::<BytesData>().is_none() {
        return Err(vm.new_type_error(format!(
            "file.read() returned not bytes but {}",
            data.class().name()
        )));
    }
    let src = FileSource {
        vm,
        file: file.clone(),
        error: None,
    };
    let mut b = VmBuild { vm, error: None };
    let mut r = m::Reader::with_source(src, &mut b);
    let res = r.object();
    let file_error = r.into_source().error;
    if let Some(e) = file_error {
        return Err(e);
    }
    finish_read(vm, res, b.error.take())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("dump", marshal_dump),
    ("dumps", marshal_dumps),
    ("load", marshal_load),
    ("loads", marshal_loads),
];

/// Makes the `marshal` module.
pub fn make(vm: &Vm) -> Value {
    let md = crate::import::new_module(vm, "marshal");
    if let Some(module) = md.downcast::<ModuleData>() {
        let d = &module.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&md), FUNCTIONS);
        d.set_str(vm, &vm.intern("version"), vm.new_int(m::VERSION as i64));
    }
    md
}
