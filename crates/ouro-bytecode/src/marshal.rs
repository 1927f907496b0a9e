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
use std::collections::HashMap;
use std::rc::Rc;

/// A malformed marshal stream, or a value `Constant` cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarshalError(pub String);

fn err<T>(msg: impl Into<String>) -> Result<T, MarshalError> {
    Err(MarshalError(msg.into()))
}

// Type codes (CPython: marshal.c TYPE_*).
const TYPE_NULL: u8 = b'0';
const TYPE_NONE: u8 = b'N';
const TYPE_FALSE: u8 = b'F';
const TYPE_TRUE: u8 = b'T';
const TYPE_STOPITER: u8 = b'S';
const TYPE_ELLIPSIS: u8 = b'.';
const TYPE_INT: u8 = b'i';
const TYPE_INT64: u8 = b'I';
const TYPE_FLOAT: u8 = b'f';
const TYPE_BINARY_FLOAT: u8 = b'g';
const TYPE_COMPLEX: u8 = b'x';
const TYPE_BINARY_COMPLEX: u8 = b'y';
const TYPE_LONG: u8 = b'l';
const TYPE_STRING: u8 = b's';
const TYPE_INTERNED: u8 = b't';
const TYPE_REF: u8 = b'r';
const TYPE_TUPLE: u8 = b'(';
const TYPE_LIST: u8 = b'[';
const TYPE_DICT: u8 = b'{';
const TYPE_CODE: u8 = b'c';
const TYPE_UNICODE: u8 = b'u';
const TYPE_UNKNOWN: u8 = b'?';
const TYPE_SET: u8 = b'<';
const TYPE_FROZENSET: u8 = b'>';
const TYPE_ASCII: u8 = b'a';
const TYPE_ASCII_INTERNED: u8 = b'A';
const TYPE_SMALL_TUPLE: u8 = b')';
const TYPE_SHORT_ASCII: u8 = b'z';
const TYPE_SHORT_ASCII_INTERNED: u8 = b'Z';
const FLAG_REF: u8 = 0x80;

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
}

impl Writer<'_> {
    fn long(&mut self, v: i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
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
            let n = self.refs.len() as u32;
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
        if s.is_ascii() {
            if s.len() < 256 {
                let t = if interned {
                    TYPE_SHORT_ASCII_INTERNED
                } else {
                    TYPE_SHORT_ASCII
                };
                self.out.push(t | flag);
                self.out.push(s.len() as u8);
            } else {
                let t = if interned {
                    TYPE_ASCII_INTERNED
                } else {
                    TYPE_ASCII
                };
                self.out.push(t | flag);
                self.long(s.len() as i32);
            }
        } else {
            self.out.push(
                if interned {
                    TYPE_INTERNED
                } else {
                    TYPE_UNICODE
                } | flag,
            );
            self.long(s.len() as i32);
        }
        self.out.extend_from_slice(s.as_bytes());
    }

    /// A string with lone surrogates: `TYPE_UNICODE` with its `'surrogatepass'` UTF-8 bytes.
    fn surrogate_str_obj(&mut self, points: &[u32], key: &Key) {
        let Some(flag) = self.reference(key) else {
            return;
        };
        let bytes = crate::code::encode_surrogatepass(points);
        self.out.push(TYPE_UNICODE | flag);
        self.long(bytes.len() as i32);
        self.out.extend_from_slice(&bytes);
    }

    fn bytes_obj(&mut self, b: &[u8], key: &Key) {
        let Some(flag) = self.reference(key) else {
            return;
        };
        self.out.push(TYPE_STRING | flag);
        self.long(b.len() as i32);
        self.out.extend_from_slice(b);
    }

    fn tuple_header(&mut self, n: usize, flag: u8) {
        if n < 256 {
            self.out.push(TYPE_SMALL_TUPLE | flag);
            self.out.push(n as u8);
        } else {
            self.out.push(TYPE_TUPLE | flag);
            self.long(n as i32);
        }
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
        if (i32::MIN as i128..=i32::MAX as i128).contains(&v) {
            self.out.push(TYPE_INT | flag);
            self.long(v as i32);
        } else {
            let digits = u128_to_digits15(v.unsigned_abs());
            self.long_digits(&digits, v < 0, flag);
        }
    }

    fn long_digits(&mut self, digits: &[u16], negative: bool, flag: u8) {
        self.out.push(TYPE_LONG | flag);
        let n = digits.len() as i32;
        self.long(if negative { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
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
            Constant::Float(f) => {
                self.out.push(TYPE_BINARY_FLOAT | flag);
                self.out.extend_from_slice(&f.to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.out.push(TYPE_BINARY_COMPLEX | flag);
                self.out.extend_from_slice(&real.to_le_bytes());
                self.out.extend_from_slice(&imag.to_le_bytes());
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
    let mut w = Writer {
        out: Vec::new(),
        refs: HashMap::new(),
        model: &m,
        in_set: false,
        forced,
    };
    w.code(code, &ck);
    w.out
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
    };
    w.constant(value, key.as_ref());
    w.out
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// Nesting limit, as CPython's MAX_MARSHAL_STACK_DEPTH.
const MAX_DEPTH: u32 = 2000;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Option<Constant>>,
    depth: u32,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, MarshalError> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => err("EOF read where object expected"),
        }
    }

    fn bytes(&mut self, n: usize) -> Result<&[u8], MarshalError> {
        if self.data.len() - self.pos < n {
            return err("marshal data too short");
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn long(&mut self) -> Result<i32, MarshalError> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn size(&mut self) -> Result<usize, MarshalError> {
        let n = self.long()?;
        if n < 0 {
            return err("bad marshal data (size out of range)");
        }
        Ok(n as usize)
    }

    fn f64(&mut self) -> Result<f64, MarshalError> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    fn text_float(&mut self) -> Result<f64, MarshalError> {
        let n = self.byte()? as usize;
        let b = self.bytes(n)?;
        let s = String::from_utf8_lossy(b);
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

    /// A `str` object: lone surrogates (written with `'surrogatepass'`) make a
    /// `Constant::SurrogateStr`.
    fn str_constant(&mut self, n: usize) -> Result<Constant, MarshalError> {
        let b = self.bytes(n)?;
        Ok(match std::str::from_utf8(b) {
            Ok(s) => Constant::Str(s.into()),
            Err(_) => match crate::code::decode_surrogatepass(b) {
                Some(points) => Constant::str_from_code_points(&points),
                None => return err("bad marshal data (invalid UTF-8 in a str)"),
            },
        })
    }

    fn reserve(&mut self, flagged: bool) -> Option<usize> {
        if flagged {
            self.refs.push(None);
            Some(self.refs.len() - 1)
        } else {
            None
        }
    }

    fn finish(&mut self, slot: Option<usize>, v: Constant) -> Constant {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
        v
    }

    fn object(&mut self) -> Result<Constant, MarshalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err("recursion limit exceeded");
        }
        let r = self.object_inner();
        self.depth -= 1;
        r
    }

    fn object_inner(&mut self) -> Result<Constant, MarshalError> {
        let code = self.byte()?;
        let flagged = code & FLAG_REF != 0;
        let t = code & !FLAG_REF;
        let v = match t {
            TYPE_NONE => Constant::None,
            TYPE_TRUE => Constant::Bool(true),
            TYPE_FALSE => Constant::Bool(false),
            TYPE_ELLIPSIS => Constant::Ellipsis,
            TYPE_NULL => return err("NULL object in marshal data for object"),
            TYPE_STOPITER => return err("StopIteration is not a constant"),
            TYPE_REF => {
                let i = self.long()?;
                return match usize::try_from(i).ok().and_then(|i| self.refs.get(i)) {
                    Some(Some(v)) => Ok(v.clone()),
                    Some(None) => err("bad marshal data (ref to an unfinished object)"),
                    None => err("bad marshal data (invalid reference)"),
                };
            }
            TYPE_INT => Constant::Int(self.long()? as i64),
            TYPE_INT64 => {
                let b = self.bytes(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                Constant::Int(i64::from_le_bytes(a))
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
                long_constant(&digits, n < 0)
            }
            TYPE_BINARY_FLOAT => Constant::Float(self.f64()?),
            TYPE_FLOAT => Constant::Float(self.text_float()?),
            TYPE_BINARY_COMPLEX => {
                let real = self.f64()?;
                let imag = self.f64()?;
                Constant::Complex { real, imag }
            }
            TYPE_COMPLEX => {
                let real = self.text_float()?;
                let imag = self.text_float()?;
                Constant::Complex { real, imag }
            }
            TYPE_STRING => {
                let n = self.size()?;
                Constant::Bytes(Rc::from(self.bytes(n)?))
            }
            TYPE_ASCII | TYPE_ASCII_INTERNED | TYPE_UNICODE | TYPE_INTERNED => {
                let n = self.size()?;
                self.str_constant(n)?
            }
            TYPE_SHORT_ASCII | TYPE_SHORT_ASCII_INTERNED => {
                let n = self.byte()? as usize;
                self.str_constant(n)?
            }
            TYPE_SMALL_TUPLE | TYPE_TUPLE | TYPE_FROZENSET => {
                let n = if t == TYPE_SMALL_TUPLE {
                    self.byte()? as usize
                } else {
                    self.size()?
                };
                let slot = self.reserve(flagged);
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.object()?);
                }
                let v = if t == TYPE_FROZENSET {
                    // Stored in the order CPython iterates the set it builds from these
                    // elements, as `Constant::FrozenSet` keeps it.
                    let order = crate::pyhash::set_iteration_order(&items);
                    let ordered: Vec<Constant> =
                        order.into_iter().map(|i| items[i].clone()).collect();
                    Constant::FrozenSet(ordered.into())
                } else {
                    Constant::Tuple(items.into())
                };
                return Ok(self.finish(slot, v));
            }
            TYPE_LIST | TYPE_DICT | TYPE_SET => {
                return err(format!(
                    "a {} is not a constant",
                    match t {
                        TYPE_LIST => "list",
                        TYPE_DICT => "dict",
                        _ => "set",
                    }
                ))
            }
            TYPE_CODE => {
                let slot = self.reserve(flagged);
                let code = self.code()?;
                return Ok(self.finish(slot, Constant::Code(Rc::new(code))));
            }
            TYPE_UNKNOWN => return err("bad marshal data (unknown type code)"),
            _ => return err("bad marshal data (unknown type code)"),
        };
        let slot = self.reserve(flagged);
        Ok(self.finish(slot, v))
    }

    fn string_field(&mut self, what: &str) -> Result<Rc<str>, MarshalError> {
        match self.object()? {
            Constant::Str(s) => Ok(s),
            _ => err(format!("bad marshal data ({what} is not a str)")),
        }
    }

    fn bytes_field(&mut self, what: &str) -> Result<Vec<u8>, MarshalError> {
        match self.object()? {
            Constant::Bytes(b) => Ok(b.to_vec()),
            _ => err(format!("bad marshal data ({what} is not bytes)")),
        }
    }

    fn tuple_field(&mut self, what: &str) -> Result<Rc<[Constant]>, MarshalError> {
        match self.object()? {
            Constant::Tuple(t) => Ok(t),
            _ => err(format!("bad marshal data ({what} is not a tuple)")),
        }
    }

    fn names_field(&mut self, what: &str) -> Result<Vec<Rc<str>>, MarshalError> {
        self.tuple_field(what)?
            .iter()
            .map(|c| match c {
                Constant::Str(s) => Ok(s.clone()),
                _ => err(format!("bad marshal data ({what} holds a non-str)")),
            })
            .collect()
    }

    fn code(&mut self) -> Result<CodeObject, MarshalError> {
        let argcount = self.long()? as u32;
        let posonlyargcount = self.long()? as u32;
        let kwonlyargcount = self.long()? as u32;
        let stacksize = self.long()? as u32;
        let flags = self.long()? as u32;
        let code = self.bytes_field("co_code")?;
        let consts = self.tuple_field("co_consts")?.to_vec();
        let names = self.names_field("co_names")?;
        let localsplusnames = self.names_field("co_localsplusnames")?;
        let localspluskinds = self.bytes_field("co_localspluskinds")?;
        let filename = self.string_field("co_filename")?;
        let name = self.string_field("co_name")?;
        let qualname = self.string_field("co_qualname")?;
        let firstlineno = self.long()? as u32;
        let linetable = self.bytes_field("co_linetable")?;
        let exceptiontable = self.bytes_field("co_exceptiontable")?;
        if localsplusnames.len() != localspluskinds.len() {
            return err("bad marshal data (co_localsplusnames and kinds differ in length)");
        }
        Ok(CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
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
    let mut r = Reader {
        data,
        pos: 0,
        refs: Vec::new(),
        depth: 0,
    };
    r.object()
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
