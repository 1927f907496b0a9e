//! The methods of `bytes` and `bytearray` (constructors, `decode`, `hex`/`fromhex`, the search,
//! split, strip and case methods shared with `str`), and decoding of byte strings.
//! CPython: Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/bytes_methods.c.

use crate::object::Value;
use crate::objects::bytes::BytesData;
use crate::vm::{PyResult, Vm};

/// The bytes of a bytes-like value (bytes or bytearray), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Some(b.0.to_vec());
    }
    None
}

fn decode_error(
    vm: &Vm,
    enc: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::vm::PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    vm.new_exception_msg(
        vm.types.exc.unicode_decode_error,
        format!("'{enc}' codec can't decode {what}: {reason}"),
    )
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = crate::strmethods::normalize_encoding(encoding);
    let handler = |out: &mut String, bad: &[u8]| -> bool {
        match errors {
            "ignore" => true,
            "replace" => {
                out.push('\u{fffd}');
                true
            }
            "backslashreplace" => {
                for x in bad {
                    out.push_str(&format!("\\x{x:02x}"));
                }
                true
            }
            "surrogateescape" => false,
            _ => false,
        }
    };
    match enc.as_str() {
        "utf-8" => {
            let mut out = String::new();
            let mut rest = b;
            let mut pos = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad_len = e.error_len().unwrap_or(rest.len() - good);
                        let bad = &rest[good..good + bad_len];
                        if !handler(&mut out, bad) {
                            if errors != "strict"
                                && !matches!(errors, "ignore" | "replace" | "backslashreplace")
                            {
                                return Err(vm.new_exception_msg(
                                    vm.types.exc.lookup_error,
                                    format!("unknown error handler name '{errors}'"),
                                ));
                            }
                            let reason = match e.error_len() {
                                None => "unexpected end of data",
                                Some(_) => {
                                    let first = bad[0];
                                    if (0x80..0xc2).contains(&first) || first > 0xf4 {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    }
                                }
                            };
                            return Err(decode_error(
                                vm,
                                "utf-8",
                                b,
                                pos + good,
                                pos + good + bad_len,
                                reason,
                            ));
                        }
                        pos += good + bad_len;
                        rest = &rest[good + bad_len..];
                    }
                }
            }
        }
        "ascii" => {
            let mut out = String::new();
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else if !handler(&mut out, &b[i..i + 1]) {
                    return Err(decode_error(
                        vm,
                        "ascii",
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    ));
                }
            }
            Ok(out)
        }
        "latin-1" => Ok(b.iter().map(|&x| x as char).collect()),
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let mut data = b;
            let mut be = enc == "utf-16-be";
            if enc == "utf-16" && data.len() >= 2 {
                if data[..2] == [0xff, 0xfe] {
                    data = &data[2..];
                } else if data[..2] == [0xfe, 0xff] {
                    data = &data[2..];
                    be = true;
                }
            }
            let units: Vec<u16> = data
                .chunks(2)
                .filter(|c| c.len() == 2)
                .map(|c| {
                    if be {
                        u16::from_be_bytes([c[0], c[1]])
                    } else {
                        u16::from_le_bytes([c[0], c[1]])
                    }
                })
                .collect();
            Ok(char::decode_utf16(units)
                .map(|r| r.unwrap_or('\u{fffd}'))
                .collect())
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => {
            let mut data = b;
            let mut be = enc == "utf-32-be";
            if enc == "utf-32" && data.len() >= 4 {
                if data[..4] == [0xff, 0xfe, 0, 0] {
                    data = &data[4..];
                } else if data[..4] == [0, 0, 0xfe, 0xff] {
                    data = &data[4..];
                    be = true;
                }
            }
            Ok(data
                .chunks(4)
                .filter(|c| c.len() == 4)
                .map(|c| {
                    let u = if be {
                        u32::from_be_bytes([c[0], c[1], c[2], c[3]])
                    } else {
                        u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                    };
                    char::from_u32(u).unwrap_or('\u{fffd}')
                })
                .collect())
        }
        _ => Err(vm.new_exception_msg(
            vm.types.exc.lookup_error,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

pub fn init(_vm: &Vm) {}
