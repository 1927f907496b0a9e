//! Statements other than control flow: assignments, imports, definitions.
//! CPython counterpart: `compiler_visit_stmt` and its helpers in Python/compile.c.

use super::Compiler;
use crate::error::CompileResult;
use ouro_bytecode::CodeObject;

impl Compiler<'_> {
    pub fn compile_module_body(
        &mut self,
        _module: &ruff_python_ast::ModModule,
    ) -> CompileResult<CodeObject> {
        Err(crate::error::CompileError::syntax(
            "code generation is not written yet",
            crate::instruction_sequence::Location::line(1),
        ))
    }
}
