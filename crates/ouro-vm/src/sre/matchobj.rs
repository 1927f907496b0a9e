//! `re.Match` (the result of a successful match: groups, spans, `expand`, its repr) and the
//! compiled replacement templates of `_sre.template` that `sub` and `Match.expand` use.
//! CPython: Modules/_sre/sre.c (`match_*`, `template_*`, `expand_template`).

use crate::object::{alloc_object, Obj, Payload, Value};
use crate::objects::builtin::add_method;
use crate::objects::descr::add_getset;
use crate::objects::dict::DictData;
use crate::objects::int::as_int;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};

use super::engine::Found;
use super::pattern::{join, repr_cut, PatternData};
use super::{bind, slice_of, SreTypes};

pub struct MatchData {
    pub pattern: Value,
    pub string: Value,
    pub pos: usize,
    pub endpos: usize,
    /// The spans of group 0 (the whole match) and of every group; (-1, -1) when unset.
    pub spans: Vec<(isize, isize)>,
    pub lastindex: isize,
}

impl Payload for MatchData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern);
        visit(&self.string);
    }
}

pub struct TemplateData {
    /// The literal text before the first group reference.
    pub literal: Value,
    /// Each group reference with the literal text after it.
    pub chunks: Vec<(usize, Option<Value>)>,
}

impl Payload for TemplateData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.literal);
        for (_, l) in &self.chunks {
            if let Some(l) = l {
                visit(l);
            }
        }
    }
}

/// A new `re.Match` for a found match (CPython `pattern_new_match`).
pub fn new_match(
    vm: &Vm,
    pattern: &Value,
    string: &Value,
    pos: usize,
    endpos: usize,
    f: Found,
) -> Value {
    let t = super::sre_types(vm);
    let mut spans = Vec::with_capacity(f.spans.len() + 1);
    spans.push((f.start as isize, f.end as isize));
    spans.extend(f.spans);
    alloc_object(
        t.match_,
        MatchData {
            pattern: pattern.clone(),
            string: string.clone(),
            pos,
            endpos,
            spans,
            lastindex: f.lastindex,
        },
    )
    .into_value()
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Obj<MatchData>> {
    args.first()
        .and_then(|v| v.downcast::<MatchData>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 're.Match' object"))
}

fn match_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Obj<MatchData>> {
    v.downcast::<MatchData>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 're.Match' object"))
}

fn no_such_group(vm: &Vm) -> crate::vm::PyErr {
    vm.new_index_error("no such group")
}

/// The group number that `index` names (an int or a group name) (CPython `match_getindex`).
fn group_index(vm: &Vm, m: &MatchData, index: &Value) -> PyResult<usize> {
    let i: isize = if as_int(index).is_some() {
        match as_int(index).and_then(|i| i.to_i64()) {
            Some(i) => i as isize,
            None => -1,
        }
    } else {
        let mut i = -1;
        if let Some(p) = m.pattern.downcast::<PatternData>() {
            if let Some(d) = p.groupindex.downcast::<DictData>() {
                if index.downcast::<StrData>().is_some()
                    || crate::number::native_hash(vm, index).is_ok()
                {
                    if let Ok(Some(v)) = d.get_item(vm, index) {
                        if let Some(n) = as_int(&v).and_then(|n| n.to_i64()) {
                            i = n as isize;
                        }
                    }
                }
            }
        }
        i
    };
    if i < 0 || i as usize >= m.spans.len() {
        return Err(no_such_group(vm));
    }
    Ok(i as usize)
}

/// The text of group `g`, or `default` when it did not take part in the match.
fn group_value(vm: &Vm, m: &MatchData, g: usize, default: &Value) -> Value {
    match m.spans.get(g) {
        Some(&(a, b)) if a >= 0 && b >= 0 => slice_of(vm, &m.string, a as usize, b as usize),
        _ => default.clone(),
    }
}

fn match_group(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    if !kw.is_empty() {
        return Err(vm.new_type_error("Match.group() takes no keyword arguments"));
    }
    let rest = &args[1..];
    match rest.len() {
        0 => Ok(group_value(vm, m, 0, &vm.none)),
        1 => {
            let g = group_index(vm, m, &rest[0])?;
            Ok(group_value(vm, m, g, &vm.none))
        }
        _ => {
            let mut out = Vec::with_capacity(rest.len());
            for r in rest {
                let g = group_index(vm, m, r)?;
                out.push(group_value(vm, m, g, &vm.none));
            }
            Ok(vm.new_tuple(out))
        }
    }
}

fn match_getitem(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let key = args
        .get(1)
        .ok_or_else(|| vm.new_type_error("expected 1 argument"))?;
    let g = group_index(vm, m, key)?;
    Ok(group_value(vm, m, g, &vm.none))
}

fn match_groups(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let a = bind(vm, "groups", args, kw, &["default"], 0)?;
    let default = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let out = (1..m.spans.len())
        .map(|g| group_value(vm, m, g, &default))
        .collect();
    Ok(vm.new_tuple(out))
}

fn match_groupdict(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let a = bind(vm, "groupdict", args, kw, &["default"], 0)?;
    let default = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let d = vm.new_dict();
    if let Some(p) = m.pattern.downcast::<PatternData>() {
        if let Some(gi) = p.groupindex.downcast::<DictData>() {
            for (k, _) in gi.items() {
                let g = group_index(vm, m, &k)?;
                d.set_item(vm, k, group_value(vm, m, g, &default))?;
            }
        }
    }
    Ok(d.into_value())
}

fn group_arg(vm: &Vm, m: &MatchData, name: &str, args: &[Value], kw: &[Value]) -> PyResult<usize> {
    let a = super::bind_positional(vm, name, args, kw, 1)?;
    match &a[0] {
        None => Ok(0),
        Some(v) => group_index(vm, m, v),
    }
}

fn match_start(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let g = group_arg(vm, m, "start", args, kw)?;
    Ok(vm.new_int(m.spans[g].0 as i64))
}

fn match_end(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let g = group_arg(vm, m, "end", args, kw)?;
    Ok(vm.new_int(m.spans[g].1 as i64))
}

fn span_value(vm: &Vm, s: (isize, isize)) -> Value {
    vm.new_tuple(vec![vm.new_int(s.0 as i64), vm.new_int(s.1 as i64)])
}

fn match_span(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let g = group_arg(vm, m, "span", args, kw)?;
    Ok(span_value(vm, m.spans[g]))
}

fn match_expand(vm: &Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let a = bind(vm, "expand", args, kw, &["template"], 1)?;
    let tmpl = a[0].clone().unwrap_or_else(|| vm.none.clone());
    let re = crate::import::import_module(vm, "re")?;
    let f = vm.getattr_str(&re, "_compile_template")?;
    let t = vm.call(&f, &[m.pattern.clone(), tmpl], &[])?;
    expand_template(vm, &t, &args[0])
}

/// Fills a compiled template with the groups of a match (CPython `expand_template`).
pub fn expand_template(vm: &Vm, t: &Value, m: &Value) -> PyResult<Value> {
    let t = t
        .downcast::<TemplateData>()
        .ok_or_else(|| vm.new_type_error("invalid template"))?;
    let m = match_of(vm, m)?;
    let mut out = Vec::with_capacity(2 * t.chunks.len() + 1);
    out.push(t.literal.clone());
    for (index, lit) in &t.chunks {
        if *index >= m.spans.len() {
            return Err(no_such_group(vm));
        }
        let item = group_value(vm, m, *index, &vm.none);
        if !vm.is_none(&item) {
            out.push(item);
        }
        if let Some(l) = lit {
            out.push(l.clone());
        }
    }
    let is_bytes = t.literal.downcast::<StrData>().is_none();
    join(vm, is_bytes, out)
}

fn match_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = this(vm, args)?;
    let g0 = group_value(vm, m, 0, &vm.none);
    let (a, b) = m.spans[0];
    Ok(vm.new_string(format!(
        "<re.Match object; span=({a}, {b}), match={}>",
        repr_cut(vm, &g0, 50)?
    )))
}

fn match_copy(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    this(vm, args)?;
    Ok(args[0].clone())
}

fn get_regs(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = match_of(vm, v)?;
    Ok(vm.new_tuple(m.spans.iter().map(|&s| span_value(vm, s)).collect()))
}

fn get_lastindex(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = match_of(vm, v)?;
    Ok(if m.lastindex >= 0 {
        vm.new_int(m.lastindex as i64)
    } else {
        vm.none.clone()
    })
}

fn get_lastgroup(vm: &Vm, v: &Value) -> PyResult<Value> {
    let m = match_of(vm, v)?;
    if m.lastindex < 0 {
        return Ok(vm.none.clone());
    }
    if let Some(p) = m.pattern.downcast::<PatternData>() {
        if let Some(items) = crate::ops::tuple_items(&p.indexgroup) {
            if let Some(v) = items.get(m.lastindex as usize) {
                return Ok(v.clone());
            }
        }
    }
    Ok(vm.none.clone())
}

fn get_pos(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(match_of(vm, v)?.pos as i64))
}

fn get_endpos(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_int(match_of(vm, v)?.endpos as i64))
}

fn get_re(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(match_of(vm, v)?.pattern.clone())
}

fn get_string(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(match_of(vm, v)?.string.clone())
}

pub fn init(vm: &Vm, t: &SreTypes) {
    let ty = t.match_;
    for (name, f) in [
        ("group", match_group as crate::objects::builtin::NativeFn),
        ("groups", match_groups),
        ("groupdict", match_groupdict),
        ("start", match_start),
        ("end", match_end),
        ("span", match_span),
        ("expand", match_expand),
        ("__getitem__", match_getitem),
        ("__repr__", match_repr),
        ("__copy__", match_copy),
        ("__deepcopy__", match_copy),
    ] {
        add_method(vm, ty, name, f);
    }
    add_getset(vm, ty, "regs", get_regs, None);
    add_getset(vm, ty, "lastindex", get_lastindex, None);
    add_getset(vm, ty, "lastgroup", get_lastgroup, None);
    add_getset(vm, ty, "pos", get_pos, None);
    add_getset(vm, ty, "endpos", get_endpos, None);
    add_getset(vm, ty, "re", get_re, None);
    add_getset(vm, ty, "string", get_string, None);
}
