//! Temporary stand-ins for the control-flow methods that the `cg-control` branch writes in
//! control.rs and pattern.rs, so that this branch builds on its own. The lead deletes this file
//! when both branches are merged. Every stub returns a "not implemented" error.

use super::{Compiler, FBlockDatum, FBlockKind};
use crate::error::CompileResult;
use crate::instruction_sequence::{Label, Location};
use ruff_python_ast as ast;

fn not_implemented<T>(c: &Compiler<'_>, what: &str) -> CompileResult<T> {
    Err(c.error(format!("{what}: not implemented"), Location::NONE))
}

impl Compiler<'_> {
    pub fn compile_if(&mut self, _s: &ast::StmtIf) -> CompileResult<()> {
        not_implemented(self, "if")
    }
    pub fn compile_while(&mut self, _s: &ast::StmtWhile) -> CompileResult<()> {
        not_implemented(self, "while")
    }
    pub fn compile_for(&mut self, _s: &ast::StmtFor) -> CompileResult<()> {
        not_implemented(self, "for")
    }
    pub fn compile_return(&mut self, _s: &ast::StmtReturn) -> CompileResult<()> {
        not_implemented(self, "return")
    }
    pub fn compile_break(&mut self, _s: &ast::StmtBreak) -> CompileResult<()> {
        not_implemented(self, "break")
    }
    pub fn compile_continue(&mut self, _s: &ast::StmtContinue) -> CompileResult<()> {
        not_implemented(self, "continue")
    }
    pub fn compile_try(&mut self, _s: &ast::StmtTry) -> CompileResult<()> {
        not_implemented(self, "try")
    }
    pub fn compile_with(&mut self, _s: &ast::StmtWith) -> CompileResult<()> {
        not_implemented(self, "with")
    }
    pub fn compile_match(&mut self, _s: &ast::StmtMatch) -> CompileResult<()> {
        not_implemented(self, "match")
    }
    pub fn jump_if(&mut self, _e: &ast::Expr, _target: Label, _cond: bool) -> CompileResult<()> {
        not_implemented(self, "conditional jump")
    }
    pub fn add_yield_from(&mut self, _loc: Location, _is_await: bool) -> CompileResult<()> {
        not_implemented(self, "yield from")
    }
    pub fn push_fblock(
        &mut self,
        _loc: Location,
        _kind: FBlockKind,
        _block: Label,
        _exit: Option<Label>,
        _datum: FBlockDatum,
    ) -> CompileResult<()> {
        not_implemented(self, "frame block")
    }
    pub fn pop_fblock(&mut self, _kind: FBlockKind, _block: Label) {}
}
