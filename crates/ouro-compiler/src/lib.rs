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

fn compile_module_unguarded(
    source: &str,
    filename: &str,
    optimize: u32,
    file_mode: bool,
) -> CompileResult<CodeObject> {
    // The parser proper maps ruff's errors to CPython's; the limits module decides where
    // CPython's own limits (nesting, recursion, digits) stop a source first.
    let parsed = match if file_mode {
        parse::parse_file(source)
    } else {
        parse::parse_module(source)
    } {
        Ok(parsed) => {
            limits::check_parsed(parsed.syntax(), source)?;
            parsed
        }
        Err(e) => {
            return Err(match limits::parse_module(source) {
                Err(limit_error) => limit_error,
                Ok(_) => e,
            })
        }
    };
    let module = parsed.into_syntax();
    let index = source::SourceIndex::new(source);
    let folded = ast_opt::fold_module_with_source(&module, optimize, Some(source));
    let table = symtable::build_with_text(&module, source, &index, filename)?;
    codegen::compile_module(&module, &table, &folded, &index, filename, optimize)
}
