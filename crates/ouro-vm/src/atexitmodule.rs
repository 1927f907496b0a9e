//! The `atexit` module: functions registered to run when the interpreter exits, called in
//! reverse order of registration by `run_exitfuncs` (which `pythonrun` calls at shutdown, after
//! the main module finished, and `atexit._run_exitfuncs` calls on demand). An exception in a
//! handler is printed as CPython prints it ("Exception ignored in atexit callback: ...") and
//! the remaining handlers still run. CPython: Modules/atexitmodule.c.

use std::cell::RefCell;

use crate::object::Value;
use crate::objects::builtin::NativeFn;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};

/// One registered handler: the function, its positional arguments, its keyword names and the
/// keyword values follow the positional ones (vectorcall layout).
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

thread_local! {
    /// The handlers, in order of registration; unregistered ones leave a hole (as CPython's
    /// array, which `_ncallbacks` counts).
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = const { RefCell::new(Vec::new()) };
}

/// `atexit.register(func, *args, **kwargs)`: returns `func`.
fn register(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos == 0 {
        return Err(vm.new_type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = args[0].clone();
    if !is_callable(vm, &func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let cb = Callback {
        func: func.clone(),
        args: args[1..].to_vec(),
        kwnames: kw.to_vec(),
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(cb)));
    Ok(func)
}

fn is_callable(vm: &Vm, v: &Value) -> bool {
    crate::weakrefobject::is_callable(vm, v)
}

/// `atexit.unregister(func)`: removes every registration of `func` (compared with `==`).
fn unregister(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() != 1 || !kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "atexit.unregister() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let n = CALLBACKS.with(|c| c.borrow().len());
    for i in 0..n {
        let f = CALLBACKS.with(|c| {
            c.borrow()
                .get(i)
                .and_then(|e| e.as_ref().map(|cb| cb.func.clone()))
        });
        let Some(f) = f else { continue };
        let same = f.is(&args[0]) || vm.eq_bool(&f, &args[0])?;
        if same {
            let old = CALLBACKS.with(|c| c.borrow_mut().get_mut(i).and_then(|e| e.take()));
            drop(old);
        }
    }
    Ok(vm.none.clone())
}

/// Runs the handlers, last registered first, then forgets them all.
// CPython: atexitmodule.c atexit_callfuncs
pub fn run_exitfuncs(vm: &Vm) {
    let n = CALLBACKS.with(|c| c.borrow().len());
    for i in (0..n).rev() {
        let entry = CALLBACKS.with(|c| {
            c.borrow().get(i).and_then(|e| {
                e.as_ref()
                    .map(|cb| (cb.func.clone(), cb.args.clone(), cb.kwnames.clone()))
            })
        });
        let Some((func, args, kwnames)) = entry else {
            continue;
        };
        if let Err(e) = vm.call(&func, &args, &kwnames) {
            let mut s = format!(
                "Exception ignored in atexit callback: {}\n",
                vm.repr(&func).unwrap_or_default()
            );
            s.push_str(&crate::pythonrun::format_exception(vm, &e));
            let _ = crate::sysmodule::write_stderr(vm, &s);
        }
    }
    clear();
}

fn clear() {
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
}

fn run_exitfuncs_fn(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(vm.none.clone())
}

fn clear_fn(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    clear();
    Ok(vm.none.clone())
}

fn ncallbacks(vm: &Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.new_int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_clear", clear_fn),
    ("_ncallbacks", ncallbacks),
    ("_run_exitfuncs", run_exitfuncs_fn),
    ("register", register),
    ("unregister", unregister),
];

/// Makes the `atexit` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "atexit");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = &md.dict;
        crate::objects::builtin::add_module_functions(vm, &d, Some(&m), FUNCTIONS);
    }
    m
}
