//! ouro-bytecode: CPython 3.12's bytecode as data: the opcode table, code objects, the
//! location and exception tables, the disassembler and the marshal format.
//! It knows nothing of the parser or of the VM.
#![forbid(unsafe_code)]

pub mod code;
pub mod opcode;

pub use code::{CodeObject, Constant};
pub use opcode::Opcode;
pub mod dis;
pub mod exception_table;
pub mod linetable;
pub mod marshal;
pub mod pyc;
pub mod pyhash;
pub mod repr;
pub mod unicode_printable;
