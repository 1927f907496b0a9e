//! Assembly: from the optimised control-flow graph of one code unit to a code object. Owns
//! the driver of the back end (`optimize_and_assemble`), the local-variable layout
//! (`localsplus`, cell and free variable offsets, prefix instructions), and the encoders of
//! `co_code` (with `EXTENDED_ARG` and zeroed `CACHE` entries); the location table and the
//! exception table are encoded by ouro-bytecode's `linetable` and `exception_table`.
//! CPython counterparts: Python/assemble.c, and `optimize_and_assemble_code_unit`,
//! `prepare_localsplus` and their helpers in Python/compile.c (3.12).

use crate::error::{CompileError, CompileResult};
use crate::flowgraph::{instr_size, Cfg, LoweredInstr};
use crate::instruction_sequence::{CodeUnitMetadata, InstructionSequence, Location};
use ouro_bytecode::code::{
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL,
    CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS,
};
use ouro_bytecode::exception_table::{encode_handlers, Handler};
use ouro_bytecode::linetable::{encode_locations, Loc};
use ouro_bytecode::{CodeObject, Opcode};
use std::rc::Rc;

fn internal(msg: &str) -> CompileError {
    CompileError::syntax(format!("internal compiler error: {msg}"), Location::NONE)
}

/// Optimises and assembles one code unit (CPython: `optimize_and_assemble_code_unit`).
///
/// `seq` must already end with the implicit return (CPython: `add_return_at_end`); jump
/// arguments are label ids. `metadata.argcount` counts the positional parameters that are not
/// positional-only, as CPython's `u_argcount` (the code object's `co_argcount` is
/// `posonlyargcount + argcount`). Dereference instructions (`LOAD_DEREF`, `LOAD_CLOSURE`, ...)
/// take the index in `cellvars`, or `cellvars.len()` plus the index in `freevars`; they are
/// rewritten to `localsplus` offsets here. `flags` are the final `co_flags`.
pub fn optimize_and_assemble(
    seq: InstructionSequence,
    metadata: CodeUnitMetadata,
    flags: u32,
    filename: &str,
) -> CompileResult<CodeObject> {
    let mut consts = metadata.consts.clone();
    let mut g = Cfg::from_sequence(&seq)?;
    let nlocals = metadata.varnames.len();
    // CPython uses the length of the symbol table's parameter list.
    let nparams = (metadata.argcount
        + metadata.posonlyargcount
        + metadata.kwonlyargcount
        + (flags & CO_VARARGS != 0) as u32
        + (flags & CO_VARKEYWORDS != 0) as u32) as usize;
    g.optimize_code_unit(&mut consts, nlocals, nparams, metadata.firstlineno)?;

    let nlocalsplus = prepare_localsplus(&metadata, &mut g, flags)?;
    let is_gen = flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0;
    let maxdepth = g.stackdepth(is_gen)?;
    g.convert_pseudo_ops();
    g.resolve_jumps()?;
    let instrs = g.to_instructions();
    make_code_object(
        &metadata,
        consts,
        maxdepth,
        &instrs,
        nlocalsplus,
        flags,
        filename,
    )
}

// ----- Local variables (CPython: compile.c prepare_localsplus and helpers) -----

fn index_of(list: &[Rc<str>], name: &str) -> Option<usize> {
    list.iter().position(|n| &**n == name)
}

/// For each cell and free variable (numbered as the code generator numbers them), its
/// `localsplus` offset before duplicates are dropped; a cell that is also a parameter maps
/// to the parameter (CPython: `build_cellfixedoffsets`).
fn build_cellfixedoffsets(md: &CodeUnitMetadata) -> Vec<usize> {
    let nlocals = md.varnames.len();
    let noffsets = md.cellvars.len() + md.freevars.len();
    let mut fixed: Vec<usize> = (0..noffsets).map(|i| nlocals + i).collect();
    for (cellindex, name) in md.cellvars.iter().enumerate() {
        if let Some(varindex) = index_of(&md.varnames, name) {
            fixed[cellindex] = varindex;
        }
    }
    fixed
}

/// Inserts `COPY_FREE_VARS`, the `MAKE_CELL`s (in offset order) and the generator prefix at
/// the start of the code (CPython: `insert_prefix_instructions`).
fn insert_prefix_instructions(
    md: &CodeUnitMetadata,
    g: &mut Cfg,
    fixed: &[usize],
    nfreevars: usize,
    flags: u32,
) {
    if flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0 {
        let loc = Location {
            lineno: md.firstlineno,
            end_lineno: md.firstlineno,
            col_offset: -1,
            end_col_offset: -1,
        };
        g.insert_in_entry(0, Cfg::make_instr(Opcode::RETURN_GENERATOR, 0, loc));
        g.insert_in_entry(1, Cfg::make_instr(Opcode::POP_TOP, 0, Location::NONE));
    }
    let ncellvars = md.cellvars.len();
    if ncellvars > 0 {
        let nvars = ncellvars + md.varnames.len();
        let mut sorted: Vec<Option<usize>> = vec![None; nvars];
        for (i, &f) in fixed.iter().take(ncellvars).enumerate() {
            if f < nvars {
                sorted[f] = Some(i);
            }
        }
        let mut used = 0;
        for oldindex in sorted.into_iter().flatten() {
            g.insert_in_entry(
                used,
                Cfg::make_instr(Opcode::MAKE_CELL, oldindex as u32, Location::NONE),
            );
            used += 1;
        }
    }
    if nfreevars > 0 {
        g.insert_in_entry(
            0,
            Cfg::make_instr(Opcode::COPY_FREE_VARS, nfreevars as u32, Location::NONE),
        );
    }
}

/// Rewrites cell and free variable arguments to `localsplus` offsets, dropping the cells that
/// are parameters; returns how many were dropped (CPython: `fix_cell_offsets`).
fn fix_cell_offsets(
    md: &CodeUnitMetadata,
    g: &mut Cfg,
    fixed: &mut [usize],
) -> CompileResult<usize> {
    let nlocals = md.varnames.len();
    let mut numdropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == i + nlocals {
            *f -= numdropped;
        } else {
            numdropped += 1;
        }
    }
    for b in g.order() {
        for ins in g.blocks[b].instrs.iter_mut() {
            if matches!(
                ins.opcode,
                Opcode::MAKE_CELL
                    | Opcode::LOAD_CLOSURE
                    | Opcode::LOAD_DEREF
                    | Opcode::STORE_DEREF
                    | Opcode::DELETE_DEREF
                    | Opcode::LOAD_FROM_DICT_OR_DEREF
            ) {
                ins.oparg = *fixed
                    .get(ins.oparg as usize)
                    .ok_or_else(|| internal("cell or free variable index out of range"))?
                    as u32;
            }
        }
    }
    Ok(numdropped)
}

/// CPython: `prepare_localsplus`. Returns the number of `localsplus` slots.
fn prepare_localsplus(md: &CodeUnitMetadata, g: &mut Cfg, flags: u32) -> CompileResult<usize> {
    let nlocalsplus = md.varnames.len() + md.cellvars.len() + md.freevars.len();
    let mut fixed = build_cellfixedoffsets(md);
    insert_prefix_instructions(md, g, &fixed, md.freevars.len(), flags);
    let dropped = fix_cell_offsets(md, g, &mut fixed)?;
    Ok(nlocalsplus - dropped)
}

/// Names and kinds of the `localsplus` slots (CPython: `compute_localsplus_info`).
fn compute_localsplus_info(md: &CodeUnitMetadata, nlocalsplus: usize) -> (Vec<Rc<str>>, Vec<u8>) {
    let mut names: Vec<Rc<str>> = vec![Rc::from(""); nlocalsplus];
    let mut kinds = vec![0u8; nlocalsplus];
    let mut set = |offset: usize, name: &Rc<str>, kind: u8| {
        if offset < nlocalsplus {
            names[offset] = name.clone();
            kinds[offset] = kind;
        }
    };
    for (offset, name) in md.varnames.iter().enumerate() {
        let mut kind = CO_FAST_LOCAL;
        if index_of(&md.fasthidden, name).is_some() {
            kind |= CO_FAST_HIDDEN;
        }
        if index_of(&md.cellvars, name).is_some() {
            kind |= CO_FAST_CELL;
        }
        set(offset, name, kind);
    }
    let nlocals = md.varnames.len();
    let mut numdropped = 0;
    for (i, name) in md.cellvars.iter().enumerate() {
        if index_of(&md.varnames, name).is_some() {
            numdropped += 1;
            continue;
        }
        set(i + nlocals - numdropped, name, CO_FAST_CELL);
    }
    let ncells = md.cellvars.len();
    for (i, name) in md.freevars.iter().enumerate() {
        set(ncells + i + nlocals - numdropped, name, CO_FAST_FREE);
    }
    (names, kinds)
}

// ----- Encoders (CPython: assemble.c) -----

/// Writes `code` for the instructions, with `EXTENDED_ARG` prefixes and zeroed inline
/// caches (CPython: `write_instr`).
fn assemble_code(instrs: &[LoweredInstr]) -> CompileResult<Vec<u8>> {
    let mut code = Vec::new();
    for ins in instrs {
        if ins.opcode.is_pseudo() {
            return Err(internal("pseudo-instruction left at assembly"));
        }
        let op = ins.opcode as u16 as u8;
        let arg = ins.oparg;
        let caches = ins.opcode.cache_entries();
        let size = instr_size(ins.opcode, arg);
        let mut prefixes = size - caches - 1;
        while prefixes > 0 {
            code.push(Opcode::EXTENDED_ARG as u16 as u8);
            code.push(((arg >> (8 * prefixes)) & 0xFF) as u8);
            prefixes -= 1;
        }
        code.push(op);
        code.push((arg & 0xFF) as u8);
        for _ in 0..caches {
            code.push(0);
            code.push(0);
        }
    }
    Ok(code)
}

/// Encodes `co_linetable` with the bytecode crate's encoder, from each instruction's size and
/// location (CPython: `assemble_location_info`; format: Objects/locations.md).
pub fn assemble_location_info(instrs: &[LoweredInstr], firstlineno: i32) -> Vec<u8> {
    let entries: Vec<(u32, Loc)> = instrs
        .iter()
        .map(|ins| {
            let l = ins.loc;
            (
                instr_size(ins.opcode, ins.oparg),
                Loc::new(l.lineno, l.end_lineno, l.col_offset, l.end_col_offset),
            )
        })
        .collect();
    encode_locations(&entries, firstlineno)
}

/// Encodes `co_exceptiontable` with the bytecode crate's encoder: one entry per run of
/// instructions sharing a handler (CPython: `assemble_exception_table`). A handler whose
/// stack depth leaves no room for the exception (and `lasti`) is an internal error.
pub fn assemble_exception_table(instrs: &[LoweredInstr]) -> CompileResult<Vec<u8>> {
    let mut handlers = Vec::with_capacity(instrs.len());
    for ins in instrs {
        let handler = match ins.handler {
            Some((target, startdepth, lasti)) => {
                if startdepth - 1 - i32::from(lasti) < 0 {
                    return Err(internal("bad exception handler"));
                }
                Some(Handler {
                    target,
                    startdepth: startdepth as u32,
                    preserve_lasti: lasti,
                })
            }
            None => None,
        };
        handlers.push((instr_size(ins.opcode, ins.oparg), handler));
    }
    Ok(encode_handlers(&handlers))
}

/// Builds the code object (CPython: `_PyAssemble_MakeCodeObject` and `makecode`).
fn make_code_object(
    md: &CodeUnitMetadata,
    consts: Vec<ouro_bytecode::Constant>,
    maxdepth: u32,
    instrs: &[LoweredInstr],
    nlocalsplus: usize,
    flags: u32,
    filename: &str,
) -> CompileResult<CodeObject> {
    let code = assemble_code(instrs)?;
    let linetable = assemble_location_info(instrs, md.firstlineno);
    let exceptiontable = assemble_exception_table(instrs)?;
    let (localsplusnames, localspluskinds) = compute_localsplus_info(md, nlocalsplus);
    let qualname = if md.qualname.is_empty() {
        md.name.clone()
    } else {
        md.qualname.clone()
    };
    Ok(CodeObject {
        argcount: md.posonlyargcount + md.argcount,
        posonlyargcount: md.posonlyargcount,
        kwonlyargcount: md.kwonlyargcount,
        stacksize: maxdepth,
        flags,
        code,
        consts,
        names: md.names.clone(),
        localsplusnames,
        localspluskinds,
        filename: filename.into(),
        name: md.name.clone(),
        qualname,
        firstlineno: md.firstlineno.max(0) as u32,
        linetable,
        exceptiontable,
    })
}
