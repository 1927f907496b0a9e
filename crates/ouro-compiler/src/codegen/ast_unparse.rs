//! Annotations as strings for `from __future__ import annotations`: the expression rendered
//! again from its tree, with CPython's spacing, quotes and parentheses (not its source text).
//! CPython counterpart: Python/ast_unparse.c (`_PyAST_ExprAsUnicode`, 3.12).

use ouro_bytecode::repr::constant_repr;
use ouro_bytecode::Constant;
use ruff_python_ast::{self as ast, Expr, Number};

/// The string CPython stores for a postponed annotation. `source` is the module's text, from
/// which string literals naming lone surrogates are read again.
pub fn unparse_expr(e: &Expr, source: &str) -> String {
    let mut w = Unparser {
        out: String::new(),
        source,
    };
    w.expr(e, PR_TEST);
    w.out
}

// Operator precedences, loosest first (CPython: ast_unparse.c's PR_* enumeration).
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

struct Unparser<'s> {
    out: String,
    source: &'s str,
}

/// `repr()` of a number or other constant, with infinities spelled `1e309` so that the text
/// reads back (CPython: ast_unparse.c `append_repr`).
fn literal_repr(c: &Constant) -> String {
    let r = constant_repr(c);
    if matches!(c, Constant::Float(_) | Constant::Complex { .. }) {
        r.replace("inf", "1e309")
    } else {
        r
    }
}

impl Unparser<'_> {
    fn s(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    fn join(&mut self, items: &[Expr], level: u8) {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(x, level);
        }
    }

    // CPython: append_ast_expr
    fn expr(&mut self, e: &Expr, level: u8) {
        match e {
            Expr::BoolOp(b) => {
                let (op, pr) = match b.op {
                    ast::BoolOp::And => (" and ", PR_AND),
                    ast::BoolOp::Or => (" or ", PR_OR),
                };
                self.open(level > pr);
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        self.s(op);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level > pr);
            }
            Expr::BinOp(b) => {
                use ast::Operator::*;
                let (op, pr) = match b.op {
                    Add => (" + ", PR_ARITH),
                    Sub => (" - ", PR_ARITH),
                    Mult => (" * ", PR_TERM),
                    MatMult => (" @ ", PR_TERM),
                    Div => (" / ", PR_TERM),
                    Mod => (" % ", PR_TERM),
                    LShift => (" << ", PR_SHIFT),
                    RShift => (" >> ", PR_SHIFT),
                    BitOr => (" | ", PR_BOR),
                    BitXor => (" ^ ", PR_BXOR),
                    BitAnd => (" & ", PR_BAND),
                    FloorDiv => (" // ", PR_TERM),
                    Pow => (" ** ", PR_POWER),
                };
                let rassoc = u8::from(b.op == Pow);
                self.open(level > pr);
                self.expr(&b.left, pr + rassoc);
                self.s(op);
                self.expr(&b.right, pr + 1 - rassoc);
                self.close(level > pr);
            }
            Expr::UnaryOp(u) => {
                let (op, pr) = match u.op {
                    ast::UnaryOp::Invert => ("~", PR_FACTOR),
                    ast::UnaryOp::Not => ("not ", PR_NOT),
                    ast::UnaryOp::UAdd => ("+", PR_FACTOR),
                    ast::UnaryOp::USub => ("-", PR_FACTOR),
                };
                self.open(level > pr);
                self.s(op);
                self.expr(&u.operand, pr);
                self.close(level > pr);
            }
            Expr::Lambda(l) => {
                self.open(level > PR_TEST);
                let positional = l
                    .parameters
                    .as_ref()
                    .map_or(0, |p| p.posonlyargs.len() + p.args.len());
                self.s(if positional > 0 { "lambda " } else { "lambda" });
                if let Some(p) = &l.parameters {
                    self.parameters(p);
                }
                self.s(": ");
                self.expr(&l.body, PR_TEST);
                self.close(level > PR_TEST);
            }
            Expr::If(i) => {
                self.open(level > PR_TEST);
                self.expr(&i.body, PR_TEST + 1);
                self.s(" if ");
                self.expr(&i.test, PR_TEST + 1);
                self.s(" else ");
                self.expr(&i.orelse, PR_TEST);
                self.close(level > PR_TEST);
            }
            Expr::Dict(d) => {
                self.s("{");
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, PR_TEST);
                            self.s(": ");
                            self.expr(&item.value, PR_TEST);
                        }
                        None => {
                            self.s("**");
                            self.expr(&item.value, PR_BOR);
                        }
                    }
                }
                self.s("}");
            }
            Expr::Set(s) => {
                self.s("{");
                self.join(&s.elts, PR_TEST);
                self.s("}");
            }
            Expr::List(l) => {
                self.s("[");
                self.join(&l.elts, PR_TEST);
                self.s("]");
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    self.s("()");
                    return;
                }
                self.open(level > PR_TUPLE);
                self.join(&t.elts, PR_TEST);
                if t.elts.len() == 1 {
                    self.s(",");
                }
                self.close(level > PR_TUPLE);
            }
            Expr::ListComp(c) => {
                self.s("[");
                self.expr(&c.elt, PR_TEST);
                self.comprehensions(&c.generators);
                self.s("]");
            }
            Expr::SetComp(c) => {
                self.s("{");
                self.expr(&c.elt, PR_TEST);
                self.comprehensions(&c.generators);
                self.s("}");
            }
            Expr::DictComp(c) => {
                self.s("{");
                match &c.key {
                    Some(k) => {
                        self.expr(k, PR_TEST);
                        self.s(": ");
                        self.expr(&c.value, PR_TEST);
                    }
                    None => {
                        self.s("**");
                        self.expr(&c.value, PR_BOR);
                    }
                }
                self.comprehensions(&c.generators);
                self.s("}");
            }
            Expr::Generator(g) => {
                self.s("(");
                self.expr(&g.elt, PR_TEST);
                self.comprehensions(&g.generators);
                self.s(")");
            }
            Expr::Await(a) => {
                self.open(level > PR_AWAIT);
                self.s("await ");
                self.expr(&a.value, PR_ATOM);
                self.close(level > PR_AWAIT);
            }
            Expr::Yield(y) => match &y.value {
                Some(v) => {
                    self.s("(yield ");
                    self.expr(v, PR_TEST);
                    self.s(")");
                }
                None => self.s("(yield)"),
            },
            Expr::YieldFrom(y) => {
                self.s("(yield from ");
                self.expr(&y.value, PR_TEST);
                self.s(")");
            }
            Expr::Compare(c) => {
                self.open(level > PR_CMP);
                self.expr(&c.left, PR_CMP + 1);
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    use ast::CmpOp::*;
                    self.s(match op {
                        Eq => " == ",
                        NotEq => " != ",
                        Lt => " < ",
                        LtE => " <= ",
                        Gt => " > ",
                        GtE => " >= ",
                        Is => " is ",
                        IsNot => " is not ",
                        In => " in ",
                        NotIn => " not in ",
                    });
                    self.expr(right, PR_CMP + 1);
                }
                self.close(level > PR_CMP);
            }
            Expr::Call(c) => {
                self.expr(&c.func, PR_ATOM);
                let args = &c.arguments.args;
                let keywords = &c.arguments.keywords;
                if args.len() == 1 && keywords.is_empty() {
                    if let Expr::Generator(_) = &args[0] {
                        // A lone generator expression brings its own parentheses.
                        self.expr(&args[0], PR_TEST);
                        return;
                    }
                }
                self.s("(");
                self.join(args, PR_TEST);
                for (i, k) in keywords.iter().enumerate() {
                    if i > 0 || !args.is_empty() {
                        self.s(", ");
                    }
                    match &k.arg {
                        Some(name) => {
                            self.s(name.as_str());
                            self.s("=");
                        }
                        None => self.s("**"),
                    }
                    self.expr(&k.value, PR_TEST);
                }
                self.s(")");
            }
            Expr::FString(f) => {
                let mut body = String::new();
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(l) => escape_braces(&mut body, &l.value),
                        ast::FStringPart::FString(fs) => self.fstring_body(&mut body, &fs.elements),
                    }
                }
                self.s("f");
                let r = constant_repr(&Constant::Str(body.into()));
                self.s(&r);
            }
            Expr::StringLiteral(s) => {
                let unicode = s.value.iter().next().is_some_and(|p| {
                    matches!(
                        p.flags.prefix(),
                        ast::str_prefix::StringLiteralPrefix::Unicode
                    )
                });
                if unicode {
                    self.s("u");
                }
                let c = crate::ast_opt::surrogate_literal(s, self.source)
                    .unwrap_or_else(|| Constant::Str(s.value.to_str().into()));
                let r = constant_repr(&c);
                self.s(&r);
            }
            Expr::BytesLiteral(b) => {
                let r = constant_repr(&Constant::Bytes(
                    b.value.bytes().collect::<Vec<u8>>().into(),
                ));
                self.s(&r);
            }
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    Number::Int(i) => match i.as_i64() {
                        Some(v) => Constant::Int(v),
                        None => Constant::BigInt(i.to_string().into()),
                    },
                    Number::Float(f) => Constant::Float(*f),
                    Number::Complex { real, imag } => Constant::Complex {
                        real: *real,
                        imag: *imag,
                    },
                };
                let r = literal_repr(&c);
                self.s(&r);
            }
            Expr::BooleanLiteral(b) => self.s(if b.value { "True" } else { "False" }),
            Expr::NoneLiteral(_) => self.s("None"),
            Expr::EllipsisLiteral(_) => self.s("..."),
            Expr::Attribute(a) => {
                self.expr(&a.value, PR_ATOM);
                // `1 .real`: an integer needs a space before the dot.
                let int = matches!(&*a.value, Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_)));
                self.s(if int { " ." } else { "." });
                self.s(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, PR_ATOM);
                self.s("[");
                self.expr(&s.slice, PR_TUPLE);
                self.s("]");
            }
            Expr::Starred(s) => {
                self.s("*");
                self.expr(&s.value, PR_BOR);
            }
            Expr::Name(n) => self.s(n.id.as_str()),
            Expr::Slice(s) => {
                if let Some(l) = &s.lower {
                    self.expr(l, PR_TEST);
                }
                self.s(":");
                if let Some(u) = &s.upper {
                    self.expr(u, PR_TEST);
                }
                if let Some(st) = &s.step {
                    self.s(":");
                    self.expr(st, PR_TEST);
                }
            }
            Expr::Named(n) => {
                self.open(level > PR_TUPLE);
                self.expr(&n.target, PR_ATOM);
                self.s(" := ");
                self.expr(&n.value, PR_ATOM);
                self.close(level > PR_TUPLE);
            }
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {}
        }
    }

    // CPython: append_ast_comprehension
    fn comprehensions(&mut self, gens: &[ast::Comprehension]) {
        for g in gens {
            self.s(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, PR_TUPLE);
            self.s(" in ");
            self.expr(&g.iter, PR_TEST + 1);
            for cond in &g.ifs {
                self.s(" if ");
                self.expr(cond, PR_TEST + 1);
            }
        }
    }

    // CPython: append_ast_args
    fn parameters(&mut self, p: &ast::Parameters) {
        let mut first = true;
        let mut sep = |w: &mut Self| {
            if !first {
                w.s(", ");
            }
            first = false;
        };
        let npos = p.posonlyargs.len();
        for (i, a) in p.posonlyargs.iter().chain(p.args.iter()).enumerate() {
            sep(self);
            self.s(a.parameter.name.as_str());
            if let Some(d) = &a.default {
                self.s("=");
                self.expr(d, PR_TEST);
            }
            if npos > 0 && i + 1 == npos {
                self.s(", /");
            }
        }
        if p.vararg.is_some() || !p.kwonlyargs.is_empty() {
            sep(self);
            self.s("*");
            if let Some(v) = &p.vararg {
                self.s(v.name.as_str());
            }
        }
        for a in &p.kwonlyargs {
            sep(self);
            self.s(a.parameter.name.as_str());
            if let Some(d) = &a.default {
                self.s("=");
                self.expr(d, PR_TEST);
            }
        }
        if let Some(k) = &p.kwarg {
            sep(self);
            self.s("**");
            self.s(k.name.as_str());
        }
    }

    /// The text between an f-string's quotes (CPython: `build_fstring_body`).
    fn fstring_body(&mut self, body: &mut String, elements: &ast::InterpolatedStringElements) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => escape_braces(body, &l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(debug) = &i.debug_text {
                        // `{x=}` is the text `x=` followed by the value, as a repr unless
                        // a conversion or a format spec says otherwise.
                        escape_braces(body, debug.as_str());
                        if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    // CPython: append_formattedvalue.
                    let mut inner = Unparser {
                        out: String::new(),
                        source: self.source,
                    };
                    inner.expr(&i.expression, PR_TEST + 1);
                    body.push_str(if inner.out.starts_with('{') {
                        "{ "
                    } else {
                        "{"
                    });
                    body.push_str(&inner.out);
                    match conversion {
                        ast::ConversionFlag::Str => body.push_str("!s"),
                        ast::ConversionFlag::Repr => body.push_str("!r"),
                        ast::ConversionFlag::Ascii => body.push_str("!a"),
                        ast::ConversionFlag::None => {}
                    }
                    if let Some(spec) = &i.format_spec {
                        body.push(':');
                        self.fstring_body(body, &spec.elements);
                    }
                    body.push('}');
                }
            }
        }
    }
}

/// Literal f-string text with its braces doubled.
fn escape_braces(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            _ => out.push(c),
        }
    }
}
