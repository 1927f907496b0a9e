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

/// The 16-byte header of a .pyc (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PycHeader {
    pub magic: [u8; 4],
    /// Bit 0: hash-based; bit 1: check the source (hash-based only).
    pub flags: u32,
    /// For a timestamp-based .pyc: the source's mtime and size. For a hash-based one: none.
    pub source_mtime: u32,
    pub source_size: u32,
    /// For a hash-based .pyc: the SipHash of the source (`_imp.source_hash`).
    pub source_hash: Option<[u8; 8]>,
}

/// A .pyc that cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PycError(pub String);

/// Reads a .pyc's header and returns it with the marshalled body that follows.
// CPython: importlib/_bootstrap_external.py _classify_pyc, _validate_timestamp_pyc
pub fn read_pyc_header(data: &[u8]) -> Result<(PycHeader, &[u8]), PycError> {
    if data.len() < 16 {
        return Err(PycError("bad pyc: shorter than its 16-byte header".into()));
    }
    let word = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    let mut magic = [0u8; 4];
    magic.copy_from_slice(&data[..4]);
    if magic != MAGIC {
        return Err(PycError(format!("bad magic number {magic:?}")));
    }
    let flags = word(4);
    if flags & !0b11 != 0 {
        return Err(PycError(format!("invalid flags {flags:#x}")));
    }
    let mut header = PycHeader {
        magic,
        flags,
        source_mtime: 0,
        source_size: 0,
        source_hash: None,
    };
    if flags & 1 != 0 {
        let mut h = [0u8; 8];
        h.copy_from_slice(&data[8..16]);
        header.source_hash = Some(h);
    } else {
        header.source_mtime = word(8);
        header.source_size = word(12);
    }
    Ok((header, &data[16..]))
}

/// Reads a whole .pyc: its header and code object.
pub fn read_pyc(data: &[u8]) -> Result<(PycHeader, std::rc::Rc<CodeObject>), PycError> {
    let (header, body) = read_pyc_header(data)?;
    let code = crate::marshal::loads_code(body).map_err(|e| PycError(e.0))?;
    Ok((header, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trip() {
        let code = CodeObject {
            filename: "x.py".into(),
            name: "<module>".into(),
            qualname: "<module>".into(),
            code: vec![151, 0, 121, 0],
            consts: vec![crate::Constant::None],
            ..Default::default()
        };
        let bytes = pyc_bytes(&code, 1234, 56);
        let (h, c) = read_pyc(&bytes).unwrap();
        assert_eq!((h.flags, h.source_mtime, h.source_size), (0, 1234, 56));
        assert_eq!(c.code, code.code);
        assert!(read_pyc_header(&bytes[..10]).is_err());
        let mut bad = bytes.clone();
        bad[0] ^= 1;
        assert!(read_pyc_header(&bad).is_err());
    }
}
