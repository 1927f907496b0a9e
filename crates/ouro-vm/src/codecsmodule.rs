//! The `_codecs` module: the codec and error-handler registries (`register`, `lookup`,
//! `register_error`, `lookup_error`) and the encoders and decoders that `codecs.py` and the
//! `encodings` package call (utf-8/16/32, latin-1, ascii, charmap, the escape codecs).
//! CPython: Modules/_codecsmodule.c, Python/codecs.c. The codecs themselves are the ones of
//! `str.encode` and `bytes.decode`; the registries and the codec glue are Python source run
//! when the module is made.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::Vm;

/// Python part of the module.
const PRELUDE: &str = include_str!("codecsmodule_prelude.py");

/// Makes the `_codecs` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_codecs");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        crate::posixmodule::run_prelude(vm, &d, PRELUDE, "<_codecs>");
    }
    m
}
