//! `from __future__ import ...` at the top of a module: which features are on, and the
//! SyntaxErrors for unknown features.
//! CPython counterpart: Python/future.c.

use crate::error::{CompileError, CompileResult};
use crate::source::SourceIndex;
use ruff_python_ast::{Expr, ModModule, Stmt};

/// The future features a module enables (CPython: `PyFutureFeatures`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations` (CPython: CO_FUTURE_ANNOTATIONS).
    pub annotations: bool,
    /// `barry_as_FLUFL` (CPython: CO_FUTURE_BARRY_AS_BDFL).
    pub barry_as_flufl: bool,
    /// Line of the last future import, 0 if none (CPython: ff_location.lineno).
    pub lineno: i32,
}

/// Reads the future imports that open a module (after an optional docstring)
/// (CPython: `future_parse`, `future_check_features`).
pub fn future_features(module: &ModModule, source: &SourceIndex) -> CompileResult<FutureFeatures> {
    let mut ff = FutureFeatures::default();
    let body = &module.body;
    let mut i = 0;
    if let Some(Stmt::Expr(e)) = body.first() {
        if matches!(&*e.value, Expr::StringLiteral(_)) {
            i = 1;
        }
    }
    for s in &body[i.min(body.len())..] {
        let Stmt::ImportFrom(imp) = s else {
            break;
        };
        if imp.module.as_ref().map(|m| m.id.as_str()) != Some("__future__") {
            break;
        }
        let loc = source.location(imp.range);
        // CPython gives these errors a start only (future.c: `PyErr_SyntaxLocationObject`).
        let point = |msg: String| {
            let mut e = CompileError::syntax(msg, loc);
            e.end_lineno = e.lineno;
            e.end_offset = 0;
            e
        };
        for alias in &imp.names {
            match alias.name.id.as_str() {
                "nested_scopes" | "generators" | "division" | "absolute_import"
                | "with_statement" | "print_function" | "unicode_literals" | "generator_stop" => {}
                "barry_as_FLUFL" => ff.barry_as_flufl = true,
                "annotations" => ff.annotations = true,
                "braces" => return Err(point("not a chance".into())),
                other => {
                    let name: String = other.chars().take(100).collect();
                    return Err(point(format!("future feature {name} is not defined")));
                }
            }
        }
        ff.lineno = loc.lineno;
    }
    Ok(ff)
}
