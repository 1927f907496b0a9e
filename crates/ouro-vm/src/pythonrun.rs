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
    let (main, globals) = start_main(vm, path0, argv, file);
    globals.set_str(vm, &vm.intern("__cached__"), vm.none.clone());
    // The warnings found while compiling the script come before it runs.
    let r = crate::impmodule::emit_compile_warnings(vm).and_then(|_| run_in(vm, code, &globals));
    end_main(vm, r, main, globals)
}

/// `ouro -m NAME`: runs the module `name` as `__main__` through `runpy._run_module_as_main`,
/// as CPython's `pymain_run_module` does, with `path0` first on `sys.path`; `args` follow
/// `sys.argv[0]`, which runpy sets to the module's file. runpy is one of the modules loaded
/// as CPython freezes them (import.rs), so tracebacks show its frames as CPython's do.
pub fn run_module_as_main(vm: &Vm, name: &str, path0: &str, args: &[String]) -> i32 {
    let mut argv = vec!["-m".to_string()];
    argv.extend(args.iter().cloned());
    let (main, globals) = start_main(vm, path0, &argv, None);
    let r = crate::import::import_module(vm, "runpy").and_then(|runpy| {
        let run = vm.getattr_str(&runpy, "_run_module_as_main")?;
        vm.call(&run, &[vm.new_str(name)], &[]).map(|_| ())
    });
    end_main(vm, r, main, globals)
}

/// Sets up `sys` and an empty `__main__` module (its globals hold `__file__` when there is
/// one, then `__builtins__`).
fn start_main(vm: &Vm, path0: &str, argv: &[String], file: Option<&str>) -> (Value, DictRef) {
    crate::gc::CURRENT_VM.with(|c| c.set(vm as *const Vm));
    crate::sysmodule::init(vm, argv, path0);
    install_excepthook(vm);
    if !crate::initconfig::get().no_site {
        crate::sitebuiltins::install(vm);
    }
    // What exists now lives as long as the interpreter: collections need not walk it.
    crate::gc::freeze_startup();
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
    vm.modules.set_str(vm, &vm.names.__main__, main.clone());
    (main, globals)
}

/// Reports how the main module ended (an uncaught exception, SystemExit), shuts the
/// interpreter down and returns the exit status.
fn end_main(vm: &Vm, r: PyResult<()>, main: Value, globals: DictRef) -> i32 {
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    crate::io::flush_at_exit(vm);
    flush_stdout(vm);
    drop(globals);
    drop(main);
    finalize(vm);
    crate::gc::CURRENT_VM.with(|c| c.set(std::ptr::null()));
    status
}

/// Shuts the interpreter down after the main module finished (normally, by SystemExit or by
/// an uncaught exception, already reported): runs the `atexit` handlers, then releases the
/// modules' globals so that the `__del__` methods of the objects they hold run.
/// CPython: pylifecycle.c Py_FinalizeEx (the part before the runtime is torn down).
pub fn finalize(vm: &Vm) {
    wait_for_thread_shutdown(vm);
    crate::atexitmodule::run_exitfuncs(vm);
    flush_stdout(vm);
    finalize_modules(vm);
    flush_stdout(vm);
}

/// Calls `threading._shutdown()` if `threading` was imported (it runs the functions of
/// `threading._register_atexit`). CPython: pylifecycle.c wait_for_thread_shutdown.
fn wait_for_thread_shutdown(vm: &Vm) {
    let Some(threading) = vm.modules.get_str(&vm.intern("threading")) else {
        return;
    };
    if let Err(e) = vm.call_method(&threading, &vm.intern("_shutdown"), &[]) {
        write_unraisable(vm, &e, Some(&threading));
    }
}

/// Empties `sys.modules` (keeping weak references to the modules), collects cycles (modules
/// nothing else holds, `__main__` usually, die here with their globals), then clears the
/// globals of every module still alive in reverse order of import, `sys` and `builtins`
/// excepted. CPython: pylifecycle.c finalize_modules.
fn finalize_modules(vm: &Vm) {
    let mods = vm.modules.items();
    let mut weak = Vec::new();
    for (k, m) in &mods {
        let old = vm.modules.remove_item(vm, k);
        drop(old);
        // A module only `mods` still holds dies when `mods` is dropped below: it needs no
        // weak reference (and an empty script's `__main__` then needs no weakref types).
        if m.refcount() == 1 || is_kept_module(vm, m) {
            continue;
        }
        if let Ok(r) = crate::weakrefobject::new_ref(vm, m, None) {
            weak.push(r);
        }
    }
    drop(mods);
    let first = crate::gc::collect(vm, true);
    // Nothing died and no globals are to be cleared: a second collection would find nothing.
    if first.unreachable == 0 && weak.is_empty() {
        return;
    }
    let sys = vm.sys.borrow().clone();
    for r in weak.iter().rev() {
        let Some(m) = r
            .downcast::<crate::weakrefobject::WeakRefData>()
            .and_then(|w| w.get())
        else {
            continue;
        };
        if sys.as_ref().is_some_and(|s| s.is(&m)) {
            continue;
        }
        let Some(md) = m.downcast::<crate::objects::module::ModuleData>() else {
            continue;
        };
        if crate::object::PyRef::ptr_eq(&md.dict, &vm.builtins) {
            continue;
        }
        clear_module_dict(vm, &md.dict);
    }
    drop(weak);
    crate::gc::collect(vm, true);
}

/// Whether `m` is `sys` or `builtins`, the modules whose globals finalisation keeps.
fn is_kept_module(vm: &Vm, m: &Value) -> bool {
    if vm.sys.borrow().as_ref().is_some_and(|s| s.is(m)) {
        return true;
    }
    m.downcast::<crate::objects::module::ModuleData>()
        .is_some_and(|md| crate::object::PyRef::ptr_eq(&md.dict, &vm.builtins))
}

/// Sets a module's globals to None: first the names with one leading underscore, then all
/// but `__builtins__`, so that `__del__` methods still find most globals. CPython:
/// moduleobject.c _PyModule_ClearDict.
fn clear_module_dict(vm: &Vm, d: &DictRef) {
    for pass in 0..2 {
        for k in d.keys() {
            let Some(name) = k.downcast::<StrData>().map(|s| s.as_str().to_string()) else {
                continue;
            };
            let clear = if pass == 0 {
                name.starts_with('_') && !name[1..].starts_with('_')
            } else {
                name != "__builtins__"
            };
            if !clear {
                continue;
            }
            match d.get_item(vm, &k) {
                Ok(Some(v)) if !vm.is_none(&v) => {
                    drop(v);
                    let _ = d.set_item(vm, k, vm.none.clone());
                }
                _ => {}
            }
        }
    }
}

fn flush_stdout(_vm: &Vm) {
    use std::io::Write;
    let _ = std::io::stdout().flush();
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as CPython does.
// CPython: sysmodule.c sys_excepthook_impl
fn sys_excepthook(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.new_type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        )));
    }
    flush_stdout(vm);
    let text = format_exception_value(vm, &args[1]);
    crate::sysmodule::write_stderr(vm, &text)?;
    Ok(vm.none.clone())
}

/// Sets `sys.excepthook` and `sys.__excepthook__` unless the sys module has them.
fn install_excepthook(vm: &Vm) {
    let Some(sys) = vm.sys.borrow().clone() else {
        return;
    };
    let Some(d) = crate::ops::instance_dict(vm, &sys, false) else {
        return;
    };
    let f = crate::objects::builtin::new_module_function(
        vm,
        "excepthook",
        sys_excepthook,
        Some(sys.clone()),
    );
    for name in ["excepthook", "__excepthook__"] {
        if d.get_str(&vm.intern(name)).is_none() {
            d.set_str(vm, &vm.intern(name), f.clone());
        }
    }
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
        install_excepthook(vm);
        if !crate::initconfig::get().no_site {
            crate::sitebuiltins::install(vm);
        }
        // What exists now lives as long as the interpreter: collections need not walk it.
        crate::gc::freeze_startup();
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

/// Calls a `sys.excepthook` the program replaced; false when it is the built-in one.
fn call_user_excepthook(vm: &Vm, e: &PyErr) -> bool {
    let Some(sys) = vm.sys.borrow().clone() else {
        return false;
    };
    let Ok(Some(hook)) = vm.getattr_opt(&sys, &vm.intern("excepthook")) else {
        return false;
    };
    if hook
        .downcast::<crate::objects::builtin::BuiltinFunctionData>()
        .is_some()
    {
        return false;
    }
    let tb = e
        .traceback
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone());
    if let Err(err) = vm.call(
        &hook,
        &[e.class().to_value(), e.as_value().clone(), tb],
        &[],
    ) {
        flush_stdout(vm);
        let mut s = String::from("Error in sys.excepthook:\n");
        s.push_str(&format_exception(vm, &err));
        s.push_str("\nOriginal exception was:\n");
        s.push_str(&format_exception(vm, e));
        let _ = crate::sysmodule::write_stderr(vm, &s);
    }
    true
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
        if let Some(i) = crate::objects::int::as_int(&code) {
            flush_stdout(vm);
            return match i.to_i64() {
                Some(n) => n as i32,
                None => {
                    let _ = crate::sysmodule::write_stderr(
                        vm,
                        "OverflowError: Python int too large to convert to C long\n",
                    );
                    -1
                }
            };
        }
        flush_stdout(vm);
        let s = vm.str(&code).unwrap_or_default();
        let _ = crate::sysmodule::write_stderr(vm, &format!("{s}\n"));
        return 1;
    }
    flush_stdout(vm);
    if call_user_excepthook(vm, &e) {
        return 1;
    }
    let text = format_exception(vm, &e);
    let _ = crate::sysmodule::write_stderr(vm, &text);
    1
}

/// The text CPython prints for an uncaught exception, chained exceptions first.
pub fn format_exception(vm: &Vm, e: &PyErr) -> String {
    format_exception_value(vm, e.as_value())
}

/// The text CPython prints for the exception `v` (any object), chained exceptions first.
pub fn format_exception_value(vm: &Vm, v: &Value) -> String {
    let mut ctx = PrintContext {
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    ctx.print_recursive(vm, v);
    ctx.out
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of printing one exception with its chain and sub-exceptions.
// CPython: pythonrun.c struct exception_print_context
struct PrintContext {
    out: String,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl PrintContext {
    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }

    fn indent(&self) -> usize {
        2 * self.depth
    }

    fn write_margin(&mut self) {
        let m = format!("{}{}", " ".repeat(self.indent()), self.margin());
        self.out.push_str(&m);
    }

    // CPython: pythonrun.c print_exception_recursive
    fn print_recursive(&mut self, vm: &Vm, v: &Value) {
        // Long chains of causes and contexts recurse here; stop before the Rust stack does.
        if self.seen.len() > 2000 {
            return;
        }
        self.cause_and_context(vm, v);
        if crate::objects::exceptions::is_exception_group(vm, v) {
            self.print_group(vm, v);
        } else {
            self.print_exception(vm, v);
        }
    }

    // CPython: pythonrun.c print_exception_cause_and_context
    fn cause_and_context(&mut self, vm: &Vm, v: &Value) {
        self.seen.push(v.raw());
        let Some(e) = v.downcast::<ExceptionData>() else {
            return;
        };
        let cause = e.cause.borrow().clone();
        if let Some(c) = cause {
            if !self.seen.contains(&c.raw()) {
                self.print_chained(
                    vm,
                    &c,
                    "The above exception was the direct cause of the following exception:\n",
                );
            }
            return;
        }
        if e.suppress_context.get() {
            return;
        }
        let context = e.context.borrow().clone();
        if let Some(c) = context {
            if !self.seen.contains(&c.raw()) {
                self.print_chained(
                    vm,
                    &c,
                    "During handling of the above exception, another exception occurred:\n",
                );
            }
        }
    }

    // CPython: pythonrun.c print_chained
    fn print_chained(&mut self, vm: &Vm, v: &Value, message: &str) {
        let need_close = self.need_close;
        self.print_recursive(vm, v);
        self.need_close = need_close;
        self.write_margin();
        self.out.push('\n');
        self.write_margin();
        self.out.push_str(message);
        self.write_margin();
        self.out.push('\n');
    }

    // CPython: pythonrun.c print_exception
    fn print_exception(&mut self, vm: &Vm, v: &Value) {
        let Some(e) = v.downcast::<ExceptionData>() else {
            self.write_margin();
            self.out.push_str(&format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                v.class().name()
            ));
            return;
        };
        let tb = e.traceback.borrow().clone();
        if let Some(tb) = tb {
            let is_group = crate::objects::exceptions::is_exception_group(vm, v);
            let (header, header_margin) = if is_group {
                (
                    "Exception Group Traceback (most recent call last):",
                    if self.depth == 1 { "+ " } else { self.margin() },
                )
            } else {
                ("Traceback (most recent call last):", self.margin())
            };
            let s = crate::traceback::format_tb_indented(
                vm,
                &tb,
                self.indent(),
                self.margin(),
                header_margin,
                header,
            );
            self.out.push_str(&s);
        }
        let notes = vm.getattr_opt(v, &vm.names.__notes__).ok().flatten();
        let mut value = v.clone();
        self.syntax_error_location(vm, &mut value);
        self.write_margin();
        self.out.push_str(&exception_message(vm, v.class(), &value));
        if let Some(s) = crate::traceback::suggestion(vm, v) {
            self.out.push_str(&s);
        }
        self.out.push('\n');
        if let Some(notes) = notes {
            self.print_notes(vm, &notes);
        }
    }

    // CPython: pythonrun.c print_exception_notes
    fn print_notes(&mut self, vm: &Vm, notes: &Value) {
        let is_seq = notes.downcast::<crate::objects::list::ListData>().is_some()
            || notes
                .downcast::<crate::objects::tuple::TupleData>()
                .is_some();
        if !is_seq {
            self.write_margin();
            let r = vm
                .repr(notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            self.out.push_str(&r);
            self.out.push('\n');
            return;
        }
        let items = vm.collect(notes).unwrap_or_default();
        for n in items {
            match vm.str(&n) {
                Ok(s) => {
                    for line in split_keepends(&s) {
                        self.write_margin();
                        self.out.push_str(line);
                    }
                }
                Err(_) => self.out.push_str("<note str() failed>"),
            }
            self.out.push('\n');
        }
    }

    // CPython: pythonrun.c print_exception_file_and_line
    fn syntax_error_location(&mut self, vm: &Vm, value: &mut Value) {
        if !value.class().is_subtype(vm.types.exc.syntax_error) {
            return;
        }
        let get = |n: &str| {
            vm.getattr_opt(value, &vm.intern(n))
                .ok()
                .flatten()
                .filter(|x| !vm.is_none(x))
        };
        let int = |x: &Value| crate::objects::int::as_int(x).and_then(|i| i.to_i64());
        // CPython: pythonrun.c parse_syntax_error (a failure prints no location).
        let Some(Ok(msg)) = vm
            .getattr_opt(value, &vm.intern("msg"))
            .ok()
            .map(|m| m.ok_or(()))
        else {
            return;
        };
        let filename = get("filename")
            .and_then(|f| vm.str(&f).ok())
            .unwrap_or_else(|| "<string>".to_string());
        let Some(lineno) = get("lineno").as_ref().and_then(int) else {
            return;
        };
        let offset = match get("offset") {
            None => -1,
            Some(o) => match int(&o) {
                Some(o) => o,
                None => return,
            },
        };
        let exact = std::ptr::eq(value.class(), vm.types.exc.syntax_error);
        let (end_lineno, mut end_offset) = if exact {
            (
                get("end_lineno").as_ref().and_then(int).unwrap_or(lineno),
                get("end_offset").as_ref().and_then(int).unwrap_or(-1),
            )
        } else {
            (lineno, -1)
        };
        let text =
            get("text").and_then(|t| t.downcast::<StrData>().map(|s| s.as_str().to_string()));
        self.write_margin();
        self.out
            .push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        if let Some(text) = text {
            let size = text.len() as i64;
            if end_lineno > lineno {
                end_offset = size;
            }
            if end_offset > size + 1 {
                end_offset = size + 1;
            }
            self.print_error_text(offset, end_offset, &text);
        }
        *value = msg;
    }

    // CPython: pythonrun.c print_error_text
    fn print_error_text(&mut self, offset: i64, end_offset: i64, text: &str) {
        let chars: Vec<char> = text.chars().collect();
        let mut offset = offset - 1;
        let mut end_offset = end_offset - 1;
        let mut start = 0;
        while start < chars.len() && matches!(chars[start], ' ' | '\t' | '\x0c') {
            start += 1;
            offset -= 1;
            end_offset -= 1;
        }
        let mut rest: &[char] = &chars[start..];
        let mut len = rest.len() as i64;
        if len > 0 && rest[rest.len() - 1] == '\n' {
            len -= 1;
        }
        if offset > len {
            offset = len;
        }
        while let Some(nl) = rest.iter().position(|c| *c == '\n') {
            let inl = nl as i64;
            if inl >= offset {
                break;
            }
            rest = &rest[nl + 1..];
            len -= inl + 1;
            offset -= inl + 1;
            end_offset -= inl + 1;
        }
        let line: String = rest.iter().collect();
        self.out.push_str("    ");
        self.out.push_str(&line);
        if !line.ends_with('\n') || len < 0 {
            self.out.push('\n');
        }
        if offset < 0 {
            return;
        }
        self.out.push_str("    ");
        self.out.push_str(&" ".repeat(offset as usize));
        let carets = if end_offset > offset {
            end_offset - offset
        } else {
            1
        };
        self.out.push_str(&"^".repeat(carets as usize));
        self.out.push('\n');
    }

    // CPython: pythonrun.c print_exception_group
    fn print_group(&mut self, vm: &Vm, v: &Value) {
        if self.depth > MAX_GROUP_DEPTH {
            self.write_margin();
            self.out
                .push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if self.depth == 0 {
            self.depth += 1;
        }
        self.print_exception(vm, v);
        let excs = crate::objects::exceptions::group_exceptions(vm, v);
        let n = if excs.len() <= MAX_GROUP_WIDTH {
            excs.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        self.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let pad = " ".repeat(self.indent());
            let lead = if i == 0 { "+-" } else { "  " };
            if i < MAX_GROUP_WIDTH {
                self.out.push_str(&format!(
                    "{pad}{lead}+---------------- {} ----------------\n",
                    i + 1
                ));
            } else {
                self.out.push_str(&format!(
                    "{pad}{lead}+---------------- ... ----------------\n"
                ));
            }
            self.depth += 1;
            if i < MAX_GROUP_WIDTH {
                let e = excs[i].clone();
                self.print_recursive(vm, &e);
            } else {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                self.write_margin();
                self.out.push_str(&format!(
                    "and {remaining} more exception{}\n",
                    if remaining > 1 { "s" } else { "" }
                ));
            }
            if last && self.need_close {
                let pad = " ".repeat(self.indent());
                self.out
                    .push_str(&format!("{pad}+------------------------------------\n"));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth -= 1;
        }
    }
}

/// `s` split into lines that keep their line endings (`str.splitlines(True)`).
fn split_keepends(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some((j, '\n')) = it.peek().copied() {
                    it.next();
                    end = j + 1;
                }
            }
            out.push(&s[start..end]);
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `Type: message` (without the newline), with the module prefix for classes outside
/// `builtins` and `__main__`.
// CPython: pythonrun.c print_exception_message
fn exception_message(
    vm: &Vm,
    t: &crate::object::Obj<crate::typeobject::TypeData>,
    value: &Value,
) -> String {
    let mut name = t.qualname.borrow().to_string();
    match t.dict.get_str(&vm.names.__module__) {
        Some(m) => match m.downcast::<StrData>() {
            Some(m) => {
                if m.as_str() != "builtins" && m.as_str() != "__main__" {
                    name = format!("{}.{name}", m.as_str());
                }
            }
            None => name = format!("<unknown>.{name}"),
        },
        None => {}
    }
    if vm.is_none(value) {
        return name;
    }
    match vm.str(value) {
        Ok(s) if s.is_empty() => name,
        Ok(s) => format!("{name}: {s}"),
        Err(_) => format!("{name}: <exception str() failed>"),
    }
}

/// The last line(s): `Type: message`, the suggestion and the notes.
pub fn format_exception_only(vm: &Vm, v: &Value) -> String {
    let mut ctx = PrintContext {
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    let notes = vm.getattr_opt(v, &vm.names.__notes__).ok().flatten();
    let mut value = v.clone();
    ctx.syntax_error_location(vm, &mut value);
    ctx.out.push_str(&exception_message(vm, v.class(), &value));
    if let Some(s) = crate::traceback::suggestion(vm, v) {
        ctx.out.push_str(&s);
    }
    ctx.out.push('\n');
    if let Some(notes) = notes {
        ctx.print_notes(vm, &notes);
    }
    ctx.out
}

/// Reports an exception that cannot be raised (in `__del__`, ...), as CPython's
/// `PyErr_WriteUnraisable`.
pub fn write_unraisable(vm: &Vm, e: &PyErr, obj: Option<&Value>) {
    // An error raised outside any frame (a generator that ignored GeneratorExit as it was
    // freed) gets the current frame as its traceback (CPython: errors.c
    // _PyErr_WriteUnraisableMsg).
    if e.traceback.borrow().is_none() {
        let frames = crate::bltin_frame::waiting_frames(vm);
        let tb = frames
            .first()
            .and_then(|f| crate::objects::frameobject::TracebackData::at_frame(vm, f));
        if tb.is_some() {
            *e.traceback.borrow_mut() = tb;
        }
    }
    // A hook the program installed gets a `sys.UnraisableHookArgs`; if it fails, its own
    // error is reported (CPython: errors.c _PyErr_WriteUnraisableMsg).
    let sys = vm.sys.borrow().clone();
    let hook = sys.and_then(|m| vm.getattr_str(&m, "unraisablehook").ok());
    if let Some(hook) = hook.filter(|h| !crate::sysmodule::is_default_unraisablehook(h)) {
        let args = (|| {
            let ty = crate::sysmodule::unraisable_hook_args_type(vm)
                .ok_or_else(|| vm.new_runtime_error("sys.UnraisableHookArgs missing"))?;
            let value = e.clone().into_value();
            let tb = e
                .traceback
                .borrow()
                .clone()
                .unwrap_or_else(|| vm.none.clone());
            let fields = vm.new_tuple(vec![
                value.class().to_value(),
                value,
                tb,
                vm.none.clone(),
                obj.cloned().unwrap_or_else(|| vm.none.clone()),
            ]);
            vm.call(&ty, &[fields], &[])
        })();
        let r = args.and_then(|a| vm.call(&hook, &[a], &[]));
        match r {
            Ok(_) => return,
            Err(he) => {
                let mut s = format!(
                    "Exception ignored in sys.unraisablehook: {}\n",
                    vm.repr(&hook).unwrap_or_default()
                );
                s.push_str(&format_exception(vm, &he));
                let _ = crate::sysmodule::write_stderr(vm, &s);
                return;
            }
        }
    }
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
    exec_file_named(vm, path, path, globals)
}

/// `exec_file` with the code named `name` (`<frozen os>` for the modules CPython freezes).
pub fn exec_file_named(vm: &Vm, path: &str, name: &str, globals: &DictRef) -> PyResult<()> {
    let bytes = std::fs::read(path)
        .map_err(|err| vm.new_exception_msg(vm.types.exc.os_error, err.to_string()))?;
    let source = String::from_utf8_lossy(&bytes).to_string();
    let code = match ouro_compiler::compile_module(&source, name, crate::initconfig::get().optimize)
    {
        Ok(c) => c,
        Err(ce) => {
            crate::impmodule::emit_compile_warnings(vm)?;
            return Err(syntax_error(vm, &ce, name, &source));
        }
    };
    crate::impmodule::emit_compile_warnings(vm)?;
    globals.set_str(vm, &vm.names.__builtins__, vm.builtins.to_value());
    run_in(vm, code, globals)
}

/// Runs module-level `code` with `globals` as its globals and locals.
fn run_in(vm: &Vm, code: CodeObject, globals: &DictRef) -> PyResult<()> {
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
    syntax_error_in(vm, ce, path, source, true)
}

/// `syntax_error` for a string compiled by `compile()`/`exec()`/`eval()`: the error's text is
/// the source line, ending with a newline only in exec mode (the tokenizer adds one there);
/// an error found after parsing takes its text from the file it names, as CPython's
/// PyErr_ProgramTextObject does, so a string's pseudo-file name gives None.
pub fn syntax_error_in(
    vm: &Vm,
    ce: &ouro_compiler::CompileError,
    path: &str,
    source: &str,
    exec_mode: bool,
) -> PyErr {
    use ouro_compiler::error::ErrorKind;
    let ty = match ce.kind {
        ErrorKind::IndentationError => vm.types.exc.indentation_error,
        ErrorKind::TabError => vm.types.exc.tab_error,
        ErrorKind::RecursionError => vm.types.exc.recursion_error,
        ErrorKind::MemoryError => vm.types.exc.memory_error,
        _ => vm.types.exc.syntax_error,
    };
    let from_file;
    let text_source = if ce.after_parse {
        from_file = std::fs::read_to_string(path).ok();
        from_file.as_deref()
    } else {
        Some(source)
    };
    let line = text_source.and_then(|src| {
        let l = src.split('\n').nth((ce.lineno.max(1) - 1) as usize)?;
        let had_newline = src.split('\n').count() > ce.lineno.max(1) as usize;
        Some(if exec_mode || had_newline {
            format!("{}\n", l.trim_end_matches('\r'))
        } else {
            l.to_string()
        })
    });
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
