//! The `_asyncio` module, asyncio's accelerator: `Future`, `Task`, the running-loop functions
//! and the task registry. CPython: Modules/_asynciomodule.c. All of it is Python source
//! (`asynciomodule_prelude.py`, run when the module is made); like CPython's C code, its
//! frames are left out of tracebacks.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::Vm;

/// Python part of the module.
const PRELUDE: &str = include_str!("asynciomodule_prelude.py");

/// Makes the `_asyncio` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_asyncio");
    if let Some(md) = m.downcast::<ModuleData>() {
        crate::posixmodule::run_prelude(vm, &md.dict, PRELUDE, "<ouro:_asyncio>");
    }
    m
}
