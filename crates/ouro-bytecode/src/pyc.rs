//! .pyc files: 3.12's 16-byte header (magic number, flags, source mtime and size) followed by
//! the marshalled module code object. CPython counterpart: Lib/importlib/_bootstrap_external.py.

use crate::code::CodeObject;

/// 3.12's magic number (3531), as the first four bytes of a .pyc.
pub const MAGIC: [u8; 4] = [0xcb, 0x0d, 0x0d, 0x0a];

/// The cache tag in `__pycache__/NAME.ouro-312.pyc`.
pub const CACHE_TAG: &str = "ouro-312";

/// The bytes of a timestamp-based .pyc for `code`.
pub fn pyc_bytes(code: &CodeObject, source_mtime: u32, source_size: u32) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&source_mtime.to_le_bytes());
    out.extend_from_slice(&source_size.to_le_bytes());
    out.extend(crate::marshal::dumps_code(code));
    out
}
