//! AST-level constant folding before code generation (`1 + 2` → `3`, `"a" * 3`, `-1`,
//! tuple constants, `__debug__`, lists and sets after `in` as tuples and frozensets), with
//! CPython's size limits. The ruff AST is not rewritten: folded values are recorded in a side
//! table keyed by the expression node's address, which code generation consults
//! (`Compiler::expr_constant`).
//! CPython counterpart: Python/ast_opt.c (3.12).
//! `%`-formats of tuples that become f-strings and `not` merged into `is`/`in` comparisons
//! are recorded in side tables too.
//! Integers are folded in `i128` (CPython: any size, with results of `*`, `**` and `<<` up to
//! 128 bits); beyond it only unary minus and plus. Floats and complex numbers follow
//! Objects/floatobject.c and Objects/complexobject.c; an operation that raises in CPython
//! (division by zero, overflow) stays unfolded. String literals naming lone surrogates are
//! read again from the source (the parser replaces them by U+FFFD).
//! Not folded yet: integer results of 128 bits exactly (`1 << 127`), arithmetic on integers
//! outside `i128` and `int / int` whose operands are not exact floats.

use ouro_bytecode::Constant;
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, ModModule, Stmt};
use std::collections::{HashMap, HashSet};

/// Constant values of the expressions that folding reduced, by node address.
#[derive(Clone, Debug, Default)]
pub struct FoldedConstants {
    pub map: HashMap<usize, Constant>,
    /// List displays that CPython turns into tuples (after `in`/`not in` and as the iterable
    /// of `for` and comprehensions) but whose items are not all constant.
    pub lists_as_tuples: HashSet<usize>,
    /// `str % tuple` expressions that CPython rewrites into an f-string, by the `BinOp`'s
    /// address (CPython: `optimize_format`).
    pub percent_formats: HashMap<usize, Vec<FormatPart>>,
    /// `not` applied to a one-operator `is`/`is not`/`in`/`not in` comparison, by the
    /// `UnaryOp`'s address: the comparison operator that replaces the pair
    /// (CPython: `fold_unaryop` rewrites `not a in b` into `a not in b`).
    pub negated_compares: HashMap<usize, ast::CmpOp>,
}

/// A piece of the f-string that a `%`-format becomes.
#[derive(Clone, Debug)]
pub enum FormatPart {
    /// Literal text (`%%` already reduced to `%`).
    Literal(String),
    /// The tuple item at `index`, converted with `conversion` (`s`, `r` or `a`) and formatted
    /// with the optional `spec` (e.g. `>10`, `.3`).
    Value {
        index: usize,
        conversion: char,
        spec: Option<String>,
    },
}

impl FoldedConstants {
    /// The folded value of `e`, if it was folded.
    pub fn get(&self, e: &Expr) -> Option<&Constant> {
        self.map.get(&(e as *const Expr as usize))
    }

    /// Whether the list display `e` is compiled as a tuple.
    pub fn list_as_tuple(&self, e: &Expr) -> bool {
        self.lists_as_tuples.contains(&(e as *const Expr as usize))
    }

    /// The f-string pieces of `e` if it is a `%`-format CPython compiles as an f-string.
    pub fn percent_format(&self, e: &Expr) -> Option<&[FormatPart]> {
        self.percent_formats
            .get(&(e as *const Expr as usize))
            .map(|v| v.as_slice())
    }

    /// If `e` is a `not` that folding merged into the comparison below it, that comparison
    /// and the operator replacing its own.
    pub fn negated_compare<'e>(&self, e: &'e Expr) -> Option<(&'e ast::ExprCompare, ast::CmpOp)> {
        let op = *self.negated_compares.get(&(e as *const Expr as usize))?;
        let mut cur = e;
        loop {
            match cur {
                Expr::UnaryOp(u) => cur = &u.operand,
                Expr::Compare(c) => return Some((c, op)),
                _ => return None,
            }
        }
    }
}

/// The digits CPython accepts in a width or precision of a `%`-format it rewrites.
const MAXDIGITS: usize = 3;

/// Parses the `%` specifier starting after the `%` at `*pos`: flags, width and precision of at
/// most two digits each, and the conversion character (CPython: `simple_format_arg_parse`
/// and `parse_format`). Returns the conversion and the format spec of the f-string field.
fn parse_percent_spec(fmt: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    let mut p = *pos;
    let next = |p: &mut usize| -> Option<char> {
        let c = *fmt.get(*p)?;
        *p += 1;
        Some(c)
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next(&mut p)?;
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i32 = -1;
    let mut prec: i32 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            width = width * 10 + (ch as i32 - '0' as i32);
            ch = next(&mut p)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if ch == '.' {
        ch = next(&mut p)?;
        prec = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            prec = prec * 10 + (ch as i32 - '0' as i32);
            ch = next(&mut p)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push('.');
        spec.push_str(&prec.to_string());
    }
    *pos = p;
    Some((ch, if spec.is_empty() { None } else { Some(spec) }))
}

/// Splits a `%`-format applied to `n` tuple items into f-string pieces, or `None` if CPython
/// leaves it alone (CPython: `optimize_format`, `parse_literal`).
fn percent_format_parts(fmt: &str, n: usize) -> Option<Vec<FormatPart>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pos = 0;
    let mut used = 0;
    let mut parts = Vec::new();
    loop {
        let start = pos;
        let mut text = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                text.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&'%') {
                text.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            parts.push(FormatPart::Literal(text));
        }
        if pos >= chars.len() {
            break;
        }
        if used >= n {
            return None;
        }
        pos += 1;
        let (conversion, spec) = parse_percent_spec(&chars, &mut pos)?;
        parts.push(FormatPart::Value {
            index: used,
            conversion,
            spec,
        });
        used += 1;
    }
    if used < n {
        return None;
    }
    Some(parts)
}

/// CPython's limits on folded values (ast_opt.c).
const MAX_INT_SIZE: u32 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// Folds the constant expressions of a module (CPython: `_PyAST_Optimize`). Without the
/// source text, string literals with lone surrogates keep the parser's U+FFFD in their place.
pub fn fold_module(module: &ModModule, optimize: u32) -> FoldedConstants {
    fold_module_with_source(module, optimize, None)
}

/// `fold_module` given the module's source text, from which string literals that hold lone
/// surrogates (`'\ud800'`, which the parser replaces by U+FFFD) get their true value.
pub fn fold_module_with_source(
    module: &ModModule,
    optimize: u32,
    source: Option<&str>,
) -> FoldedConstants {
    let mut f = Folder {
        out: FoldedConstants::default(),
        optimize,
        source,
    };
    for s in &module.body {
        f.visit_stmt(s);
    }
    f.out
}

struct Folder<'s> {
    out: FoldedConstants,
    optimize: u32,
    source: Option<&'s str>,
}

/// Where each U+FFFD of a string literal's value comes from, in order: `Some(point)` for an
/// escape naming a lone surrogate (`\ud800`, `\U0000dc00`), which the parser replaced by
/// U+FFFD; `None` for a real U+FFFD. `body` is the literal's text between its quotes
/// (CPython: string_parser.c decode_unicode_with_escapes).
fn replacement_origins(body: &str) -> Vec<Option<u32>> {
    let mut out = Vec::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{fffd}' {
            out.push(None);
            continue;
        }
        if c != '\\' {
            continue;
        }
        let Some(e) = chars.next() else { break };
        let digits = match e {
            'u' => 4,
            'U' => 8,
            'N' => {
                let mut name = String::new();
                if chars.peek() == Some(&'{') {
                    chars.next();
                    for n in chars.by_ref() {
                        if n == '}' {
                            break;
                        }
                        name.push(n);
                    }
                }
                if name.eq_ignore_ascii_case("replacement character") {
                    out.push(None);
                }
                continue;
            }
            _ => continue,
        };
        let mut point = 0u32;
        for _ in 0..digits {
            match chars.peek().and_then(|d| d.to_digit(16)) {
                Some(d) => {
                    point = point.wrapping_mul(16).wrapping_add(d);
                    chars.next();
                }
                None => break,
            }
        }
        if (0xd800..=0xdfff).contains(&point) {
            out.push(Some(point));
        } else if point == 0xfffd {
            out.push(None);
        }
    }
    out
}

/// The value of a string literal whose parts name lone surrogates, read again from the source;
/// `None` when it has none (then the parser's value is right).
pub(crate) fn surrogate_literal(s: &ast::ExprStringLiteral, source: &str) -> Option<Constant> {
    use ast::StringFlags;
    if !s.value.to_str().contains('\u{fffd}') {
        return None;
    }
    let mut points = Vec::new();
    let mut found = false;
    for part in s.value.iter() {
        let value = &*part.value;
        let text = source.get(usize::from(part.range.start())..usize::from(part.range.end()));
        let origins = match text {
            Some(text) if value.contains('\u{fffd}') && !part.flags.prefix().is_raw() => {
                let opener = usize::from(part.flags.opener_len());
                let closer = usize::from(part.flags.closer_len());
                text.get(opener..text.len().saturating_sub(closer))
                    .map(replacement_origins)
                    .unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let mut origins = origins.into_iter();
        for c in value.chars() {
            let p = if c == '\u{fffd}' {
                origins.next().flatten().unwrap_or(0xfffd)
            } else {
                u32::from(c)
            };
            found |= (0xd800..=0xdfff).contains(&p);
            points.push(p);
        }
    }
    found.then(|| Constant::str_from_code_points(&points))
}

fn key(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// The literal value of an expression node (CPython: a `Constant` node from the parser).
fn literal(e: &Expr) -> Option<Constant> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => crate::codegen::int_literal_constant(i),
            ast::Number::Float(f) => Some(Constant::Float(*f)),
            ast::Number::Complex { real, imag } => Some(Constant::Complex {
                real: *real,
                imag: *imag,
            }),
        },
        Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().into())),
        Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into())),
        Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Constant::None),
        Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
        _ => None,
    }
}

/// An integer value of a constant (bools are integers).
fn as_int(c: &Constant) -> Option<i64> {
    match c {
        Constant::Int(i) => Some(*i),
        Constant::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

/// An integer value of a constant as `i128`, including integers outside `i64`.
fn as_wide(c: &Constant) -> Option<i128> {
    match c {
        Constant::BigInt(d) => d.parse::<i128>().ok(),
        _ => as_int(c).map(i128::from),
    }
}

/// The constant for an integer result (CPython folds integers of any size; results that do
/// not fit `i128` are left unfolded here).
fn int_const(v: i128) -> Constant {
    match i64::try_from(v) {
        Ok(i) => Constant::Int(i),
        Err(_) => Constant::BigInt(v.to_string().into()),
    }
}

/// A number as a float, as Python converts an int operand of a float operation: rounded to
/// nearest, ties to even; `None` (OverflowError) when it is too large for a float
/// (CPython: `PyLong_AsDouble`).
fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        // Rust's integer-to-float conversion and decimal parsing round to nearest, ties to
        // even, as CPython's do.
        Constant::BigInt(d) => d.parse::<f64>().ok().filter(|f| f.is_finite()),
        _ => as_int(c).map(|i| i as f64),
    }
}

/// A number as a complex value (CPython: complexobject.c `to_complex`).
fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => as_float(c).map(|f| (f, 0.0)),
    }
}

fn is_float(c: &Constant) -> bool {
    matches!(c, Constant::Float(_))
}

fn is_complex(c: &Constant) -> bool {
    matches!(c, Constant::Complex { .. })
}

/// An int that a float holds exactly, as a float.
fn exact_float(i: i128) -> Option<f64> {
    let f = i as f64;
    (f.abs() < 2f64.powi(127) && f as i128 == i).then_some(f)
}

/// Whether a float is an odd integer (CPython: floatobject.c `DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `float // float` (CPython: floatobject.c `_float_div_mod`); `None` for a zero divisor.
fn float_floor_div(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    Some(if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(a / b)
    })
}

/// `float % float` (CPython: floatobject.c `float_rem`); `None` for a zero divisor.
fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = a % b;
    Some(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0f64.copysign(b)
    })
}

/// `float ** float` (CPython: floatobject.c `float_pow`): a negative base to a fractional
/// power is a complex number; errors (zero to a negative power, overflow) give `None`.
fn float_pow(a: f64, b: f64) -> Option<Constant> {
    let float = |x: f64| Some(Constant::Float(x));
    if b == 0.0 {
        return float(1.0);
    }
    if a.is_nan() {
        return float(a);
    }
    if b.is_nan() {
        return float(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return float(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            b.abs()
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return float(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return None;
        }
        return float(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return complex_pow((a, 0.0), (b, 0.0));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return float(if negate { -1.0 } else { 1.0 });
    }
    let x = base.powf(b);
    if x.is_infinite() {
        return None;
    }
    float(if negate { -x } else { x })
}

/// Complex multiplication (CPython: complexobject.c `_Py_c_prod`).
fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division by Smith's method; `None` for a zero divisor
/// (CPython: complexobject.c `_Py_c_quot`).
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `complex ** complex` (CPython: complexobject.c `complex_pow`, `c_powi`, `_Py_c_pow`):
/// small integer exponents by repeated squaring; errors (zero to a negative or complex power,
/// overflow) give `None`.
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<Constant> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |n: i64| {
            let mut r = (1.0, 0.0);
            let mut p = a;
            let mut mask = 1i64;
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = c_prod(r, p);
                }
                mask <<= 1;
                p = c_prod(p, p);
            }
            r
        };
        if n > 0 {
            powu(n)
        } else {
            c_quot((1.0, 0.0), powu(-n))?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return None;
    }
    Some(Constant::Complex {
        real: p.0,
        imag: p.1,
    })
}

/// A binary operation with a complex operand (CPython: complexobject.c `complex_add`,
/// `complex_sub`, `complex_mul`, `complex_div`, `complex_pow`).
fn fold_complex(op: ast::Operator, a: (f64, f64), b: (f64, f64)) -> Option<Constant> {
    use ast::Operator::*;
    let (real, imag) = match op {
        Add => (a.0 + b.0, a.1 + b.1),
        Sub => (a.0 - b.0, a.1 - b.1),
        Mult => c_prod(a, b),
        Div => c_quot(a, b)?,
        Pow => return complex_pow(a, b),
        _ => return None,
    };
    Some(Constant::Complex { real, imag })
}

/// A binary operation on floats, or a float and an int (CPython: floatobject.c).
fn fold_float(op: ast::Operator, a: f64, b: f64) -> Option<Constant> {
    use ast::Operator::*;
    let v = match op {
        Add => a + b,
        Sub => a - b,
        Mult => a * b,
        Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        FloorDiv => float_floor_div(a, b)?,
        Mod => float_mod(a, b)?,
        Pow => return float_pow(a, b),
        _ => return None,
    };
    Some(Constant::Float(v))
}

fn bits(i: i128) -> u32 {
    128 - i.unsigned_abs().leading_zeros()
}

/// Python's truth value of a constant.
fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Ellipsis => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::SurrogateStr(p) => !p.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

/// A frozenset constant of `items` (added in this order): its elements kept in the order
/// CPython's set iterates them, which `dis` shows.
pub(crate) fn frozenset_constant(items: &[Constant]) -> Constant {
    let order = ouro_bytecode::pyhash::set_iteration_order(items);
    Constant::FrozenSet(order.into_iter().map(|i| items[i].clone()).collect())
}

/// The number of items in nested tuples and frozensets (CPython: `check_complexity`).
fn check_complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
        limit -= items.len() as i64;
        for it in items.iter() {
            if limit < 0 {
                break;
            }
            limit = check_complexity(it, limit);
        }
    }
    limit
}

fn repeat_seq(n: i64, seq: &Constant) -> Option<Constant> {
    match seq {
        Constant::Str(s) => {
            let len = s.chars().count();
            if len > 0 && (n < 0 || n as usize > MAX_STR_SIZE / len) {
                return None;
            }
            Some(Constant::Str(s.repeat(n.max(0) as usize).into()))
        }
        Constant::SurrogateStr(p) => {
            if n < 0 || n as usize > MAX_STR_SIZE / p.len() {
                return None;
            }
            Some(Constant::str_from_code_points(&p.repeat(n as usize)))
        }
        Constant::Bytes(b) => {
            if !b.is_empty() && (n < 0 || n as usize > MAX_STR_SIZE / b.len()) {
                return None;
            }
            Some(Constant::Bytes(b.repeat(n.max(0) as usize).into()))
        }
        Constant::Tuple(t) => {
            if !t.is_empty() {
                if n < 0 || n as usize > MAX_COLLECTION_SIZE / t.len() {
                    return None;
                }
                if n > 0 && check_complexity(seq, (MAX_TOTAL_ITEMS / n as usize) as i64) < 0 {
                    return None;
                }
            }
            let mut v = Vec::new();
            for _ in 0..n.max(0) {
                v.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(v.into()))
        }
        _ => None,
    }
}

fn floor_div(a: i128, b: i128) -> Option<i128> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q.checked_sub(1)
    } else {
        Some(q)
    }
}

fn py_mod(a: i128, b: i128) -> Option<i128> {
    if b == 0 {
        return None;
    }
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// CPython's `fold_binop` for the operand types handled here.
fn fold_binop(op: ast::Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    use ast::Operator::*;
    if let (Some(a), Some(b)) = (as_wide(l), as_wide(r)) {
        let v = match op {
            Add => a.checked_add(b)?,
            Sub => a.checked_sub(b)?,
            Mult => {
                if a != 0 && b != 0 && bits(a) + bits(b) > MAX_INT_SIZE {
                    return None;
                }
                a.checked_mul(b)?
            }
            FloorDiv => floor_div(a, b)?,
            Mod => py_mod(a, b)?,
            Pow => {
                if b < 0 {
                    // An integer to a negative power is a float power (CPython: `long_pow`).
                    return float_pow(a as f64, b as f64);
                }
                if a != 0
                    && b > 0
                    && (b > i128::from(MAX_INT_SIZE) || bits(a) > MAX_INT_SIZE / b as u32)
                {
                    return None;
                }
                a.checked_pow(u32::try_from(b).ok()?)?
            }
            LShift => {
                if b < 0 {
                    return None;
                }
                if a != 0 && (b > i128::from(MAX_INT_SIZE) || bits(a) > MAX_INT_SIZE - b as u32) {
                    return None;
                }
                if b >= 127 || (a << b) >> b != a {
                    return None;
                }
                a << b
            }
            RShift => {
                if b < 0 {
                    return None;
                }
                a >> b.min(127)
            }
            BitOr => {
                if let (Constant::Bool(x), Constant::Bool(y)) = (l, r) {
                    return Some(Constant::Bool(x | y));
                }
                a | b
            }
            BitXor => {
                if let (Constant::Bool(x), Constant::Bool(y)) = (l, r) {
                    return Some(Constant::Bool(x ^ y));
                }
                a ^ b
            }
            BitAnd => {
                if let (Constant::Bool(x), Constant::Bool(y)) = (l, r) {
                    return Some(Constant::Bool(x & y));
                }
                a & b
            }
            Div => {
                // Correctly rounded, as CPython's `long_true_divide`, when both operands are
                // exact floats; other quotients are left unfolded.
                if b == 0 {
                    return None;
                }
                return Some(Constant::Float(exact_float(a)? / exact_float(b)?));
            }
            MatMult => return None,
        };
        return Some(int_const(v));
    }
    if is_complex(l) || is_complex(r) {
        return fold_complex(op, as_complex(l)?, as_complex(r)?);
    }
    if is_float(l) || is_float(r) {
        return fold_float(op, as_float(l)?, as_float(r)?);
    }
    match (op, l, r) {
        (Add, Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(format!("{a}{b}").into())),
        (
            Add,
            Constant::Str(_) | Constant::SurrogateStr(_),
            Constant::Str(_) | Constant::SurrogateStr(_),
        ) => {
            let mut points = l.str_code_points()?;
            points.extend(r.str_code_points()?);
            Some(Constant::str_from_code_points(&points))
        }
        (Add, Constant::Bytes(a), Constant::Bytes(b)) => {
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            Some(Constant::Bytes(v.into()))
        }
        (Add, Constant::Tuple(a), Constant::Tuple(b)) => {
            let v: Vec<Constant> = a.iter().chain(b.iter()).cloned().collect();
            Some(Constant::Tuple(v.into()))
        }
        (Mult, seq, n) | (Mult, n, seq) if as_int(n).is_some() => repeat_seq(as_int(n)?, seq),
        _ => None,
    }
}

/// CPython's `fold_unaryop` for constant operands.
fn fold_unaryop(op: ast::UnaryOp, v: &Constant) -> Option<Constant> {
    use ast::UnaryOp::*;
    match op {
        Not => Some(Constant::Bool(!truthy(v)?)),
        USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            // An integer beyond `i128` is negated in its decimal form.
            Constant::BigInt(d) if as_wide(v).is_none() => {
                Some(Constant::BigInt(match d.strip_prefix('-') {
                    Some(m) => m.into(),
                    None => format!("-{d}").into(),
                }))
            }
            _ => Some(int_const(as_wide(v)?.checked_neg()?)),
        },
        UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } | Constant::BigInt(_) => Some(v.clone()),
            _ => Some(int_const(as_wide(v)?)),
        },
        Invert => {
            if let Constant::Bool(_) = v {
                // CPython folds it by calling `bool.__invert__`, which warns.
                crate::warnings::push(crate::warnings::CompileWarning {
                    category: crate::warnings::WarningCategory::DeprecationWarning,
                    message: BOOL_INVERT_WARNING.to_string(),
                    filename: String::new(),
                    lineno: 0,
                    location: crate::instruction_sequence::Location::NONE,
                });
            }
            Some(int_const(!as_wide(v)?))
        }
    }
}

/// What `~` on a bool warns (CPython: boolobject.c bool_invert).
pub const BOOL_INVERT_WARNING: &str = "Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

impl Folder<'_> {
    /// The constant value of an expression after folding.
    fn value(&self, e: &Expr) -> Option<Constant> {
        self.out.get(e).cloned().or_else(|| literal(e))
    }

    fn record(&mut self, e: &Expr, v: Option<Constant>) {
        if let Some(v) = v {
            self.out.map.insert(key(e), v);
        }
    }

    /// CPython's `fold_iter`: a list becomes a tuple, a set of constants a frozenset.
    fn fold_iter(&mut self, e: &Expr) {
        match e {
            Expr::List(l) => {
                if l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    return;
                }
                let consts: Option<Vec<Constant>> = l.elts.iter().map(|x| self.value(x)).collect();
                match consts {
                    Some(c) => self.record(e, Some(Constant::Tuple(c.into()))),
                    None => {
                        self.out.lists_as_tuples.insert(key(e));
                    }
                }
            }
            Expr::Set(s) => {
                let consts: Option<Vec<Constant>> = s.elts.iter().map(|x| self.value(x)).collect();
                if let Some(c) = consts {
                    let mut uniq: Vec<Constant> = Vec::new();
                    for x in c {
                        if !uniq.iter().any(|u| crate::codegen::expr::set_equal(u, &x)) {
                            uniq.push(x);
                        }
                    }
                    self.record(e, Some(frozenset_constant(&uniq)));
                }
            }
            _ => {}
        }
    }

    /// CPython's `fold_unaryop` for a non-constant operand: `not` over a single `is`,
    /// `is not`, `in` or `not in` comparison becomes the opposite comparison.
    fn fold_not_compare(&mut self, e: &Expr, u: &ast::ExprUnaryOp) {
        use ast::CmpOp::*;
        if u.op != ast::UnaryOp::Not {
            return;
        }
        let op = match &*u.operand {
            Expr::Compare(c) if c.ops.len() == 1 => c.ops[0],
            inner @ Expr::UnaryOp(_) => match self.out.negated_compares.get(&key(inner)) {
                Some(op) => *op,
                None => return,
            },
            _ => return,
        };
        let negated = match op {
            Is => IsNot,
            IsNot => Is,
            In => NotIn,
            NotIn => In,
            _ => return,
        };
        self.out.negated_compares.insert(key(e), negated);
    }

    fn fold(&mut self, e: &Expr) {
        let v = self.fold_value(e);
        self.record(e, v);
    }

    fn fold_value(&mut self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::StringLiteral(s) => surrogate_literal(s, self.source?),
            Expr::Name(n) if n.ctx == ast::ExprContext::Load && n.id.as_str() == "__debug__" => {
                Some(Constant::Bool(self.optimize == 0))
            }
            Expr::UnaryOp(u) => match self.value(&u.operand) {
                Some(v) => fold_unaryop(u.op, &v),
                None => {
                    self.fold_not_compare(e, u);
                    None
                }
            },
            Expr::BinOp(b) => match (self.value(&b.left), self.value(&b.right)) {
                (Some(l), Some(r)) => fold_binop(b.op, &l, &r),
                (Some(Constant::Str(fmt)), None) if b.op == ast::Operator::Mod => {
                    if let Expr::Tuple(t) = &*b.right {
                        if !t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                            if let Some(parts) = percent_format_parts(&fmt, t.elts.len()) {
                                self.out.percent_formats.insert(key(e), parts);
                            }
                        }
                    }
                    None
                }
                _ => None,
            },
            Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
                let consts: Option<Vec<Constant>> = t.elts.iter().map(|x| self.value(x)).collect();
                consts.map(|c| Constant::Tuple(c.into()))
            }
            Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
                match (self.value(&s.value), self.value(&s.slice)) {
                    (Some(Constant::Tuple(t)), Some(i)) => {
                        let i = as_int(&i)?;
                        let n = t.len() as i64;
                        let idx = if i < 0 { i + n } else { i };
                        if (0..n).contains(&idx) {
                            Some(t[idx as usize].clone())
                        } else {
                            None
                        }
                    }
                    (Some(Constant::Bytes(b)), Some(i)) => {
                        let i = as_int(&i)?;
                        let n = b.len() as i64;
                        let idx = if i < 0 { i + n } else { i };
                        if (0..n).contains(&idx) {
                            Some(Constant::Int(i64::from(b[idx as usize])))
                        } else {
                            None
                        }
                    }
                    (Some(st @ (Constant::Str(_) | Constant::SurrogateStr(_))), Some(i)) => {
                        let i = as_int(&i)?;
                        let chars = st.str_code_points()?;
                        let n = chars.len() as i64;
                        let idx = if i < 0 { i + n } else { i };
                        if (0..n).contains(&idx) {
                            Some(Constant::str_from_code_points(&chars[idx as usize..][..1]))
                        } else {
                            None
                        }
                    }
                    _ => None,
                }
            }
            Expr::Compare(c) => {
                if let (Some(op), Some(last)) = (c.ops.last(), c.comparators.last()) {
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                        self.fold_iter(last);
                    }
                }
                None
            }
            Expr::ListComp(ast::ExprListComp { generators, .. })
            | Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
            | Expr::Generator(ast::ExprGenerator { generators, .. }) => {
                for g in generators {
                    self.fold_iter(&g.iter);
                }
                None
            }
            _ => None,
        }
    }
}

impl<'a> Visitor<'a> for Folder<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        walk_expr(self, e);
        self.fold(e);
    }

    fn visit_stmt(&mut self, s: &'a Stmt) {
        walk_stmt(self, s);
        if let Stmt::For(f) = s {
            if !f.is_async {
                self.fold_iter(&f.iter);
            }
        }
    }
}
