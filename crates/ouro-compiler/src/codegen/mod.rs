//! Code generation: walks the AST of each scope and emits an instruction sequence, then hands
//! each finished code unit to the flowgraph optimiser and assembler.
//! The work is split as CPython's Python/compile.c is organised:
//! - `mod.rs`: the compiler and code-unit state, emitting, names, scopes entry/exit;
//! - `expr.rs`: expressions (calls, attributes, comprehensions, f-strings, lambdas, ...);
//! - `stmt.rs`: simple statements, assignments, imports, function and class definitions;
//! - `control.rs`: control flow: if/while/for, try/except/finally, with, return/break/continue
//!   and the frame-block stack, conditional jumps, `await`/`yield from`;
//! - `pattern.rs`: the `match` statement.

pub mod ast_unparse;
pub mod control;
pub mod expr;
pub mod pattern;
pub mod stmt;
mod warn;

use crate::error::{CompileError, CompileResult};
use crate::instruction_sequence::{CodeUnitMetadata, InstructionSequence, Label, Location};
use crate::source::SourceIndex;
use crate::symtable::{
    ScopeId, ScopeType, SymbolScope, SymbolTable, DEF_COMP_CELL, DEF_FREE_CLASS, SCOPE_MASK,
    SCOPE_OFFSET,
};
use ouro_bytecode::code::{
    CO_ASYNC_GENERATOR, CO_COROUTINE, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL,
    CO_FUTURE_ANNOTATIONS, CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS,
    CO_VARKEYWORDS,
};
use ouro_bytecode::{CodeObject, Constant, Opcode};
use ruff_text_size::TextRange;
use std::collections::HashMap;
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
    /// Symbol flags that replace the symbol table's while an inlined comprehension is
    /// compiled (CPython rewrites `ste_symbols` in place; the shared table here is read-only).
    pub temp_symbols: HashMap<Rc<str>, u32>,
    /// Names that inlined comprehensions made fast locals in a non-function scope, with
    /// whether they are fast right now (CPython: `u_fasthidden`).
    pub fasthidden: Vec<(Rc<str>, bool)>,
}

/// A finished nested code unit, as its parent needs it to build the function object.
#[derive(Clone, Debug)]
pub struct FinishedUnit {
    pub code: Rc<CodeObject>,
    pub freevars: Vec<Rc<str>>,
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
    /// Stop after code generation: nested units are not assembled but kept in
    /// `finished_units`, and stand-in code objects (name, qualname, free variables) are used
    /// as their constants. For testing code generation against CPython's.
    pub codegen_only: bool,
    /// With `codegen_only`, every nested unit's instruction sequence, in completion order.
    pub finished_units: Vec<(InstructionSequence, CodeUnitMetadata)>,
    /// Location of the last `from __future__` import of the module's prologue
    /// (CPython: `c_future.ff_location`).
    pub future_location: Location,
    /// The `finalbody` of every `try ... finally` being compiled, innermost last: unwinding
    /// (`return`, `break`, `continue`) re-emits it. `FBlockDatum::FinalBody` holds its address.
    pub finally_bodies: Vec<&'a [ruff_python_ast::Stmt]>,
    /// `await`, `async for` and `async with` are allowed at module level
    /// (CPython: the `PyCF_ALLOW_TOP_LEVEL_AWAIT` compiler flag).
    pub top_level_await: bool,
    /// The parentheses of each call whose only argument is an unparenthesized generator
    /// expression, by the generator's start: CPython's parser gives such a generator the
    /// call's parentheses as its location, ruff only the generator's own text.
    pub genexp_call_parens: HashMap<ruff_text_size::TextSize, TextRange>,
}

/// CPython's `_PyST_IsFunctionLike`.
pub fn is_function_like(kind: ScopeType) -> bool {
    matches!(
        kind,
        ScopeType::Function
            | ScopeType::Annotation
            | ScopeType::TypeVarBound
            | ScopeType::TypeAlias
            | ScopeType::TypeParams
    )
}

/// The resolved scope stored in symbol flags (CPython: `_PyST_GetScope`).
pub fn scope_from_flags(flags: u32) -> SymbolScope {
    match (flags >> SCOPE_OFFSET) & SCOPE_MASK {
        1 => SymbolScope::Local,
        2 => SymbolScope::GlobalExplicit,
        3 => SymbolScope::GlobalImplicit,
        4 => SymbolScope::Free,
        5 => SymbolScope::Cell,
        _ => SymbolScope::Unknown,
    }
}

/// Converts an integer literal token that does not fit in a `u64` (`0xFFFF_FFFF_...`,
/// `123456789012345678901234`) to its decimal digits.
pub fn big_int_token_to_decimal(token: &str) -> Option<String> {
    let cleaned: String = token.chars().filter(|&c| c != '_').collect();
    let lower = cleaned.to_ascii_lowercase();
    let (radix, digits) = if let Some(rest) = lower.strip_prefix("0x") {
        (16, rest)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (8, rest)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (2, rest)
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty() {
        return None;
    }
    if radix == 10 {
        let trimmed = digits.trim_start_matches('0');
        return Some(if trimmed.is_empty() {
            "0".to_string()
        } else {
            trimmed.to_string()
        });
    }
    // Little-endian base 10^9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    for ch in digits.chars() {
        let d = ch.to_digit(radix)? as u64;
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % 1_000_000_000;
            carry = v / 1_000_000_000;
        }
        while carry > 0 {
            limbs.push(carry % 1_000_000_000);
            carry /= 1_000_000_000;
        }
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        if i == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    Some(out)
}

/// The constant of an integer literal.
pub fn int_literal_constant(value: &ruff_python_ast::Int) -> Option<Constant> {
    if let Some(v) = value.as_i64() {
        return Some(Constant::Int(v));
    }
    let text = value.to_string();
    let decimal = big_int_token_to_decimal(&text)?;
    match decimal.parse::<i64>() {
        Ok(v) => Some(Constant::Int(v)),
        Err(_) => Some(Constant::BigInt(decimal.into())),
    }
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
            codegen_only: false,
            finished_units: Vec::new(),
            future_location: Location::NONE,
            finally_bodies: Vec::new(),
            top_level_await: false,
            genexp_call_parens: HashMap::new(),
        }
    }

    /// The code unit being compiled.
    pub fn unit(&mut self) -> &mut CompilerUnit {
        self.units.last_mut().expect("no code unit")
    }

    /// The code unit being compiled, for reading.
    pub fn cur(&self) -> &CompilerUnit {
        self.units.last().expect("no code unit")
    }

    /// The symbol-table scope of the code unit being compiled.
    pub fn ste(&self) -> &'a crate::symtable::Scope {
        self.symtable.scope(self.cur().scope)
    }

    /// The range CPython's parser gives an expression: an unparenthesized generator
    /// expression that is a call's only argument spans the call's parentheses.
    pub fn expr_range(&self, e: &ruff_python_ast::Expr) -> TextRange {
        use ruff_text_size::Ranged;
        match e {
            ruff_python_ast::Expr::Generator(g) if !g.parenthesized => self
                .genexp_call_parens
                .get(&g.range.start())
                .copied()
                .unwrap_or(g.range),
            _ => e.range(),
        }
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

    /// The name mangled for the current class, if any (CPython: `_Py_Mangle`).
    pub fn mangle(&self, name: &str) -> Rc<str> {
        crate::symtable::mangle(self.units.last().and_then(|u| u.private.as_deref()), name)
    }

    /// Index of `name` (mangled) in `co_names`.
    pub fn add_name(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        Self::add_to_list(&mut self.unit().metadata.names, &mangled)
    }

    /// Emits an instruction whose argument is a name in `co_names`, with the argument
    /// encodings of 3.12 (CPython: `compiler_addop_name`): `LOAD_ATTR` shifts the index left
    /// by one, `LOAD_METHOD` becomes `LOAD_ATTR` with the low bit set, the `LOAD_SUPER_*`
    /// forms shift by two and set their flag bits.
    pub fn addop_name(&mut self, opcode: Opcode, name: &str, loc: Location) {
        let mut arg = self.add_name(name);
        let mut op = opcode;
        match opcode {
            Opcode::LOAD_ATTR => arg <<= 1,
            Opcode::LOAD_METHOD => {
                op = Opcode::LOAD_ATTR;
                arg = (arg << 1) | 1;
            }
            Opcode::LOAD_SUPER_ATTR => arg = (arg << 2) | 2,
            Opcode::LOAD_SUPER_METHOD => {
                op = Opcode::LOAD_SUPER_ATTR;
                arg = (arg << 2) | 3;
            }
            Opcode::LOAD_ZERO_SUPER_ATTR => {
                op = Opcode::LOAD_SUPER_ATTR;
                arg <<= 2;
            }
            Opcode::LOAD_ZERO_SUPER_METHOD => {
                op = Opcode::LOAD_SUPER_ATTR;
                arg = (arg << 2) | 1;
            }
            _ => {}
        }
        self.addop(op, arg, loc);
    }

    /// Index of `name` in the fast locals, adding it if new.
    pub fn add_varname(&mut self, name: &str) -> u32 {
        Self::add_to_list(&mut self.unit().metadata.varnames, name)
    }

    /// The index of a cell (`cell == true`) or free variable in the combined cell/free
    /// numbering of code generation: cells first, then free variables.
    pub fn deref_index(&mut self, name: &str, cell: bool) -> u32 {
        let md = &mut self.unit().metadata;
        if cell {
            Self::add_to_list(&mut md.cellvars, name)
        } else {
            let ncells = md.cellvars.len() as u32;
            ncells + Self::add_to_list(&mut md.freevars, name)
        }
    }

    /// The flags of `name` in the current unit's scope, with the overrides of inlined
    /// comprehensions applied.
    pub fn symbol_flags(&self, name: &str) -> u32 {
        let unit = self.cur();
        if let Some(&f) = unit.temp_symbols.get(name) {
            return f;
        }
        self.symtable.scope(unit.scope).flags(name)
    }

    /// The resolved scope of `name` in the current unit (CPython: `_PyST_GetScope`).
    pub fn symbol_scope(&self, name: &str) -> SymbolScope {
        scope_from_flags(self.symbol_flags(name))
    }

    /// CPython's `get_ref_type`.
    pub fn get_ref_type(&self, name: &str) -> CompileResult<SymbolScope> {
        if self.cur().kind == UnitKind::Class && (name == "__class__" || name == "__classdict__") {
            return Ok(SymbolScope::Cell);
        }
        match self.symbol_scope(name) {
            SymbolScope::Unknown => Err(self.error(
                format!(
                    "unknown scope for name '{name}' in unit {}",
                    self.cur().metadata.name
                ),
                Location::NONE,
            )),
            s => Ok(s),
        }
    }

    fn is_fast_hidden(&self, name: &str) -> bool {
        self.cur()
            .fasthidden
            .iter()
            .any(|(n, fast)| &**n == name && *fast)
    }

    /// Sets the fast-hidden state of `name`; returns whether it was fast before.
    pub fn set_fast_hidden(&mut self, name: &Rc<str>, fast: bool) -> bool {
        let unit = self.unit();
        if let Some(entry) = unit.fasthidden.iter_mut().find(|(n, _)| n == name) {
            let old = entry.1;
            entry.1 = fast;
            return old;
        }
        unit.fasthidden.push((name.clone(), fast));
        false
    }

    /// Loads, stores or deletes a variable (CPython: `compiler_nameop`).
    pub fn nameop(
        &mut self,
        name: &str,
        ctx: ruff_python_ast::ExprContext,
        loc: Location,
    ) -> CompileResult<()> {
        use ruff_python_ast::ExprContext as Ctx;
        #[derive(PartialEq)]
        enum OpType {
            Fast,
            Global,
            Deref,
            Name,
        }
        self.forbidden_name(name, ctx, loc)?;
        let mangled = self.mangle(name);
        let ste = self.ste();
        let scope = self.symbol_scope(&mangled);
        let function_like = is_function_like(ste.kind);
        let mut optype = OpType::Name;
        let mut cell = false;
        match scope {
            SymbolScope::Free => optype = OpType::Deref,
            SymbolScope::Cell => {
                optype = OpType::Deref;
                cell = true;
            }
            SymbolScope::Local => {
                if function_like || self.is_fast_hidden(&mangled) {
                    optype = OpType::Fast;
                }
            }
            SymbolScope::GlobalImplicit => {
                if function_like {
                    optype = OpType::Global;
                }
            }
            SymbolScope::GlobalExplicit => optype = OpType::Global,
            SymbolScope::Unknown => {}
        }
        let is_class = ste.kind == ScopeType::Class;
        let in_inlined = self.cur().in_inlined_comp > 0;
        match optype {
            OpType::Deref => {
                let op = match ctx {
                    Ctx::Load => {
                        if is_class && !in_inlined {
                            self.addop_noarg(Opcode::LOAD_LOCALS, loc);
                            Opcode::LOAD_FROM_DICT_OR_DEREF
                        } else if ste.can_see_class_scope {
                            let i = self.deref_index("__classdict__", false);
                            self.addop(Opcode::LOAD_DEREF, i, loc);
                            Opcode::LOAD_FROM_DICT_OR_DEREF
                        } else {
                            Opcode::LOAD_DEREF
                        }
                    }
                    Ctx::Store => Opcode::STORE_DEREF,
                    Ctx::Del => Opcode::DELETE_DEREF,
                    Ctx::Invalid => return Err(self.error("invalid expression context", loc)),
                };
                let i = self.deref_index(&mangled, cell);
                self.addop(op, i, loc);
            }
            OpType::Fast => {
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_FAST,
                    Ctx::Store => Opcode::STORE_FAST,
                    Ctx::Del => Opcode::DELETE_FAST,
                    Ctx::Invalid => return Err(self.error("invalid expression context", loc)),
                };
                let i = self.add_varname(&mangled);
                self.addop(op, i, loc);
            }
            OpType::Global => {
                let op = match ctx {
                    Ctx::Load => {
                        if ste.can_see_class_scope && scope == SymbolScope::GlobalImplicit {
                            let i = self.deref_index("__classdict__", false);
                            self.addop(Opcode::LOAD_DEREF, i, loc);
                            Opcode::LOAD_FROM_DICT_OR_GLOBALS
                        } else {
                            Opcode::LOAD_GLOBAL
                        }
                    }
                    Ctx::Store => Opcode::STORE_GLOBAL,
                    Ctx::Del => Opcode::DELETE_GLOBAL,
                    Ctx::Invalid => return Err(self.error("invalid expression context", loc)),
                };
                let mut i = Self::add_to_list(&mut self.unit().metadata.names, &mangled);
                if op == Opcode::LOAD_GLOBAL {
                    i <<= 1;
                }
                self.addop(op, i, loc);
            }
            OpType::Name => {
                let op = match ctx {
                    Ctx::Load => {
                        if is_class && in_inlined {
                            Opcode::LOAD_GLOBAL
                        } else {
                            Opcode::LOAD_NAME
                        }
                    }
                    Ctx::Store => Opcode::STORE_NAME,
                    Ctx::Del => Opcode::DELETE_NAME,
                    Ctx::Invalid => return Err(self.error("invalid expression context", loc)),
                };
                let mut i = Self::add_to_list(&mut self.unit().metadata.names, &mangled);
                if op == Opcode::LOAD_GLOBAL {
                    i <<= 1;
                }
                self.addop(op, i, loc);
            }
        }
        Ok(())
    }

    /// CPython's `forbidden_name`: `__debug__` cannot be assigned or deleted.
    pub fn forbidden_name(
        &self,
        name: &str,
        ctx: ruff_python_ast::ExprContext,
        loc: Location,
    ) -> CompileResult<()> {
        use ruff_python_ast::ExprContext as Ctx;
        if name == "__debug__" {
            match ctx {
                Ctx::Store => return Err(self.error("cannot assign to __debug__", loc)),
                Ctx::Del => return Err(self.error("cannot delete __debug__", loc)),
                _ => {}
            }
        }
        Ok(())
    }

    /// Opens a new code unit (CPython: `compiler_enter_scope`), emitting its `RESUME`.
    pub fn enter_scope(
        &mut self,
        name: &str,
        kind: UnitKind,
        scope: ScopeId,
        lineno: i32,
    ) -> CompileResult<()> {
        let ste = self.symtable.scope(scope);
        let mut metadata = CodeUnitMetadata {
            name: name.into(),
            varnames: ste.varnames.clone(),
            firstlineno: lineno,
            ..Default::default()
        };
        let mut sorted: Vec<&(Rc<str>, u32)> = ste.symbols.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        for (n, flags) in &sorted {
            if scope_from_flags(*flags) == SymbolScope::Cell || flags & DEF_COMP_CELL != 0 {
                metadata.cellvars.push(n.clone());
            }
        }
        if ste.needs_class_closure {
            Self::add_to_list(&mut metadata.cellvars, "__class__");
        }
        if ste.needs_classdict {
            Self::add_to_list(&mut metadata.cellvars, "__classdict__");
        }
        for (n, flags) in &sorted {
            if scope_from_flags(*flags) == SymbolScope::Free || flags & DEF_FREE_CLASS != 0 {
                metadata.freevars.push(n.clone());
            }
        }
        let private = self.units.last().and_then(|u| u.private.clone());
        self.units.push(CompilerUnit {
            scope,
            kind,
            metadata,
            seq: InstructionSequence::default(),
            fblocks: Vec::new(),
            private,
            in_inlined_comp: 0,
            temp_symbols: HashMap::new(),
            fasthidden: Vec::new(),
        });
        let mut loc = Location {
            lineno,
            end_lineno: lineno,
            col_offset: 0,
            end_col_offset: 0,
        };
        if kind == UnitKind::Module {
            loc.lineno = 0;
        } else {
            self.set_qualname()?;
        }
        self.addop(Opcode::RESUME, 0, loc);
        Ok(())
    }

    /// CPython's `compiler_set_qualname`.
    fn set_qualname(&mut self) -> CompileResult<()> {
        let n = self.units.len();
        let name = self.units[n - 1].metadata.name.clone();
        let kind = self.units[n - 1].kind;
        let mut base: Option<Rc<str>> = None;
        // CPython counts the enclosing units only (its `c_stack`), module included: a unit
        // directly inside the module has no qualified prefix.
        if n > 2 {
            let mut parent_idx = n - 2;
            if self.units[parent_idx].kind == UnitKind::TypeParams {
                if n == 3 {
                    self.units[n - 1].metadata.qualname = name;
                    return Ok(());
                }
                parent_idx = n - 3;
            }
            let parent = &self.units[parent_idx];
            let mut force_global = false;
            if matches!(
                kind,
                UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
            ) {
                let mangled = crate::symtable::mangle(parent.private.as_deref(), &name);
                let flags = parent
                    .temp_symbols
                    .get(&*mangled)
                    .copied()
                    .unwrap_or_else(|| self.symtable.scope(parent.scope).flags(&mangled));
                if scope_from_flags(flags) == SymbolScope::GlobalExplicit {
                    force_global = true;
                }
            }
            if !force_global {
                if matches!(
                    parent.kind,
                    UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
                ) {
                    base = Some(format!("{}.<locals>", parent.metadata.qualname).into());
                } else {
                    base = Some(parent.metadata.qualname.clone());
                }
            }
        }
        let qualname: Rc<str> = match base {
            Some(b) => format!("{b}.{name}").into(),
            None => name,
        };
        self.units[n - 1].metadata.qualname = qualname;
        Ok(())
    }

    /// CPython's `compute_code_flags` for the current unit.
    pub fn compute_code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if is_function_like(ste.kind) {
            flags |= CO_NEWLOCALS | CO_OPTIMIZED;
            if ste.nested {
                flags |= CO_NESTED;
            }
            if ste.generator && !ste.coroutine {
                flags |= CO_GENERATOR;
            }
            if !ste.generator && ste.coroutine {
                flags |= CO_COROUTINE;
            }
            if ste.generator && ste.coroutine {
                flags |= CO_ASYNC_GENERATOR;
            }
            if ste.varargs {
                flags |= CO_VARARGS;
            }
            if ste.varkeywords {
                flags |= CO_VARKEYWORDS;
            }
        }
        if self.future_annotations {
            flags |= CO_FUTURE_ANNOTATIONS;
        }
        flags
    }

    /// Appends the implicit return of a unit (CPython: `add_return_at_end`).
    pub fn add_return_at_end(&mut self, add_none: bool) {
        if add_none {
            self.load_const(Constant::None, Location::NONE);
        }
        self.addop_noarg(Opcode::RETURN_VALUE, Location::NONE);
    }

    /// Finishes the current unit: adds the implicit return, optimises and assembles it, and
    /// returns to the parent unit (CPython: `optimize_and_assemble` then
    /// `compiler_exit_scope`).
    pub fn exit_scope(&mut self, add_none: bool) -> CompileResult<FinishedUnit> {
        let flags = self.compute_code_flags();
        self.add_return_at_end(add_none);
        let mut unit = self.units.pop().expect("no code unit");
        unit.metadata.fasthidden = unit.fasthidden.iter().map(|(n, _)| n.clone()).collect();
        let freevars = unit.metadata.freevars.clone();
        let code = if self.codegen_only {
            let md = &unit.metadata;
            let mut localsplusnames = Vec::new();
            let mut localspluskinds = Vec::new();
            for v in &md.varnames {
                localsplusnames.push(v.clone());
                let mut k = CO_FAST_LOCAL;
                if md.cellvars.contains(v) {
                    k |= CO_FAST_CELL;
                }
                if md.fasthidden.contains(v) {
                    k |= CO_FAST_HIDDEN;
                }
                localspluskinds.push(k);
            }
            for v in &md.cellvars {
                if !md.varnames.contains(v) {
                    localsplusnames.push(v.clone());
                    localspluskinds.push(CO_FAST_CELL);
                }
            }
            for v in &md.freevars {
                localsplusnames.push(v.clone());
                localspluskinds.push(CO_FAST_FREE);
            }
            let code = CodeObject {
                argcount: md.argcount,
                posonlyargcount: md.posonlyargcount,
                kwonlyargcount: md.kwonlyargcount,
                flags,
                name: md.name.clone(),
                qualname: md.qualname.clone(),
                firstlineno: md.firstlineno.max(0) as u32,
                filename: self.filename.clone(),
                localsplusnames,
                localspluskinds,
                consts: md.consts.clone(),
                names: md.names.clone(),
                ..Default::default()
            };
            self.finished_units.push((unit.seq, unit.metadata));
            code
        } else {
            crate::assemble::optimize_and_assemble(unit.seq, unit.metadata, flags, &self.filename)?
        };
        Ok(FinishedUnit {
            code: Rc::new(code),
            freevars,
        })
    }

    /// Builds a function object from a finished unit (CPython: `compiler_make_closure`).
    pub fn make_closure(
        &mut self,
        loc: Location,
        child: &FinishedUnit,
        mut flags: u32,
    ) -> CompileResult<()> {
        if !child.freevars.is_empty() {
            for name in &child.freevars {
                let reftype = self.get_ref_type(name)?;
                let md = &self.cur().metadata;
                let arg = if reftype == SymbolScope::Cell {
                    md.cellvars.iter().position(|n| n == name)
                } else {
                    md.freevars
                        .iter()
                        .position(|n| n == name)
                        .map(|i| i + md.cellvars.len())
                };
                let Some(arg) = arg else {
                    return Err(self.error(
                        format!("compiler_lookup_arg(name='{name}') failed in {}", md.name),
                        loc,
                    ));
                };
                self.addop(Opcode::LOAD_CLOSURE, arg as u32, loc);
            }
            flags |= ouro_bytecode::opcode::MAKE_FUNCTION_CLOSURE;
            self.addop(Opcode::BUILD_TUPLE, child.freevars.len() as u32, loc);
        }
        self.load_const(Constant::Code(child.code.clone()), loc);
        self.addop(Opcode::MAKE_FUNCTION, flags, loc);
        Ok(())
    }

    /// The scope the symbol table opened for an AST node, tried at each address the symbol
    /// table may have used for it (the node itself or its enclosing enum value).
    pub fn scope_for(&self, addrs: &[usize], loc: Location) -> CompileResult<ScopeId> {
        for a in addrs {
            if let Some(id) = self.symtable.by_node.get(a) {
                return Ok(*id);
            }
        }
        Err(self.error("no symbol table entry for this scope", loc))
    }

    /// The constant value of `e` if it is a literal or was folded to a constant
    /// (CPython: an expression of kind `Constant_kind` after AST optimisation).
    pub fn expr_constant(&self, e: &ruff_python_ast::Expr) -> Option<Constant> {
        use ruff_python_ast::{Expr, Number};
        if let Some(c) = self.folded.get(e) {
            return Some(c.clone());
        }
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => int_literal_constant(i),
                Number::Float(f) => Some(Constant::Float(*f)),
                Number::Complex { real, imag } => Some(Constant::Complex {
                    real: *real,
                    imag: *imag,
                }),
            },
            Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().into())),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                Some(Constant::Bytes(bytes.into()))
            }
            Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
            Expr::NoneLiteral(_) => Some(Constant::None),
            Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
            _ => None,
        }
    }

    /// The value of a docstring, lone surrogates included.
    pub fn docstring_constant(&self, doc: &ruff_python_ast::ExprStringLiteral) -> Constant {
        crate::ast_opt::surrogate_literal(doc, self.source.text())
            .unwrap_or_else(|| Constant::Str(doc.value.to_str().into()))
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

/// Compiles a parsed module in `eval` mode (its one expression statement is returned) or
/// `single` mode (expression statements print) (CPython: `compiler_mod`, `Expression_kind`
/// and `Interactive_kind`).
pub fn compile_module_mode(
    module: &ruff_python_ast::ModModule,
    symtable: &SymbolTable,
    folded: &crate::ast_opt::FoldedConstants,
    source: &SourceIndex,
    filename: &str,
    optimize: u32,
    mode: crate::Mode,
) -> CompileResult<CodeObject> {
    let mut c = Compiler::new(symtable, folded, source, filename, optimize);
    match mode {
        crate::Mode::Exec => c.compile_module_body(module),
        crate::Mode::Eval => c.compile_expression_body(module),
        crate::Mode::Single => c.compile_interactive_body(module),
    }
}

/// Runs the pipeline up to code generation and returns the module unit's instruction
/// sequence and metadata, unassembled, with the implicit final return (CPython:
/// `_PyCompile_CodeGen`, exposed as `_testinternalcapi.compiler_codegen`). Nested code
/// objects among the constants are stand-ins carrying their names. `top_level_await` is
/// CPython's `PyCF_ALLOW_TOP_LEVEL_AWAIT`.
pub fn codegen_module_unit(
    source: &str,
    filename: &str,
    optimize: u32,
    top_level_await: bool,
) -> CompileResult<(InstructionSequence, CodeUnitMetadata)> {
    let index = SourceIndex::new(source);
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| {
        let (line, col) = index.line_col(e.location.start());
        CompileError::new(
            crate::ErrorKind::SyntaxError,
            "invalid syntax",
            line,
            col + 1,
            line,
            col + 1,
        )
    })?;
    let module = parsed.into_syntax();
    let folded = crate::ast_opt::fold_module(&module, optimize);
    let table = match crate::symtable::build(&module, &index, filename) {
        Ok(t) => t,
        Err(e) if e.msg == "the symbol table is not written yet" => module_only_table(),
        Err(e) => return Err(e),
    };
    let mut c = Compiler::new(&table, &folded, &index, filename, optimize);
    c.codegen_only = true;
    c.top_level_await = top_level_await;
    c.codegen_module(&module)?;
    c.add_return_at_end(true);
    let unit = c.units.pop().expect("module unit");
    Ok((unit.seq, unit.metadata))
}

/// A symbol table with only an empty module scope, in which every name resolves as at module
/// level; used by `codegen_module_unit` while the real symbol table is not merged.
/// TEMPORARY: delete with the "not written yet" fallback once symtable.rs is merged.
fn module_only_table() -> SymbolTable {
    SymbolTable {
        scopes: vec![crate::symtable::Scope {
            name: "top".into(),
            kind: ScopeType::Module,
            symbols: Vec::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            comprehension: crate::symtable::ComprehensionType::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            comp_inlined: false,
            comp_iter_target: false,
            can_see_class_scope: false,
            lineno: 0,
            col_offset: 0,
            end_lineno: 0,
            end_col_offset: 0,
            symbol_index: Default::default(),
        }],
        top: ScopeId(0),
        by_node: Default::default(),
        future_annotations: false,
    }
}
