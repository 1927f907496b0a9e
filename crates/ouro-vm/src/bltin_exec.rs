//! The built-ins that run code or look at namespaces: `exec`, `eval`, `compile`, `globals`,
//! `locals`, `vars`, `dir`, `__import__` and `input`, plus the `__dir__` methods of `object`,
//! `type` and `module`. CPython: Python/bltinmodule.c, Objects/object.c (`_dir_object`),
//! Objects/typeobject.c (`type___dir___impl`, `object___dir___impl`).

use std::rc::Rc;

use crate::bltin_frame::{take_or_err, CallerFrame};
use crate::object::Value;
use crate::objects::code::CodeData;
use crate::objects::dict::{DictData, DictRef};
use crate::objects::function::CellData;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::typeobject::TypeData;
use crate::vm::{PyResult, Vm};

fn npos(args: &[Value], kw: &[Value]) -> usize {
    args.len() - kw.len()
}

fn no_kwargs(vm: &Vm, name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.new_type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn at_most(vm: &Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() > n {
        return Err(vm.new_type_error(format!(
            "{name} expected at most {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

/// `globals()`.
pub fn bi_globals(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "globals", kw)?;
    if !args.is_empty() {
        return Err(vm.new_type_error(format!(
            "globals() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(take_or_err(vm, "globals()")?.globals.into_value())
}

/// `locals()`.
pub fn bi_locals(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "locals", kw)?;
    if !args.is_empty() {
        return Err(vm.new_type_error(format!(
            "locals() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(take_or_err(vm, "locals()")?.locals)
}

/// `vars([object])`.
pub fn bi_vars(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "vars", kw)?;
    at_most(vm, "vars", args, 1)?;
    match args.first() {
        None => Ok(take_or_err(vm, "vars()")?.locals),
        Some(o) => match vm.getattr_opt(o, &vm.names.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.new_type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

/// Sorted list of the string items of `v` (non-strings sort after, in their order).
fn sorted_names(vm: &Vm, v: &Value) -> PyResult<Value> {
    let items = vm.collect(v)?;
    let mut strs: Vec<(String, Value)> = Vec::new();
    let mut others = Vec::new();
    for it in items {
        match it.downcast::<StrData>() {
            Some(s) => strs.push((s.as_str().to_string(), it.clone())),
            None => others.push(it),
        }
    }
    if !others.is_empty() && !strs.is_empty() {
        return Err(vm.new_type_error(format!(
            "'<' not supported between instances of '{}' and 'str'",
            others[0].class().name()
        )));
    }
    strs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out: Vec<Value> = strs.into_iter().map(|(_, v)| v).collect();
    out.extend(others);
    Ok(vm.new_list(out))
}

/// `dir([object])`.
pub fn bi_dir(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "dir", kw)?;
    at_most(vm, "dir", args, 1)?;
    let Some(obj) = args.first() else {
        let locals = take_or_err(vm, "dir()")?.locals;
        let keys = match locals.downcast::<DictData>() {
            Some(d) => vm.new_list(d.items().into_iter().map(|(k, _)| k).collect()),
            None => vm.call_method(&locals, &vm.names.keys, &[])?,
        };
        return sorted_names(vm, &keys);
    };
    let Some(d) = obj.class().lookup(&vm.intern("__dir__")) else {
        return Err(vm.new_type_error("object does not provide __dir__"));
    };
    let r = vm.call_found(obj, d, &[])?;
    sorted_names(vm, &r)
}

fn push_keys(out: &mut Vec<Value>, seen: &mut std::collections::HashSet<String>, d: &DictData) {
    for (k, _) in d.items() {
        let key = match k.downcast::<StrData>() {
            Some(s) => s.as_str().to_string(),
            None => format!("#{}", k.raw()),
        };
        if seen.insert(key) {
            out.push(k);
        }
    }
}

/// `object.__dir__(self)`: the instance dict's keys and those of its class and bases.
fn object_dir(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(vm.new_type_error("descriptor '__dir__' of 'object' object needs an argument"));
    };
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(d) = crate::ops::instance_dict(vm, obj, false) {
        push_keys(&mut out, &mut seen, &d);
    }
    let cls = vm.getattr(obj, &vm.intern("__class__"))?;
    if let Some(t) = cls.downcast::<TypeData>() {
        for c in t.mro() {
            push_keys(&mut out, &mut seen, &c.dict);
        }
    }
    Ok(vm.new_list(out))
}

/// `type.__dir__(cls)`: the keys of the class dicts along the MRO.
fn type_dir(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(t) = args.first().and_then(|a| a.downcast::<TypeData>()) else {
        return Err(vm.new_type_error("descriptor '__dir__' requires a 'type' object"));
    };
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for c in t.mro() {
        push_keys(&mut out, &mut seen, &c.dict);
    }
    Ok(vm.new_list(out))
}

/// `module.__dir__(self)`: the module dict's `__dir__` function, or its keys.
fn module_dir(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(m) = args.first().and_then(|a| a.downcast::<ModuleData>()) else {
        return Err(vm.new_type_error("descriptor '__dir__' requires a 'module' object"));
    };
    // The dict is the module's `__dict__` attribute, which a subclass may override (CPython:
    // moduleobject.c module___dir___impl).
    let d = vm.getattr(&args[0], &vm.names.__dict__)?;
    let Some(dict) = d.downcast_ref::<DictData>() else {
        return Err(vm.new_type_error("<module>.__dict__ is not a dictionary"));
    };
    if !crate::object::PyRef::ptr_eq(&dict, &m.dict) {
        if let Some(f) = dict.get_str(&vm.intern("__dir__")) {
            return vm.call(&f, &[], &[]);
        }
        return Ok(vm.new_list(dict.items().into_iter().map(|(k, _)| k).collect()));
    }
    if let Some(f) = m.dict.get_str(&vm.intern("__dir__")) {
        return vm.call(&f, &[], &[]);
    }
    if vm.sys.borrow().as_ref().is_some_and(|s| s.is(&args[0])) {
        // sys makes some attributes on first use: dir() shows them as CPython's does, and
        // not the module `__getattr__` that makes them.
        crate::sysmodule::make_lazy_attributes(vm, &m.dict);
        let hook = vm.intern("__getattr__");
        return Ok(vm.new_list(
            m.dict
                .items()
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| !k.is(hook.as_value()))
                .collect(),
        ));
    }
    Ok(vm.new_list(m.dict.items().into_iter().map(|(k, _)| k).collect()))
}

/// Resolves the namespaces of `exec`/`eval`: (globals, locals).
fn namespaces(
    vm: &Vm,
    fname: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(DictRef, Value)> {
    let globals = globals.filter(|g| !vm.is_none(g));
    let locals = locals.filter(|l| !vm.is_none(l));
    let (g, l) = match globals {
        Some(g) => {
            let Some(gd) = g.downcast_ref::<DictData>() else {
                return Err(vm.new_type_error(if fname == "exec" {
                    format!("exec() globals must be a dict, not {}", g.class().name())
                } else {
                    format!("globals must be a real dict; try eval(expr, {{}}, mapping)")
                }));
            };
            let l = locals.cloned().unwrap_or_else(|| g.clone());
            (gd, l)
        }
        None => {
            let caller: CallerFrame = take_or_err(vm, fname)?;
            let l = locals.cloned().unwrap_or(caller.locals);
            (caller.globals, l)
        }
    };
    if l.downcast::<DictData>().is_none() && !vm.isinstance(&l, vm.types.dict) {
        let is_mapping = l.class().lookup(&vm.names.__getitem__).is_some();
        if !is_mapping {
            return Err(vm.new_type_error(if fname == "exec" {
                format!("locals must be a mapping or None, not {}", l.class().name())
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    if g.get_str(&vm.names.__builtins__).is_none() {
        g.set_str(vm, &vm.names.__builtins__, vm.builtins.to_value());
    }
    Ok((g, l))
}

/// Source text of a `str`, `bytes` or buffer argument.
fn source_text(vm: &Vm, fname: &str, v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = v.downcast::<StrData>() {
        return Ok(Some(s.as_str().to_string()));
    }
    if let Some(b) = v.downcast::<crate::objects::bytes::BytesData>() {
        return match std::str::from_utf8(&b.0) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) => Err(vm.new_exception_msg(
                vm.types.exc.syntax_error,
                "source code cannot contain null bytes",
            )),
        };
    }
    if v.downcast::<CodeData>().is_some() {
        return Ok(None);
    }
    Err(vm.new_type_error(format!(
        "{fname}() arg 1 must be a string, bytes or code object"
    )))
}

fn compile_source(
    vm: &Vm,
    source: &str,
    filename: &str,
    mode: &str,
    optimize: u32,
) -> PyResult<crate::objects::code::CodeRef> {
    if source.contains('\0') {
        return Err(vm.new_exception_msg(
            vm.types.exc.syntax_error,
            "source code string cannot contain null bytes",
        ));
    }
    let (text, mode) = match mode {
        "eval" => (
            source.trim_start_matches([' ', '\t']),
            ouro_compiler::Mode::Eval,
        ),
        "single" => (source, ouro_compiler::Mode::Single),
        _ => (source, ouro_compiler::Mode::Exec),
    };
    let compiled = ouro_compiler::compile(text, filename, mode, optimize);
    crate::impmodule::emit_compile_warnings(vm)?;
    match compiled {
        Ok(c) => Ok(crate::objects::code::from_code_object(vm, &Rc::new(c))),
        Err(ce) => Err(crate::pythonrun::syntax_error_in(
            vm,
            &ce,
            filename,
            source,
            mode == ouro_compiler::Mode::Exec,
        )),
    }
}

/// Takes exec's keyword-only `closure` out of the keyword arguments (vectorcall), returning
/// it and the remaining arguments.
fn take_closure<'a>(
    args: &'a [Value],
    kw: &'a [Value],
) -> (
    Option<Value>,
    std::borrow::Cow<'a, [Value]>,
    std::borrow::Cow<'a, [Value]>,
) {
    let npos = args.len() - kw.len();
    let Some(at) = kw.iter().position(|k| {
        k.downcast::<StrData>()
            .is_some_and(|s| s.as_str() == "closure")
    }) else {
        return (None, args.into(), kw.into());
    };
    let value = args[npos + at].clone();
    let mut rest_args: Vec<Value> = args.to_vec();
    rest_args.remove(npos + at);
    let mut rest_kw: Vec<Value> = kw.to_vec();
    rest_kw.remove(at);
    (Some(value), rest_args.into(), rest_kw.into())
}

/// Runs `code` in the namespaces, its free variables (the last slots of its locals) bound
/// to `cells`.
fn run_code_with(
    vm: &Vm,
    code: crate::objects::code::CodeRef,
    globals: DictRef,
    locals: Value,
    cells: &[Value],
) -> PyResult<Value> {
    // The namespace's own `__builtins__` (a dict or a module) serves as its built-ins.
    let builtins = match globals.get_str(&vm.names.__builtins__) {
        Some(b) => match b.downcast_ref::<DictData>() {
            Some(d) => d,
            None => match b.downcast::<ModuleData>() {
                Some(m) => m.dict.clone(),
                None => vm.builtins.clone(),
            },
        },
        None => vm.builtins.clone(),
    };
    let off = code.nlocalsplus - cells.len();
    let frame = crate::ceval::Frame::new(code, globals, builtins, Some(locals), None);
    for (i, c) in cells.iter().enumerate() {
        drop(frame.region.set(off + i, Some(c.clone())));
    }
    crate::ceval::run(vm, frame)
}

/// Splits `args` (vectorcall) into positional values by the names of a signature.
fn bind<'a>(
    vm: &Vm,
    fname: &str,
    args: &'a [Value],
    kw: &'a [Value],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let n = npos(args, kw);
    if n > names.len() {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len(),
            n
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args[..n].iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw.iter().zip(&args[n..]) {
        let k = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
        match names.iter().position(|x| *x == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.new_type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if let Some(i) = out[..required].iter().position(|o| o.is_none()) {
        return Err(vm.new_type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub fn bi_exec(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Argument Clinic's counts: all arguments first, then the positional ones.
    let npos = args.len() - kw.len();
    if args.len() > 4 {
        let keyword = if npos == 0 { "keyword " } else { "" };
        return Err(vm.new_type_error(format!(
            "exec() takes at most 4 {keyword}arguments ({} given)",
            args.len()
        )));
    }
    if npos > 3 {
        return Err(vm.new_type_error(format!(
            "exec() takes at most 3 positional arguments ({npos} given)"
        )));
    }
    let (closure, args, kw) = take_closure(args, kw);
    let a = bind(vm, "exec", &args, &kw, &["source", "globals", "locals"], 1)?;
    let src = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let (g, l) = namespaces(vm, "exec", a[1].as_ref(), a[2].as_ref())?;
    let closure = closure.filter(|c| !vm.is_none(c));
    let code = match source_text(vm, "exec", &src)? {
        Some(_) if closure.is_some() => {
            return Err(vm.new_type_error("closure can only be used when source is a code object"));
        }
        Some(text) => compile_source(
            vm,
            &text,
            "<string>",
            "exec",
            crate::initconfig::get().optimize,
        )?,
        None => match src.try_into_ref::<CodeData>() {
            Ok(c) => c,
            Err(_) => return Err(vm.new_type_error("exec() arg 1 must be a code object")),
        },
    };
    // The cells of the code's free variables (CPython: builtin_exec_impl).
    let nfree = code.code.freevars().len();
    let cells = match closure {
        None if nfree == 0 => Vec::new(),
        Some(_) if nfree == 0 => {
            return Err(vm.new_type_error("cannot use a closure with this code object"));
        }
        c => {
            let cells = c
                .as_ref()
                .filter(|c| std::ptr::eq(c.class(), vm.types.tuple))
                .and_then(|c| c.downcast::<TupleData>())
                .map(|t| t.items().to_vec())
                .filter(|items| {
                    items.len() == nfree && items.iter().all(|i| i.downcast::<CellData>().is_some())
                });
            match cells {
                Some(cells) => cells,
                None => {
                    return Err(vm.new_type_error(format!(
                        "code object requires a closure of exactly length {nfree}"
                    )));
                }
            }
        }
    };
    run_code_with(vm, code, g, l, &cells)?;
    Ok(vm.none.clone())
}

/// `eval(source, globals=None, locals=None, /)`.
pub fn bi_eval(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(vm, "eval", args, kw, &["source", "globals", "locals"], 1)?;
    let src = a[0].clone().unwrap_or_else(|| vm.none.clone());
    if src.downcast::<StrData>().is_none()
        && src.downcast::<crate::objects::bytes::BytesData>().is_none()
        && src.downcast::<CodeData>().is_none()
    {
        return Err(vm.new_type_error("eval() arg 1 must be a string, bytes or code object"));
    }
    let (g, l) = namespaces(vm, "eval", a[1].as_ref(), a[2].as_ref())?;
    let code = match source_text(vm, "eval", &src)? {
        Some(text) => compile_source(
            vm,
            &text,
            "<string>",
            "eval",
            crate::initconfig::get().optimize,
        )?,
        None => match src.try_into_ref::<CodeData>() {
            Ok(c) => c,
            Err(_) => return Err(vm.new_type_error("eval() arg 1 must be a code object")),
        },
    };
    if !code.code.freevars().is_empty() {
        return Err(
            vm.new_type_error("code object passed to eval() may not contain free variables")
        );
    }
    run_code_with(vm, code, g, l, &[])
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn bi_compile(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "compile",
        args,
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
    )?;
    let src = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let filename = match a[1].as_ref().and_then(|f| f.downcast::<StrData>()) {
        Some(s) => s.as_str().to_string(),
        None => {
            let f = a[1].clone().unwrap_or_else(|| vm.none.clone());
            return Err(vm.new_type_error(format!(
                "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                f.class().name()
            )));
        }
    };
    let mode = match a[2].as_ref().and_then(|f| f.downcast::<StrData>()) {
        Some(s) => s.as_str().to_string(),
        None => {
            let f = a[2].clone().unwrap_or_else(|| vm.none.clone());
            return Err(vm.new_type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                f.class().name()
            )));
        }
    };
    let flags = match a[3].as_ref() {
        Some(flags) => vm.index_to_isize(flags)?,
        None => 0,
    };
    if flags & !COMPILE_FLAGS_ALLOWED != 0 {
        return Err(vm.new_value_error("compile(): unrecognised flags"));
    }
    // -1: the interpreter's own level (`-O`, `-OO`).
    let mut optimize = crate::initconfig::get().optimize;
    if let Some(o) = a[5].as_ref() {
        let o = vm.index_to_isize(o)?;
        if !(-1..=2).contains(&o) {
            return Err(vm.new_value_error("compile(): invalid optimize value"));
        }
        if o >= 0 {
            optimize = o as u32;
        }
    }
    if !matches!(mode.as_str(), "exec" | "eval" | "single" | "func_type") {
        return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    if src.downcast::<CodeData>().is_some() {
        return Ok(src);
    }
    let only_ast = flags & crate::astmodule::PY_CF_ONLY_AST != 0;
    if let Some(text) = ast_source(vm, &src, &mode)? {
        if only_ast {
            return Ok(src);
        }
        return Ok(compile_source(vm, &text, &filename, &mode, optimize)?.into_value());
    }
    let Some(text) = source_text(vm, "compile", &src)? else {
        return Ok(src);
    };
    if only_ast {
        return crate::astmodule::compile_to_ast(vm, &text, &filename, &mode);
    }
    Ok(compile_source(vm, &text, &filename, &mode, optimize)?.into_value())
}

/// The flags `compile()` accepts: the `__future__` features, the obsolete `CO_NESTED`, and
/// `PyCF_ONLY_AST`, `PyCF_DONT_IMPLY_DEDENT`, `PyCF_TYPE_COMMENTS`,
/// `PyCF_ALLOW_TOP_LEVEL_AWAIT`, `PyCF_ALLOW_INCOMPLETE_INPUT`.
/// CPython: bltinmodule.c builtin_compile_impl (PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK).
const COMPILE_FLAGS_ALLOWED: isize = 0x10 | 0x1fe_0000 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

/// When `src` is an `ast.AST` node, checks that its class suits `mode` and returns source
/// text for it. The text comes from `ast.unparse`, so the code's line numbers are those of the
/// unparsed text rather than the nodes' own positions (an approximation until the compiler
/// accepts `_ast` trees directly). CPython: bltinmodule.c builtin_compile_impl (PyAST_Check).
fn ast_source(vm: &Vm, src: &Value, mode: &str) -> PyResult<Option<String>> {
    if src.downcast::<StrData>().is_some()
        || src.downcast::<crate::objects::bytes::BytesData>().is_some()
    {
        return Ok(None);
    }
    let Some(astm) = vm.modules.get_str(&vm.intern("_ast")) else {
        return Ok(None);
    };
    let base = vm.getattr_str(&astm, "AST")?;
    let Some(base) = base.downcast::<TypeData>() else {
        return Ok(None);
    };
    if !src.class().is_subtype(base) {
        return Ok(None);
    }
    let want = match mode {
        "exec" => "Module",
        "eval" => "Expression",
        "single" => "Interactive",
        _ => "FunctionType",
    };
    let node_ty = vm.getattr_str(&astm, want)?;
    let ok = node_ty
        .downcast::<TypeData>()
        .is_some_and(|t| src.class().is_subtype(t));
    if !ok {
        return Err(vm.new_type_error(format!("expected {want} node, got {}", src.class().name())));
    }
    let ast = crate::import::import_module(vm, "ast")?;
    let unparse = vm.getattr_str(&ast, "unparse")?;
    let text = vm.call(&unparse, &[src.clone()], &[])?;
    match text.downcast::<StrData>() {
        Some(t) => Ok(Some(t.as_str().to_string())),
        None => Err(vm.new_type_error("ast.unparse() did not return a str")),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn bi_import(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = bind(
        vm,
        "__import__",
        args,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let Some(n) = name.downcast::<StrData>() else {
        return Err(vm.new_type_error(format!(
            "__import__() argument 1 must be str, not {}",
            name.class().name()
        )));
    };
    let level = a[4].clone().unwrap_or_else(|| vm.new_int(0));
    let lv = vm.index_to_isize(&level)?;
    if lv < 0 {
        return Err(vm.new_value_error("level must be >= 0"));
    }
    if n.as_str().is_empty() && lv == 0 {
        return Err(vm.new_value_error("Empty module name"));
    }
    let globals = match a[1].as_ref().and_then(|g| g.downcast_ref::<DictData>()) {
        Some(g) => g,
        None => vm.new_dict(),
    };
    let fromlist = a[3].clone().unwrap_or_else(|| vm.none.clone());
    let fromlist = if vm.is_none(&fromlist)
        || fromlist
            .downcast::<crate::objects::tuple::TupleData>()
            .is_some()
    {
        fromlist
    } else {
        vm.new_tuple(vm.collect(&fromlist)?)
    };
    let name = vm.intern(n.as_str());
    crate::import::import_name_in(vm, &globals, &name, &fromlist, &level)
}

/// `input(prompt='')`: reads a line from standard input.
pub fn bi_input(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "input", kw)?;
    at_most(vm, "input", args, 1)?;
    let sys = vm.sys.borrow().clone();
    let stream = |name: &str| -> Option<Value> {
        sys.as_ref()
            .and_then(|m| m.downcast::<crate::objects::module::ModuleData>())
            .and_then(|m| m.dict.get_str(&vm.intern(name)))
    };
    // CPython: bltinmodule.c builtin_input_impl (the non-interactive path).
    let stdin = stream("stdin").filter(|s| !vm.is_none(s));
    let Some(stdin) = stdin else {
        return Err(vm.new_runtime_error("input(): lost sys.stdin"));
    };
    let stdout = stream("stdout").filter(|s| !vm.is_none(s));
    let Some(stdout) = stdout else {
        return Err(vm.new_runtime_error("input(): lost sys.stdout"));
    };
    if let Some(err) = stream("stderr").filter(|s| !vm.is_none(s)) {
        if let Some(f) = vm.getattr_opt(&err, &vm.names.flush)? {
            let _ = vm.call(&f, &[], &[]);
        }
    }
    if let Some(p) = args.first() {
        let s = vm.str(p)?;
        let w = vm.getattr(&stdout, &vm.names.write)?;
        vm.call(&w, &[vm.new_string(s)], &[])?;
    }
    let fl = vm.getattr(&stdout, &vm.names.flush)?;
    vm.call(&fl, &[], &[])?;
    let rl = vm.getattr_str(&stdin, "readline")?;
    let line = vm.call(&rl, &[], &[])?;
    let Some(s) = line.downcast::<StrData>() else {
        return Err(vm.new_type_error(format!("object.readline() returned non-string")));
    };
    if s.char_len() == 0 {
        return Err(vm.new_exception_msg(vm.types.exc.eof_error, "EOF when reading a line"));
    }
    let text = s.as_str();
    Ok(vm.new_str(text.strip_suffix('\n').unwrap_or(text)))
}

/// `open(file, mode='r', ...)`: `_io.open`.
pub fn bi_open(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let io = crate::import::import_module(vm, "_io")?;
    let f = vm.getattr_str(&io, "open")?;
    vm.call(&f, args, kw)
}

/// `isinstance(obj, cls)` (CPython `object_recursive_isinstance`).
pub fn isinstance(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if obj.class().to_value().is(cls) {
        return Ok(true);
    }
    if let Some(args) = crate::objects::union::union_args(cls) {
        return isinstance(vm, obj, &args);
    }
    if let Some(items) = cls.downcast::<crate::objects::tuple::TupleData>() {
        for c in items.items() {
            if isinstance(vm, obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(t) = cls.downcast::<TypeData>() {
        let meta = cls.class();
        if meta.is_heap() {
            if let Some(f) = meta.lookup(&vm.names.__instancecheck__) {
                if f.downcast::<crate::objects::builtin::MethodDescrData>()
                    .is_none()
                {
                    let r = vm.call_found(cls, f, &[obj.clone()])?;
                    return vm.is_true(&r);
                }
            }
        }
        if obj.class().is_subtype(t) {
            return Ok(true);
        }
        return Ok(match vm.getattr_opt(obj, &vm.intern("__class__"))? {
            Some(c) => c.downcast::<TypeData>().is_some_and(|c| c.is_subtype(t)),
            None => false,
        });
    }
    if let Some(f) = cls.class().lookup(&vm.names.__instancecheck__) {
        let r = vm.call_found(cls, f, &[obj.clone()])?;
        return vm.is_true(&r);
    }
    Err(vm.new_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// `issubclass(derived, cls)` (CPython `object_issubclass`).
pub fn issubclass(vm: &Vm, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(args) = crate::objects::union::union_args(cls) {
        return issubclass(vm, derived, &args);
    }
    if let Some(items) = cls.downcast::<crate::objects::tuple::TupleData>() {
        for c in items.items() {
            if issubclass(vm, derived, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let meta = cls.class();
    if cls.downcast::<TypeData>().is_none() || meta.is_heap() {
        if let Some(f) = meta.lookup(&vm.names.__subclasscheck__) {
            if cls.downcast::<TypeData>().is_none()
                || f.downcast::<crate::objects::builtin::MethodDescrData>()
                    .is_none()
            {
                let r = vm.call_found(cls, f, &[derived.clone()])?;
                return vm.is_true(&r);
            }
        }
    }
    let Some(d) = derived.downcast::<TypeData>() else {
        return Err(vm.new_type_error("issubclass() arg 1 must be a class"));
    };
    match cls.downcast::<TypeData>() {
        Some(t) => Ok(d.is_subtype(t)),
        None => Err(
            vm.new_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        ),
    }
}

fn bi_isinstance(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "isinstance", kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok(vm.new_bool(isinstance(vm, &args[0], &args[1])?))
}

fn bi_issubclass(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs(vm, "issubclass", kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok(vm.new_bool(issubclass(vm, &args[0], &args[1])?))
}

/// Registers these built-ins and the `__dir__` methods.
pub fn init(vm: &Vm) {
    use crate::objects::builtin::{add_method, new_module_function, NativeFn};
    let fns: &[(&'static str, NativeFn)] = &[
        ("globals", bi_globals),
        ("locals", bi_locals),
        ("vars", bi_vars),
        ("dir", bi_dir),
        ("exec", bi_exec),
        ("eval", bi_eval),
        ("compile", bi_compile),
        ("__import__", bi_import),
        ("input", bi_input),
        ("open", bi_open),
        ("isinstance", bi_isinstance),
        ("issubclass", bi_issubclass),
    ];
    for (name, f) in fns {
        vm.builtins.set_str(
            vm,
            &vm.intern(name),
            new_module_function(vm, name, *f, None),
        );
    }
    add_method(vm, vm.types.object, "__dir__", object_dir);
    add_method(vm, vm.types.type_, "__dir__", type_dir);
    add_method(vm, vm.types.module, "__dir__", module_dir);
    crate::typeobject::init_type_attrs(vm);
    crate::objects::object::init_object_attrs(vm);
    crate::objects::builtin::init_builtin_attrs(vm);
    crate::objects::descr::init_descr_attrs(vm);
}
