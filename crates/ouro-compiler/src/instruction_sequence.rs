//! The instruction sequence: what code generation emits for one code unit, before the
//! control-flow graph is built. Instructions may be pseudo-instructions; a jump's argument is a
//! label id until `flowgraph` resolves it.
//! CPython counterpart: the `instr_sequence` of Python/compile.c (3.12).

use ouro_bytecode::Opcode;
use std::rc::Rc;

/// A source span, as CPython's `location`: 1-based lines, 0-based UTF-8 byte columns;
/// -1 where unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl Location {
    /// CPython's `NO_LOCATION`.
    pub const NONE: Location = Location {
        lineno: -1,
        end_lineno: -1,
        col_offset: -1,
        end_col_offset: -1,
    };

    /// A location with a line number only (CPython's `LOC`-less `{lineno, lineno, -1, -1}`).
    pub fn line(lineno: i32) -> Location {
        Location {
            lineno,
            end_lineno: lineno,
            col_offset: -1,
            end_col_offset: -1,
        }
    }
}

/// A jump target; an index into `InstructionSequence::label_map`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// One emitted instruction. For jumps (`Opcode::is_jump`), `oparg` is a `Label` id.
#[derive(Clone, Copy, Debug)]
pub struct Instruction {
    pub opcode: Opcode,
    pub oparg: u32,
    pub loc: Location,
}

/// The code generator's output for one code unit.
#[derive(Clone, Debug, Default)]
pub struct InstructionSequence {
    pub instrs: Vec<Instruction>,
    /// For each label id, the index in `instrs` of the instruction it names
    /// (`None` until the label is used).
    pub label_map: Vec<Option<usize>>,
}

impl InstructionSequence {
    pub fn new_label(&mut self) -> Label {
        self.label_map.push(None);
        Label(self.label_map.len() as u32 - 1)
    }

    /// Places `label` at the next instruction to be emitted.
    pub fn use_label(&mut self, label: Label) {
        self.label_map[label.0 as usize] = Some(self.instrs.len());
    }

    pub fn addop(&mut self, opcode: Opcode, oparg: u32, loc: Location) {
        self.instrs.push(Instruction { opcode, oparg, loc });
    }

    pub fn add_jump(&mut self, opcode: Opcode, target: Label, loc: Location) {
        debug_assert!(opcode.has_target());
        self.addop(opcode, target.0, loc);
    }
}

/// What the assembler needs to know of a code unit besides its instructions
/// (CPython: `_PyCompile_CodeUnitMetadata`). Index sets keep insertion order: an entry's
/// position is the instruction argument that refers to it.
#[derive(Clone, Debug, Default)]
pub struct CodeUnitMetadata {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// `co_consts` in order of first use; the flowgraph may append (tuple folding) and
    /// then drop unused entries.
    pub consts: Vec<ouro_bytecode::Constant>,
    pub names: Vec<Rc<str>>,
    /// Parameters first, then other locals, in order of first use.
    pub varnames: Vec<Rc<str>>,
    /// Cell variables, sorted as CPython sorts them (by name). Dereference instructions
    /// (`LOAD_DEREF`, `LOAD_CLOSURE`, `MAKE_CELL`, ...) take the index here, or
    /// `cellvars.len()` plus the index in `freevars`; the assembler turns that into the
    /// `localsplus` offset.
    pub cellvars: Vec<Rc<str>>,
    /// Free variables, sorted by name.
    pub freevars: Vec<Rc<str>>,
    /// Locals of inlined comprehensions that are hidden from `locals()` (`CO_FAST_HIDDEN`).
    pub fasthidden: Vec<Rc<str>>,
    /// Positional parameters that are not positional-only (CPython's `u_argcount`);
    /// `co_argcount` is `posonlyargcount + argcount`.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
}
