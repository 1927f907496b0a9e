//! Annotations as strings for `from __future__ import annotations`.
//! CPython counterpart: Python/ast_unparse.c (`_PyAST_ExprAsUnicode`).
//! For now the annotation's source text is used; CPython re-renders the expression (its
//! spacing, quotes and parentheses), which differs for unusual spellings.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

/// The string CPython stores for a postponed annotation.
pub fn unparse_expr(e: &Expr, source: &str) -> String {
    let r = e.range();
    let start = u32::from(r.start()) as usize;
    let end = u32::from(r.end()) as usize;
    source.get(start..end).unwrap_or("").to_string()
}
