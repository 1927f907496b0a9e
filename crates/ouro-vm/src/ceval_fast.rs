//! The evaluation loop's fast tier: a loop of its own that runs the straight-line instructions
//! of a frame (loads and stores of locals, cells and constants, small-int and float arithmetic
//! and comparisons, jumps, `for` over ranges and lists, cached globals) and the calls and
//! returns of plain Python functions, whose frames it links in the data stack
//! (`frame::LightFrames`), while their operands allow the fast path, and hands the first
//! instruction it cannot finish back to the general loop in `ceval.rs`. Apart from the general
//! loop's hundreds of instructions, it keeps its instruction pointer in registers and its
//! dispatch short. It never raises, calls Python code only by dropping a value (`__del__`), and
//! leaves every instruction either done in full or untouched. CPython has no counterpart: its
//! specialised instructions (BINARY_OP_ADD_INT, COMPARE_AND_BRANCH_INT, FOR_ITER_RANGE,
//! CALL_PY_EXACT_ARGS...) live in the one loop.

use std::cell::Cell;

use ouro_bytecode::opcode::code_byte as op;
use ouro_bytecode::Opcode;

use crate::ceval::Frame;
use crate::ceval::{
    compare_ord, drop_may_run_code, float_binop_result, float_operands, load_global_cache,
    load_global_cached, locals_binop, next_inline, set_float_pair_result, set_float_top,
    small_int_result,
};
use crate::frame::{with_data_stack, DataStackRef, LightFrames, Slots};
use crate::object::{ExactType, PyRef, Value};
use crate::objects::code::superinstruction as sup;
use crate::objects::code::{packed, pair_operator, unpack_unit, CodeData, CodeRef};
use crate::objects::function::{CellData, FunctionData};
use crate::objects::tuple::TupleData;
use crate::vm::Vm;

/// Which opcodes start a run of the fast tier.
static ENTRY: [bool; 256] = {
    let mut t = [false; 256];
    let ops = [
        op::NOP,
        op::POP_TOP,
        op::PUSH_NULL,
        op::COPY,
        op::LOAD_CONST,
        op::LOAD_FAST,
        op::LOAD_FAST_CHECK,
        op::STORE_FAST,
        op::BINARY_OP,
        op::COMPARE_OP,
        op::IS_OP,
        op::JUMP_FORWARD,
        op::JUMP_BACKWARD,
        op::JUMP_BACKWARD_NO_INTERRUPT,
        op::POP_JUMP_IF_FALSE,
        op::POP_JUMP_IF_TRUE,
        op::POP_JUMP_IF_NONE,
        op::POP_JUMP_IF_NOT_NONE,
        op::FOR_ITER,
        op::LOAD_GLOBAL,
        op::COPY_FREE_VARS,
        op::LOAD_DEREF,
        op::STORE_DEREF,
        sup::LOAD_FAST__BINARY_OP,
        sup::LOAD_FAST__LOAD_CONST__COMPARE_OP,
        sup::LOAD_CONST__BINARY_OP,
        sup::COMPARE_OP__POP_JUMP,
        sup::LOAD_FAST__LOAD_FAST,
        sup::FOR_ITER__STORE_FAST,
        sup::BINARY_OP__STORE_FAST,
        sup::STORE_FAST__LOAD_FAST,
        sup::LOAD_FAST__LOAD_FAST__BINARY_OP,
        sup::LOAD_FAST__LOAD_CONST__BINARY_OP,
        sup::LOAD_CONST__LOAD_FAST__BINARY_OP,
        sup::LOAD_FAST__RETURN_VALUE,
        sup::BINARY_OP__RETURN_VALUE,
        sup::LOAD_GLOBAL__CALL,
    ];
    let mut i = 0;
    while i < ops.len() {
        t[ops[i] as usize] = true;
        i += 1;
    }
    t
};

/// What the fast tier does with an instruction, by opcode (`KIND`): one variant per arm of its
/// loop, so that the loop's `match` covers every value it can meet and needs no range check
/// before its jump table.
#[derive(Clone, Copy)]
enum Kind {
    /// Not run here: the general loop's.
    Other,
    Nop,
    Resume,
    Call,
    Return,
    PopTop,
    PushNull,
    Copy,
    LoadConst,
    LoadFast,
    LoadFastReturn,
    LoadFastConstCompare,
    StoreFast,
    LoadBinaryOp,
    LoadLoadBinaryOp,
    BinaryOp,
    CompareOp,
    IsOp,
    JumpForward,
    JumpBackward,
    PopJumpIfBool,
    PopJumpIfNone,
    ForIter,
    LoadGlobal,
    LoadGlobalCall,
    CopyFreeVars,
    LoadDeref,
    StoreDeref,
}

/// The `Kind` of each opcode.
static KIND: [Kind; 256] = {
    let mut t = [Kind::Other; 256];
    t[op::NOP as usize] = Kind::Nop;
    t[op::EXTENDED_ARG as usize] = Kind::Nop;
    t[op::RESUME as usize] = Kind::Resume;
    t[op::CALL as usize] = Kind::Call;
    t[op::RETURN_VALUE as usize] = Kind::Return;
    t[op::RETURN_CONST as usize] = Kind::Return;
    t[op::POP_TOP as usize] = Kind::PopTop;
    t[op::PUSH_NULL as usize] = Kind::PushNull;
    t[op::COPY as usize] = Kind::Copy;
    t[op::LOAD_CONST as usize] = Kind::LoadConst;
    t[op::LOAD_FAST as usize] = Kind::LoadFast;
    t[op::LOAD_FAST_CHECK as usize] = Kind::LoadFast;
    t[sup::LOAD_FAST__LOAD_FAST as usize] = Kind::LoadFast;
    t[sup::LOAD_FAST__LOAD_CONST__COMPARE_OP as usize] = Kind::LoadFastConstCompare;
    t[op::STORE_FAST as usize] = Kind::StoreFast;
    t[sup::STORE_FAST__LOAD_FAST as usize] = Kind::StoreFast;
    t[sup::LOAD_FAST__BINARY_OP as usize] = Kind::LoadBinaryOp;
    t[sup::LOAD_CONST__BINARY_OP as usize] = Kind::LoadBinaryOp;
    t[sup::LOAD_FAST__LOAD_FAST__BINARY_OP as usize] = Kind::LoadLoadBinaryOp;
    t[sup::LOAD_FAST__LOAD_CONST__BINARY_OP as usize] = Kind::LoadLoadBinaryOp;
    t[sup::LOAD_CONST__LOAD_FAST__BINARY_OP as usize] = Kind::LoadLoadBinaryOp;
    t[op::BINARY_OP as usize] = Kind::BinaryOp;
    t[sup::BINARY_OP__STORE_FAST as usize] = Kind::BinaryOp;
    t[sup::BINARY_OP__RETURN_VALUE as usize] = Kind::BinaryOp;
    t[sup::LOAD_FAST__RETURN_VALUE as usize] = Kind::LoadFastReturn;
    t[op::COMPARE_OP as usize] = Kind::CompareOp;
    t[sup::COMPARE_OP__POP_JUMP as usize] = Kind::CompareOp;
    t[op::IS_OP as usize] = Kind::IsOp;
    t[op::JUMP_FORWARD as usize] = Kind::JumpForward;
    t[op::JUMP_BACKWARD as usize] = Kind::JumpBackward;
    t[op::JUMP_BACKWARD_NO_INTERRUPT as usize] = Kind::JumpBackward;
    t[op::POP_JUMP_IF_FALSE as usize] = Kind::PopJumpIfBool;
    t[op::POP_JUMP_IF_TRUE as usize] = Kind::PopJumpIfBool;
    t[op::POP_JUMP_IF_NONE as usize] = Kind::PopJumpIfNone;
    t[op::POP_JUMP_IF_NOT_NONE as usize] = Kind::PopJumpIfNone;
    t[op::FOR_ITER as usize] = Kind::ForIter;
    t[sup::FOR_ITER__STORE_FAST as usize] = Kind::ForIter;
    t[op::LOAD_GLOBAL as usize] = Kind::LoadGlobal;
    t[sup::LOAD_GLOBAL__CALL as usize] = Kind::LoadGlobalCall;
    t[op::COPY_FREE_VARS as usize] = Kind::CopyFreeVars;
    t[op::LOAD_DEREF as usize] = Kind::LoadDeref;
    t[op::STORE_DEREF as usize] = Kind::StoreDeref;
    t
};

/// Whether the instruction word `w` is one the fast tier may run.
#[inline(always)]
pub(crate) fn starts(w: u64) -> bool {
    ENTRY[w as u8 as usize]
}

/// What a frame this tier pushed for a call it made owns, while it runs here (the frame
/// itself is a region of the data stack, `frame::LightFrames`): its code and its function,
/// whose globals and builtins are the frame's. When the tier hands over to the general loop,
/// each becomes a full `Frame` (see `hand_over`).
pub(crate) struct LightFrame {
    code: CodeRef,
    func: PyRef<FunctionData>,
}

/// Whether calls of a function with this code should run it in this tier: its first
/// instructions (up to a return) are ones the tier runs, so that entering it pays.
pub(crate) fn worth_entering(quick: &[Cell<u64>]) -> bool {
    let mut ip = 0;
    let mut run = 0;
    while let Some(w) = quick.get(ip) {
        let (opcode, _, caches) = unpack_unit(w.get());
        match opcode {
            op::RETURN_VALUE | op::RETURN_CONST => return true,
            op::RESUME | op::CALL | op::EXTENDED_ARG => {}
            _ if starts(w.get()) => {}
            _ => break,
        }
        run += 1;
        ip += 1 + caches;
    }
    run >= 8
}

/// Whether some loop of the code (the instructions from a backward jump's target to the jump)
/// holds a CALL.
pub(crate) fn calls_in_loops(quick: &[Cell<u64>]) -> bool {
    let mut ip = 0;
    let mut calls = Vec::new();
    while let Some(w) = quick.get(ip) {
        let (opcode, oparg, caches) = unpack_unit(w.get());
        match opcode {
            op::CALL => calls.push(ip),
            op::JUMP_BACKWARD => {
                let target = (ip + 1).saturating_sub(oparg as usize);
                if calls.iter().any(|&c| c >= target) {
                    return true;
                }
            }
            _ => {}
        }
        ip += 1 + caches;
    }
    false
}

/// Runs the frame `f` (whose callers are `callers`) from `f.ip` with the value stack `f.sp`
/// deep, and the frames of the Python calls it makes, until an instruction needs the general
/// loop. Then `f` is the frame that instruction belongs to, at it, with `f.sp` current (frames
/// called here become full frames on the way out, `f` and its callers pushed on `callers`).
/// Without `CALLS` (entered at a loop's backward jump) calls are left to the general loop too:
/// that copy of the tier has no frames to switch between, and its loop keeps its state in
/// registers (a callee that suits the tier enters it again from the general loop's CALL).
#[inline(never)]
pub(crate) fn run<const CALLS: bool>(vm: &Vm, f: &mut Frame, callers: &mut Vec<Frame>) {
    with_data_stack(|ds| run_on::<CALLS>(vm, f, callers, ds))
}

/// `run` with the thread's data stack `ds`, where calls take their frames' regions.
#[inline(always)]
fn run_on<const CALLS: bool>(
    vm: &Vm,
    f: &mut Frame,
    callers: &mut Vec<Frame>,
    ds: DataStackRef<'_>,
) {
    // The frames this tier called, the running one innermost; `f` runs when there are none.
    let mut lights: LightFrames<'_, LightFrame> = LightFrames::new(ds);
    let function_exact = vm.types.function_exact;
    let thread = &vm.thread;
    // The running frame's state: a call or a return switches all of it (`switch_to`).
    let entry = f.region.slots();
    let mut code: &CodeData = &f.code;
    let mut region = entry;
    let mut quick: &[Cell<u64>] = &code.quick;
    let mut ip = f.ip;
    let mut sp = f.sp;
    // Switches the state to the innermost frame of `lights`, else to `f`.
    macro_rules! switch_to_top {
        () => {
            match lights.top() {
                Some(l) => {
                    code = &l.data.code;
                    region = l.slots();
                    ip = l.ip as usize;
                    sp = l.sp as usize;
                }
                None => {
                    code = &f.code;
                    region = entry;
                    ip = f.ip;
                    sp = f.sp;
                }
            }
            quick = &code.quick;
        };
    }
    // Returns `v` from the innermost frame of `lights` (the value stack `sp` deep without it):
    // the frame is released, `v` pushed on its caller's stack, and the caller runs on.
    macro_rules! return_value {
        ($run:lifetime, $v:expr) => {{
            let v = $v;
            if let Some(LightFrame { code, func }) = lights.pop_return(sp, v, entry, &mut f.sp) {
                drop(func);
                drop(code);
            }
            thread.recursion_depth.set(thread.recursion_depth.get() - 1);
            switch_to_top!();
            continue $run;
        }};
    }
    // Saves where the running frame goes on after the call it is making (`$ip`, with its
    // value stack `$sp` deep) in its header, or in `f` when it is the entry frame.
    macro_rules! save_caller {
        ($ip:expr, $sp:expr) => {
            match lights.top_mut() {
                Some(caller) => {
                    caller.ip = $ip as u32;
                    caller.sp = $sp as u32;
                }
                None => {
                    f.ip = $ip;
                    f.sp = $sp;
                }
            }
        };
    }
    {
        'run: loop {
            let Some(w) = quick.get(ip) else {
                break 'run;
            };
            let (opcode, oparg, _) = unpack_unit(w.get());
            // Past the instruction; the arms of instructions with caches (BINARY_OP, COMPARE_OP,
            // FOR_ITER, LOAD_GLOBAL) step over them too.
            let next = ip + 1;
            match KIND[opcode as usize] {
                Kind::Nop => {}
                Kind::Resume => {
                    // The eval breaker is the general loop's.
                    if thread.interrupt.get() {
                        break 'run;
                    }
                }
                Kind::Call => {
                    // A plain Python function taking exactly these positional arguments, whose
                    // code suits this tier: its frame is pushed here and runs in this tier
                    // (CPython: CALL_PY_EXACT_ARGS). Anything else is the general loop's.
                    if !CALLS {
                        break 'run;
                    }
                    let next = next + CALL_CACHES;
                    let Some(base) = sp.checked_sub(oparg as usize + 2) else {
                        break 'run;
                    };
                    // Below the arguments: NULL and the function, or the function and `self`.
                    let callable_at = if region.get(base).is_some() {
                        base
                    } else {
                        base + 1
                    };
                    let args_at = callable_at + 1;
                    let Some(func) = region
                        .get(callable_at)
                        .and_then(|c| c.exact_obj(function_exact))
                    else {
                        break 'run;
                    };
                    let nargs = sp - args_at;
                    let fcode = func.code.get();
                    if fcode.fast_argc as usize != nargs {
                        break 'run;
                    }
                    let depth = thread.recursion_depth.get();
                    // The callee's RESUME, which only checks the eval breaker, is skipped: the
                    // breaker is checked here instead (and is the general loop's).
                    if depth >= thread.recursion_limit.get() || thread.interrupt.get() {
                        break 'run;
                    }
                    let Some(callable) = region.take(callable_at) else {
                        unreachable!("the function checked above")
                    };
                    let Ok(func) = callable.into_ref_as(func) else {
                        unreachable!("the function checked above")
                    };
                    let (len, start, callee_sp) = light_shape(&fcode);
                    // The caller goes on after the call, its stack below the callable.
                    save_caller!(next, base);
                    let callee = LightFrame { code: fcode, func };
                    if let Err(callee) =
                        lights.push(entry, callee, len, start, callee_sp, args_at, nargs as u32)
                    {
                        // Beyond a light frame (never, for code this tier runs): untouched.
                        let region = lights.top().map_or(entry, |l| l.slots());
                        region.put(callable_at, callee.func.into_value());
                        break 'run;
                    }
                    thread.recursion_depth.set(depth + 1);
                    switch_to_top!();
                    continue 'run;
                }
                Kind::Return => {
                    // Back to a caller in this tier; the return of the frame this tier was entered
                    // with is the general loop's.
                    if !CALLS || lights.depth() == 0 {
                        break 'run;
                    }
                    let v = if opcode == op::RETURN_VALUE {
                        let Some(v) = region.take(sp - 1) else {
                            break 'run;
                        };
                        sp -= 1;
                        v
                    } else {
                        let Some(v) = code.consts.get(oparg as usize) else {
                            break 'run;
                        };
                        v.clone()
                    };
                    return_value!('run, v);
                }
                Kind::LoadFastReturn => {
                    // The local returned at once; otherwise a LOAD_FAST (an unbound local
                    // raises in the general loop).
                    let Some(v) = region.get(oparg as usize) else {
                        break 'run;
                    };
                    let v = v.clone();
                    if CALLS && lights.depth() != 0 {
                        return_value!('run, v);
                    }
                    region.put(sp, v);
                    sp += 1;
                }
                Kind::PopTop => {
                    sp -= 1;
                    drop(region.take(sp));
                }
                Kind::PushNull => {
                    // Slots above the top of the stack are empty.
                    sp += 1;
                }
                Kind::Copy => {
                    let v = region.get(sp - oparg as usize).cloned();
                    region.set(sp, v);
                    sp += 1;
                }
                Kind::LoadConst => {
                    let Some(v) = code.consts.get(oparg as usize) else {
                        break 'run;
                    };
                    region.put(sp, v.clone());
                    sp += 1;
                }
                Kind::LoadFast => {
                    // The second load of a pair runs as the next instruction.
                    let Some(v) = region.get(oparg as usize) else {
                        break 'run;
                    };
                    region.put(sp, v.clone());
                    sp += 1;
                }
                Kind::LoadFastConstCompare => {
                    // `local <cmp> constant` on small ints, both loads and the COMPARE_OP (and
                    // the jump fused to it) included; otherwise the load runs alone.
                    let Some(local) = region.get(oparg as usize) else {
                        break 'run;
                    };
                    let mask = packed::kind(w.get());
                    if let (Some(x), true) = (local.as_small_int(), mask != 0) {
                        let c = packed::constant(w.get());
                        // The constant and the jump's condition come packed in the word: the
                        // jump is the instruction after the COMPARE_OP and its caches.
                        let ord = u32::from(x >= c) + u32::from(x > c);
                        let at = next + 2 + packed::COMPARE_OP_CACHES;
                        let (_, jarg, _) = unpack_unit(word(quick, at));
                        ip = at + 1;
                        if (mask >> ord) & 1 != 0 {
                            ip += jarg as usize;
                        }
                        continue;
                    }
                    let (_, carg, _) = unpack_unit(word(quick, next));
                    let y = code
                        .consts
                        .get(carg as usize)
                        .and_then(|v| v.as_small_int());
                    let (Some(x), Some(y)) = (local.as_small_int(), y) else {
                        region.put(sp, local.clone());
                        sp += 1;
                        ip = next;
                        continue;
                    };
                    let (cop, cmp, ccaches) = unpack_unit(word(quick, next + 1));
                    let r = compare_ord(cmp >> 4, x, y);
                    let after = next + 2 + ccaches;
                    if cop == sup::COMPARE_OP__POP_JUMP {
                        let (jop, jarg, _) = unpack_unit(word(quick, after));
                        ip = after + 1;
                        if r == (jop == op::POP_JUMP_IF_TRUE) {
                            ip += jarg as usize;
                        }
                    } else {
                        region.put(sp, vm.new_bool(r));
                        sp += 1;
                        ip = after;
                    }
                    continue;
                }
                Kind::StoreFast => {
                    // A value whose freeing may run code is the general loop's to drop (it
                    // shows the frame to that code).
                    if region
                        .get(oparg as usize)
                        .is_some_and(|o| drop_may_run_code(vm, o))
                    {
                        break 'run;
                    }
                    sp -= 1;
                    let v = region.take(sp);
                    drop(region.set(oparg as usize, v));
                }
                Kind::LoadBinaryOp => {
                    // A chain of them on small ints runs in `chain`, the running value in a
                    // register, and goes to the stack (or a local stored next) once.
                    if chain_goes_on(quick, ip) {
                        if let Some(a) = region.get(sp - 1).and_then(Value::as_small_int) {
                            let (acc, at) = chain(code, region, a, ip);
                            if at != ip {
                                (ip, sp) = finish_chain(quick, region, sp - 1, acc, at);
                                continue;
                            }
                        }
                    }
                    // `top <op> operand`, the BINARY_OP included.
                    let y = if opcode == sup::LOAD_CONST__BINARY_OP {
                        code.consts.get(oparg as usize)
                    } else {
                        region.get(oparg as usize)
                    };
                    let (Some(y), Some(x)) = (y, region.get(sp - 1)) else {
                        break 'run;
                    };
                    let Some((bop, blen)) = pair_operator(w.get()) else {
                        break 'run;
                    };
                    if let (Some(a), Some(b)) = (x.as_small_int(), y.as_small_int()) {
                        let Some(r) = small_int_result(bop, a, b) else {
                            break 'run;
                        };
                        // The top was a small int: nothing to drop.
                        region.put(sp - 1, vm.new_int(r));
                    } else {
                        let Some((a, b)) = float_operands(vm, x, y) else {
                            break 'run;
                        };
                        let Some(r) = float_binop_result(bop, a, b) else {
                            break 'run;
                        };
                        set_float_top(vm, region, sp - 1, r);
                    }
                    ip = next + blen;
                    continue;
                }
                Kind::LoadLoadBinaryOp => {
                    // `x <op> y` for two loads, both loads and the BINARY_OP (and a fused
                    // STORE_FAST after it) included.
                    let kind = packed::kind(w.get());
                    if kind != 0 {
                        // `local <op> small constant`, both packed in the word.
                        let c = packed::constant(w.get());
                        if let Some(r) = Value::small_int_in(region.get(oparg as usize))
                            .and_then(|x| packed_binop(kind, x, c))
                        {
                            let (bopcode, _, _) = unpack_unit(word(quick, next + 1));
                            ip = next + 1 + BINARY_OP_UNITS as usize;
                            let v = Value::small_int_unchecked(r);
                            if bopcode == sup::BINARY_OP__STORE_FAST {
                                let (_, target, _) = unpack_unit(word(quick, ip));
                                drop(region.set(target as usize, Some(v)));
                                ip += 1;
                            } else {
                                region.put(sp, v);
                                sp += 1;
                            }
                            continue;
                        }
                    }
                    let x = if opcode == sup::LOAD_CONST__LOAD_FAST__BINARY_OP {
                        code.consts.get(oparg as usize)
                    } else {
                        region.get(oparg as usize)
                    };
                    // The second load is fused with the BINARY_OP (`fuse_pairs`): on small
                    // ints the chain from there runs it, and the operations after it (a lone
                    // operation is cheaper here).
                    if chain_goes_on(quick, next) {
                        if let Some(a) = Value::small_int_in(x) {
                            let (acc, at) = chain(code, region, a, next);
                            if at != next {
                                (ip, sp) = finish_chain(quick, region, sp, acc, at);
                                continue;
                            }
                        }
                    }
                    let (_, arg2, _) = unpack_unit(word(quick, next));
                    let (bopcode, bop, bcaches) = unpack_unit(word(quick, next + 1));
                    let y = if opcode == sup::LOAD_FAST__LOAD_CONST__BINARY_OP {
                        code.consts.get(arg2 as usize)
                    } else {
                        region.get(arg2 as usize)
                    };
                    let (Some(x), Some(y)) = (x, y) else {
                        break 'run;
                    };
                    let Some(r) = locals_binop(vm, bop, x, y) else {
                        break 'run;
                    };
                    ip = next + 2 + bcaches;
                    if bopcode == sup::BINARY_OP__STORE_FAST {
                        let (_, target, _) = unpack_unit(word(quick, ip));
                        drop(region.set(target as usize, Some(r)));
                        ip += 1;
                    } else {
                        region.put(sp, r);
                        sp += 1;
                    }
                    continue;
                }
                Kind::BinaryOp => {
                    let next = next + BINARY_OP_CACHES;
                    let (Some(a), Some(b)) = (region.get(sp - 2), region.get(sp - 1)) else {
                        break 'run;
                    };
                    let r = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        let Some(r) = small_int_result(oparg, x, y) else {
                            break 'run;
                        };
                        sp -= 2;
                        region.put(sp, vm.new_int(r));
                        region.set(sp + 1, None);
                        sp + 1
                    } else {
                        let Some((x, y)) = float_operands(vm, a, b) else {
                            break 'run;
                        };
                        let Some(r) = float_binop_result(oparg, x, y) else {
                            break 'run;
                        };
                        // A temporary operand's float is reused (the left one first).
                        let b = region.take(sp - 1);
                        set_float_pair_result(vm, region, sp - 2, b, r);
                        sp - 1
                    };
                    sp = r;
                    if opcode == sup::BINARY_OP__RETURN_VALUE && CALLS && lights.depth() != 0 {
                        // The RETURN_VALUE after it, run here.
                        sp -= 1;
                        if let Some(v) = region.take(sp) {
                            return_value!('run, v);
                        }
                    }
                    if opcode == sup::BINARY_OP__STORE_FAST {
                        let (_, target, _) = unpack_unit(word(quick, next));
                        sp -= 1;
                        let v = region.take(sp);
                        drop(region.set(target as usize, v));
                        ip = next + 1;
                        continue;
                    }
                    ip = next;
                    continue;
                }
                Kind::CompareOp => {
                    let next = next + COMPARE_OP_CACHES;
                    let cmp = oparg >> 4;
                    let (Some(a), Some(b)) = (region.get(sp - 2), region.get(sp - 1)) else {
                        break 'run;
                    };
                    let r = if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                        compare_ord(cmp, x, y)
                    } else {
                        // Exact floats, and a float with an int that converts exactly.
                        const EXACT: i64 = 1 << 53;
                        let exact = |v: &Value| {
                            v.as_small_int()
                                .is_none_or(|i| (-EXACT..=EXACT).contains(&i))
                        };
                        let Some((x, y)) = float_operands(vm, a, b) else {
                            break 'run;
                        };
                        if !(exact(a) && exact(b)) {
                            break 'run;
                        }
                        compare_ord(cmp, x, y)
                    };
                    sp -= 2;
                    // Small ints and floats: dropping them runs no code.
                    drop(region.take(sp));
                    drop(region.take(sp + 1));
                    if opcode == sup::COMPARE_OP__POP_JUMP {
                        let (jop, jarg, _) = unpack_unit(word(quick, next));
                        ip = next + 1;
                        if r == (jop == op::POP_JUMP_IF_TRUE) {
                            ip += jarg as usize;
                        }
                        continue;
                    }
                    region.put(sp, vm.new_bool(r));
                    sp += 1;
                    ip = next;
                    continue;
                }
                Kind::IsOp => {
                    let (Some(a), Some(b)) = (region.get(sp - 2), region.get(sp - 1)) else {
                        break 'run;
                    };
                    let r = a.is(b) != (oparg == 1);
                    sp -= 2;
                    let b = region.take(sp + 1);
                    let a = region.take(sp);
                    region.put(sp, vm.new_bool(r));
                    sp += 1;
                    drop(b);
                    drop(a);
                }
                Kind::JumpForward => {
                    ip = next + oparg as usize;
                    continue;
                }
                Kind::JumpBackward => {
                    // The eval breaker is the general loop's.
                    if thread.interrupt.get() {
                        break 'run;
                    }
                    ip = next - oparg as usize;
                    continue;
                }
                Kind::PopJumpIfBool => {
                    let Some(v) = region.get(sp - 1) else {
                        break 'run;
                    };
                    let b = if v.is(&vm.true_) {
                        true
                    } else if v.is(&vm.false_) {
                        false
                    } else if let Some(i) = v.as_small_int() {
                        i != 0
                    } else if v.is(&vm.none) {
                        false
                    } else {
                        break 'run;
                    };
                    sp -= 1;
                    region.set(sp, None);
                    if b == (opcode == op::POP_JUMP_IF_TRUE) {
                        ip = next + oparg as usize;
                        continue;
                    }
                }
                Kind::PopJumpIfNone => {
                    sp -= 1;
                    let Some(v) = region.take(sp) else {
                        sp += 1;
                        break 'run;
                    };
                    let jump = vm.is_none(&v) == (opcode == op::POP_JUMP_IF_NONE);
                    drop(v);
                    if jump {
                        ip = next + oparg as usize;
                        continue;
                    }
                }
                Kind::ForIter => {
                    let next = next + FOR_ITER_CACHES;
                    let Some(it) = region.get(sp - 1) else {
                        break 'run;
                    };
                    let Some(v) = next_inline(vm, it) else {
                        break 'run;
                    };
                    if opcode == sup::FOR_ITER__STORE_FAST {
                        let (_, target, _) = unpack_unit(word(quick, next));
                        drop(region.set(target as usize, Some(v)));
                        ip = next + 1;
                        continue;
                    }
                    region.put(sp, v);
                    sp += 1;
                    ip = next;
                    continue;
                }
                Kind::LoadGlobal | Kind::LoadGlobalCall => {
                    let next = next + LOAD_GLOBAL_CACHES;
                    let found = load_global_cache(quick, ip).and_then(|q| {
                        let (globals, builtins) = match lights.top() {
                            Some(l) => (&l.data.func.globals, &l.data.func.builtins),
                            None => (&f.globals, &f.builtins),
                        };
                        load_global_cached(code, globals, builtins, q, oparg)
                    });
                    let Some(v) = found else {
                        break 'run;
                    };
                    // `f(arg)` (`LOAD_GLOBAL__CALL`): when `f` is a function whose frame this
                    // tier runs and the argument a local or a packed `local <op> constant` on a
                    // small int, the argument goes straight into the new frame and the call is
                    // made, nothing pushed; otherwise this is the LOAD_GLOBAL alone.
                    let v = if CALLS && opcode == sup::LOAD_GLOBAL__CALL {
                        match global_call(function_exact, thread, region, quick, v, next) {
                            Ok((func, fcode, arg, after)) => {
                                let (len, start, callee_sp) = light_shape(&fcode);
                                save_caller!(after, sp);
                                let callee = LightFrame { code: fcode, func };
                                match lights.push_one(callee, len, start, callee_sp, arg) {
                                    Ok(()) => {
                                        thread
                                            .recursion_depth
                                            .set(thread.recursion_depth.get() + 1);
                                        switch_to_top!();
                                        continue 'run;
                                    }
                                    // A frame of no slots (never, for code this tier
                                    // runs): the general loop runs the LOAD_GLOBAL.
                                    Err(_) => break 'run,
                                }
                            }
                            Err(v) => v,
                        }
                    } else {
                        v
                    };
                    // The NULL: slots above the top of the stack are empty.
                    sp += usize::from(oparg & 1 != 0);
                    region.put(sp, v);
                    sp += 1;
                    ip = next;
                    continue;
                }
                Kind::CopyFreeVars => {
                    // The function's closure cells into the free-variable slots, the last
                    // `oparg` of localsplus (CPython: COPY_FREE_VARS).
                    let func = match lights.top() {
                        Some(l) => Some(&*l.data.func),
                        None => f.func.as_ref().and_then(|v| v.downcast::<FunctionData>()),
                    };
                    let Some(closure) = func.and_then(|func| func.closure.try_borrow().ok()) else {
                        break 'run;
                    };
                    let n = oparg as usize;
                    let cells = closure.as_ref().and_then(|c| c.downcast::<TupleData>());
                    let (Some(cells), Some(off)) = (cells, code.nlocalsplus.checked_sub(n)) else {
                        break 'run;
                    };
                    if cells.items().len() != n {
                        break 'run;
                    }
                    for (i, c) in cells.items().iter().enumerate() {
                        // The slots of free variables start empty: nothing is dropped.
                        region.set(off + i, Some(c.clone()));
                    }
                }
                Kind::LoadDeref => {
                    // An unbound cell raises: the general loop's.
                    let Some(v) = region
                        .get(oparg as usize)
                        .and_then(|c| c.downcast::<CellData>())
                        .and_then(|c| c.get())
                    else {
                        break 'run;
                    };
                    region.put(sp, v);
                    sp += 1;
                }
                Kind::StoreDeref => {
                    let Some(cell) = region
                        .get(oparg as usize)
                        .and_then(|c| c.downcast::<CellData>())
                    else {
                        break 'run;
                    };
                    sp -= 1;
                    // The old contents are dropped by the cell, after its update.
                    cell.set(region.take(sp));
                }
                Kind::Other => break 'run,
            }
            ip = next;
        }
        // At an instruction this tier cannot finish (not started).
        match lights.top_mut() {
            Some(l) => {
                l.ip = ip as u32;
                l.sp = sp as u32;
                hand_over(f, callers, &mut lights);
            }
            None => {
                f.ip = ip;
                f.sp = sp;
            }
        }
    }
}

/// The slots, first instruction and initial stack depth of a light frame of `code` (a frame
/// this tier runs has at most u32::MAX slots: see `fast_argc`).
#[inline(always)]
fn light_shape(code: &CodeData) -> (u32, u32, u32) {
    (
        code.frame_size as u32,
        code.fast_entry,
        code.nlocalsplus as u32,
    )
}

/// For a `LOAD_GLOBAL__CALL` whose global is `v` and whose argument's instructions start at
/// unit `at`: when `v` is a plain Python function taking one argument whose code this tier
/// runs, the call within the recursion limit and no interrupt pending, and the argument a
/// bound local or a packed `local <op> constant` on a small int with a small-int result, the
/// function, its code, the argument and the unit after the CALL's caches. Otherwise `v` back.
#[inline(always)]
fn global_call(
    function_exact: ExactType<FunctionData>,
    thread: &crate::vm::ThreadState,
    region: Slots<'_>,
    quick: &[Cell<u64>],
    v: Value,
    at: usize,
) -> Result<(PyRef<FunctionData>, CodeRef, Value, usize), Value> {
    let func = v.into_exact(function_exact)?;
    let fcode = func.code.get();
    if fcode.fast_argc != 1
        || thread.recursion_depth.get() >= thread.recursion_limit.get()
        || thread.interrupt.get()
    {
        return Err(func.into_value());
    }
    let w = word(quick, at);
    let (aop, local, _) = unpack_unit(w);
    let Some(x) = region.get(local as usize) else {
        return Err(func.into_value());
    };
    let (arg, call) = if aop == sup::LOAD_FAST__LOAD_CONST__BINARY_OP {
        let kind = packed::kind(w);
        let r = x
            .as_small_int()
            .filter(|_| kind != 0)
            .and_then(|x| packed_binop(kind, x, packed::constant(w)));
        let Some(r) = r else {
            return Err(func.into_value());
        };
        (
            Value::small_int_unchecked(r),
            at + 2 + BINARY_OP_UNITS as usize,
        )
    } else if aop == op::LOAD_FAST {
        (x.clone(), at + 1)
    } else {
        return Err(func.into_value());
    };
    Ok((func, fcode, arg, call + 1 + CALL_CACHES))
}

/// The word at unit `at` of `quick` (the second or third instruction of a fused group), 0 past
/// the end.
#[inline(always)]
fn word(quick: &[Cell<u64>], at: usize) -> u64 {
    quick.get(at).map_or(0, Cell::get)
}

/// The cache units after the instructions whose arms step over them: constants, so that the
/// loop does not decode them from the instruction word.
const CALL_CACHES: usize = Opcode::CALL.cache_entries() as usize;
const BINARY_OP_CACHES: usize = Opcode::BINARY_OP.cache_entries() as usize;
const COMPARE_OP_CACHES: usize = Opcode::COMPARE_OP.cache_entries() as usize;
const FOR_ITER_CACHES: usize = Opcode::FOR_ITER.cache_entries() as usize;
const LOAD_GLOBAL_CACHES: usize = Opcode::LOAD_GLOBAL.cache_entries() as usize;

/// The code units of a BINARY_OP with its cache, which a `LOAD_FAST__BINARY_OP` or
/// `LOAD_CONST__BINARY_OP` covers after its own (`fuse_pairs` keeps the count in the word's top
/// byte, the operator in the byte below: see `pair_operator`).
const BINARY_OP_UNITS: u64 = 2;

/// The top two bytes of such a word for the operators `chain` runs (in-place forms included:
/// `fuse_pairs` keeps the plain form).
const ADD: u16 = (BINARY_OP_UNITS << 8) as u16;
const AND: u16 = ADD | 1;
const MUL: u16 = ADD | 5;
const OR: u16 = ADD | 7;
const SUB: u16 = ADD | 10;
const XOR: u16 = ADD | 12;

/// Runs the `LOAD_FAST__BINARY_OP` and `LOAD_CONST__BINARY_OP` words of `code` from unit `ip`
/// on, the value below the operand (the top of the stack) being the small int `acc`, while
/// their operands are small ints and their results small ints too (`+`, `-`, `&`, `|`, `^`,
/// `*`): the running result stays in a register instead of going through the stack. Returns
/// the result and the unit of the first word not run (`ip` when none ran), whose instruction
/// finds the result on the top of the stack once the caller puts it there; nothing else of the
/// frame changes, and nothing can fail or run Python code on the way. Out of line, so that its
/// loop has the registers to itself.
#[inline(never)]
pub(crate) fn chain(code: &CodeData, region: Slots<'_>, acc: i64, mut ip: usize) -> (i64, usize) {
    let quick: &[Cell<u64>] = &code.quick;
    let consts: &[Value] = &code.consts;
    // The result times four: a small int (below 2^61 in size) times four fills an i64, so an
    // add or subtract that overflows is exactly one whose result is no small int.
    let mut acc4 = acc << 2;
    while let Some(w) = quick.get(ip) {
        let w = w.get();
        let arg = (w >> 8) as u32 as usize;
        let opcode = w as u8;
        let y = if opcode == sup::LOAD_CONST__BINARY_OP {
            Value::small_int_in(consts.get(arg))
        } else if opcode == sup::LOAD_FAST__BINARY_OP {
            Value::small_int_in(region.get(arg))
        } else {
            break;
        };
        let Some(y) = y else {
            break;
        };
        let k = (w >> 48) as u16;
        let r = if k == ADD {
            acc4.checked_add(y << 2)
        } else if k == SUB {
            acc4.checked_sub(y << 2)
        } else {
            let x = acc4 >> 2;
            let r = match k {
                AND => Some(x & y),
                OR => Some(x | y),
                XOR => Some(x ^ y),
                MUL => x.checked_mul(y),
                _ => None,
            };
            r.filter(|&r| fits_small(r)).map(|r| r << 2)
        };
        let Some(r) = r else {
            break;
        };
        acc4 = r;
        ip += 1 + BINARY_OP_UNITS as usize;
    }
    (acc4 >> 2, ip)
}

/// Whether a chain from unit `at` (see `chain`) would run more than the word there: whether the
/// instruction after that word's BINARY_OP is a `LOAD_FAST__BINARY_OP` or
/// `LOAD_CONST__BINARY_OP` too. A single operation costs less in the loop than a call of `chain`.
#[inline(always)]
pub(crate) fn chain_goes_on(quick: &[Cell<u64>], at: usize) -> bool {
    let w = quick
        .get(at + 1 + BINARY_OP_UNITS as usize)
        .map_or(0, Cell::get);
    w as u8 == sup::LOAD_FAST__BINARY_OP || w as u8 == sup::LOAD_CONST__BINARY_OP
}

/// `x <kind> c` (see `packed`) when it is a small int.
#[inline(always)]
fn packed_binop(kind: u32, x: i64, c: i64) -> Option<i64> {
    let r = match kind {
        packed::ADD => x + c,
        packed::SUB => x - c,
        packed::MUL => x.checked_mul(c)?,
        packed::AND => x & c,
        packed::OR => x | c,
        _ => x ^ c,
    };
    fits_small(r).then_some(r)
}

/// Whether `r` fits a small int (`Value::small_int`): one add and one unsigned compare.
#[inline(always)]
fn fits_small(r: i64) -> bool {
    (r as u64).wrapping_add(1 << 61) < (1 << 62)
}

/// Ends a chain (see `chain`) whose result `acc` goes on the top of the stack, slot `top`, and
/// whose first instruction not run is at unit `at`: a STORE_FAST there takes it to its local
/// instead (the slot `top` left empty). Returns the next instruction and the stack depth.
#[inline(always)]
fn finish_chain(
    quick: &[Cell<u64>],
    region: Slots<'_>,
    top: usize,
    acc: i64,
    at: usize,
) -> (usize, usize) {
    let v = Value::small_int_unchecked(acc);
    let (sop, target, _) = unpack_unit(quick.get(at).map_or(0, Cell::get));
    if sop == op::STORE_FAST || sop == sup::STORE_FAST__LOAD_FAST {
        // The slot held a small int or nothing: nothing to drop.
        region.set(top, None);
        drop(region.set(target as usize, Some(v)));
        (at + 1, top)
    } else {
        region.put(top, v);
        (at, top + 1)
    }
}

/// Turns the frames called in this tier into full frames for the general loop: `f` ends as
/// the innermost, the others pushed on `callers` in order.
fn hand_over(f: &mut Frame, callers: &mut Vec<Frame>, lights: &mut LightFrames<'_, LightFrame>) {
    lights.drain(|LightFrame { code, func }, region, ip, sp| {
        let callee = Frame::called(code, func, region, ip as usize, sp as usize);
        callers.push(std::mem::replace(f, callee));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_op_units_match_the_opcode_table() {
        let caches = ouro_bytecode::Opcode::BINARY_OP.cache_entries();
        assert_eq!(BINARY_OP_UNITS, 1 + u64::from(caches));
    }

    #[test]
    fn fits_small_is_the_small_int_range() {
        use crate::object::{SMALL_INT_MAX, SMALL_INT_MIN};
        for r in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345] {
            assert!(fits_small(r));
        }
        for r in [SMALL_INT_MAX + 1, SMALL_INT_MIN - 1, i64::MAX, i64::MIN] {
            assert!(!fits_small(r));
        }
    }
}
