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
    /// `StmtTypeAlias` node; a TypeVar bound by its `TypeParamTypeVar` node (CPython keys it by the
    /// type parameter too: the bound expression itself may open a scope, a lambda).
    /// Statements and expressions are registered at two addresses, the inner node
    /// (`StmtFunctionDef`, `ExprLambda`, ...) and the enclosing `Stmt`/`Expr` value, so either
    /// may be looked up; a `TypeParamTypeVar` also under its enclosing `TypeParam`. Inlined
    /// comprehensions (PEP 709) keep their scope here although their parent's `children` no
    /// longer lists them. Annotation scopes of `from __future__ import annotations` are not
    /// registered (they are never compiled).
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

use crate::error::{CompileError, CompileResult};
use crate::instruction_sequence::Location;
use crate::source::SourceIndex;
use ruff_python_ast as ast;
use ruff_python_ast::{Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashSet;

type NameSet = HashSet<Rc<str>>;

const GLOBAL_AFTER_ASSIGN: &str = "is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN: &str = "is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE: &str = "is used prior to global declaration";
const NONLOCAL_AFTER_USE: &str = "is used prior to nonlocal declaration";
const GLOBAL_PARAM: &str = "is parameter and global";
const NONLOCAL_PARAM: &str = "is parameter and nonlocal";

/// Builds the symbol table of a module (CPython: `_PySymtable_Build`), raising the
/// SyntaxErrors CPython raises there (and those of Python/future.c, which runs just before).
/// Without the source text, the positions of decorated definitions are estimated; prefer
/// `build_with_text`.
pub fn build(
    module: &ast::ModModule,
    source: &SourceIndex,
    filename: &str,
) -> CompileResult<SymbolTable> {
    build_inner(module, None, source, filename)
}

/// Like `build`, with the source text at hand so that the positions CPython gives to
/// decorated definitions (the `def` line) and unparenthesised generator expressions (the
/// call's parentheses) are exact.
pub fn build_with_text(
    module: &ast::ModModule,
    text: &str,
    source: &SourceIndex,
    filename: &str,
) -> CompileResult<SymbolTable> {
    build_inner(module, Some(text), source, filename)
}

fn build_inner(
    module: &ast::ModModule,
    text: Option<&str>,
    source: &SourceIndex,
    _filename: &str,
) -> CompileResult<SymbolTable> {
    let future_annotations = crate::future::future_features(module, source)?.annotations;
    let mut b = Builder {
        scopes: Vec::new(),
        extra: Vec::new(),
        stack: Vec::new(),
        private: None,
        by_node: HashMap::new(),
        future_annotations,
        source,
        text,
    };
    let top_loc = Location {
        lineno: 0,
        end_lineno: 0,
        col_offset: 0,
        end_col_offset: 0,
    };
    let top = b.enter_block("top", ScopeType::Module, &[addr(module)], top_loc, false)?;
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    b.exit_block();
    b.analyze(top)?;
    Ok(SymbolTable {
        scopes: b.scopes,
        top: ScopeId(top as u32),
        by_node: b.by_node,
        future_annotations,
    })
}

/// Builder state that the finished table does not keep.
#[derive(Default)]
struct Extra {
    /// `global`/`nonlocal` directives (and walrus targets) with their location
    /// (CPython: ste_directives).
    directives: Vec<(Rc<str>, Location)>,
    /// Non-zero while visiting a comprehension's iterable (CPython: ste_comp_iter_expr).
    comp_iter_expr: i32,
    /// The scope has free variables (CPython: ste_free).
    free: bool,
    /// A child scope has free variables (CPython: ste_child_free).
    child_free: bool,
}

/// The first pass (CPython: the `symtable_visit_*` functions) and the second pass
/// (CPython: `analyze_*`).
struct Builder<'a> {
    scopes: Vec<Scope>,
    extra: Vec<Extra>,
    stack: Vec<usize>,
    /// The class whose private names are mangled (CPython: st_private).
    private: Option<Rc<str>>,
    by_node: HashMap<usize, ScopeId>,
    future_annotations: bool,
    source: &'a SourceIndex,
    text: Option<&'a str>,
}

fn addr<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython: `_PyST_IsFunctionLike`.
fn is_function_like(kind: ScopeType) -> bool {
    matches!(
        kind,
        ScopeType::Function
            | ScopeType::TypeVarBound
            | ScopeType::TypeAlias
            | ScopeType::TypeParams
    )
}

fn scope_bits(flags: u32) -> u32 {
    (flags >> SCOPE_OFFSET) & SCOPE_MASK
}

impl<'a> Builder<'a> {
    fn cur(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn loc(&self, range: TextRange) -> Location {
        self.source.location(range)
    }

    fn error(&self, msg: impl Into<String>, loc: Location) -> CompileError {
        CompileError::syntax(msg, loc)
    }

    /// Opens a scope and registers it under `keys` (CPython: `symtable_enter_block`). A hidden
    /// scope (an annotation scope) is not listed among its parent's children.
    fn enter_block(
        &mut self,
        name: &str,
        kind: ScopeType,
        keys: &[usize],
        loc: Location,
        hidden: bool,
    ) -> CompileResult<usize> {
        let id = self.scopes.len();
        let (nested, comp_iter_expr) = match self.stack.last() {
            Some(&p) => (
                self.scopes[p].nested || is_function_like(self.scopes[p].kind),
                self.extra[p].comp_iter_expr,
            ),
            None => (false, 0),
        };
        self.scopes.push(Scope {
            name: name.into(),
            kind,
            symbols: Vec::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: ComprehensionType::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            comp_inlined: false,
            comp_iter_target: false,
            can_see_class_scope: false,
            lineno: loc.lineno,
            col_offset: loc.col_offset,
            end_lineno: loc.end_lineno,
            end_col_offset: loc.end_col_offset,
            symbol_index: HashMap::new(),
        });
        self.extra.push(Extra {
            comp_iter_expr,
            ..Extra::default()
        });
        for &k in keys {
            self.by_node.insert(k, ScopeId(id as u32));
        }
        if !hidden {
            if let Some(&p) = self.stack.last() {
                self.scopes[p].children.push(ScopeId(id as u32));
            }
        }
        self.stack.push(id);
        Ok(id)
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn get_flags(&self, id: usize, name: &str) -> u32 {
        self.scopes[id].flags(name)
    }

    fn set_flags(&mut self, id: usize, name: Rc<str>, flags: u32) {
        let s = &mut self.scopes[id];
        if let Some(&i) = s.symbol_index.get(&name) {
            s.symbols[i].1 = flags;
        } else {
            s.symbol_index.insert(name.clone(), s.symbols.len());
            s.symbols.push((name, flags));
        }
    }

    /// CPython: `symtable_add_def_helper`.
    fn add_def_in(&mut self, name: &str, flag: u32, id: usize, loc: Location) -> CompileResult<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &self.scopes[id];
        let mut val = match scope.symbol_index.get(&mangled) {
            Some(&i) => {
                let old = scope.symbols[i].1;
                if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                    return Err(self.error(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    ));
                }
                if flag & DEF_TYPE_PARAM != 0 && old & DEF_TYPE_PARAM != 0 {
                    return Err(self.error(format!("duplicate type parameter '{name}'"), loc));
                }
                old | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        self.set_flags(id, mangled.clone(), val);
        if flag & DEF_PARAM != 0 {
            self.scopes[id].varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let old = self.get_flags(0, &mangled);
            self.set_flags(0, mangled, old | flag);
        }
        Ok(())
    }

    /// CPython: `symtable_add_def`.
    fn add_def(&mut self, name: &str, flag: u32, loc: Location) -> CompileResult<()> {
        let cur = self.cur();
        self.add_def_in(name, flag, cur, loc)
    }

    /// CPython: `symtable_lookup` (the flags of the mangled name in the current scope).
    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.get_flags(self.cur(), &mangled)
    }

    fn record_directive(&mut self, name: &str, loc: Location) {
        let cur = self.cur();
        let mangled = mangle(self.private.as_deref(), name);
        self.extra[cur].directives.push((mangled, loc));
    }

    // ---- Locations that differ between ruff and CPython ----

    /// Where a definition's `def`/`async`/`class` keyword starts: CPython's statement
    /// position excludes the decorators that ruff's range includes.
    fn def_location(&self, range: TextRange, decorators: &[ast::Decorator]) -> Location {
        let Some(last) = decorators.last() else {
            return self.loc(range);
        };
        let Some(text) = self.text else {
            // Without the text: the line after the last decorator, at its column.
            let (line, col) = self.source.line_col(last.range().start());
            let end = self.loc(range);
            return Location {
                lineno: line + 1,
                col_offset: col,
                ..end
            };
        };
        let bytes = text.as_bytes();
        let mut i = u32::from(last.range().end()) as usize;
        let end = (u32::from(range.end()) as usize).min(bytes.len());
        // Skip to the next line, then over blank and comment-only lines.
        loop {
            while i < end && bytes[i] != b'\n' && bytes[i] != b'\r' {
                i += 1;
            }
            while i < end && (bytes[i] == b'\n' || bytes[i] == b'\r') {
                i += 1;
            }
            let mut j = i;
            while j < end && matches!(bytes[j], b' ' | b'\t' | b'\x0c') {
                j += 1;
            }
            if j >= end {
                return self.loc(range);
            }
            if matches!(bytes[j], b'#' | b'\n' | b'\r' | b'\\') {
                i = j;
                continue;
            }
            return self.loc(TextRange::new(TextSize::new(j as u32), range.end()));
        }
    }

    /// CPython's position of a generator expression: an unparenthesised one that is a call's
    /// sole argument takes the call's parentheses.
    fn genexp_location(&self, g: &ast::ExprGenerator) -> Location {
        let range = g.range();
        if g.parenthesized {
            return self.loc(range);
        }
        let Some(text) = self.text else {
            return self.loc(range);
        };
        let bytes = text.as_bytes();
        let mut s = u32::from(range.start()) as usize;
        while s > 0 && matches!(bytes[s - 1], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\') {
            s -= 1;
        }
        let mut e = u32::from(range.end()) as usize;
        while e < bytes.len() && matches!(bytes[e], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\')
        {
            e += 1;
        }
        if s > 0 && bytes[s - 1] == b'(' && e < bytes.len() && bytes[e] == b')' {
            return self.loc(TextRange::new(
                TextSize::new(s as u32 - 1),
                TextSize::new(e as u32 + 1),
            ));
        }
        self.loc(range)
    }

    // ---- First pass: statements ----

    fn visit_body(&mut self, body: &[Stmt]) -> CompileResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// CPython: `symtable_visit_stmt`.
    fn visit_stmt(&mut self, s: &Stmt) -> CompileResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.visit_function_def(s, f),
            Stmt::ClassDef(c) => self.visit_class_def(s, c),
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                    let cur = self.cur();
                    self.scopes[cur].returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(d) => self.visit_exprs(&d.targets),
            Stmt::TypeAlias(t) => self.visit_type_alias(s, t),
            Stmt::Assign(a) => {
                self.visit_exprs(&a.targets)?;
                self.visit_expr(&a.value)
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)
            }
            Stmt::AnnAssign(a) => self.visit_ann_assign(a),
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
                Ok(())
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                // CPython visits the `else` block before the handlers.
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        let loc = self.loc(h.range);
                        self.add_def(n.id.as_str(), DEF_LOCAL, loc)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
                Ok(())
            }
            Stmt::Global(g) => {
                let loc = self.loc(g.range);
                for n in &g.names {
                    let name = n.id.as_str();
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' {GLOBAL_PARAM}")
                        } else if cur & USE != 0 {
                            format!("name '{name}' {GLOBAL_AFTER_USE}")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' {GLOBAL_AFTER_ASSIGN}")
                        };
                        return Err(self.error(msg, loc));
                    }
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    self.record_directive(name, loc);
                }
                Ok(())
            }
            Stmt::Nonlocal(g) => {
                let loc = self.loc(g.range);
                for n in &g.names {
                    let name = n.id.as_str();
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' {NONLOCAL_PARAM}")
                        } else if cur & USE != 0 {
                            format!("name '{name}' {NONLOCAL_AFTER_USE}")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' {NONLOCAL_AFTER_ASSIGN}")
                        };
                        return Err(self.error(msg, loc));
                    }
                    self.add_def(name, DEF_NONLOCAL, loc)?;
                    self.record_directive(name, loc);
                }
                Ok(())
            }
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", self.loc(c.range))),
        }
    }

    /// CPython: `symtable_visit_stmt`, case `FunctionDef_kind`/`AsyncFunctionDef_kind`.
    fn visit_function_def(&mut self, s: &Stmt, f: &ast::StmtFunctionDef) -> CompileResult<()> {
        let loc = self.def_location(f.range, &f.decorator_list);
        let name = f.name.id.as_str();
        self.add_def(name, DEF_LOCAL, loc)?;
        let params = &f.parameters;
        for p in params.posonlyargs.iter().chain(&params.args) {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        for p in &params.kwonlyargs {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        for d in &f.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let generic = f
            .type_params
            .as_deref()
            .filter(|tp| !tp.type_params.is_empty());
        if let Some(tp) = generic {
            let has_kwdefaults = params.kwonlyargs.iter().any(|p| p.default.is_some());
            self.enter_type_param_block(name, tp, true, has_kwdefaults, false, loc)?;
            for t in &tp.type_params {
                self.visit_type_param(t)?;
            }
        }
        self.visit_annotations(s, params, f.returns.as_deref(), loc)?;
        let id = self.enter_block(name, ScopeType::Function, &[addr(s), addr(f)], loc, false)?;
        if f.is_async {
            self.scopes[id].coroutine = true;
        }
        self.visit_parameters(params)?;
        self.visit_body(&f.body)?;
        self.exit_block();
        if generic.is_some() {
            self.exit_block();
        }
        Ok(())
    }

    /// CPython: `symtable_visit_stmt`, case `ClassDef_kind`.
    fn visit_class_def(&mut self, s: &Stmt, c: &ast::StmtClassDef) -> CompileResult<()> {
        let loc = self.def_location(c.range, &c.decorator_list);
        let name = c.name.id.as_str();
        self.add_def(name, DEF_LOCAL, loc)?;
        for d in &c.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let saved = self.private.clone();
        let generic = c
            .type_params
            .as_deref()
            .filter(|tp| !tp.type_params.is_empty());
        if let Some(tp) = generic {
            self.enter_type_param_block(name, tp, false, false, true, loc)?;
            self.private = Some(name.into());
            for t in &tp.type_params {
                self.visit_type_param(t)?;
            }
        }
        if let Some(args) = &c.arguments {
            self.visit_exprs(&args.args)?;
            for k in &args.keywords {
                self.visit_expr(&k.value)?;
            }
        }
        self.enter_block(name, ScopeType::Class, &[addr(s), addr(c)], loc, false)?;
        self.private = Some(name.into());
        if let Some(tp) = generic {
            let tploc = self.loc(tp.range);
            self.add_def("__type_params__", DEF_LOCAL, tploc)?;
            self.add_def(".type_params", USE, tploc)?;
        }
        self.visit_body(&c.body)?;
        self.exit_block();
        if generic.is_some() {
            self.exit_block();
        }
        self.private = saved;
        Ok(())
    }

    /// CPython: `symtable_visit_stmt`, case `TypeAlias_kind`.
    fn visit_type_alias(&mut self, s: &Stmt, t: &ast::StmtTypeAlias) -> CompileResult<()> {
        self.visit_expr(&t.name)?;
        let name: Rc<str> = match &*t.name {
            Expr::Name(n) => n.id.as_str().into(),
            _ => return Err(self.error("invalid syntax", self.loc(t.range))),
        };
        let loc = self.loc(t.range);
        let in_class = self.scopes[self.cur()].kind == ScopeType::Class;
        let generic = t
            .type_params
            .as_deref()
            .filter(|tp| !tp.type_params.is_empty());
        if let Some(tp) = generic {
            self.enter_type_param_block(&name, tp, false, false, false, loc)?;
            for p in &tp.type_params {
                self.visit_type_param(p)?;
            }
        }
        let id = self.enter_block(&name, ScopeType::TypeAlias, &[addr(s), addr(t)], loc, false)?;
        self.scopes[id].can_see_class_scope = in_class;
        if in_class {
            let vloc = self.loc(t.value.range());
            self.add_def("__classdict__", USE, vloc)?;
        }
        self.visit_expr(&t.value)?;
        self.exit_block();
        if generic.is_some() {
            self.exit_block();
        }
        Ok(())
    }

    /// CPython: `symtable_enter_type_param_block`.
    fn enter_type_param_block(
        &mut self,
        name: &str,
        tp: &ast::TypeParams,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        loc: Location,
    ) -> CompileResult<()> {
        let in_class = self.scopes[self.cur()].kind == ScopeType::Class;
        let id = self.enter_block(name, ScopeType::TypeParams, &[addr(tp)], loc, false)?;
        if in_class {
            self.scopes[id].can_see_class_scope = true;
            self.add_def("__classdict__", USE, loc)?;
        }
        if is_class {
            self.add_def(".type_params", DEF_LOCAL, loc)?;
            self.add_def(".type_params", USE, loc)?;
            self.private = Some(name.into());
            self.add_def(".generic_base", DEF_LOCAL, loc)?;
            self.add_def(".generic_base", USE, loc)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, loc)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, loc)?;
        }
        Ok(())
    }

    /// CPython: `symtable_visit_type_param`.
    fn visit_type_param(&mut self, t: &ast::TypeParam) -> CompileResult<()> {
        let loc = self.loc(t.range());
        match t {
            ast::TypeParam::TypeVar(v) => {
                self.add_def(v.name.id.as_str(), DEF_TYPE_PARAM | DEF_LOCAL, loc)?;
                if let Some(bound) = &v.bound {
                    let in_class = self.scopes[self.cur()].can_see_class_scope;
                    let id = self.enter_block(
                        v.name.id.as_str(),
                        ScopeType::TypeVarBound,
                        &[addr(t), addr(v)],
                        loc,
                        false,
                    )?;
                    self.scopes[id].can_see_class_scope = in_class;
                    if in_class {
                        let bloc = self.loc(bound.range());
                        self.add_def("__classdict__", USE, bloc)?;
                    }
                    self.visit_expr(bound)?;
                    self.exit_block();
                }
            }
            ast::TypeParam::TypeVarTuple(v) => {
                self.add_def(v.name.id.as_str(), DEF_TYPE_PARAM | DEF_LOCAL, loc)?;
            }
            ast::TypeParam::ParamSpec(v) => {
                self.add_def(v.name.id.as_str(), DEF_TYPE_PARAM | DEF_LOCAL, loc)?;
            }
        }
        Ok(())
    }

    /// CPython: `symtable_visit_stmt`, case `AnnAssign_kind`.
    fn visit_ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CompileResult<()> {
        if let Expr::Name(n) = &*a.target {
            let name = n.id.as_str();
            let cur = self.lookup(name);
            let at_module = self.cur() == 0;
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_module && a.simple {
                let msg = if cur & DEF_GLOBAL != 0 {
                    format!("annotated name '{name}' can't be global")
                } else {
                    format!("annotated name '{name}' can't be nonlocal")
                };
                return Err(self.error(msg, self.loc(a.range)));
            }
            let nloc = self.loc(n.range);
            if a.simple {
                self.add_def(name, DEF_ANNOT | DEF_LOCAL, nloc)?;
            }
            if a.value.is_some() {
                self.add_def(name, DEF_LOCAL, nloc)?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        self.visit_annotation(&a.annotation)?;
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    /// CPython: `symtable_visit_annotation`.
    fn visit_annotation(&mut self, e: &Expr) -> CompileResult<()> {
        if self.future_annotations {
            let loc = self.loc(e.range());
            self.enter_block("_annotation", ScopeType::Annotation, &[], loc, true)?;
            self.visit_expr(e)?;
            self.exit_block();
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    /// CPython: `symtable_visit_annotations` (parameter and return annotations).
    fn visit_annotations(
        &mut self,
        _s: &Stmt,
        params: &ast::Parameters,
        returns: Option<&Expr>,
        loc: Location,
    ) -> CompileResult<()> {
        if self.future_annotations {
            self.enter_block("_annotation", ScopeType::Annotation, &[], loc, true)?;
        }
        for p in params.posonlyargs.iter().chain(&params.args) {
            if let Some(a) = &p.parameter.annotation {
                self.visit_expr(a)?;
            }
        }
        if let Some(v) = &params.vararg {
            if let Some(a) = &v.annotation {
                self.visit_expr(a)?;
            }
        }
        if let Some(v) = &params.kwarg {
            if let Some(a) = &v.annotation {
                self.visit_expr(a)?;
            }
        }
        for p in &params.kwonlyargs {
            if let Some(a) = &p.parameter.annotation {
                self.visit_expr(a)?;
            }
        }
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// CPython: `symtable_visit_arguments` (the parameters, inside the function's scope).
    fn visit_parameters(&mut self, params: &ast::Parameters) -> CompileResult<()> {
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            let loc = self.loc(p.parameter.range);
            self.add_def(p.parameter.name.id.as_str(), DEF_PARAM, loc)?;
        }
        // CPython's `arg` node of `*args`/`**kw` starts at the name, ruff's at the stars.
        if let Some(v) = &params.vararg {
            let loc = self.loc(TextRange::new(v.name.range.start(), v.range.end()));
            self.add_def(v.name.id.as_str(), DEF_PARAM, loc)?;
            let cur = self.cur();
            self.scopes[cur].varargs = true;
        }
        if let Some(v) = &params.kwarg {
            let loc = self.loc(TextRange::new(v.name.range.start(), v.range.end()));
            self.add_def(v.name.id.as_str(), DEF_PARAM, loc)?;
            let cur = self.cur();
            self.scopes[cur].varkeywords = true;
        }
        Ok(())
    }

    /// CPython: `symtable_visit_alias`.
    fn visit_alias(&mut self, a: &ast::Alias) -> CompileResult<()> {
        let name = a.asname.as_ref().unwrap_or(&a.name).id.as_str();
        let loc = self.loc(a.range);
        if name == "*" {
            if self.scopes[self.cur()].kind != ScopeType::Module {
                return Err(self.error("import * only allowed at module level", loc));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, loc)
    }

    /// CPython: `symtable_visit_pattern`.
    fn visit_pattern(&mut self, p: &ast::Pattern) -> CompileResult<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => {
                for q in &s.patterns {
                    self.visit_pattern(q)?;
                }
                Ok(())
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    let loc = self.loc(s.range);
                    self.add_def(n.id.as_str(), DEF_LOCAL, loc)?;
                }
                Ok(())
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for q in &m.patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(r) = &m.rest {
                    let loc = self.loc(m.range);
                    self.add_def(r.id.as_str(), DEF_LOCAL, loc)?;
                }
                Ok(())
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for q in &c.arguments.patterns {
                    self.visit_pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
                Ok(())
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = &a.name {
                    let loc = self.loc(a.range);
                    self.add_def(n.id.as_str(), DEF_LOCAL, loc)?;
                }
                Ok(())
            }
            P::MatchOr(o) => {
                for q in &o.patterns {
                    self.visit_pattern(q)?;
                }
                Ok(())
            }
        }
    }

    // ---- First pass: expressions ----

    fn visit_exprs(&mut self, es: &[Expr]) -> CompileResult<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    /// CPython: `symtable_raise_if_annotation_block`.
    fn check_annotation_block(&self, what: &str, e: &Expr) -> CompileResult<()> {
        let msg = match self.scopes[self.cur()].kind {
            ScopeType::Annotation => format!("{what} cannot be used within an annotation"),
            ScopeType::TypeVarBound => format!("{what} cannot be used within a TypeVar bound"),
            ScopeType::TypeAlias => format!("{what} cannot be used within a type alias"),
            ScopeType::TypeParams => {
                format!("{what} cannot be used within the definition of a generic")
            }
            _ => return Ok(()),
        };
        Err(self.error(msg, self.loc(e.range())))
    }

    /// CPython: `symtable_raise_if_comprehension_block`.
    fn check_comprehension_yield(&self, e: &Expr) -> CompileResult<()> {
        let msg = match self.scopes[self.cur()].comprehension {
            ComprehensionType::None => return Ok(()),
            ComprehensionType::List => "'yield' inside list comprehension",
            ComprehensionType::Set => "'yield' inside set comprehension",
            ComprehensionType::Dict => "'yield' inside dict comprehension",
            ComprehensionType::Generator => "'yield' inside generator expression",
        };
        Err(self.error(msg, self.loc(e.range())))
    }

    fn visit_fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
    ) -> CompileResult<()> {
        for el in elements.interpolations() {
            self.visit_expr(&el.expression)?;
            if let Some(spec) = &el.format_spec {
                self.visit_fstring_elements(&spec.elements)?;
            }
        }
        Ok(())
    }

    /// CPython: `symtable_visit_expr`.
    fn visit_expr(&mut self, e: &Expr) -> CompileResult<()> {
        match e {
            Expr::Named(n) => {
                self.check_annotation_block("named expression", e)?;
                self.visit_named(e, n)
            }
            Expr::BoolOp(b) => self.visit_exprs(&b.values),
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(params) = &l.parameters {
                    for p in params.posonlyargs.iter().chain(&params.args) {
                        if let Some(d) = &p.default {
                            self.visit_expr(d)?;
                        }
                    }
                    for p in &params.kwonlyargs {
                        if let Some(d) = &p.default {
                            self.visit_expr(d)?;
                        }
                    }
                }
                let loc = self.loc(l.range);
                self.enter_block(
                    "lambda",
                    ScopeType::Function,
                    &[addr(e), addr(l)],
                    loc,
                    false,
                )?;
                if let Some(params) = &l.parameters {
                    self.visit_parameters(params)?;
                }
                self.visit_expr(&l.body)?;
                self.exit_block();
                Ok(())
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                }
                for item in &d.items {
                    self.visit_expr(&item.value)?;
                }
                Ok(())
            }
            Expr::Set(s) => self.visit_exprs(&s.elts),
            Expr::ListComp(c) => self.visit_comprehension(
                e,
                addr(c),
                "listcomp",
                ComprehensionType::List,
                &c.generators,
                &c.elt,
                None,
                self.loc(c.range),
            ),
            Expr::SetComp(c) => self.visit_comprehension(
                e,
                addr(c),
                "setcomp",
                ComprehensionType::Set,
                &c.generators,
                &c.elt,
                None,
                self.loc(c.range),
            ),
            Expr::DictComp(c) => match &c.key {
                Some(key) => self.visit_comprehension(
                    e,
                    addr(c),
                    "dictcomp",
                    ComprehensionType::Dict,
                    &c.generators,
                    key,
                    Some(&c.value),
                    self.loc(c.range),
                ),
                None => Err(self.error("invalid syntax", self.loc(c.range))),
            },
            Expr::Generator(g) => self.visit_comprehension(
                e,
                addr(g),
                "genexpr",
                ComprehensionType::Generator,
                &g.generators,
                &g.elt,
                None,
                self.genexp_location(g),
            ),
            Expr::Await(a) => {
                self.check_annotation_block("await expression", e)?;
                self.visit_expr(&a.value)?;
                let cur = self.cur();
                self.scopes[cur].coroutine = true;
                Ok(())
            }
            Expr::Yield(y) => {
                self.check_annotation_block("yield expression", e)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                let cur = self.cur();
                self.scopes[cur].generator = true;
                self.check_comprehension_yield(e)
            }
            Expr::YieldFrom(y) => {
                self.check_annotation_block("yield expression", e)?;
                self.visit_expr(&y.value)?;
                let cur = self.cur();
                self.scopes[cur].generator = true;
                self.check_comprehension_yield(e)
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.arguments.args)?;
                for k in &c.arguments.keywords {
                    self.visit_expr(&k.value)?;
                }
                Ok(())
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_fstring_elements(&fs.elements)?;
                    }
                }
                Ok(())
            }
            Expr::TString(t) => {
                for part in t.value.iter() {
                    self.visit_fstring_elements(&part.elements)?;
                }
                Ok(())
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Ok(()),
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.upper {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.step {
                    self.visit_expr(x)?;
                }
                Ok(())
            }
            Expr::Name(n) => {
                let loc = self.loc(n.range);
                let load = n.ctx == ExprContext::Load;
                self.add_def(n.id.as_str(), if load { USE } else { DEF_LOCAL }, loc)?;
                // `super` counts as a use of `__class__` (CPython: symtable_visit_expr).
                if load
                    && is_function_like(self.scopes[self.cur()].kind)
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, loc)?;
                }
                Ok(())
            }
            Expr::List(l) => self.visit_exprs(&l.elts),
            Expr::Tuple(t) => self.visit_exprs(&t.elts),
            Expr::IpyEscapeCommand(c) => Err(self.error("invalid syntax", self.loc(c.range))),
        }
    }

    /// CPython: `symtable_handle_namedexpr`.
    fn visit_named(&mut self, e: &Expr, n: &ast::ExprNamed) -> CompileResult<()> {
        let cur = self.cur();
        if self.extra[cur].comp_iter_expr > 0 {
            return Err(self.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                self.loc(e.range()),
            ));
        }
        if self.scopes[cur].comprehension != ComprehensionType::None {
            self.extend_namedexpr_scope(&n.target)?;
        }
        self.visit_expr(&n.value)?;
        self.visit_expr(&n.target)
    }

    /// CPython: `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in the
    /// nearest enclosing function or module scope.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> CompileResult<()> {
        let Expr::Name(name) = target else {
            return Ok(());
        };
        let tname = name.id.as_str();
        let loc = self.loc(name.range);
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            let scope = &self.scopes[ste];
            if scope.comprehension != ComprehensionType::None {
                let flags = self.get_flags(ste, tname);
                if flags & DEF_COMP_ITER != 0 && flags & DEF_LOCAL != 0 {
                    return Err(self.error(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{tname}'"
                        ),
                        loc,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeType::Function => {
                    let flags = self.get_flags(ste, tname);
                    if flags & DEF_GLOBAL != 0 {
                        self.add_def(tname, DEF_GLOBAL, loc)?;
                    } else {
                        self.add_def(tname, DEF_NONLOCAL, loc)?;
                    }
                    self.record_directive(tname, loc);
                    return self.add_def_in(tname, DEF_LOCAL, ste, loc);
                }
                ScopeType::Module => {
                    self.add_def(tname, DEF_GLOBAL, loc)?;
                    self.record_directive(tname, loc);
                    return self.add_def_in(tname, DEF_GLOBAL, ste, loc);
                }
                ScopeType::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        loc,
                    ));
                }
                ScopeType::TypeParams => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                        loc,
                    ));
                }
                ScopeType::TypeAlias => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a type alias",
                        loc,
                    ));
                }
                ScopeType::TypeVarBound => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound",
                        loc,
                    ));
                }
                ScopeType::Annotation => continue,
            }
        }
        Ok(())
    }

    /// CPython: `symtable_handle_comprehension`.
    #[allow(clippy::too_many_arguments)]
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        inner: usize,
        name: &str,
        kind: ComprehensionType,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        loc: Location,
    ) -> CompileResult<()> {
        let Some(outermost) = generators.first() else {
            return Err(self.error("invalid syntax", self.loc(e.range())));
        };
        let is_generator = kind == ComprehensionType::Generator;
        // The outermost iterable is evaluated in the enclosing scope.
        let cur = self.cur();
        self.extra[cur].comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.extra[cur].comp_iter_expr -= 1;
        r?;
        let id = self.enter_block(name, ScopeType::Function, &[addr(e), inner], loc, false)?;
        self.scopes[id].comprehension = kind;
        if outermost.is_async {
            self.scopes[id].coroutine = true;
        }
        // The outermost iterator is received as the implicit parameter `.0`.
        self.add_def(".0", DEF_PARAM, loc)?;
        self.scopes[id].comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.scopes[id].comp_iter_target = false;
        r?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            // CPython: symtable_visit_comprehension.
            self.scopes[id].comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.scopes[id].comp_iter_target = false;
            r?;
            self.extra[id].comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.extra[id].comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.scopes[id].coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.scopes[id].generator = is_generator;
        let is_async = self.scopes[id].coroutine && !is_generator;
        self.exit_block();
        if is_async {
            let cur = self.cur();
            self.scopes[cur].coroutine = true;
        }
        Ok(())
    }

    // ---- Second pass ----

    /// CPython: `symtable_analyze`.
    fn analyze(&mut self, top: usize) -> CompileResult<()> {
        let mut free = NameSet::new();
        let mut global = NameSet::new();
        let mut type_params = NameSet::new();
        self.analyze_block(top, None, &mut free, &mut global, &mut type_params, None)
    }

    fn directive_error(&self, id: usize, name: &str, msg: String) -> CompileError {
        let loc = self.extra[id]
            .directives
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, l)| *l)
            .unwrap_or(Location::line(self.scopes[id].lineno));
        self.error(msg, loc)
    }

    /// CPython: `analyze_name`.
    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: usize,
        scopes: &mut HashMap<Rc<str>, u32>,
        name: &Rc<str>,
        flags: u32,
        mut bound: Option<&mut NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
        type_params: &mut NameSet,
        class_entry: Option<usize>,
    ) -> CompileResult<()> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.directive_error(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            scopes.insert(name.clone(), SymbolScope::GlobalExplicit as u32);
            global.insert(name.clone());
            // Nested scopes see the global, not an enclosing function's binding.
            if let Some(b) = bound.as_deref_mut() {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(bound) = bound.as_deref() else {
                return Err(self.directive_error(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".into(),
                ));
            };
            if !bound.contains(name) {
                return Err(self.directive_error(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            if type_params.contains(name) {
                return Err(self.directive_error(
                    id,
                    name,
                    format!("nonlocal binding not allowed for type parameter '{name}'"),
                ));
            }
            scopes.insert(name.clone(), SymbolScope::Free as u32);
            self.extra[id].free = true;
            free.insert(name.clone());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.clone(), SymbolScope::Local as u32);
            local.insert(name.clone());
            global.remove(name);
            if flags & DEF_TYPE_PARAM != 0 {
                type_params.insert(name.clone());
            } else {
                type_params.remove(name);
            }
            return Ok(());
        }
        if let Some(class) = class_entry {
            let class_flags = self.get_flags(class, name);
            if class_flags & DEF_GLOBAL != 0 {
                scopes.insert(name.clone(), SymbolScope::GlobalExplicit as u32);
                return Ok(());
            } else if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
                scopes.insert(name.clone(), SymbolScope::GlobalImplicit as u32);
                return Ok(());
            }
        }
        if bound.as_deref().is_some_and(|b| b.contains(name)) {
            scopes.insert(name.clone(), SymbolScope::Free as u32);
            self.extra[id].free = true;
            free.insert(name.clone());
            return Ok(());
        }
        if global.contains(name) {
            scopes.insert(name.clone(), SymbolScope::GlobalImplicit as u32);
            return Ok(());
        }
        if self.scopes[id].nested {
            self.extra[id].free = true;
        }
        scopes.insert(name.clone(), SymbolScope::GlobalImplicit as u32);
        Ok(())
    }

    /// CPython: `analyze_block`.
    fn analyze_block(
        &mut self,
        id: usize,
        bound: Option<&NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
        type_params: &mut NameSet,
        class_entry: Option<usize>,
    ) -> CompileResult<()> {
        let mut local = NameSet::new();
        let mut scopes: HashMap<Rc<str>, u32> = HashMap::new();
        let mut newglobal = NameSet::new();
        let mut newfree = NameSet::new();
        let mut newbound = NameSet::new();
        let mut inlined_cells = NameSet::new();
        let kind = self.scopes[id].kind;

        // A class namespace is invisible to nested functions: pass down what the class sees.
        if kind == ScopeType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
        }
        // CPython: the block's own copy of the enclosing bindings, from which its `global`
        // declarations remove names before they pass to nested blocks.
        let mut bound: Option<NameSet> = bound.cloned();
        let symbols = self.scopes[id].symbols.clone();
        for (name, flags) in &symbols {
            self.analyze_name(
                id,
                &mut scopes,
                name,
                *flags,
                bound.as_mut(),
                &mut local,
                free,
                global,
                type_params,
                class_entry,
            )?;
        }
        if kind != ScopeType::Class {
            if is_function_like(kind) {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".into());
            newbound.insert("__classdict__".into());
        }

        let children = self.scopes[id].children.clone();
        for child in &children {
            let c = child.0 as usize;
            let new_class_entry = if self.scopes[c].can_see_class_scope {
                if kind == ScopeType::Class {
                    Some(id)
                } else {
                    class_entry
                }
            } else {
                None
            };
            let inline_comp = self.scopes[c].comprehension != ComprehensionType::None
                && !self.scopes[c].generator;
            // CPython: analyze_child_block works on copies of the sets.
            let temp_bound = newbound.clone();
            let mut child_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            let mut temp_type_params = type_params.clone();
            self.analyze_block(
                c,
                Some(&temp_bound),
                &mut child_free,
                &mut temp_global,
                &mut temp_type_params,
                new_class_entry,
            )?;
            if inline_comp {
                self.inline_comprehension(id, c, &mut scopes, &mut child_free, &mut inlined_cells);
                self.scopes[c].comp_inlined = true;
            }
            newfree.extend(child_free);
            if self.extra[c].free || self.extra[c].child_free {
                self.extra[id].child_free = true;
            }
        }

        // Splice the children of inlined comprehensions into our own.
        let mut spliced = Vec::with_capacity(children.len());
        for child in &self.scopes[id].children {
            let c = child.0 as usize;
            if self.scopes[c].comp_inlined {
                spliced.extend(self.scopes[c].children.iter().copied());
            } else {
                spliced.push(*child);
            }
        }
        self.scopes[id].children = spliced;

        if is_function_like(kind) {
            // CPython: analyze_cells.
            for (name, scope) in scopes.iter_mut() {
                if *scope != SymbolScope::Local as u32 {
                    continue;
                }
                if !newfree.contains(name) && !inlined_cells.contains(name) {
                    continue;
                }
                *scope = SymbolScope::Cell as u32;
                newfree.remove(name);
            }
        } else if kind == ScopeType::Class {
            // CPython: drop_class_free.
            if newfree.remove("__class__") {
                self.scopes[id].needs_class_closure = true;
            }
            if newfree.remove("__classdict__") {
                self.scopes[id].needs_classdict = true;
            }
        }
        let classflag = kind == ScopeType::Class || self.scopes[id].can_see_class_scope;
        self.update_symbols(
            id,
            &scopes,
            bound.as_ref(),
            &newfree,
            &inlined_cells,
            classflag,
        );
        free.extend(newfree);
        Ok(())
    }

    /// CPython: `update_symbols`.
    fn update_symbols(
        &mut self,
        id: usize,
        scopes: &HashMap<Rc<str>, u32>,
        bound: Option<&NameSet>,
        free: &NameSet,
        inlined_cells: &NameSet,
        classflag: bool,
    ) {
        let scope = &mut self.scopes[id];
        for (name, flags) in scope.symbols.iter_mut() {
            if inlined_cells.contains(name) {
                *flags |= DEF_COMP_CELL;
            }
            let s = scopes.get(name).copied().unwrap_or(0);
            *flags |= s << SCOPE_OFFSET;
        }
        // Free variables of children that pass through this scope. CPython walks a set here;
        // sorting keeps the order deterministic.
        let mut names: Vec<&Rc<str>> = free.iter().collect();
        names.sort();
        for name in names {
            if let Some(&i) = scope.symbol_index.get(name) {
                if classflag {
                    scope.symbols[i].1 |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.symbol_index.insert(name.clone(), scope.symbols.len());
            scope
                .symbols
                .push((name.clone(), (SymbolScope::Free as u32) << SCOPE_OFFSET));
        }
    }

    /// CPython: `is_free_in_any_child`.
    fn is_free_in_any_child(&self, comp: usize, name: &str) -> bool {
        self.scopes[comp]
            .children
            .iter()
            .any(|c| self.scopes[c.0 as usize].scope_of(name) == SymbolScope::Free)
    }

    /// CPython: `inline_comprehension` (PEP 709): the comprehension's names move into the
    /// enclosing scope.
    fn inline_comprehension(
        &mut self,
        id: usize,
        comp: usize,
        scopes: &mut HashMap<Rc<str>, u32>,
        comp_free: &mut NameSet,
        inlined_cells: &mut NameSet,
    ) {
        let symbols = self.scopes[comp].symbols.clone();
        for (name, comp_flags) in &symbols {
            if comp_flags & DEF_PARAM != 0 {
                // The implicit `.0` parameter.
                continue;
            }
            let scope = scope_bits(*comp_flags);
            let only_flags = comp_flags & ((1 << SCOPE_OFFSET) - 1);
            if scope == SymbolScope::Cell as u32 || only_flags & DEF_COMP_CELL != 0 {
                inlined_cells.insert(name.clone());
            }
            match self.scopes[id].symbol_index.get(name) {
                None => {
                    self.set_flags(id, name.clone(), only_flags);
                    scopes.insert(name.clone(), scope);
                }
                Some(&i) => {
                    let existing = self.scopes[id].symbols[i].1;
                    if existing & DEF_BOUND != 0
                        && !self.is_free_in_any_child(comp, name)
                        && self.scopes[id].kind != ScopeType::Class
                    {
                        comp_free.remove(name);
                    }
                }
            }
        }
        self.extra[comp].free = !comp_free.is_empty();
    }
}

/// A text dump of the table in the format of `tests/symtable/gen_expected.py` (which prints
/// CPython's `symtable` module's view): every scope reachable from the module through
/// `children`, with its type number, name, line, nesting, parameters and its symbols sorted
/// by name with their resolved scope and flags.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_scope(table, table.top, 0, &mut out);
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, depth: usize, out: &mut String) {
    use std::fmt::Write;
    let s = table.scope(id);
    let pad = "  ".repeat(depth);
    let kind = match s.kind {
        ScopeType::Function => 0,
        ScopeType::Class => 1,
        ScopeType::Module => 2,
        ScopeType::Annotation => 3,
        ScopeType::TypeVarBound => 4,
        ScopeType::TypeAlias => 5,
        ScopeType::TypeParams => 6,
    };
    let params: Vec<&str> = s.varnames.iter().map(|v| &**v).collect();
    let _ = writeln!(
        out,
        "{pad}{kind} {} line={} nested={} params={}",
        s.name,
        s.lineno,
        s.nested as i32,
        params.join(",")
    );
    let mut symbols: Vec<&(Rc<str>, u32)> = s.symbols.iter().collect();
    symbols.sort_by(|a, b| a.0.cmp(&b.0));
    const NAMES: [(u32, &str); 12] = [
        (DEF_GLOBAL, "DEF_GLOBAL"),
        (DEF_LOCAL, "DEF_LOCAL"),
        (DEF_PARAM, "DEF_PARAM"),
        (DEF_NONLOCAL, "DEF_NONLOCAL"),
        (USE, "USE"),
        (DEF_FREE, "DEF_FREE"),
        (DEF_FREE_CLASS, "DEF_FREE_CLASS"),
        (DEF_IMPORT, "DEF_IMPORT"),
        (DEF_ANNOT, "DEF_ANNOT"),
        (DEF_COMP_ITER, "DEF_COMP_ITER"),
        (DEF_TYPE_PARAM, "DEF_TYPE_PARAM"),
        (DEF_COMP_CELL, "DEF_COMP_CELL"),
    ];
    const SCOPES: [&str; 6] = [
        "-",
        "LOCAL",
        "GLOBAL_EXPLICIT",
        "GLOBAL_IMPLICIT",
        "FREE",
        "CELL",
    ];
    for (name, flags) in symbols {
        let names: Vec<&str> = NAMES
            .iter()
            .filter(|(bit, _)| flags & bit != 0)
            .map(|(_, n)| *n)
            .collect();
        let scope = scope_bits(*flags) as usize;
        let scope = SCOPES.get(scope).copied().unwrap_or("?");
        let flag_text = if names.is_empty() {
            "0".to_string()
        } else {
            names.join("|")
        };
        let _ = write!(out, "{pad}  {name}: {scope} {flag_text}");
        let rest = flags & !((1 << SCOPE_OFFSET) - 1) & !(SCOPE_MASK << SCOPE_OFFSET);
        if rest != 0 {
            let _ = write!(out, " +{rest:#x}");
        }
        out.push('\n');
    }
    for c in &s.children {
        dump_scope(table, *c, depth + 1, out);
    }
}
