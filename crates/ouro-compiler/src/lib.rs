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
pub mod instruction_sequence;
pub mod limits;
pub mod source;
pub mod symtable;

pub use error::{CompileError, CompileResult, ErrorKind};
use ouro_bytecode::CodeObject;

/// Compiles the source of a module (CPython: `compile(source, filename, "exec")`), with
/// enough stack for the deepest tree the limits let through, on any thread.
pub fn compile_module(source: &str, filename: &str, optimize: u32) -> CompileResult<CodeObject> {
    limits::with_stack(source, || {
        compile_module_unguarded(source, filename, optimize)
    })
}

fn compile_module_unguarded(
    source: &str,
    filename: &str,
    optimize: u32,
) -> CompileResult<CodeObject> {
    let parsed = limits::parse_module(source)?.map_err(|e| {
        // TODO: map each parser error to CPython's exact message and exception type.
        let index = source::SourceIndex::new(source);
        let (line, col) = index.line_col(e.location.start());
        CompileError::new(
            ErrorKind::SyntaxError,
            "invalid syntax",
            line,
            col + 1,
            line,
            col + 1,
        )
    })?;
    let module = parsed.into_syntax();
    let index = source::SourceIndex::new(source);
    let folded = ast_opt::fold_module(&module, optimize);
    let table = symtable::build(&module, &index, filename)?;
    codegen::compile_module(&module, &table, &folded, &index, filename, optimize)
}
