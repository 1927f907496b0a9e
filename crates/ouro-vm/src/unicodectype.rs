//! Character properties and case mappings as CPython 3.12's str methods see them (Unicode
//! 15.0): the queries over the generated database in unicodetype_db.rs. Rust's own `char`
//! methods follow a newer Unicode and other definitions (`is_alphabetic` is not `isalpha`), so
//! every str method that classifies or maps characters asks here. CPython counterpart:
//! Objects/unicodectype.c.

use crate::unicodetype_db as db;

/// The database record of `c`.
#[inline]
fn record(c: char) -> &'static db::TypeRecord {
    let cp = c as u32;
    let block = db::INDEX1[(cp >> db::SHIFT) as usize] as usize;
    let slot = db::INDEX2[(block << db::SHIFT) + (cp & ((1 << db::SHIFT) - 1)) as usize];
    &db::RECORDS[slot as usize]
}

#[inline]
fn has(c: char, flag: u16) -> bool {
    record(c).flags & flag != 0
}

/// `str.isalpha` of one character.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, db::ALPHA)
}

/// `str.isdecimal` of one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::DECIMAL)
}

/// `str.isdigit` of one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::DIGIT)
}

/// `str.isnumeric` of one character.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, db::NUMERIC)
}

/// `str.isalnum` of one character (alpha, decimal, digit or numeric).
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, db::ALPHA | db::DECIMAL | db::DIGIT | db::NUMERIC)
}

/// The Lowercase property.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, db::LOWER)
}

/// The Uppercase property.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, db::UPPER)
}

/// A titlecase letter (category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, db::TITLE)
}

/// The Cased property (lowercase, uppercase or titlecase).
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, db::CASED)
}

/// The Case_Ignorable property (for the final-sigma rule).
pub fn is_case_ignorable(c: char) -> bool {
    has(c, db::CASE_IGNORABLE)
}

/// `str.isspace` of one character.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    has(c, db::SPACE)
}

/// `str.isprintable` of one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, db::PRINTABLE)
}

/// A line boundary for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    has(c, db::LINEBREAK)
}

/// XID_Start (an identifier's first character, besides `_`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, db::XID_START)
}

/// XID_Continue (an identifier's later characters).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, db::XID_CONTINUE)
}

/// The decimal digit value of `c` (category Nd), as `int()` and `float()` read digits.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let d = record(c).decimal;
    (d >= 0).then_some(d as u32)
}

fn push_mapping(c: char, m: i32, out: &mut String) {
    if m >= db::EXT {
        out.push_str(db::EXTENDED[(m - db::EXT) as usize]);
    } else {
        out.push(char::from_u32((c as i32 + m) as u32).unwrap_or(c));
    }
}

/// Appends the full lowercase mapping of `c` (without the final-sigma context).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapping(c, record(c).lower, out);
    }
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapping(c, record(c).upper, out);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapping(c, record(c).title, out);
    }
}

/// Appends the full case folding of `c`.
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapping(c, record(c).fold, out);
    }
}

/// `s` with white space turned into ' ' and decimal digits of any script into ASCII digits,
/// or None if another non-ASCII character remains (CPython:
/// _PyUnicode_TransformDecimalAndSpaceToASCII, the first step of `int(str)` and `float(str)`).
pub fn decimal_and_space_to_ascii(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let mut t = String::with_capacity(s.len());
    for c in s.chars() {
        if is_space(c) {
            t.push(' ');
        } else if let Some(d) = decimal_value(c) {
            t.push(char::from(b'0' + d as u8));
        } else if c.is_ascii() {
            t.push(c);
        } else {
            return None;
        }
    }
    Some(std::borrow::Cow::Owned(t))
}
