//! The `_io` module: the I/O class hierarchy (`_IOBase` and its raw, buffered and text
//! branches), `FileIO` over `posix` descriptors, `BufferedReader`/`Writer`/`Random`/`RWPair`,
//! `TextIOWrapper`, `StringIO`, `BytesIO`, `IncrementalNewlineDecoder`, `open()` and
//! `text_encoding`. CPython: Modules/_io/*.c. The classes are Python source (`_io.py`, run
//! when the module is made) over the descriptor functions of `posixmodule.rs`, so that
//! `io.py`'s ABCs and user subclasses work with them as with CPython's.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::Vm;

/// Python part of the module.
const SOURCE: &str = include_str!("_io.py");

/// Makes the `_io` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_io");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        d.set_str(
            vm,
            &vm.intern("BlockingIOError"),
            vm.types.exc.blocking_io_error.to_value(),
        );
        crate::posixmodule::run_prelude(vm, &d, SOURCE, "<ouro:_io>");
        // From now on `builtins.open` is `_io.open` itself, as in CPython.
        if let Some(open) = d.get_str(&vm.intern("open")) {
            vm.builtins.set_str(vm, &vm.intern("open"), open);
        }
    }
    m
}
