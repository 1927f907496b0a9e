//! Assembly: from the optimised CFG to a code object: `co_code` with caches and
//! `EXTENDED_ARG`, the location table, the exception table, the local-variable tables.
//! CPython counterpart: Python/assemble.c and `optimize_and_assemble_code_unit` in compile.c.

use crate::error::CompileResult;
use crate::instruction_sequence::{CodeUnitMetadata, InstructionSequence};
use ouro_bytecode::CodeObject;

/// Optimises and assembles one code unit (CPython: `optimize_and_assemble_code_unit`).
pub fn optimize_and_assemble(
    _seq: InstructionSequence,
    _metadata: CodeUnitMetadata,
    _flags: u32,
    _filename: &str,
) -> CompileResult<CodeObject> {
    Err(crate::error::CompileError::syntax(
        "assembly is not written yet",
        crate::instruction_sequence::Location::line(1),
    ))
}
