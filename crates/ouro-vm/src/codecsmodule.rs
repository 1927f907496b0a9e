//! The `_codecs` module: the codec and error-handler registries (`register`, `lookup`,
//! `register_error`, `lookup_error`) and the encoders and decoders that `codecs.py` and the
//! `encodings` package call (utf-8/16/32, latin-1, ascii, charmap, the escape codecs).
//! CPython: Modules/_codecsmodule.c, Python/codecs.c. The codecs themselves are the ones of
//! `str.encode` and `bytes.decode`; the registries and the codec glue are Python source run
//! when the module is made.

use crate::object::Value;
use crate::objects::builtin::new_prelude_function;
use crate::objects::bytes::BytesData;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

/// Python part of the module.
const PRELUDE: &str = include_str!("codecsmodule_prelude.py");

fn codecs_call(vm: &Vm, func: &str, args: &[Value]) -> PyResult<Value> {
    let m = crate::import::import_module(vm, "_codecs")?;
    let f = vm.getattr_str(&m, func)?;
    vm.call(&f, args, &[])
}

/// `str.encode` for an encoding outside the built-in set: the codec registry's encoder.
pub fn encode_via_registry(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let r = codecs_call(
        vm,
        "_encode_text",
        &[vm.new_str(s), vm.new_str(encoding), vm.new_str(errors)],
    )?;
    match r.downcast::<BytesData>() {
        Some(b) => Ok(b.0.to_vec()),
        None => Err(vm.new_type_error("encoder did not return bytes")),
    }
}

/// `bytes.decode` for an encoding outside the built-in set: the codec registry's decoder.
pub fn decode_via_registry(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<StrData> {
    let r = codecs_call(
        vm,
        "_decode_text",
        &[
            crate::ops::new_bytes(vm, b.to_vec()),
            vm.new_str(encoding),
            vm.new_str(errors),
        ],
    )?;
    match r.downcast::<StrData>() {
        Some(s) => Ok(StrData::clone(s)),
        None => Err(vm.new_type_error("decoder did not return str")),
    }
}

fn int_attr(vm: &Vm, e: &Value, name: &str) -> PyResult<usize> {
    let v = vm.getattr_str(e, name)?;
    Ok(vm.index_to_isize(&v)?.max(0) as usize)
}

/// Calls error handler `errors` (from the registry) on a new Unicode error of class `cls`;
/// returns the replacement and the position to resume at (made non-negative).
fn call_handler(
    vm: &Vm,
    errors: &str,
    cls: &Value,
    args: Vec<Value>,
    len: usize,
) -> PyResult<(Value, usize)> {
    let handler = codecs_call(vm, "lookup_error", &[vm.new_str(errors)])?;
    let exc = vm.call(cls, &args, &[])?;
    let r = vm.call(&handler, &[exc], &[])?;
    let items = match r.downcast::<crate::objects::tuple::TupleData>() {
        Some(t) if t.items().len() == 2 => t.items().to_vec(),
        _ => {
            return Err(
                vm.new_type_error("encoding error handler must return (str/bytes, int) tuple")
            )
        }
    };
    let mut pos = vm.index_to_isize(&items[1])?;
    if pos < 0 {
        pos += len as isize;
    }
    if pos < 0 || pos as usize > len {
        return Err(vm.new_index_error(format!("position {pos} from error handler out of bounds")));
    }
    Ok((items[0].clone(), pos as usize))
}

/// Whether `str.encode`/`bytes.decode` handle error handler `errors` themselves.
pub fn is_builtin_handler(errors: &str, decoding: bool) -> bool {
    if decoding {
        matches!(errors, "strict" | "ignore" | "replace" | "backslashreplace")
    } else {
        matches!(
            errors,
            "strict"
                | "ignore"
                | "replace"
                | "backslashreplace"
                | "xmlcharrefreplace"
                | "namereplace"
        )
    }
}

/// `str.encode` with an error handler from the registry: encodes strictly, and on each
/// failure asks the handler for the replacement.
// CPython: unicodeobject.c unicode_encode_call_errorhandler
pub fn encode_with_handler(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut pos = 0usize;
    loop {
        let rest: String = chars[pos..].iter().collect();
        let e = match crate::strmethods::encode(vm, &rest, encoding, "strict") {
            Ok(b) => {
                out.extend(b);
                return Ok(out);
            }
            Err(e) => e,
        };
        let ev = e.as_value().clone();
        if !ev.class().is_subtype(vm.types.exc.unicode_encode_error) {
            return Err(e);
        }
        let start = int_attr(vm, &ev, "start")?;
        let end = int_attr(vm, &ev, "end")?;
        let codec = vm.getattr_str(&ev, "encoding")?;
        let reason = vm.getattr_str(&ev, "reason")?;
        let good: String = chars[pos..pos + start].iter().collect();
        out.extend(crate::strmethods::encode(vm, &good, encoding, "strict")?);
        let args = vec![
            codec,
            vm.new_str(s),
            vm.new_int((pos + start) as i64),
            vm.new_int((pos + end) as i64),
            reason,
        ];
        let cls = vm.types.exc.unicode_encode_error.to_value();
        let (rep, next) = call_handler(vm, errors, &cls, args, chars.len())?;
        if let Some(r) = rep.downcast::<StrData>() {
            match crate::strmethods::encode(vm, r.as_str(), encoding, "strict") {
                Ok(b) => out.extend(b),
                Err(_) => return Err(e),
            }
        } else if let Some(b) = rep.downcast::<BytesData>() {
            out.extend_from_slice(&b.0);
        } else {
            return Err(
                vm.new_type_error("encoding error handler must return (str/bytes, int) tuple")
            );
        }
        pos = next;
    }
}

/// `bytes.decode` with an error handler from the registry, or surrogateescape and
/// surrogatepass, which are done here (their results hold lone surrogates).
// CPython: unicodeobject.c unicode_decode_call_errorhandler_writer; codecs.c
// PyCodec_SurrogateEscapeErrors, PyCodec_SurrogatePassErrors
pub fn decode_with_handler(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<StrData> {
    let mut out = crate::objects::str::StrBuilder::new();
    let mut pos = 0usize;
    let mut encoding = encoding.to_string();
    loop {
        let e = match crate::bytesmethods::decode(vm, &b[pos..], &encoding, "strict") {
            Ok(s) => {
                out.push_str(&s);
                return Ok(out.finish());
            }
            Err(e) => e,
        };
        let ev = e.as_value().clone();
        if !ev.class().is_subtype(vm.types.exc.unicode_decode_error) {
            return Err(e);
        }
        let start = int_attr(vm, &ev, "start")?;
        let end = int_attr(vm, &ev, "end")?;
        let codec = vm.getattr_str(&ev, "encoding")?;
        let reason = vm.getattr_str(&ev, "reason")?;
        out.push_str(&crate::bytesmethods::decode(
            vm,
            &b[pos..pos + start],
            &encoding,
            "strict",
        )?);
        // After a BOM, UTF-16 and UTF-32 go on in the byte order it chose (the codec the
        // error names).
        let codec_name = codec
            .downcast::<StrData>()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default();
        if codec_name.starts_with("utf-16-") || codec_name.starts_with("utf-32-") {
            encoding = codec_name.clone();
        }
        let (a, z) = (pos + start, pos + end);
        match errors {
            "surrogateescape" => {
                let bad = b.get(a..z).unwrap_or(&[]);
                if bad.is_empty() || bad.iter().any(|&x| x < 0x80) {
                    return Err(e);
                }
                for &x in bad {
                    out.push_cp(0xdc00 + u32::from(x));
                }
                pos = z;
                continue;
            }
            "surrogatepass" => {
                let rest = &b[a..];
                let (cp, n) = match codec_name.as_str() {
                    "utf-8"
                        if rest.len() >= 3
                            && rest[0] == 0xed
                            && (0xa0..0xc0).contains(&rest[1])
                            && (0x80..0xc0).contains(&rest[2]) =>
                    {
                        (
                            0xd000 | (u32::from(rest[1] & 0x3f) << 6) | u32::from(rest[2] & 0x3f),
                            3,
                        )
                    }
                    "utf-16-le" if rest.len() >= 2 => {
                        (u32::from(u16::from_le_bytes([rest[0], rest[1]])), 2)
                    }
                    "utf-16-be" if rest.len() >= 2 => {
                        (u32::from(u16::from_be_bytes([rest[0], rest[1]])), 2)
                    }
                    "utf-32-le" if rest.len() >= 4 => {
                        (u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]), 4)
                    }
                    "utf-32-be" if rest.len() >= 4 => {
                        (u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]), 4)
                    }
                    _ => return Err(e),
                };
                if !crate::objects::str::is_surrogate(cp) {
                    return Err(e);
                }
                out.push_cp(cp);
                pos = a + n;
                continue;
            }
            _ => {}
        }
        let args = vec![
            codec,
            crate::ops::new_bytes(vm, b.to_vec()),
            vm.new_int(a as i64),
            vm.new_int(z as i64),
            reason,
        ];
        let cls = vm.types.exc.unicode_decode_error.to_value();
        let (rep, next) = call_handler(vm, errors, &cls, args, b.len())?;
        match rep.downcast::<StrData>() {
            Some(r) => out.push_data(r),
            None => {
                return Err(vm.new_type_error("decoding error handler must return (str, int) tuple"))
            }
        }
        pos = next;
    }
}

const BUILTIN_NAMES: &[&str] = &[
    "register",
    "unregister",
    "lookup",
    "encode",
    "decode",
    "register_error",
    "lookup_error",
    "_forget_codec",
    "utf_8_encode",
    "utf_8_decode",
    "ascii_encode",
    "ascii_decode",
    "latin_1_encode",
    "latin_1_decode",
    "utf_16_encode",
    "utf_16_decode",
    "utf_16_le_encode",
    "utf_16_le_decode",
    "utf_16_be_encode",
    "utf_16_be_decode",
    "utf_16_ex_decode",
    "utf_32_encode",
    "utf_32_decode",
    "utf_32_le_encode",
    "utf_32_le_decode",
    "utf_32_be_encode",
    "utf_32_be_decode",
    "utf_32_ex_decode",
    "readbuffer_encode",
    "charmap_build",
    "charmap_decode",
    "charmap_encode",
    "unicode_escape_encode",
    "unicode_escape_decode",
    "raw_unicode_escape_encode",
    "raw_unicode_escape_decode",
    "escape_encode",
    "escape_decode",
    "strict_errors",
    "ignore_errors",
    "replace_errors",
    "backslashreplace_errors",
    "xmlcharrefreplace_errors",
    "namereplace_errors",
    "surrogateescape_errors",
    "surrogatepass_errors",
];

/// Makes the `_codecs` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_codecs");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        crate::posixmodule::run_prelude(vm, &d, PRELUDE, "<ouro:_codecs>");
        // The codec functions are built-in functions in CPython: they do not bind as methods
        // when a codec class stores one (`_buffer_decode = codecs.utf_8_decode`).
        for name in BUILTIN_NAMES {
            let key = vm.intern(name);
            if let Some(f) = d.get_str(&key) {
                d.set_str(vm, &key, new_prelude_function(vm, name, m.clone(), f));
            }
        }
    }
    m
}
