//! Running a program: the `__main__` module, `SystemExit` and exit statuses, and printing an
//! uncaught exception with its traceback and chained exceptions as CPython 3.12 does.
//! CPython: Python/pythonrun.c, Python/traceback.c, Lib/traceback.py (the text).

use std::rc::Rc;

use ouro_bytecode::CodeObject;

use crate::object::Value;
use crate::objects::dict::DictRef;
use crate::objects::exceptions::ExceptionData;
use crate::objects::frameobject::{FrameObjectData, TracebackData};
use crate::objects::str::StrData;
use crate::vm::{PyErr, PyResult, Vm};

/// Runs `code` as the `__main__` module of the script at `path`; returns the exit status.
pub fn run_main(vm: &Vm, code: CodeObject, path: &str, argv: &[String]) -> i32 {
    let dir = std::path::Path::new(path)
        .parent()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    run_main_with(vm, code, Some(path), &dir, argv)
}

/// Runs `code` as `__main__`: `file` becomes `__file__` (None for `-c` and standard input)
/// and `path0` the first entry of `sys.path`.
pub fn run_main_with(
    vm: &Vm,
    code: CodeObject,
    file: Option<&str>,
    path0: &str,
    argv: &[String],
) -> i32 {
    crate::gc::CURRENT_VM.with(|c| c.set(vm as *const Vm));
    crate::sysmodule::init(vm, argv, path0);
    let main = crate::import::new_module(vm, "__main__");
    let globals = crate::ops::instance_dict(vm, &main, false).expect("module dict");
    if let Some(path) = file {
        globals.set_str(vm, &vm.names.__file__, vm.new_str(path));
    }
    globals.set_str(
        vm,
        &vm.names.__builtins__,
        crate::builtins::builtin_module(vm, "builtins")
            .ok()
            .flatten()
            .unwrap_or_else(|| vm.none.clone()),
    );
    globals.set_str(vm, &vm.intern("__cached__"), vm.none.clone());
    vm.modules.set_str(vm, &vm.names.__main__, main.clone());
    let code = crate::objects::code::from_code_object(vm, &Rc::new(code));
    let frame = crate::ceval::Frame::new(
        code,
        globals.clone(),
        vm.builtins.clone(),
        Some(globals.to_value()),
        None,
    );
    let r = crate::ceval::run(vm, frame);
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    flush_stdout(vm);
    crate::gc::CURRENT_VM.with(|c| c.set(std::ptr::null()));
    status
}

fn flush_stdout(_vm: &Vm) {
    use std::io::Write;
    let _ = std::io::stdout().flush();
}

/// Finds the file `-m NAME` runs: `NAME.py`, or `NAME/__main__.py` for a package, along
/// `path0` then the standard library folder.
pub fn find_main_module(vm: &Vm, name: &str, path0: &str) -> Option<String> {
    let rel = name.replace('.', "/");
    let mut dirs = vec![path0.to_string()];
    if let Some(lib) = vm.lib_dir.borrow().as_ref() {
        dirs.push(lib.clone());
    }
    for d in dirs {
        let pkg_main = format!("{d}/{rel}/__main__.py");
        if std::path::Path::new(&pkg_main).is_file() {
            return Some(pkg_main);
        }
        let file = format!("{d}/{rel}.py");
        if std::path::Path::new(&file).is_file() {
            return Some(file);
        }
    }
    None
}

/// The interactive interpreter's state: `__main__`'s namespace, kept across statements.
pub struct Interactive {
    pub globals: DictRef,
}

impl Interactive {
    /// Sets up `sys` (argv `['']`, `sys.path[0] == ''`) and `__main__` for the REPL.
    pub fn new(vm: &Vm) -> Interactive {
        crate::gc::CURRENT_VM.with(|c| c.set(vm as *const Vm));
        crate::sysmodule::init(vm, &[String::new()], "");
        let main = crate::import::new_module(vm, "__main__");
        let globals = crate::ops::instance_dict(vm, &main, false).expect("module dict");
        globals.set_str(vm, &vm.names.__builtins__, vm.builtins.to_value());
        vm.modules.set_str(vm, &vm.names.__main__, main);
        Interactive { globals }
    }

    /// Runs one compiled interactive statement; an uncaught exception is printed. Returns
    /// Some(status) when the statement raised SystemExit.
    pub fn run(&self, vm: &Vm, code: CodeObject) -> Option<i32> {
        let code = crate::objects::code::from_code_object(vm, &Rc::new(code));
        let frame = crate::ceval::Frame::new(
            code,
            self.globals.clone(),
            vm.builtins.clone(),
            Some(self.globals.to_value()),
            None,
        );
        let r = crate::ceval::run(vm, frame);
        flush_stdout(vm);
        match r {
            Ok(_) => None,
            Err(e) if e.class().is_subtype(vm.types.exc.system_exit) => {
                Some(handle_uncaught(vm, e))
            }
            Err(e) => {
                handle_uncaught(vm, e);
                None
            }
        }
    }
}

/// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
pub fn handle_uncaught(vm: &Vm, e: PyErr) -> i32 {
    if e.class().is_subtype(vm.types.exc.system_exit) {
        let code = vm
            .getattr_str(e.as_value(), "code")
            .unwrap_or_else(|_| vm.none.clone());
        if vm.is_none(&code) {
            return 0;
        }
        if let Some(i) = code.as_small_int() {
            return i as i32;
        }
        flush_stdout(vm);
        let s = vm.str(&code).unwrap_or_default();
        let _ = crate::sysmodule::write_stderr(vm, &format!("{s}\n"));
        return 1;
    }
    flush_stdout(vm);
    let text = format_exception(vm, &e);
    let _ = crate::sysmodule::write_stderr(vm, &text);
    1
}

/// The text CPython prints for an uncaught exception, chained exceptions first.
pub fn format_exception(vm: &Vm, e: &PyErr) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, e.as_value(), &mut out, &mut seen);
    out
}

fn format_chain(vm: &Vm, v: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(v.raw());
    if let Some(e) = v.downcast::<ExceptionData>() {
        let cause = e.cause.borrow().clone();
        let context = e.context.borrow().clone();
        if let Some(c) = cause {
            if !seen.contains(&c.raw()) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Some(c) = context {
            if !e.suppress_context.get() && !seen.contains(&c.raw()) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb = e.traceback.borrow().clone();
        if let Some(tb) = tb {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&crate::traceback::format_tb(vm, &tb));
        }
    }
    out.push_str(&format_exception_only(vm, v));
}

/// The last line(s): `Type: message`, with the module prefix for non-builtin classes.
pub fn format_exception_only(vm: &Vm, v: &Value) -> String {
    let t = v.class();
    let mut name = t.qualname.borrow().to_string();
    if let Some(m) = t
        .dict
        .get_str(&vm.names.__module__)
        .and_then(|m| m.downcast::<StrData>().map(|s| s.as_str().to_string()))
    {
        if m != "builtins" && m != "__main__" {
            name = format!("{m}.{name}");
        }
    }
    let msg = match vm.str(v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut out = if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    };
    if let Some(s) = crate::traceback::suggestion(vm, v) {
        out.pop();
        out.push_str(&s);
        out.push('\n');
    }
    if let Ok(Some(notes)) = vm.getattr_opt(v, &vm.names.__notes__) {
        if let Ok(items) = vm.collect(&notes) {
            for n in items {
                out.push_str(&vm.str(&n).unwrap_or_default());
                out.push('\n');
            }
        }
    }
    out
}

/// Reports an exception that cannot be raised (in `__del__`, ...), as CPython's
/// `PyErr_WriteUnraisable`.
pub fn write_unraisable(vm: &Vm, e: &PyErr, obj: Option<&Value>) {
    let mut s = String::new();
    if let Some(o) = obj {
        s.push_str(&format!(
            "Exception ignored in: {}\n",
            vm.repr(o).unwrap_or_default()
        ));
    }
    s.push_str(&format_exception(vm, e));
    let _ = crate::sysmodule::write_stderr(vm, &s);
}

/// Compiles and runs the file at `path` with `globals` as its namespace (imports).
pub fn exec_file(vm: &Vm, path: &str, globals: &DictRef) -> PyResult<()> {
    let bytes = std::fs::read(path)
        .map_err(|err| vm.new_exception_msg(vm.types.exc.os_error, err.to_string()))?;
    let source = String::from_utf8_lossy(&bytes).to_string();
    let code = match ouro_compiler::compile_module(&source, path, 0) {
        Ok(c) => c,
        Err(ce) => return Err(syntax_error(vm, &ce, path, &source)),
    };
    globals.set_str(vm, &vm.names.__builtins__, vm.builtins.to_value());
    let code = crate::objects::code::from_code_object(vm, &Rc::new(code));
    let frame = crate::ceval::Frame::new(
        code,
        globals.clone(),
        vm.builtins.clone(),
        Some(globals.to_value()),
        None,
    );
    crate::ceval::run(vm, frame).map(|_| ())
}

/// A SyntaxError exception from a compile error.
pub fn syntax_error(vm: &Vm, ce: &ouro_compiler::CompileError, path: &str, source: &str) -> PyErr {
    use ouro_compiler::error::ErrorKind;
    let ty = match ce.kind {
        ErrorKind::IndentationError => vm.types.exc.indentation_error,
        ErrorKind::TabError => vm.types.exc.tab_error,
        ErrorKind::RecursionError => vm.types.exc.recursion_error,
        ErrorKind::MemoryError => vm.types.exc.memory_error,
        _ => vm.types.exc.syntax_error,
    };
    let line = source
        .lines()
        .nth((ce.lineno.max(1) - 1) as usize)
        .map(|l| format!("{l}\n"));
    let details = vm.new_tuple(vec![
        vm.new_str(path),
        vm.new_int(ce.lineno as i64),
        vm.new_int(ce.offset as i64),
        line.map(|l| vm.new_string(l))
            .unwrap_or_else(|| vm.none.clone()),
        vm.new_int(ce.end_lineno as i64),
        vm.new_int(ce.end_offset as i64),
    ]);
    let e = vm.new_exception(ty, vec![vm.new_str(&ce.msg), details]);
    if let Some(d) = crate::ops::instance_dict(vm, e.as_value(), true) {
        d.set_str(vm, &vm.intern("msg"), vm.new_str(&ce.msg));
        d.set_str(vm, &vm.intern("filename"), vm.new_str(path));
        d.set_str(vm, &vm.intern("lineno"), vm.new_int(ce.lineno as i64));
        d.set_str(vm, &vm.intern("offset"), vm.new_int(ce.offset as i64));
    }
    e
}

pub fn _unused(_: &FrameObjectData, _: &TracebackData) {}
