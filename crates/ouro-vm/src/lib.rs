//! ouro's runtime: the object model, the evaluation loop, the built-in types and modules.
//! `unsafe` is confined to the object and memory core: `object.rs` (values, headers,
//! allocation, reference counts), `frame.rs` (the data stack), `gc.rs` (the tracked-object
//! list); every site carries a `// SAFETY:` comment.

pub mod arraymodule;
pub mod astmodule;
pub mod asynciomodule;
pub mod atexitmodule;
pub mod binasciimodule;
pub mod blake2module;
pub mod bltin_exec;
pub mod bltin_frame;
pub mod bltinnum;
pub mod buffer;
pub mod builtin_docs;
pub mod builtins;
pub mod builtins_types;
pub mod bytesmethods;
pub mod call;
pub mod ceval;
mod ceval_fast;
pub mod ceval_throw;
pub mod cmathmodule;
pub mod codecsmodule;
pub mod collectionsmodule;
pub mod config;
pub mod context;
pub mod csvmodule;
pub mod datetimemodule;
pub mod dictviews;
pub mod errnomodule;
pub mod exceptions_attrs;
pub mod exceptions_group;
pub mod faulthandlermodule;
pub mod fileutils;
pub mod format;
pub mod formatter_unicode;
pub mod frame;
pub mod functoolsmodule;
pub mod gc;
pub mod gcmodule;
pub mod genobject;
pub mod impmodule;
pub mod import;
pub mod importlib_bootstrap;
pub mod initconfig;
pub mod io;
pub mod itertoolsmodule;
pub mod legacy_tracing;
pub mod listsort;
pub mod marshalmodule;
pub mod mathmodule;
pub mod md5sha1module;
pub mod method_arity;
pub mod number;
pub mod object;
pub mod objects;
pub mod opcodemodule;
pub mod operatormodule;
pub mod ops;
pub mod posixmodule;
pub mod posixsubprocess;
pub mod pyhash;
pub mod pymath;
pub mod pythonrun;
pub mod randommodule;
pub mod repr;
pub mod selectmodule;
pub mod seq;
pub mod setmethods;
pub mod sha2module;
pub mod sha3module;
pub mod signalmodule;
pub mod sitebuiltins;
pub mod socketmodule;
pub mod sre;
pub mod stdlib_module_names;
pub mod stringmodule;
pub mod strmethods;
pub mod structmodule;
pub mod sysmodule;
pub mod text_signatures;
pub mod threadmodule;
pub mod timemodule;
pub mod timemodule_tm;
pub mod tokenizemodule;
pub mod traceback;
pub mod typeobject;
pub mod typeobject_new;
pub mod types;
pub mod typevarobject;
pub mod unicodectype;
pub mod zlibmodule;
#[rustfmt::skip]
pub mod unicodetype_db;
pub mod vm;
pub mod weakrefmodule;
pub mod weakrefobject;

pub use object::Value;
pub use vm::Vm;

/// Private-name mangling (`__x` in class `C` becomes `_C__x`), as the compiler does.
pub fn symtable_mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
