//! The `_ast` module: CPython 3.12's AST node classes (`AST`, the abstract `mod`/`stmt`/`expr`/...
//! classes and every concrete node) with their `_fields`, `_attributes`, `__match_args__`,
//! constructor and `__reduce__`, and the `PyCF_*` compiler flags. The class table is generated
//! from python3.12 by tools/gen_ast_classes.py; the classes are built by a Python prelude when
//! the module is made. CPython: Python/Python-ast.c.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::Vm;

/// The generated table of node classes (names, bases, fields, attributes, docs).
const CLASSES: &str = include_str!("astmodule_classes.py");
/// The `AST` base class and the code that builds the node classes from the table.
const PRELUDE: &str = include_str!("astmodule_prelude.py");

/// Makes the `_ast` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_ast");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        let src = format!("{CLASSES}\n{PRELUDE}");
        crate::posixmodule::run_prelude(vm, &d, &src, "<ouro:_ast>");
    }
    m
}

/// `PyCF_ONLY_AST`: the `compile()` flag asking for an AST instead of a code object.
pub const PY_CF_ONLY_AST: isize = 1024;

/// `compile(source, filename, mode, PyCF_ONLY_AST)` (what `ast.parse` calls). Building
/// `_ast` node objects from the parse is not implemented yet: this raises a clear error rather
/// than returning a code object where an AST is expected.
pub fn compile_to_ast(
    vm: &Vm,
    _src: &Value,
    _filename: &str,
    _mode: &str,
) -> crate::vm::PyResult<Value> {
    Err(vm.new_exception_msg(
        vm.types.exc.not_implemented_error,
        "ouro: compile() to an AST (ast.parse) is not implemented yet",
    ))
}
