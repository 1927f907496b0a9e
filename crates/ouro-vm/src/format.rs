//! String formatting: `format(value, spec)` for the built-in types (the format-spec
//! mini-language) and `%`-formatting. CPython: Python/formatter_unicode.c,
//! Objects/unicodeobject.c (PyUnicode_Format).

use crate::object::Value;
use crate::objects::float::FloatData;
use crate::objects::int::as_int;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

/// `format(v, spec)` for built-in values; None when not handled natively.
pub fn native_format(vm: &Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    if spec.is_empty() {
        return vm.str(v).map(Some);
    }
    let _ = (
        as_int(v),
        v.downcast::<FloatData>(),
        v.downcast::<StrData>(),
    );
    Err(vm.new_value_error(format!("format spec '{spec}' is not supported yet")))
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let items: Vec<Value> = match crate::ops::tuple_items(args) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut out = String::new();
    let mut it = items.iter();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some('s') => {
                out.push_str(&vm.str(it.next().ok_or_else(|| {
                    vm.new_type_error("not enough arguments for format string")
                })?)?)
            }
            Some('r') => {
                out.push_str(&vm.repr(it.next().ok_or_else(|| {
                    vm.new_type_error("not enough arguments for format string")
                })?)?)
            }
            Some('d') | Some('i') => {
                let v = it
                    .next()
                    .ok_or_else(|| vm.new_type_error("not enough arguments for format string"))?;
                out.push_str(&vm.repr(v)?);
            }
            _ => return Err(vm.new_value_error("unsupported format character")),
        }
    }
    if it.next().is_some() {
        return Err(vm.new_type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
