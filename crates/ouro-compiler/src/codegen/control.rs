//! Control flow. CPython counterpart: `compiler_if`, `compiler_for`, `compiler_while`,
//! `compiler_return`, `compiler_break`, `compiler_continue`, `compiler_try*`, `compiler_with`,
//! `compiler_async_*`, the frame-block stack (`compiler_push_fblock`,
//! `compiler_unwind_fblock*`), `compiler_jump_if` and `compiler_add_yield_from` in
//! Python/compile.c (3.12). Every instruction is emitted in CPython's order with CPython's
//! location, including the artificial (`Location::NONE`) locations of cleanup code.

use super::{Compiler, FBlock, FBlockDatum, FBlockKind, UnitKind};
use crate::error::CompileResult;
use crate::instruction_sequence::{Label, Location};
use crate::symtable::ScopeType;
use ouro_bytecode::opcode::{RESUME_AFTER_AWAIT, RESUME_AFTER_YIELD_FROM};
use ouro_bytecode::{Constant, Opcode};
use ruff_python_ast::{
    self as ast, BoolOp, CmpOp, ExceptHandler, Expr, ExprContext, Stmt, UnaryOp,
};
use ruff_text_size::Ranged;
use std::rc::Rc;

/// The most frame blocks one code unit may nest (CPython: `CO_MAXBLOCKS`).
pub const MAX_BLOCKS: usize = 20;

/// A label that is never placed: the frame blocks that have no block label use it
/// (CPython: `NO_LABEL`).
pub const NO_LABEL: Label = Label(u32::MAX);

/// `COMPARE_OP` low bits (CPython: `COMPARISON_*` in pycore_opcode_utils.h).
const COMPARISON_LESS_THAN: u32 = 2;
const COMPARISON_GREATER_THAN: u32 = 4;
const COMPARISON_EQUALS: u32 = 8;
const COMPARISON_NOT_EQUALS: u32 = 1 | 2 | 4;

/// The `COMPARE_OP` argument of a rich comparison, or the `(opcode, oparg)` of the
/// identity and membership tests (CPython: `compiler_addcompare`).
pub fn compare_instruction(op: CmpOp) -> (Opcode, u32) {
    let (cmp, mask) = match op {
        CmpOp::Lt => (0, COMPARISON_LESS_THAN),
        CmpOp::LtE => (1, COMPARISON_LESS_THAN | COMPARISON_EQUALS),
        CmpOp::Eq => (2, COMPARISON_EQUALS),
        CmpOp::NotEq => (3, COMPARISON_NOT_EQUALS),
        CmpOp::Gt => (4, COMPARISON_GREATER_THAN),
        CmpOp::GtE => (5, COMPARISON_GREATER_THAN | COMPARISON_EQUALS),
        CmpOp::Is => return (Opcode::IS_OP, 0),
        CmpOp::IsNot => return (Opcode::IS_OP, 1),
        CmpOp::In => return (Opcode::CONTAINS_OP, 0),
        CmpOp::NotIn => return (Opcode::CONTAINS_OP, 1),
    };
    (Opcode::COMPARE_OP, (cmp << 4) | mask)
}

/// True if `e` is a literal that CPython's parser makes a `Constant` node.
pub fn is_literal(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

impl<'a> Compiler<'a> {
    // ----- Frame blocks -----------------------------------------------------------------

    /// Pushes a frame block (CPython: `compiler_push_fblock`).
    pub fn push_fblock(
        &mut self,
        loc: Location,
        kind: FBlockKind,
        block: Label,
        exit: Option<Label>,
        datum: FBlockDatum,
    ) -> CompileResult<()> {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks", loc));
        }
        self.unit().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    /// Pops the innermost frame block, which is `kind` at `block` (CPython:
    /// `compiler_pop_fblock`).
    pub fn pop_fblock(&mut self, kind: FBlockKind, block: Label) {
        let popped = self.unit().fblocks.pop();
        debug_assert!(popped.is_some_and(|f| f.kind == kind && f.block == block));
    }

    /// The code unit's symbol-table scope is a function-like one (CPython:
    /// `_PyST_IsFunctionLike`).
    fn unit_is_function_like(&self) -> bool {
        let Some(unit) = self.units.last() else {
            return false;
        };
        let Some(scope) = self.symtable.scopes.get(unit.scope.0 as usize) else {
            return matches!(
                unit.kind,
                UnitKind::Function
                    | UnitKind::AsyncFunction
                    | UnitKind::Lambda
                    | UnitKind::Comprehension
            );
        };
        !matches!(scope.kind, ScopeType::Module | ScopeType::Class)
    }

    /// Top-level `await` is allowed here (CPython: `IS_TOP_LEVEL_AWAIT`: the
    /// `PyCF_ALLOW_TOP_LEVEL_AWAIT` flag, in a module scope).
    pub fn is_top_level_await(&self) -> bool {
        self.top_level_await
            && self
                .units
                .last()
                .is_some_and(|u| u.kind == UnitKind::Module)
    }

    /// Calls the `__exit__` of a `with` with three `None`s (CPython:
    /// `compiler_call_exit_with_nones`).
    fn call_exit_with_nones(&mut self, loc: Location) {
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.addop(Opcode::CALL, 2, loc);
    }

    /// CPython: `compiler_pop_except_and_reraise`.
    fn pop_except_and_reraise(&mut self, loc: Location) {
        self.addop(Opcode::COPY, 3, loc);
        self.addop_noarg(Opcode::POP_EXCEPT, loc);
        self.addop(Opcode::RERAISE, 1, loc);
    }

    /// The `SEND` loop of `await` and `yield from` (CPython: `compiler_add_yield_from`).
    pub fn add_yield_from(&mut self, loc: Location, is_await: bool) -> CompileResult<()> {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.add_jump(Opcode::SEND, exit, loc);
        // A virtual try/except catches the StopIteration of a `close()` or `throw()`.
        self.add_jump(Opcode::SETUP_FINALLY, fail, loc);
        self.addop(Opcode::YIELD_VALUE, 0, loc);
        self.addop_noarg(Opcode::POP_BLOCK, Location::NONE);
        let resume = if is_await {
            RESUME_AFTER_AWAIT
        } else {
            RESUME_AFTER_YIELD_FROM
        };
        self.addop(Opcode::RESUME, resume, loc);
        self.add_jump(Opcode::JUMP_NO_INTERRUPT, send, loc);
        self.use_label(fail);
        self.addop_noarg(Opcode::CLEANUP_THROW, loc);
        self.use_label(exit);
        self.addop_noarg(Opcode::END_SEND, loc);
        Ok(())
    }

    /// The statements of the `finally` block recorded at `addr`.
    fn finally_body(&self, addr: usize) -> Option<&'a [Stmt]> {
        self.finally_bodies
            .iter()
            .rev()
            .find(|b| b.as_ptr() as usize == addr)
            .copied()
    }

    /// Emits the code that leaves one frame block early. With `preserve_tos`, the value on
    /// top of the stack (a return value) is kept above whatever is popped. `loc` becomes
    /// artificial after a `finally` body or a `with` exit (CPython: `compiler_unwind_fblock`).
    pub fn unwind_fblock(
        &mut self,
        loc: &mut Location,
        info: &FBlock,
        preserve_tos: bool,
    ) -> CompileResult<()> {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator
            | FBlockKind::StopIteration => Ok(()),
            FBlockKind::ForLoop => {
                // Pop the iterator.
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop_noarg(Opcode::POP_TOP, *loc);
                Ok(())
            }
            FBlockKind::TryExcept => {
                self.addop_noarg(Opcode::POP_BLOCK, *loc);
                Ok(())
            }
            FBlockKind::FinallyTry => {
                // The POP_BLOCK has the location of the statement that unwinds.
                self.addop_noarg(Opcode::POP_BLOCK, *loc);
                if preserve_tos {
                    self.push_fblock(
                        *loc,
                        FBlockKind::PopValue,
                        NO_LABEL,
                        None,
                        FBlockDatum::None,
                    )?;
                }
                let body = match info.datum {
                    FBlockDatum::FinalBody(addr) => self.finally_body(addr),
                    _ => None,
                };
                if let Some(body) = body {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock(FBlockKind::PopValue, NO_LABEL);
                }
                // The finally body appears to run after the unwinding statement.
                *loc = Location::NONE;
                Ok(())
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop_noarg(Opcode::POP_TOP, *loc); // exc_value
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop_noarg(Opcode::POP_BLOCK, *loc);
                self.addop_noarg(Opcode::POP_EXCEPT, *loc);
                Ok(())
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let FBlockDatum::Loc(with_loc) = info.datum {
                    *loc = with_loc;
                }
                self.addop_noarg(Opcode::POP_BLOCK, *loc);
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.call_exit_with_nones(*loc);
                if info.kind == FBlockKind::AsyncWith {
                    self.addop(Opcode::GET_AWAITABLE, 2, *loc);
                    self.load_const(Constant::None, *loc);
                    self.add_yield_from(*loc, true)?;
                }
                self.addop_noarg(Opcode::POP_TOP, *loc);
                // The exit call appears to run after the unwinding statement.
                *loc = Location::NONE;
                Ok(())
            }
            FBlockKind::HandlerCleanup => {
                let name = match &info.datum {
                    FBlockDatum::Name(n) => Some(n.clone()),
                    _ => None,
                };
                if name.is_some() {
                    self.addop_noarg(Opcode::POP_BLOCK, *loc);
                }
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop_noarg(Opcode::POP_BLOCK, *loc);
                self.addop_noarg(Opcode::POP_EXCEPT, *loc);
                if let Some(name) = name {
                    self.load_const(Constant::None, *loc);
                    self.nameop(&name, ExprContext::Store, *loc)?;
                    self.nameop(&name, ExprContext::Del, *loc)?;
                }
                Ok(())
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.addop(Opcode::SWAP, 2, *loc);
                }
                self.addop_noarg(Opcode::POP_TOP, *loc);
                Ok(())
            }
        }
    }

    /// Unwinds the frame-block stack from the innermost block. With `stop_at_loop`, stops at
    /// the innermost loop and returns it (CPython: `compiler_unwind_fblock_stack`).
    pub fn unwind_fblock_stack(
        &mut self,
        loc: &mut Location,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CompileResult<Option<FBlock>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                *loc,
            ));
        }
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let result = self
            .unwind_fblock(loc, &top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(loc, preserve_tos, stop_at_loop));
        self.unit().fblocks.push(top);
        result
    }

    // ----- Conditional jumps ------------------------------------------------------------

    /// Emits a comparison (CPython: `compiler_addcompare`).
    pub fn addop_compare(&mut self, op: CmpOp, loc: Location) {
        let (opcode, oparg) = compare_instruction(op);
        self.addop(opcode, oparg, loc);
    }

    /// Jumps to `target` if `e` is true (`cond`) or false (`!cond`), without materialising
    /// `not`, `and`/`or`, conditional expressions or comparison chains as values
    /// (CPython: `compiler_jump_if`).
    pub fn jump_if(&mut self, e: &Expr, target: Label, cond: bool) -> CompileResult<()> {
        // An expression folded to a constant is a Constant node in CPython.
        if self.expr_constant(e).is_none() && self.folded.negated_compare(e).is_none() {
            match e {
                Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                    return self.jump_if(&u.operand, target, !cond);
                }
                Expr::BoolOp(b) if !b.values.is_empty() => {
                    let cond2 = b.op == BoolOp::Or;
                    let next2 = if cond2 != cond {
                        self.new_label()
                    } else {
                        target
                    };
                    let n = b.values.len() - 1;
                    for v in &b.values[..n] {
                        self.jump_if(v, next2, cond2)?;
                    }
                    self.jump_if(&b.values[n], target, cond)?;
                    if next2 != target {
                        self.use_label(next2);
                    }
                    return Ok(());
                }
                Expr::If(x) => {
                    let end = self.new_label();
                    let next2 = self.new_label();
                    self.jump_if(&x.test, next2, false)?;
                    self.jump_if(&x.body, target, cond)?;
                    self.add_jump(Opcode::JUMP, end, Location::NONE);
                    self.use_label(next2);
                    self.jump_if(&x.orelse, target, cond)?;
                    self.use_label(end);
                    return Ok(());
                }
                Expr::Compare(c) if c.ops.len() > 1 && c.ops.len() == c.comparators.len() => {
                    let loc = self.loc(c.range);
                    self.check_compare(c);
                    let n = c.ops.len() - 1;
                    let cleanup = self.new_label();
                    self.visit_expr(&c.left)?;
                    for i in 0..n {
                        self.visit_expr(&c.comparators[i])?;
                        self.addop(Opcode::SWAP, 2, loc);
                        self.addop(Opcode::COPY, 2, loc);
                        self.addop_compare(c.ops[i], loc);
                        self.add_jump(Opcode::POP_JUMP_IF_FALSE, cleanup, loc);
                    }
                    self.visit_expr(&c.comparators[n])?;
                    self.addop_compare(c.ops[n], loc);
                    let op = if cond {
                        Opcode::POP_JUMP_IF_TRUE
                    } else {
                        Opcode::POP_JUMP_IF_FALSE
                    };
                    self.add_jump(op, target, loc);
                    let end = self.new_label();
                    self.add_jump(Opcode::JUMP, end, Location::NONE);
                    self.use_label(cleanup);
                    self.addop_noarg(Opcode::POP_TOP, loc);
                    if !cond {
                        self.add_jump(Opcode::JUMP, target, Location::NONE);
                    }
                    self.use_label(end);
                    return Ok(());
                }
                _ => {}
            }
        }
        self.visit_expr(e)?;
        let op = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        let loc = match self.folded.negated_compare(e) {
            Some((c, _)) => self.loc(c.range),
            None => self.loc(e.range()),
        };
        self.add_jump(op, target, loc);
        Ok(())
    }

    // ----- if / while / for ---------------------------------------------------------------

    /// `if`/`elif`/`else` (CPython: `compiler_if`; an `elif` is a nested `If` there, whose
    /// end label falls at the same place as the outer one, so one label serves the chain).
    pub fn compile_if(&mut self, s: &'a ast::StmtIf) -> CompileResult<()> {
        let end = self.new_label();
        let mut test: &Expr = &s.test;
        let mut body: &'a [Stmt] = &s.body;
        let mut clauses: &'a [ast::ElifElseClause] = &s.elif_else_clauses;
        loop {
            let next = if clauses.is_empty() {
                end
            } else {
                self.new_label()
            };
            self.jump_if(test, next, false)?;
            self.visit_stmts(body)?;
            let Some((clause, rest)) = clauses.split_first() else {
                break;
            };
            self.add_jump(Opcode::JUMP, end, Location::NONE);
            self.use_label(next);
            match &clause.test {
                Some(t) => {
                    test = t;
                    body = &clause.body;
                    clauses = rest;
                }
                None => {
                    self.visit_stmts(&clause.body)?;
                    break;
                }
            }
        }
        self.use_label(end);
        Ok(())
    }

    /// CPython: `compiler_while`.
    pub fn compile_while(&mut self, s: &'a ast::StmtWhile) -> CompileResult<()> {
        let loc = self.loc(self.compound_range(s.range));
        let loop_ = self.new_label();
        let body = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(loop_);
        self.push_fblock(
            loc,
            FBlockKind::WhileLoop,
            loop_,
            Some(end),
            FBlockDatum::None,
        )?;
        self.jump_if(&s.test, anchor, false)?;
        self.use_label(body);
        self.visit_stmts(&s.body)?;
        self.jump_if(&s.test, body, true)?;
        self.pop_fblock(FBlockKind::WhileLoop, loop_);
        self.use_label(anchor);
        self.visit_stmts(&s.orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `for` and `async for` (CPython: `compiler_for`, `compiler_async_for`).
    pub fn compile_for(&mut self, s: &'a ast::StmtFor) -> CompileResult<()> {
        if s.is_async {
            return self.compile_async_for(s);
        }
        let loc = self.loc(self.compound_range(s.range));
        let start = self.new_label();
        let body = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(
            loc,
            FBlockKind::ForLoop,
            start,
            Some(end),
            FBlockDatum::None,
        )?;
        self.visit_expr(&s.iter)?;
        self.addop_noarg(Opcode::GET_ITER, loc);
        self.use_label(start);
        self.add_jump(Opcode::FOR_ITER, cleanup, loc);
        self.use_label(body);
        self.visit_expr(&s.target)?;
        self.visit_stmts(&s.body)?;
        // The jump back is artificial.
        self.add_jump(Opcode::JUMP, start, Location::NONE);
        self.use_label(cleanup);
        self.addop_noarg(Opcode::END_FOR, Location::NONE);
        self.pop_fblock(FBlockKind::ForLoop, start);
        self.visit_stmts(&s.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn compile_async_for(&mut self, s: &'a ast::StmtFor) -> CompileResult<()> {
        let loc = self.loc(self.compound_range(s.range));
        if self.is_top_level_await() {
            // CPython marks the module scope as a coroutine here (ste_coroutine).
        } else if self.unit().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async for' outside async function", loc));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(&s.iter)?;
        self.addop_noarg(Opcode::GET_AITER, loc);
        self.use_label(start);
        self.push_fblock(
            loc,
            FBlockKind::ForLoop,
            start,
            Some(end),
            FBlockDatum::None,
        )?;
        // SETUP_FINALLY guards the __anext__ call.
        self.add_jump(Opcode::SETUP_FINALLY, except, loc);
        self.addop_noarg(Opcode::GET_ANEXT, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true)?;
        self.addop_noarg(Opcode::POP_BLOCK, loc);
        self.visit_expr(&s.target)?;
        self.visit_stmts(&s.body)?;
        self.add_jump(Opcode::JUMP, start, Location::NONE);
        self.pop_fblock(FBlockKind::ForLoop, start);
        self.use_label(except);
        // END_ASYNC_FOR has the iterator's location: it follows the `for`, not the body.
        let iter_loc = self.loc(s.iter.range());
        self.addop_noarg(Opcode::END_ASYNC_FOR, iter_loc);
        self.visit_stmts(&s.orelse)?;
        self.use_label(end);
        Ok(())
    }

    // ----- return / break / continue ----------------------------------------------------

    /// True if CPython sees `e` as a `Constant` node (a literal or a folded expression).
    pub fn is_constant_expr(&self, e: &Expr) -> bool {
        is_literal(e) || self.expr_constant(e).is_some()
    }

    /// CPython: `compiler_return`.
    pub fn compile_return(&mut self, s: &'a ast::StmtReturn) -> CompileResult<()> {
        let stmt_loc = self.loc(s.range);
        let mut loc = stmt_loc;
        let value = s.value.as_deref();
        let preserve_tos = value.is_some_and(|v| !self.is_constant_expr(v));
        if !self.unit_is_function_like() {
            return Err(self.error("'return' outside function", loc));
        }
        if value.is_some() {
            let scope = self.units.last().map(|u| u.scope);
            if let Some(sc) = scope.and_then(|id| self.symtable.scopes.get(id.0 as usize)) {
                if sc.coroutine && sc.generator {
                    return Err(self.error("'return' with value in async generator", loc));
                }
            }
        }
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            // An instruction with the line number of the return value.
            loc = self.loc(v.range());
            self.addop_noarg(Opcode::NOP, loc);
        }
        let value_line_differs = match value {
            None => true,
            Some(v) => self.loc(v.range()).lineno != stmt_loc.lineno,
        };
        if value_line_differs {
            loc = stmt_loc;
            self.addop_noarg(Opcode::NOP, loc);
        }
        self.unwind_fblock_stack(&mut loc, preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None, loc),
            Some(v) if !preserve_tos => self.load_constant_expr(v, loc)?,
            Some(_) => {}
        }
        self.addop_noarg(Opcode::RETURN_VALUE, loc);
        Ok(())
    }

    /// Loads the value of a constant expression with location `loc`.
    fn load_constant_expr(&mut self, e: &Expr, loc: Location) -> CompileResult<()> {
        if let Some(c) = self.expr_constant(e) {
            self.load_const(c, loc);
            return Ok(());
        }
        // A literal: its one LOAD_CONST takes the statement's location.
        self.visit_expr(e)?;
        if let Some(last) = self.unit().seq.instrs.last_mut() {
            last.loc = loc;
        }
        Ok(())
    }

    /// CPython: `compiler_break`.
    pub fn compile_break(&mut self, s: &ast::StmtBreak) -> CompileResult<()> {
        let origin = self.loc(s.range);
        let mut loc = origin;
        self.addop_noarg(Opcode::NOP, loc);
        let Some(lp) = self.unwind_fblock_stack(&mut loc, false, true)? else {
            return Err(self.error("'break' outside loop", origin));
        };
        self.unwind_fblock(&mut loc, &lp, false)?;
        if let Some(exit) = lp.exit {
            self.add_jump(Opcode::JUMP, exit, loc);
        }
        Ok(())
    }

    /// CPython: `compiler_continue`.
    pub fn compile_continue(&mut self, s: &ast::StmtContinue) -> CompileResult<()> {
        let origin = self.loc(s.range);
        let mut loc = origin;
        self.addop_noarg(Opcode::NOP, loc);
        let Some(lp) = self.unwind_fblock_stack(&mut loc, false, true)? else {
            return Err(self.error("'continue' not properly in loop", origin));
        };
        self.add_jump(Opcode::JUMP, lp.block, loc);
        Ok(())
    }

    // ----- try ---------------------------------------------------------------------------

    /// `try` and `try`/`except*` (CPython: `compiler_try`, `compiler_try_star`).
    pub fn compile_try(&mut self, s: &'a ast::StmtTry) -> CompileResult<()> {
        if !s.finalbody.is_empty() {
            self.compile_try_finally(s)
        } else if s.is_star {
            self.compile_try_star_except(s)
        } else {
            self.compile_try_except(s)
        }
    }

    /// CPython: `compiler_try_finally` and `compiler_try_star_finally`.
    fn compile_try_finally(&mut self, s: &'a ast::StmtTry) -> CompileResult<()> {
        let loc = self.loc(self.compound_range(s.range));
        let body = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let finalbody: &'a [Stmt] = &s.finalbody;

        // The `try` block.
        self.add_jump(Opcode::SETUP_FINALLY, end, loc);
        self.use_label(body);
        self.push_fblock(
            loc,
            FBlockKind::FinallyTry,
            body,
            Some(end),
            FBlockDatum::FinalBody(finalbody.as_ptr() as usize),
        )?;
        self.finally_bodies.push(finalbody);
        let r = if !s.handlers.is_empty() {
            if s.is_star {
                self.compile_try_star_except(s)
            } else {
                self.compile_try_except(s)
            }
        } else {
            self.visit_stmts(&s.body)
        };
        self.finally_bodies.pop();
        r?;
        self.addop_noarg(Opcode::POP_BLOCK, Location::NONE);
        self.pop_fblock(FBlockKind::FinallyTry, body);
        self.visit_stmts(finalbody)?;
        self.add_jump(Opcode::JUMP, exit, Location::NONE);

        // The `finally` block, entered with the exception.
        self.use_label(end);
        let loc = Location::NONE;
        self.add_jump(Opcode::SETUP_CLEANUP, cleanup, loc);
        self.addop_noarg(Opcode::PUSH_EXC_INFO, loc);
        self.push_fblock(loc, FBlockKind::FinallyEnd, end, None, FBlockDatum::None)?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock(FBlockKind::FinallyEnd, end);
        self.addop(Opcode::RERAISE, 0, loc);
        self.use_label(cleanup);
        self.pop_except_and_reraise(loc);
        self.use_label(exit);
        Ok(())
    }

    /// CPython: `compiler_try_except`.
    fn compile_try_except(&mut self, s: &'a ast::StmtTry) -> CompileResult<()> {
        let loc = self.loc(self.compound_range(s.range));
        let body = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();

        self.add_jump(Opcode::SETUP_FINALLY, except, loc);
        self.use_label(body);
        self.push_fblock(loc, FBlockKind::TryExcept, body, None, FBlockDatum::None)?;
        self.visit_stmts(&s.body)?;
        self.pop_fblock(FBlockKind::TryExcept, body);
        self.addop_noarg(Opcode::POP_BLOCK, Location::NONE);
        self.visit_stmts(&s.orelse)?;
        self.add_jump(Opcode::JUMP, end, Location::NONE);
        let n = s.handlers.len();

        self.use_label(except);
        self.add_jump(Opcode::SETUP_CLEANUP, cleanup, Location::NONE);
        self.addop_noarg(Opcode::PUSH_EXC_INFO, Location::NONE);
        // The runtime pushes a block here.
        self.push_fblock(
            loc,
            FBlockKind::ExceptionHandler,
            NO_LABEL,
            None,
            FBlockDatum::None,
        )?;
        for (i, handler) in s.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = handler;
            let hloc = self.loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", hloc));
            }
            except = self.new_label();
            if let Some(t) = &h.type_ {
                self.visit_expr(t)?;
                self.addop_noarg(Opcode::CHECK_EXC_MATCH, hloc);
                self.add_jump(Opcode::POP_JUMP_IF_FALSE, except, hloc);
            }
            if let Some(name) = &h.name {
                let name: Rc<str> = name.as_str().into();
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(&name, ExprContext::Store, hloc)?;
                // The handler body runs in a `try: ... finally: name = None; del name`.
                self.add_jump(Opcode::SETUP_CLEANUP, cleanup_end, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(
                    hloc,
                    FBlockKind::HandlerCleanup,
                    cleanup_body,
                    None,
                    FBlockDatum::Name(name.clone()),
                )?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock(FBlockKind::HandlerCleanup, cleanup_body);
                let none = Location::NONE;
                self.addop_noarg(Opcode::POP_BLOCK, none);
                self.addop_noarg(Opcode::POP_BLOCK, none);
                self.addop_noarg(Opcode::POP_EXCEPT, none);
                self.load_const(Constant::None, none);
                self.nameop(&name, ExprContext::Store, none)?;
                self.nameop(&name, ExprContext::Del, none)?;
                self.add_jump(Opcode::JUMP, end, none);

                self.use_label(cleanup_end);
                self.load_const(Constant::None, none);
                self.nameop(&name, ExprContext::Store, none)?;
                self.nameop(&name, ExprContext::Del, none)?;
                self.addop(Opcode::RERAISE, 1, none);
            } else {
                let cleanup_body = self.new_label();
                self.addop_noarg(Opcode::POP_TOP, hloc); // exc_value
                self.use_label(cleanup_body);
                self.push_fblock(
                    hloc,
                    FBlockKind::HandlerCleanup,
                    cleanup_body,
                    None,
                    FBlockDatum::None,
                )?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock(FBlockKind::HandlerCleanup, cleanup_body);
                self.addop_noarg(Opcode::POP_BLOCK, Location::NONE);
                self.addop_noarg(Opcode::POP_EXCEPT, Location::NONE);
                self.add_jump(Opcode::JUMP, end, Location::NONE);
            }
            self.use_label(except);
        }
        self.pop_fblock(FBlockKind::ExceptionHandler, NO_LABEL);
        self.addop(Opcode::RERAISE, 0, Location::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(Location::NONE);
        self.use_label(end);
        Ok(())
    }

    /// CPython: `compiler_try_star_except`.
    fn compile_try_star_except(&mut self, s: &'a ast::StmtTry) -> CompileResult<()> {
        let loc = self.loc(self.compound_range(s.range));
        let none = Location::NONE;
        let body = self.new_label();
        let mut except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();

        self.add_jump(Opcode::SETUP_FINALLY, except, loc);
        self.use_label(body);
        self.push_fblock(loc, FBlockKind::TryExcept, body, None, FBlockDatum::None)?;
        self.visit_stmts(&s.body)?;
        self.pop_fblock(FBlockKind::TryExcept, body);
        self.addop_noarg(Opcode::POP_BLOCK, none);
        self.add_jump(Opcode::JUMP, orelse, none);
        let n = s.handlers.len();

        self.use_label(except);
        self.add_jump(Opcode::SETUP_CLEANUP, cleanup, none);
        self.addop_noarg(Opcode::PUSH_EXC_INFO, none);
        self.push_fblock(
            loc,
            FBlockKind::ExceptionGroupHandler,
            NO_LABEL,
            None,
            FBlockDatum::None,
        )?;
        for (i, handler) in s.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = handler;
            let hloc = self.loc(h.range);
            except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // The list of exceptions raised or re-raised by the handlers, and a copy of
                // the original exception group.
                self.addop(Opcode::BUILD_LIST, 0, hloc);
                self.addop(Opcode::COPY, 2, hloc);
            }
            if let Some(t) = &h.type_ {
                self.visit_expr(t)?;
                self.addop_noarg(Opcode::CHECK_EG_MATCH, hloc);
                self.addop(Opcode::COPY, 1, hloc);
                self.add_jump(Opcode::POP_JUMP_IF_NONE, no_match, hloc);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            let name: Option<Rc<str>> = h.name.as_ref().map(|n| n.as_str().into());
            match &name {
                Some(name) => self.nameop(name, ExprContext::Store, hloc)?,
                None => self.addop_noarg(Opcode::POP_TOP, hloc), // match
            }
            self.add_jump(Opcode::SETUP_CLEANUP, cleanup_end, hloc);
            self.use_label(cleanup_body);
            let datum = match &name {
                Some(n) => FBlockDatum::Name(n.clone()),
                None => FBlockDatum::None,
            };
            self.push_fblock(hloc, FBlockKind::HandlerCleanup, cleanup_body, None, datum)?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock(FBlockKind::HandlerCleanup, cleanup_body);
            self.addop_noarg(Opcode::POP_BLOCK, none);
            if let Some(name) = &name {
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
            }
            self.add_jump(Opcode::JUMP, except, none);

            self.use_label(cleanup_end);
            if let Some(name) = &name {
                self.load_const(Constant::None, none);
                self.nameop(name, ExprContext::Store, none)?;
                self.nameop(name, ExprContext::Del, none)?;
            }
            // Add the exception raised in the handler to the result list.
            self.addop(Opcode::LIST_APPEND, 3, none); // exc
            self.addop_noarg(Opcode::POP_TOP, none); // lasti
            self.add_jump(Opcode::JUMP, except_with_error, none);

            self.use_label(except);
            self.addop_noarg(Opcode::NOP, none); // holds a propagated location
            self.add_jump(Opcode::JUMP, except_with_error, none);

            self.use_label(no_match);
            self.addop_noarg(Opcode::POP_TOP, hloc); // match (None)

            self.use_label(except_with_error);
            if i + 1 == n {
                // Add the unhandled rest of the group (or None) to the list.
                self.addop(Opcode::LIST_APPEND, 1, none);
                self.add_jump(Opcode::JUMP, reraise_star, none);
            }
        }
        self.pop_fblock(FBlockKind::ExceptionGroupHandler, NO_LABEL);
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.addop(
            Opcode::CALL_INTRINSIC_2,
            ouro_bytecode::opcode::INTRINSIC_PREP_RERAISE_STAR,
            none,
        );
        self.addop(Opcode::COPY, 1, none);
        self.add_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise, none);
        // Nothing to re-raise.
        self.addop_noarg(Opcode::POP_TOP, none);
        self.addop_noarg(Opcode::POP_BLOCK, none);
        self.addop_noarg(Opcode::POP_EXCEPT, none);
        self.add_jump(Opcode::JUMP, end, none);

        self.use_label(reraise);
        self.addop_noarg(Opcode::POP_BLOCK, none);
        self.addop(Opcode::SWAP, 2, none);
        self.addop_noarg(Opcode::POP_EXCEPT, none);
        self.addop(Opcode::RERAISE, 0, none);

        self.use_label(cleanup);
        self.pop_except_and_reraise(none);

        self.use_label(orelse);
        self.visit_stmts(&s.orelse)?;
        self.use_label(end);
        Ok(())
    }

    // ----- with ----------------------------------------------------------------------------

    /// `with` and `async with` (CPython: `compiler_with`, `compiler_async_with`).
    pub fn compile_with(&mut self, s: &'a ast::StmtWith) -> CompileResult<()> {
        if s.is_async {
            self.compile_async_with_item(s, 0)
        } else {
            self.compile_with_item(s, 0)
        }
    }

    /// The exceptional exit of a `with`: re-raise unless `__exit__` returned true
    /// (CPython: `compiler_with_except_finish`).
    fn with_except_finish(&mut self, cleanup: Label) {
        let none = Location::NONE;
        let suppress = self.new_label();
        self.add_jump(Opcode::POP_JUMP_IF_TRUE, suppress, none);
        self.addop(Opcode::RERAISE, 2, none);
        self.use_label(suppress);
        self.addop_noarg(Opcode::POP_TOP, none); // exc_value
        self.addop_noarg(Opcode::POP_BLOCK, none);
        self.addop_noarg(Opcode::POP_EXCEPT, none);
        self.addop_noarg(Opcode::POP_TOP, none);
        self.addop_noarg(Opcode::POP_TOP, none);
        let exit = self.new_label();
        self.add_jump(Opcode::JUMP, exit, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(exit);
    }

    fn compile_with_item(&mut self, s: &'a ast::StmtWith, pos: usize) -> CompileResult<()> {
        let Some(item) = s.items.get(pos) else {
            return self.visit_stmts(&s.body);
        };
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();

        self.visit_expr(&item.context_expr)?;
        let loc = self.loc(self.compound_range(s.range));
        self.addop_noarg(Opcode::BEFORE_WITH, loc);
        self.add_jump(Opcode::SETUP_WITH, final_, loc);

        self.use_label(block);
        self.push_fblock(
            loc,
            FBlockKind::With,
            block,
            Some(final_),
            FBlockDatum::Loc(loc),
        )?;
        match &item.optional_vars {
            Some(target) => self.visit_expr(target)?,
            // Discard the result of __enter__().
            None => self.addop_noarg(Opcode::POP_TOP, loc),
        }
        if pos + 1 == s.items.len() {
            self.visit_stmts(&s.body)?;
        } else {
            self.compile_with_item(s, pos + 1)?;
        }
        self.addop_noarg(Opcode::POP_BLOCK, Location::NONE);
        self.pop_fblock(FBlockKind::With, block);

        // Normal exit: __exit__(None, None, None).
        self.call_exit_with_nones(loc);
        self.addop_noarg(Opcode::POP_TOP, loc);
        self.add_jump(Opcode::JUMP, exit, loc);

        // Exceptional exit.
        self.use_label(final_);
        self.add_jump(Opcode::SETUP_CLEANUP, cleanup, loc);
        self.addop_noarg(Opcode::PUSH_EXC_INFO, loc);
        self.addop_noarg(Opcode::WITH_EXCEPT_START, loc);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    fn compile_async_with_item(&mut self, s: &'a ast::StmtWith, pos: usize) -> CompileResult<()> {
        let loc = self.loc(self.compound_range(s.range));
        let Some(item) = s.items.get(pos) else {
            return self.visit_stmts(&s.body);
        };
        if self.is_top_level_await() {
            // CPython marks the module scope as a coroutine here (ste_coroutine).
        } else if self.unit().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async with' outside async function", loc));
        }
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();

        self.visit_expr(&item.context_expr)?;
        self.addop_noarg(Opcode::BEFORE_ASYNC_WITH, loc);
        self.addop(Opcode::GET_AWAITABLE, 1, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true)?;
        self.add_jump(Opcode::SETUP_WITH, final_, loc);

        self.use_label(block);
        self.push_fblock(
            loc,
            FBlockKind::AsyncWith,
            block,
            Some(final_),
            FBlockDatum::Loc(loc),
        )?;
        match &item.optional_vars {
            Some(target) => self.visit_expr(target)?,
            // Discard the result of __aenter__().
            None => self.addop_noarg(Opcode::POP_TOP, loc),
        }
        if pos + 1 == s.items.len() {
            self.visit_stmts(&s.body)?;
        } else {
            self.compile_async_with_item(s, pos + 1)?;
        }
        self.pop_fblock(FBlockKind::AsyncWith, block);
        self.addop_noarg(Opcode::POP_BLOCK, loc);

        // Normal exit: await __aexit__(None, None, None).
        self.call_exit_with_nones(loc);
        self.addop(Opcode::GET_AWAITABLE, 2, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true)?;
        self.addop_noarg(Opcode::POP_TOP, loc);
        self.add_jump(Opcode::JUMP, exit, loc);

        // Exceptional exit.
        self.use_label(final_);
        self.add_jump(Opcode::SETUP_CLEANUP, cleanup, loc);
        self.addop_noarg(Opcode::PUSH_EXC_INFO, loc);
        self.addop_noarg(Opcode::WITH_EXCEPT_START, loc);
        self.addop(Opcode::GET_AWAITABLE, 2, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true)?;
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }
}
