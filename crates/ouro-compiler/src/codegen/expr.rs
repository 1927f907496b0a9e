//! Expressions: names, constants, operators, calls (with the method-call and `super()`
//! forms), attributes, subscripts, displays with starred unpacking, comprehensions (inlined
//! per PEP 709 or as nested units), f-strings, lambdas, `yield` and `await`.
//! CPython counterpart: `compiler_visit_expr1` and its helpers in Python/compile.c.

use super::stmt::{addr, two_element_slice, Elt};
use super::{Compiler, FBlockDatum, FBlockKind, UnitKind};
use crate::error::CompileResult;
use crate::instruction_sequence::{Label, Location};
use crate::symtable::{ScopeId, SymbolScope, DEF_LOCAL, DEF_NONLOCAL, SCOPE_MASK, SCOPE_OFFSET};
use ouro_bytecode::opcode::*;
use ouro_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::rc::Rc;

/// CPython's soft limit on stack use by one construct (`STACK_USE_GUIDELINE`).
pub const STACK_USE_GUIDELINE: usize = 30;

/// The `BINARY_OP` argument of an operator (CPython: `addop_binary`).
pub fn binop_arg(op: ast::Operator) -> u32 {
    use ast::Operator::*;
    match op {
        Add => NB_ADD,
        Sub => NB_SUBTRACT,
        Mult => NB_MULTIPLY,
        MatMult => NB_MATRIX_MULTIPLY,
        Div => NB_TRUE_DIVIDE,
        Mod => NB_REMAINDER,
        Pow => NB_POWER,
        LShift => NB_LSHIFT,
        RShift => NB_RSHIFT,
        BitOr => NB_OR,
        BitXor => NB_XOR,
        BitAnd => NB_AND,
        FloorDiv => NB_FLOOR_DIVIDE,
    }
}

/// The kinds of comprehension (CPython: COMP_GENEXP, COMP_LISTCOMP, ...).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    Genexp,
    List,
    Set,
    Dict,
}

/// One value of a CPython `JoinedStr`: a string constant or a formatted value.
enum FValue<'e> {
    Const(String, Location),
    Formatted(&'e ast::InterpolatedElement, Location),
    /// A field of a `%`-format rewritten as an f-string: the value, the conversion and the
    /// format spec (CPython: the `FormattedValue` that `optimize_format` builds).
    Percent(&'e Expr, u32, Option<String>),
}

/// What `push_inlined_comprehension_state` saved, for `pop_inlined_comprehension_state`.
struct InlinedState {
    pushed_locals: Vec<Rc<str>>,
    /// Names whose symbol flags were replaced, with the override they had before.
    temp_symbols: Vec<(Rc<str>, Option<u32>)>,
    fast_hidden: Vec<Rc<str>>,
    cleanup: Option<Label>,
    end: Option<Label>,
}

impl Compiler<'_> {
    /// CPython's `compiler_visit_expr`.
    pub fn visit_expr(&mut self, e: &Expr) -> CompileResult<()> {
        let loc = self.loc(e.range());
        if let Some(c) = self.folded.get(e) {
            self.load_const(c.clone(), loc);
            return Ok(());
        }
        if let Some((c, op)) = self.folded.negated_compare(e) {
            // CPython: `fold_unaryop` replaced `not` and the comparison by the opposite one.
            self.check_negated_compare(c, op);
            let cloc = self.loc(c.range);
            self.visit_expr(&c.left)?;
            self.visit_expr(&c.comparators[0])?;
            self.addcompare(op, cloc);
            return Ok(());
        }
        if let (Some(parts), Expr::BinOp(b)) = (self.folded.percent_format(e), e) {
            if let Expr::Tuple(t) = &*b.right {
                // CPython: `optimize_format` made this a `JoinedStr` whose literal pieces
                // and format specs have no location of their own.
                let mut values = Vec::new();
                for p in parts {
                    values.push(match p {
                        crate::ast_opt::FormatPart::Literal(s) => {
                            FValue::Const(s.clone(), Location::NONE)
                        }
                        crate::ast_opt::FormatPart::Value {
                            index,
                            conversion,
                            spec,
                        } => {
                            let Some(item) = t.elts.get(*index) else {
                                continue;
                            };
                            let conv = match conversion {
                                's' => FVC_STR,
                                'r' => FVC_REPR,
                                _ => FVC_ASCII,
                            };
                            FValue::Percent(item, conv, spec.clone())
                        }
                    });
                }
                return self.joined_str(values, loc);
            }
        }
        match e {
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.addop(Opcode::COPY, 1, loc);
                self.visit_expr(&n.target)?;
            }
            Expr::BoolOp(b) => self.compile_boolop(b, loc)?,
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.addop(Opcode::BINARY_OP, binop_arg(b.op), loc);
            }
            Expr::UnaryOp(u) => {
                self.visit_expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::UAdd => {
                        self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc)
                    }
                    ast::UnaryOp::Invert => self.addop_noarg(Opcode::UNARY_INVERT, loc),
                    ast::UnaryOp::Not => self.addop_noarg(Opcode::UNARY_NOT, loc),
                    ast::UnaryOp::USub => self.addop_noarg(Opcode::UNARY_NEGATIVE, loc),
                }
            }
            Expr::Lambda(l) => self.compile_lambda(e, l, loc)?,
            Expr::If(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.add_jump(Opcode::JUMP, end, Location::NONE);
                self.use_label(next);
                self.visit_expr(&i.orelse)?;
                self.use_label(end);
            }
            Expr::Dict(d) => self.compile_dict(d, loc)?,
            Expr::Set(s) => {
                let elts: Vec<Elt<'_>> = s.elts.iter().map(Elt::Expr).collect();
                self.starunpack_helper(
                    loc,
                    &elts,
                    0,
                    Opcode::BUILD_SET,
                    Opcode::SET_ADD,
                    Opcode::SET_UPDATE,
                    false,
                )?;
            }
            Expr::Generator(g) => self.compile_comprehension(
                e,
                &[addr(g)],
                CompKind::Genexp,
                "<genexpr>",
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::ListComp(g) => self.compile_comprehension(
                e,
                &[addr(g)],
                CompKind::List,
                "<listcomp>",
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::SetComp(g) => self.compile_comprehension(
                e,
                &[addr(g)],
                CompKind::Set,
                "<setcomp>",
                &g.generators,
                &g.elt,
                None,
            )?,
            Expr::DictComp(g) => {
                let Some(key) = g.key.as_deref() else {
                    return Err(
                        self.error("dict unpacking cannot be used in dict comprehension", loc)
                    );
                };
                self.compile_comprehension(
                    e,
                    &[addr(g)],
                    CompKind::Dict,
                    "<dictcomp>",
                    &g.generators,
                    key,
                    Some(&g.value),
                )?
            }
            Expr::Yield(y) => {
                if !super::is_function_like(self.ste().kind) {
                    return Err(self.error("'yield' outside function", loc));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None, loc),
                }
                self.addop_yield(loc);
            }
            Expr::YieldFrom(y) => {
                if !super::is_function_like(self.ste().kind) {
                    return Err(self.error("'yield' outside function", loc));
                }
                if self.cur().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", loc));
                }
                self.visit_expr(&y.value)?;
                self.addop_noarg(Opcode::GET_YIELD_FROM_ITER, loc);
                self.load_const(Constant::None, loc);
                self.add_yield_from(loc, false)?;
            }
            Expr::Await(a) => {
                if !self.is_top_level_await() {
                    if !super::is_function_like(self.ste().kind) {
                        return Err(self.error("'await' outside function", loc));
                    }
                    if !matches!(
                        self.cur().kind,
                        UnitKind::AsyncFunction | UnitKind::Comprehension
                    ) {
                        return Err(self.error("'await' outside async function", loc));
                    }
                }
                self.visit_expr(&a.value)?;
                self.addop(Opcode::GET_AWAITABLE, 0, loc);
                self.load_const(Constant::None, loc);
                self.add_yield_from(loc, true)?;
            }
            Expr::Compare(c) => self.compile_compare(c, loc)?,
            Expr::Call(c) => {
                if let ([Expr::Generator(g)], []) = (&*c.arguments.args, &*c.arguments.keywords) {
                    if !g.parenthesized {
                        self.genexp_call_parens
                            .insert(g.range.start(), c.arguments.range);
                    }
                }
                self.compile_call(c, loc)?
            }
            Expr::FString(f) => self.compile_fstring(f, loc)?,
            Expr::TString(_) => return Err(self.error("t-strings are not supported", loc)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                let Some(c) = self.expr_constant(e) else {
                    return Err(self.error("invalid literal", loc));
                };
                self.load_const(c, loc);
            }
            Expr::Attribute(a) => self.compile_attribute(a, loc)?,
            Expr::Subscript(s) => self.compile_subscript(s, loc)?,
            Expr::Starred(s) => {
                return Err(self.error(
                    if s.ctx == ExprContext::Store {
                        "starred assignment target must be in a list or tuple"
                    } else {
                        "can't use starred expression here"
                    },
                    loc,
                ));
            }
            Expr::Slice(s) => {
                let n = self.compile_slice_parts(s)?;
                self.addop(Opcode::BUILD_SLICE, n, loc);
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), n.ctx, loc)?,
            Expr::List(l) => {
                let as_tuple = self.folded.list_as_tuple(e);
                self.compile_list_or_tuple(&l.elts, l.ctx, loc, as_tuple)?
            }
            Expr::Tuple(t) => self.compile_list_or_tuple(&t.elts, t.ctx, loc, true)?,
            Expr::IpyEscapeCommand(_) => return Err(self.error("invalid syntax", loc)),
        }
        Ok(())
    }

    fn visit_elt(&mut self, e: &Elt<'_>) -> CompileResult<()> {
        match e {
            Elt::Expr(e) => self.visit_expr(e),
            Elt::Name(n, loc) => self.nameop(n, ExprContext::Load, *loc),
        }
    }

    fn elt_constant(&self, e: &Elt<'_>) -> Option<Constant> {
        match e {
            Elt::Expr(e) => self.expr_constant(e),
            Elt::Name(..) => None,
        }
    }

    /// CPython's `addop_yield`.
    fn addop_yield(&mut self, loc: Location) {
        let ste = self.ste();
        if ste.generator && ste.coroutine {
            self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        }
        self.addop(Opcode::YIELD_VALUE, 0, loc);
        self.addop(Opcode::RESUME, RESUME_AFTER_YIELD, loc);
    }

    /// CPython's `compiler_boolop`.
    fn compile_boolop(&mut self, b: &ast::ExprBoolOp, loc: Location) -> CompileResult<()> {
        let jump = if b.op == ast::BoolOp::And {
            Opcode::POP_JUMP_IF_FALSE
        } else {
            Opcode::POP_JUMP_IF_TRUE
        };
        let end = self.new_label();
        let n = b.values.len();
        for v in &b.values[..n.saturating_sub(1)] {
            self.visit_expr(v)?;
            self.addop(Opcode::COPY, 1, loc);
            self.add_jump(jump, end, loc);
            self.addop_noarg(Opcode::POP_TOP, loc);
        }
        if let Some(last) = b.values.last() {
            self.visit_expr(last)?;
        }
        self.use_label(end);
        Ok(())
    }

    /// CPython's `starunpack_helper`: builds a list, set or tuple from elements that may be
    /// starred.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn starunpack_helper(
        &mut self,
        loc: Location,
        elts: &[Elt<'_>],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CompileResult<()> {
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Constant>> = elts.iter().map(|e| self.elt_constant(e)).collect();
            if let Some(consts) = consts {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(consts.into()), loc);
                } else {
                    let folded = if add == Opcode::SET_ADD {
                        crate::ast_opt::frozenset_constant(&dedup_consts(consts))
                    } else {
                        Constant::Tuple(consts.into())
                    };
                    self.addop(build, pushed, loc);
                    self.load_const(folded, loc);
                    self.addop(extend, 1, loc);
                    if tuple {
                        self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| e.is_starred());
        if !seen_star && !big {
            for e in elts {
                self.visit_elt(e)?;
            }
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.addop(op, n as u32 + pushed, loc);
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.addop(build, pushed, loc);
            sequence_built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Elt::Expr(Expr::Starred(st)) = e {
                if !sequence_built {
                    self.addop(build, i as u32 + pushed, loc);
                    sequence_built = true;
                }
                self.visit_expr(&st.value)?;
                self.addop(extend, 1, loc);
            } else {
                self.visit_elt(e)?;
                if sequence_built {
                    self.addop(add, 1, loc);
                }
            }
        }
        if tuple {
            self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
        }
        Ok(())
    }

    /// CPython's `unpack_helper` and `assignment_helper`.
    fn assignment_helper(&mut self, loc: Location, elts: &[Expr]) -> CompileResult<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", loc));
                }
                if i >= (1 << 8) || (n - i - 1) >= (i32::MAX as usize >> 8) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", loc)
                    );
                }
                self.addop(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop(Opcode::UNPACK_SEQUENCE, n as u32, loc);
        }
        for e in elts {
            match e {
                Expr::Starred(st) => self.visit_expr(&st.value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    /// CPython's `compiler_list` and `compiler_tuple`.
    fn compile_list_or_tuple(
        &mut self,
        elts: &[Expr],
        ctx: ExprContext,
        loc: Location,
        tuple: bool,
    ) -> CompileResult<()> {
        match ctx {
            ExprContext::Store => self.assignment_helper(loc, elts),
            ExprContext::Load => {
                let elts: Vec<Elt<'_>> = elts.iter().map(Elt::Expr).collect();
                self.starunpack_helper(
                    loc,
                    &elts,
                    0,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    tuple,
                )
            }
            _ => {
                for e in elts {
                    self.visit_expr(e)?;
                }
                Ok(())
            }
        }
    }

    /// CPython's `compiler_subdict`.
    fn compile_subdict(&mut self, items: &[ast::DictItem], loc: Location) -> CompileResult<()> {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Constant>> = items
                .iter()
                .map(|it| it.key.as_ref().and_then(|k| self.expr_constant(k)))
                .collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_const(Constant::Tuple(keys.into()), loc);
                self.addop(Opcode::BUILD_CONST_KEY_MAP, n as u32, loc);
                return Ok(());
            }
        }
        if big {
            self.addop(Opcode::BUILD_MAP, 0, loc);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.visit_expr(k)?;
            }
            self.visit_expr(&it.value)?;
            if big {
                self.addop(Opcode::MAP_ADD, 1, loc);
            }
        }
        if !big {
            self.addop(Opcode::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    /// CPython's `compiler_dict`.
    fn compile_dict(&mut self, d: &ast::ExprDict, loc: Location) -> CompileResult<()> {
        let n = d.items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            let is_unpacking = d.items[i].key.is_none();
            if is_unpacking {
                if elements > 0 {
                    self.compile_subdict(&d.items[i - elements..i], loc)?;
                    if have_dict {
                        self.addop(Opcode::DICT_UPDATE, 1, loc);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop(Opcode::BUILD_MAP, 0, loc);
                    have_dict = true;
                }
                self.visit_expr(&d.items[i].value)?;
                self.addop(Opcode::DICT_UPDATE, 1, loc);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(&d.items[i - elements..i + 1], loc)?;
                if have_dict {
                    self.addop(Opcode::DICT_UPDATE, 1, loc);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(&d.items[n - elements..n], loc)?;
            if have_dict {
                self.addop(Opcode::DICT_UPDATE, 1, loc);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop(Opcode::BUILD_MAP, 0, loc);
        }
        Ok(())
    }

    /// Emits a comparison (CPython: `compiler_addcompare`).
    pub fn addcompare(&mut self, op: ast::CmpOp, loc: Location) {
        use ast::CmpOp::*;
        // The comparison goes in the high bits; the low four are the mask of outcomes that
        // make the comparison true (unordered 1, less 2, greater 4, equal 8).
        let (cmp, mask) = match op {
            Lt => (0, 2),
            LtE => (1, 2 | 8),
            Eq => (2, 8),
            NotEq => (3, 7),
            Gt => (4, 4),
            GtE => (5, 4 | 8),
            Is => return self.addop(Opcode::IS_OP, 0, loc),
            IsNot => return self.addop(Opcode::IS_OP, 1, loc),
            In => return self.addop(Opcode::CONTAINS_OP, 0, loc),
            NotIn => return self.addop(Opcode::CONTAINS_OP, 1, loc),
        };
        self.addop(Opcode::COMPARE_OP, (cmp << 4) | mask, loc);
    }

    /// CPython's `compiler_compare`.
    fn compile_compare(&mut self, c: &ast::ExprCompare, loc: Location) -> CompileResult<()> {
        self.check_compare(c);
        self.visit_expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.visit_expr(&c.comparators[0])?;
            self.addcompare(c.ops[0], loc);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.visit_expr(&c.comparators[i])?;
            self.addop(Opcode::SWAP, 2, loc);
            self.addop(Opcode::COPY, 2, loc);
            self.addcompare(c.ops[i], loc);
            self.addop(Opcode::COPY, 1, loc);
            self.add_jump(Opcode::POP_JUMP_IF_FALSE, cleanup, loc);
            self.addop_noarg(Opcode::POP_TOP, loc);
        }
        self.visit_expr(&c.comparators[n])?;
        self.addcompare(c.ops[n], loc);
        let end = self.new_label();
        self.add_jump(Opcode::JUMP, end, Location::NONE);
        self.use_label(cleanup);
        self.addop(Opcode::SWAP, 2, loc);
        self.addop_noarg(Opcode::POP_TOP, loc);
        self.use_label(end);
        Ok(())
    }

    /// CPython's `update_start_location_to_match_attr`: for an attribute access spanning
    /// lines, the location starts at the attribute name.
    pub(crate) fn update_start_location_to_match_attr(
        &self,
        mut loc: Location,
        attr: &ast::ExprAttribute,
    ) -> Location {
        let aloc = self.loc(attr.range);
        if loc.lineno != aloc.end_lineno {
            loc.lineno = aloc.end_lineno;
            let len = attr.attr.as_str().chars().count() as i32;
            if len <= aloc.end_col_offset {
                loc.col_offset = aloc.end_col_offset - len;
            } else {
                loc.col_offset = -1;
                loc.end_col_offset = -1;
            }
            loc.end_lineno = loc.lineno.max(loc.end_lineno);
            if loc.lineno == loc.end_lineno {
                loc.end_col_offset = loc.col_offset.max(loc.end_col_offset);
            }
        }
        loc
    }

    /// Whether a module-level binding of the name comes from an import
    /// (CPython: `is_import_originated`).
    fn is_import_originated(&self, e: &Expr) -> bool {
        let Expr::Name(n) = e else {
            return false;
        };
        let top = self.symtable.scope(self.symtable.top);
        top.flags(n.id.as_str()) & crate::symtable::DEF_IMPORT != 0
    }

    /// CPython's `can_optimize_super_call`.
    fn can_optimize_super_call(&self, attr: &ast::ExprAttribute) -> CompileResult<bool> {
        let Expr::Call(call) = &*attr.value else {
            return Ok(false);
        };
        let Expr::Name(func) = &*call.func else {
            return Ok(false);
        };
        if func.id.as_str() != "super"
            || attr.attr.as_str() == "__class__"
            || !call.arguments.keywords.is_empty()
        {
            return Ok(false);
        }
        if self.symbol_scope("super") != SymbolScope::GlobalImplicit {
            return Ok(false);
        }
        let top = self.symtable.scope(self.symtable.top);
        if super::scope_from_flags(top.flags("super")) != SymbolScope::Unknown {
            return Ok(false);
        }
        let args = &call.arguments.args;
        if args.len() == 2 {
            return Ok(!args.iter().any(|a| matches!(a, Expr::Starred(_))));
        }
        if !args.is_empty() {
            return Ok(false);
        }
        let md = &self.cur().metadata;
        if md.argcount == 0 && md.posonlyargcount == 0 {
            return Ok(false);
        }
        Ok(self.get_ref_type("__class__")? == SymbolScope::Free)
    }

    /// CPython's `load_args_for_super`.
    fn load_args_for_super(&mut self, call: &ast::ExprCall) -> CompileResult<()> {
        let loc = self.loc(call.range());
        let floc = self.loc(call.func.range());
        self.nameop("super", ExprContext::Load, floc)?;
        if call.arguments.args.len() == 2 {
            self.visit_expr(&call.arguments.args[0])?;
            self.visit_expr(&call.arguments.args[1])?;
            return Ok(());
        }
        self.nameop("__class__", ExprContext::Load, loc)?;
        let Some(first) = self.cur().metadata.varnames.first().cloned() else {
            return Err(self.error("super(): no arguments", loc));
        };
        self.nameop(&first, ExprContext::Load, loc)
    }

    /// Attribute access (CPython: `Attribute_kind` in `compiler_visit_expr1`).
    fn compile_attribute(&mut self, a: &ast::ExprAttribute, loc: Location) -> CompileResult<()> {
        if a.ctx == ExprContext::Load && self.can_optimize_super_call(a)? {
            let Expr::Call(call) = &*a.value else {
                return Err(self.error("internal error: super call", loc));
            };
            self.load_args_for_super(call)?;
            let op = if call.arguments.args.is_empty() {
                Opcode::LOAD_ZERO_SUPER_ATTR
            } else {
                Opcode::LOAD_SUPER_ATTR
            };
            self.addop_name(op, a.attr.as_str(), loc);
            let l = self.update_start_location_to_match_attr(loc, a);
            self.addop_noarg(Opcode::NOP, l);
            return Ok(());
        }
        self.visit_expr(&a.value)?;
        let l = self.update_start_location_to_match_attr(loc, a);
        match a.ctx {
            ExprContext::Load => self.addop_name(Opcode::LOAD_ATTR, a.attr.as_str(), l),
            ExprContext::Store => {
                self.forbidden_name(a.attr.as_str(), ExprContext::Store, l)?;
                self.addop_name(Opcode::STORE_ATTR, a.attr.as_str(), l);
            }
            ExprContext::Del => self.addop_name(Opcode::DELETE_ATTR, a.attr.as_str(), l),
            ExprContext::Invalid => return Err(self.error("invalid expression context", loc)),
        }
        Ok(())
    }

    /// CPython's `compiler_subscript`.
    fn compile_subscript(&mut self, s: &ast::ExprSubscript, loc: Location) -> CompileResult<()> {
        if s.ctx == ExprContext::Load {
            self.check_subscript(s);
        }
        self.visit_expr(&s.value)?;
        if let (Some(slice), true) = (two_element_slice(&s.slice), s.ctx != ExprContext::Del) {
            self.compile_slice_parts(slice)?;
            if s.ctx == ExprContext::Load {
                self.addop_noarg(Opcode::BINARY_SLICE, loc);
            } else {
                self.addop_noarg(Opcode::STORE_SLICE, loc);
            }
            return Ok(());
        }
        self.visit_expr(&s.slice)?;
        let op = match s.ctx {
            ExprContext::Load => Opcode::BINARY_SUBSCR,
            ExprContext::Store => Opcode::STORE_SUBSCR,
            ExprContext::Del => Opcode::DELETE_SUBSCR,
            ExprContext::Invalid => return Err(self.error("invalid expression context", loc)),
        };
        self.addop_noarg(op, loc);
        Ok(())
    }

    /// Pushes the parts of a slice and returns how many (CPython: `compiler_slice`).
    pub(crate) fn compile_slice_parts(&mut self, s: &ast::ExprSlice) -> CompileResult<u32> {
        let loc = self.loc(s.range);
        let mut n = 2;
        match &s.lower {
            Some(e) => self.visit_expr(e)?,
            None => self.load_const(Constant::None, loc),
        }
        match &s.upper {
            Some(e) => self.visit_expr(e)?,
            None => self.load_const(Constant::None, loc),
        }
        if let Some(e) = &s.step {
            n += 1;
            self.visit_expr(e)?;
        }
        Ok(n)
    }

    /// CPython's `validate_keywords`.
    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CompileResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else {
                continue;
            };
            let loc = self.loc(k.range);
            self.forbidden_name(arg.as_str(), ExprContext::Store, loc)?;
            for other in &keywords[i + 1..] {
                if other
                    .arg
                    .as_ref()
                    .is_some_and(|o| o.as_str() == arg.as_str())
                {
                    return Err(self.error(
                        format!("keyword argument repeated: {}", arg.as_str()),
                        self.loc(other.range),
                    ));
                }
            }
        }
        Ok(())
    }

    /// CPython's `maybe_optimize_method_call`; returns whether it emitted the call.
    fn maybe_optimize_method_call(&mut self, c: &ast::ExprCall) -> CompileResult<bool> {
        let Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        if meth.ctx != ExprContext::Load || self.is_import_originated(&meth.value) {
            return Ok(false);
        }
        let args = &c.arguments.args;
        let kwds = &c.arguments.keywords;
        let argsl = args.len();
        let kwdsl = kwds.len();
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return Ok(false);
        }
        if kwds.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        let mut loc = self.loc(meth.range);
        if self.can_optimize_super_call(meth)? {
            let Expr::Call(call) = &*meth.value else {
                return Ok(false);
            };
            self.load_args_for_super(call)?;
            let op = if call.arguments.args.is_empty() {
                Opcode::LOAD_ZERO_SUPER_METHOD
            } else {
                Opcode::LOAD_SUPER_METHOD
            };
            self.addop_name(op, meth.attr.as_str(), loc);
            loc = self.update_start_location_to_match_attr(loc, meth);
            self.addop_noarg(Opcode::NOP, loc);
        } else {
            self.visit_expr(&meth.value)?;
            loc = self.update_start_location_to_match_attr(loc, meth);
            self.addop_name(Opcode::LOAD_METHOD, meth.attr.as_str(), loc);
        }
        for a in args.iter() {
            self.visit_expr(a)?;
        }
        if kwdsl > 0 {
            for k in kwds.iter() {
                self.visit_expr(&k.value)?;
            }
            self.call_simple_kw_helper(loc, kwds);
        }
        let cloc = self.loc(c.range());
        let cloc = self.update_start_location_to_match_attr(cloc, meth);
        self.addop(Opcode::CALL, (argsl + kwdsl) as u32, cloc);
        Ok(true)
    }

    /// CPython's `compiler_call`.
    fn compile_call(&mut self, c: &ast::ExprCall, loc: Location) -> CompileResult<()> {
        self.validate_keywords(&c.arguments.keywords)?;
        if self.maybe_optimize_method_call(c)? {
            return Ok(());
        }
        self.check_caller(&c.func);
        let floc = self.loc(c.func.range());
        self.addop_noarg(Opcode::PUSH_NULL, floc);
        self.visit_expr(&c.func)?;
        let elts: Vec<Elt<'_>> = c.arguments.args.iter().map(Elt::Expr).collect();
        self.call_helper(loc, 0, &elts, &c.arguments.keywords)
    }

    /// CPython's `compiler_call_simple_kw_helper`: the `KW_NAMES` before a `CALL`.
    fn call_simple_kw_helper(&mut self, loc: Location, keywords: &[ast::Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into()))
            .collect();
        let i = self.add_const(Constant::Tuple(names.into()));
        self.addop(Opcode::KW_NAMES, i, loc);
    }

    /// CPython's `compiler_subkwargs`.
    fn compile_subkwargs(&mut self, loc: Location, keywords: &[ast::Keyword]) -> CompileResult<()> {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            let keys: Vec<Constant> = keywords
                .iter()
                .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into()))
                .collect();
            self.load_const(Constant::Tuple(keys.into()), loc);
            self.addop(Opcode::BUILD_CONST_KEY_MAP, n as u32, loc);
            return Ok(());
        }
        if big {
            self.addop(Opcode::BUILD_MAP, 0, Location::NONE);
        }
        for k in keywords {
            let key = k.arg.as_ref().map_or("", |a| a.as_str());
            self.load_const(Constant::Str(key.into()), loc);
            self.visit_expr(&k.value)?;
            if big {
                self.addop(Opcode::MAP_ADD, 1, Location::NONE);
            }
        }
        if !big {
            self.addop(Opcode::BUILD_MAP, n as u32, loc);
        }
        Ok(())
    }

    /// CPython's `compiler_call_helper`: arguments and the call, `n` values being already
    /// pushed.
    pub(crate) fn call_helper(
        &mut self,
        loc: Location,
        n: u32,
        args: &[Elt<'_>],
        keywords: &[ast::Keyword],
    ) -> CompileResult<()> {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkwelts = keywords.len();
        let ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
            || args.iter().any(|a| a.is_starred())
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.visit_elt(a)?;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.call_simple_kw_helper(loc, keywords);
            }
            self.addop(Opcode::CALL, n + (nelts + nkwelts) as u32, loc);
            return Ok(());
        }
        if n == 0 && nelts == 1 {
            if let Elt::Expr(Expr::Starred(st)) = &args[0] {
                self.visit_expr(&st.value)?;
            } else {
                self.starunpack_helper(
                    loc,
                    args,
                    n,
                    Opcode::BUILD_LIST,
                    Opcode::LIST_APPEND,
                    Opcode::LIST_EXTEND,
                    true,
                )?;
            }
        } else {
            self.starunpack_helper(
                loc,
                args,
                n,
                Opcode::BUILD_LIST,
                Opcode::LIST_APPEND,
                Opcode::LIST_EXTEND,
                true,
            )?;
        }
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.compile_subkwargs(loc, &keywords[i - nseen..i])?;
                        if have_dict {
                            self.addop(Opcode::DICT_MERGE, 1, loc);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop(Opcode::BUILD_MAP, 0, loc);
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.addop(Opcode::DICT_MERGE, 1, loc);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.compile_subkwargs(loc, &keywords[nkwelts - nseen..])?;
                if have_dict {
                    self.addop(Opcode::DICT_MERGE, 1, loc);
                }
            }
        }
        self.addop(Opcode::CALL_FUNCTION_EX, u32::from(nkwelts > 0), loc);
        Ok(())
    }

    /// CPython's `compiler_lambda`.
    fn compile_lambda(
        &mut self,
        e: &Expr,
        l: &ast::ExprLambda,
        loc: Location,
    ) -> CompileResult<()> {
        let empty = ast::Parameters {
            range: TextRange::default(),
            node_index: Default::default(),
            posonlyargs: Default::default(),
            args: Default::default(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        };
        let params = l.parameters.as_deref().unwrap_or(&empty);
        self.check_debug_args(params)?;
        let funcflags = self.default_arguments(loc, params)?;
        let scope = self.scope_for(&[addr(l), addr(e)], loc)?;
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, loc.lineno)?;
        self.add_const(Constant::None);
        {
            let md = &mut self.unit().metadata;
            md.argcount = params.args.len() as u32;
            md.posonlyargcount = params.posonlyargs.len() as u32;
            md.kwonlyargcount = params.kwonlyargs.len() as u32;
        }
        self.visit_expr(&l.body)?;
        let done = if self.ste().generator {
            self.exit_scope(false)?
        } else {
            let rloc = Location {
                lineno: loc.lineno,
                end_lineno: loc.lineno,
                col_offset: 0,
                end_col_offset: 0,
            };
            self.addop_noarg(Opcode::RETURN_VALUE, rloc);
            self.exit_scope(true)?
        };
        self.make_closure(loc, &done, funcflags)
    }

    /// CPython's `compiler_comprehension`.
    #[allow(clippy::too_many_arguments)]
    fn compile_comprehension(
        &mut self,
        e: &Expr,
        addrs: &[usize],
        kind: CompKind,
        name: &str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        val: Option<&Expr>,
    ) -> CompileResult<()> {
        let loc = self.loc(self.expr_range(e));
        let mut keys = addrs.to_vec();
        keys.push(addr(e));
        let scope_id: ScopeId = self.scope_for(&keys, loc)?;
        let entry = self.symtable.scope(scope_id);
        let is_inlined = entry.comp_inlined;
        let is_async_generator = entry.coroutine;
        let outer_kind = self.cur().kind;
        let is_top_level_await = self.is_top_level_await();
        let Some(outermost) = generators.first() else {
            return Err(self.error("comprehension without generators", loc));
        };
        let mut state = None;
        if is_inlined {
            self.comprehension_iter(loc, outermost)?;
            state = Some(self.push_inlined_comprehension_state(loc, scope_id)?);
        } else {
            self.enter_scope(name, UnitKind::Comprehension, scope_id, loc.lineno)?;
        }
        if is_async_generator
            && kind != CompKind::Genexp
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
            && !is_top_level_await
        {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                loc,
            ));
        }
        if kind != CompKind::Genexp {
            let op = match kind {
                CompKind::List => Opcode::BUILD_LIST,
                CompKind::Set => Opcode::BUILD_SET,
                _ => Opcode::BUILD_MAP,
            };
            self.addop(op, 0, loc);
            if is_inlined {
                self.addop(Opcode::SWAP, 2, loc);
            }
        }
        self.comprehension_generator(loc, generators, 0, 0, elt, val, kind, is_inlined)?;
        if let Some(state) = state {
            return self.pop_inlined_comprehension_state(loc, state);
        }
        if kind != CompKind::Genexp {
            self.addop_noarg(Opcode::RETURN_VALUE, loc);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let done = self.exit_scope(true)?;
        self.make_closure(loc, &done, 0)?;
        self.comprehension_iter(loc, outermost)?;
        self.addop(Opcode::CALL, 0, loc);
        if is_async_generator && kind != CompKind::Genexp {
            self.addop(Opcode::GET_AWAITABLE, 0, loc);
            self.load_const(Constant::None, loc);
            self.add_yield_from(loc, true)?;
        }
        Ok(())
    }

    /// CPython's `compiler_comprehension_iter`.
    fn comprehension_iter(
        &mut self,
        loc: Location,
        comp: &ast::Comprehension,
    ) -> CompileResult<()> {
        self.visit_expr(&comp.iter)?;
        if comp.is_async {
            self.addop_noarg(Opcode::GET_AITER, loc);
        } else {
            self.addop_noarg(Opcode::GET_ITER, loc);
        }
        Ok(())
    }

    /// CPython's `compiler_comprehension_generator`.
    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        loc: Location,
        generators: &[ast::Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CompileResult<()> {
        if generators[gen_index].is_async {
            self.async_comprehension_generator(
                loc,
                generators,
                gen_index,
                depth,
                elt,
                val,
                kind,
                iter_on_stack,
            )
        } else {
            self.sync_comprehension_generator(
                loc,
                generators,
                gen_index,
                depth,
                elt,
                val,
                kind,
                iter_on_stack,
            )
        }
    }

    /// The innermost body of a comprehension: append, add, or yield the element.
    fn comprehension_element(
        &mut self,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        depth: u32,
    ) -> CompileResult<Location> {
        let mut elt_loc = self.loc(elt.range());
        match kind {
            CompKind::Genexp => {
                self.visit_expr(elt)?;
                self.addop_yield(elt_loc);
                self.addop_noarg(Opcode::POP_TOP, elt_loc);
            }
            CompKind::List => {
                self.visit_expr(elt)?;
                self.addop(Opcode::LIST_APPEND, depth + 1, elt_loc);
            }
            CompKind::Set => {
                self.visit_expr(elt)?;
                self.addop(Opcode::SET_ADD, depth + 1, elt_loc);
            }
            CompKind::Dict => {
                self.visit_expr(elt)?;
                let Some(val) = val else {
                    return Err(self.error("dict comprehension without value", elt_loc));
                };
                self.visit_expr(val)?;
                let vloc = self.loc(val.range());
                elt_loc.end_lineno = vloc.end_lineno;
                elt_loc.end_col_offset = vloc.end_col_offset;
                self.addop(Opcode::MAP_ADD, depth + 1, elt_loc);
            }
        }
        Ok(elt_loc)
    }

    /// CPython's `compiler_sync_comprehension_generator`.
    #[allow(clippy::too_many_arguments)]
    fn sync_comprehension_generator(
        &mut self,
        loc: Location,
        generators: &[ast::Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CompileResult<()> {
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let gen = &generators[gen_index];
        let mut has_start = true;
        if !iter_on_stack {
            if gen_index == 0 {
                self.unit().metadata.argcount = 1;
                self.addop(Opcode::LOAD_FAST, 0, loc);
            } else {
                // A one-element list or tuple iterable (`for y in [f(x)]`) is just bound.
                let elts: Option<&[Expr]> = if self.folded.get(&gen.iter).is_some() {
                    None
                } else {
                    match &gen.iter {
                        Expr::List(l) => Some(&l.elts),
                        Expr::Tuple(t) => Some(&t.elts),
                        _ => None,
                    }
                };
                if let Some([single]) = elts {
                    if !matches!(single, Expr::Starred(_)) {
                        self.visit_expr(single)?;
                        has_start = false;
                    }
                }
                if has_start {
                    self.visit_expr(&gen.iter)?;
                    self.addop_noarg(Opcode::GET_ITER, loc);
                }
            }
        }
        if has_start {
            depth += 1;
            self.use_label(start);
            self.add_jump(Opcode::FOR_ITER, anchor, loc);
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(loc, generators, gen_index, depth, elt, val, kind, false)?;
        }
        let mut elt_loc = self.loc(elt.range());
        if gen_index >= generators.len() {
            elt_loc = self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_label(if_cleanup);
        if has_start {
            self.add_jump(Opcode::JUMP, start, elt_loc);
            self.use_label(anchor);
            self.addop_noarg(Opcode::END_FOR, Location::NONE);
        }
        Ok(())
    }

    /// CPython's `compiler_async_comprehension_generator`.
    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        loc: Location,
        generators: &[ast::Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: CompKind,
        iter_on_stack: bool,
    ) -> CompileResult<()> {
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        let gen = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.unit().metadata.argcount = 1;
                self.addop(Opcode::LOAD_FAST, 0, loc);
            } else {
                self.visit_expr(&gen.iter)?;
                self.addop_noarg(Opcode::GET_AITER, loc);
            }
        }
        self.use_label(start);
        self.push_fblock(
            loc,
            FBlockKind::AsyncComprehensionGenerator,
            start,
            None,
            FBlockDatum::None,
        )?;
        self.add_jump(Opcode::SETUP_FINALLY, except, loc);
        self.addop_noarg(Opcode::GET_ANEXT, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true)?;
        self.addop_noarg(Opcode::POP_BLOCK, loc);
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(loc, generators, gen_index, depth, elt, val, kind, false)?;
        }
        let mut elt_loc = self.loc(elt.range());
        if gen_index >= generators.len() {
            elt_loc = self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_label(if_cleanup);
        self.add_jump(Opcode::JUMP, start, elt_loc);
        self.pop_fblock(FBlockKind::AsyncComprehensionGenerator, start);
        self.use_label(except);
        self.addop_noarg(Opcode::END_ASYNC_FOR, loc);
        Ok(())
    }

    /// CPython's `push_inlined_comprehension_state`.
    fn push_inlined_comprehension_state(
        &mut self,
        loc: Location,
        entry_id: ScopeId,
    ) -> CompileResult<InlinedState> {
        let entry = self.symtable.scope(entry_id);
        let in_class_block =
            self.ste().kind == crate::symtable::ScopeType::Class && self.cur().in_inlined_comp == 0;
        self.unit().in_inlined_comp += 1;
        let mut state = InlinedState {
            pushed_locals: Vec::new(),
            temp_symbols: Vec::new(),
            fast_hidden: Vec::new(),
            cleanup: None,
            end: None,
        };
        for (k, symbol) in &entry.symbols {
            let symbol = *symbol;
            if !((symbol & DEF_LOCAL != 0 && symbol & DEF_NONLOCAL == 0) || in_class_block) {
                continue;
            }
            if !super::is_function_like(self.ste().kind) {
                let was_fast = self.set_fast_hidden(k, true);
                if !was_fast {
                    state.fast_hidden.push(k.clone());
                }
            }
            let scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
            let outv = self.symbol_flags(k);
            let outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
            let cell = SymbolScope::Cell as u32;
            let free = SymbolScope::Free as u32;
            if scope != outsc && !(scope == cell && outsc == free) {
                let prev = self.unit().temp_symbols.insert(k.clone(), symbol);
                // CPython saves the outer value itself; an absent entry counts as 0.
                let saved = prev.or_else(|| {
                    let base = self.symtable.scope(self.cur().scope).flags(k);
                    Some(base)
                });
                state.temp_symbols.push((k.clone(), saved));
            }
            let i = self.add_varname(k);
            self.addop(Opcode::LOAD_FAST_AND_CLEAR, i, loc);
            if scope == cell {
                let j = if outsc == free {
                    self.deref_index(k, false)
                } else {
                    self.deref_index(k, true)
                };
                self.addop(Opcode::MAKE_CELL, j, loc);
            }
            state.pushed_locals.push(k.clone());
        }
        if !state.pushed_locals.is_empty() {
            self.addop(Opcode::SWAP, state.pushed_locals.len() as u32 + 1, loc);
            let cleanup = self.new_label();
            let end = self.new_label();
            state.cleanup = Some(cleanup);
            state.end = Some(end);
            self.add_jump(Opcode::SETUP_FINALLY, cleanup, loc);
        }
        Ok(state)
    }

    /// CPython's `restore_inlined_comprehension_locals`.
    fn restore_inlined_comprehension_locals(&mut self, loc: Location, state: &InlinedState) {
        let npops = state.pushed_locals.len() as u32;
        self.addop(Opcode::SWAP, npops + 1, loc);
        for k in state.pushed_locals.iter().rev() {
            let i = self.add_varname(k);
            self.addop(Opcode::STORE_FAST_MAYBE_NULL, i, loc);
        }
    }

    /// CPython's `pop_inlined_comprehension_state`.
    fn pop_inlined_comprehension_state(
        &mut self,
        loc: Location,
        state: InlinedState,
    ) -> CompileResult<()> {
        self.unit().in_inlined_comp -= 1;
        for (k, saved) in &state.temp_symbols {
            match saved {
                Some(v) => {
                    self.unit().temp_symbols.insert(k.clone(), *v);
                }
                None => {
                    self.unit().temp_symbols.remove(k);
                }
            }
        }
        if let (Some(cleanup), Some(end)) = (state.cleanup, state.end) {
            self.addop_noarg(Opcode::POP_BLOCK, Location::NONE);
            self.add_jump(Opcode::JUMP, end, Location::NONE);
            self.use_label(cleanup);
            self.addop(Opcode::SWAP, 2, Location::NONE);
            self.addop_noarg(Opcode::POP_TOP, Location::NONE);
            self.restore_inlined_comprehension_locals(loc, &state);
            self.addop(Opcode::RERAISE, 0, Location::NONE);
            self.use_label(end);
            self.restore_inlined_comprehension_locals(loc, &state);
        }
        for k in &state.fast_hidden {
            self.set_fast_hidden(k, false);
        }
        Ok(())
    }

    /// The values of CPython's `JoinedStr` for an f-string expression (with implicit
    /// concatenation): adjacent literal text merged into one constant, empty text dropped.
    fn fstring_values<'e>(&self, f: &'e ast::ExprFString) -> Vec<FValue<'e>> {
        let mut out: Vec<FValue<'e>> = Vec::new();
        let mut pending: Option<(String, TextSize, TextSize)> = None;
        let push_text = |pending: &mut Option<(String, TextSize, TextSize)>,
                         s: &str,
                         start: TextSize,
                         end: TextSize| {
            if s.is_empty() {
                return;
            }
            match pending {
                Some((text, _, e)) => {
                    text.push_str(s);
                    *e = end;
                }
                None => *pending = Some((s.to_string(), start, end)),
            }
        };
        let flush = |this: &Self,
                     pending: &mut Option<(String, TextSize, TextSize)>,
                     out: &mut Vec<FValue<'e>>| {
            if let Some((text, s, e)) = pending.take() {
                out.push(FValue::Const(text, this.loc(TextRange::new(s, e))));
            }
        };
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(lit) => {
                    push_text(&mut pending, &lit.value, lit.range.start(), lit.range.end());
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        match el {
                            ast::InterpolatedStringElement::Literal(l) => {
                                push_text(&mut pending, &l.value, l.range.start(), l.range.end());
                            }
                            ast::InterpolatedStringElement::Interpolation(i) => {
                                if let Some(debug) = &i.debug_text {
                                    let start = i.range.start() + TextSize::new(1);
                                    let end = start + TextSize::new(debug.as_str().len() as u32);
                                    let text = strip_comments(debug.as_str());
                                    push_text(&mut pending, &text, start, end);
                                }
                                flush(self, &mut pending, &mut out);
                                out.push(FValue::Formatted(i, self.loc(i.range)));
                            }
                        }
                    }
                }
            }
        }
        flush(self, &mut pending, &mut out);
        out
    }

    /// An f-string (CPython: `compiler_joined_str` over the parser's `JoinedStr`).
    fn compile_fstring(&mut self, f: &ast::ExprFString, loc: Location) -> CompileResult<()> {
        let values = self.fstring_values(f);
        self.joined_str(values, loc)
    }

    /// CPython's `compiler_joined_str`.
    fn joined_str(&mut self, values: Vec<FValue<'_>>, loc: Location) -> CompileResult<()> {
        let n = values.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str("".into()), loc);
            self.addop_name(Opcode::LOAD_METHOD, "join", loc);
            self.addop(Opcode::BUILD_LIST, 0, loc);
            for v in values {
                self.fvalue(v)?;
                self.addop(Opcode::LIST_APPEND, 1, loc);
            }
            self.addop(Opcode::CALL, 1, loc);
        } else {
            for v in values {
                self.fvalue(v)?;
            }
            if n != 1 {
                self.addop(Opcode::BUILD_STRING, n as u32, loc);
            }
        }
        Ok(())
    }

    fn fvalue(&mut self, v: FValue<'_>) -> CompileResult<()> {
        match v {
            FValue::Const(s, l) => {
                self.load_const(Constant::Str(s.into()), l);
                Ok(())
            }
            FValue::Formatted(i, l) => self.formatted_value(i, l),
            FValue::Percent(item, mut oparg, spec) => {
                self.visit_expr(item)?;
                if let Some(spec) = spec {
                    self.load_const(Constant::Str(spec.into()), Location::NONE);
                    oparg |= FVS_HAVE_SPEC;
                }
                let loc = self.loc(item.range());
                self.addop(Opcode::FORMAT_VALUE, oparg, loc);
                Ok(())
            }
        }
    }

    /// CPython's `compiler_formatted_value`.
    fn formatted_value(
        &mut self,
        i: &ast::InterpolatedElement,
        loc: Location,
    ) -> CompileResult<()> {
        self.visit_expr(&i.expression)?;
        let mut oparg = match i.conversion {
            ast::ConversionFlag::Str => FVC_STR,
            ast::ConversionFlag::Repr => FVC_REPR,
            ast::ConversionFlag::Ascii => FVC_ASCII,
            ast::ConversionFlag::None => {
                if i.debug_text.is_some() && i.format_spec.is_none() {
                    FVC_REPR
                } else {
                    FVC_NONE
                }
            }
        };
        if let Some(spec) = &i.format_spec {
            let mut values: Vec<FValue<'_>> = Vec::new();
            let mut pending: Option<(String, TextSize, TextSize)> = None;
            for el in spec.elements.iter() {
                match el {
                    ast::InterpolatedStringElement::Literal(l) => {
                        if l.value.is_empty() {
                            continue;
                        }
                        match &mut pending {
                            Some((t, _, e)) => {
                                t.push_str(&l.value);
                                *e = l.range.end();
                            }
                            None => {
                                pending =
                                    Some((l.value.to_string(), l.range.start(), l.range.end()))
                            }
                        }
                    }
                    ast::InterpolatedStringElement::Interpolation(inner) => {
                        if let Some((t, s, e)) = pending.take() {
                            values.push(FValue::Const(t, self.loc(TextRange::new(s, e))));
                        }
                        values.push(FValue::Formatted(inner, self.loc(inner.range)));
                    }
                }
            }
            if let Some((t, s, e)) = pending.take() {
                values.push(FValue::Const(t, self.loc(TextRange::new(s, e))));
            } else if matches!(values.last(), Some(FValue::Formatted(..))) {
                // CPython 3.12's parser ends a format spec that closes with a replacement
                // field with an empty string constant.
                let end = spec.range.end();
                values.push(FValue::Const(
                    String::new(),
                    self.loc(TextRange::new(end, end)),
                ));
            }
            let start = spec.range.start() - TextSize::new(1);
            let sloc = self.loc(TextRange::new(start, spec.range.end()));
            self.joined_str(values, sloc)?;
            oparg |= FVS_HAVE_SPEC;
        }
        self.addop(Opcode::FORMAT_VALUE, oparg, loc);
        Ok(())
    }
}

/// The distinct constants of a set display, in order of first appearance.
fn dedup_consts(consts: Vec<Constant>) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::new();
    for c in consts {
        if !out.iter().any(|o| set_equal(o, &c)) {
            out.push(c);
        }
    }
    out
}

/// Equality of constants as set members (`1 == 1.0 == True == 1+0j`), exact for integers of
/// any size (`2**61 - 1 != 2**61`, though both convert to the same float).
pub(crate) fn set_equal(a: &Constant, b: &Constant) -> bool {
    use Constant::*;
    /// A number as an exact integer (when it is one of the int kinds) or a float.
    enum Num<'a> {
        Small(i64),
        Big(&'a str),
        Float(f64),
    }
    fn num(c: &Constant) -> Option<Num<'_>> {
        match c {
            Bool(b) => Some(Num::Small(i64::from(*b))),
            Int(i) => Some(Num::Small(*i)),
            BigInt(s) => Some(Num::Big(s)),
            Float(f) => Some(Num::Float(*f)),
            Complex { real, imag } if *imag == 0.0 => Some(Num::Float(*real)),
            _ => Option::None,
        }
    }
    // An integral float's exact decimal digits (Rust prints floats exactly).
    let float_digits = |f: f64| -> Option<String> {
        (f.is_finite() && f.fract() == 0.0)
            .then(|| format!("{:.0}", if f == 0.0 { 0.0 } else { f }))
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) => match (x, y) {
            (Num::Small(i), Num::Small(j)) => i == j,
            (Num::Big(i), Num::Big(j)) => i == j,
            (Num::Small(_), Num::Big(_)) | (Num::Big(_), Num::Small(_)) => false,
            (Num::Float(f), Num::Float(g)) => f == g,
            (Num::Small(i), Num::Float(f)) | (Num::Float(f), Num::Small(i)) => {
                float_digits(f).is_some_and(|d| d == i.to_string())
            }
            (Num::Big(i), Num::Float(f)) | (Num::Float(f), Num::Big(i)) => {
                float_digits(f).is_some_and(|d| d == i)
            }
        },
        _ => a.same_key(b),
    }
}

/// The text of an f-string's `{expr=}` without its comments: CPython's tokenizer drops
/// everything from a `#` to the end of its line, even a `#` inside a string literal.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_comment = false;
    for c in text.chars() {
        if c == '\n' {
            in_comment = false;
        } else if c == '#' {
            in_comment = true;
        }
        if !in_comment {
            out.push(c);
        }
    }
    out
}
