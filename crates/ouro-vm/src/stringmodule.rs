//! The `_string` module that `string.Formatter` uses: `formatter_parser(s)`, a lazy iterator of
//! `(literal_text, field_name, format_spec, conversion)` tuples over a format string, and
//! `formatter_field_name_split(name)`, which splits a field name into its first part and a
//! lazy iterator of `(is_attribute, key)` pairs. Errors are raised when the iterator reaches
//! them, as CPython does. CPython: Objects/stringlib/unicode_format.h (MarkupIterator_next,
//! parse_field, field_name_split, FieldNameIterator_next), Objects/unicodeobject.c.

use std::cell::{Cell, RefCell};

use crate::object::{alloc_object, Payload, Value};
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::list::slf;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::types::StaticType;
use crate::vm::{PyErr, PyResult, Vm};

/// The state of a `formatteriterator`: the format string and the read position.
struct FormatterIter {
    s: Vec<char>,
    pos: Cell<usize>,
}

impl Payload for FormatterIter {}

/// The state of a `fieldnameiterator`: the rest of the field name and the read position.
struct FieldNameIter {
    s: Vec<char>,
    pos: Cell<usize>,
}

impl Payload for FieldNameIter {}

thread_local! {
    static TYPES: RefCell<Option<(StaticType, StaticType)>> = const { RefCell::new(None) };
}

fn iter_self(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    args.first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("descriptor '__iter__' needs an argument"))
}

fn types(vm: &Vm) -> (StaticType, StaticType) {
    if let Some(t) = TYPES.with(|t| *t.borrow()) {
        return t;
    }
    let f = crate::types::make_builtin_subtype::<FormatterIter>(
        "formatteriterator",
        vm.types.object,
        0,
        0,
    );
    add_method(vm, f, "__iter__", iter_self);
    add_method(vm, f, "__next__", formatter_next);
    let n = crate::types::make_builtin_subtype::<FieldNameIter>(
        "fieldnameiterator",
        vm.types.object,
        0,
        0,
    );
    add_method(vm, n, "__iter__", iter_self);
    add_method(vm, n, "__next__", fieldname_next);
    TYPES.with(|t| *t.borrow_mut() = Some((f, n)));
    (f, n)
}

/// One step of the format-string parser: `None` at the end, else the literal text, and the
/// field (name, spec, conversion) when a replacement field follows it.
type Field = (String, Option<(String, String, Option<char>)>);

/// CPython: unicode_format.h MarkupIterator_next.
fn markup_next(s: &[char], pos: &mut usize) -> Result<Option<Field>, &'static str> {
    let n = s.len();
    if *pos >= n {
        return Ok(None);
    }
    let start = *pos;
    let mut c = '\0';
    let mut markup_follows = false;
    while *pos < n {
        c = s[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            markup_follows = true;
            break;
        }
    }
    let at_end = *pos >= n;
    let mut len = *pos - start;
    if c == '}' && markup_follows && (at_end || s[*pos] != '}') {
        return Err("Single '}' encountered in format string");
    }
    if at_end && c == '{' && markup_follows {
        return Err("Single '{' encountered in format string");
    }
    if !at_end && markup_follows {
        if s[*pos] == c {
            *pos += 1;
            markup_follows = false;
        } else {
            len -= 1;
        }
    }
    let literal: String = s[start..start + len].iter().collect();
    if !markup_follows {
        return Ok(Some((literal, None)));
    }
    let field = parse_field(s, pos)?;
    Ok(Some((literal, Some(field))))
}

/// Reads one replacement field after its `{`. CPython: unicode_format.h parse_field.
fn parse_field(
    s: &[char],
    pos: &mut usize,
) -> Result<(String, String, Option<char>), &'static str> {
    let n = s.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < n {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *pos < n && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let ended = matches!(c, '}' | ':' | '!') && *pos > name_start && s[*pos - 1] == c;
    let name_end = if ended { *pos - 1 } else { *pos };
    let name: String = s[name_start..name_end].iter().collect();
    if ended && (c == '!' || c == ':') {
        let mut conversion = None;
        if c == '!' {
            if *pos >= n {
                return Err("end of string while looking for conversion specifier");
            }
            conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < n {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok((name, String::new(), conversion));
                }
                if c2 != ':' {
                    return Err("expected ':' after conversion specifier");
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < n {
            let c = s[*pos];
            *pos += 1;
            if c == '{' {
                count += 1;
            } else if c == '}' {
                count -= 1;
                if count == 0 {
                    let spec: String = s[spec_start..*pos - 1].iter().collect();
                    return Ok((name, spec, conversion));
                }
            }
        }
        return Err("unmatched '{' in format spec");
    }
    if !ended || c != '}' {
        return Err("expected '}' before end of string");
    }
    Ok((name, String::new(), None))
}

fn value_error(vm: &Vm, msg: &str) -> PyErr {
    vm.new_value_error(msg)
}

fn formatter_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = slf::<FormatterIter>(vm, args, "formatteriterator", "__next__")?;
    let mut pos = it.pos.get();
    let r = markup_next(&it.s, &mut pos);
    it.pos.set(pos);
    match r {
        Err(m) => {
            it.pos.set(it.s.len());
            Err(value_error(vm, m))
        }
        Ok(None) => Err(vm.new_stop_iteration(None)),
        Ok(Some((lit, field))) => {
            let items = match field {
                None => vec![
                    vm.new_string(lit),
                    vm.none.clone(),
                    vm.none.clone(),
                    vm.none.clone(),
                ],
                Some((name, spec, conv)) => vec![
                    vm.new_string(lit),
                    vm.new_string(name),
                    vm.new_string(spec),
                    match conv {
                        Some(c) => vm.new_string(c.to_string()),
                        None => vm.none.clone(),
                    },
                ],
            };
            Ok(vm.new_tuple(items))
        }
    }
}

/// The value of a decimal field-name part, `None` when it is not all digits.
/// CPython: unicode_format.h get_integer.
fn get_integer(vm: &Vm, s: &[char]) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let Some(d) = crate::unicodectype::decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as i64)) {
            Some(a) => a,
            None => {
                return Err(vm.new_value_error("Too many decimal digits in format string"));
            }
        };
    }
    Ok(Some(acc))
}

fn key_value(vm: &Vm, part: &[char]) -> PyResult<Value> {
    Ok(match get_integer(vm, part)? {
        Some(i) => vm.new_int(i),
        None => vm.new_string(part.iter().collect()),
    })
}

/// CPython: unicode_format.h FieldNameIterator_next.
fn fieldname_next(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let it = slf::<FieldNameIter>(vm, args, "fieldnameiterator", "__next__")?;
    let s = &it.s;
    let n = s.len();
    let mut pos = it.pos.get();
    if pos >= n {
        return Err(vm.new_stop_iteration(None));
    }
    let c = s[pos];
    pos += 1;
    let (is_attr, start, end) = match c {
        '.' => {
            let st = pos;
            while pos < n && s[pos] != '.' && s[pos] != '[' {
                pos += 1;
            }
            (true, st, pos)
        }
        '[' => {
            let st = pos;
            while pos < n && s[pos] != ']' {
                pos += 1;
            }
            if pos >= n {
                it.pos.set(n);
                return Err(vm.new_value_error("Missing ']' in format string"));
            }
            let e = pos;
            pos += 1;
            (false, st, e)
        }
        _ => {
            it.pos.set(n);
            return Err(
                vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")
            );
        }
    };
    it.pos.set(pos);
    if start == end {
        return Err(vm.new_value_error("Empty attribute in format string"));
    }
    let key = if is_attr {
        vm.new_string(s[start..end].iter().collect())
    } else {
        key_value(vm, &s[start..end])?
    };
    Ok(vm.new_tuple(vec![vm.new_bool(is_attr), key]))
}

fn str_arg(vm: &Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<Vec<char>> {
    if !kw.is_empty() {
        return Err(vm.new_type_error(format!("_string.{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(vm.new_type_error(format!(
            "_string.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    match args[0].downcast::<StrData>() {
        Some(s) => Ok(s.as_str().chars().collect()),
        None => Err(vm.new_type_error(format!("expected str, got {}", args[0].class().name()))),
    }
}

/// `_string.formatter_parser(s)`.
fn formatter_parser(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = str_arg(vm, "formatter_parser", args, kw)?;
    let (t, _) = types(vm);
    Ok(alloc_object(
        t,
        FormatterIter {
            s,
            pos: Cell::new(0),
        },
    )
    .into_value())
}

/// `_string.formatter_field_name_split(name)`. CPython: unicode_format.h field_name_split.
fn formatter_field_name_split(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = str_arg(vm, "formatter_field_name_split", args, kw)?;
    let i = s
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(s.len());
    let first = key_value(vm, &s[..i])?;
    let (_, t) = types(vm);
    let rest = alloc_object(
        t,
        FieldNameIter {
            s: s[i..].to_vec(),
            pos: Cell::new(0),
        },
    )
    .into_value();
    Ok(vm.new_tuple(vec![first, rest]))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("formatter_field_name_split", formatter_field_name_split),
    ("formatter_parser", formatter_parser),
];

/// Makes the `_string` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_string");
    if let Some(md) = m.downcast::<ModuleData>() {
        crate::objects::builtin::add_module_functions(vm, &md.dict, Some(&m), FUNCTIONS);
        md.dict
            .set_str(vm, &vm.names.__doc__, vm.new_str("string helper module"));
    }
    m
}
