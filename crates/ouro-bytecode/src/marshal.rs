//! The marshal format of CPython 3.12 (version 4): writing and reading code objects and
//! constants. CPython counterpart: Python/marshal.c.

use crate::code::{CodeObject, Constant};

/// A malformed marshal stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarshalError(pub String);

/// Serialises a code object as `marshal.dumps(code)` does.
pub fn dumps_code(_code: &CodeObject) -> Vec<u8> {
    Vec::new()
}

/// Reads one value, as `marshal.loads` does.
pub fn loads(_data: &[u8]) -> Result<Constant, MarshalError> {
    Err(MarshalError("marshal reader not written yet".into()))
}
