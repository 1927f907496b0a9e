//! Parsing: runs ruff_python_parser for Python 3.12 and turns its errors into the
//! SyntaxError/IndentationError/TabError CPython raises for the same source.
//! CPython counterpart: Parser/pegen.c, Parser/pegen_errors.c, Parser/tokenizer.c.

use crate::error::{CompileError, CompileResult, ErrorKind};
use crate::source::SourceIndex;
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions, Parsed};

/// Parses a module as CPython 3.12 does (`compile(source, filename, "exec")`'s parse step).
pub fn parse_module(source: &str) -> CompileResult<Parsed<ModModule>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let index = SourceIndex::new(source);
    if let Some(e) = parsed.errors().first() {
        let (line, col) = index.line_col(e.location.start());
        return Err(CompileError::new(
            ErrorKind::SyntaxError,
            "invalid syntax",
            line,
            col + 1,
            line,
            col + 1,
        ));
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        let (line, col) = index.line_col(e.range.start());
        return Err(CompileError::new(
            ErrorKind::SyntaxError,
            "invalid syntax",
            line,
            col + 1,
            line,
            col + 1,
        ));
    }
    match parsed.try_into_module() {
        Some(m) => Ok(m),
        None => Err(CompileError::new(
            ErrorKind::SyntaxError,
            "invalid syntax",
            1,
            1,
            1,
            1,
        )),
    }
}
