//! Code generation: walks the AST of each scope and emits an instruction sequence, then hands
//! each finished code unit to the flowgraph optimiser and assembler.
//! The work is split as CPython's Python/compile.c is organised:
//! - `mod.rs`: the compiler and code-unit state, emitting, names, scopes entry/exit;
//! - `expr.rs`: expressions (calls, attributes, comprehensions, f-strings, lambdas, ...);
//! - `stmt.rs`: simple statements, assignments, imports, function and class definitions;
//! - `control.rs`: control flow: if/while/for, try/except/finally, with, return/break/continue
//!   and the frame-block stack, conditional jumps, `await`/`yield from`;
//! - `pattern.rs`: the `match` statement.

pub mod control;
pub mod core_stubs;
pub mod expr;
pub mod pattern;
pub mod stmt;

use crate::error::{CompileError, CompileResult};
use crate::instruction_sequence::{CodeUnitMetadata, InstructionSequence, Label, Location};
use crate::source::SourceIndex;
use crate::symtable::{ScopeId, SymbolTable};
use ouro_bytecode::{CodeObject, Constant, Opcode};
use ruff_text_size::TextRange;
use std::rc::Rc;

/// The kind of code unit being compiled (CPython: COMPILER_SCOPE_*).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    TypeParams,
}

/// A frame block: a construct that `return`, `break` and `continue` must unwind
/// (CPython: `struct fblockinfo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
}

#[derive(Clone, Debug)]
pub struct FBlock {
    pub kind: FBlockKind,
    pub block: Label,
    /// Where `break` goes, for loops.
    pub exit: Option<Label>,
    /// Kind-specific data: for `HandlerCleanup`, the bound exception name, if any; for
    /// `FinallyTry`, the address of the `finalbody` statements to re-emit (see control.rs).
    pub datum: FBlockDatum,
}

#[derive(Clone, Debug)]
pub enum FBlockDatum {
    None,
    Name(Rc<str>),
    /// Address of the first statement of a `try` statement's `finalbody`; the statements
    /// themselves are borrowed from `Compiler::finally_bodies` (see control.rs).
    FinalBody(usize),
    /// Location of a `with` statement, for its cleanup code.
    Loc(Location),
}

/// The state of one code object being compiled (CPython: `struct compiler_unit`).
pub struct CompilerUnit {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub metadata: CodeUnitMetadata,
    pub seq: InstructionSequence,
    pub fblocks: Vec<FBlock>,
    /// The class name used for private-name mangling, if inside a class.
    pub private: Option<Rc<str>>,
    /// Depth of inlined comprehensions being compiled (PEP 709).
    pub in_inlined_comp: u32,
}

/// The compiler for one module (CPython: `struct compiler`).
pub struct Compiler<'a> {
    pub symtable: &'a SymbolTable,
    pub source: &'a SourceIndex,
    pub filename: Rc<str>,
    /// Innermost last.
    pub units: Vec<CompilerUnit>,
    /// `-O` level: 0, 1 (asserts removed), 2 (docstrings removed too).
    pub optimize: u32,
    /// `from __future__ import annotations`.
    pub future_annotations: bool,
    /// Compiling for the interactive prompt (`single` mode): expression statements print.
    pub interactive: bool,
    /// Values of the expressions that AST optimisation folded.
    pub folded: &'a crate::ast_opt::FoldedConstants,
    /// The `finalbody` of every `try ... finally` being compiled, innermost last: unwinding
    /// (`return`, `break`, `continue`) re-emits it. `FBlockDatum::FinalBody` holds its address.
    pub finally_bodies: Vec<&'a [ruff_python_ast::Stmt]>,
    /// `await`, `async for` and `async with` are allowed at module level
    /// (CPython: the `PyCF_ALLOW_TOP_LEVEL_AWAIT` compiler flag).
    pub top_level_await: bool,
}

impl<'a> Compiler<'a> {
    pub fn new(
        symtable: &'a SymbolTable,
        folded: &'a crate::ast_opt::FoldedConstants,
        source: &'a SourceIndex,
        filename: &str,
        optimize: u32,
    ) -> Self {
        Compiler {
            symtable,
            source,
            filename: filename.into(),
            units: Vec::new(),
            optimize,
            future_annotations: symtable.future_annotations,
            interactive: false,
            folded,
            finally_bodies: Vec::new(),
            top_level_await: false,
        }
    }

    /// The code unit being compiled.
    pub fn unit(&mut self) -> &mut CompilerUnit {
        self.units.last_mut().expect("no code unit")
    }

    pub fn loc(&self, range: TextRange) -> Location {
        self.source.location(range)
    }

    pub fn addop(&mut self, opcode: Opcode, oparg: u32, loc: Location) {
        self.unit().seq.addop(opcode, oparg, loc);
    }

    pub fn addop_noarg(&mut self, opcode: Opcode, loc: Location) {
        self.unit().seq.addop(opcode, 0, loc);
    }

    pub fn add_jump(&mut self, opcode: Opcode, target: Label, loc: Location) {
        self.unit().seq.add_jump(opcode, target, loc);
    }

    pub fn new_label(&mut self) -> Label {
        self.unit().seq.new_label()
    }

    pub fn use_label(&mut self, label: Label) {
        self.unit().seq.use_label(label);
    }

    /// Index of `value` in the unit's constants, adding it if new (CPython: `compiler_add_const`).
    pub fn add_const(&mut self, value: Constant) -> u32 {
        let consts = &mut self.unit().metadata.consts;
        if let Some(i) = consts.iter().position(|c| c.same_key(&value)) {
            return i as u32;
        }
        consts.push(value);
        consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, value: Constant, loc: Location) {
        let i = self.add_const(value);
        self.addop(Opcode::LOAD_CONST, i, loc);
    }

    /// Index of `name` in a name list, adding it if new (CPython: `dict_add_o`).
    pub fn add_to_list(list: &mut Vec<Rc<str>>, name: &str) -> u32 {
        if let Some(i) = list.iter().position(|n| &**n == name) {
            return i as u32;
        }
        list.push(name.into());
        list.len() as u32 - 1
    }

    /// Index of `name` (mangled) in `co_names`.
    pub fn add_name(&mut self, name: &str) -> u32 {
        let mangled =
            crate::symtable::mangle(self.units.last().and_then(|u| u.private.as_deref()), name);
        Self::add_to_list(&mut self.unit().metadata.names, &mangled)
    }

    /// The constant value of `e` if it is a literal or was folded to a constant
    /// (CPython: an expression of kind `Constant_kind` after AST optimisation).
    pub fn expr_constant(&self, e: &ruff_python_ast::Expr) -> Option<Constant> {
        // TODO(cg-core): literals (numbers, strings, bytes, True/False/None/...).
        self.folded.get(e).cloned()
    }

    pub fn error(&self, msg: impl Into<String>, loc: Location) -> CompileError {
        CompileError::syntax(msg, loc)
    }
}

/// Compiles a parsed module (CPython: `compiler_mod`, `Module_kind`).
pub fn compile_module(
    module: &ruff_python_ast::ModModule,
    symtable: &SymbolTable,
    folded: &crate::ast_opt::FoldedConstants,
    source: &SourceIndex,
    filename: &str,
    optimize: u32,
) -> CompileResult<CodeObject> {
    let mut c = Compiler::new(symtable, folded, source, filename, optimize);
    c.compile_module_body(module)
}
