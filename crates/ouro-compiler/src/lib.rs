//! ouro-compiler: Python 3.12 source to CPython 3.12 code objects.
//! Pipeline: parse (ruff_python_parser) → AST constant folding (`ast_opt`) → symbol table
//! (`symtable`) → code generation (`codegen`, an instruction sequence per code unit) →
//! control-flow-graph optimisation (`flowgraph`) → assembly (`assemble`).
//! **Invariant:** the compiler knows nothing about the VM; its output is plain data
//! (`ouro_bytecode::CodeObject`).
#![forbid(unsafe_code)]

pub mod assemble;
pub mod ast_opt;
pub mod codegen;
pub mod error;
pub mod flowgraph;
pub mod future;
pub mod instruction_sequence;
pub mod limits;
pub mod parse;
pub mod source;
pub mod symtable;
pub mod warnings;

pub use error::{CompileError, CompileResult, ErrorKind};
use ouro_bytecode::CodeObject;

/// Compiles the source of a module (CPython: `compile(source, filename, "exec")`), with
/// enough stack for the deepest tree the limits let through, on any thread.
pub fn compile_module(source: &str, filename: &str, optimize: u32) -> CompileResult<CodeObject> {
    limits::with_stack(source, || {
        compile_module_unguarded(source, filename, optimize, false)
    })
}

/// `compile_module` for the source of a file that Python runs (`python3.12 FILE`): the same
/// code object, and the parser's errors located as CPython locates them when it reads a file
/// (see `parse::parse_file`).
pub fn compile_file(source: &str, filename: &str, optimize: u32) -> CompileResult<CodeObject> {
    limits::with_stack(source, || {
        compile_module_unguarded(source, filename, optimize, true)
    })
}

/// The three modes of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module (`"exec"`).
    Exec,
    /// One expression whose value the code returns (`"eval"`).
    Eval,
    /// One interactive statement whose expression statements print their values (`"single"`).
    Single,
}

/// `compile(source, filename, mode)` (CPython: `Py_CompileStringObject`). In `Eval` mode the
/// source must be one expression; leading spaces and tabs are ignored as `eval()` does.
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> CompileResult<CodeObject> {
    match mode {
        Mode::Exec => compile_module(source, filename, optimize),
        Mode::Eval | Mode::Single => limits::with_stack(source, || {
            compile_mode_unguarded(source, filename, mode, optimize)
        }),
    }
}

/// Parses a module, with CPython's limits checked around the parser: the parser proper maps
/// ruff's errors to CPython's; the limits module decides where CPython's own limits (nesting,
/// recursion, digits) stop a source first. `file_mode` locates parser errors as CPython does
/// for a file it runs (see `parse::parse_file`).
fn parse_within_limits(source: &str, file_mode: bool) -> CompileResult<ruff_python_ast::ModModule> {
    let parsed = if file_mode {
        parse::parse_file(source)
    } else {
        parse::parse_module(source)
    };
    match parsed {
        Ok(parsed) => {
            limits::check_parsed(parsed.syntax(), source)?;
            Ok(parsed.into_syntax())
        }
        Err(e) => Err(match limits::parse_module(source) {
            Err(limit_error) => limit_error,
            Ok(_) => e,
        }),
    }
}

fn compile_mode_unguarded(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> CompileResult<CodeObject> {
    let module = parse_within_limits(source, false).map_err(|mut e| {
        // A string compiled in eval or single mode has no NEWLINE token added at its end: an
        // "invalid syntax" there points at no column (CPython's ENDMARKER position).
        let last_line = source.split('\n').count() as i32;
        let at_end = e.lineno == last_line
            && e.offset as usize == source.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        if e.msg == "invalid syntax" && !source.ends_with('\n') && at_end {
            e.offset = 0;
            e.end_offset = 0;
        }
        e
    })?;
    let index = source::SourceIndex::new(source);
    if mode == Mode::Single {
        single_statement_check(&module, source, &index)?;
    }
    if mode == Mode::Eval {
        let only_expr =
            module.body.len() == 1 && matches!(module.body[0], ruff_python_ast::Stmt::Expr(_));
        if !only_expr {
            // CPython's eval grammar is `expressions NEWLINE* ENDMARKER`: the error is at the
            // first token after the longest leading expression (or at the statement's
            // keyword when it does not start with one).
            let (lineno, offset) = match module.body.first() {
                Some(stmt) => {
                    use ruff_python_ast::Stmt;
                    use ruff_text_size::Ranged;
                    let expr_end = match stmt {
                        Stmt::Expr(e) => Some(e.range().end()),
                        Stmt::Assign(a) => a.targets.first().map(|t| t.range().end()),
                        Stmt::AugAssign(a) => Some(a.target.range().end()),
                        Stmt::AnnAssign(a) => Some(a.target.range().end()),
                        _ => None,
                    };
                    let at = match expr_end {
                        Some(end) => {
                            let end = usize::from(end);
                            let rest = &source[end..];
                            let skipped = rest.len()
                                - rest
                                    .trim_start_matches(|c: char| c.is_whitespace() || c == '\\')
                                    .len();
                            ruff_text_size::TextSize::try_from(end + skipped)
                                .unwrap_or(stmt.range().start())
                        }
                        None => stmt.range().start(),
                    };
                    let (line, col) = index.line_col(at);
                    (line, col + 1)
                }
                None => (0, 0),
            };
            return Err(CompileError::new(
                ErrorKind::SyntaxError,
                "invalid syntax",
                lineno,
                offset,
                lineno,
                offset,
            ));
        }
    }
    let folded = ast_opt::fold_module_with_source(&module, optimize, Some(source));
    let table = symtable::build_with_text(&module, source, &index, filename)?;
    codegen::compile_module_mode(&module, &table, &folded, &index, filename, optimize, mode)
}

/// `single` mode takes one statement: simple statements on one line, or one compound
/// statement (CPython's `single_input`); anything after is refused as CPython refuses it.
fn single_statement_check(
    module: &ruff_python_ast::ModModule,
    source: &str,
    index: &source::SourceIndex,
) -> CompileResult<()> {
    use ruff_text_size::Ranged;
    let Some(first) = module.body.first() else {
        return Ok(());
    };
    let (first_line, _) = index.line_col(first.range().start());
    let Some(second) = module
        .body
        .iter()
        .find(|s| index.line_col(s.range().start()).0 != first_line)
    else {
        return Ok(());
    };
    use ruff_python_ast::Stmt;
    let compound = matches!(
        first,
        Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::Match(_)
    );
    if compound {
        let (line, col) = index.line_col(second.range().start());
        return Err(CompileError::new(
            ErrorKind::SyntaxError,
            "invalid syntax",
            line,
            col + 1,
            line,
            col + 2,
        ));
    }
    // The error is at the NEWLINE that ends the first logical line.
    let (end_line, _) = index.line_col(first.range().end());
    let text = source
        .split('\n')
        .nth((end_line - 1) as usize)
        .unwrap_or("");
    let offset = text.trim_end_matches('\r').chars().count() as i32 + 1;
    Err(CompileError::new(
        ErrorKind::SyntaxError,
        "multiple statements found while compiling a single statement",
        end_line,
        offset,
        end_line,
        offset + 1,
    ))
}

fn compile_module_unguarded(
    source: &str,
    filename: &str,
    optimize: u32,
    file_mode: bool,
) -> CompileResult<CodeObject> {
    let module = parse_within_limits(source, file_mode)?;
    let index = source::SourceIndex::new(source);
    let folded = ast_opt::fold_module_with_source(&module, optimize, Some(source));
    let table = symtable::build_with_text(&module, source, &index, filename)?;
    codegen::compile_module(&module, &table, &folded, &index, filename, optimize)
}
