//! `str`: immutable text. The payload keeps the UTF-8 text, its length in code points (so
//! `len()` is O(1) and ASCII text indexes in O(1)) and the cached hash, which is CPython's
//! (SipHash-1-3 over the 1-, 2- or 4-byte-per-character form, keyed by the hash seed).
//! Lone surrogates are not representable yet. CPython: Objects/unicodeobject.c.

use std::cell::Cell;

use crate::object::{Obj, Payload, PyRef};

pub struct StrData {
    /// The text; a `String` so that `s += t` on a string nothing else refers to can grow it
    /// in place with amortised doubling (see `append_unique`).
    s: String,
    chars: usize,
    hash: Cell<i64>,
}

impl Payload for StrData {}

impl StrData {
    pub fn new(s: &str) -> StrData {
        StrData {
            chars: count_chars(s),
            s: s.to_string(),
            hash: Cell::new(-1),
        }
    }

    /// A string whose length in code points the caller already knows (a concatenation).
    pub fn from_string_counted(s: String, chars: usize) -> StrData {
        debug_assert_eq!(chars, s.chars().count());
        StrData {
            chars,
            s: {
                let mut s = s;
                s.shrink_to_fit();
                s
            },
            hash: Cell::new(-1),
        }
    }

    pub fn from_string(s: String) -> StrData {
        StrData {
            chars: count_chars(&s),
            s: {
                let mut s = s;
                s.shrink_to_fit();
                s
            },
            hash: Cell::new(-1),
        }
    }

    /// Appends `t` (of `tchars` code points) to a string that nothing else refers to: the
    /// interpreter's in-place `+=` (CPython: BINARY_OP_INPLACE_ADD_UNICODE, which resizes
    /// the left operand when the local variable holds its only other reference).
    pub fn append_unique(&mut self, t: &str, tchars: usize) {
        self.s.push_str(t);
        self.chars += tchars;
        self.hash.set(-1);
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
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

    /// CPython's `hash()` of this string, computed once.
    #[inline]
    pub fn hash_value(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::pyhash::hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// The substring of code points `start..end`.
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

/// The decimal text of `i` (CPython: `long_to_decimal_string` for a one-digit int), built in
/// a stack buffer so that the string is allocated once at its exact size.
pub fn int_to_str(i: i64) -> StrData {
    let mut buf = [0u8; 20];
    let mut n = i.unsigned_abs();
    let mut p = buf.len();
    loop {
        p -= 1;
        buf[p] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let digits = &buf[p..];
    let mut s = String::with_capacity(digits.len() + usize::from(i < 0));
    if i < 0 {
        s.push('-');
    }
    for &d in digits {
        s.push(char::from(d));
    }
    let chars = s.len();
    StrData {
        s,
        chars,
        hash: Cell::new(-1),
    }
}

/// The concatenation of the `str` values among `parts` (BUILD_STRING): the size is known
/// first, so the text is allocated once and its length in code points is summed.
pub fn concat(parts: &[crate::object::Value]) -> StrData {
    let mut bytes = 0;
    let mut chars = 0;
    for p in parts {
        if let Some(x) = p.downcast::<StrData>() {
            bytes += x.s.len();
            chars += x.chars;
        }
    }
    let mut s = String::with_capacity(bytes);
    for p in parts {
        if let Some(x) = p.downcast::<StrData>() {
            s.push_str(&x.s);
        }
    }
    StrData {
        s,
        chars,
        hash: Cell::new(-1),
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
