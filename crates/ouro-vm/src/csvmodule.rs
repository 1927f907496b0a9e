//! The `_csv` module under `csv`: dialects (`Dialect`, with CPython's checks and messages),
//! the dialect registry, `field_size_limit`, the reader's state machine (quoting, escapes,
//! doubled quotes, `strict`, numeric fields) and the writer's quoting and escaping. Python
//! source (`csvmodule_prelude.py`), run when the module is made. CPython: Modules/_csv.c.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::Vm;

const PRELUDE: &str = include_str!("csvmodule_prelude.py");

/// Makes the `_csv` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_csv");
    if let Some(md) = m.downcast::<ModuleData>() {
        crate::posixmodule::run_prelude(vm, &md.dict, PRELUDE, "<ouro:_csv>");
    }
    m
}
