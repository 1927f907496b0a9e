//! Module objects: a name and a `__dict__`. CPython: Objects/moduleobject.c.

use crate::object::{alloc_object, Payload, Value};
use crate::objects::dict::DictRef;
use crate::objects::str::StrData;
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

pub struct ModuleData {
    pub dict: DictRef,
}

impl Payload for ModuleData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(self.dict.as_value());
    }
}

/// `module.__new__(cls, *args, **kwargs)`: an empty module (its dict holds the metadata).
fn module_new(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("module.__new__(X): X is not a type object"));
    };
    let d = vm.new_dict();
    Ok(alloc_object(cls, ModuleData { dict: d }).into_value())
}

/// `module.__init__(self, name, doc=None)` (CPython `module___init___impl`).
fn module_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(m) = args.first().and_then(|m| m.downcast::<ModuleData>()) else {
        return Err(vm.new_type_error("descriptor '__init__' requires a 'module' object"));
    };
    let npos = args.len() - kw.len();
    let mut name = args.get(1).filter(|_| npos > 1).cloned();
    let mut doc = args.get(2).filter(|_| npos > 2).cloned();
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            npos - 1
        )));
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        match k.downcast::<StrData>().map(|s| s.as_str()) {
            Some("name") => name = Some(v.clone()),
            Some("doc") => doc = Some(v.clone()),
            Some(other) => {
                return Err(vm.new_type_error(format!(
                    "module() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.new_type_error("keywords must be strings")),
        }
    }
    let Some(name) = name else {
        return Err(vm.new_type_error("module() missing required argument 'name' (pos 1)"));
    };
    if name.downcast::<StrData>().is_none() {
        return Err(vm.new_type_error(format!(
            "module() argument 'name' must be str, not {}",
            name.class().name()
        )));
    }
    let d = &m.dict;
    d.set_str(vm, &vm.names.__name__, name);
    d.set_str(
        vm,
        &vm.names.__doc__,
        doc.unwrap_or_else(|| vm.none.clone()),
    );
    d.set_str(vm, &vm.names.__package__, vm.none.clone());
    d.set_str(vm, &vm.names.__loader__, vm.none.clone());
    d.set_str(vm, &vm.names.__spec__, vm.none.clone());
    Ok(vm.none.clone())
}

pub fn init(vm: &Vm) {
    crate::objects::builtin::add_staticmethod(vm, vm.types.module, "__new__", module_new);
    crate::objects::builtin::add_method(vm, vm.types.module, "__init__", module_init);
}
