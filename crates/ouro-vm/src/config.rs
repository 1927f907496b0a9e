//! The table of modules built into ouro (CPython: `Modules/config.c`, the "inittab"): each
//! entry names a module and the Rust function that makes it. `import` consults this table
//! before searching `sys.path`, and `sys.builtin_module_names` lists its names. A new built-in
//! module is one new line here.

use crate::object::Value;
use crate::vm::Vm;

/// A function that makes a fresh built-in module object.
pub type ModuleInit = fn(&Vm) -> Value;

/// The built-in modules other than `sys` and `builtins` (which the interpreter makes at
/// start-up), sorted by name.
pub const INITTAB: &[(&str, ModuleInit)] = &[
    ("_ast", crate::astmodule::make),
    ("_asyncio", crate::asynciomodule::make),
    ("_blake2", crate::blake2module::make),
    ("_codecs", crate::codecsmodule::make),
    ("_collections", crate::collectionsmodule::make),
    ("_contextvars", crate::context::make),
    ("_csv", crate::csvmodule::make),
    ("_datetime", crate::datetimemodule::make),
    ("_functools", crate::functoolsmodule::make),
    ("_imp", crate::impmodule::make),
    ("_io", crate::io::make),
    ("_opcode", crate::opcodemodule::make),
    ("_md5", crate::md5sha1module::make_md5),
    ("_operator", crate::operatormodule::make),
    ("_posixsubprocess", crate::posixsubprocess::make),
    ("_random", crate::randommodule::make),
    ("_sha1", crate::md5sha1module::make_sha1),
    ("_sha2", crate::sha2module::make),
    ("_sha3", crate::sha3module::make),
    ("_signal", crate::signalmodule::make),
    ("_socket", crate::socketmodule::make),
    ("_sre", crate::sre::make),
    ("_string", crate::stringmodule::make),
    ("_struct", crate::structmodule::make),
    ("_thread", crate::threadmodule::make),
    ("_tokenize", crate::tokenizemodule::make),
    ("_typing", crate::typevarobject::make_typing_module),
    ("_warnings", crate::impmodule::make_warnings),
    ("_weakref", crate::weakrefmodule::make),
    ("array", crate::arraymodule::make),
    ("atexit", crate::atexitmodule::make),
    ("binascii", crate::binasciimodule::make),
    ("zlib", crate::zlibmodule::make),
    ("cmath", crate::cmathmodule::make),
    ("errno", crate::errnomodule::make),
    ("faulthandler", crate::faulthandlermodule::make),
    ("gc", crate::gcmodule::make),
    ("itertools", crate::itertoolsmodule::make),
    ("marshal", crate::marshalmodule::make),
    ("math", crate::mathmodule::make),
    ("posix", crate::posixmodule::make),
    ("select", crate::selectmodule::make),
    ("time", crate::timemodule::make),
];

/// The maker of built-in module `name`, if there is one.
pub fn find(name: &str) -> Option<ModuleInit> {
    INITTAB.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// Every built-in module name, `sys` and `builtins` included, sorted as CPython sorts
/// `sys.builtin_module_names`.
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = INITTAB.iter().map(|(n, _)| *n).collect();
    v.push("builtins");
    v.push("sys");
    v.sort_unstable();
    v
}
