//! Formatting tracebacks as CPython 3.12 prints them: one `File "...", line N, in NAME` entry
//! per frame with its stripped source line and the PEP 657 position line (`^^^^`, or
//! `~~~^^^~~~` anchors under binary operators and subscripts), `[Previous line repeated N more
//! times]` for recursion, the margins of exception groups, and the "Did you mean" suggestions
//! of NameError, AttributeError and ImportError.
//! CPython: Python/traceback.c, Python/suggestions.c, Lib/traceback.py.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use crate::object::Value;
use crate::objects::dict::DictData;
use crate::objects::frameobject::{FrameObjectData, TracebackData};
use crate::objects::str::StrData;
use crate::vm::Vm;

/// How many identical consecutive entries are shown before "[Previous line repeated ...]".
const RECURSIVE_CUTOFF: usize = 3;

/// The default `sys.tracebacklimit`.
const TRACEBACK_LIMIT: i64 = 1000;

/// The line `lineno` (1-based) of the file at `path`, without its line ending.
pub fn source_line(path: &str, lineno: i32) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let text = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.split('\n')
        .nth((lineno - 1) as usize)
        .map(|l| l.trim_end_matches(['\r', '\n']).to_string())
}

/// A UTF-8 byte offset into `line` as a character offset.
// CPython: pegen_errors.c _PyPegen_byte_offset_to_character_offset
fn byte_to_char_offset(line: &str, byte: i32) -> usize {
    let b = (byte.max(0) as usize).min(line.len());
    let mut end = b;
    while end > 0 && !line.is_char_boundary(end) {
        end -= 1;
    }
    line[..end].chars().count() + usize::from(byte.max(0) as usize > line.len())
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c' | '\n' | '\r' | '\x0b')
}

/// Where the secondary (`^`) range starts and ends inside `segment`, in characters, for a
/// segment that is a single binary operation or subscript.
// CPython: traceback.c extract_anchors_from_line / extract_anchors_from_expr
fn extract_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ouro_compiler::parse::parse_module(segment).ok()?;
    let module = parsed.into_syntax();
    if module.body.len() != 1 {
        return None;
    }
    let Stmt::Expr(stmt) = &module.body[0] else {
        return None;
    };
    let bytes = segment.as_bytes();
    let ws = |i: usize| bytes.get(i).is_some_and(|b| is_ws(*b as char));
    let (left, right) = match &*stmt.value {
        Expr::BinOp(b) => {
            let lend = b.left.range().end().to_usize();
            let rstart = b.right.range().start().to_usize();
            let mut anchors = None;
            let mut i = lend;
            while i < rstart {
                if ws(i) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < rstart && !ws(i + 1) {
                    r += 1;
                }
                anchors = Some((i, r));
                if i + 1 < rstart && bytes.get(i) == Some(&b')') {
                    i += 1;
                    continue;
                }
                break;
            }
            anchors?
        }
        Expr::Subscript(s) => {
            let len = bytes.len();
            let mut l = s.value.range().end().to_usize();
            let mut r = s.slice.range().end().to_usize() + 1;
            while l < len && bytes[l] != b'[' {
                l += 1;
            }
            while r < len && bytes[r] != b']' {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    Some((
        byte_to_char_offset(segment, left as i32),
        byte_to_char_offset(segment, right as i32),
    ))
}

/// The caret line under a source line, or None when the position covers the whole line.
// CPython: traceback.c tb_displayline, print_error_location_carets
fn caret_line(line: &str, pos: ouro_bytecode::linetable::Position) -> Option<String> {
    let (Some(start_line), Some(end_line), Some(col), Some(end_col)) = pos else {
        return None;
    };
    let chars: Vec<char> = line.chars().collect();
    let leading = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let start = byte_to_char_offset(line, col);
    let mut end = byte_to_char_offset(line, end_col);
    let mut anchors = None;
    if start_line == end_line {
        if start <= end && end <= chars.len() {
            let segment: String = chars[start..end].iter().collect();
            anchors = extract_anchors(&segment).map(|(l, r)| (l + start, r + start));
        }
    } else {
        end = chars.len() - chars.iter().rev().take_while(|c| is_ws(**c)).count();
    }
    let stripped_len = chars.len().saturating_sub(leading);
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    for off in (leading + 1)..=end {
        if off <= start {
            out.push(' ');
        } else if anchors.is_some_and(|(l, r)| l < off && off <= r) {
            out.push('^');
        } else if anchors.is_some() {
            out.push('~');
        } else {
            out.push('^');
        }
    }
    Some(out)
}

/// The position of the instruction at byte offset `lasti` of the frame's code.
fn position_of(frame: &FrameObjectData, lasti: i32) -> ouro_bytecode::linetable::Position {
    let code = &frame.code.code;
    let units = (code.code.len() / 2) as u32;
    match ouro_bytecode::linetable::positions(&code.linetable, code.firstlineno as i32, units) {
        Ok(p) if lasti >= 0 => p
            .get((lasti / 2) as usize)
            .copied()
            .unwrap_or((None, None, None, None)),
        _ => (None, None, None, None),
    }
}

/// `sys.tracebacklimit` if set to an int, else CPython's default of 1000.
fn traceback_limit(vm: &Vm) -> i64 {
    let sys = vm.sys.borrow().clone();
    if let Some(sys) = sys {
        if let Ok(Some(v)) = vm.getattr_opt(&sys, &vm.intern("tracebacklimit")) {
            if let Some(i) = v.as_small_int() {
                return i;
            }
        }
    }
    TRACEBACK_LIMIT
}

/// The entries of a traceback chain, oldest first, each line after `indent` spaces and
/// `margin`, under the header line (`indent`, `header_margin`, `header`).
// CPython: traceback.c _PyTraceBack_Print_Indented, tb_print_internal
pub fn format_tb_indented(
    vm: &Vm,
    tb: &Value,
    indent: usize,
    margin: &str,
    header_margin: &str,
    header: &str,
) -> String {
    let pad = " ".repeat(indent);
    let mut out = format!("{pad}{header_margin}{header}\n");
    let limit = traceback_limit(vm);
    if limit <= 0 {
        return out;
    }
    let mut entries = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        let Some(tbd) = t.downcast::<TracebackData>() else {
            break;
        };
        cur = tbd.next.borrow().clone();
        // Frames of the Python source inside built-in modules (`<ouro:_io>`...) stand for
        // CPython's C code, which tracebacks do not show.
        let hidden = tbd
            .frame
            .downcast::<FrameObjectData>()
            .is_some_and(|f| f.code.filename.as_str().starts_with("<ouro:"));
        if !hidden {
            entries.push(t);
        }
    }
    let skip = entries.len().saturating_sub(limit as usize);
    let mut last: Option<(String, i32, String)> = None;
    let mut count = 0usize;
    let repeated = |out: &mut String, count: usize| {
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "{pad}{margin}  [Previous line repeated {} more time{}]\n",
                n,
                if n > 1 { "s" } else { "" }
            ));
        }
    };
    for t in entries.iter().skip(skip) {
        let Some(tbd) = t.downcast::<TracebackData>() else {
            break;
        };
        let frame = tbd.frame.downcast::<FrameObjectData>();
        let (file, name) = match frame {
            Some(f) => (
                f.code.filename.as_str().to_string(),
                f.code.name.as_str().to_string(),
            ),
            None => ("?".into(), "?".into()),
        };
        let key = (file.clone(), tbd.lineno, name.clone());
        if last.as_ref() != Some(&key) {
            repeated(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format!(
            "{pad}{margin}  File \"{}\", line {}, in {}\n",
            file, tbd.lineno, name
        ));
        let Some(line) = source_line(&file, tbd.lineno) else {
            continue;
        };
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        if stripped.is_empty() {
            continue;
        }
        out.push_str(&format!("{pad}{margin}    {stripped}\n"));
        if let Some(f) = frame {
            let pos = position_of(f, tbd.lasti);
            if let Some(c) = caret_line(&line, pos) {
                out.push_str(&format!("{pad}{margin}{c}\n"));
            }
        }
    }
    repeated(&mut out, count);
    out
}

/// The entries of a traceback chain, oldest first, without a header.
pub fn format_tb(vm: &Vm, tb: &Value) -> String {
    let s = format_tb_indented(vm, tb, 0, "", "", "");
    s.strip_prefix('\n').unwrap_or(&s).to_string()
}

// ----- "Did you mean" suggestions -----

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted Levenshtein distance of CPython's suggestions (case changes cost 1, other
/// edits 2), or a value above `max_cost` when it exceeds it.
// CPython: suggestions.c levenshtein_distance
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mut a, mut b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `candidates` to `name`, if close enough.
// CPython: suggestions.c calculate_suggestions
fn calculate_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max_distance =
            ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.cloned()
}

fn str_attr(vm: &Vm, v: &Value, name: &str) -> Option<String> {
    let a = vm.getattr_opt(v, &vm.intern(name)).ok()??;
    a.downcast::<StrData>().map(|s| s.as_str().to_string())
}

fn dict_keys(d: &Value) -> Vec<String> {
    match d.downcast::<DictData>() {
        Some(d) => d
            .keys()
            .iter()
            .filter_map(|k| k.downcast::<StrData>().map(|s| s.as_str().to_string()))
            .collect(),
        None => Vec::new(),
    }
}

/// `dir(v)` for the suggestions: the builtin when there is one, else the instance dict and
/// the class attributes along the MRO, sorted.
fn dir_names(vm: &Vm, v: &Value) -> Vec<String> {
    if let Some(dir) = vm.builtins.get_str(&vm.intern("dir")) {
        return match vm.call(&dir, &[v.clone()], &[]) {
            Ok(l) => vm
                .collect(&l)
                .unwrap_or_default()
                .iter()
                .filter_map(|k| k.downcast::<StrData>().map(|s| s.as_str().to_string()))
                .collect(),
            Err(_) => Vec::new(),
        };
    }
    let mut names = Vec::new();
    if let Some(d) = crate::ops::instance_dict(vm, v, false) {
        names.extend(dict_keys(&d.to_value()));
    }
    let types = match v.downcast::<crate::typeobject::TypeData>() {
        Some(t) => t.mro(),
        None => v.class().mro(),
    };
    for t in types {
        names.extend(dict_keys(&t.dict.to_value()));
    }
    names.sort();
    names.dedup();
    names
}

/// The ". Did you mean: 'x'?" suffix for NameError/AttributeError/ImportError, if any.
// CPython: suggestions.c _Py_Offer_suggestions
pub fn suggestion(vm: &Vm, v: &Value) -> Option<String> {
    let ty = v.class();
    let exc = &vm.types.exc;
    // Only the exact classes get suggestions (not UnboundLocalError, ModuleNotFoundError...).
    if std::ptr::eq(ty, exc.attribute_error) {
        let name = str_attr(vm, v, "name")?;
        let obj = vm.getattr_opt(v, &vm.intern("obj")).ok()??;
        let s = calculate_suggestion(&dir_names(vm, &obj), &name)?;
        return Some(format!(". Did you mean: '{s}'?"));
    }
    if std::ptr::eq(ty, exc.name_error) {
        let name = str_attr(vm, v, "name")?;
        let tb = vm.getattr_opt(v, &vm.intern("__traceback__")).ok()??;
        // The innermost frame is where the name was looked up.
        let mut cur = tb;
        loop {
            let next = cur.downcast::<TracebackData>()?.next.borrow().clone();
            match next {
                Some(n) => cur = n,
                None => break,
            }
        }
        let frame = cur.downcast::<TracebackData>()?.frame.clone();
        let f = frame.downcast::<FrameObjectData>()?;
        let locals: Vec<String> = f
            .code
            .code
            .varnames()
            .iter()
            .map(|s| s.to_string())
            .collect();
        if let Some(s) = calculate_suggestion(&locals, &name) {
            return Some(format!(". Did you mean: '{s}'?"));
        }
        if let Some(s) = calculate_suggestion(&dict_keys(&f.globals.to_value()), &name) {
            return Some(format!(". Did you mean: '{s}'?"));
        }
        if let Some(s) = calculate_suggestion(&dict_keys(&f.builtins.to_value()), &name) {
            return Some(format!(". Did you mean: '{s}'?"));
        }
        return None;
    }
    if std::ptr::eq(ty, exc.import_error) {
        let name = str_attr(vm, v, "name_from")?;
        let module = str_attr(vm, v, "name")?;
        let m = vm.modules.get_str(&vm.intern(&module))?;
        let s = calculate_suggestion(&dir_names(vm, &m), &name)?;
        return Some(format!(". Did you mean: '{s}'?"));
    }
    None
}

// ----- traceback and frame attributes -----

/// Whether a traceback entry is a frame of a built-in module's Python source (`<ouro:_io>`...),
/// which stands for CPython's C code and is not shown.
fn is_hidden_entry(tb: &Value) -> bool {
    tb.downcast::<TracebackData>().is_some_and(|t| {
        t.frame
            .downcast::<FrameObjectData>()
            .is_some_and(|f| f.code.filename.as_str().starts_with("<ouro:"))
    })
}

/// `tb_next`, past the entries of built-in modules' Python source, so that Python code
/// walking a traceback (the `traceback` module) sees what CPython's would.
fn tb_next(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    let mut next = v
        .downcast::<TracebackData>()
        .and_then(|t| t.next.borrow().clone());
    while let Some(n) = next.clone() {
        if !is_hidden_entry(&n) {
            break;
        }
        next = n
            .downcast::<TracebackData>()
            .and_then(|t| t.next.borrow().clone());
    }
    Ok(next.unwrap_or_else(|| vm.none.clone()))
}

/// Setting `tb_next`: a traceback or None, which must not lead back to this one. CPython:
/// traceback.c tb_next_set.
fn set_tb_next(vm: &Vm, v: &Value, value: Option<Value>) -> crate::vm::PyResult<()> {
    let Some(value) = value else {
        return Err(vm.new_type_error("can't delete tb_next attribute"));
    };
    let Some(tb) = v.downcast::<TracebackData>() else {
        return Ok(());
    };
    if vm.is_none(&value) {
        let old = tb.next.borrow_mut().take();
        drop(old);
        return Ok(());
    }
    if value.downcast::<TracebackData>().is_none() {
        return Err(vm.new_type_error(format!(
            "expected traceback object, got '{}'",
            value.class().name()
        )));
    }
    let mut cursor = Some(value.clone());
    while let Some(c) = cursor {
        if c.is(v) {
            return Err(vm.new_value_error("traceback loop detected"));
        }
        cursor = c
            .downcast::<TracebackData>()
            .and_then(|t| t.next.borrow().clone());
    }
    let old = tb.next.borrow_mut().replace(value);
    drop(old);
    Ok(())
}

fn tb_frame(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(v.downcast::<TracebackData>()
        .map(|t| t.frame.clone())
        .unwrap_or_else(|| vm.none.clone()))
}

fn tb_lineno(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(vm.new_int(v.downcast::<TracebackData>().map_or(-1, |t| t.lineno) as i64))
}

fn tb_lasti(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(vm.new_int(v.downcast::<TracebackData>().map_or(-1, |t| t.lasti) as i64))
}

fn f_lineno(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(vm.new_int(
        v.downcast::<FrameObjectData>()
            .map_or(-1, |f| f.lineno.get()) as i64,
    ))
}

fn f_lasti(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(vm.new_int(
        v.downcast::<FrameObjectData>()
            .map_or(-1, |f| f.lasti.get() * 2) as i64,
    ))
}

fn f_code(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(v.downcast::<FrameObjectData>()
        .map(|f| f.code.to_value())
        .unwrap_or_else(|| vm.none.clone()))
}

fn f_globals(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(v.downcast::<FrameObjectData>()
        .map(|f| f.globals.to_value())
        .unwrap_or_else(|| vm.none.clone()))
}

fn f_builtins(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(v.downcast::<FrameObjectData>()
        .map(|f| f.builtins.to_value())
        .unwrap_or_else(|| vm.none.clone()))
}

/// `f_locals`: the locals dict of a module or class body, or the fast locals of a function
/// frame as last brought up to date (by `locals()`, when the frame exited or, for a
/// suspended generator, when the frame object was fetched).
fn f_locals(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    let Some(f) = v.downcast::<FrameObjectData>() else {
        return Ok(vm.new_dict().into_value());
    };
    let fast = f.fast_locals.borrow_mut().take();
    if let Some(slots) = fast {
        let d = crate::bltin_frame::sync_frame_locals(vm, v, &f.code, |i| {
            slots.get(i).cloned().flatten()
        });
        drop(slots);
        return Ok(d.into_value());
    }
    Ok(f.locals
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.new_dict().into_value()))
}

/// `frame.clear()`: drops the fast locals and the trace function of a frame that finished
/// (one a traceback keeps); a frame still executing cannot be cleared. CPython: frameobject.c
/// frame_clear.
fn frame_clear(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    let Some(f) = args.first().and_then(|v| v.downcast::<FrameObjectData>()) else {
        return Err(vm.new_type_error("descriptor 'clear' requires a 'frame' object"));
    };
    if f.live.get() {
        return Err(vm.new_runtime_error("cannot clear an executing frame"));
    }
    // The fast locals of a function frame become empty (a locals dict made before loses
    // their names when `f_locals` next brings it up to date); a namespace dict stays.
    let empty = (f.code.code.flags & ouro_bytecode::code::CO_OPTIMIZED != 0)
        .then(|| vec![None; f.code.nlocalsplus].into_boxed_slice());
    let fast = std::mem::replace(&mut *f.fast_locals.borrow_mut(), empty);
    let trace = f.tracing.func.borrow_mut().take();
    drop((fast, trace));
    Ok(vm.none.clone())
}

fn f_back(vm: &Vm, v: &Value) -> crate::vm::PyResult<Value> {
    Ok(v.downcast::<FrameObjectData>()
        .and_then(|f| f.back.borrow().clone())
        .unwrap_or_else(|| vm.none.clone()))
}

/// Registers the attributes of traceback objects (`tb_next`, `tb_frame`, `tb_lineno`,
/// `tb_lasti`) and the simple ones of frame objects, unless another part defined them.
// CPython: traceback.c tb_getsetters, frameobject.c frame_getsetlist
pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let tb = vm.types.traceback;
    let getters: [(&'static str, crate::objects::descr::Getter); 4] = [
        ("tb_next", tb_next),
        ("tb_frame", tb_frame),
        ("tb_lineno", tb_lineno),
        ("tb_lasti", tb_lasti),
    ];
    for (name, g) in getters {
        if tb.dict.get_str(&vm.intern(name)).is_none() {
            let set: Option<crate::objects::descr::Setter> = match name {
                "tb_next" => Some(set_tb_next),
                _ => None,
            };
            add_getset(vm, tb, name, g, set);
        }
    }
    let fr = vm.types.frame;
    let getters: [(&'static str, crate::objects::descr::Getter); 7] = [
        ("f_locals", f_locals),
        ("f_lineno", f_lineno),
        ("f_lasti", f_lasti),
        ("f_code", f_code),
        ("f_globals", f_globals),
        ("f_builtins", f_builtins),
        ("f_back", f_back),
    ];
    for (name, g) in getters {
        if fr.dict.get_str(&vm.intern(name)).is_none() {
            add_getset(vm, fr, name, g, None);
        }
    }
    crate::objects::builtin::add_method(vm, fr, "__repr__", frame_repr);
    crate::objects::builtin::add_method(vm, fr, "clear", frame_clear);
}

/// `repr(frame)`: `<frame at 0x..., file '...', line N, code name>`.
// CPython: frameobject.c frame_repr
fn frame_repr(vm: &Vm, args: &[Value], _kw: &[Value]) -> crate::vm::PyResult<Value> {
    let Some(f) = args.first().and_then(|v| v.downcast::<FrameObjectData>()) else {
        return Err(vm.new_type_error("descriptor '__repr__' requires a 'frame' object"));
    };
    Ok(vm.new_string(format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        args[0].raw(),
        f.code.filename.repr(),
        f.lineno.get(),
        f.code.name.as_str()
    )))
}
