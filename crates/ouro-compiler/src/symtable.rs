//! The symbol table: which scope each name belongs to (local, global, free, cell, ...), built
//! from the AST in two passes as CPython 3.12 does. Scopes are keyed by the address of the AST
//! node that opens them (CPython keys them by node pointer); the AST must not move between
//! `build` and code generation.
//! CPython counterpart: Python/symtable.c, Include/internal/pycore_symtable.h.

use std::collections::HashMap;
use std::rc::Rc;

/// Symbol flags (CPython: DEF_* in pycore_symtable.h).
pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 2 << 1;
pub const DEF_NONLOCAL: u32 = 2 << 2;
pub const USE: u32 = 2 << 3;
pub const DEF_FREE: u32 = 2 << 4;
pub const DEF_FREE_CLASS: u32 = 2 << 5;
pub const DEF_IMPORT: u32 = 2 << 6;
pub const DEF_ANNOT: u32 = 2 << 7;
pub const DEF_COMP_ITER: u32 = 2 << 8;
pub const DEF_TYPE_PARAM: u32 = 2 << 9;
pub const DEF_COMP_CELL: u32 = 2 << 10;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/// The resolved scope is stored in the flags at this shift.
pub const SCOPE_OFFSET: u32 = 12;
pub const SCOPE_MASK: u32 = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/// Where a name lives (CPython: LOCAL, GLOBAL_EXPLICIT, ... in pycore_symtable.h).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    Unknown = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Function,
    Class,
    Module,
    /// PEP 695 / PEP 649-style annotation scope (type parameters, type alias values, bounds).
    Annotation,
    TypeVarBound,
    TypeAlias,
    TypeParams,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionType {
    None,
    List,
    Dict,
    Set,
    Generator,
}

/// Index of a scope in `SymbolTable::scopes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// One scope (CPython: `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Scope {
    pub name: Rc<str>,
    pub kind: ScopeType,
    /// Every name used or bound in the scope, in order of first appearance, with its flags
    /// (`DEF_*` bits, and the resolved `SymbolScope` at `SCOPE_OFFSET`).
    pub symbols: Vec<(Rc<str>, u32)>,
    /// Parameter names in order (CPython: ste_varnames).
    pub varnames: Vec<Rc<str>>,
    /// Child scopes in source order.
    pub children: Vec<ScopeId>,
    /// Names declared `global`/`nonlocal` directives are in `symbols`; this tells if the scope
    /// is nested in a function.
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: ComprehensionType,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    /// A class scope whose methods use `__class__` or `super()`.
    pub needs_class_closure: bool,
    /// A class scope whose annotation scopes need `__classdict__`.
    pub needs_classdict: bool,
    /// A comprehension inlined into its parent (PEP 709).
    pub comp_inlined: bool,
    /// While visiting the comprehension's iteration target.
    pub comp_iter_target: bool,
    /// An annotation scope that can see the enclosing class scope.
    pub can_see_class_scope: bool,
    pub lineno: i32,
    pub col_offset: i32,
    pub end_lineno: i32,
    pub end_col_offset: i32,
    /// For looking up `symbols` by name.
    pub symbol_index: HashMap<Rc<str>, usize>,
}

impl Scope {
    /// The flags of `name`, or 0 if the scope does not know it.
    pub fn flags(&self, name: &str) -> u32 {
        self.symbol_index
            .get(name)
            .map_or(0, |&i| self.symbols[i].1)
    }

    /// The resolved scope of `name` (CPython: `_PyST_GetScope`).
    pub fn scope_of(&self, name: &str) -> SymbolScope {
        match (self.flags(name) >> SCOPE_OFFSET) & 0xF {
            1 => SymbolScope::Local,
            2 => SymbolScope::GlobalExplicit,
            3 => SymbolScope::GlobalImplicit,
            4 => SymbolScope::Free,
            5 => SymbolScope::Cell,
            _ => SymbolScope::Unknown,
        }
    }
}

/// The whole module's scopes.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// The module scope.
    pub top: ScopeId,
    /// Scope opened by an AST node, keyed by the node's address. Function definitions and
    /// classes with type parameters open two scopes: the type-parameter scope is keyed by the
    /// address of the `TypeParams` node, the body by the statement node. Lambdas, comprehensions
    /// and generator expressions are keyed by their expression node; type aliases by the
    /// `StmtTypeAlias` node; a TypeVar bound by the bound expression's address.
    pub by_node: HashMap<usize, ScopeId>,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// The scope opened by the AST node at `node` (any AST node reference).
    pub fn lookup<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// Name mangling of private names in classes (CPython: `_Py_Mangle`).
pub fn mangle(private: Option<&str>, name: &str) -> Rc<str> {
    let Some(class) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}

/// Builds the symbol table of a module (CPython: `_PySymtable_Build`), raising the
/// SyntaxErrors CPython raises there.
pub fn build(
    _module: &ruff_python_ast::ModModule,
    _source: &crate::source::SourceIndex,
    _filename: &str,
) -> crate::error::CompileResult<SymbolTable> {
    Err(crate::error::CompileError::syntax(
        "the symbol table is not written yet",
        crate::instruction_sequence::Location::line(1),
    ))
}
