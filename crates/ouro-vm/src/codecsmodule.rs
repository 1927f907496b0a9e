//! The `_codecs` module: the codec and error-handler registries (`register`, `lookup`,
//! `register_error`, `lookup_error`) and the encoders and decoders that `codecs.py` and the
//! `encodings` package call (utf-8/16/32, latin-1, ascii, charmap, the escape codecs).
//! CPython: Modules/_codecsmodule.c, Python/codecs.c. The codecs themselves are the ones of
//! `str.encode` and `bytes.decode`; the registries and the codec glue are Python source run
//! when the module is made.

use crate::object::Value;
use crate::objects::builtin::new_function;
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
pub fn decode_via_registry(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
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
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.new_type_error("decoder did not return str")),
    }
}

/// Calls the Python function a built-in wrapper stands for.
fn forward(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match args.split_first() {
        Some((f, rest)) => vm.call(f, rest, kw),
        None => Ok(vm.none.clone()),
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
                d.set_str(vm, &key, new_function(vm, name, forward, Some(f)));
            }
        }
    }
    m
}
