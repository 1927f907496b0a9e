//! The control-flow graph of one code unit: built from the instruction sequence, optimised as
//! CPython 3.12 optimises it (exception-handler labelling, small-exit inlining, jump threading,
//! constant folding of tuples and conditional jumps, swap elimination, dead-block and NOP
//! removal, unused-constant removal, `LOAD_FAST_CHECK` insertion, cold-block reordering,
//! line-number propagation), then measured (stack depth) and lowered (pseudo-instructions,
//! jump directions and offsets) for the assembler.
//! CPython counterpart: Python/flowgraph.c (3.12).

use crate::error::{CompileError, CompileResult};
use crate::instruction_sequence::{InstructionSequence, Location};
use ouro_bytecode::{Constant, Opcode};

/// Index of a block in `Cfg::blocks`.
pub type BlockId = usize;

/// Most blocks the exception-handler stack may hold (CPython: `CO_MAXBLOCKS`).
const CO_MAXBLOCKS: usize = 20;

/// A basic block may be copied by the optimiser when it has at most this many instructions
/// (CPython: `MAX_COPY_SIZE`).
const MAX_COPY_SIZE: usize = 4;

/// An instruction of the graph (CPython: `cfg_instr`).
#[derive(Clone, Copy, Debug)]
pub struct CfgInstr {
    pub opcode: Opcode,
    pub oparg: u32,
    pub loc: Location,
    /// The block a jump or handler-push instruction targets.
    pub target: Option<BlockId>,
    /// The handler active at this instruction, if any.
    pub except: Option<BlockId>,
}

impl CfgInstr {
    fn new(opcode: Opcode, oparg: u32, loc: Location) -> CfgInstr {
        CfgInstr {
            opcode,
            oparg,
            loc,
            target: None,
            except: None,
        }
    }

    /// Turns the instruction into an argument-less one, keeping its location
    /// (CPython: `INSTR_SET_OP0`).
    fn set_op0(&mut self, opcode: Opcode) {
        self.opcode = opcode;
        self.oparg = 0;
    }
}

/// A basic block (CPython: `basicblock`).
#[derive(Clone, Debug)]
pub struct BasicBlock {
    pub instrs: Vec<CfgInstr>,
    /// The next block in layout order.
    pub next: Option<BlockId>,
    /// The jump-target label of the block, or -1.
    pub label: i32,
    pub startdepth: i32,
    /// Offset of the block in code units, once jumps are resolved.
    pub offset: u32,
    pub predecessors: u32,
    pub preserve_lasti: bool,
    visited: bool,
    pub except_handler: bool,
    cold: bool,
    warm: bool,
    unsafe_locals_mask: u64,
}

impl BasicBlock {
    fn new() -> BasicBlock {
        BasicBlock {
            instrs: Vec::new(),
            next: None,
            label: -1,
            startdepth: 0,
            offset: 0,
            predecessors: 0,
            preserve_lasti: false,
            visited: false,
            except_handler: false,
            cold: false,
            warm: false,
            unsafe_locals_mask: 0,
        }
    }

    fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    /// True when the block ends in a return, raise or unconditional jump
    /// (CPython: `BB_NO_FALLTHROUGH`).
    fn no_fallthrough(&self) -> bool {
        self.last()
            .is_some_and(|l| l.opcode.is_scope_exit() || l.opcode.is_unconditional_jump())
    }

    fn has_fallthrough(&self) -> bool {
        !self.no_fallthrough()
    }

    /// CPython: `basicblock_exits_scope`.
    fn exits_scope(&self) -> bool {
        self.last().is_some_and(|l| l.opcode.is_scope_exit())
    }
}

// Opcode classes with CPython 3.12's meaning (Include/internal/pycore_opcode_utils.h) are
// methods of `Opcode`: `is_jump` (IS_JUMP_OPCODE), `has_target` (HAS_TARGET, the jumps and
// the `SETUP_*` pseudo-instructions), `is_unconditional_jump`, `is_scope_exit`.

/// CPython: `IS_TERMINATOR_OPCODE`.
fn is_terminator(op: Opcode) -> bool {
    op.is_jump() || op.is_scope_exit()
}

/// CPython: `HAS_CONST` (LOAD_CONST, RETURN_CONST, KW_NAMES).
fn has_const(op: Opcode) -> bool {
    op.flags() & ouro_bytecode::opcode::HAS_CONST != 0
}

/// Size in code units of an instruction with its `EXTENDED_ARG` prefixes and inline caches
/// (CPython: `_PyCompile_InstrSize`).
pub fn instr_size(opcode: Opcode, oparg: u32) -> u32 {
    let extended = (oparg > 0xFF_FFFF) as u32 + (oparg > 0xFFFF) as u32 + (oparg > 0xFF) as u32;
    extended + 1 + opcode.cache_entries()
}

fn internal(msg: &str) -> CompileError {
    CompileError::syntax(format!("internal compiler error: {msg}"), Location::NONE)
}

/// Truthiness of a constant (CPython: `PyObject_IsTrue` on the constant).
fn const_is_true(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(s) => s.trim_start_matches('-').trim_start_matches('0') != "",
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::SurrogateStr(p) => !p.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => true,
    }
}

/// The exception-handler stack of `label_exception_targets` (CPython: `_PyCfgExceptStack`).
#[derive(Clone, Debug)]
struct ExceptStack {
    /// `handlers[0]` is "no handler"; the top is `handlers[depth]`.
    handlers: Vec<Option<BlockId>>,
}

impl ExceptStack {
    fn new() -> ExceptStack {
        ExceptStack {
            handlers: vec![None],
        }
    }
    fn depth(&self) -> usize {
        self.handlers.len() - 1
    }
    fn top(&self) -> Option<BlockId> {
        self.handlers.last().copied().flatten()
    }
}

/// An instruction of the lowered, laid-out code, with its handler
/// (CPython: `instruction` with `_PyCompile_ExceptHandlerInfo`).
#[derive(Clone, Copy, Debug)]
pub struct LoweredInstr {
    pub opcode: Opcode,
    pub oparg: u32,
    pub loc: Location,
    /// `(handler offset, handler start depth, preserve lasti)`.
    pub handler: Option<(u32, i32, bool)>,
}

/// The control-flow graph (CPython: `cfg_builder`).
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<BasicBlock>,
    pub entry: BlockId,
    current: BlockId,
    current_label: i32,
}

impl Cfg {
    fn new() -> Cfg {
        Cfg {
            blocks: vec![BasicBlock::new()],
            entry: 0,
            current: 0,
            current_label: -1,
        }
    }

    fn new_block(&mut self) -> BlockId {
        self.blocks.push(BasicBlock::new());
        self.blocks.len() - 1
    }

    /// The blocks in layout order.
    pub fn order(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            out.push(b);
            cur = self.blocks[b].next;
        }
        out
    }

    // ----- Construction (CPython: instr_sequence_to_cfg and the cfg_builder functions) -----

    fn current_block_is_terminated(&mut self) -> bool {
        let cur = self.current;
        if let Some(last) = self.blocks[cur].last() {
            if is_terminator(last.opcode) {
                return true;
            }
        }
        if self.current_label >= 0 {
            if !self.blocks[cur].instrs.is_empty() || self.blocks[cur].label >= 0 {
                return true;
            }
            self.blocks[cur].label = self.current_label;
            self.current_label = -1;
        }
        false
    }

    fn maybe_start_new_block(&mut self) {
        if self.current_block_is_terminated() {
            let b = self.new_block();
            self.blocks[b].label = self.current_label;
            self.current_label = -1;
            self.blocks[self.current].next = Some(b);
            self.current = b;
        }
    }

    fn use_label(&mut self, label: i32) {
        self.current_label = label;
        self.maybe_start_new_block();
    }

    fn addop(&mut self, opcode: Opcode, oparg: u32, loc: Location) {
        self.maybe_start_new_block();
        let cur = self.current;
        self.blocks[cur]
            .instrs
            .push(CfgInstr::new(opcode, oparg, loc));
    }

    /// Builds the graph from an instruction sequence whose jump arguments are label ids
    /// (CPython: `instr_sequence_to_cfg`). Several labels may name one instruction; the
    /// highest-numbered one is used throughout. The name-loading pseudo-instructions are
    /// lowered here, as CPython's code generator lowers them when it emits them.
    pub fn from_sequence(seq: &InstructionSequence) -> CompileResult<Cfg> {
        let n = seq.instrs.len();
        let mut offset2lbl: Vec<i32> = vec![-1; n];
        for (lbl, off) in seq.label_map.iter().enumerate() {
            if let Some(off) = *off {
                if off < n {
                    offset2lbl[off] = lbl as i32;
                } else if off > n {
                    return Err(internal("label out of range"));
                }
            }
        }
        let mut g = Cfg::new();
        for (i, instr) in seq.instrs.iter().enumerate() {
            if offset2lbl[i] >= 0 {
                g.use_label(offset2lbl[i]);
            }
            let (mut opcode, mut oparg) = (instr.opcode, instr.oparg);
            if opcode.has_target() {
                let off = seq
                    .label_map
                    .get(oparg as usize)
                    .copied()
                    .flatten()
                    .ok_or_else(|| internal("jump to an unplaced label"))?;
                if off >= n {
                    return Err(internal("jump past the last instruction"));
                }
                oparg = offset2lbl[off] as u32;
            }
            // CPython: compiler_addop_name lowers these when emitting.
            match opcode {
                Opcode::LOAD_METHOD => {
                    opcode = Opcode::LOAD_ATTR;
                    oparg = (oparg << 1) | 1;
                }
                Opcode::LOAD_SUPER_METHOD => {
                    opcode = Opcode::LOAD_SUPER_ATTR;
                    oparg = (oparg << 2) | 3;
                }
                Opcode::LOAD_ZERO_SUPER_METHOD => {
                    opcode = Opcode::LOAD_SUPER_ATTR;
                    oparg = (oparg << 2) | 1;
                }
                Opcode::LOAD_ZERO_SUPER_ATTR => {
                    opcode = Opcode::LOAD_SUPER_ATTR;
                    oparg <<= 2;
                }
                _ => {}
            }
            if oparg >= 1 << 30 {
                return Err(internal("instruction argument too large"));
            }
            g.addop(opcode, oparg, instr.loc);
        }
        if g.blocks[g.entry].instrs.is_empty() && g.blocks[g.entry].next.is_none() {
            return Err(internal("empty code unit"));
        }
        Ok(g)
    }

    fn max_label(&self) -> i32 {
        self.order()
            .iter()
            .map(|&b| self.blocks[b].label)
            .max()
            .unwrap_or(-1)
    }

    // ----- Preprocessing -----

    /// CPython: `translate_jump_labels_to_targets`.
    fn translate_jump_labels_to_targets(&mut self) -> CompileResult<()> {
        let max = self.max_label();
        let mut label2block: Vec<Option<BlockId>> = vec![None; (max + 1).max(0) as usize];
        for b in self.order() {
            let l = self.blocks[b].label;
            if l >= 0 {
                label2block[l as usize] = Some(b);
            }
        }
        for b in self.order() {
            for instr in self.blocks[b].instrs.iter_mut() {
                if instr.opcode.has_target() {
                    instr.target = label2block.get(instr.oparg as usize).copied().flatten();
                    if instr.target.is_none() {
                        return Err(internal("jump to unknown label"));
                    }
                }
            }
        }
        Ok(())
    }

    /// CPython: `mark_except_handlers`.
    fn mark_except_handlers(&mut self) {
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.opcode.is_block_push() {
                    if let Some(t) = instr.target {
                        self.blocks[t].except_handler = true;
                    }
                }
            }
        }
    }

    fn reset_visited(&mut self) {
        for b in self.order() {
            self.blocks[b].visited = false;
        }
    }

    /// Records the handler of every instruction, walking the graph with the stack of active
    /// `SETUP_*` blocks; sets `YIELD_VALUE`'s argument to the handler depth
    /// (CPython: `label_exception_targets`).
    fn label_exception_targets(&mut self) -> CompileResult<()> {
        self.reset_visited();
        let mut stacks: Vec<Option<ExceptStack>> = vec![None; self.blocks.len()];
        let mut todo: Vec<BlockId> = vec![self.entry];
        self.blocks[self.entry].visited = true;
        stacks[self.entry] = Some(ExceptStack::new());
        while let Some(b) = todo.pop() {
            let mut except_stack = stacks[b].take();
            let mut handler = except_stack.as_ref().and_then(|s| s.top());
            let len = self.blocks[b].instrs.len();
            for i in 0..len {
                let instr = self.blocks[b].instrs[i];
                let Some(stack) = except_stack.as_mut() else {
                    return Err(internal("exception stack lost"));
                };
                if instr.opcode.is_block_push() {
                    let target = instr
                        .target
                        .ok_or_else(|| internal("setup without target"))?;
                    if !self.blocks[target].visited {
                        stacks[target] = Some(stack.clone());
                        todo.push(target);
                        self.blocks[target].visited = true;
                    }
                    // CPython: push_except_block.
                    if matches!(instr.opcode, Opcode::SETUP_WITH | Opcode::SETUP_CLEANUP) {
                        self.blocks[target].preserve_lasti = true;
                    }
                    if stack.depth() > CO_MAXBLOCKS {
                        return Err(internal("too many statically nested blocks"));
                    }
                    stack.handlers.push(Some(target));
                    handler = Some(target);
                } else if instr.opcode == Opcode::POP_BLOCK {
                    if stack.depth() == 0 {
                        return Err(internal("POP_BLOCK with no handler"));
                    }
                    stack.handlers.pop();
                    handler = stack.top();
                } else if instr.opcode.is_jump() {
                    self.blocks[b].instrs[i].except = handler;
                    let target = instr
                        .target
                        .ok_or_else(|| internal("jump without target"))?;
                    if !self.blocks[target].visited {
                        if self.blocks[b].has_fallthrough() {
                            stacks[target] = Some(stack.clone());
                        } else {
                            stacks[target] = except_stack.take();
                        }
                        todo.push(target);
                        self.blocks[target].visited = true;
                    }
                } else {
                    if instr.opcode == Opcode::YIELD_VALUE {
                        self.blocks[b].instrs[i].oparg = stack.depth() as u32;
                    }
                    self.blocks[b].instrs[i].except = handler;
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if !self.blocks[next].visited {
                        if except_stack.is_none() {
                            return Err(internal("exception stack lost"));
                        }
                        stacks[next] = except_stack.take();
                        todo.push(next);
                        self.blocks[next].visited = true;
                    }
                }
            }
        }
        Ok(())
    }

    // ----- Optimisation (CPython: optimize_cfg and helpers) -----

    /// CPython: `check_cfg`.
    fn check_cfg(&self) -> CompileResult<()> {
        for b in self.order() {
            let instrs = &self.blocks[b].instrs;
            for (i, instr) in instrs.iter().enumerate() {
                if is_terminator(instr.opcode) && i != instrs.len() - 1 {
                    return Err(internal("malformed control flow graph."));
                }
            }
        }
        Ok(())
    }

    /// CPython: `eliminate_empty_basic_blocks`.
    fn eliminate_empty_basic_blocks(&mut self) -> CompileResult<()> {
        for b in self.order() {
            let mut next = self.blocks[b].next;
            while let Some(n) = next {
                if !self.blocks[n].instrs.is_empty() {
                    break;
                }
                next = self.blocks[n].next;
            }
            self.blocks[b].next = next;
        }
        while self.blocks[self.entry].instrs.is_empty() {
            self.entry = self.blocks[self.entry]
                .next
                .ok_or_else(|| internal("code unit with no instructions"))?;
        }
        let mut next_lbl = self.max_label() + 1;
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if !instr.opcode.has_target() {
                    continue;
                }
                let orig = instr
                    .target
                    .ok_or_else(|| internal("jump without target"))?;
                let mut target = orig;
                while self.blocks[target].instrs.is_empty() {
                    target = self.blocks[target]
                        .next
                        .ok_or_else(|| internal("jump past the end of the code"))?;
                }
                if target != orig {
                    if self.blocks[target].label < 0 {
                        self.blocks[target].label = next_lbl;
                        next_lbl += 1;
                    }
                    let label = self.blocks[target].label as u32;
                    let ins = &mut self.blocks[b].instrs[i];
                    ins.target = Some(target);
                    ins.oparg = label;
                }
            }
        }
        Ok(())
    }

    /// CPython: `inline_small_exit_blocks`.
    fn inline_small_exit_blocks(&mut self, b: BlockId) -> bool {
        let Some(last) = self.blocks[b].last().copied() else {
            return false;
        };
        if !last.opcode.is_unconditional_jump() {
            return false;
        }
        let Some(target) = last.target else {
            return false;
        };
        if self.blocks[target].exits_scope() && self.blocks[target].instrs.len() <= MAX_COPY_SIZE {
            let copied = self.blocks[target].instrs.clone();
            let block = &mut self.blocks[b];
            if let Some(l) = block.instrs.last_mut() {
                l.set_op0(Opcode::NOP);
            }
            block.instrs.extend(copied);
            return true;
        }
        false
    }

    /// Threads a jump to a jump: `inst` takes `target`'s target and `opcode`
    /// (CPython: `jump_thread`). Returns whether anything changed.
    fn jump_thread(&mut self, b: BlockId, i: usize, target: CfgInstr, opcode: Opcode) -> bool {
        let inst = &mut self.blocks[b].instrs[i];
        if (inst.loc.lineno == target.loc.lineno || target.loc.lineno == -1)
            && inst.target != target.target
        {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        false
    }

    /// CPython: `fold_tuple_on_constants`. `start` is the index of the first of the `n`
    /// loads; the `BUILD_TUPLE` is at `start + n`.
    fn fold_tuple_on_constants(
        &mut self,
        b: BlockId,
        start: usize,
        n: usize,
        consts: &mut Vec<Constant>,
    ) -> CompileResult<()> {
        let instrs = &self.blocks[b].instrs;
        if !instrs[start..start + n].iter().all(|i| has_const(i.opcode)) {
            return Ok(());
        }
        let mut items = Vec::with_capacity(n);
        for ins in &instrs[start..start + n] {
            if ins.opcode != Opcode::LOAD_CONST {
                return Err(internal("failed to get value of a constant"));
            }
            let c = consts
                .get(ins.oparg as usize)
                .ok_or_else(|| internal("constant index out of range"))?;
            items.push(c.clone());
        }
        let newconst = Constant::Tuple(items.into());
        let index = match consts.iter().position(|c| c.same_key(&newconst)) {
            Some(i) => i,
            None => {
                consts.push(newconst);
                consts.len() - 1
            }
        };
        let instrs = &mut self.blocks[b].instrs;
        for ins in &mut instrs[start..start + n] {
            ins.set_op0(Opcode::NOP);
        }
        instrs[start + n].opcode = Opcode::LOAD_CONST;
        instrs[start + n].oparg = index as u32;
        Ok(())
    }

    /// Replaces a run of SWAPs and NOPs by an optimal run with the same effect
    /// (CPython: `swaptimize`). `ix` is advanced to the last instruction of the run.
    fn swaptimize(&mut self, b: BlockId, ix: &mut usize) {
        let instrs = &mut self.blocks[b].instrs[*ix..];
        let mut depth = instrs[0].oparg as usize;
        let mut len = 0;
        let mut more = false;
        let limit = instrs.len();
        loop {
            len += 1;
            if len >= limit {
                break;
            }
            let op = instrs[len].opcode;
            if op == Opcode::SWAP {
                depth = depth.max(instrs[len].oparg as usize);
                more = true;
            } else if op != Opcode::NOP {
                break;
            }
        }
        // A SWAP 0 is malformed; leave such a run alone.
        if !more
            || instrs[..len]
                .iter()
                .any(|i| i.opcode == Opcode::SWAP && i.oparg == 0)
        {
            return;
        }
        const VISITED: i64 = -1;
        let mut stack: Vec<i64> = (0..depth as i64).collect();
        for ins in instrs.iter().take(len) {
            if ins.opcode == Opcode::SWAP {
                let k = ins.oparg as usize - 1;
                stack.swap(0, k);
            }
        }
        let mut current = len as i64 - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i as i64 {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    let ins = &mut instrs[current as usize];
                    ins.opcode = Opcode::SWAP;
                    ins.oparg = j as u32 + 1;
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next_j = stack[j] as usize;
                stack[j] = VISITED;
                j = next_j;
            }
        }
        while current >= 0 {
            instrs[current as usize].set_op0(Opcode::NOP);
            current -= 1;
        }
        *ix += len - 1;
    }

    /// Applies SWAPs by reordering the instructions that consume the swapped values
    /// (CPython: `apply_static_swaps`).
    fn apply_static_swaps(&mut self, b: BlockId, i: usize) {
        fn swappable(op: Opcode) -> bool {
            matches!(
                op,
                Opcode::STORE_FAST | Opcode::STORE_FAST_MAYBE_NULL | Opcode::POP_TOP
            )
        }
        fn stores_to(ins: &CfgInstr) -> i64 {
            if matches!(
                ins.opcode,
                Opcode::STORE_FAST | Opcode::STORE_FAST_MAYBE_NULL
            ) {
                ins.oparg as i64
            } else {
                -1
            }
        }
        fn next_swappable(instrs: &[CfgInstr], mut i: usize, lineno: i32) -> Option<usize> {
            loop {
                i += 1;
                if i >= instrs.len() {
                    return None;
                }
                let ins = &instrs[i];
                if lineno >= 0 && ins.loc.lineno != lineno {
                    return None;
                }
                if ins.opcode == Opcode::NOP {
                    continue;
                }
                if swappable(ins.opcode) {
                    return Some(i);
                }
                return None;
            }
        }
        let instrs = &mut self.blocks[b].instrs;
        let mut i = i as i64;
        while i >= 0 {
            let iu = i as usize;
            let swap = instrs[iu];
            if swap.opcode != Opcode::SWAP {
                if swap.opcode == Opcode::NOP || swappable(swap.opcode) {
                    i -= 1;
                    continue;
                }
                return;
            }
            let Some(j) = next_swappable(instrs, iu, -1) else {
                return;
            };
            let mut k = j;
            let lineno = instrs[j].loc.lineno;
            let mut count = swap.oparg as i64 - 1;
            while count > 0 {
                match next_swappable(instrs, k, lineno) {
                    Some(nk) => k = nk,
                    None => return,
                }
                count -= 1;
            }
            let store_j = stores_to(&instrs[j]);
            let store_k = stores_to(&instrs[k]);
            if store_j >= 0 || store_k >= 0 {
                if store_j == store_k {
                    return;
                }
                for idx in j + 1..k {
                    let s = stores_to(&instrs[idx]);
                    if s >= 0 && (s == store_j || s == store_k) {
                        return;
                    }
                }
            }
            instrs[iu].set_op0(Opcode::NOP);
            instrs.swap(j, k);
            i -= 1;
        }
    }

    /// The peephole optimiser for one block (CPython: `optimize_basic_block`).
    fn optimize_basic_block(
        &mut self,
        b: BlockId,
        consts: &mut Vec<Constant>,
    ) -> CompileResult<()> {
        let nop = CfgInstr::new(Opcode::NOP, 0, Location::NONE);
        let mut target = nop;
        let mut opcode = Opcode::CACHE;
        let mut oparg: u32 = 0;
        let mut i: i64 = 0;
        while (i as usize) < self.blocks[b].instrs.len() {
            let iu = i as usize;
            let inst = self.blocks[b].instrs[iu];
            let is_copy_of_load_const =
                opcode == Opcode::LOAD_CONST && inst.opcode == Opcode::COPY && inst.oparg == 1;
            if !is_copy_of_load_const {
                opcode = inst.opcode;
                oparg = inst.oparg;
                if opcode.has_target() {
                    let t = inst.target.ok_or_else(|| internal("jump without target"))?;
                    target = *self.blocks[t]
                        .instrs
                        .first()
                        .ok_or_else(|| internal("jump to an empty block"))?;
                } else {
                    target = nop;
                }
            }
            let len = self.blocks[b].instrs.len();
            let nextop = if iu + 1 < len {
                Some(self.blocks[b].instrs[iu + 1].opcode)
            } else {
                None
            };
            match opcode {
                Opcode::LOAD_CONST => match nextop {
                    Some(Opcode::POP_JUMP_IF_FALSE) | Some(Opcode::POP_JUMP_IF_TRUE) => {
                        let cnt = consts
                            .get(oparg as usize)
                            .ok_or_else(|| internal("constant index out of range"))?;
                        let is_true = const_is_true(cnt);
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        let jump_if_true = nextop == Some(Opcode::POP_JUMP_IF_TRUE);
                        if is_true == jump_if_true {
                            self.blocks[b].instrs[iu + 1].opcode = Opcode::JUMP;
                        } else {
                            self.blocks[b].instrs[iu + 1].set_op0(Opcode::NOP);
                        }
                    }
                    Some(Opcode::IS_OP) => {
                        let cnt = consts
                            .get(oparg as usize)
                            .ok_or_else(|| internal("constant index out of range"))?;
                        let jump_op = if iu + 2 < len {
                            Some(self.blocks[b].instrs[iu + 2].opcode)
                        } else {
                            None
                        };
                        if matches!(cnt, Constant::None)
                            && matches!(
                                jump_op,
                                Some(Opcode::POP_JUMP_IF_FALSE) | Some(Opcode::POP_JUMP_IF_TRUE)
                            )
                        {
                            let nextarg = self.blocks[b].instrs[iu + 1].oparg & 0xFF;
                            self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                            self.blocks[b].instrs[iu + 1].set_op0(Opcode::NOP);
                            let flip = (jump_op == Some(Opcode::POP_JUMP_IF_FALSE)) as u32;
                            self.blocks[b].instrs[iu + 2].opcode = if nextarg ^ flip != 0 {
                                Opcode::POP_JUMP_IF_NOT_NONE
                            } else {
                                Opcode::POP_JUMP_IF_NONE
                            };
                        }
                    }
                    Some(Opcode::RETURN_VALUE) => {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        i += 1;
                        let r = &mut self.blocks[b].instrs[i as usize];
                        r.opcode = Opcode::RETURN_CONST;
                        r.oparg = oparg;
                    }
                    _ => {}
                },
                Opcode::BUILD_TUPLE => {
                    if nextop == Some(Opcode::UNPACK_SEQUENCE)
                        && oparg == self.blocks[b].instrs[iu + 1].oparg
                    {
                        match oparg {
                            1 => {
                                self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                                self.blocks[b].instrs[iu + 1].set_op0(Opcode::NOP);
                                i += 1;
                                continue;
                            }
                            2 | 3 => {
                                self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                                self.blocks[b].instrs[iu + 1].opcode = Opcode::SWAP;
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if iu >= oparg as usize {
                        let n = oparg as usize;
                        self.fold_tuple_on_constants(b, iu - n, n, consts)?;
                    }
                }
                Opcode::POP_JUMP_IF_NOT_NONE | Opcode::POP_JUMP_IF_NONE => {
                    if target.opcode == Opcode::JUMP {
                        let op = inst.opcode;
                        i -= self.jump_thread(b, iu, target, op) as i64;
                    }
                }
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE | Opcode::JUMP => {
                    if target.opcode == Opcode::JUMP {
                        i -= self.jump_thread(b, iu, target, opcode) as i64;
                    }
                }
                Opcode::SWAP => {
                    if oparg == 1 {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                    } else {
                        let mut ix = iu;
                        self.swaptimize(b, &mut ix);
                        self.apply_static_swaps(b, ix);
                        i = ix as i64;
                    }
                }
                Opcode::PUSH_NULL => {
                    if nextop == Some(Opcode::LOAD_GLOBAL)
                        && self.blocks[b].instrs[iu + 1].oparg & 1 == 0
                    {
                        self.blocks[b].instrs[iu].set_op0(Opcode::NOP);
                        self.blocks[b].instrs[iu + 1].oparg |= 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Ok(())
    }

    /// Removes the NOPs that carry no needed line number (CPython: `remove_redundant_nops`).
    fn remove_redundant_nops(&mut self, b: BlockId) -> usize {
        let mut dest = 0;
        let mut prev_lineno = -1;
        let n = self.blocks[b].instrs.len();
        for src in 0..n {
            let lineno = self.blocks[b].instrs[src].loc.lineno;
            if self.blocks[b].instrs[src].opcode == Opcode::NOP {
                if lineno < 0 {
                    continue;
                }
                if prev_lineno == lineno {
                    continue;
                }
                if src < n - 1 {
                    let next_lineno = self.blocks[b].instrs[src + 1].loc.lineno;
                    if next_lineno == lineno {
                        continue;
                    }
                    if next_lineno < 0 {
                        self.blocks[b].instrs[src + 1].loc = self.blocks[b].instrs[src].loc;
                        continue;
                    }
                } else {
                    let mut next = self.blocks[b].next;
                    while let Some(nb) = next {
                        if !self.blocks[nb].instrs.is_empty() {
                            break;
                        }
                        next = self.blocks[nb].next;
                    }
                    if let Some(nb) = next {
                        let mut next_loc = Location::NONE;
                        for ins in &self.blocks[nb].instrs {
                            if ins.opcode == Opcode::NOP && ins.loc.lineno == -1 {
                                continue;
                            }
                            next_loc = ins.loc;
                            break;
                        }
                        if lineno == next_loc.lineno {
                            continue;
                        }
                    }
                }
            }
            if dest != src {
                self.blocks[b].instrs[dest] = self.blocks[b].instrs[src];
            }
            dest += 1;
            prev_lineno = lineno;
        }
        self.blocks[b].instrs.truncate(dest);
        n - dest
    }

    /// CPython: `remove_redundant_nops_and_pairs` (LOAD_CONST/POP_TOP and COPY 1/POP_TOP).
    fn remove_redundant_nops_and_pairs(&mut self) {
        let mut done = false;
        while !done {
            done = true;
            let mut instr: Option<(BlockId, usize)> = None;
            let mut cur = Some(self.entry);
            while let Some(b) = cur {
                self.remove_redundant_nops(b);
                if self.blocks[b].label >= 0 {
                    instr = None;
                }
                for i in 0..self.blocks[b].instrs.len() {
                    let prev = instr;
                    instr = Some((b, i));
                    let (prev_opcode, prev_oparg) = match prev {
                        Some((pb, pi)) => {
                            let p = &self.blocks[pb].instrs[pi];
                            (Some(p.opcode), p.oparg)
                        }
                        None => (None, 0),
                    };
                    if self.blocks[b].instrs[i].opcode == Opcode::POP_TOP {
                        let redundant = prev_opcode == Some(Opcode::LOAD_CONST)
                            || (prev_opcode == Some(Opcode::COPY) && prev_oparg == 1);
                        if redundant {
                            if let Some((pb, pi)) = prev {
                                self.blocks[pb].instrs[pi].set_op0(Opcode::NOP);
                            }
                            self.blocks[b].instrs[i].set_op0(Opcode::NOP);
                            done = false;
                        }
                    }
                }
                let ends_in_jump =
                    instr.is_some_and(|(ib, ii)| self.blocks[ib].instrs[ii].opcode.is_jump());
                if ends_in_jump || !self.blocks[b].has_fallthrough() {
                    instr = None;
                }
                cur = self.blocks[b].next;
            }
        }
    }

    /// Counts each block's predecessors (CPython: `mark_reachable`; a block pushed twice
    /// before it is visited is scanned twice, as there).
    fn mark_reachable(&mut self) {
        self.reset_visited();
        let mut stack = vec![self.entry];
        self.blocks[self.entry].predecessors = 1;
        while let Some(b) = stack.pop() {
            self.blocks[b].visited = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() {
                    if !self.blocks[next].visited {
                        stack.push(next);
                    }
                    self.blocks[next].predecessors += 1;
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.opcode.has_target() {
                    if let Some(t) = instr.target {
                        if !self.blocks[t].visited {
                            stack.push(t);
                        }
                        self.blocks[t].predecessors += 1;
                    }
                }
            }
        }
    }

    /// Turns jumps to the next block into NOPs (CPython: `remove_redundant_jumps`).
    fn remove_redundant_jumps(&mut self) -> CompileResult<()> {
        for b in self.order() {
            let next = self.blocks[b].next;
            let Some(last) = self.blocks[b].instrs.last_mut() else {
                return Err(internal("empty basic block"));
            };
            if last.opcode.is_unconditional_jump() {
                if last.target.is_none() {
                    return Err(internal("jump with NULL target"));
                }
                if last.target == next {
                    last.set_op0(Opcode::NOP);
                }
            }
        }
        Ok(())
    }

    /// CPython: `optimize_cfg`.
    fn optimize_cfg(&mut self, consts: &mut Vec<Constant>) -> CompileResult<()> {
        self.check_cfg()?;
        self.eliminate_empty_basic_blocks()?;
        for b in self.order() {
            self.inline_small_exit_blocks(b);
        }
        for b in self.order() {
            self.optimize_basic_block(b, consts)?;
        }
        self.remove_redundant_nops_and_pairs();
        for b in self.order() {
            self.inline_small_exit_blocks(b);
        }
        self.mark_reachable();
        for b in self.order() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
            }
        }
        for b in self.order() {
            self.remove_redundant_nops(b);
        }
        self.eliminate_empty_basic_blocks()?;
        self.remove_redundant_jumps()?;
        Ok(())
    }

    /// Drops unreferenced constants (keeping the first, which may be a docstring) and
    /// renumbers the references (CPython: `remove_unused_consts`).
    fn remove_unused_consts(&mut self, consts: &mut Vec<Constant>) -> CompileResult<()> {
        let nconsts = consts.len();
        if nconsts == 0 {
            return Ok(());
        }
        let mut used = vec![false; nconsts];
        used[0] = true;
        for b in self.order() {
            for ins in &self.blocks[b].instrs {
                if has_const(ins.opcode) {
                    *used
                        .get_mut(ins.oparg as usize)
                        .ok_or_else(|| internal("constant index out of range"))? = true;
                }
            }
        }
        if used.iter().all(|&u| u) {
            return Ok(());
        }
        let mut reverse = vec![u32::MAX; nconsts];
        let mut kept = Vec::new();
        for (i, c) in consts.drain(..).enumerate() {
            if used[i] {
                reverse[i] = kept.len() as u32;
                kept.push(c);
            }
        }
        *consts = kept;
        for b in self.order() {
            for ins in self.blocks[b].instrs.iter_mut() {
                if has_const(ins.opcode) {
                    ins.oparg = reverse[ins.oparg as usize];
                }
            }
        }
        Ok(())
    }

    // ----- LOAD_FAST_CHECK (CPython: add_checks_for_loads_of_uninitialized_variables) -----

    fn maybe_push(&mut self, b: BlockId, unsafe_mask: u64, stack: &mut Vec<BlockId>) {
        let both = self.blocks[b].unsafe_locals_mask | unsafe_mask;
        if self.blocks[b].unsafe_locals_mask != both {
            self.blocks[b].unsafe_locals_mask = both;
            if !self.blocks[b].visited {
                stack.push(b);
                self.blocks[b].visited = true;
            }
        }
    }

    fn scan_block_for_locals(&mut self, b: BlockId, stack: &mut Vec<BlockId>) {
        let mut unsafe_mask = self.blocks[b].unsafe_locals_mask;
        for i in 0..self.blocks[b].instrs.len() {
            let instr = self.blocks[b].instrs[i];
            if let Some(h) = instr.except {
                self.maybe_push(h, unsafe_mask, stack);
            }
            if instr.oparg >= 64 {
                continue;
            }
            let bit = 1u64 << instr.oparg;
            match instr.opcode {
                Opcode::DELETE_FAST
                | Opcode::LOAD_FAST_AND_CLEAR
                | Opcode::STORE_FAST_MAYBE_NULL => unsafe_mask |= bit,
                Opcode::STORE_FAST | Opcode::LOAD_FAST_CHECK => unsafe_mask &= !bit,
                Opcode::LOAD_FAST => {
                    if unsafe_mask & bit != 0 {
                        self.blocks[b].instrs[i].opcode = Opcode::LOAD_FAST_CHECK;
                    }
                    unsafe_mask &= !bit;
                }
                _ => {}
            }
        }
        if let Some(next) = self.blocks[b].next {
            if self.blocks[b].has_fallthrough() {
                self.maybe_push(next, unsafe_mask, stack);
            }
        }
        if let Some(last) = self.blocks[b].last().copied() {
            if last.opcode.is_jump() {
                if let Some(t) = last.target {
                    self.maybe_push(t, unsafe_mask, stack);
                }
            }
        }
    }

    /// Locals past the 64th are checked one block at a time (CPython: `fast_scan_many_locals`).
    fn fast_scan_many_locals(&mut self, nlocals: usize) {
        let mut states = vec![0usize; nlocals - 64];
        let mut blocknum = 0usize;
        for b in self.order() {
            blocknum += 1;
            for ins in self.blocks[b].instrs.iter_mut() {
                let arg = ins.oparg as usize;
                if arg < 64 || arg - 64 >= states.len() {
                    continue;
                }
                match ins.opcode {
                    Opcode::DELETE_FAST
                    | Opcode::LOAD_FAST_AND_CLEAR
                    | Opcode::STORE_FAST_MAYBE_NULL => states[arg - 64] = blocknum - 1,
                    Opcode::STORE_FAST => states[arg - 64] = blocknum,
                    Opcode::LOAD_FAST => {
                        if states[arg - 64] != blocknum {
                            ins.opcode = Opcode::LOAD_FAST_CHECK;
                        }
                        states[arg - 64] = blocknum;
                    }
                    _ => {}
                }
            }
        }
    }

    fn add_checks_for_loads_of_uninitialized_variables(&mut self, nlocals: usize, nparams: usize) {
        if nlocals == 0 {
            return;
        }
        let mut nlocals = nlocals;
        if nlocals > 64 {
            self.fast_scan_many_locals(nlocals);
            nlocals = 64;
        }
        self.reset_visited();
        let mut stack = Vec::new();
        let mut start_mask = 0u64;
        for i in nparams..nlocals {
            start_mask |= 1u64 << i;
        }
        self.maybe_push(self.entry, start_mask, &mut stack);
        for b in self.order() {
            self.scan_block_for_locals(b, &mut stack);
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].visited = false;
            self.scan_block_for_locals(b, &mut stack);
        }
    }

    // ----- Cold blocks (CPython: mark_warm, mark_cold, push_cold_blocks_to_end) -----

    fn mark_warm(&mut self) {
        self.reset_visited();
        let mut stack = vec![self.entry];
        self.blocks[self.entry].visited = true;
        while let Some(b) = stack.pop() {
            self.blocks[b].warm = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() && !self.blocks[next].visited {
                    stack.push(next);
                    self.blocks[next].visited = true;
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.opcode.is_jump() {
                    if let Some(t) = instr.target {
                        if !self.blocks[t].visited {
                            stack.push(t);
                            self.blocks[t].visited = true;
                        }
                    }
                }
            }
        }
    }

    fn mark_cold(&mut self) {
        self.mark_warm();
        self.reset_visited();
        let mut stack = Vec::new();
        for b in self.order() {
            if self.blocks[b].except_handler {
                stack.push(b);
                self.blocks[b].visited = true;
            }
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].cold = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough()
                    && !self.blocks[next].warm
                    && !self.blocks[next].visited
                {
                    stack.push(next);
                    self.blocks[next].visited = true;
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.opcode.is_jump() {
                    if let Some(t) = instr.target {
                        if !self.blocks[t].warm && !self.blocks[t].visited {
                            stack.push(t);
                            self.blocks[t].visited = true;
                        }
                    }
                }
            }
        }
    }

    fn push_cold_blocks_to_end(&mut self) -> CompileResult<()> {
        if self.blocks[self.entry].next.is_none() {
            return Ok(());
        }
        self.mark_cold();
        let mut next_lbl = self.max_label() + 1;
        // A cold block falling through into a warm one gets an explicit jump.
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].cold && self.blocks[b].has_fallthrough() && self.blocks[next].warm
                {
                    if self.blocks[next].label < 0 {
                        self.blocks[next].label = next_lbl;
                        next_lbl += 1;
                    }
                    let j = self.new_block();
                    let mut ins =
                        CfgInstr::new(Opcode::JUMP, self.blocks[next].label as u32, Location::NONE);
                    ins.target = Some(next);
                    self.blocks[j].instrs.push(ins);
                    self.blocks[j].cold = true;
                    self.blocks[j].next = Some(next);
                    self.blocks[b].next = Some(j);
                }
            }
            cur = self.blocks[b].next;
        }
        if self.blocks[self.entry].cold {
            return Err(internal("entry block is cold"));
        }
        let mut cold_head: Option<BlockId> = None;
        let mut cold_tail: Option<BlockId> = None;
        let mut b = self.entry;
        while self.blocks[b].next.is_some() {
            while let Some(n) = self.blocks[b].next {
                if self.blocks[n].cold {
                    break;
                }
                b = n;
            }
            let Some(start) = self.blocks[b].next else {
                break;
            };
            let mut end = start;
            while let Some(n) = self.blocks[end].next {
                if !self.blocks[n].cold {
                    break;
                }
                end = n;
            }
            match cold_tail {
                None => cold_head = Some(start),
                Some(t) => self.blocks[t].next = Some(start),
            }
            cold_tail = Some(end);
            self.blocks[b].next = self.blocks[end].next;
            self.blocks[end].next = None;
        }
        self.blocks[b].next = cold_head;
        if cold_head.is_some() {
            self.remove_redundant_jumps()?;
        }
        Ok(())
    }

    // ----- Line numbers (CPython: resolve_line_numbers) -----

    fn is_exit_without_lineno(&self, b: BlockId) -> bool {
        let block = &self.blocks[b];
        block.exits_scope() && block.instrs.iter().all(|i| i.loc.lineno < 0)
    }

    /// CPython: `duplicate_exits_without_lineno`.
    fn duplicate_exits_without_lineno(&mut self) -> CompileResult<()> {
        let mut next_lbl = self.max_label() + 1;
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            let last = *self.blocks[b]
                .last()
                .ok_or_else(|| internal("empty basic block"))?;
            if last.opcode.is_jump() {
                let target = last.target.ok_or_else(|| internal("jump without target"))?;
                if self.is_exit_without_lineno(target) && self.blocks[target].predecessors > 1 {
                    let nt = self.new_block();
                    self.blocks[nt].instrs = self.blocks[target].instrs.clone();
                    self.blocks[nt].instrs[0].loc = last.loc;
                    if let Some(l) = self.blocks[b].instrs.last_mut() {
                        l.target = Some(nt);
                    }
                    self.blocks[target].predecessors -= 1;
                    self.blocks[nt].predecessors = 1;
                    self.blocks[nt].next = self.blocks[target].next;
                    self.blocks[nt].label = next_lbl;
                    next_lbl += 1;
                    self.blocks[target].next = Some(nt);
                }
            }
            cur = self.blocks[b].next;
        }
        for b in self.order() {
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough()
                    && !self.blocks[b].instrs.is_empty()
                    && self.is_exit_without_lineno(next)
                {
                    let loc = self.blocks[b].instrs[self.blocks[b].instrs.len() - 1].loc;
                    self.blocks[next].instrs[0].loc = loc;
                }
            }
        }
        Ok(())
    }

    /// CPython: `propagate_line_numbers`.
    fn propagate_line_numbers(&mut self) {
        for b in self.order() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            let mut prev = Location::NONE;
            for ins in self.blocks[b].instrs.iter_mut() {
                if ins.loc.lineno < 0 {
                    ins.loc = prev;
                } else {
                    prev = ins.loc;
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if self.blocks[next].predecessors == 1 {
                        if let Some(first) = self.blocks[next].instrs.first_mut() {
                            if first.loc.lineno < 0 {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
            if last.opcode.is_jump() {
                if let Some(t) = last.target {
                    if self.blocks[t].predecessors == 1 {
                        if let Some(first) = self.blocks[t].instrs.first_mut() {
                            if first.loc.lineno < 0 {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
        }
    }

    /// CPython: `guarantee_lineno_for_exits`.
    fn guarantee_lineno_for_exits(&mut self, firstlineno: i32) {
        let mut lineno = firstlineno;
        for b in self.order() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if last.loc.lineno < 0 {
                if last.opcode == Opcode::RETURN_VALUE {
                    for ins in self.blocks[b].instrs.iter_mut() {
                        ins.loc.lineno = lineno;
                    }
                }
            } else {
                lineno = last.loc.lineno;
            }
        }
    }

    /// Runs CPython 3.12's whole optimisation pipeline on a code unit
    /// (CPython: `_PyCfg_OptimizeCodeUnit`).
    pub fn optimize_code_unit(
        &mut self,
        consts: &mut Vec<Constant>,
        nlocals: usize,
        nparams: usize,
        firstlineno: i32,
    ) -> CompileResult<()> {
        self.translate_jump_labels_to_targets()?;
        self.mark_except_handlers();
        self.label_exception_targets()?;
        self.optimize_cfg(consts)?;
        self.remove_unused_consts(consts)?;
        self.add_checks_for_loads_of_uninitialized_variables(nlocals, nparams);
        self.push_cold_blocks_to_end()?;
        self.duplicate_exits_without_lineno()?;
        self.propagate_line_numbers();
        self.guarantee_lineno_for_exits(firstlineno);
        Ok(())
    }

    /// Inserts `instr` at position `pos` of the entry block
    /// (CPython: `_PyBasicblock_InsertInstruction`).
    pub fn insert_in_entry(&mut self, pos: usize, instr: CfgInstr) {
        let e = self.entry;
        self.blocks[e].instrs.insert(pos, instr);
    }

    /// A new instruction with no target and no handler.
    pub fn make_instr(opcode: Opcode, oparg: u32, loc: Location) -> CfgInstr {
        CfgInstr::new(opcode, oparg, loc)
    }

    // ----- Stack depth (CPython: _PyCfg_Stackdepth) -----

    /// The largest stack depth any path needs; records each block's start depth
    /// (CPython: `_PyCfg_Stackdepth`).
    pub fn stackdepth(&mut self, is_generator: bool) -> CompileResult<u32> {
        for b in self.order() {
            self.blocks[b].startdepth = i32::MIN;
        }
        let mut stack: Vec<BlockId> = Vec::new();
        fn push(blocks: &mut [BasicBlock], stack: &mut Vec<BlockId>, b: BlockId, depth: i32) {
            if blocks[b].startdepth < depth && blocks[b].startdepth < 100 {
                blocks[b].startdepth = depth;
                stack.push(b);
            }
        }
        let mut maxdepth = 0;
        push(
            &mut self.blocks,
            &mut stack,
            self.entry,
            is_generator as i32,
        );
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth;
            let mut next = self.blocks[b].next;
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                let effect = instr.opcode.stack_effect(instr.oparg, false);
                let new_depth = depth + effect;
                if new_depth < 0 {
                    return Err(internal(&format!(
                        "stack underflow at {}",
                        instr.opcode.name()
                    )));
                }
                maxdepth = maxdepth.max(new_depth);
                if instr.opcode.has_target() {
                    let target_depth = depth + instr.opcode.stack_effect(instr.oparg, true);
                    if target_depth < 0 {
                        return Err(internal("stack underflow at a jump target"));
                    }
                    maxdepth = maxdepth.max(target_depth);
                    let t = instr
                        .target
                        .ok_or_else(|| internal("jump without target"))?;
                    push(&mut self.blocks, &mut stack, t, target_depth);
                }
                depth = new_depth;
                if instr.opcode.is_unconditional_jump() || instr.opcode.is_scope_exit() {
                    next = None;
                    break;
                }
            }
            if let Some(n) = next {
                push(&mut self.blocks, &mut stack, n, depth);
            }
        }
        Ok(maxdepth as u32)
    }

    // ----- Lowering -----

    /// CPython: `_PyCfg_ConvertPseudoOps`.
    pub fn convert_pseudo_ops(&mut self) {
        for b in self.order() {
            for ins in self.blocks[b].instrs.iter_mut() {
                if ins.opcode.is_block_push() || ins.opcode == Opcode::POP_BLOCK {
                    ins.set_op0(Opcode::NOP);
                } else if ins.opcode == Opcode::STORE_FAST_MAYBE_NULL {
                    ins.opcode = Opcode::STORE_FAST;
                }
            }
        }
        for b in self.order() {
            self.remove_redundant_nops(b);
        }
    }

    /// Chooses jump directions; a backward conditional jump becomes a reversed forward jump
    /// over a `JUMP_BACKWARD` (CPython: `normalize_jumps`).
    fn normalize_jumps(&mut self) -> CompileResult<()> {
        self.reset_visited();
        let mut cur = Some(self.entry);
        while let Some(b) = cur {
            self.blocks[b].visited = true;
            if let Some(last) = self.blocks[b].last().copied() {
                if last.opcode.is_jump() {
                    let target = last.target.ok_or_else(|| internal("jump without target"))?;
                    let is_forward = !self.blocks[target].visited;
                    let li = self.blocks[b].instrs.len() - 1;
                    match last.opcode {
                        Opcode::JUMP => {
                            self.blocks[b].instrs[li].opcode = if is_forward {
                                Opcode::JUMP_FORWARD
                            } else {
                                Opcode::JUMP_BACKWARD
                            };
                        }
                        Opcode::JUMP_NO_INTERRUPT => {
                            self.blocks[b].instrs[li].opcode = if is_forward {
                                Opcode::JUMP_FORWARD
                            } else {
                                Opcode::JUMP_BACKWARD_NO_INTERRUPT
                            };
                        }
                        op if !is_forward => {
                            let reversed = match op {
                                Opcode::POP_JUMP_IF_NOT_NONE => Opcode::POP_JUMP_IF_NONE,
                                Opcode::POP_JUMP_IF_NONE => Opcode::POP_JUMP_IF_NOT_NONE,
                                Opcode::POP_JUMP_IF_FALSE => Opcode::POP_JUMP_IF_TRUE,
                                Opcode::POP_JUMP_IF_TRUE => Opcode::POP_JUMP_IF_FALSE,
                                _ => return Err(internal("backward jump that cannot be reversed")),
                            };
                            let j = self.new_block();
                            let mut ins = CfgInstr::new(
                                Opcode::JUMP,
                                self.blocks[target].label.max(0) as u32,
                                last.loc,
                            );
                            ins.target = Some(target);
                            self.blocks[j].instrs.push(ins);
                            let next = self.blocks[b].next;
                            let l = &mut self.blocks[b].instrs[li];
                            l.opcode = reversed;
                            l.target = next;
                            self.blocks[j].cold = self.blocks[b].cold;
                            self.blocks[j].next = next;
                            self.blocks[b].next = Some(j);
                        }
                        _ => {}
                    }
                }
            }
            cur = self.blocks[b].next;
        }
        Ok(())
    }

    /// Computes block offsets and jump arguments, growing `EXTENDED_ARG` prefixes until
    /// nothing changes (CPython: `resolve_jump_offsets`).
    fn resolve_jump_offsets(&mut self) -> CompileResult<()> {
        let order = self.order();
        loop {
            let mut total = 0u32;
            for &b in &order {
                self.blocks[b].offset = total;
                total += self.blocks[b]
                    .instrs
                    .iter()
                    .map(|i| instr_size(i.opcode, i.oparg))
                    .sum::<u32>();
            }
            let mut recompile = false;
            for &b in &order {
                let mut bsize = self.blocks[b].offset;
                for i in 0..self.blocks[b].instrs.len() {
                    let instr = self.blocks[b].instrs[i];
                    let isize = instr_size(instr.opcode, instr.oparg);
                    bsize += isize;
                    if instr.opcode.is_jump() {
                        let t = instr
                            .target
                            .ok_or_else(|| internal("jump without target"))?;
                        let toff = self.blocks[t].offset;
                        let arg = if toff < bsize {
                            if !instr.opcode.is_backward_jump() {
                                return Err(internal("backward jump in a forward-only opcode"));
                            }
                            bsize - toff
                        } else {
                            if instr.opcode.is_backward_jump() {
                                return Err(internal("forward jump in a backward opcode"));
                            }
                            toff - bsize
                        };
                        self.blocks[b].instrs[i].oparg = arg;
                        if instr_size(instr.opcode, arg) != isize {
                            recompile = true;
                        }
                    }
                }
            }
            if !recompile {
                return Ok(());
            }
        }
    }

    /// CPython: `_PyCfg_ResolveJumps`.
    pub fn resolve_jumps(&mut self) -> CompileResult<()> {
        self.normalize_jumps()?;
        self.resolve_jump_offsets()
    }

    /// The laid-out instructions with their handlers (CPython: `cfg_to_instr_sequence`).
    pub fn to_instructions(&self) -> Vec<LoweredInstr> {
        let mut out = Vec::new();
        for b in self.order() {
            for ins in &self.blocks[b].instrs {
                let handler = ins.except.map(|h| {
                    let hb = &self.blocks[h];
                    (hb.offset, hb.startdepth, hb.preserve_lasti)
                });
                out.push(LoweredInstr {
                    opcode: ins.opcode,
                    oparg: ins.oparg,
                    loc: ins.loc,
                    handler,
                });
            }
        }
        out
    }
}
