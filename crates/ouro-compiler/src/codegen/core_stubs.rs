//! Temporary stand-ins for the parts of code generation that the cg-core branch writes
//! (`visit_expr`, `visit_stmt`, `visit_stmts`, `nameop`) and a codegen-only entry point for
//! the control-flow tests, covering only the simple expressions the control-flow corpus
//! uses, at module level. The lead deletes this file when cg-core is merged.

use super::{Compiler, CompilerUnit, UnitKind};
use crate::error::{CompileError, CompileResult};
use crate::instruction_sequence::{CodeUnitMetadata, InstructionSequence, Location};
use crate::source::SourceIndex;
use crate::symtable::{ScopeId, ScopeType, SymbolTable};
use ouro_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext, Number, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    /// Stub of cg-core's statement visitor: the simple statements of the corpus and the
    /// control-flow statements.
    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let loc = self.loc(s.range());
        match s {
            Stmt::If(x) => self.compile_if(x),
            Stmt::While(x) => self.compile_while(x),
            Stmt::For(x) => self.compile_for(x),
            Stmt::Return(x) => self.compile_return(x),
            Stmt::Break(x) => self.compile_break(x),
            Stmt::Continue(x) => self.compile_continue(x),
            Stmt::Try(x) => self.compile_try(x),
            Stmt::With(x) => self.compile_with(x),
            Stmt::Match(x) => self.compile_match(x),
            Stmt::Pass(_) => {
                self.addop_noarg(Opcode::NOP, loc);
                Ok(())
            }
            Stmt::Expr(x) => {
                if self.is_constant_expr(&x.value) {
                    self.addop_noarg(Opcode::NOP, loc);
                    return Ok(());
                }
                self.visit_expr(&x.value)?;
                self.addop_noarg(Opcode::POP_TOP, Location::NONE);
                Ok(())
            }
            Stmt::Assign(x) => {
                self.visit_expr(&x.value)?;
                let n = x.targets.len();
                for (i, t) in x.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop(Opcode::COPY, 1, loc);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::Delete(x) => {
                for t in &x.targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::Raise(x) => {
                let mut n = 0;
                if let Some(e) = &x.exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = &x.cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.addop(Opcode::RAISE_VARARGS, n, loc);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            _ => Err(self.error("statement not supported by the core stubs", loc)),
        }
    }

    /// Stub of cg-core's statement-sequence visitor.
    pub fn visit_stmts(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// Stub of cg-core's expression visitor: names, literals, simple calls, attributes,
    /// single comparisons, `not`, `and`/`or`, tuple targets and `await`.
    pub fn visit_expr(&mut self, e: &Expr) -> CompileResult<()> {
        let loc = self.loc(e.range());
        if let Some(c) = self.expr_constant(e) {
            self.load_const(c, loc);
            return Ok(());
        }
        match e {
            Expr::Name(n) => self.nameop(n.id.as_str(), n.ctx, loc),
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
                self.load_const(c, loc);
                Ok(())
            }
            Expr::StringLiteral(s) => {
                self.load_const(Constant::Str(s.value.to_str().into()), loc);
                Ok(())
            }
            Expr::BytesLiteral(b) => {
                let v: Vec<u8> = b.value.bytes().collect();
                self.load_const(Constant::Bytes(v.into()), loc);
                Ok(())
            }
            Expr::BooleanLiteral(b) => {
                self.load_const(Constant::Bool(b.value), loc);
                Ok(())
            }
            Expr::NoneLiteral(_) => {
                self.load_const(Constant::None, loc);
                Ok(())
            }
            Expr::EllipsisLiteral(_) => {
                self.load_const(Constant::Ellipsis, loc);
                Ok(())
            }
            Expr::Call(c) if c.arguments.keywords.is_empty() => {
                let floc = self.loc(c.func.range());
                self.addop_noarg(Opcode::PUSH_NULL, floc);
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                self.addop(Opcode::CALL, c.arguments.args.len() as u32, loc);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                let idx = self.add_name(a.attr.as_str());
                match a.ctx {
                    ExprContext::Store => self.addop(Opcode::STORE_ATTR, idx, loc),
                    ExprContext::Del => self.addop(Opcode::DELETE_ATTR, idx, loc),
                    _ => self.addop(Opcode::LOAD_ATTR, idx << 1, loc),
                }
                Ok(())
            }
            Expr::Compare(c) if c.ops.len() == 1 && c.comparators.len() == 1 => {
                self.visit_expr(&c.left)?;
                self.visit_expr(&c.comparators[0])?;
                self.addop_compare(c.ops[0], loc);
                Ok(())
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                self.visit_expr(&u.operand)?;
                self.addop_noarg(Opcode::UNARY_NOT, loc);
                Ok(())
            }
            Expr::BoolOp(b) if !b.values.is_empty() => {
                let op = if b.op == ast::BoolOp::And {
                    Opcode::POP_JUMP_IF_FALSE
                } else {
                    Opcode::POP_JUMP_IF_TRUE
                };
                let end = self.new_label();
                let n = b.values.len() - 1;
                for v in &b.values[..n] {
                    self.visit_expr(v)?;
                    self.addop(Opcode::COPY, 1, loc);
                    self.add_jump(op, end, loc);
                    self.addop_noarg(Opcode::POP_TOP, loc);
                }
                self.visit_expr(&b.values[n])?;
                self.use_label(end);
                Ok(())
            }
            Expr::Tuple(t) if t.ctx == ExprContext::Store => {
                self.addop(Opcode::UNPACK_SEQUENCE, t.elts.len() as u32, loc);
                for x in &t.elts {
                    self.visit_expr(x)?;
                }
                Ok(())
            }
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                self.addop(Opcode::GET_AWAITABLE, 0, loc);
                self.load_const(Constant::None, loc);
                self.add_yield_from(loc, true)
            }
            _ => Err(self.error("expression not supported by the core stubs", loc)),
        }
    }

    /// Stub of cg-core's `nameop` for module-level code: every name is a `*_NAME` access.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext, loc: Location) -> CompileResult<()> {
        let idx = self.add_name(name);
        let op = match ctx {
            ExprContext::Store => Opcode::STORE_NAME,
            ExprContext::Del => Opcode::DELETE_NAME,
            _ => Opcode::LOAD_NAME,
        };
        self.addop(op, idx, loc);
        Ok(())
    }
}

/// The raw instruction sequence and metadata of a module's top-level code unit, before
/// flowgraph optimisation, with the closing `return None` (CPython: `_PyCompile_CodeGen`,
/// what `_testinternalcapi.compiler_codegen` returns). `top_level_await` is CPython's
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`. Stub version: module-level code only.
pub fn codegen_module_unit(
    source: &str,
    filename: &str,
    optimize: u32,
    top_level_await: bool,
) -> CompileResult<(InstructionSequence, CodeUnitMetadata)> {
    let parsed = ruff_python_parser::parse_module(source)
        .map_err(|_| CompileError::syntax("invalid syntax", Location::line(1)))?;
    let module = parsed.into_syntax();
    let index = SourceIndex::new(source);
    let folded = crate::ast_opt::fold_module(&module, optimize);
    let table = SymbolTable {
        scopes: vec![crate::symtable::Scope {
            name: "top".into(),
            kind: ScopeType::Module,
            symbols: Vec::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            comprehension: crate::symtable::ComprehensionType::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            comp_inlined: false,
            comp_iter_target: false,
            can_see_class_scope: false,
            lineno: 0,
            col_offset: 0,
            end_lineno: 0,
            end_col_offset: 0,
            symbol_index: Default::default(),
        }],
        top: ScopeId(0),
        by_node: Default::default(),
        future_annotations: false,
    };
    let mut c = Compiler::new(&table, &folded, &index, filename, optimize);
    c.top_level_await = top_level_await;
    c.units.push(CompilerUnit {
        scope: ScopeId(0),
        kind: UnitKind::Module,
        metadata: CodeUnitMetadata {
            name: "<module>".into(),
            qualname: "<module>".into(),
            ..Default::default()
        },
        seq: InstructionSequence::default(),
        fblocks: Vec::new(),
        private: None,
        in_inlined_comp: 0,
    });
    let resume_loc = Location {
        lineno: 0,
        end_lineno: 1,
        col_offset: 0,
        end_col_offset: 0,
    };
    c.addop(Opcode::RESUME, 0, resume_loc);
    c.visit_stmts(&module.body)?;
    c.load_const(Constant::None, Location::NONE);
    c.addop_noarg(Opcode::RETURN_VALUE, Location::NONE);
    let unit = c
        .units
        .pop()
        .ok_or_else(|| CompileError::syntax("no unit", Location::line(1)))?;
    Ok((unit.seq, unit.metadata))
}
