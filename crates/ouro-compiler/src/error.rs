//! Compile errors: the SyntaxError family with CPython's location data.
//! CPython counterpart: the SyntaxError raised by Parser/pegen_errors.c and Python/compile.c.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The compiler's recursion limit (CPython: ast_opt.c/symtable.c, "maximum recursion depth
    /// exceeded during compilation"); no location.
    RecursionError,
    /// The parser's stack limit (CPython: pegen's MAXSTACK, "Parser stack overflowed - Python
    /// source too complex to parse"); no location.
    MemoryError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A compile error as CPython reports it: `SyntaxError(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))`. Offsets are 1-based, as in the exception's attributes; 0 where
/// CPython gives none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: i32,
    pub offset: i32,
    pub end_lineno: i32,
    pub end_offset: i32,
    /// Raised after parsing (symbol table, code generation): CPython then reads the `text`
    /// of the error from the file named in it, not from the source string.
    pub after_parse: bool,
}

impl CompileError {
    pub fn new(
        kind: ErrorKind,
        msg: impl Into<String>,
        lineno: i32,
        offset: i32,
        end_lineno: i32,
        end_offset: i32,
    ) -> Self {
        CompileError {
            kind,
            msg: msg.into(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            after_parse: false,
        }
    }

    /// A SyntaxError at a compiler location (0-based byte columns, as `Location`).
    pub fn syntax(msg: impl Into<String>, loc: crate::instruction_sequence::Location) -> Self {
        let mut e = CompileError::new(
            ErrorKind::SyntaxError,
            msg,
            loc.lineno,
            loc.col_offset + 1,
            loc.end_lineno,
            loc.end_col_offset + 1,
        );
        e.after_parse = true;
        e
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {})",
            self.kind.name(),
            self.msg,
            self.lineno
        )
    }
}

impl std::error::Error for CompileError {}

pub type CompileResult<T> = Result<T, CompileError>;
