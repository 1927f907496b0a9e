//! `str`: immutable text. The payload keeps the text as UTF-8, its length in code points (so
//! `len()` is O(1) and ASCII text indexes in O(1)) and the cached hash, which is CPython's
//! (SipHash-1-3 over the 1-, 2- or 4-byte-per-character form, keyed by the hash seed).
//! Lone surrogates (U+D800..U+DFFF), which UTF-8 cannot hold, are kept beside the text: the
//! text has U+FFFD in their place and a rarely set list records each one's code-point index
//! and code unit (None when there are none, the canonical form). Code that only reads the
//! text sees U+FFFD; the operations whose result depends on the exact code points (equality,
//! ordering, hashing, indexing, slicing, concatenation, repr, the codecs) consult the list.
//! CPython: Objects/unicodeobject.c.

use std::cell::{Cell, OnceCell};
use std::cmp::Ordering;

use compact_str::{CompactString, ToCompactString};

use crate::object::{Obj, Payload, PyRef, Value};

/// The lone surrogates of a string: (code-point index, code unit), sorted by index.
pub type Surrogates = Vec<(u32, u16)>;

#[derive(Clone)]
pub struct StrData {
    /// The text: up to 24 bytes are kept inline (no second allocation, as CPython's compact
    /// strings hold their characters in the object), longer text on the heap; `s += t` on a
    /// string nothing else refers to grows it in place (see `append_unique`). Lone surrogates
    /// are U+FFFD.
    s: CompactString,
    chars: usize,
    hash: Cell<i64>,
    /// The lone surrogates, if any (never an empty list).
    surr: Option<Box<Surrogates>>,
}

impl Payload for StrData {}

/// Whether `cp` is a surrogate code point.
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xD800..0xE000).contains(&cp)
}

/// The surrogate list in canonical form (None when empty).
fn canon(v: Surrogates) -> Option<Box<Surrogates>> {
    if v.is_empty() {
        None
    } else {
        Some(Box::new(v))
    }
}

/// Builds a string piece by piece, lone surrogates included.
#[derive(Default)]
pub struct StrBuilder {
    s: String,
    chars: usize,
    surr: Surrogates,
}

impl StrBuilder {
    pub fn new() -> StrBuilder {
        StrBuilder::default()
    }

    pub fn with_capacity(n: usize) -> StrBuilder {
        StrBuilder {
            s: String::with_capacity(n),
            chars: 0,
            surr: Vec::new(),
        }
    }

    #[inline]
    pub fn push(&mut self, c: char) {
        self.s.push(c);
        self.chars += 1;
    }

    pub fn push_str(&mut self, t: &str) {
        self.s.push_str(t);
        self.chars += count_chars(t);
    }

    /// Appends code point `cp` (a surrogate is recorded; a value beyond U+10FFFF becomes
    /// U+FFFD, which callers rule out first).
    pub fn push_cp(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.s.push(c),
            None => {
                if is_surrogate(cp) {
                    self.surr.push((self.chars as u32, cp as u16));
                }
                self.s.push('\u{FFFD}');
            }
        }
        self.chars += 1;
    }

    /// Appends the whole of `t`.
    pub fn push_data(&mut self, t: &StrData) {
        if let Some(v) = &t.surr {
            let base = self.chars as u32;
            self.surr.extend(v.iter().map(|&(i, u)| (i + base, u)));
        }
        self.s.push_str(&t.s);
        self.chars += t.chars;
    }

    /// The number of code points so far.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn finish(self) -> StrData {
        StrData {
            s: compact(self.s),
            chars: self.chars,
            hash: Cell::new(-1),
            surr: canon(self.surr),
        }
    }
}

impl StrData {
    pub fn new(s: &str) -> StrData {
        StrData {
            chars: count_chars(s),
            s: CompactString::new(s),
            hash: Cell::new(-1),
            surr: None,
        }
    }

    /// A string whose length in code points the caller already knows (a concatenation).
    pub fn from_string_counted(s: String, chars: usize) -> StrData {
        debug_assert_eq!(chars, s.chars().count());
        StrData {
            chars,
            s: compact(s),
            hash: Cell::new(-1),
            surr: None,
        }
    }

    pub fn from_string(s: String) -> StrData {
        StrData {
            chars: count_chars(&s),
            s: compact(s),
            hash: Cell::new(-1),
            surr: None,
        }
    }

    /// The string of code points `cps` (each at most U+10FFFF; lone surrogates kept).
    pub fn from_code_points(cps: &[u32]) -> StrData {
        let mut b = StrBuilder::with_capacity(cps.len());
        for &c in cps {
            b.push_cp(c);
        }
        b.finish()
    }

    /// Appends `t` to a string that nothing else refers to: the interpreter's in-place `+=`
    /// (CPython: BINARY_OP_INPLACE_ADD_UNICODE, which resizes the left operand when the
    /// local variable holds its only other reference).
    pub fn append_unique(&mut self, t: &str, tchars: usize) {
        self.s.push_str(t);
        self.chars += tchars;
        self.hash.set(-1);
    }

    /// `append_unique` of a whole string, its surrogates included.
    pub fn append_unique_data(&mut self, t: &StrData) {
        if let Some(v) = &t.surr {
            let base = self.chars as u32;
            let list = self.surr.get_or_insert_with(Default::default);
            list.extend(v.iter().map(|&(i, u)| (i + base, u)));
        }
        self.s.push_str(&t.s);
        self.chars += t.chars;
        self.hash.set(-1);
    }

    /// The text, with U+FFFD for each lone surrogate.
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// The lone surrogates (index, code unit), if any.
    #[inline(always)]
    pub fn surrogates(&self) -> Option<&[(u32, u16)]> {
        self.surr.as_deref().map(|v| v.as_slice())
    }

    #[inline(always)]
    pub fn has_surrogates(&self) -> bool {
        self.surr.is_some()
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The code points, lone surrogates included.
    pub fn code_points(&self) -> Vec<u32> {
        let mut v: Vec<u32> = self.s.chars().map(u32::from).collect();
        if let Some(list) = &self.surr {
            for &(i, u) in list.iter() {
                if let Some(x) = v.get_mut(i as usize) {
                    *x = u32::from(u);
                }
            }
        }
        v
    }

    /// An iterator over the code points, lone surrogates included.
    pub fn iter_code_points(&self) -> impl Iterator<Item = u32> + Clone + '_ {
        let list: &[(u32, u16)] = self.surrogates().unwrap_or(&[]);
        let mut k = 0usize;
        self.s.chars().enumerate().map(move |(i, c)| {
            if let Some(&(j, u)) = list.get(k) {
                if j as usize == i {
                    k += 1;
                    return u32::from(u);
                }
            }
            u32::from(c)
        })
    }

    /// `needle in self`.
    pub fn contains_data(&self, needle: &StrData) -> bool {
        if self.surr.is_none() && needle.surr.is_none() {
            return self.s.contains(needle.s.as_str());
        }
        let hay = self.code_points();
        crate::strmethods::find_slice(&hay, &needle.code_points(), 0, hay.len(), false).is_some()
    }

    /// Whether the two strings hold the same code points.
    #[inline]
    pub fn eq_data(&self, other: &StrData) -> bool {
        self.s == other.s && self.surr == other.surr
    }

    /// Code-point order of the two strings.
    pub fn cmp_data(&self, other: &StrData) -> Ordering {
        if self.surr.is_none() && other.surr.is_none() {
            return self.s.cmp(&other.s);
        }
        self.iter_code_points().cmp(other.iter_code_points())
    }

    /// CPython's `hash()` of this string, computed once.
    #[inline]
    pub fn hash_value(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = match &self.surr {
            None => crate::pyhash::hash_str(&self.s),
            Some(_) => crate::pyhash::hash_code_points(self.iter_code_points()),
        };
        self.hash.set(h);
        h
    }

    /// `repr()` of the string (lone surrogates show as `\udxxx`).
    pub fn repr(&self) -> String {
        if self.surr.is_some() {
            ouro_bytecode::repr::code_points_repr(self.iter_code_points())
        } else {
            ouro_bytecode::repr::str_repr(&self.s)
        }
    }

    /// The code point at index `i` (0 <= i < char_len); U+FFFD for a lone surrogate (see
    /// `code_point_at`).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// The code point at index `i`, lone surrogates included.
    pub fn code_point_at(&self, i: usize) -> Option<u32> {
        if let Some(list) = &self.surr {
            if let Ok(k) = list.binary_search_by_key(&(i as u32), |&(j, _)| j) {
                return Some(u32::from(list[k].1));
            }
        }
        self.char_at(i).map(u32::from)
    }

    /// The one-character string at index `i`, lone surrogates included.
    pub fn item(&self, i: usize) -> Option<StrData> {
        if let Some(list) = &self.surr {
            if let Ok(k) = list.binary_search_by_key(&(i as u32), |&(j, _)| j) {
                return Some(StrData {
                    s: CompactString::const_new("\u{FFFD}"),
                    chars: 1,
                    hash: Cell::new(-1),
                    surr: Some(Box::new(vec![(0, list[k].1)])),
                });
            }
        }
        let c = self.char_at(i)?;
        let mut buf = [0u8; 4];
        Some(StrData {
            s: CompactString::new(c.encode_utf8(&mut buf)),
            chars: 1,
            hash: Cell::new(-1),
            surr: None,
        })
    }

    /// The substring of code points `start..end` (text only: lone surrogates are U+FFFD;
    /// see `slice`).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.s[start..end]
        } else {
            let mut it = self
                .s
                .char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(self.s.len()));
            let b0 = it.nth(start).unwrap_or(self.s.len());
            let b1 = if end > start {
                it.nth(end - start - 1).unwrap_or(self.s.len())
            } else {
                b0
            };
            &self.s[b0..b1]
        }
    }

    /// The string of code points `start..end` (start <= end <= char_len), surrogates kept.
    pub fn slice(&self, start: usize, end: usize) -> StrData {
        let text = self.substring(start, end);
        let surr = self.surr.as_ref().and_then(|list| {
            canon(
                list.iter()
                    .filter(|&&(i, _)| (start..end).contains(&(i as usize)))
                    .map(|&(i, u)| (i - start as u32, u))
                    .collect(),
            )
        });
        StrData {
            s: CompactString::new(text),
            chars: end.saturating_sub(start),
            hash: Cell::new(-1),
            surr,
        }
    }

    /// The string of the code points at `positions` (an extended slice), surrogates kept.
    pub fn pick(&self, positions: impl Iterator<Item = usize>) -> StrData {
        let cps = self.code_points();
        let mut b = StrBuilder::new();
        for p in positions {
            if let Some(&c) = cps.get(p) {
                b.push_cp(c);
            }
        }
        b.finish()
    }

    /// A string made from `out`, the result of a character-by-character mapping of this
    /// string's text that keeps U+FFFD as it is and in order (case mapping, padding,
    /// stripping): the lone surrogates of this string are put back at the U+FFFD that
    /// stand for them.
    pub fn remap(&self, out: String) -> StrData {
        let Some(list) = &self.surr else {
            return StrData::from_string(out);
        };
        // Which of this string's U+FFFD are surrogates, in order.
        let mut marks: Vec<Option<u16>> = Vec::new();
        let mut k = 0;
        for (i, c) in self.s.chars().enumerate() {
            if c == '\u{FFFD}' {
                match list.get(k) {
                    Some(&(j, u)) if j as usize == i => {
                        marks.push(Some(u));
                        k += 1;
                    }
                    _ => marks.push(None),
                }
            }
        }
        let mut surr = Vec::new();
        let mut n = 0;
        let mut chars = 0;
        for (i, c) in out.chars().enumerate() {
            chars += 1;
            if c == '\u{FFFD}' {
                if let Some(Some(u)) = marks.get(n) {
                    surr.push((i as u32, *u));
                }
                n += 1;
            }
        }
        StrData {
            s: compact(out),
            chars,
            hash: Cell::new(-1),
            surr: canon(surr),
        }
    }
}

/// The number of code points of `s`; ASCII text (the common case) needs no decoding.
#[inline]
fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The longest text a string keeps inline.
const INLINE: usize = std::mem::size_of::<CompactString>();

/// A `String` as the text of a string: short text moves inline, long text keeps its buffer
/// (trimmed when much of it is unused).
fn compact(mut s: String) -> CompactString {
    if s.len() > INLINE && s.capacity() > s.len() + s.len() / 8 {
        s.shrink_to_fit();
    }
    CompactString::from(s)
}

/// The decimal text of `i` (CPython: `long_to_decimal_string` for a one-digit int).
pub fn int_to_str(i: i64) -> StrData {
    let s = i.to_compact_string();
    StrData {
        chars: s.len(),
        s,
        hash: Cell::new(-1),
        surr: None,
    }
}

thread_local! {
    /// The empty string and the 128 one-character ASCII strings, made once and shared (CPython
    /// keeps the empty string and the one-character Latin-1 strings as singletons). Leaked on
    /// purpose: they live as long as the thread's interpreter.
    static SMALL_STRS: OnceCell<&'static [Value]> = const { OnceCell::new() };
}

/// The shared string object for `s` when it is empty or one ASCII character.
#[inline]
pub fn small_str(s: &str) -> Option<Value> {
    if s.len() > 1 {
        return None;
    }
    let k = s.as_bytes().first().map_or(0, |&b| usize::from(b) + 1);
    if k > 128 {
        return None;
    }
    SMALL_STRS.with(|c| {
        let table = c.get_or_init(|| {
            let ty = crate::types::str_type();
            let mut v = Vec::with_capacity(129);
            v.push(crate::object::alloc_object(ty, StrData::new("")).into_value());
            for b in 0u8..128 {
                let mut buf = [0u8; 4];
                let t = char::from(b).encode_utf8(&mut buf);
                v.push(crate::object::alloc_object(ty, StrData::new(t)).into_value());
            }
            Box::leak(v.into_boxed_slice())
        });
        table.get(k).cloned()
    })
}

/// A `str` object holding `s` (the shared one when `s` is empty or one ASCII character).
#[inline]
pub fn new_str_value(s: &str) -> Value {
    match small_str(s) {
        Some(v) => v,
        None => str_value(StrData::new(s)),
    }
}

/// A new `str` object holding `data`.
#[inline]
pub fn str_value(data: StrData) -> Value {
    crate::object::alloc_plain(crate::types::str_type(), data).into_value()
}

/// `str(i)` of a small int as an object (the digits 0..9 are shared one-character strings).
#[inline]
pub fn int_str_value(i: i64) -> Value {
    if (0..10).contains(&i) {
        let b = [b'0' + i as u8];
        if let Some(v) = std::str::from_utf8(&b).ok().and_then(small_str) {
            return v;
        }
    }
    str_value(int_to_str(i))
}

/// The concatenation of the `str` values among `parts` (BUILD_STRING): the size is known
/// first, so the text is allocated once and its length in code points is summed.
pub fn concat(parts: &[Value]) -> StrData {
    let mut bytes = 0;
    let mut chars = 0;
    let mut any_surr = false;
    for p in parts {
        if let Some(x) = p.downcast::<StrData>() {
            bytes += x.s.len();
            chars += x.chars;
            any_surr |= x.surr.is_some();
        }
    }
    if any_surr {
        let mut b = StrBuilder::with_capacity(bytes);
        for p in parts {
            if let Some(x) = p.downcast::<StrData>() {
                b.push_data(x);
            }
        }
        return b.finish();
    }
    let s = if bytes <= INLINE {
        // Short results are assembled on the stack and stored inline.
        let mut buf = [0u8; INLINE];
        let mut n = 0;
        for p in parts {
            if let Some(x) = p.downcast::<StrData>() {
                let b = x.s.as_bytes();
                buf[n..n + b.len()].copy_from_slice(b);
                n += b.len();
            }
        }
        match std::str::from_utf8(&buf[..n]) {
            Ok(t) => CompactString::new(t),
            Err(_) => CompactString::default(),
        }
    } else {
        let mut s = CompactString::with_capacity(bytes);
        for p in parts {
            if let Some(x) = p.downcast::<StrData>() {
                s.push_str(&x.s);
            }
        }
        s
    };
    StrData {
        s,
        chars,
        hash: Cell::new(-1),
        surr: None,
    }
}

/// `x + y` of two strings without lone surrogates: a short result is assembled on the stack
/// and kept inline, so that it needs no allocation of its own.
pub fn concat_pair(x: &StrData, y: &StrData) -> StrData {
    let (a, b) = (x.s.as_bytes(), y.s.as_bytes());
    let n = a.len() + b.len();
    let s = if n <= INLINE {
        let mut buf = [0u8; INLINE];
        buf[..a.len()].copy_from_slice(a);
        buf[a.len()..n].copy_from_slice(b);
        match std::str::from_utf8(&buf[..n]) {
            Ok(t) => CompactString::new(t),
            Err(_) => CompactString::default(),
        }
    } else {
        let mut s = CompactString::with_capacity(n);
        s.push_str(&x.s);
        s.push_str(&y.s);
        s
    };
    StrData {
        s,
        chars: x.chars + y.chars,
        hash: Cell::new(-1),
        surr: None,
    }
}

pub type StrRef = PyRef<StrData>;

impl Obj<StrData> {
    pub fn is_exact(&self) -> bool {
        std::ptr::eq(self.class(), crate::types::str_type())
    }
}

/// Fills the dict of `str` (the methods live in strmethods.rs) and registers
/// `int.__format__`/`float.__format__` (format.rs).
pub fn init(vm: &crate::vm::Vm) {
    crate::strmethods::init(vm);
    crate::format::init(vm);
}
