//! The builtins that CPython's `site` adds from `_sitebuiltins`: `exit` and `quit`
//! (`Quitter`), `copyright`, `credits` and `license` (`_Printer`, which pages its text) and
//! `help` (`_Helper`, which hands over to `pydoc`). The three classes are made here, in Rust,
//! with the attributes CPython's instances carry in their `__dict__`: running their Python
//! source at every start cost some 8% of an empty script's start-up. Their methods are native
//! (introspected, `exit.__call__` is a method-wrapper rather than a bound method).
//! CPython: Lib/_sitebuiltins.py, Lib/site.py setquit, setcopyright, sethelper.

use crate::object::Value;
use crate::vm::{PyResult, Vm};

/// Lines per page of a `_Printer` (CPython: `_Printer.MAXLINES`).
const MAXLINES: usize = 23;

/// The `credits` text.
const CREDITS: &str =
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.";

/// Defines the six builtins, unless the builtins already hold a name.
pub fn install(vm: &Vm) {
    let _ = try_install(vm);
}

fn try_install(vm: &Vm) -> PyResult<()> {
    let quitter = make_class(
        vm,
        "Quitter",
        &[
            (
                "__init__",
                quitter_init as crate::objects::builtin::NativeFn,
            ),
            ("__repr__", quitter_repr),
            ("__call__", quitter_call),
        ],
        None,
    )?;
    let printer = make_class(
        vm,
        "_Printer",
        &[
            (
                "__init__",
                printer_init as crate::objects::builtin::NativeFn,
            ),
            ("__repr__", printer_repr),
            ("__call__", printer_call),
        ],
        Some(("MAXLINES", vm.new_int(MAXLINES as i64))),
    )?;
    let helper = make_class(
        vm,
        "_Helper",
        &[
            ("__repr__", helper_repr as crate::objects::builtin::NativeFn),
            ("__call__", helper_call),
        ],
        None,
    )?;
    let eof = vm.new_str("Ctrl-D (i.e. EOF)");
    let copyright = match vm.sys.borrow().as_ref() {
        Some(sys) => vm.getattr_str(sys, "copyright")?,
        None => vm.new_str(""),
    };
    let license_text = vm.new_str("See https://www.python.org/psf/license/");
    let license = match vm.lib_dir.borrow().as_deref() {
        Some(dir) => {
            let dir = dir.trim_end_matches('/');
            let files = ["LICENSE.txt", "LICENSE"].map(|f| vm.new_str(f));
            let dirs =
                [format!("{dir}/.."), dir.to_owned(), ".".to_owned()].map(|d| vm.new_str(&d));
            let args = [
                vm.new_str("license"),
                license_text,
                vm.new_list(files.to_vec()),
                vm.new_list(dirs.to_vec()),
            ];
            vm.call(&printer, &args, &[])?
        }
        None => vm.call(&printer, &[vm.new_str("license"), license_text], &[])?,
    };
    let made = [
        (
            "exit",
            vm.call(&quitter, &[vm.new_str("exit"), eof.clone()], &[])?,
        ),
        ("quit", vm.call(&quitter, &[vm.new_str("quit"), eof], &[])?),
        (
            "copyright",
            vm.call(&printer, &[vm.new_str("copyright"), copyright], &[])?,
        ),
        (
            "credits",
            vm.call(&printer, &[vm.new_str("credits"), vm.new_str(CREDITS)], &[])?,
        ),
        ("license", license),
        ("help", vm.call(&helper, &[], &[])?),
    ];
    for (name, v) in made {
        let key = vm.intern(name);
        if vm.builtins.get_str(&key).is_none() {
            vm.builtins.set_str(vm, &key, v);
        }
    }
    Ok(())
}

/// A class of module `_sitebuiltins` deriving from `object`, with these native methods (and
/// one more attribute).
fn make_class(
    vm: &Vm,
    name: &str,
    methods: &[(&'static str, crate::objects::builtin::NativeFn)],
    extra: Option<(&str, Value)>,
) -> PyResult<Value> {
    let ns = vm.new_dict();
    ns.set_str(vm, &vm.names.__module__, vm.new_str("_sitebuiltins"));
    ns.set_str(vm, &vm.intern("__qualname__"), vm.new_str(name));
    for &(m, f) in methods {
        let d = crate::objects::builtin::native_method(vm, vm.types.object, m, f);
        ns.set_str(vm, &vm.intern_static(m), d);
    }
    if let Some((k, v)) = extra {
        ns.set_str(vm, &vm.intern(k), v);
    }
    crate::typeobject_new::type_new(
        vm,
        vm.types.type_,
        name,
        vec![vm.types.object.to_value()],
        &ns.to_value(),
        &[],
        &[],
    )
}

/// The arguments of a call of method `qualname` (`args[0]` is `self`, the last `kw.len()`
/// are keyword values) bound to `params`, the first `required` of them required, as a
/// Python function's would be; with CPython's messages.
fn bind<'a>(
    vm: &Vm,
    qualname: &str,
    args: &'a [Value],
    kw: &[Value],
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let npos = args.len() - kw.len();
    let pos = &args[1..npos];
    let mut out: Vec<Option<&Value>> = vec![None; params.len()];
    if pos.len() > params.len() {
        let takes = if required == params.len() {
            format!("{}", params.len() + 1)
        } else {
            format!("from {} to {}", required + 1, params.len() + 1)
        };
        return Err(vm.new_type_error(format!(
            "{qualname}() takes {takes} positional arguments but {} were given",
            pos.len() + 1
        )));
    }
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let key = crate::ops::str_of(k).unwrap_or("");
        match params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(_) => {
                return Err(vm.new_type_error(format!(
                    "{qualname}() got multiple values for argument '{key}'"
                )))
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "{qualname}() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    let missing: Vec<String> = params[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(p, _)| format!("'{p}'"))
        .collect();
    if !missing.is_empty() {
        let names = match missing.len() {
            1 => missing[0].clone(),
            n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(vm.new_type_error(format!(
            "{qualname}() missing {} required positional argument{s}: {names}",
            missing.len()
        )));
    }
    Ok(out)
}

fn set(vm: &Vm, obj: &Value, name: &str, v: Value) -> PyResult<()> {
    vm.setattr(obj, &vm.intern(name), Some(v))
}

fn get(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    vm.getattr_str(obj, name)
}

fn quitter_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "Quitter.__init__", args, kw, &["name", "eof"], 2)?;
    let (Some(name), Some(eof)) = (a[0], a[1]) else {
        unreachable!("both required")
    };
    set(vm, &args[0], "name", name.clone())?;
    set(vm, &args[0], "eof", eof.clone())?;
    Ok(vm.none.clone())
}

fn quitter_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind(vm, "Quitter.__repr__", args, kw, &[], 0)?;
    let name = vm.str(&get(vm, &args[0], "name")?)?;
    let eof = vm.str(&get(vm, &args[0], "eof")?)?;
    Ok(vm.new_str(&format!("Use {name}() or {eof} to exit")))
}

fn quitter_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "Quitter.__call__", args, kw, &["code"], 0)?;
    let code = a[0].cloned().unwrap_or_else(|| vm.none.clone());
    // Shells that catch the SystemExit notice their standard input closed; any error in
    // closing it is ignored.
    let sys = vm.sys.borrow().clone();
    if let Some(stdin) = sys.and_then(|s| get(vm, &s, "stdin").ok()) {
        let _ = vm.call_method(&stdin, &vm.intern("close"), &[]);
    }
    Err(vm.new_exception(vm.types.exc.system_exit, vec![code]))
}

fn printer_init(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "_Printer.__init__",
        args,
        kw,
        &["name", "data", "files", "dirs"],
        2,
    )?;
    let (Some(name), Some(data)) = (a[0], a[1]) else {
        unreachable!("both required")
    };
    let this = &args[0];
    set(vm, this, "_Printer__name", name.clone())?;
    set(vm, this, "_Printer__data", data.clone())?;
    set(vm, this, "_Printer__lines", vm.none.clone())?;
    // `[d + '/' + f for d in dirs for f in files]`.
    let mut filenames = Vec::new();
    if let (Some(files), Some(dirs)) = (a[2], a[3]) {
        let files = vm.collect(files)?;
        for d in vm.collect(dirs)? {
            for f in &files {
                let slash = vm.new_str("/");
                let with = vm.binary_op(&d, &slash, 0)?;
                filenames.push(vm.binary_op(&with, f, 0)?);
            }
        }
    }
    set(vm, this, "_Printer__filenames", vm.new_list(filenames))?;
    Ok(vm.none.clone())
}

/// `_Printer.__setup`: the lines of the first of its files that can be read, else of its
/// data, once.
fn printer_lines(vm: &Vm, this: &Value) -> PyResult<Vec<String>> {
    let lines = get(vm, this, "_Printer__lines")?;
    if vm.is_true(&lines)? {
        return vm.collect(&lines)?.iter().map(|l| vm.str(l)).collect();
    }
    let mut text = None;
    for path in vm.collect(&get(vm, this, "_Printer__filenames")?)? {
        if let Ok(t) = std::fs::read_to_string(vm.str(&path)?) {
            text = Some(t);
            break;
        }
    }
    let text = match text.filter(|t| !t.is_empty()) {
        Some(t) => t,
        None => vm.str(&get(vm, this, "_Printer__data")?)?,
    };
    let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let values = lines.iter().map(|l| vm.new_str(l)).collect();
    set(vm, this, "_Printer__lines", vm.new_list(values))?;
    set(
        vm,
        this,
        "_Printer__linecnt",
        vm.new_int(lines.len() as i64),
    )?;
    Ok(lines)
}

fn printer_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind(vm, "_Printer.__repr__", args, kw, &[], 0)?;
    let this = &args[0];
    let lines = printer_lines(vm, this)?;
    if lines.len() > MAXLINES {
        let name = vm.str(&get(vm, this, "_Printer__name")?)?;
        return Ok(vm.new_str(&format!("Type {name}() to see the full {name} text")));
    }
    Ok(vm.new_str(&lines.join("\n")))
}

fn printer_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind(vm, "_Printer.__call__", args, kw, &[], 0)?;
    let lines = printer_lines(vm, &args[0])?;
    let print = builtin(vm, "print")?;
    let input = builtin(vm, "input")?;
    let prompt = vm.new_str("Hit Return for more, or q (and Return) to quit: ");
    let mut start = 0;
    while start < lines.len() {
        for line in lines.iter().skip(start).take(MAXLINES) {
            vm.call(&print, &[vm.new_str(line)], &[])?;
        }
        start += MAXLINES;
        if start >= lines.len() {
            break;
        }
        let answer = loop {
            let a = vm.str(&vm.call(&input, &[prompt.clone()], &[])?)?;
            if a.is_empty() || a == "q" {
                break a;
            }
        };
        if answer == "q" {
            break;
        }
    }
    Ok(vm.none.clone())
}

fn helper_repr(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bind(vm, "_Helper.__repr__", args, kw, &[], 0)?;
    Ok(vm.new_str("Type help() for interactive help, or help(object) for help about object."))
}

/// `help(*args, **kwds)`: `pydoc.help(*args, **kwds)`.
fn helper_call(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pydoc = crate::import::import_module(vm, "pydoc")?;
    let help = get(vm, &pydoc, "help")?;
    vm.call(&help, &args[1..], kw)
}

fn builtin(vm: &Vm, name: &str) -> PyResult<Value> {
    vm.builtins.get_str(&vm.intern(name)).ok_or_else(|| {
        vm.new_exception_msg(
            vm.types.exc.name_error,
            format!("name '{name}' is not defined"),
        )
    })
}
