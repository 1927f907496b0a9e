//! The marshal format of CPython 3.12 (version 4): writing and reading code objects and
//! constants. CPython counterpart: Python/marshal.c.
//!
//! CPython decides which objects get `FLAG_REF` (and so can be referred back to with
//! `TYPE_REF`) from their identity and reference count at the time of writing. A `CodeObject`
//! has neither, so the writer models what CPython's compiler leaves behind: equal constants
//! (and equal `co_consts`, `co_names`, `co_localsplusnames` tuples and location tables) are one
//! object for a whole compilation unit, as the compiler's constant cache makes them
//! (CPython: compile.c `merge_consts_recursive`, `_PyCompile_ConstCacheMergeOne`); strings made
//! only of ASCII letters, digits and underscores, and all names, are interned
//! (codeobject.c `intern_string_constants`, `intern_strings`); small ints, the empty tuple,
//! empty and one-character strings and bytes are immortal. An object gets `FLAG_REF` when it is
//! interned or immortal or referred to more than once.

use crate::code::{CodeObject, Constant};
use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

/// A malformed marshal stream, or a value `Constant` cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarshalError(pub String);

fn err<T>(msg: impl Into<String>) -> Result<T, MarshalError> {
    Err(MarshalError(msg.into()))
}

// Type codes (CPython: marshal.c TYPE_*).
pub const TYPE_NULL: u8 = b'0';
pub const TYPE_NONE: u8 = b'N';
pub const TYPE_FALSE: u8 = b'F';
pub const TYPE_TRUE: u8 = b'T';
pub const TYPE_STOPITER: u8 = b'S';
pub const TYPE_ELLIPSIS: u8 = b'.';
pub const TYPE_INT: u8 = b'i';
pub const TYPE_INT64: u8 = b'I';
pub const TYPE_FLOAT: u8 = b'f';
pub const TYPE_BINARY_FLOAT: u8 = b'g';
pub const TYPE_COMPLEX: u8 = b'x';
pub const TYPE_BINARY_COMPLEX: u8 = b'y';
pub const TYPE_LONG: u8 = b'l';
pub const TYPE_STRING: u8 = b's';
pub const TYPE_INTERNED: u8 = b't';
pub const TYPE_REF: u8 = b'r';
pub const TYPE_TUPLE: u8 = b'(';
pub const TYPE_LIST: u8 = b'[';
pub const TYPE_DICT: u8 = b'{';
pub const TYPE_CODE: u8 = b'c';
pub const TYPE_UNICODE: u8 = b'u';
pub const TYPE_UNKNOWN: u8 = b'?';
pub const TYPE_SET: u8 = b'<';
pub const TYPE_FROZENSET: u8 = b'>';
pub const TYPE_ASCII: u8 = b'a';
pub const TYPE_ASCII_INTERNED: u8 = b'A';
pub const TYPE_SMALL_TUPLE: u8 = b')';
pub const TYPE_SHORT_ASCII: u8 = b'z';
pub const TYPE_SHORT_ASCII_INTERNED: u8 = b'Z';
pub const FLAG_REF: u8 = 0x80;

/// marshal's format version in 3.12.
pub const VERSION: u32 = 4;

// ---------------------------------------------------------------------------------------------
// Big integers as 15-bit digits.

/// The base-2**15 digits (least significant first) of a non-negative decimal string.
fn decimal_to_digits15(dec: &str) -> Vec<u16> {
    let mut digits: Vec<u32> = Vec::new();
    for ch in dec.bytes().filter(u8::is_ascii_digit) {
        let mut carry = (ch - b'0') as u32;
        for d in digits.iter_mut() {
            let v = *d * 10 + carry;
            *d = v & 0x7fff;
            carry = v >> 15;
        }
        while carry > 0 {
            digits.push(carry & 0x7fff);
            carry >>= 15;
        }
    }
    digits.into_iter().map(|d| d as u16).collect()
}

/// The decimal string of base-2**15 digits (least significant first).
fn digits15_to_decimal(digits: &[u16]) -> String {
    let mut n: Vec<u32> = digits.iter().map(|&d| d as u32).collect();
    while n.last() == Some(&0) {
        n.pop();
    }
    if n.is_empty() {
        return "0".into();
    }
    let mut chunks = Vec::new();
    while !n.is_empty() {
        let mut rem = 0u32;
        for d in n.iter_mut().rev() {
            let cur = (rem << 15) | *d;
            *d = cur / 10_000;
            rem = cur % 10_000;
        }
        chunks.push(rem);
        while n.last() == Some(&0) {
            n.pop();
        }
    }
    let mut s = format!("{}", chunks.pop().unwrap_or(0));
    for c in chunks.iter().rev() {
        s.push_str(&format!("{c:04}"));
    }
    s
}

fn u128_to_digits15(mut v: u128) -> Vec<u16> {
    let mut out = Vec::new();
    while v > 0 {
        out.push((v & 0x7fff) as u16);
        v >>= 15;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Primitive writers, shared by the code-object writer below and the VM's `marshal` module
// (which decides references from live objects): each appends one object's bytes, its type
// byte carrying `flag` (0 or `FLAG_REF`).

/// Appends a 32-bit little-endian integer (CPython: marshal.c w_long).
pub fn w_long(out: &mut Vec<u8>, v: i32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Appends a `str` given its UTF-8 (or `'surrogatepass'`) bytes. Version 4 writes ASCII text
/// with the ASCII codes; interned strings keep their own codes from version 3.
// CPython: marshal.c w_complex_object, the PyUnicode_CheckExact branch
pub fn w_str_bytes(out: &mut Vec<u8>, utf8: &[u8], interned: bool, flag: u8, version: u32) {
    if version >= 4 && utf8.is_ascii() {
        if utf8.len() < 256 {
            let t = if interned {
                TYPE_SHORT_ASCII_INTERNED
            } else {
                TYPE_SHORT_ASCII
            };
            out.push(t | flag);
            out.push(utf8.len() as u8);
        } else {
            let t = if interned {
                TYPE_ASCII_INTERNED
            } else {
                TYPE_ASCII
            };
            out.push(t | flag);
            w_long(out, utf8.len() as i32);
        }
    } else {
        let t = if version >= 3 && interned {
            TYPE_INTERNED
        } else {
            TYPE_UNICODE
        };
        out.push(t | flag);
        w_long(out, utf8.len() as i32);
    }
    out.extend_from_slice(utf8);
}

/// Appends a `bytes` object (also how any other bytes-like object is written).
pub fn w_bytes(out: &mut Vec<u8>, b: &[u8], flag: u8) {
    out.push(TYPE_STRING | flag);
    w_long(out, b.len() as i32);
    out.extend_from_slice(b);
}

/// Appends the header of a tuple of `n` items (the small form from version 4).
pub fn w_tuple_header(out: &mut Vec<u8>, n: usize, flag: u8, version: u32) {
    if version >= 4 && n < 256 {
        out.push(TYPE_SMALL_TUPLE | flag);
        out.push(n as u8);
    } else {
        out.push(TYPE_TUPLE | flag);
        w_long(out, n as i32);
    }
}

/// Appends an integer: `TYPE_INT` when it fits in 32 bits, else `TYPE_LONG`.
pub fn w_int(out: &mut Vec<u8>, v: i128, flag: u8) {
    if (i32::MIN as i128..=i32::MAX as i128).contains(&v) {
        out.push(TYPE_INT | flag);
        w_long(out, v as i32);
    } else {
        let digits = u128_to_digits15(v.unsigned_abs());
        w_long_digits(out, &digits, v < 0, flag);
    }
}

/// Appends a `TYPE_LONG` from its base-2**15 digits, least significant first.
// CPython: marshal.c w_PyLong
pub fn w_long_digits(out: &mut Vec<u8>, digits: &[u16], negative: bool, flag: u8) {
    out.push(TYPE_LONG | flag);
    let n = digits.len() as i32;
    w_long(out, if negative { -n } else { n });
    for d in digits {
        out.extend_from_slice(&d.to_le_bytes());
    }
}

/// The text form of a float in marshal versions 0 and 1: `'%.17g'`
/// (CPython: marshal.c w_float_str, `PyOS_double_to_string(v, 'g', 17, 0, NULL)`).
pub fn float_text(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0");
    }
    let e = format!("{:.16e}", x.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    if !(-4..17).contains(&exp) {
        let frac = digits[1..].trim_end_matches('0');
        let dot = if frac.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{}{dot}{frac}e{esign}{:02}", &digits[..1], exp.abs())
    } else if exp >= 0 {
        let k = exp as usize + 1;
        let frac = digits[k..].trim_end_matches('0');
        let dot = if frac.is_empty() { "" } else { "." };
        format!("{sign}{}{dot}{frac}", &digits[..k])
    } else {
        let zeros = "0".repeat((-exp - 1) as usize);
        format!("{sign}0.{zeros}{}", digits.trim_end_matches('0'))
    }
}

fn w_float_body(out: &mut Vec<u8>, f: f64, version: u32) {
    if version > 1 {
        out.extend_from_slice(&f.to_le_bytes());
    } else {
        let t = float_text(f);
        out.push(t.len() as u8);
        out.extend_from_slice(t.as_bytes());
    }
}

/// Appends a float: binary from version 2, text before.
pub fn w_float(out: &mut Vec<u8>, f: f64, flag: u8, version: u32) {
    out.push(
        if version > 1 {
            TYPE_BINARY_FLOAT
        } else {
            TYPE_FLOAT
        } | flag,
    );
    w_float_body(out, f, version);
}

/// Appends a complex number: binary from version 2, text before.
pub fn w_complex(out: &mut Vec<u8>, re: f64, im: f64, flag: u8, version: u32) {
    out.push(
        if version > 1 {
            TYPE_BINARY_COMPLEX
        } else {
            TYPE_COMPLEX
        } | flag,
    );
    w_float_body(out, re, version);
    w_float_body(out, im, version);
}

// ---------------------------------------------------------------------------------------------
// Writing.

/// Whether a string is one the compiler interns: only ASCII letters, digits and underscores
/// (CPython: codeobject.c all_name_chars).
fn all_name_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The object a value would be in CPython after compilation: equal keys are one object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    /// A string; `true` when interned.
    Str(Rc<str>, bool),
    /// A string with lone surrogates (never interned).
    SurrogateStr(Rc<[u32]>),
    /// A statically allocated name such as `<module>` or `<lambda>`.
    StaticName(Rc<str>),
    Int(i64),
    BigInt(Rc<str>),
    Float(u64),
    Complex(u64, u64),
    Bytes(Rc<[u8]>),
    Tuple(Vec<Key>),
    FrozenSet(Vec<Key>),
    /// An object of its own (a code object, `co_code`, a qualified name...), by number.
    Unique(usize),
}

impl Key {
    /// Immortal or interned objects: CPython always writes them with `FLAG_REF`.
    fn always_ref(&self) -> bool {
        match self {
            Key::Str(s, interned) => {
                *interned || {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (None, _) => true,
                        (Some(c), None) => (c as u32) < 256,
                        _ => false,
                    }
                }
            }
            Key::StaticName(_) => true,
            Key::Int(i) => (-5..=256).contains(i),
            Key::Bytes(b) => b.len() <= 1,
            Key::Tuple(items) => items.is_empty(),
            _ => false,
        }
    }
}

/// The names CPython gives code objects from its static string table.
fn is_static_name(s: &str) -> bool {
    matches!(
        s,
        "<module>" | "<lambda>" | "<genexpr>" | "<listcomp>" | "<setcomp>" | "<dictcomp>"
    )
}

/// The parts of the object graph the writer walks, keyed.
struct Model {
    /// References to each object from the objects that hold it.
    refcount: HashMap<Key, u32>,
    /// Containers already walked (their contents are counted once).
    seen: std::collections::HashSet<Key>,
    next_unique: usize,
    /// Class qualified names already in the constant cache.
    class_qualnames: std::collections::HashSet<Rc<str>>,
    /// Every name of the compilation unit: the parser interned them before compiling.
    identifiers: std::collections::HashSet<Rc<str>>,
}

impl Model {
    fn unique(&mut self) -> Key {
        self.next_unique += 1;
        Key::Unique(self.next_unique)
    }
}

/// A string constant. `"*"` counts as interned: it is the same one-character singleton as
/// the `*` of `from m import *`, which the parser interns.
fn str_key(s: &Rc<str>) -> Key {
    Key::Str(s.clone(), all_name_chars(s) || &**s == "*")
}

fn name_key(s: &Rc<str>) -> Key {
    Key::Str(s.clone(), true)
}

fn bytes_key(b: &[u8]) -> Key {
    Key::Bytes(Rc::from(b))
}

/// The key of a constant (not of a code object: those are unique and numbered by the walk).
fn const_key(c: &Constant, m: &mut Model) -> Option<Key> {
    Some(match c {
        Constant::None | Constant::Ellipsis | Constant::Bool(_) => return None,
        Constant::Int(i) => Key::Int(*i),
        Constant::BigInt(s) => Key::BigInt(s.clone()),
        // A NaN equals nothing, so CPython's constant cache never merges one.
        Constant::Float(f) if f.is_nan() => m.unique(),
        Constant::Complex { real, imag } if real.is_nan() || imag.is_nan() => m.unique(),
        Constant::Float(f) => Key::Float(f.to_bits()),
        Constant::Complex { real, imag } => Key::Complex(real.to_bits(), imag.to_bits()),
        // A one-character Latin-1 string is CPython's singleton: the same object as an equal
        // identifier of the module, which the parser interned.
        Constant::Str(s)
            if s.chars().count() == 1
                && s.chars().all(|c| (c as u32) < 256)
                && m.identifiers.contains(s) =>
        {
            name_key(s)
        }
        Constant::Str(s) => str_key(s),
        Constant::SurrogateStr(p) => Key::SurrogateStr(p.clone()),
        Constant::Bytes(b) => Key::Bytes(b.clone()),
        Constant::Tuple(items) => Key::Tuple(items.iter().map(|c| key_or_none(c, m)).collect()),
        Constant::FrozenSet(items) => {
            let mut keys: Vec<Key> = items.iter().map(|c| key_or_none(c, m)).collect();
            keys.sort();
            Key::FrozenSet(keys)
        }
        Constant::Code(_) => m.unique(),
    })
}

/// Keys for tuple members: singletons get a key of their own so tuples compare right.
fn key_or_none(c: &Constant, m: &mut Model) -> Key {
    match c {
        Constant::None => Key::StaticName("None".into()),
        Constant::Ellipsis => Key::StaticName("...".into()),
        Constant::Bool(b) => Key::StaticName(if *b { "True" } else { "False" }.into()),
        _ => const_key(c, m).unwrap_or(Key::Unique(0)),
    }
}

/// The keyed form of a code object's fields, built once and used by both passes.
struct CodeKeys {
    this: Key,
    code: Key,
    consts: Key,
    const_keys: Vec<Option<Key>>,
    names: Key,
    lpnames: Key,
    lpkinds: Key,
    filename: Key,
    name: Key,
    qualname: Key,
    linetable: Key,
    exctable: Key,
    nested: Vec<CodeKeys>,
}

fn build_keys(code: &CodeObject, m: &mut Model) -> CodeKeys {
    let this = m.unique();
    let co_code = m.unique();
    let mut const_keys = Vec::new();
    let mut nested = Vec::new();
    for c in &code.consts {
        match c {
            Constant::Code(inner) => {
                let ck = build_keys(inner, m);
                const_keys.push(Some(ck.this.clone()));
                nested.push(ck);
            }
            // Equal frozensets are one object, unless interning their strings made CPython
            // rebuild them for each code object (codeobject.c intern_string_constants): that
            // happens when a string was not yet the interned one, because an equal identifier
            // had been interned first (an identifier of the source, or one of CPython's static
            // strings such as `True`, which `repr(True)` uses).
            Constant::FrozenSet(items)
                if items.iter().any(|c| {
                    matches!(c, Constant::Str(s) if all_name_chars(s)
                        && (s.chars().count() == 1
                            || (s.starts_with("__") && s.ends_with("__"))
                            || matches!(&**s, "None" | "True" | "False")
                            || m.identifiers.contains(s)))
                }) =>
            {
                const_keys.push(Some(m.unique()))
            }
            _ => const_keys.push(const_key(c, m)),
        }
    }
    let consts = Key::Tuple(
        code.consts
            .iter()
            .zip(&const_keys)
            .map(|(c, k)| match (c, k) {
                (Constant::FrozenSet(_), _) | (_, None) => key_or_none(c, m),
                (_, Some(k)) => k.clone(),
            })
            .collect(),
    );
    let names = Key::Tuple(code.names.iter().map(name_key).collect());
    let lpnames = Key::Tuple(code.localsplusnames.iter().map(name_key).collect());
    let lpkinds = if code.localspluskinds.is_empty() {
        bytes_key(&[])
    } else {
        m.unique()
    };
    let filename = Key::StaticName(format!("file:{}", code.filename).into());
    let name = if is_static_name(&code.name) {
        Key::StaticName(code.name.clone())
    } else if code.name.starts_with('<') {
        // A name made by formatting, such as `<generic parameters of f>`.
        m.unique()
    } else {
        name_key(&code.name)
    };
    // A class body loads its qualified name as a constant for `__qualname__`: the same
    // object as `co_qualname`, merged with equal constants (CPython: compile.c
    // compiler_class_body). Only the first class of a qualified name gets its own object
    // into the constant cache; later ones keep theirs apart.
    let class_body = code.flags & crate::code::CO_OPTIMIZED == 0 && &*code.name != "<module>";
    let qualname = if code.qualname == code.name {
        name.clone()
    } else if class_body
        && code
            .consts
            .iter()
            .any(|c| matches!(c, Constant::Str(s) if *s == code.qualname))
        && m.class_qualnames.insert(code.qualname.clone())
    {
        str_key(&code.qualname)
    } else {
        m.unique()
    };
    CodeKeys {
        this,
        code: co_code,
        consts,
        const_keys,
        names,
        lpnames,
        lpkinds,
        filename,
        name,
        qualname,
        linetable: bytes_key(&code.linetable),
        exctable: bytes_key(&code.exceptiontable),
        nested,
    }
}

/// Counts one reference to `key` and, the first time a container is met, references from it.
fn count_const(c: &Constant, key: &Key, m: &mut Model) {
    *m.refcount.entry(key.clone()).or_insert(0) += 1;
    if !m.seen.insert(key.clone()) {
        return;
    }
    let items = match c {
        Constant::Tuple(items) | Constant::FrozenSet(items) => items,
        _ => return,
    };
    let keys: Vec<Key> = match (c, key) {
        (Constant::Tuple(_), Key::Tuple(ks)) => ks.clone(),
        (Constant::FrozenSet(_), _) => items.iter().map(|c| key_or_none(c, m)).collect(),
        _ => return,
    };
    for (item, k) in items.iter().zip(keys) {
        count_const(item, &k, m);
    }
}

fn count_code(code: &CodeObject, ck: &CodeKeys, m: &mut Model) {
    let bump = |k: &Key, m: &mut Model| *m.refcount.entry(k.clone()).or_insert(0) += 1;
    bump(&ck.consts, m);
    if m.seen.insert(ck.consts.clone()) {
        let mut nested = ck.nested.iter();
        for (c, k) in code.consts.iter().zip(&ck.const_keys) {
            match (c, k) {
                (Constant::Code(inner), Some(_)) => {
                    if let Some(n) = nested.next() {
                        count_code(inner, n, m);
                    }
                }
                (_, Some(k)) => count_const(c, k, m),
                _ => {}
            }
        }
    }
    for (tuple, items) in [
        (&ck.names, &code.names),
        (&ck.lpnames, &code.localsplusnames),
    ] {
        bump(tuple, m);
        if m.seen.insert(tuple.clone()) {
            for s in items.iter() {
                bump(&name_key(s), m);
            }
        }
    }
    for k in [&ck.name, &ck.qualname, &ck.linetable, &ck.exctable] {
        bump(k, m);
    }
}

struct Writer<'a> {
    out: Vec<u8>,
    refs: HashMap<Key, u32>,
    model: &'a Model,
    /// The next object is a frozenset's element: CPython holds those twice while it writes them.
    in_set: bool,
    /// The objects to flag whatever their count (the outermost code object, `co_code`s).
    forced: std::collections::HashSet<Key>,
    /// The reference index of the first object flagged (non-zero when the code object is
    /// written inside a larger stream).
    base: u32,
}

impl Writer<'_> {
    fn long(&mut self, v: i32) {
        w_long(&mut self.out, v);
    }

    /// Writes a back-reference if the object was written with `FLAG_REF` before; otherwise
    /// returns the flag to put on its type byte (registering it when flagged).
    // CPython: marshal.c w_ref
    fn reference(&mut self, key: &Key) -> Option<u8> {
        if let Some(&i) = self.refs.get(key) {
            self.out.push(TYPE_REF);
            self.long(i as i32);
            return None;
        }
        let count = self.model.refcount.get(key).copied().unwrap_or(1);
        // A frozenset's element is held a second time while CPython writes it.
        let in_set = std::mem::replace(&mut self.in_set, false);
        let flagged = key.always_ref() || self.forced.contains(key) || count > 1 || in_set;
        if flagged {
            let n = self.base + self.refs.len() as u32;
            self.refs.insert(key.clone(), n);
            Some(FLAG_REF)
        } else {
            Some(0)
        }
    }

    fn str_obj(&mut self, s: &str, key: &Key) {
        let Some(flag) = self.reference(key) else {
            return;
        };
        let interned = matches!(key, Key::Str(_, true));
        w_str_bytes(&mut self.out, s.as_bytes(), interned, flag, VERSION);
    }

    /// A string with lone surrogates: `TYPE_UNICODE` with its `'surrogatepass'` UTF-8 bytes.
    fn surrogate_str_obj(&mut self, points: &[u32], key: &Key) {
        let Some(flag) = self.reference(key) else {
            return;
        };
        let bytes = crate::code::encode_surrogatepass(points);
        w_str_bytes(&mut self.out, &bytes, false, flag, VERSION);
    }

    fn bytes_obj(&mut self, b: &[u8], key: &Key) {
        let Some(flag) = self.reference(key) else {
            return;
        };
        w_bytes(&mut self.out, b, flag);
    }

    fn tuple_header(&mut self, n: usize, flag: u8) {
        w_tuple_header(&mut self.out, n, flag, VERSION);
    }

    fn name_tuple(&mut self, items: &[Rc<str>], key: &Key) {
        let Some(flag) = self.reference(key) else {
            return;
        };
        self.tuple_header(items.len(), flag);
        for s in items {
            self.str_obj(s, &name_key(s));
        }
    }

    fn int_body(&mut self, v: i128, flag: u8) {
        w_int(&mut self.out, v, flag);
    }

    fn long_digits(&mut self, digits: &[u16], negative: bool, flag: u8) {
        w_long_digits(&mut self.out, digits, negative, flag);
    }

    fn constant(&mut self, c: &Constant, key: Option<&Key>) {
        let key = match (c, key) {
            (Constant::None, _) => return self.out.push(TYPE_NONE),
            (Constant::Ellipsis, _) => return self.out.push(TYPE_ELLIPSIS),
            (Constant::Bool(true), _) => return self.out.push(TYPE_TRUE),
            (Constant::Bool(false), _) => return self.out.push(TYPE_FALSE),
            (_, Some(k)) => k.clone(),
            (_, None) => Key::Unique(usize::MAX),
        };
        match c {
            Constant::Str(s) => return self.str_obj(s, &key),
            Constant::SurrogateStr(p) => return self.surrogate_str_obj(p, &key),
            Constant::Bytes(b) => return self.bytes_obj(b, &key),
            _ => {}
        }
        let Some(flag) = self.reference(&key) else {
            return;
        };
        match c {
            Constant::Int(i) => self.int_body(*i as i128, flag),
            Constant::BigInt(s) => {
                let negative = s.starts_with('-');
                let digits = decimal_to_digits15(s);
                if digits.is_empty() {
                    self.out.push(TYPE_INT | flag);
                    self.long(0);
                } else {
                    self.long_digits(&digits, negative, flag);
                }
            }
            Constant::Float(f) => w_float(&mut self.out, *f, flag, VERSION),
            Constant::Complex { real, imag } => {
                w_complex(&mut self.out, *real, *imag, flag, VERSION)
            }
            Constant::Tuple(items) => {
                self.tuple_header(items.len(), flag);
                let keys = match &key {
                    Key::Tuple(ks) => ks.clone(),
                    _ => Vec::new(),
                };
                for (i, item) in items.iter().enumerate() {
                    self.constant(item, keys.get(i));
                }
            }
            Constant::FrozenSet(items) => {
                self.out.push(TYPE_FROZENSET | flag);
                self.long(items.len() as i32);
                // CPython writes the elements sorted by their own marshalled form, each
                // marshalled alone (marshal.c w_complex_object, bpo-37596).
                let mut scratch = Model {
                    refcount: HashMap::new(),
                    seen: Default::default(),
                    next_unique: 0,
                    class_qualnames: Default::default(),
                    identifiers: Default::default(),
                };
                let mut sorted: Vec<(Vec<u8>, &Constant, Key)> = items
                    .iter()
                    .map(|item| {
                        let k = key_or_none(item, &mut scratch);
                        let mut w = Writer {
                            out: Vec::new(),
                            refs: HashMap::new(),
                            model: self.model,
                            in_set: false,
                            forced: Default::default(),
                            base: 0,
                        };
                        w.constant(item, Some(&k));
                        (w.out, item, k)
                    })
                    .collect();
                sorted.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, item, k) in sorted {
                    self.in_set = true;
                    self.constant(item, Some(&k));
                }
                self.in_set = false;
            }
            _ => {}
        }
    }

    // CPython: marshal.c w_complex_object, the PyCode_Check branch
    fn code(&mut self, code: &CodeObject, ck: &CodeKeys) {
        let Some(flag) = self.reference(&ck.this) else {
            return;
        };
        self.out.push(TYPE_CODE | flag);
        for v in [
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.stacksize,
            code.flags,
        ] {
            self.long(v as i32);
        }
        self.bytes_obj(&code.code, &ck.code);
        // co_consts
        if let Some(flag) = self.reference(&ck.consts) {
            self.tuple_header(code.consts.len(), flag);
            let mut nested = ck.nested.iter();
            for (c, k) in code.consts.iter().zip(&ck.const_keys) {
                match c {
                    Constant::Code(inner) => {
                        if let Some(n) = nested.next() {
                            self.code(inner, n);
                        }
                    }
                    _ => self.constant(c, k.as_ref()),
                }
            }
        }
        self.name_tuple(&code.names, &ck.names);
        self.name_tuple(&code.localsplusnames, &ck.lpnames);
        self.bytes_obj(&code.localspluskinds, &ck.lpkinds);
        self.str_obj(&code.filename, &ck.filename);
        self.str_obj(&code.name, &ck.name);
        self.str_obj(&code.qualname, &ck.qualname);
        self.long(code.firstlineno as i32);
        self.bytes_obj(&code.linetable, &ck.linetable);
        self.bytes_obj(&code.exceptiontable, &ck.exctable);
    }
}

fn new_model() -> Model {
    Model {
        refcount: HashMap::new(),
        seen: Default::default(),
        next_unique: 0,
        class_qualnames: Default::default(),
        identifiers: Default::default(),
    }
}

/// Serialises a code object as `marshal.dumps(code)` does for a code object fresh from
/// `compile()` (held by a variable, as importlib holds it when it writes a .pyc).
pub fn dumps_code(code: &CodeObject) -> Vec<u8> {
    dumps_code_at(code, 0).0
}

/// Serialises a code object inside a larger stream whose earlier objects took `first_ref`
/// reference slots; returns the bytes and the number of slots the code object takes.
pub fn dumps_code_at(code: &CodeObject, first_ref: u32) -> (Vec<u8>, u32) {
    let held = CodeHolding {
        source_held: false,
        qualname_held: false,
        top_shared: true,
        unit_consts: Vec::new(),
    };
    dumps_code_held(code, first_ref, &held)
}

/// What holds a code object's parts at the time it is written, beyond what `compile()`
/// leaves behind (CPython flags every object held more than once).
pub struct CodeHolding {
    /// The constants are also held by the parser's arena: true while the main script, which
    /// CPython runs before freeing its AST, is executing (pythonrun.c pyrun_file).
    pub source_held: bool,
    /// `co_qualname` is also held by the function made from the code object.
    pub qualname_held: bool,
    /// The code object itself is held more than once.
    pub top_shared: bool,
    /// `co_consts` tuples of other code objects of the same compilation unit: the compiler
    /// merges equal ones into one object (compile.c `merge_consts_recursive`).
    pub unit_consts: Vec<Rc<CodeObject>>,
}

/// Serialises a code object held as `held` says, inside a larger stream whose earlier
/// objects took `first_ref` reference slots; returns the bytes and the slots it takes.
pub fn dumps_code_held(code: &CodeObject, first_ref: u32, held: &CodeHolding) -> (Vec<u8>, u32) {
    let mut m = new_model();
    fn gather(code: &CodeObject, out: &mut std::collections::HashSet<Rc<str>>) {
        out.extend(code.names.iter().cloned());
        out.extend(code.localsplusnames.iter().cloned());
        out.insert(code.name.clone());
        for c in &code.consts {
            if let Constant::Code(inner) = c {
                gather(inner, out);
            }
        }
    }
    gather(code, &mut m.identifiers);
    let ck = build_keys(code, &mut m);
    count_code(code, &ck, &mut m);
    let mut forced: std::collections::HashSet<Key> = Default::default();
    forced.insert(ck.this.clone());
    fn co_codes(ck: &CodeKeys, out: &mut std::collections::HashSet<Key>) {
        out.insert(ck.code.clone());
        out.insert(ck.filename.clone());
        for n in &ck.nested {
            co_codes(n, out);
        }
    }
    co_codes(&ck, &mut forced);
    if !held.top_shared {
        forced.remove(&ck.this);
    }
    if held.qualname_held {
        forced.insert(ck.qualname.clone());
    }
    if !held.unit_consts.is_empty() {
        fn shared(
            code: &CodeObject,
            ck: &CodeKeys,
            unit: &[Rc<CodeObject>],
            out: &mut std::collections::HashSet<Key>,
        ) {
            let same = |other: &Rc<CodeObject>| {
                !std::ptr::eq(&**other, code)
                    && other.consts.len() == code.consts.len()
                    && other
                        .consts
                        .iter()
                        .zip(&code.consts)
                        .all(|(a, b)| a.same_key(b) && !matches!(a, Constant::Code(_)))
            };
            if unit.iter().any(same) {
                out.insert(ck.consts.clone());
            }
            let mut nested = ck.nested.iter();
            for c in &code.consts {
                if let Constant::Code(inner) = c {
                    if let Some(n) = nested.next() {
                        shared(inner, n, unit, out);
                    }
                }
            }
        }
        shared(code, &ck, &held.unit_consts, &mut forced);
    }
    if held.source_held {
        fn with_items(k: &Key, out: &mut std::collections::HashSet<Key>) {
            out.insert(k.clone());
            if let Key::Tuple(items) = k {
                for i in items {
                    with_items(i, out);
                }
            }
        }
        /// The constants the compiler made itself rather than the parser: the key tuples of
        /// `BUILD_CONST_KEY_MAP` and the names of `KW_NAMES`.
        fn compiler_made(code: &CodeObject) -> std::collections::HashSet<usize> {
            use crate::opcode::Opcode;
            let mut out = std::collections::HashSet::new();
            let mut prev_const: Option<usize> = None;
            let mut ext: u32 = 0;
            let mut i = 0;
            while i + 1 < code.code.len() {
                let op = Opcode::from_u16(code.code[i] as u16);
                let arg = (ext << 8) | code.code[i + 1] as u32;
                i += 2;
                let Some(op) = op else {
                    ext = 0;
                    continue;
                };
                if op == Opcode::EXTENDED_ARG {
                    ext = arg;
                    continue;
                }
                ext = 0;
                match op {
                    Opcode::KW_NAMES => {
                        out.insert(arg as usize);
                    }
                    Opcode::BUILD_CONST_KEY_MAP => {
                        if let Some(c) = prev_const {
                            out.insert(c);
                        }
                    }
                    _ => {}
                }
                prev_const = if op == Opcode::LOAD_CONST {
                    Some(arg as usize)
                } else {
                    None
                };
                i += 2 * op.cache_entries() as usize;
            }
            out
        }
        fn constants(code: &CodeObject, ck: &CodeKeys, out: &mut std::collections::HashSet<Key>) {
            let made = compiler_made(code);
            let mut nested = ck.nested.iter();
            for (idx, (c, k)) in code.consts.iter().zip(&ck.const_keys).enumerate() {
                match (c, k) {
                    (Constant::Tuple(_), Some(Key::Tuple(items))) if made.contains(&idx) => {
                        for i in items {
                            with_items(i, out);
                        }
                    }
                    (Constant::Code(inner), _) => {
                        if let Some(n) = nested.next() {
                            constants(inner, n, out);
                        }
                    }
                    (_, Some(k)) => with_items(k, out),
                    _ => {}
                }
            }
        }
        constants(code, &ck, &mut forced);
    }
    let mut w = Writer {
        out: Vec::new(),
        refs: HashMap::new(),
        model: &m,
        in_set: false,
        forced,
        base: first_ref,
    };
    w.code(code, &ck);
    let n = w.refs.len() as u32;
    (w.out, n)
}

/// Serialises a constant as `marshal.dumps(value)` does when the value is held once.
pub fn dumps(value: &Constant) -> Vec<u8> {
    if let Constant::Code(code) = value {
        return dumps_code(code);
    }
    let mut m = new_model();
    let key = const_key(value, &mut m);
    if let Some(k) = &key {
        count_const(value, k, &mut m);
    }
    let mut w = Writer {
        out: Vec::new(),
        refs: HashMap::new(),
        model: &m,
        in_set: false,
        forced: Default::default(),
        base: 0,
    };
    w.constant(value, key.as_ref());
    w.out
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// Nesting limit, as CPython's MAX_MARSHAL_STACK_DEPTH.
const MAX_DEPTH: u32 = 2000;

/// A leaf object read from a marshal stream.
pub enum Atom<'a> {
    None,
    True,
    False,
    Ellipsis,
    StopIteration,
    Int(i64),
    /// A `TYPE_LONG`: base-2**15 digits, least significant first, and the sign.
    Long(&'a [u16], bool),
    Float(f64),
    Complex(f64, f64),
    /// A `str` as UTF-8 (lone surrogates in their `'surrogatepass'` form); `true` when written
    /// as interned.
    Str(&'a [u8], bool),
    Bytes(&'a [u8]),
}

/// The fields of a code object as read, before they are checked.
pub struct CodeParts<V> {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub code: V,
    pub consts: V,
    pub names: V,
    pub localsplusnames: V,
    pub localspluskinds: V,
    pub filename: V,
    pub name: V,
    pub qualname: V,
    pub firstlineno: u32,
    pub linetable: V,
    pub exceptiontable: V,
}

/// What the reader makes objects with: `Constant`s for .pyc files, live objects in the VM's
/// `marshal` module. Containers are made from their finished items.
pub trait Build {
    type V: Clone;
    fn atom(&mut self, a: Atom<'_>) -> Result<Self::V, MarshalError>;
    fn tuple(&mut self, items: Vec<Self::V>) -> Result<Self::V, MarshalError>;
    fn list(&mut self, items: Vec<Self::V>) -> Result<Self::V, MarshalError>;
    fn dict(&mut self, pairs: Vec<(Self::V, Self::V)>) -> Result<Self::V, MarshalError>;
    fn set(&mut self, items: Vec<Self::V>, frozen: bool) -> Result<Self::V, MarshalError>;
    fn code(&mut self, parts: CodeParts<Self::V>) -> Result<Self::V, MarshalError>;
}

/// Builds `Constant`s: lists, dicts, sets and `StopIteration` are not constants.
struct ConstBuild;

impl Build for ConstBuild {
    type V = Constant;

    fn atom(&mut self, a: Atom<'_>) -> Result<Constant, MarshalError> {
        Ok(match a {
            Atom::None => Constant::None,
            Atom::True => Constant::Bool(true),
            Atom::False => Constant::Bool(false),
            Atom::Ellipsis => Constant::Ellipsis,
            Atom::StopIteration => return err("StopIteration is not a constant"),
            Atom::Int(i) => Constant::Int(i),
            Atom::Long(digits, negative) => long_constant(digits, negative),
            Atom::Float(f) => Constant::Float(f),
            Atom::Complex(real, imag) => Constant::Complex { real, imag },
            Atom::Str(b, _) => str_constant(b)?,
            Atom::Bytes(b) => Constant::Bytes(Rc::from(b)),
        })
    }

    fn tuple(&mut self, items: Vec<Constant>) -> Result<Constant, MarshalError> {
        Ok(Constant::Tuple(items.into()))
    }

    fn list(&mut self, _: Vec<Constant>) -> Result<Constant, MarshalError> {
        err("a list is not a constant")
    }

    fn dict(&mut self, _: Vec<(Constant, Constant)>) -> Result<Constant, MarshalError> {
        err("a dict is not a constant")
    }

    fn set(&mut self, items: Vec<Constant>, frozen: bool) -> Result<Constant, MarshalError> {
        if !frozen {
            return err("a set is not a constant");
        }
        // Stored in the order CPython iterates the set it builds from these elements, as
        // `Constant::FrozenSet` keeps it.
        let order = crate::pyhash::set_iteration_order(&items);
        let ordered: Vec<Constant> = order.into_iter().map(|i| items[i].clone()).collect();
        Ok(Constant::FrozenSet(ordered.into()))
    }

    fn code(&mut self, parts: CodeParts<Constant>) -> Result<Constant, MarshalError> {
        Ok(Constant::Code(Rc::new(code_from_constants(parts)?)))
    }
}

/// A `str` constant from its UTF-8 (or `'surrogatepass'`) bytes.
fn str_constant(b: &[u8]) -> Result<Constant, MarshalError> {
    Ok(match std::str::from_utf8(b) {
        Ok(s) => Constant::Str(s.into()),
        Err(_) => match crate::code::decode_surrogatepass(b) {
            Some(points) => Constant::str_from_code_points(&points),
            None => return err("bad marshal data (invalid UTF-8 in a str)"),
        },
    })
}

fn string_field(c: Constant, what: &str) -> Result<Rc<str>, MarshalError> {
    match c {
        Constant::Str(s) => Ok(s),
        _ => err(format!("bad marshal data ({what} is not a str)")),
    }
}

fn bytes_field(c: Constant, what: &str) -> Result<Vec<u8>, MarshalError> {
    match c {
        Constant::Bytes(b) => Ok(b.to_vec()),
        _ => err(format!("bad marshal data ({what} is not bytes)")),
    }
}

fn tuple_field(c: Constant, what: &str) -> Result<Rc<[Constant]>, MarshalError> {
    match c {
        Constant::Tuple(t) => Ok(t),
        _ => err(format!("bad marshal data ({what} is not a tuple)")),
    }
}

fn names_field(c: Constant, what: &str) -> Result<Vec<Rc<str>>, MarshalError> {
    tuple_field(c, what)?
        .iter()
        .map(|c| match c {
            Constant::Str(s) => Ok(s.clone()),
            _ => err(format!("bad marshal data ({what} holds a non-str)")),
        })
        .collect()
}

/// Checks the fields of a code object read as constants and makes the `CodeObject`.
pub fn code_from_constants(p: CodeParts<Constant>) -> Result<CodeObject, MarshalError> {
    let code = bytes_field(p.code, "co_code")?;
    let consts = tuple_field(p.consts, "co_consts")?.to_vec();
    let names = names_field(p.names, "co_names")?;
    let localsplusnames = names_field(p.localsplusnames, "co_localsplusnames")?;
    let localspluskinds = bytes_field(p.localspluskinds, "co_localspluskinds")?;
    let filename = string_field(p.filename, "co_filename")?;
    let name = string_field(p.name, "co_name")?;
    let qualname = string_field(p.qualname, "co_qualname")?;
    let linetable = bytes_field(p.linetable, "co_linetable")?;
    let exceptiontable = bytes_field(p.exceptiontable, "co_exceptiontable")?;
    if localsplusnames.len() != localspluskinds.len() {
        return err("bad marshal data (co_localsplusnames and kinds differ in length)");
    }
    Ok(CodeObject {
        argcount: p.argcount,
        posonlyargcount: p.posonlyargcount,
        kwonlyargcount: p.kwonlyargcount,
        stacksize: p.stacksize,
        flags: p.flags,
        code,
        consts,
        names,
        localsplusnames,
        localspluskinds,
        filename,
        name,
        qualname,
        firstlineno: p.firstlineno,
        linetable,
        exceptiontable,
    })
}

/// Where a reader's bytes come from: a byte string, or (in the VM) a file read as needed.
pub trait Source<'a> {
    /// Up to `n` more bytes (fewer only when the data ends).
    fn take(&mut self, n: usize) -> Result<Cow<'a, [u8]>, MarshalError>;

    /// The message when the data ends inside an object.
    fn short_message(&self) -> &'static str {
        "marshal data too short"
    }
}

/// A byte string as a `Source`.
pub struct SliceSource<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Source<'a> for SliceSource<'a> {
    fn take(&mut self, n: usize) -> Result<Cow<'a, [u8]>, MarshalError> {
        let end = self.pos.saturating_add(n).min(self.data.len());
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(Cow::Borrowed(s))
    }
}

/// Reads marshal data, making objects with a `Build`.
pub struct Reader<'a, B: Build, S: Source<'a> = SliceSource<'a>> {
    src: S,
    pos: usize,
    refs: Vec<Option<B::V>>,
    depth: u32,
    build: &'a mut B,
}

impl<'a, B: Build> Reader<'a, B> {
    pub fn new(data: &'a [u8], build: &'a mut B) -> Self {
        Reader::with_source(SliceSource { data, pos: 0 }, build)
    }
}

impl<'a, B: Build, S: Source<'a>> Reader<'a, B, S> {
    pub fn with_source(src: S, build: &'a mut B) -> Self {
        Reader {
            src,
            pos: 0,
            refs: Vec::new(),
            depth: 0,
            build,
        }
    }

    /// How many bytes the objects read so far took.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// The source, once reading is over.
    pub fn into_source(self) -> S {
        self.src
    }

    fn byte(&mut self) -> Result<u8, MarshalError> {
        let b = self.src.take(1)?;
        match b.first() {
            Some(&c) => {
                self.pos += 1;
                Ok(c)
            }
            None => err("EOF read where object expected"),
        }
    }

    fn bytes(&mut self, n: usize) -> Result<Cow<'a, [u8]>, MarshalError> {
        let b = self.src.take(n)?;
        if b.len() < n {
            return err(self.src.short_message());
        }
        self.pos += n;
        Ok(b)
    }

    fn long(&mut self) -> Result<i32, MarshalError> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn size(&mut self, what: &str) -> Result<usize, MarshalError> {
        let n = self.long()?;
        if n < 0 {
            return err(format!("bad marshal data ({what} size out of range)"));
        }
        Ok(n as usize)
    }

    fn f64(&mut self) -> Result<f64, MarshalError> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(&b);
        Ok(f64::from_le_bytes(a))
    }

    fn text_float(&mut self) -> Result<f64, MarshalError> {
        let n = self.byte()? as usize;
        let b = self.bytes(n)?;
        let s = String::from_utf8_lossy(&b);
        s.trim()
            .parse::<f64>()
            .or_else(|_| match s.trim() {
                "inf" | "+inf" => Ok(f64::INFINITY),
                "-inf" => Ok(f64::NEG_INFINITY),
                "nan" | "+nan" | "-nan" => Ok(f64::NAN),
                _ => Err(()),
            })
            .or_else(|_| err("bad marshal data (float)"))
    }

    fn reserve(&mut self, flagged: bool) -> Option<usize> {
        if flagged {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        }
    }

    fn finish(&mut self, slot: Option<usize>, v: B::V) -> B::V {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
        v
    }

    /// Reads one object.
    pub fn object(&mut self) -> Result<B::V, MarshalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err("recursion limit exceeded");
        }
        let r = self.object_inner();
        self.depth -= 1;
        r
    }

    fn items(&mut self, n: usize) -> Result<Vec<B::V>, MarshalError> {
        let mut items = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            items.push(self.object()?);
        }
        Ok(items)
    }

    // CPython: marshal.c r_object
    fn object_inner(&mut self) -> Result<B::V, MarshalError> {
        let code = self.byte()?;
        self.object_of(code)
    }

    // CPython: marshal.c r_object, after the type byte
    fn object_of(&mut self, code: u8) -> Result<B::V, MarshalError> {
        let holder: Cow<'a, [u8]>;
        let flagged = code & FLAG_REF != 0;
        let t = code & !FLAG_REF;
        let atom = match t {
            TYPE_NONE => Atom::None,
            TYPE_TRUE => Atom::True,
            TYPE_FALSE => Atom::False,
            TYPE_ELLIPSIS => Atom::Ellipsis,
            TYPE_STOPITER => Atom::StopIteration,
            TYPE_NULL => return err("NULL object in marshal data for object"),
            TYPE_REF => {
                let i = self.long()?;
                return match usize::try_from(i).ok().and_then(|i| self.refs.get(i)) {
                    Some(Some(v)) => Ok(v.clone()),
                    Some(None) => err("bad marshal data (invalid reference)"),
                    None => err("bad marshal data (invalid reference)"),
                };
            }
            TYPE_INT => Atom::Int(self.long()? as i64),
            TYPE_INT64 => {
                let b = self.bytes(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(&b);
                Atom::Int(i64::from_le_bytes(a))
            }
            TYPE_LONG => {
                let n = self.long()?;
                if n.unsigned_abs() > (1 << 26) {
                    return err("bad marshal data (long size out of range)");
                }
                let mut digits = Vec::with_capacity(n.unsigned_abs() as usize);
                for _ in 0..n.unsigned_abs() {
                    let b = self.bytes(2)?;
                    let d = u16::from_le_bytes([b[0], b[1]]);
                    if d > 0x7fff {
                        return err("bad marshal data (digit out of range in long)");
                    }
                    digits.push(d);
                }
                if digits.last() == Some(&0) {
                    return err("bad marshal data (unnormalized long data)");
                }
                let v = self.build.atom(Atom::Long(&digits, n < 0))?;
                let slot = self.reserve(flagged);
                return Ok(self.finish(slot, v));
            }
            TYPE_BINARY_FLOAT => Atom::Float(self.f64()?),
            TYPE_FLOAT => Atom::Float(self.text_float()?),
            TYPE_BINARY_COMPLEX => {
                let real = self.f64()?;
                let imag = self.f64()?;
                Atom::Complex(real, imag)
            }
            TYPE_COMPLEX => {
                let real = self.text_float()?;
                let imag = self.text_float()?;
                Atom::Complex(real, imag)
            }
            TYPE_STRING => {
                let n = self.size("bytes object")?;
                holder = self.bytes(n)?;
                Atom::Bytes(&holder)
            }
            TYPE_ASCII | TYPE_ASCII_INTERNED | TYPE_UNICODE | TYPE_INTERNED => {
                let n = self.size("string")?;
                holder = self.bytes(n)?;
                Atom::Str(&holder, t == TYPE_ASCII_INTERNED || t == TYPE_INTERNED)
            }
            TYPE_SHORT_ASCII | TYPE_SHORT_ASCII_INTERNED => {
                let n = self.byte()? as usize;
                holder = self.bytes(n)?;
                Atom::Str(&holder, t == TYPE_SHORT_ASCII_INTERNED)
            }
            TYPE_SMALL_TUPLE | TYPE_TUPLE | TYPE_LIST | TYPE_SET | TYPE_FROZENSET => {
                let n = match t {
                    TYPE_SMALL_TUPLE => self.byte()? as usize,
                    TYPE_TUPLE => self.size("tuple")?,
                    TYPE_LIST => self.size("list")?,
                    _ => self.size("set")?,
                };
                let slot = self.reserve(flagged);
                let items = self.items(n)?;
                let v = match t {
                    TYPE_LIST => self.build.list(items)?,
                    TYPE_SET => self.build.set(items, false)?,
                    TYPE_FROZENSET => self.build.set(items, true)?,
                    _ => self.build.tuple(items)?,
                };
                return Ok(self.finish(slot, v));
            }
            TYPE_DICT => {
                let slot = self.reserve(flagged);
                let mut pairs = Vec::new();
                loop {
                    // A dict ends with a NULL where a key would be.
                    let code = self.byte()?;
                    if code == TYPE_NULL {
                        break;
                    }
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return err("recursion limit exceeded");
                    }
                    let k = self.object_of(code);
                    self.depth -= 1;
                    let k = k?;
                    let v = self.object()?;
                    pairs.push((k, v));
                }
                let v = self.build.dict(pairs)?;
                return Ok(self.finish(slot, v));
            }
            TYPE_CODE => {
                let slot = self.reserve(flagged);
                let parts = self.code()?;
                let v = self.build.code(parts)?;
                return Ok(self.finish(slot, v));
            }
            _ => return err("bad marshal data (unknown type code)"),
        };
        let v = self.build.atom(atom)?;
        let slot = self.reserve(flagged);
        Ok(self.finish(slot, v))
    }

    fn code(&mut self) -> Result<CodeParts<B::V>, MarshalError> {
        Ok(CodeParts {
            argcount: self.long()? as u32,
            posonlyargcount: self.long()? as u32,
            kwonlyargcount: self.long()? as u32,
            stacksize: self.long()? as u32,
            flags: self.long()? as u32,
            code: self.object()?,
            consts: self.object()?,
            names: self.object()?,
            localsplusnames: self.object()?,
            localspluskinds: self.object()?,
            filename: self.object()?,
            name: self.object()?,
            qualname: self.object()?,
            firstlineno: self.long()? as u32,
            linetable: self.object()?,
            exceptiontable: self.object()?,
        })
    }
}

/// An integer from its 15-bit digits: `Int` when it fits in an `i64`, else `BigInt`.
fn long_constant(digits: &[u16], negative: bool) -> Constant {
    let significant = digits.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
    if significant <= 5 {
        let mut v: u128 = 0;
        for &d in digits[..significant].iter().rev() {
            v = (v << 15) | d as u128;
        }
        let v = if negative { -(v as i128) } else { v as i128 };
        if let Ok(i) = i64::try_from(v) {
            return Constant::Int(i);
        }
    }
    let mut s = digits15_to_decimal(digits);
    if negative && s != "0" {
        s.insert(0, '-');
    }
    Constant::BigInt(Rc::from(s.as_str()))
}

/// Reads one value, as `marshal.loads` does. Lists, dicts and sets are not constants and are
/// refused.
pub fn loads(data: &[u8]) -> Result<Constant, MarshalError> {
    let mut b = ConstBuild;
    Reader::new(data, &mut b).object()
}

/// Reads a code object, as `marshal.loads` does for a .pyc's body.
pub fn loads_code(data: &[u8]) -> Result<Rc<CodeObject>, MarshalError> {
    match loads(data)? {
        Constant::Code(c) => Ok(c),
        _ => err("marshal data does not hold a code object"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_int_digits() {
        let s = "1000000000000000000000000000000";
        let d = decimal_to_digits15(s);
        assert_eq!(d, vec![0, 0, 14249, 13223, 19716, 26003, 807]);
        assert_eq!(digits15_to_decimal(&d), s);
    }

    #[test]
    fn simple_values() {
        assert_eq!(dumps(&Constant::Int(1)), vec![b'i' | 0x80, 1, 0, 0, 0]);
        assert_eq!(dumps(&Constant::Int(1000)), vec![b'i', 0xe8, 3, 0, 0]);
        let big = Constant::BigInt("-1000000000000000000000000000000".into());
        let bytes = dumps(&big);
        assert_eq!(bytes[0], b'l');
        match loads(&bytes).unwrap() {
            Constant::BigInt(s) => assert_eq!(&*s, "-1000000000000000000000000000000"),
            other => panic!("{other:?}"),
        }
        assert!(loads(&[b'r', 9, 0, 0, 0]).is_err());
        assert!(loads(&[]).is_err());
    }
}
