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

/// At exit: flushes the `_io` files that `__main__`'s globals and `sys.stdout`/`sys.stderr`
/// still hold, as CPython's finalization does when it tears the modules down (their
/// `__del__` would close them). Does nothing when `_io` was never imported.
pub fn flush_at_exit(vm: &Vm) {
    let Some(io) = vm.modules.get_str(&vm.intern("_io")) else {
        return;
    };
    let Ok(base) = vm.getattr_str(&io, "_IOBase") else {
        return;
    };
    let Some(base) = base.downcast::<crate::typeobject::TypeData>() else {
        return;
    };
    let mut candidates = Vec::new();
    if let Some(main) = vm.modules.get_str(&vm.names.__main__) {
        if let Some(m) = main.downcast::<ModuleData>() {
            candidates.extend(m.dict.values());
        }
    }
    let sys = vm.sys.borrow().clone();
    if let Some(m) = sys.as_ref().and_then(|s| s.downcast::<ModuleData>()) {
        for name in ["stdout", "stderr"] {
            if let Some(v) = m.dict.get_str(&vm.intern(name)) {
                candidates.push(v);
            }
        }
    }
    for v in candidates {
        if !v.class().is_subtype(base) {
            continue;
        }
        let closed = vm
            .getattr_str(&v, "closed")
            .and_then(|c| vm.is_true(&c))
            .unwrap_or(true);
        if closed {
            continue;
        }
        if let Ok(f) = vm.getattr_str(&v, "flush") {
            let _ = vm.call(&f, &[], &[]);
        }
    }
}
