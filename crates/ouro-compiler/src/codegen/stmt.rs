//! Statements other than control flow: the module body, assignments, imports, `assert`,
//! `raise`, function, class and type-alias definitions, and the statement dispatcher.
//! CPython counterpart: `compiler_visit_stmt`, `compiler_body`, `compiler_function`,
//! `compiler_class`, `compiler_typealias`, `compiler_import*`, `compiler_augassign`,
//! `compiler_annassign` in Python/compile.c.

use super::{Compiler, FinishedUnit, UnitKind};
use crate::error::CompileResult;
use crate::instruction_sequence::{Instruction, Location};
use ouro_bytecode::opcode::{
    INTRINSIC_IMPORT_STAR, INTRINSIC_PARAMSPEC, INTRINSIC_PRINT,
    INTRINSIC_SET_FUNCTION_TYPE_PARAMS, INTRINSIC_STOPITERATION_ERROR, INTRINSIC_SUBSCRIPT_GENERIC,
    INTRINSIC_TYPEALIAS, INTRINSIC_TYPEVAR, INTRINSIC_TYPEVARTUPLE, INTRINSIC_TYPEVAR_WITH_BOUND,
    INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_DEFAULTS,
    MAKE_FUNCTION_KWDEFAULTS,
};
use ouro_bytecode::{CodeObject, Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::rc::Rc;

/// The address of a node, as the symbol table keys scopes.
pub(crate) fn addr<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Whether a statement list contains an annotated assignment at any depth outside nested
/// scopes (CPython: `find_ann`).
pub fn find_ann(stmts: &[Stmt]) -> bool {
    for st in stmts {
        let res = match st {
            Stmt::AnnAssign(_) => return true,
            Stmt::For(s) => find_ann(&s.body) || find_ann(&s.orelse),
            Stmt::While(s) => find_ann(&s.body) || find_ann(&s.orelse),
            Stmt::If(s) => {
                find_ann(&s.body) || s.elif_else_clauses.iter().any(|c| find_ann(&c.body))
            }
            Stmt::With(s) => find_ann(&s.body),
            Stmt::Try(s) => {
                for h in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if find_ann(&h.body) {
                        return true;
                    }
                }
                find_ann(&s.body) || find_ann(&s.finalbody) || find_ann(&s.orelse)
            }
            Stmt::Match(s) => {
                for case in &s.cases {
                    if find_ann(&case.body) {
                        return true;
                    }
                }
                false
            }
            _ => false,
        };
        if res {
            return true;
        }
    }
    false
}

/// The docstring of a body: its first statement if that is a string literal expression
/// (CPython: `_PyAST_GetDocString`).
pub fn docstring_of(body: &[Stmt]) -> Option<&ast::ExprStringLiteral> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The parameters of a function as CPython's `arguments` lists them: positional defaults in
/// order, then each keyword-only parameter with its default.
fn positional_defaults(params: &ast::Parameters) -> Vec<&Expr> {
    params
        .posonlyargs
        .iter()
        .chain(params.args.iter())
        .filter_map(|p| p.default.as_deref())
        .collect()
}

/// An element of a call's positional arguments: a source expression, or a name that CPython
/// synthesises (the `.generic_base` of a generic class).
#[derive(Clone, Copy)]
pub enum Elt<'e> {
    Expr(&'e Expr),
    Name(&'static str, Location),
}

impl Elt<'_> {
    pub fn is_starred(&self) -> bool {
        matches!(self, Elt::Expr(Expr::Starred(_)))
    }
}

impl<'a> Compiler<'a> {
    /// Compiles a module to a code object (CPython: `compiler_mod`).
    pub fn compile_module_body(&mut self, module: &'a ast::ModModule) -> CompileResult<CodeObject> {
        self.codegen_module(module)?;
        let done = self.exit_scope(true)?;
        Ok(Rc::try_unwrap(done.code).unwrap_or_else(|rc| (*rc).clone()))
    }

    /// `eval` mode: the value of the module's single expression statement is returned.
    pub fn compile_expression_body(
        &mut self,
        module: &'a ast::ModModule,
    ) -> CompileResult<CodeObject> {
        let top = self.symtable.top;
        self.enter_scope("<module>", UnitKind::Module, top, 1)?;
        if let Some(Stmt::Expr(e)) = module.body.first() {
            self.visit_expr(&e.value)?;
        }
        let done = self.exit_scope(false)?;
        Ok(Rc::try_unwrap(done.code).unwrap_or_else(|rc| (*rc).clone()))
    }

    /// `single` mode: the statements, with no docstring, expression statements printed.
    pub fn compile_interactive_body(
        &mut self,
        module: &'a ast::ModModule,
    ) -> CompileResult<CodeObject> {
        self.interactive = true;
        self.future_location = self.find_future_location(&module.body);
        let top = self.symtable.top;
        self.enter_scope("<module>", UnitKind::Module, top, 1)?;
        for stmt in &module.body {
            self.visit_stmt(stmt)?;
        }
        let done = self.exit_scope(true)?;
        Ok(Rc::try_unwrap(done.code).unwrap_or_else(|rc| (*rc).clone()))
    }

    /// Generates the module unit's code, leaving the unit open (CPython: `compiler_codegen`).
    pub fn codegen_module(&mut self, module: &'a ast::ModModule) -> CompileResult<()> {
        self.future_location = self.find_future_location(&module.body);
        let top = self.symtable.top;
        self.enter_scope("<module>", UnitKind::Module, top, 1)?;
        let loc = Location {
            lineno: 1,
            end_lineno: 1,
            col_offset: 0,
            end_col_offset: 0,
        };
        self.compiler_body(loc, &module.body)
    }

    /// The location of the last `from __future__` import that opens the module
    /// (CPython: `future_parse` in Python/future.c).
    fn find_future_location(&self, body: &[Stmt]) -> Location {
        let mut loc = Location::NONE;
        for (i, s) in body.iter().enumerate() {
            if i == 0 && docstring_of(body).is_some() {
                continue;
            }
            match s {
                Stmt::ImportFrom(imp)
                    if imp
                        .module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
                {
                    loc = self.loc(s.range());
                }
                _ => break,
            }
        }
        loc
    }

    /// A body with its docstring and `SETUP_ANNOTATIONS` (CPython: `compiler_body`).
    pub fn compiler_body(&mut self, mut loc: Location, stmts: &'a [Stmt]) -> CompileResult<()> {
        if self.cur().kind == UnitKind::Module {
            if let Some(first) = stmts.first() {
                loc = self.stmt_loc(first);
            }
        }
        if find_ann(stmts) {
            self.addop_noarg(Opcode::SETUP_ANNOTATIONS, loc);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut start = 0;
        if self.optimize < 2 {
            if let Some(doc) = docstring_of(stmts) {
                start = 1;
                let doc_loc = self.loc(doc.range);
                let c = self.docstring_constant(doc);
                self.load_const(c, doc_loc);
                self.nameop("__doc__", ExprContext::Store, Location::NONE)?;
            }
        }
        self.visit_body_from(stmts, start)
    }

    /// Visits `stmts[start..]` of a body that AST optimisation treated with `astfold_body`:
    /// a first statement that folding turned into a string is not a docstring (CPython wraps
    /// it in a `JoinedStr`), so it is evaluated and popped.
    pub(crate) fn visit_body_from(&mut self, stmts: &'a [Stmt], start: usize) -> CompileResult<()> {
        for (i, s) in stmts.iter().enumerate().skip(start) {
            if i == 0 {
                if let Stmt::Expr(e) = s {
                    if !matches!(&*e.value, Expr::StringLiteral(_))
                        && matches!(self.folded.get(&e.value), Some(Constant::Str(_)))
                    {
                        self.visit_expr(&e.value)?;
                        self.addop_noarg(Opcode::POP_TOP, Location::NONE);
                        continue;
                    }
                }
            }
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub fn visit_stmts(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// The position of the keyword that starts a decorated definition: the first token
    /// after the last decorator.
    fn keyword_after(&self, pos: TextSize) -> TextSize {
        let text = self.source.text().as_bytes();
        let mut i = u32::from(pos) as usize;
        while i < text.len() {
            match text[i] {
                b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' => i += 1,
                b'#' => {
                    while i < text.len() && text[i] != b'\n' && text[i] != b'\r' {
                        i += 1;
                    }
                }
                b'\\' => i += 1,
                _ => break,
            }
        }
        TextSize::new(i as u32)
    }

    /// CPython's location of a statement. Ruff's ranges of decorated definitions start at
    /// the first decorator; CPython's start at `def`, `async` or `class`.
    pub fn stmt_loc(&self, s: &'a Stmt) -> Location {
        let decorators = match s {
            Stmt::FunctionDef(f) => &f.decorator_list,
            Stmt::ClassDef(c) => &c.decorator_list,
            _ => &[][..],
        };
        let start = match decorators.last() {
            Some(d) => self.keyword_after(d.range.end()),
            None => s.range().start(),
        };
        self.loc(TextRange::new(start, self.compound_end(s)))
    }

    /// The end CPython gives a statement.
    fn compound_end(&self, s: &Stmt) -> TextSize {
        let compound = matches!(
            s,
            Stmt::FunctionDef(_)
                | Stmt::ClassDef(_)
                | Stmt::If(_)
                | Stmt::For(_)
                | Stmt::While(_)
                | Stmt::With(_)
                | Stmt::Try(_)
                | Stmt::Match(_)
        );
        if compound {
            self.compound_range(s.range()).end()
        } else {
            s.range().end()
        }
    }

    /// The range CPython gives a compound statement ruff gives `range`: it ends with its
    /// body's last token, which is a semicolon when the body's last line ends with one;
    /// ruff's range stops before it.
    pub fn compound_range(&self, range: TextRange) -> TextRange {
        let text = self.source.text().as_bytes();
        let mut i = u32::from(range.end()) as usize;
        while i < text.len() && matches!(text[i], b' ' | b'\t' | b'\x0c') {
            i += 1;
        }
        if text.get(i) == Some(&b';') {
            TextRange::new(range.start(), TextSize::new(i as u32 + 1))
        } else {
            range
        }
    }

    /// CPython's `compiler_visit_stmt`.
    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        let loc = self.stmt_loc(s);
        match s {
            Stmt::FunctionDef(f) => self.compile_function(s, f, loc),
            Stmt::ClassDef(c) => self.compile_class(s, c, loc),
            Stmt::TypeAlias(t) => self.compile_typealias(t, loc),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop(Opcode::COPY, 1, loc);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_augassign(a, loc),
            Stmt::AnnAssign(a) => self.compile_annassign(a, loc),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.visit_expr(exc)?;
                    n += 1;
                    if let Some(cause) = &r.cause {
                        self.visit_expr(cause)?;
                        n += 1;
                    }
                }
                self.addop(Opcode::RAISE_VARARGS, n, loc);
                Ok(())
            }
            Stmt::Try(t) => self.compile_try(t),
            Stmt::Assert(a) => self.compile_assert(a, loc),
            Stmt::Import(i) => self.compile_import(i, loc),
            Stmt::ImportFrom(i) => self.compile_from_import(i, loc),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.compile_stmt_expr(loc, &e.value),
            Stmt::Pass(_) => {
                self.addop_noarg(Opcode::NOP, loc);
                Ok(())
            }
            Stmt::Break(b) => self.compile_break(b),
            Stmt::Continue(c) => self.compile_continue(c),
            Stmt::With(w) => self.compile_with(w),
            Stmt::IpyEscapeCommand(_) => Err(self.error("invalid syntax", loc)),
        }
    }

    /// CPython's `compiler_stmt_expr`.
    fn compile_stmt_expr(&mut self, loc: Location, value: &Expr) -> CompileResult<()> {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
            self.addop_noarg(Opcode::POP_TOP, Location::NONE);
            return Ok(());
        }
        if self.expr_constant(value).is_some() {
            self.addop_noarg(Opcode::NOP, loc);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.addop_noarg(Opcode::POP_TOP, Location::NONE);
        Ok(())
    }

    /// CPython's `compiler_assert`.
    fn compile_assert(&mut self, s: &ast::StmtAssert, loc: Location) -> CompileResult<()> {
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_label();
        self.jump_if(&s.test, end, true)?;
        self.addop_noarg(Opcode::LOAD_ASSERTION_ERROR, loc);
        if let Some(msg) = &s.msg {
            self.visit_expr(msg)?;
            self.addop(Opcode::CALL, 0, loc);
        }
        self.addop(Opcode::RAISE_VARARGS, 1, loc);
        self.use_label(end);
        Ok(())
    }

    /// CPython's `compiler_import`.
    fn compile_import(&mut self, s: &ast::StmtImport, loc: Location) -> CompileResult<()> {
        for alias in &s.names {
            self.load_const(Constant::Int(0), loc);
            self.load_const(Constant::None, loc);
            self.addop_name(Opcode::IMPORT_NAME, alias.name.as_str(), loc);
            let name = alias.name.as_str();
            if let Some(asname) = &alias.asname {
                self.import_as(loc, name, asname.as_str())?;
            } else {
                let first = name.split('.').next().unwrap_or(name);
                self.nameop(first, ExprContext::Store, loc)?;
            }
        }
        Ok(())
    }

    /// CPython's `compiler_import_as`.
    fn import_as(&mut self, loc: Location, name: &str, asname: &str) -> CompileResult<()> {
        let parts: Vec<&str> = name.split('.').collect();
        if parts.len() > 1 {
            for (i, attr) in parts.iter().enumerate().skip(1) {
                let idx = Self::add_to_list(&mut self.unit().metadata.names, attr);
                self.addop(Opcode::IMPORT_FROM, idx, loc);
                if i + 1 == parts.len() {
                    break;
                }
                self.addop(Opcode::SWAP, 2, loc);
                self.addop_noarg(Opcode::POP_TOP, loc);
            }
            self.nameop(asname, ExprContext::Store, loc)?;
            self.addop_noarg(Opcode::POP_TOP, loc);
            return Ok(());
        }
        self.nameop(asname, ExprContext::Store, loc)
    }

    /// CPython's `compiler_from_import`.
    fn compile_from_import(&mut self, s: &ast::StmtImportFrom, loc: Location) -> CompileResult<()> {
        self.load_const(Constant::Int(s.level as i64), loc);
        let names: Vec<Constant> = s
            .names
            .iter()
            .map(|a| Constant::Str(a.name.as_str().into()))
            .collect();
        let fl = self.future_location;
        let after = loc.lineno > fl.end_lineno
            || (loc.lineno == fl.end_lineno && loc.col_offset > fl.end_col_offset);
        if after
            && s.module
                .as_ref()
                .is_some_and(|m| m.as_str() == "__future__")
        {
            return Err(self.error(
                "from __future__ imports must occur at the beginning of the file",
                loc,
            ));
        }
        self.load_const(Constant::Tuple(names.into()), loc);
        let module = s.module.as_ref().map_or("", |m| m.as_str());
        self.addop_name(Opcode::IMPORT_NAME, module, loc);
        for (i, alias) in s.names.iter().enumerate() {
            if i == 0 && alias.name.as_str().starts_with('*') {
                self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
                self.addop_noarg(Opcode::POP_TOP, Location::NONE);
                return Ok(());
            }
            self.addop_name(Opcode::IMPORT_FROM, alias.name.as_str(), loc);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(store.as_str(), ExprContext::Store, loc)?;
        }
        self.addop_noarg(Opcode::POP_TOP, loc);
        Ok(())
    }

    /// CPython's `compiler_augassign`.
    fn compile_augassign(&mut self, s: &ast::StmtAugAssign, sloc: Location) -> CompileResult<()> {
        let e = &*s.target;
        let eloc = self.loc(e.range());
        match e {
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                self.addop(Opcode::COPY, 1, eloc);
                let l = self.update_start_location_to_match_attr(eloc, a);
                self.addop_name(Opcode::LOAD_ATTR, a.attr.as_str(), l);
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                if let Some(slice) = two_element_slice(&sub.slice) {
                    self.compile_slice_parts(slice)?;
                    self.addop(Opcode::COPY, 3, eloc);
                    self.addop(Opcode::COPY, 3, eloc);
                    self.addop(Opcode::COPY, 3, eloc);
                    self.addop_noarg(Opcode::BINARY_SLICE, eloc);
                } else {
                    self.visit_expr(&sub.slice)?;
                    self.addop(Opcode::COPY, 2, eloc);
                    self.addop(Opcode::COPY, 2, eloc);
                    self.addop_noarg(Opcode::BINARY_SUBSCR, eloc);
                }
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Load, eloc)?,
            _ => return Err(self.error("invalid node type for augmented assignment", eloc)),
        }
        self.visit_expr(&s.value)?;
        self.addop(
            Opcode::BINARY_OP,
            super::expr::binop_arg(s.op) + ouro_bytecode::opcode::NB_INPLACE_OFFSET,
            sloc,
        );
        match e {
            Expr::Attribute(a) => {
                let l = self.update_start_location_to_match_attr(eloc, a);
                self.addop(Opcode::SWAP, 2, l);
                self.addop_name(Opcode::STORE_ATTR, a.attr.as_str(), l);
            }
            Expr::Subscript(sub) => {
                if two_element_slice(&sub.slice).is_some() {
                    self.addop(Opcode::SWAP, 4, eloc);
                    self.addop(Opcode::SWAP, 3, eloc);
                    self.addop(Opcode::SWAP, 2, eloc);
                    self.addop_noarg(Opcode::STORE_SLICE, eloc);
                } else {
                    self.addop(Opcode::SWAP, 3, eloc);
                    self.addop(Opcode::SWAP, 2, eloc);
                    self.addop_noarg(Opcode::STORE_SUBSCR, eloc);
                }
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Store, eloc)?,
            _ => {}
        }
        Ok(())
    }

    /// Evaluates an expression and discards it (CPython: `check_ann_expr`).
    fn check_ann_expr(&mut self, e: &Expr) -> CompileResult<()> {
        self.visit_expr(e)?;
        let l = self.loc(e.range());
        self.addop_noarg(Opcode::POP_TOP, l);
        Ok(())
    }

    /// CPython's `check_ann_subscr`.
    fn check_ann_subscr(&mut self, e: &Expr) -> CompileResult<()> {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            Expr::Tuple(t) if self.folded.get(e).is_none() => {
                for elt in &t.elts {
                    self.check_ann_subscr(elt)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// Pushes an annotation as a string, for `from __future__ import annotations`
    /// (CPython: `compiler_visit_annexpr`).
    fn visit_annexpr(&mut self, annotation: &Expr) -> CompileResult<()> {
        let l = self.loc(annotation.range());
        let text = super::ast_unparse::unparse_expr(annotation, self.source.text());
        self.load_const(Constant::Str(text.into()), l);
        Ok(())
    }

    /// CPython's `compiler_annassign`.
    fn compile_annassign(&mut self, s: &ast::StmtAnnAssign, loc: Location) -> CompileResult<()> {
        let targ = &*s.target;
        if let Some(value) = &s.value {
            self.visit_expr(value)?;
            self.visit_expr(targ)?;
        }
        let module_or_class = matches!(self.cur().kind, UnitKind::Module | UnitKind::Class);
        match targ {
            Expr::Name(n) => {
                self.forbidden_name(n.id.as_str(), ExprContext::Store, loc)?;
                if s.simple && module_or_class {
                    if self.future_annotations {
                        self.visit_annexpr(&s.annotation)?;
                    } else {
                        self.visit_expr(&s.annotation)?;
                    }
                    self.addop_name(Opcode::LOAD_NAME, "__annotations__", loc);
                    let mangled = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(mangled), loc);
                    self.addop_noarg(Opcode::STORE_SUBSCR, loc);
                }
            }
            Expr::Attribute(a) => {
                self.forbidden_name(a.attr.as_str(), ExprContext::Store, loc)?;
                if s.value.is_none() {
                    self.check_ann_expr(&a.value)?;
                }
            }
            Expr::Subscript(sub) => {
                if s.value.is_none() {
                    self.check_ann_expr(&sub.value)?;
                    self.check_ann_subscr(&sub.slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment", loc)),
        }
        if !s.simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(&s.annotation)?;
        }
        Ok(())
    }

    /// CPython's `compiler_check_debug_args`.
    pub(crate) fn check_debug_args(&self, params: &ast::Parameters) -> CompileResult<()> {
        for p in params.iter() {
            let p = p.as_parameter();
            if p.name.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__", self.loc(p.range)));
            }
        }
        Ok(())
    }

    /// CPython's `compiler_default_arguments`: pushes the defaults tuple and the keyword-only
    /// defaults dict, and returns the `MAKE_FUNCTION` flags for them.
    pub(crate) fn default_arguments(
        &mut self,
        loc: Location,
        params: &ast::Parameters,
    ) -> CompileResult<u32> {
        let mut flags = 0;
        let defaults = positional_defaults(params);
        if !defaults.is_empty() {
            for d in &defaults {
                self.visit_expr(d)?;
            }
            self.addop(Opcode::BUILD_TUPLE, defaults.len() as u32, loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        let mut keys = Vec::new();
        for p in &params.kwonlyargs {
            if let Some(d) = &p.default {
                keys.push(Constant::Str(self.mangle(p.parameter.name.as_str())));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys.into()), loc);
            self.addop(Opcode::BUILD_CONST_KEY_MAP, n, loc);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// CPython's `compiler_visit_argannotation`; returns whether an annotation was pushed.
    fn visit_argannotation(
        &mut self,
        id: &str,
        annotation: Option<&Expr>,
        loc: Location,
    ) -> CompileResult<u32> {
        let Some(annotation) = annotation else {
            return Ok(0);
        };
        let mangled = self.mangle(id);
        self.load_const(Constant::Str(mangled), loc);
        if self.future_annotations {
            self.visit_annexpr(annotation)?;
        } else if let Expr::Starred(st) = annotation {
            self.visit_expr(&st.value)?;
            self.addop(Opcode::UNPACK_SEQUENCE, 1, loc);
        } else {
            self.visit_expr(annotation)?;
        }
        Ok(2)
    }

    /// CPython's `compiler_visit_annotations`; returns whether a tuple was pushed.
    fn visit_annotations(
        &mut self,
        loc: Location,
        params: &ast::Parameters,
        returns: Option<&Expr>,
    ) -> CompileResult<bool> {
        let mut len = 0;
        for p in &params.args {
            len += self.visit_argannotation(
                p.parameter.name.as_str(),
                p.parameter.annotation.as_deref(),
                loc,
            )?;
        }
        for p in &params.posonlyargs {
            len += self.visit_argannotation(
                p.parameter.name.as_str(),
                p.parameter.annotation.as_deref(),
                loc,
            )?;
        }
        if let Some(v) = &params.vararg {
            len += self.visit_argannotation(v.name.as_str(), v.annotation.as_deref(), loc)?;
        }
        for p in &params.kwonlyargs {
            len += self.visit_argannotation(
                p.parameter.name.as_str(),
                p.parameter.annotation.as_deref(),
                loc,
            )?;
        }
        if let Some(v) = &params.kwarg {
            len += self.visit_argannotation(v.name.as_str(), v.annotation.as_deref(), loc)?;
        }
        len += self.visit_argannotation("return", returns, loc)?;
        if len > 0 {
            self.addop(Opcode::BUILD_TUPLE, len, loc);
            return Ok(true);
        }
        Ok(false)
    }

    /// CPython's `wrap_in_stopiteration_handler`.
    pub(crate) fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        let seq = &mut self.unit().seq;
        seq.instrs.insert(
            0,
            Instruction {
                opcode: Opcode::SETUP_CLEANUP,
                oparg: handler.0,
                loc: Location::NONE,
            },
        );
        for target in seq.label_map.iter_mut().flatten() {
            *target += 1;
        }
        self.load_const(Constant::None, Location::NONE);
        self.addop_noarg(Opcode::RETURN_VALUE, Location::NONE);
        self.use_label(handler);
        self.addop(
            Opcode::CALL_INTRINSIC_1,
            INTRINSIC_STOPITERATION_ERROR,
            Location::NONE,
        );
        self.addop(Opcode::RERAISE, 1, Location::NONE);
    }

    /// Pushes the type parameters of a generic definition as a tuple
    /// (CPython: `compiler_type_params`).
    fn compile_type_params(&mut self, tps: &ast::TypeParams) -> CompileResult<()> {
        for tp in &tps.type_params {
            let loc = self.loc(tp.range());
            match tp {
                ast::TypeParam::TypeVar(tv) => {
                    let name = tv.name.as_str();
                    self.load_const(Constant::Str(name.into()), loc);
                    if let Some(bound) = &tv.bound {
                        let scope = self
                            .scope_for(&[addr(tp), addr(tv), addr(&**bound), addr(bound)], loc)?;
                        let bline = self.loc(bound.range()).lineno;
                        self.enter_scope(name, UnitKind::TypeParams, scope, bline)?;
                        self.visit_expr(bound)?;
                        self.addop_noarg(Opcode::RETURN_VALUE, loc);
                        let done = self.exit_scope(true)?;
                        self.make_closure(loc, &done, 0)?;
                        let constraints =
                            matches!(&**bound, Expr::Tuple(_)) && self.folded.get(bound).is_none();
                        let intrinsic = if constraints {
                            INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                        } else {
                            INTRINSIC_TYPEVAR_WITH_BOUND
                        };
                        self.addop(Opcode::CALL_INTRINSIC_2, intrinsic, loc);
                    } else {
                        self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    self.addop(Opcode::COPY, 1, loc);
                    self.nameop(name, ExprContext::Store, loc)?;
                }
                ast::TypeParam::TypeVarTuple(tv) => {
                    let name = tv.name.as_str();
                    self.load_const(Constant::Str(name.into()), loc);
                    self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    self.addop(Opcode::COPY, 1, loc);
                    self.nameop(name, ExprContext::Store, loc)?;
                }
                ast::TypeParam::ParamSpec(ps) => {
                    let name = ps.name.as_str();
                    self.load_const(Constant::Str(name.into()), loc);
                    self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    self.addop(Opcode::COPY, 1, loc);
                    self.nameop(name, ExprContext::Store, loc)?;
                }
            }
        }
        let first = tps
            .type_params
            .first()
            .map_or(Location::NONE, |t| self.loc(t.range()));
        self.addop(Opcode::BUILD_TUPLE, tps.type_params.len() as u32, first);
        Ok(())
    }

    /// CPython's `compiler_function_body`.
    fn compile_function_body(
        &mut self,
        outer: &'a Stmt,
        s: &'a ast::StmtFunctionDef,
        funcflags: u32,
        firstlineno: i32,
        loc: Location,
    ) -> CompileResult<()> {
        let kind = if s.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        let scope = self.scope_for(&[addr(s), addr(outer)], loc)?;
        self.enter_scope(s.name.as_str(), kind, scope, firstlineno)?;
        let docstring = if self.optimize < 2 {
            docstring_of(&s.body)
        } else {
            None
        };
        match docstring {
            Some(d) => {
                let c = self.docstring_constant(d);
                self.add_const(c)
            }
            None => self.add_const(Constant::None),
        };
        let params = &s.parameters;
        {
            let md = &mut self.unit().metadata;
            md.argcount = params.args.len() as u32;
            md.posonlyargcount = params.posonlyargs.len() as u32;
            md.kwonlyargcount = params.kwonlyargs.len() as u32;
        }
        self.visit_body_from(&s.body, usize::from(docstring.is_some()))?;
        let ste = self.ste();
        if ste.coroutine || ste.generator {
            self.wrap_in_stopiteration_handler();
        }
        let done = self.exit_scope(true)?;
        self.make_closure(loc, &done, funcflags)
    }

    /// CPython's `compiler_function`.
    fn compile_function(
        &mut self,
        outer: &'a Stmt,
        s: &'a ast::StmtFunctionDef,
        loc: Location,
    ) -> CompileResult<()> {
        self.check_debug_args(&s.parameters)?;
        for d in &s.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let firstlineno = match s.decorator_list.first() {
            Some(d) => self.loc(d.expression.range()).lineno,
            None => loc.lineno,
        };
        let type_params = s
            .type_params
            .as_deref()
            .filter(|t| !t.type_params.is_empty());
        if type_params.is_some() {
            self.addop_noarg(Opcode::PUSH_NULL, loc);
        }
        let mut funcflags = self.default_arguments(loc, &s.parameters)?;
        let mut num_typeparam_args = 0;
        if let Some(tps) = type_params {
            if funcflags & MAKE_FUNCTION_DEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if funcflags & MAKE_FUNCTION_KWDEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if num_typeparam_args == 2 {
                self.addop(Opcode::SWAP, 2, loc);
            }
            let scope = self.scope_for(&[addr(tps)], loc)?;
            let name = format!("<generic parameters of {}>", s.name.as_str());
            self.enter_scope(&name, UnitKind::TypeParams, scope, firstlineno)?;
            self.compile_type_params(tps)?;
            if num_typeparam_args >= 1 {
                self.addop(Opcode::LOAD_FAST, 0, loc);
            }
            if num_typeparam_args == 2 {
                self.addop(Opcode::LOAD_FAST, 1, loc);
            }
        }
        if self.visit_annotations(loc, &s.parameters, s.returns.as_deref())? {
            funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        self.compile_function_body(outer, s, funcflags, firstlineno, loc)?;
        if type_params.is_some() {
            self.addop(Opcode::SWAP, 2, loc);
            self.addop(
                Opcode::CALL_INTRINSIC_2,
                INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
                loc,
            );
            self.unit().metadata.argcount = num_typeparam_args;
            let done = self.exit_scope(false)?;
            self.make_closure(loc, &done, 0)?;
            if num_typeparam_args > 0 {
                self.addop(Opcode::SWAP, num_typeparam_args + 1, loc);
            }
            self.addop(Opcode::CALL, num_typeparam_args, loc);
        }
        self.apply_decorators(&s.decorator_list);
        self.nameop(s.name.as_str(), ExprContext::Store, loc)
    }

    /// CPython's `compiler_apply_decorators`.
    fn apply_decorators(&mut self, decos: &[ast::Decorator]) {
        for d in decos.iter().rev() {
            let l = self.loc(d.expression.range());
            self.addop(Opcode::CALL, 0, l);
        }
    }

    /// CPython's `compiler_class_body`: compiles the body to a function and pushes it and
    /// the class name.
    fn compile_class_body(
        &mut self,
        outer: &'a Stmt,
        s: &'a ast::StmtClassDef,
        firstlineno: i32,
        sloc: Location,
    ) -> CompileResult<()> {
        let scope = self.scope_for(&[addr(s), addr(outer)], sloc)?;
        self.enter_scope(s.name.as_str(), UnitKind::Class, scope, firstlineno)?;
        let loc = Location {
            lineno: firstlineno,
            end_lineno: firstlineno,
            col_offset: 0,
            end_col_offset: 0,
        };
        self.unit().private = Some(s.name.as_str().into());
        self.nameop("__name__", ExprContext::Load, loc)?;
        self.nameop("__module__", ExprContext::Store, loc)?;
        let qualname = self.cur().metadata.qualname.clone();
        self.load_const(Constant::Str(qualname), loc);
        self.nameop("__qualname__", ExprContext::Store, loc)?;
        if s.type_params
            .as_ref()
            .is_some_and(|t| !t.type_params.is_empty())
        {
            self.nameop(".type_params", ExprContext::Load, loc)?;
            self.nameop("__type_params__", ExprContext::Store, loc)?;
        }
        let ste = self.ste();
        if ste.needs_classdict {
            self.addop_noarg(Opcode::LOAD_LOCALS, loc);
            let i = self.deref_index("__classdict__", true);
            self.addop(Opcode::STORE_DEREF, i, loc);
        }
        self.compiler_body(loc, &s.body)?;
        if ste.needs_classdict {
            let i = self.deref_index("__classdict__", true);
            self.addop(Opcode::LOAD_CLOSURE, i, Location::NONE);
            self.nameop("__classdictcell__", ExprContext::Store, Location::NONE)?;
        }
        if ste.needs_class_closure {
            let i = self.deref_index("__class__", true);
            self.addop(Opcode::LOAD_CLOSURE, i, Location::NONE);
            self.addop(Opcode::COPY, 1, Location::NONE);
            self.nameop("__classcell__", ExprContext::Store, Location::NONE)?;
        } else {
            self.load_const(Constant::None, Location::NONE);
        }
        self.addop_noarg(Opcode::RETURN_VALUE, Location::NONE);
        let done = self.exit_scope(true)?;
        self.addop_noarg(Opcode::PUSH_NULL, sloc);
        self.addop_noarg(Opcode::LOAD_BUILD_CLASS, sloc);
        self.make_closure(sloc, &done, 0)?;
        self.load_const(Constant::Str(s.name.as_str().into()), sloc);
        Ok(())
    }

    /// CPython's `compiler_class`.
    fn compile_class(
        &mut self,
        outer: &'a Stmt,
        s: &'a ast::StmtClassDef,
        loc: Location,
    ) -> CompileResult<()> {
        for d in &s.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let firstlineno = match s.decorator_list.first() {
            Some(d) => self.loc(d.expression.range()).lineno,
            None => loc.lineno,
        };
        let type_params = s
            .type_params
            .as_deref()
            .filter(|t| !t.type_params.is_empty());
        if let Some(tps) = type_params {
            self.unit().private = Some(s.name.as_str().into());
            self.addop_noarg(Opcode::PUSH_NULL, loc);
            let scope = self.scope_for(&[addr(tps)], loc)?;
            let name = format!("<generic parameters of {}>", s.name.as_str());
            self.enter_scope(&name, UnitKind::TypeParams, scope, firstlineno)?;
            self.compile_type_params(tps)?;
            self.nameop(".type_params", ExprContext::Store, loc)?;
        }
        self.compile_class_body(outer, s, firstlineno, loc)?;
        let (bases, keywords): (&[Expr], &[ast::Keyword]) = match &s.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        let mut elts: Vec<super::stmt::Elt<'_>> = bases.iter().map(Elt::Expr).collect();
        if type_params.is_some() {
            self.nameop(".type_params", ExprContext::Load, loc)?;
            self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            self.nameop(".generic_base", ExprContext::Store, loc)?;
            elts.push(Elt::Name(".generic_base", loc));
            self.call_helper(loc, 2, &elts, keywords)?;
            let done = self.exit_scope(false)?;
            self.make_closure(loc, &done, 0)?;
            self.addop(Opcode::CALL, 0, loc);
        } else {
            self.call_helper(loc, 2, &elts, keywords)?;
        }
        self.apply_decorators(&s.decorator_list);
        self.nameop(s.name.as_str(), ExprContext::Store, loc)
    }

    /// CPython's `compiler_typealias_body`.
    fn compile_typealias_body(
        &mut self,
        s: &ast::StmtTypeAlias,
        name: &str,
        loc: Location,
    ) -> CompileResult<()> {
        let scope = self.scope_for(&[addr(s)], loc)?;
        self.enter_scope(name, UnitKind::Function, scope, loc.lineno)?;
        self.add_const(Constant::None);
        self.visit_expr(&s.value)?;
        self.addop_noarg(Opcode::RETURN_VALUE, loc);
        let done: FinishedUnit = self.exit_scope(false)?;
        self.make_closure(loc, &done, 0)?;
        self.addop(Opcode::BUILD_TUPLE, 3, loc);
        self.addop(Opcode::CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        Ok(())
    }

    /// CPython's `compiler_typealias`.
    fn compile_typealias(&mut self, s: &ast::StmtTypeAlias, loc: Location) -> CompileResult<()> {
        let Expr::Name(n) = &*s.name else {
            return Err(self.error("type alias name must be a name", loc));
        };
        let name = n.id.as_str();
        let type_params = s
            .type_params
            .as_deref()
            .filter(|t| !t.type_params.is_empty());
        if let Some(tps) = type_params {
            self.addop_noarg(Opcode::PUSH_NULL, loc);
            let scope = self.scope_for(&[addr(tps)], loc)?;
            let tname = format!("<generic parameters of {name}>");
            self.enter_scope(&tname, UnitKind::TypeParams, scope, loc.lineno)?;
            self.load_const(Constant::Str(name.into()), loc);
            self.compile_type_params(tps)?;
        } else {
            self.load_const(Constant::Str(name.into()), loc);
            self.load_const(Constant::None, loc);
        }
        self.compile_typealias_body(s, name, loc)?;
        if type_params.is_some() {
            let done = self.exit_scope(false)?;
            self.make_closure(loc, &done, 0)?;
            self.addop(Opcode::CALL, 0, loc);
        }
        self.nameop(name, ExprContext::Store, loc)
    }
}

/// The slice of a subscript if it is a slice without step (CPython: `is_two_element_slice`).
pub fn two_element_slice(e: &Expr) -> Option<&ast::ExprSlice> {
    match e {
        Expr::Slice(s) if s.step.is_none() => Some(s),
        _ => None,
    }
}
