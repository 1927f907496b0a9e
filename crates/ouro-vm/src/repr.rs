//! `repr()` and `str()` of the built-in types, and the default `<X object at 0x...>` form.
//! CPython: the tp_repr functions of Objects/*.c.

use ouro_bytecode::repr as brepr;

use crate::object::Value;
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::{as_int, IntRef};
use crate::objects::list::ListData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// Containers being repr'd (CPython's Py_ReprEnter), to print `[...]` for cycles.
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn guarded(
    vm: &Vm,
    v: &Value,
    open: &str,
    close: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    guarded_as(vm, v, || format!("{open}...{close}"), f)
}

/// `guarded` with the text of a recursive repr made by `recursive`.
fn guarded_as(
    vm: &Vm,
    v: &Value,
    recursive: impl FnOnce() -> String,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let addr = v.raw();
    if REPR_STACK.with(|s| s.borrow().contains(&addr)) {
        return Ok(recursive());
    }
    // Nested containers recurse in Rust: bound the depth as CPython's recursion check does.
    if REPR_STACK.with(|s| s.borrow().len()) >= vm.thread.recursion_limit.get() as usize {
        return Err(vm.new_recursion_error(
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    REPR_STACK.with(|s| s.borrow_mut().push(addr));
    let r = f();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|a| *a == addr) {
            s.remove(p);
        }
    });
    r
}

/// `repr` of a set or frozenset of any class: `{1, 2}` for an exact set, `Name({1, 2})` for
/// the others and `Name()` when empty; a set met again inside its own repr is `Name(...)`.
/// CPython: setobject.c set_repr.
pub fn set_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let Some(s) = v.downcast::<crate::objects::set::SetData>() else {
        return Ok(default_repr(vm, v));
    };
    let ty = v.class();
    let name = ty.name();
    if s.is_empty() {
        return Ok(format!("{name}()"));
    }
    let exact_set = std::ptr::eq(ty, vm.types.set);
    guarded_as(
        vm,
        v,
        || format!("{name}(...)"),
        || {
            let items = s.items();
            let mut body = String::from("{");
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    body.push_str(", ");
                }
                body.push_str(&vm.repr(x)?);
            }
            body.push('}');
            Ok(if exact_set {
                body
            } else {
                format!("{name}({body})")
            })
        },
    )
}

/// `repr` of a built-in value; None when the type has no native repr.
pub fn native_repr(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    if v.is(&vm.none) {
        return Ok(Some("None".into()));
    }
    if v.is(&vm.true_) {
        return Ok(Some("True".into()));
    }
    if v.is(&vm.false_) {
        return Ok(Some("False".into()));
    }
    if v.is(&vm.ellipsis) {
        return Ok(Some("Ellipsis".into()));
    }
    if v.is(&vm.not_implemented) {
        return Ok(Some("NotImplemented".into()));
    }
    if let Some(i) = as_int(v) {
        return Ok(Some(match i {
            IntRef::Small(x) => x.to_string(),
            IntRef::Big(b) => crate::builtins::int_to_decimal(vm, b)?,
        }));
    }
    if let Some(f) = v.downcast::<FloatData>() {
        return Ok(Some(brepr::float_repr(f.0)));
    }
    if let Some(c) = v.downcast::<crate::objects::complex::ComplexData>() {
        return Ok(Some(brepr::complex_repr(c.re, c.im)));
    }
    if let Some(s) = v.downcast::<StrData>() {
        return Ok(Some(s.repr()));
    }
    if let Some(b) = v.downcast::<crate::objects::bytes::BytesData>() {
        return Ok(Some(brepr::bytes_repr(&b.0)));
    }
    if let Some(t) = v.downcast::<TupleData>() {
        let items = t.items().to_vec();
        return guarded(vm, v, "(", ")", || {
            let parts: PyResult<Vec<String>> = items.iter().map(|x| vm.repr(x)).collect();
            let parts = parts?;
            Ok(if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            })
        })
        .map(Some);
    }
    if let Some(l) = v.downcast::<ListData>() {
        return guarded(vm, v, "[", "]", || {
            let mut out = String::from("[");
            let mut i = 0;
            while let Some(x) = l.get(i) {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(&x)?);
                i += 1;
            }
            out.push(']');
            Ok(out)
        })
        .map(Some);
    }
    if let Some(d) = v.downcast::<DictData>() {
        return guarded(vm, v, "{", "}", || {
            let mut out = String::from("{");
            for (i, (k, x)) in d.items().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(k)?);
                out.push_str(": ");
                out.push_str(&vm.repr(x)?);
            }
            out.push('}');
            Ok(out)
        })
        .map(Some);
    }
    if v.downcast::<crate::objects::set::SetData>().is_some() {
        return set_repr(vm, v).map(Some);
    }
    crate::builtins::other_repr(vm, v)
}

/// `str` of built-in values that differs from their repr.
pub fn native_str(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = v.downcast::<StrData>() {
        return Ok(Some(s.as_str().to_string()));
    }
    if v.downcast::<crate::objects::exceptions::ExceptionData>()
        .is_some()
    {
        return crate::builtins::exception_str(vm, v).map(Some);
    }
    native_repr(vm, v)
}

/// `object.__repr__`: `<module.Name object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let t = v.class();
    let module = t.dict.get_str(&vm.names.__module__);
    let qual = t.qualname.borrow().clone();
    match module.as_ref().and_then(|m| m.downcast::<StrData>()) {
        Some(m) if m.as_str() != "builtins" => {
            format!("<{}.{} object at {:#x}>", m.as_str(), qual, v.raw())
        }
        _ => format!("<{} object at {:#x}>", qual, v.raw()),
    }
}

/// `ascii()`: escapes non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
