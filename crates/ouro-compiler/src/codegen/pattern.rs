//! The `match` statement (PEP 634). CPython counterpart: `compiler_match` and
//! `compiler_pattern*`, `pattern_helper_*` in Python/compile.c (3.12).
//!
//! Every pattern routine consumes the subject on top of the stack and jumps to a "fail pop"
//! label on failure; `on_top` counts the items above the subject that a failure must pop,
//! and captured values are kept on the stack, under those items, until the whole pattern
//! has matched, when they are stored in order.

use super::Compiler;
use crate::error::CompileResult;
use crate::instruction_sequence::{Label, Location};
use ouro_bytecode::opcode::NB_SUBTRACT;
use ouro_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext, Number, Pattern, Singleton};
use ruff_text_size::Ranged;
use std::rc::Rc;

/// The state of one pattern being compiled (CPython: `pattern_context`).
#[derive(Default)]
struct PatternContext {
    /// The names captured so far, in the order their values sit on the stack.
    stores: Vec<Rc<str>>,
    /// If false, an irrefutable pattern here is an error.
    allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` items and then fails.
    fail_pop: Vec<Label>,
    /// Items on top of the stack that must stay there; captures go beneath them.
    on_top: isize,
}

/// A `case _:` or `_` sub-pattern (CPython: `WILDCARD_CHECK`).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// A `*_` sub-pattern (CPython: `WILDCARD_STAR_CHECK`).
fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// The value of a literal expression, for the duplicate-key check of mapping patterns.
fn literal_value(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(i.to_string().into()),
            },
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex {
                real: *real,
                imag: *imag,
            },
        },
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        _ => return None,
    })
}

/// A number as a complex value, for Python's `==` across int, float, bool and complex.
fn numeric_value(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        Constant::Int(i) => Some((*i as f64, 0.0)),
        Constant::Float(f) => Some((*f, 0.0)),
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => None,
    }
}

/// Python's `a == b` for hashable constants (as the set of seen keys compares them).
fn constants_equal(a: &Constant, b: &Constant) -> bool {
    use Constant as C;
    match (a, b) {
        (C::Int(x), C::Int(y)) => x == y,
        (C::BigInt(x), C::BigInt(y)) => x == y,
        (C::Str(x), C::Str(y)) => x == y,
        (C::SurrogateStr(x), C::SurrogateStr(y)) => x == y,
        (C::Bytes(x), C::Bytes(y)) => x == y,
        (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
        (C::Tuple(x), C::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| constants_equal(p, q))
        }
        _ => match (numeric_value(a), numeric_value(b)) {
            // Ints beyond 2**53 would lose precision here, but they only meet an equal
            // float when both are exact.
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// Python's `repr` of a float.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..16).contains(&exp) {
        let r = format!("{f}");
        if r.contains('.') {
            r
        } else {
            format!("{r}.0")
        }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    }
}

/// Python's `repr` of a str.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of the constants a mapping-pattern key can be.
fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            let im = float_repr(*imag);
            let im = im.strip_suffix(".0").unwrap_or(&im).to_string();
            if *real == 0.0 && real.is_sign_positive() {
                format!("{im}j")
            } else {
                let re = float_repr(*real);
                let re = re.strip_suffix(".0").unwrap_or(&re).to_string();
                let sign = if imag.is_sign_negative() || imag.is_nan() && im.starts_with('-') {
                    ""
                } else {
                    "+"
                };
                format!("({re}{sign}{im}j)")
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::SurrogateStr(_) => ouro_bytecode::repr::constant_repr(c),
        Constant::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b.iter() {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => out.push_str(&format!("\\x{x:02x}")),
                }
            }
            out.push('\'');
            out
        }
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(_) | Constant::Code(_) => "...".into(),
    }
}

impl<'a> Compiler<'a> {
    /// The location of a pattern (CPython: `LOC(p)`).
    fn ploc(&self, p: &Pattern) -> Location {
        self.loc(p.range())
    }

    /// CPython: `compiler_match`.
    pub fn compile_match(&mut self, s: &'a ast::StmtMatch) -> CompileResult<()> {
        self.visit_expr(&s.subject)?;
        let end = self.new_label();
        let cases = s.cases.len();
        let Some(last) = s.cases.last() else {
            self.use_label(end);
            return Ok(());
        };
        let has_default = usize::from(is_wildcard(&last.pattern) && cases > 1);
        let mut pc = PatternContext::default();
        for (i, m) in s.cases[..cases - has_default].iter().enumerate() {
            let ploc = self.ploc(&m.pattern);
            // Copy the subject unless this is the last case.
            if i != cases - has_default - 1 {
                self.addop(Opcode::COPY, 1, ploc);
            }
            pc.stores.clear();
            // Irrefutable cases must be guarded, last, or both.
            pc.allow_irrefutable = m.guard.is_some() || i == cases - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.compile_pattern(&m.pattern, &mut pc)?;
            // A match: store the captured names (their values are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ExprContext::Store, ploc)?;
            }
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, target, false)?;
            }
            // Done with the subject.
            if i != cases - has_default - 1 {
                self.addop_noarg(Opcode::POP_TOP, ploc);
            }
            self.visit_stmts(&m.body)?;
            self.add_jump(Opcode::JUMP, end, Location::NONE);
            // The cleanup of a failed match has the pattern's location, not the body's.
            self.emit_and_reset_fail_pop(ploc, &mut pc);
        }
        if has_default == 1 {
            // A trailing `case _:` needs no copy of the subject.
            let ploc = self.ploc(&last.pattern);
            if cases == 1 {
                self.addop_noarg(Opcode::POP_TOP, ploc);
            } else {
                // Line coverage for the default case.
                self.addop_noarg(Opcode::NOP, ploc);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.visit_stmts(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    /// Makes `fail_pop` long enough to pop `n` items (CPython: `ensure_fail_pop`).
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps with `op` to the fail-pop label that pops everything above the subject's slot
    /// (CPython: `jump_to_fail_pop`).
    fn jump_to_fail_pop(&mut self, loc: Location, pc: &mut PatternContext, op: Opcode) {
        let pops = (pc.on_top + pc.stores.len() as isize).max(0) as usize;
        self.ensure_fail_pop(pc, pops);
        self.add_jump(op, pc.fail_pop[pops], loc);
    }

    /// Emits the fail-pop labels, each popping one item and falling into the next
    /// (CPython: `emit_and_reset_fail_pop`).
    fn emit_and_reset_fail_pop(&mut self, loc: Location, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for &l in rest.iter().rev() {
            self.use_label(l);
            self.addop_noarg(Opcode::POP_TOP, loc);
        }
        self.use_label(*first);
    }

    /// Moves the top of the stack `count - 1` places down with SWAPs
    /// (CPython: `pattern_helper_rotate`).
    fn pattern_rotate(&mut self, loc: Location, mut count: isize) {
        while count > 1 {
            self.addop(Opcode::SWAP, count as u32, loc);
            count -= 1;
        }
    }

    /// `__debug__` may not be bound (CPython: `forbidden_name` for a store).
    fn check_forbidden_store(&self, name: &str, loc: Location) -> CompileResult<()> {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", loc));
        }
        Ok(())
    }

    /// Captures the top of the stack as `name`, or pops it for a wildcard
    /// (CPython: `pattern_helper_store_name`).
    fn pattern_store_name(
        &mut self,
        loc: Location,
        name: Option<&ast::Identifier>,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let Some(name) = name else {
            self.addop_noarg(Opcode::POP_TOP, loc);
            return Ok(());
        };
        let name = name.as_str();
        self.check_forbidden_store(name, loc)?;
        if pc.stores.iter().any(|n| &**n == name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                loc,
            ));
        }
        // Rotate the value under the items that must stay on top.
        let rotations = pc.on_top + pc.stores.len() as isize + 1;
        self.pattern_rotate(loc, rotations);
        pc.stores.push(name.into());
        Ok(())
    }

    /// CPython: `compiler_pattern`.
    fn compile_pattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> CompileResult<()> {
        match p {
            Pattern::MatchValue(v) => self.pattern_value(v, pc),
            Pattern::MatchSingleton(v) => {
                let loc = self.loc(v.range);
                let value = match v.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::Bool(true),
                    Singleton::False => Constant::Bool(false),
                };
                self.load_const(value, loc);
                self.addop_compare(CmpOp::Is, loc);
                self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
                Ok(())
            }
            Pattern::MatchSequence(v) => self.pattern_sequence(v, pc),
            Pattern::MatchMapping(v) => self.pattern_mapping(v, pc),
            Pattern::MatchClass(v) => self.pattern_class(v, pc),
            Pattern::MatchStar(v) => {
                let loc = self.loc(v.range);
                self.pattern_store_name(loc, v.name.as_ref(), pc)
            }
            Pattern::MatchAs(v) => self.pattern_as(v, pc),
            Pattern::MatchOr(v) => self.pattern_or(v, pc),
        }
    }

    /// A sub-pattern, where irrefutable patterns are allowed
    /// (CPython: `compiler_pattern_subpattern`).
    fn compile_subpattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> CompileResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    /// CPython: `compiler_pattern_value`.
    fn pattern_value(
        &mut self,
        p: &ast::PatternMatchValue,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let loc = self.loc(p.range);
        let value: &Expr = &p.value;
        if !(self.is_constant_expr(value) || matches!(value, Expr::Attribute(_))) {
            return Err(self.error(
                "patterns may only match literals and attribute lookups",
                loc,
            ));
        }
        self.visit_expr(value)?;
        self.addop_compare(CmpOp::Eq, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        Ok(())
    }

    /// CPython: `compiler_pattern_as`.
    fn pattern_as(
        &mut self,
        p: &ast::PatternMatchAs,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let loc = self.loc(p.range);
        let Some(inner) = &p.pattern else {
            // An irrefutable match.
            if !pc.allow_irrefutable {
                return Err(match &p.name {
                    Some(name) => self.error(
                        format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            name.as_str()
                        ),
                        loc,
                    ),
                    None => self.error("wildcard makes remaining patterns unreachable", loc),
                });
            }
            return self.pattern_store_name(loc, p.name.as_ref(), pc);
        };
        // Keep a copy to store if the inner pattern matches.
        pc.on_top += 1;
        self.addop(Opcode::COPY, 1, loc);
        self.compile_pattern(inner, pc)?;
        pc.on_top -= 1;
        self.pattern_store_name(loc, p.name.as_ref(), pc)
    }

    /// CPython: `compiler_pattern_sequence`.
    fn pattern_sequence(
        &mut self,
        p: &ast::PatternMatchSequence,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let loc = self.loc(p.range);
        let patterns = &p.patterns;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", loc));
                }
                star_wildcard = is_wildcard_star(sub);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(sub);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.addop_noarg(Opcode::MATCH_SEQUENCE, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        if star.is_none() {
            // len(subject) == size
            self.addop_noarg(Opcode::GET_LEN, loc);
            self.load_const(Constant::Int(size as i64), loc);
            self.addop_compare(CmpOp::Eq, loc);
            self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        } else if size > 1 {
            // len(subject) >= size - 1
            self.addop_noarg(Opcode::GET_LEN, loc);
            self.load_const(Constant::Int(size as i64 - 1), loc);
            self.addop_compare(CmpOp::GtE, loc);
            self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        }
        // What follows consumes the subject.
        pc.on_top -= 1;
        if only_wildcard {
            self.addop_noarg(Opcode::POP_TOP, loc);
            Ok(())
        } else if star_wildcard {
            self.pattern_sequence_subscr(loc, patterns, star.unwrap_or(usize::MAX), pc)
        } else {
            self.pattern_sequence_unpack(loc, patterns, pc)
        }
    }

    /// Unpacks the subject and matches each element (CPython:
    /// `pattern_helper_sequence_unpack`, `pattern_unpack_helper`).
    fn pattern_sequence_unpack(
        &mut self,
        loc: Location,
        patterns: &[Pattern],
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let n = patterns.len();
        let mut seen_star = false;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub, Pattern::MatchStar(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in sequence pattern", loc));
                }
                if i >= (1 << 8) || n - i - 1 >= (i32::MAX as usize >> 8) {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        loc,
                    ));
                }
                self.addop(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(Opcode::UNPACK_SEQUENCE, n as u32, loc);
        }
        // The new subjects stay on the stack while each is matched.
        pc.on_top += n as isize;
        for sub in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// Matches elements by indexing, for sequences with a `*_` (CPython:
    /// `pattern_helper_sequence_subscr`).
    fn pattern_sequence_subscr(
        &mut self,
        loc: Location,
        patterns: &[Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        // The subject stays for extracting elements.
        pc.on_top += 1;
        let size = patterns.len();
        for (i, sub) in patterns.iter().enumerate() {
            if is_wildcard(sub) || i == star {
                continue;
            }
            self.addop(Opcode::COPY, 1, loc);
            if i < star {
                self.load_const(Constant::Int(i as i64), loc);
            } else {
                // The subject may not support negative indexes: compute len - k.
                self.addop_noarg(Opcode::GET_LEN, loc);
                self.load_const(Constant::Int((size - i) as i64), loc);
                self.addop(Opcode::BINARY_OP, NB_SUBTRACT, loc);
            }
            self.addop_noarg(Opcode::BINARY_SUBSCR, loc);
            self.compile_subpattern(sub, pc)?;
        }
        pc.on_top -= 1;
        self.addop_noarg(Opcode::POP_TOP, loc);
        Ok(())
    }

    /// CPython: `compiler_pattern_class`, `validate_kwd_attrs`.
    fn pattern_class(
        &mut self,
        p: &ast::PatternMatchClass,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let loc = self.loc(p.range);
        let patterns = &p.arguments.patterns;
        let keywords = &p.arguments.keywords;
        let nargs = patterns.len();
        let nattrs = keywords.len();
        for (i, kw) in keywords.iter().enumerate() {
            let kloc = self.ploc(&kw.pattern);
            self.check_forbidden_store(kw.attr.as_str(), kloc)?;
            for other in &keywords[i + 1..] {
                if other.attr.as_str() == kw.attr.as_str() {
                    let oloc = self.ploc(&other.pattern);
                    return Err(self.error(
                        format!(
                            "attribute name repeated in class pattern: {}",
                            kw.attr.as_str()
                        ),
                        oloc,
                    ));
                }
            }
        }
        self.visit_expr(&p.cls)?;
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Str(k.attr.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()), loc);
        self.addop(Opcode::MATCH_CLASS, nargs as u32, loc);
        self.addop(Opcode::COPY, 1, loc);
        self.load_const(Constant::None, loc);
        self.addop(Opcode::IS_OP, 1, loc);
        // On top: a tuple of nargs + nattrs attributes, or None.
        pc.on_top += 1;
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        let total = nargs + nattrs;
        self.addop(Opcode::UNPACK_SEQUENCE, total as u32, loc);
        pc.on_top += total as isize - 1;
        let subs = patterns.iter().chain(keywords.iter().map(|k| &k.pattern));
        for sub in subs {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.addop_noarg(Opcode::POP_TOP, loc);
                continue;
            }
            self.compile_subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// CPython: `compiler_pattern_mapping`.
    fn pattern_mapping(
        &mut self,
        p: &ast::PatternMatchMapping,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let loc = self.loc(p.range);
        let keys = &p.keys;
        let patterns = &p.patterns;
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(
                format!(
                    "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                    size,
                    patterns.len()
                ),
                loc,
            ));
        }
        let star_target = p.rest.as_ref();
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.addop_noarg(Opcode::MATCH_MAPPING, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && star_target.is_none() {
            // `{}`: done; pop the subject.
            pc.on_top -= 1;
            self.addop_noarg(Opcode::POP_TOP, loc);
            return Ok(());
        }
        if size > 0 {
            // len(subject) >= size
            self.addop_noarg(Opcode::GET_LEN, loc);
            self.load_const(Constant::Int(size as i64), loc);
            self.addop_compare(CmpOp::GtE, loc);
            self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        }
        // The keys: literals (no duplicates) or attribute lookups.
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys.iter() {
            if self.is_constant_expr(key) {
                let value = self.expr_constant(key).or_else(|| literal_value(key));
                if let Some(value) = value {
                    if seen.iter().any(|s| constants_equal(s, &value)) {
                        return Err(self.error(
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                constant_repr(&value)
                            ),
                            loc,
                        ));
                    }
                    seen.push(value);
                }
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(self.error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    loc,
                ));
            }
            self.visit_expr(key)?;
        }
        self.addop(Opcode::BUILD_TUPLE, size as u32, loc);
        self.addop_noarg(Opcode::MATCH_KEYS, loc);
        // On top of the subject: the tuple of keys and the tuple of values (or None).
        pc.on_top += 2;
        self.addop(Opcode::COPY, 1, loc);
        self.load_const(Constant::None, loc);
        self.addop(Opcode::IS_OP, 1, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::POP_JUMP_IF_FALSE);
        // Match the values against the sub-patterns.
        self.addop(Opcode::UNPACK_SEQUENCE, size as u32, loc);
        pc.on_top += size as isize - 1;
        for sub in patterns.iter() {
            pc.on_top -= 1;
            self.compile_subpattern(sub, pc)?;
        }
        // A match: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        if let Some(rest) = star_target {
            // rest = dict(subject); del rest[key] for each key.
            self.addop(Opcode::BUILD_MAP, 0, loc);
            self.addop(Opcode::SWAP, 3, loc);
            self.addop(Opcode::DICT_UPDATE, 2, loc);
            self.addop(Opcode::UNPACK_SEQUENCE, size as u32, loc);
            let mut n = size;
            while n > 0 {
                self.addop(Opcode::COPY, 1 + n as u32, loc);
                n -= 1;
                self.addop(Opcode::SWAP, 2, loc);
                self.addop_noarg(Opcode::DELETE_SUBSCR, loc);
            }
            self.pattern_store_name(loc, Some(rest), pc)?;
        } else {
            self.addop_noarg(Opcode::POP_TOP, loc); // the tuple of keys
            self.addop_noarg(Opcode::POP_TOP, loc); // the subject
        }
        Ok(())
    }

    /// CPython: `compiler_pattern_or`. Every alternative must bind the same names; their
    /// values are rotated into the order of the first alternative.
    fn pattern_or(
        &mut self,
        p: &ast::PatternMatchOr,
        pc: &mut PatternContext,
    ) -> CompileResult<()> {
        let loc = self.loc(p.range);
        let end = self.new_label();
        let size = p.patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_allow = pc.allow_irrefutable;
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<Rc<str>>> = None;
        let diff = |c: &Self| c.error("alternative patterns bind different names", loc);
        for (i, alt) in p.patterns.iter().enumerate() {
            let aloc = self.ploc(alt);
            pc.stores = Vec::new();
            // An irrefutable alternative must be last, if allowed at all.
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop(Opcode::COPY, 1, aloc);
            self.compile_pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if nstores != ctl.len() => return Err(diff(self)),
                Some(ctl) if nstores > 0 => {
                    // Reorder the captured values to the order of the first alternative.
                    let ctl = ctl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|n| n == name) else {
                            return Err(diff(self));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<Rc<str>> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.pattern_rotate(aloc, icontrol as isize + 1);
                            }
                        }
                    }
                }
                Some(_) => {}
            }
            self.add_jump(Opcode::JUMP, end, aloc);
            self.emit_and_reset_fail_pop(aloc, pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.allow_irrefutable = old_allow;
        pc.on_top = old_on_top;
        // No alternative matched: pop the copy of the subject and fail.
        self.addop_noarg(Opcode::POP_TOP, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::JUMP);

        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Between the new captures and their place: the other captures, the subject copy,
        // the items on top and the earlier captures.
        let nrots = nstores as isize + 1 + pc.on_top + pc.stores.len() as isize;
        for name in control {
            self.pattern_rotate(loc, nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    loc,
                ));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.addop_noarg(Opcode::POP_TOP, loc);
        Ok(())
    }
}
