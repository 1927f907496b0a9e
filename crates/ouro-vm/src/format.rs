//! String formatting: `format(value, spec)` for the built-in types (dispatching to the
//! format-spec mini-language in formatter_unicode.rs), `str.format`/`format_map` (the
//! replacement-field parser) and `%`-formatting of str and bytes.
//! CPython: Python/formatter_unicode.c, Objects/stringlib/unicode_format.h,
//! Objects/unicodeobject.c (PyUnicode_Format), Objects/bytesobject.c (_PyBytes_FormatEx).

use num_bigint::BigInt;

use crate::formatter_unicode::{self as fu, FmtErr};
use crate::object::Value;
use crate::objects::builtin::{add_method, NativeFn};
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::as_int;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::vm::{PyErr, PyResult, Vm};

fn fmt_err(vm: &Vm, e: FmtErr) -> PyErr {
    match e {
        FmtErr::Value(m) => vm.new_value_error(m),
        FmtErr::Overflow(m) => vm.new_overflow_error(m),
    }
}

/// `format(v, spec)` for built-in values; None when not handled natively.
pub fn native_format(vm: &Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    if spec.is_empty() {
        return vm.str(v).map(Some);
    }
    if let Some(i) = as_int(v) {
        let tyname = if v.is(&vm.true_) || v.is(&vm.false_) {
            "bool"
        } else {
            "int"
        };
        return fu::format_int(&i.to_bigint(), spec, tyname)
            .map(Some)
            .map_err(|e| fmt_err(vm, e));
    }
    if let Some(f) = v.downcast::<FloatData>() {
        return fu::format_float(f.0, spec)
            .map(Some)
            .map_err(|e| vm.new_value_error(e));
    }
    if let Some(c) = v.downcast::<crate::objects::complex::ComplexData>() {
        return fu::format_complex(c.re, c.im, spec)
            .map(Some)
            .map_err(|e| vm.new_value_error(e));
    }
    if let Some(s) = v.downcast::<StrData>() {
        return fu::format_str(s.as_str(), spec)
            .map(Some)
            .map_err(|e| vm.new_value_error(e));
    }
    Ok(None)
}

fn int_format_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let spec = crate::strmethods::one_arg(vm, "int", "__format__", args, kw)?;
    let spec = spec.downcast::<StrData>().ok_or_else(|| {
        vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            spec.class().name()
        ))
    })?;
    let v = &args[0];
    let Some(i) = as_int(v) else {
        return Err(vm.new_type_error("descriptor '__format__' requires a 'int' object"));
    };
    if spec.as_str().is_empty() {
        return vm.str_value(v);
    }
    let tyname = if v.class().is_subtype(vm.types.bool_) {
        "bool".to_string()
    } else {
        v.class().name().to_string()
    };
    fu::format_int(&i.to_bigint(), spec.as_str(), &tyname)
        .map(|s| vm.new_string(s))
        .map_err(|e| fmt_err(vm, e))
}

fn float_format_m(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let spec = crate::strmethods::one_arg(vm, "float", "__format__", args, kw)?;
    let spec = spec.downcast::<StrData>().ok_or_else(|| {
        vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            spec.class().name()
        ))
    })?;
    let Some(f) = args[0].downcast::<FloatData>() else {
        return Err(vm.new_type_error("descriptor '__format__' requires a 'float' object"));
    };
    if spec.as_str().is_empty() {
        return vm.str_value(&args[0]);
    }
    fu::format_float(f.0, spec.as_str())
        .map(|s| vm.new_string(s))
        .map_err(|e| vm.new_value_error(e))
}

/// Registers `int.__format__` and `float.__format__`.
pub fn init(vm: &Vm) {
    let m: &[(crate::types::StaticType, &'static str, NativeFn)] = &[
        (vm.types.int, "__format__", int_format_m),
        (vm.types.float, "__format__", float_format_m),
    ];
    for (t, n, f) in m {
        add_method(vm, t, n, *f);
    }
}

// ----- str.format -----

/// The keyword arguments of `str.format` (a list of pairs) or `format_map`'s mapping.
pub enum FormatKw {
    List(Vec<(Value, Value)>),
    Mapping(Value),
}

struct Formatter<'a> {
    vm: &'a Vm,
    args: &'a [Value],
    kw: &'a FormatKw,
    auto: Option<usize>,
    manual: bool,
}

impl<'a> Formatter<'a> {
    fn new(vm: &'a Vm, args: &'a [Value], kw: &'a FormatKw) -> Formatter<'a> {
        Formatter {
            vm,
            args,
            kw,
            auto: None,
            manual: false,
        }
    }

    fn format(&mut self, s: &[char], depth: i32) -> PyResult<String> {
        self.format_data(s, depth).map(|d| d.as_str().to_string())
    }

    /// The formatted text; the fields' lone surrogates are kept.
    fn format_data(&mut self, s: &[char], depth: i32) -> PyResult<StrData> {
        let vm = self.vm;
        if depth <= 0 {
            return Err(vm.new_value_error("Max string recursion exceeded"));
        }
        let mut out = crate::objects::str::StrBuilder::new();
        let mut i = 0;
        let n = s.len();
        while i < n {
            let c = s[i];
            if c == '}' {
                if i + 1 < n && s[i + 1] == '}' {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(vm.new_value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if i + 1 < n && s[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 >= n {
                return Err(vm.new_value_error("Single '{' encountered in format string"));
            }
            // Find the end of the field as CPython's MarkupIterator does: the field name (where
            // '[...]' is opaque and '!' takes the next character as the conversion), then the
            // spec with nested braces counted.
            // CPython: unicode_format.h MarkupIterator_next
            let start = i + 1;
            let mut j = start;
            let mut level = 1;
            let mut in_bracket = false;
            let mut in_spec = false;
            let mut saw_conv = false;
            while j < n {
                let c = s[j];
                if !in_spec {
                    if in_bracket {
                        if c == ']' {
                            in_bracket = false;
                        }
                        j += 1;
                        continue;
                    }
                    match c {
                        '[' => in_bracket = true,
                        '!' => {
                            saw_conv = true;
                            j += 1;
                            if j >= n {
                                return Err(vm.new_value_error(
                                    "end of string while looking for conversion specifier",
                                ));
                            }
                        }
                        ':' => in_spec = true,
                        '{' => {
                            return Err(vm.new_value_error("unexpected '{' in field name"));
                        }
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                } else {
                    match c {
                        '{' => level += 1,
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                j += 1;
            }
            if level != 0 {
                return Err(vm.new_value_error(if in_spec || saw_conv {
                    "unmatched '{' in format spec"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let field = &s[start..j];
            i = j + 1;
            out.push_data(&self.field(field, depth)?);
        }
        Ok(out.finish())
    }

    fn field(&mut self, field: &[char], depth: i32) -> PyResult<StrData> {
        let vm = self.vm;
        // Split name, conversion, spec; the name ends at the first '!' or ':' outside brackets.
        let mut k = 0;
        let mut in_bracket = false;
        while k < field.len() {
            let c = field[k];
            if c == '[' {
                in_bracket = true;
            } else if c == ']' {
                in_bracket = false;
            } else if !in_bracket && (c == '!' || c == ':') {
                break;
            } else if c == '{' && !in_bracket {
                return Err(vm.new_value_error("unexpected '{' in field name"));
            }
            k += 1;
        }
        let name = &field[..k];
        let mut conv = None;
        let mut spec: &[char] = &[];
        if k < field.len() && field[k] == '!' {
            if k + 1 >= field.len() {
                return Err(
                    vm.new_value_error("end of string while looking for conversion specifier")
                );
            }
            conv = Some(field[k + 1]);
            let rest = k + 2;
            if rest < field.len() {
                if field[rest] != ':' {
                    return Err(vm.new_value_error("expected ':' after conversion specifier"));
                }
                spec = &field[rest + 1..];
            }
        } else if k < field.len() {
            spec = &field[k + 1..];
        }
        let value = self.lookup(name)?;
        let value = match conv {
            None => value,
            Some('r') => vm.repr_value(&value)?,
            Some('s') => vm.str_value(&value)?,
            Some('a') => vm.new_string(crate::repr::ascii_escape(&vm.repr(&value)?)),
            Some(c) => return Err(vm.new_value_error(format!("Unknown conversion specifier {c}"))),
        };
        let spec = if spec.contains(&'{') {
            self.format(spec, depth - 1)?
        } else {
            spec.iter().collect()
        };
        let r = vm.format(&value, Some(&vm.new_string(spec)))?;
        Ok(r.downcast::<StrData>()
            .map(|s| StrData::clone(s))
            .unwrap_or_else(|| StrData::new("")))
    }

    fn lookup(&mut self, name: &[char]) -> PyResult<Value> {
        let vm = self.vm;
        let first_end = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first: String = name[..first_end].iter().collect();
        let mut obj = if first.is_empty() {
            if self.manual {
                return Err(vm.new_value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let idx = self.auto.unwrap_or(0);
            self.auto = Some(idx + 1);
            self.positional(idx)?
        } else if let Some(idx) = parse_index(&first) {
            if self.auto.is_some() {
                return Err(vm.new_value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.manual = true;
            self.positional(idx)?
        } else {
            let key = vm.new_string(first.clone());
            match self.kw {
                FormatKw::List(pairs) => {
                    let mut found = None;
                    for (k, v) in pairs {
                        if k.downcast::<StrData>().is_some_and(|k| k.as_str() == first) {
                            found = Some(v.clone());
                        }
                    }
                    found.ok_or_else(|| vm.new_key_error(key))?
                }
                FormatKw::Mapping(m) => vm.getitem(m, &key)?,
            }
        };
        let mut i = first_end;
        while i < name.len() {
            if name[i] == '.' {
                let st = i + 1;
                let mut e = st;
                while e < name.len() && name[e] != '.' && name[e] != '[' {
                    e += 1;
                }
                if e == st {
                    return Err(vm.new_value_error("Empty attribute in format string"));
                }
                let attr: String = name[st..e].iter().collect();
                obj = vm.getattr_str(&obj, &attr)?;
                i = e;
            } else if name[i] == '[' {
                let st = i + 1;
                let Some(off) = name[st..].iter().position(|&c| c == ']') else {
                    return Err(vm.new_value_error("Missing ']' in format string"));
                };
                let e = st + off;
                if e == st {
                    return Err(vm.new_value_error("Empty attribute in format string"));
                }
                let key: String = name[st..e].iter().collect();
                let k = match parse_index(&key) {
                    Some(n) => vm.new_int(n as i64),
                    None => vm.new_string(key),
                };
                obj = vm.getitem(&obj, &k)?;
                i = e + 1;
                if i < name.len() && name[i] != '.' && name[i] != '[' {
                    return Err(vm.new_value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            } else {
                return Err(
                    vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(obj)
    }

    fn positional(&self, idx: usize) -> PyResult<Value> {
        match self.kw {
            FormatKw::Mapping(_) => Err(self
                .vm
                .new_value_error("Format string contains positional fields")),
            _ => self.args.get(idx).cloned().ok_or_else(|| {
                self.vm.new_index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                ))
            }),
        }
    }
}

fn parse_index(s: &str) -> Option<usize> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(vm: &Vm, fmt: &str, args: &[Value], kw: &FormatKw) -> PyResult<String> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut f = Formatter::new(vm, args, kw);
    f.format(&cs, 2)
}

/// `fmt.format(*args, **kw)` keeping the lone surrogates of the fields.
pub fn str_format_data(vm: &Vm, fmt: &str, args: &[Value], kw: &FormatKw) -> PyResult<StrData> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut f = Formatter::new(vm, args, kw);
    f.format_data(&cs, 2)
}

// ----- %-formatting -----

struct PctSpec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// `fmt % args` for str, keeping the lone surrogates of `%s` arguments.
pub fn percent_format_data(vm: &Vm, fmt: &str, args: &Value) -> PyResult<StrData> {
    let cs: Vec<char> = fmt.chars().collect();
    let out = percent_core(vm, &cs, args, false)?;
    if out.iter().any(|&u| crate::objects::str::is_surrogate(u)) {
        return Ok(StrData::from_code_points(&out));
    }
    Ok(StrData::from_string(
        out.into_iter()
            .map(|u| char::from_u32(u).unwrap_or('\u{fffd}'))
            .collect(),
    ))
}

/// `fmt % args` for str.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let cs: Vec<char> = fmt.chars().collect();
    let out = percent_core(vm, &cs, args, false)?;
    Ok(out
        .into_iter()
        .map(|u| char::from_u32(u).unwrap_or('\u{fffd}'))
        .collect())
}

/// `fmt % args` for bytes.
pub fn bytes_percent_format(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let cs: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let out = percent_core(vm, &cs, args, true)?;
    Ok(out.into_iter().map(|u| u as u8).collect())
}

fn is_mapping_arg(vm: &Vm, v: &Value) -> bool {
    v.downcast::<TupleData>().is_none()
        && v.downcast::<StrData>().is_none()
        && crate::bytesmethods::bytes_like(v).is_none()
        && (v.downcast::<DictData>().is_some()
            || v.downcast::<crate::objects::list::ListData>().is_some()
            || v.class().lookup(&vm.names.__getitem__).is_some())
}

fn percent_core(vm: &Vm, cs: &[char], args: &Value, bytes: bool) -> PyResult<Vec<u32>> {
    let tuple: Option<Vec<Value>> = args.downcast::<TupleData>().map(|t| t.items().to_vec());
    let items: Vec<Value> = tuple.clone().unwrap_or_else(|| vec![args.clone()]);
    let is_map = is_mapping_arg(vm, args);
    let mut argi = 0usize;
    let mut used_mapping = false;
    let mut out: Vec<u32> = Vec::new();
    let mut i = 0;
    let n = cs.len();
    let next_arg = |argi: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*argi)
            .cloned()
            .ok_or_else(|| vm.new_type_error("not enough arguments for format string"))?;
        *argi += 1;
        Ok(v)
    };
    while i < n {
        let c = cs[i];
        if c != '%' {
            out.push(c as u32);
            i += 1;
            continue;
        }
        i += 1;
        if i >= n {
            return Err(vm.new_value_error("incomplete format"));
        }
        let pct_index = i - 1;
        let mut mapped: Option<Value> = None;
        if cs[i] == '(' {
            if !is_map {
                return Err(vm.new_type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let st = i + 1;
            let mut j = st;
            while j < n && depth > 0 {
                if cs[j] == '(' {
                    depth += 1;
                } else if cs[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.new_value_error("incomplete format key"));
            }
            let key: String = cs[st..j - 1].iter().collect();
            let keyv = if bytes {
                crate::ops::new_bytes(vm, cs[st..j - 1].iter().map(|&c| c as u32 as u8).collect())
            } else {
                vm.new_string(key)
            };
            mapped = Some(vm.getitem(args, &keyv)?);
            used_mapping = true;
            i = j;
        }
        let mut sp = PctSpec {
            left: false,
            plus: false,
            space: false,
            alt: false,
            zero: false,
            width: None,
            prec: None,
        };
        while i < n {
            match cs[i] {
                '-' => sp.left = true,
                '+' => sp.plus = true,
                ' ' => sp.space = true,
                '#' => sp.alt = true,
                '0' => sp.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < n && cs[i] == '*' {
            let w = next_arg(&mut argi)?;
            let Some(w) = as_int(&w).and_then(|w| w.to_i64()) else {
                return Err(vm.new_type_error("* wants int"));
            };
            if w < 0 {
                sp.left = true;
            }
            if w.unsigned_abs() > i32::MAX as u64 {
                return Err(vm.new_exception(vm.types.exc.memory_error, vec![]));
            }
            sp.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let st = i;
            let mut w: usize = 0;
            while i < n && cs[i].is_ascii_digit() {
                w = w
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(cs[i] as usize - '0' as usize))
                    .ok_or_else(|| vm.new_value_error("width too big"))?;
                i += 1;
            }
            if i > st {
                sp.width = Some(w);
            }
        }
        if i < n && cs[i] == '.' {
            i += 1;
            if i < n && cs[i] == '*' {
                let p = next_arg(&mut argi)?;
                let Some(p) = as_int(&p).and_then(|p| p.to_i64()) else {
                    return Err(vm.new_type_error("* wants int"));
                };
                sp.prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p: usize = 0;
                while i < n && cs[i].is_ascii_digit() {
                    p = p
                        .checked_mul(10)
                        .and_then(|p| p.checked_add(cs[i] as usize - '0' as usize))
                        .ok_or_else(|| vm.new_value_error("precision too big"))?;
                    i += 1;
                }
                sp.prec = Some(p);
            }
        }
        while i < n && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err(vm.new_value_error("incomplete format"));
        }
        let conv = cs[i];
        let conv_index = i;
        i += 1;
        if conv == '%' {
            // With flags, width or precision in between, CPython takes an argument for it.
            if conv_index > pct_index + 1 && mapped.is_none() {
                next_arg(&mut argi)?;
            }
            out.push('%' as u32);
            continue;
        }
        let v = match mapped.take() {
            Some(v) => v,
            None => next_arg(&mut argi)?,
        };
        let piece = percent_one(vm, conv, conv_index, &sp, &v, bytes)?;
        out.extend(piece);
    }
    if tuple.is_some() {
        if argi < items.len() && !used_mapping {
            return Err(vm.new_type_error(if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
    } else if argi == 0 && !is_map && !used_mapping {
        return Err(vm.new_type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn pad(sp: &PctSpec, sign: &str, body: Vec<u32>, numeric: bool) -> Vec<u32> {
    let len = sign.chars().count() + body.len();
    let width = sp.width.unwrap_or(0);
    let mut out: Vec<u32> = Vec::new();
    if len >= width {
        out.extend(sign.chars().map(|c| c as u32));
        out.extend(body);
        return out;
    }
    let padn = width - len;
    if sp.left {
        out.extend(sign.chars().map(|c| c as u32));
        out.extend(body);
        out.extend(std::iter::repeat(' ' as u32).take(padn));
    } else if sp.zero && numeric {
        out.extend(sign.chars().map(|c| c as u32));
        out.extend(std::iter::repeat('0' as u32).take(padn));
        out.extend(body);
    } else {
        out.extend(std::iter::repeat(' ' as u32).take(padn));
        out.extend(sign.chars().map(|c| c as u32));
        out.extend(body);
    }
    out
}

fn text_units(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn percent_one(
    vm: &Vm,
    conv: char,
    idx: usize,
    sp: &PctSpec,
    v: &Value,
    bytes: bool,
) -> PyResult<Vec<u32>> {
    match conv {
        's' | 'r' | 'a' | 'b' => {
            let body: Vec<u32> = if bytes {
                match conv {
                    's' | 'b' => match crate::bytesmethods::bytes_like(v) {
                        Some(b) => b.iter().map(|&x| x as u32).collect(),
                        None => {
                            if let Some(r) = vm.call_special(v, &vm.intern("__bytes__"), &[])? {
                                match crate::bytesmethods::bytes_like(&r) {
                                    Some(b) => b.iter().map(|&x| x as u32).collect(),
                                    None => {
                                        return Err(vm.new_type_error(format!(
                                            "__bytes__ returned non-bytes (type {})",
                                            r.class().name()
                                        )))
                                    }
                                }
                            } else {
                                return Err(vm.new_type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                    v.class().name()
                                )));
                            }
                        }
                    },
                    _ => text_units(&crate::repr::ascii_escape(&vm.repr(v)?)),
                }
            } else if let Some(sd) = v
                .downcast::<StrData>()
                .filter(|s| conv == 's' && s.is_exact() && s.has_surrogates())
            {
                // A str with lone surrogates goes in as its code points.
                sd.code_points()
            } else {
                let s = match conv {
                    's' => vm.str(v)?,
                    'r' => vm.repr(v)?,
                    'a' => crate::repr::ascii_escape(&vm.repr(v)?),
                    _ => return Err(unsupported(vm, conv, idx)),
                };
                text_units(&s)
            };
            let body = match sp.prec {
                Some(p) => body.into_iter().take(p).collect(),
                None => body,
            };
            Ok(pad(sp, "", body, false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let iv: BigInt = if let Some(i) = as_int(v) {
                i.to_bigint()
            } else if let Some(f) = v.downcast::<FloatData>() {
                if matches!(conv, 'o' | 'x' | 'X') {
                    return Err(vm.new_type_error(format!(
                        "%{conv} format: an integer is required, not float"
                    )));
                }
                if f.0.is_nan() {
                    return Err(vm.new_value_error("cannot convert float NaN to integer"));
                }
                if f.0.is_infinite() {
                    return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
                }
                num_traits::FromPrimitive::from_f64(f.0.trunc()).unwrap_or_default()
            } else if matches!(conv, 'o' | 'x' | 'X') {
                if v.class().lookup(&vm.names.__index__).is_some() {
                    let r = vm
                        .call_special(v, &vm.names.__index__, &[])?
                        .unwrap_or_else(|| vm.new_int(0));
                    as_int(&r).map(|i| i.to_bigint()).unwrap_or_default()
                } else {
                    return Err(vm.new_type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        v.class().name()
                    )));
                }
            } else if let Some(r) = vm.call_special(v, &vm.intern("__int__"), &[])? {
                as_int(&r).map(|i| i.to_bigint()).unwrap_or_default()
            } else if v.class().lookup(&vm.names.__index__).is_some() {
                let r = vm
                    .call_special(v, &vm.names.__index__, &[])?
                    .unwrap_or_else(|| vm.new_int(0));
                as_int(&r).map(|i| i.to_bigint()).unwrap_or_default()
            } else {
                return Err(vm.new_type_error(format!(
                    "%{conv} format: a real number is required, not {}",
                    v.class().name()
                )));
            };
            let neg = num_traits::Signed::is_negative(&iv);
            let mag = num_traits::Signed::abs(&iv);
            let (radix, prefix) = match conv {
                'o' => (8, "0o"),
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                _ => (10, ""),
            };
            let mut digits = mag.to_str_radix(radix);
            if conv == 'X' {
                digits = digits.to_uppercase();
            }
            if let Some(p) = sp.prec {
                while digits.len() < p {
                    digits.insert(0, '0');
                }
            }
            let mut sign = String::from(if neg {
                "-"
            } else if sp.plus {
                "+"
            } else if sp.space {
                " "
            } else {
                ""
            });
            if sp.alt {
                sign.push_str(prefix);
            }
            Ok(pad(sp, &sign, text_units(&digits), true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match v.downcast::<FloatData>() {
                Some(f) => f.0,
                None => match as_int(v) {
                    Some(i) => {
                        num_traits::ToPrimitive::to_f64(&i.to_bigint()).unwrap_or(f64::INFINITY)
                    }
                    None => match vm.call_special(v, &vm.intern("__float__"), &[])? {
                        Some(r) => crate::ops::float_of(&r).unwrap_or(0.0),
                        None => {
                            if v.class().lookup(&vm.names.__index__).is_some() {
                                let r = vm
                                    .call_special(v, &vm.names.__index__, &[])?
                                    .unwrap_or_else(|| vm.new_int(0));
                                as_int(&r)
                                    .and_then(|i| num_traits::ToPrimitive::to_f64(&i.to_bigint()))
                                    .unwrap_or(0.0)
                            } else {
                                return Err(vm.new_type_error(format!(
                                    "must be real number, not {}",
                                    v.class().name()
                                )));
                            }
                        }
                    },
                },
            };
            let body = fu::percent_float(f, conv, sp.prec, sp.alt);
            let (neg, body) = match body.strip_prefix('-') {
                Some(b) => (true, b.to_string()),
                None => (false, body),
            };
            let sign = if neg {
                "-"
            } else if sp.plus {
                "+"
            } else if sp.space {
                " "
            } else {
                ""
            };
            Ok(pad(sp, sign, text_units(&body), true))
        }
        'c' => {
            let ch: u32 = if let Some(i) = as_int(v) {
                let lim = if bytes { 256 } else { 0x110000 };
                match i.to_i64().filter(|&x| x >= 0 && x < lim) {
                    Some(x) => x as u32,
                    None => {
                        return Err(if bytes {
                            vm.new_overflow_error("%c arg not in range(256)")
                        } else {
                            vm.new_overflow_error("%c arg not in range(0x110000)")
                        })
                    }
                }
            } else if bytes {
                match crate::bytesmethods::bytes_like(v) {
                    Some(b) if b.len() == 1 => b[0] as u32,
                    _ => {
                        return Err(vm.new_type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ))
                    }
                }
            } else if let Some(s) = v.downcast::<StrData>().filter(|s| s.char_len() == 1) {
                s.as_str().chars().next().map_or(0, |c| c as u32)
            } else {
                return Err(vm.new_type_error("%c requires int or char"));
            };
            Ok(pad(sp, "", vec![ch], false))
        }
        _ => Err(unsupported(vm, conv, idx)),
    }
}

fn unsupported(vm: &Vm, conv: char, idx: usize) -> PyErr {
    if (conv as u32) < 0x80 && conv as u32 >= 0x20 {
        vm.new_value_error(format!(
            "unsupported format character '{conv}' (0x{:x}) at index {idx}",
            conv as u32
        ))
    } else {
        vm.new_value_error(format!(
            "unsupported format character '{}' (0x{:x}) at index {idx}",
            conv, conv as u32
        ))
    }
}
