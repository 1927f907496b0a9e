//! The `faulthandler` module: `dump_traceback` writes the stack as CPython does; `enable`,
//! `register` and `dump_traceback_later` record their settings and check their arguments but
//! install no signal handler or watchdog (ouro reports its own failures). Python source
//! (`faulthandlermodule_prelude.py`), run when the module is made. CPython:
//! Modules/faulthandler.c.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::Vm;

const PRELUDE: &str = include_str!("faulthandlermodule_prelude.py");

/// Makes the `faulthandler` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "faulthandler");
    if let Some(md) = m.downcast::<ModuleData>() {
        crate::posixmodule::run_prelude(vm, &md.dict, PRELUDE, "<ouro:faulthandler>");
    }
    m
}
