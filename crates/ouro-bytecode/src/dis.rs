//! The disassembler: the text `python3.12 -m dis` prints for a code object and every code
//! object nested in its constants. CPython counterpart: Lib/dis.py.

use crate::code::{CodeObject, Constant};
use crate::exception_table::decode_exception_table;
use crate::linetable;
use crate::opcode::{Opcode, BINARY_OPS, COMPARE_OPS, HAVE_ARGUMENT, INTRINSIC_1, INTRINSIC_2};
use crate::repr::{code_repr, constant_repr};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

/// Width of the opcode name column (CPython: dis._OPNAME_WIDTH).
const OPNAME_WIDTH: usize = 20;
/// Width of the argument column (CPython: dis._OPARG_WIDTH).
const OPARG_WIDTH: usize = 5;

/// One decoded instruction, as `dis.Instruction` describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// The opcode's name, or `<N>` for a number the table does not know.
    pub opname: String,
    pub opcode: u8,
    /// The argument with its `EXTENDED_ARG` prefixes folded in, if the opcode takes one.
    pub arg: Option<i64>,
    pub argrepr: String,
    /// Byte offset in `co_code`.
    pub offset: u32,
    pub starts_line: Option<i32>,
    pub is_jump_target: bool,
}

fn known_opcode(op: u8) -> Option<Opcode> {
    Opcode::from_u16(op as u16).filter(|o| !o.is_pseudo())
}

fn caches_of(op: u8) -> u32 {
    known_opcode(op).map_or(0, |o| o.cache_entries())
}

fn has_arg(op: u8) -> bool {
    op as u16 >= HAVE_ARGUMENT
}

/// `(offset, opcode, arg)` for each instruction, skipping caches.
// CPython: dis._unpack_opargs
fn unpack_opargs(code: &[u8]) -> Vec<(u32, u8, Option<i64>)> {
    let mut out = Vec::new();
    let mut extended: i64 = 0;
    let mut caches = 0;
    let mut i = 0;
    while i < code.len() {
        if caches > 0 {
            caches -= 1;
            i += 2;
            continue;
        }
        let op = code[i];
        caches = caches_of(op);
        if has_arg(op) {
            let arg = *code.get(i + 1).unwrap_or(&0) as i64 | extended;
            extended = if op == Opcode::EXTENDED_ARG as u8 {
                arg << 8
            } else {
                0
            };
            // The argument is a C int: it wraps at 32 bits.
            if extended >= 1 << 31 {
                extended -= 1 << 32;
            }
            out.push((i as u32, op, Some(arg)));
        } else {
            extended = 0;
            out.push((i as u32, op, None));
        }
        i += 2;
    }
    out
}

fn is_relative_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::FOR_ITER
            | Opcode::JUMP_FORWARD
            | Opcode::POP_JUMP_IF_FALSE
            | Opcode::POP_JUMP_IF_TRUE
            | Opcode::SEND
            | Opcode::POP_JUMP_IF_NOT_NONE
            | Opcode::POP_JUMP_IF_NONE
            | Opcode::JUMP_BACKWARD_NO_INTERRUPT
            | Opcode::JUMP_BACKWARD
    )
}

fn jump_target(offset: u32, op: Opcode, arg: i64) -> i64 {
    let signed = if op.is_backward_jump() { -arg } else { arg };
    offset as i64 + 2 + signed * 2 + 2 * op.cache_entries() as i64
}

/// The byte offsets that jumps go to.
// CPython: dis.findlabels
pub fn find_labels(code: &[u8]) -> Vec<i64> {
    let mut labels = Vec::new();
    for (offset, op, arg) in unpack_opargs(code) {
        if let (Some(o), Some(arg)) = (known_opcode(op), arg) {
            if is_relative_jump(o) {
                let l = jump_target(offset, o, arg);
                if !labels.contains(&l) {
                    labels.push(l);
                }
            }
        }
    }
    labels
}

fn local_name(code: &CodeObject, arg: i64) -> String {
    usize::try_from(arg)
        .ok()
        .and_then(|i| code.localsplusnames.get(i))
        .map_or_else(|| format!("<{arg}>"), |s| s.to_string())
}

fn name_at(code: &CodeObject, i: i64) -> String {
    usize::try_from(i)
        .ok()
        .and_then(|i| code.names.get(i))
        .map_or_else(|| format!("<{i}>"), |s| s.to_string())
}

fn table_entry(table: &[&str], arg: i64) -> String {
    usize::try_from(arg)
        .ok()
        .and_then(|i| table.get(i))
        .map_or_else(String::new, |s| s.to_string())
}

/// The text `dis` shows in parentheses after an argument.
// CPython: dis._get_instructions_bytes
fn arg_repr(code: &CodeObject, offset: u32, op: Opcode, arg: i64) -> String {
    use Opcode::*;
    let f = op.flags();
    if f & crate::opcode::HAS_CONST != 0 {
        return usize::try_from(arg)
            .ok()
            .and_then(|i| code.consts.get(i))
            .map_or_else(String::new, constant_repr);
    }
    if f & crate::opcode::HAS_NAME != 0 {
        return match op {
            LOAD_GLOBAL => {
                let n = name_at(code, arg >> 1);
                if arg & 1 != 0 {
                    format!("NULL + {n}")
                } else {
                    n
                }
            }
            LOAD_ATTR => {
                let n = name_at(code, arg >> 1);
                if arg & 1 != 0 {
                    format!("NULL|self + {n}")
                } else {
                    n
                }
            }
            LOAD_SUPER_ATTR => {
                let n = name_at(code, arg >> 2);
                if arg & 1 != 0 {
                    format!("NULL|self + {n}")
                } else {
                    n
                }
            }
            _ => name_at(code, arg),
        };
    }
    if is_relative_jump(op) {
        return format!("to {}", jump_target(offset, op, arg));
    }
    if f & (crate::opcode::HAS_LOCAL | crate::opcode::HAS_FREE) != 0 {
        return local_name(code, arg);
    }
    match op {
        COMPARE_OP => table_entry(&COMPARE_OPS, arg >> 4),
        FORMAT_VALUE => {
            let mut s = table_entry(&["", "str", "repr", "ascii"], arg & 3);
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        MAKE_FUNCTION => ["defaults", "kwdefaults", "annotations", "closure"]
            .iter()
            .enumerate()
            .filter(|(i, _)| arg & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", "),
        BINARY_OP => table_entry(&BINARY_OPS, arg),
        CALL_INTRINSIC_1 => table_entry(&INTRINSIC_1, arg),
        CALL_INTRINSIC_2 => table_entry(&INTRINSIC_2, arg),
        _ => String::new(),
    }
}

/// The instructions of `code`, with their line starts, jump-target marks and argument reprs.
// CPython: dis._get_instructions_bytes
pub fn get_instructions(code: &CodeObject) -> Vec<Instruction> {
    let starts: HashMap<u32, i32> =
        linetable::line_starts(&code.linetable, code.firstlineno as i32)
            .unwrap_or_default()
            .into_iter()
            .collect();
    let mut labels: BTreeSet<i64> = find_labels(&code.code).into_iter().collect();
    for e in decode_exception_table(&code.exceptiontable) {
        if e.end > e.start {
            labels.insert(e.target as i64 * 2);
        }
    }
    unpack_opargs(&code.code)
        .into_iter()
        .map(|(offset, op, arg)| {
            let known = known_opcode(op);
            let opname = known.map_or_else(|| format!("<{op}>"), |o| o.name().to_string());
            let argrepr = match (known, arg) {
                (Some(o), Some(a)) => arg_repr(code, offset, o, a),
                _ => String::new(),
            };
            Instruction {
                opname,
                opcode: op,
                arg,
                argrepr,
                offset,
                starts_line: starts.get(&offset).copied(),
                is_jump_target: labels.contains(&(offset as i64)),
            }
        })
        .collect()
}

/// The listing of one code object, as `dis.disassemble(code)` prints it.
// CPython: dis._disassemble_bytes
pub fn disassemble_one(code: &CodeObject) -> String {
    let mut out = String::new();
    let starts =
        linetable::line_starts(&code.linetable, code.firstlineno as i32).unwrap_or_default();
    let show_lineno = !starts.is_empty();
    let lineno_width = if show_lineno {
        let max = starts.iter().map(|&(_, l)| l).max().unwrap_or(0);
        if max >= 1000 {
            max.to_string().len()
        } else {
            3
        }
    } else {
        0
    };
    let maxoffset = code.code.len() as i64 - 2;
    let offset_width = if maxoffset >= 10000 {
        maxoffset.to_string().len()
    } else {
        4
    };
    for ins in get_instructions(code) {
        if show_lineno && ins.starts_line.is_some() && ins.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::with_capacity(6);
        if lineno_width > 0 {
            fields.push(match ins.starts_line {
                Some(l) => format!("{l:>lineno_width$}"),
                None => " ".repeat(lineno_width),
            });
        }
        fields.push("   ".into());
        fields.push(if ins.is_jump_target { ">>" } else { "  " }.into());
        fields.push(format!("{:>offset_width$}", ins.offset));
        fields.push(format!("{:<OPNAME_WIDTH$}", ins.opname));
        if let Some(arg) = ins.arg {
            fields.push(format!("{arg:>OPARG_WIDTH$}"));
            if !ins.argrepr.is_empty() {
                fields.push(format!("({})", ins.argrepr));
            }
        }
        let line = fields.join(" ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let entries = decode_exception_table(&code.exceptiontable);
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in entries {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start as i64 * 2,
                e.end as i64 * 2 - 2,
                e.target as i64 * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
    out
}

/// The listing of `code` and, after it, of each nested code object, as `dis.dis` prints it.
// CPython: dis._disassemble_recursive
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out, 0);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String, depth: u32) {
    out.push_str(&disassemble_one(code));
    if depth > 200 {
        return;
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            disassemble_into(inner, out, depth + 1);
        }
    }
}
