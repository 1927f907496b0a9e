//! The `_ast` module: CPython 3.12's AST node classes (`AST`, the abstract `mod`/`stmt`/`expr`/...
//! classes and every concrete node) with their `_fields`, `_attributes`, `__match_args__`,
//! constructor and `__reduce__`, and the `PyCF_*` compiler flags; and `compile(...,
//! PyCF_ONLY_AST)` (`ast.parse`), which turns ruff's tree into these nodes. The class table is
//! generated from python3.12 by tools/gen_ast_classes.py; the classes are built by a Python
//! prelude when the module is made. CPython: Python/Python-ast.c.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::vm::{PyResult, Vm};
use ruff_python_ast::{Expr, ExprContext, Number, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// The generated table of node classes (names, bases, fields, attributes, docs).
const CLASSES: &str = include_str!("astmodule_classes.py");
/// The `AST` base class and the code that builds the node classes from the table.
const PRELUDE: &str = include_str!("astmodule_prelude.py");

/// Makes the `_ast` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_ast");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        let src = format!("{CLASSES}\n{PRELUDE}");
        crate::posixmodule::run_prelude(vm, &d, &src, "<ouro:_ast>");
    }
    m
}

/// `PyCF_ONLY_AST`: the `compile()` flag asking for an AST instead of a code object.
pub const PY_CF_ONLY_AST: isize = 1024;

/// `compile(source, filename, mode, PyCF_ONLY_AST)` (what `ast.parse` calls): the parse as
/// `_ast` node objects with CPython's positions (lines from 1, columns in UTF-8 bytes). Only
/// part of the grammar is mapped so far; any other construct raises NotImplementedError
/// rather than producing a wrong tree. CPython: Python/Python-ast.c (ast2obj_mod).
pub fn compile_to_ast(vm: &Vm, source: &str, filename: &str, mode: &str) -> PyResult<Value> {
    let module = crate::import::import_module(vm, "_ast")?;
    let b = Builder::new(vm, module, source);
    match mode {
        "exec" => {
            let parsed = match ouro_compiler::parse::parse_module(source) {
                Ok(p) => p,
                Err(ce) => return Err(crate::pythonrun::syntax_error(vm, &ce, filename, source)),
            };
            let body = b.stmts(&parsed.syntax().body)?;
            b.node(
                "Module",
                vec![("body", body), ("type_ignores", vm.new_list(vec![]))],
                None,
            )
        }
        "eval" => {
            let text = source.trim_start_matches([' ', '\t']);
            if let Err(ce) = ouro_compiler::compile(text, filename, ouro_compiler::Mode::Eval, 0) {
                return Err(crate::pythonrun::syntax_error(vm, &ce, filename, source));
            }
            let Ok(parsed) = ruff_python_parser::parse_expression(source) else {
                return Err(unsupported(vm, "this expression"));
            };
            let body = b.expr(parsed.expr())?;
            b.node("Expression", vec![("body", body)], None)
        }
        _ => Err(unsupported(vm, &format!("mode '{mode}'"))),
    }
}

fn unsupported(vm: &Vm, what: &str) -> crate::vm::PyErr {
    vm.new_exception_msg(
        vm.types.exc.not_implemented_error,
        format!("ouro: ast.parse does not support {what} yet"),
    )
}

/// Makes node objects of the `_ast` classes from ruff's tree.
struct Builder<'a> {
    vm: &'a Vm,
    module: Value,
    source: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Builder<'a> {
    fn new(vm: &'a Vm, module: Value, source: &'a str) -> Builder<'a> {
        let mut line_starts = vec![0];
        for (i, c) in source.bytes().enumerate() {
            if c == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Builder {
            vm,
            module,
            source,
            line_starts,
        }
    }

    /// (line from 1, column in bytes) of a byte offset.
    fn position(&self, at: TextSize) -> (i64, i64) {
        let at = at.to_usize().min(self.source.len());
        let line = self.line_starts.partition_point(|&s| s <= at).max(1) - 1;
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        ((line + 1) as i64, (at - start) as i64)
    }

    /// A node of class `name` with `fields` and, when given, the positions of `range`.
    fn node(
        &self,
        name: &str,
        fields: Vec<(&str, Value)>,
        range: Option<TextRange>,
    ) -> PyResult<Value> {
        let vm = self.vm;
        let cls = vm.getattr_str(&self.module, name)?;
        let obj = vm.call(&cls, &[], &[])?;
        for (k, v) in fields {
            vm.setattr(&obj, &vm.intern(k), Some(v))?;
        }
        if let Some(r) = range {
            let (l1, c1) = self.position(r.start());
            let (l2, c2) = self.position(r.end());
            for (k, v) in [
                ("lineno", l1),
                ("col_offset", c1),
                ("end_lineno", l2),
                ("end_col_offset", c2),
            ] {
                vm.setattr(&obj, &vm.intern(k), Some(vm.new_int(v)))?;
            }
        }
        Ok(obj)
    }

    /// A singleton-like node without fields (`Load()`, `Add()`...).
    fn leaf(&self, name: &str) -> PyResult<Value> {
        self.node(name, vec![], None)
    }

    fn opt_expr(&self, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(self.vm.none.clone()),
        }
    }

    fn exprs<'e>(&self, es: impl IntoIterator<Item = &'e Expr>) -> PyResult<Value> {
        let mut out = Vec::new();
        for e in es {
            out.push(self.expr(e)?);
        }
        Ok(self.vm.new_list(out))
    }

    fn stmts(&self, ss: &[Stmt]) -> PyResult<Value> {
        let mut out = Vec::new();
        for s in ss {
            out.push(self.stmt(s)?);
        }
        Ok(self.vm.new_list(out))
    }

    fn keywords(&self, ks: &[ruff_python_ast::Keyword]) -> PyResult<Value> {
        let vm = self.vm;
        let mut out = Vec::new();
        for k in ks {
            let arg = match &k.arg {
                Some(a) => self.name(a.as_str()),
                None => vm.none.clone(),
            };
            out.push(self.node(
                "keyword",
                vec![("arg", arg), ("value", self.expr(&k.value)?)],
                Some(k.range),
            )?);
        }
        Ok(vm.new_list(out))
    }

    fn aliases(&self, names: &[ruff_python_ast::Alias]) -> PyResult<Value> {
        let vm = self.vm;
        let mut out = Vec::new();
        for a in names {
            let asname = a
                .asname
                .as_ref()
                .map_or_else(|| vm.none.clone(), |n| self.name(n.as_str()));
            out.push(self.node(
                "alias",
                vec![("name", self.name(a.name.as_str())), ("asname", asname)],
                Some(a.range),
            )?);
        }
        Ok(vm.new_list(out))
    }

    fn decorators(&self, ds: &[ruff_python_ast::Decorator]) -> PyResult<Value> {
        self.exprs(ds.iter().map(|d| &d.expression))
    }

    /// The range of a decorated definition without its decorators: CPython's node starts at
    /// `def`/`async`/`class`.
    fn after_decorators(&self, ds: &[ruff_python_ast::Decorator], range: TextRange) -> TextRange {
        let Some(last) = ds.last() else {
            return range;
        };
        let bytes = self.source.as_bytes();
        let mut i = last.range.end().to_usize();
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => i += 1,
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        let start = TextSize::try_from(i).unwrap_or(range.start());
        TextRange::new(start.min(range.end()), range.end())
    }

    /// `range` widened to the parentheses around it (skipping white space), when there are.
    fn call_parens(&self, range: TextRange) -> TextRange {
        let bytes = self.source.as_bytes();
        let mut i = range.start().to_usize();
        while i > 0 && matches!(bytes.get(i - 1), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\\')) {
            i -= 1;
        }
        let mut j = range.end().to_usize();
        while matches!(
            bytes.get(j),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\\' | b',')
        ) {
            j += 1;
        }
        if i == 0 || bytes.get(i - 1) != Some(&b'(') || bytes.get(j) != Some(&b')') {
            return range;
        }
        match (TextSize::try_from(i - 1), TextSize::try_from(j + 1)) {
            (Ok(a), Ok(b)) => TextRange::new(a, b),
            _ => range,
        }
    }

    fn arg(&self, p: &ruff_python_ast::Parameter) -> PyResult<Value> {
        self.node(
            "arg",
            vec![
                ("arg", self.name(p.name.as_str())),
                ("annotation", self.opt_expr(p.annotation.as_deref())?),
                ("type_comment", self.vm.none.clone()),
            ],
            // ruff's range of `*args` and `**kwargs` includes the stars; CPython's starts at
            // the name.
            Some(TextRange::new(p.name.range.start(), p.range.end())),
        )
    }

    fn arguments(&self, ps: Option<&ruff_python_ast::Parameters>) -> PyResult<Value> {
        let vm = self.vm;
        let mut posonly = Vec::new();
        let mut args = Vec::new();
        let mut kwonly = Vec::new();
        let mut kw_defaults = Vec::new();
        let mut defaults = Vec::new();
        let mut vararg = vm.none.clone();
        let mut kwarg = vm.none.clone();
        if let Some(ps) = ps {
            for p in ps.posonlyargs.iter() {
                posonly.push(self.arg(&p.parameter)?);
                if let Some(d) = p.default.as_deref() {
                    defaults.push(self.expr(d)?);
                }
            }
            for p in ps.args.iter() {
                args.push(self.arg(&p.parameter)?);
                if let Some(d) = p.default.as_deref() {
                    defaults.push(self.expr(d)?);
                }
            }
            for p in ps.kwonlyargs.iter() {
                kwonly.push(self.arg(&p.parameter)?);
                kw_defaults.push(self.opt_expr(p.default.as_deref())?);
            }
            if let Some(v) = ps.vararg.as_deref() {
                vararg = self.arg(v)?;
            }
            if let Some(k) = ps.kwarg.as_deref() {
                kwarg = self.arg(k)?;
            }
        }
        self.node(
            "arguments",
            vec![
                ("posonlyargs", vm.new_list(posonly)),
                ("args", vm.new_list(args)),
                ("vararg", vararg),
                ("kwonlyargs", vm.new_list(kwonly)),
                ("kw_defaults", vm.new_list(kw_defaults)),
                ("kwarg", kwarg),
                ("defaults", vm.new_list(defaults)),
            ],
            None,
        )
    }

    fn comprehensions(&self, gs: &[ruff_python_ast::Comprehension]) -> PyResult<Value> {
        let vm = self.vm;
        let mut out = Vec::new();
        for g in gs {
            out.push(self.node(
                "comprehension",
                vec![
                    ("target", self.expr(&g.target)?),
                    ("iter", self.expr(&g.iter)?),
                    ("ifs", self.exprs(g.ifs.iter())?),
                    ("is_async", vm.new_int(i64::from(g.is_async))),
                ],
                None,
            )?);
        }
        Ok(vm.new_list(out))
    }

    fn opt_name(&self, n: Option<&ruff_python_ast::Identifier>) -> Value {
        n.map_or_else(|| self.vm.none.clone(), |n| self.name(n.as_str()))
    }

    fn patterns(&self, ps: &[ruff_python_ast::Pattern]) -> PyResult<Value> {
        let mut out = Vec::new();
        for p in ps {
            out.push(self.pattern(p)?);
        }
        Ok(self.vm.new_list(out))
    }

    fn pattern(&self, p: &ruff_python_ast::Pattern) -> PyResult<Value> {
        use ruff_python_ast::{Pattern as P, Singleton};
        let vm = self.vm;
        let r = Some(p.range());
        match p {
            P::MatchValue(x) => self.node("MatchValue", vec![("value", self.expr(&x.value)?)], r),
            P::MatchSingleton(x) => {
                let v = match x.value {
                    Singleton::None => vm.none.clone(),
                    Singleton::True => vm.new_bool(true),
                    Singleton::False => vm.new_bool(false),
                };
                self.node("MatchSingleton", vec![("value", v)], r)
            }
            P::MatchSequence(x) => self.node(
                "MatchSequence",
                vec![("patterns", self.patterns(&x.patterns)?)],
                r,
            ),
            P::MatchMapping(x) => self.node(
                "MatchMapping",
                vec![
                    ("keys", self.exprs(x.keys.iter())?),
                    ("patterns", self.patterns(&x.patterns)?),
                    ("rest", self.opt_name(x.rest.as_ref())),
                ],
                r,
            ),
            P::MatchClass(x) => {
                let mut attrs = Vec::new();
                let mut kps = Vec::new();
                for k in x.arguments.keywords.iter() {
                    attrs.push(self.name(k.attr.as_str()));
                    kps.push(self.pattern(&k.pattern)?);
                }
                self.node(
                    "MatchClass",
                    vec![
                        ("cls", self.expr(&x.cls)?),
                        ("patterns", self.patterns(&x.arguments.patterns)?),
                        ("kwd_attrs", vm.new_list(attrs)),
                        ("kwd_patterns", vm.new_list(kps)),
                    ],
                    r,
                )
            }
            P::MatchStar(x) => self.node(
                "MatchStar",
                vec![("name", self.opt_name(x.name.as_ref()))],
                r,
            ),
            P::MatchAs(x) => {
                let pattern = match x.pattern.as_deref() {
                    Some(p) => self.pattern(p)?,
                    None => vm.none.clone(),
                };
                self.node(
                    "MatchAs",
                    vec![
                        ("pattern", pattern),
                        ("name", self.opt_name(x.name.as_ref())),
                    ],
                    r,
                )
            }
            P::MatchOr(x) => self.node(
                "MatchOr",
                vec![("patterns", self.patterns(&x.patterns)?)],
                r,
            ),
        }
    }

    /// The `type_params` list of a definition (empty without `[...]`).
    fn type_params(&self, tps: Option<&ruff_python_ast::TypeParams>) -> PyResult<Value> {
        use ruff_python_ast::TypeParam as T;
        let vm = self.vm;
        let mut out = Vec::new();
        for tp in tps.map_or(&[][..], |t| &t.type_params[..]) {
            let r = Some(tp.range());
            out.push(match tp {
                T::TypeVar(x) if x.default.is_none() => self.node(
                    "TypeVar",
                    vec![
                        ("name", self.name(x.name.as_str())),
                        ("bound", self.opt_expr(x.bound.as_deref())?),
                    ],
                    r,
                )?,
                T::ParamSpec(x) if x.default.is_none() => {
                    self.node("ParamSpec", vec![("name", self.name(x.name.as_str()))], r)?
                }
                T::TypeVarTuple(x) if x.default.is_none() => self.node(
                    "TypeVarTuple",
                    vec![("name", self.name(x.name.as_str()))],
                    r,
                )?,
                _ => return Err(unsupported(vm, "type parameter defaults")),
            });
        }
        Ok(vm.new_list(out))
    }

    /// Adds literal text to the constant being gathered: CPython merges adjacent literal
    /// pieces of an f-string (and of strings concatenated with it) into one Constant spanning
    /// from the first piece to the last. CPython: action_helpers.c _PyPegen_concatenate_strings.
    fn literal_piece(
        &self,
        pending: &mut Option<(String, TextSize, TextSize)>,
        text: &str,
        range: TextRange,
    ) {
        if text.is_empty() {
            return;
        }
        match pending {
            Some((t, _, end)) => {
                t.push_str(text);
                *end = range.end();
            }
            None => *pending = Some((text.to_string(), range.start(), range.end())),
        }
    }

    fn flush_piece(
        &self,
        values: &mut Vec<Value>,
        pending: &mut Option<(String, TextSize, TextSize)>,
    ) -> PyResult<()> {
        if let Some((text, start, end)) = pending.take() {
            let vm = self.vm;
            values.push(self.node(
                "Constant",
                vec![("value", vm.new_str(&text)), ("kind", vm.none.clone())],
                Some(TextRange::new(start, end)),
            )?);
        }
        Ok(())
    }

    fn fstring_elements(
        &self,
        elements: &[ruff_python_ast::InterpolatedStringElement],
        values: &mut Vec<Value>,
        pending: &mut Option<(String, TextSize, TextSize)>,
    ) -> PyResult<()> {
        use ruff_python_ast::InterpolatedStringElement as E;
        let vm = self.vm;
        for el in elements {
            match el {
                E::Literal(l) => self.literal_piece(pending, &l.value, l.range),
                E::Interpolation(i) => {
                    if i.debug_text.is_some() {
                        return Err(unsupported(vm, "f-string `=` specifiers"));
                    }
                    self.flush_piece(values, pending)?;
                    let spec = match i.format_spec.as_deref() {
                        None => vm.none.clone(),
                        Some(spec) => {
                            let mut sv = Vec::new();
                            let mut sp = None;
                            self.fstring_elements(&spec.elements, &mut sv, &mut sp)?;
                            self.flush_piece(&mut sv, &mut sp)?;
                            // The tokenizer ends a spec that ends with a replacement field with
                            // an empty middle, which CPython keeps as an empty Constant.
                            if matches!(spec.elements.last(), Some(E::Interpolation(_))) {
                                let end = spec.range.end();
                                sv.push(self.node(
                                    "Constant",
                                    vec![("value", vm.new_str("")), ("kind", vm.none.clone())],
                                    Some(TextRange::new(end, end)),
                                )?);
                            }
                            // CPython's spec starts at the colon.
                            let start = spec
                                .range
                                .start()
                                .checked_sub(TextSize::from(1))
                                .unwrap_or(spec.range.start());
                            self.node(
                                "JoinedStr",
                                vec![("values", vm.new_list(sv))],
                                Some(TextRange::new(start, spec.range.end())),
                            )?
                        }
                    };
                    values.push(self.node(
                        "FormattedValue",
                        vec![
                            ("value", self.expr(&i.expression)?),
                            ("conversion", vm.new_int(i64::from(i.conversion as i8))),
                            ("format_spec", spec),
                        ],
                        Some(i.range),
                    )?);
                }
            }
        }
        Ok(())
    }

    fn ctx(&self, c: ExprContext) -> PyResult<Value> {
        self.leaf(match c {
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
            _ => "Load",
        })
    }

    fn name(&self, s: &str) -> Value {
        self.vm.new_str(s)
    }

    fn stmt(&self, s: &Stmt) -> PyResult<Value> {
        let vm = self.vm;
        let none = || vm.none.clone();
        let r = Some(s.range());
        match s {
            Stmt::Expr(x) => self.node("Expr", vec![("value", self.expr(&x.value)?)], r),
            Stmt::Assign(x) => self.node(
                "Assign",
                vec![
                    ("targets", self.exprs(x.targets.iter())?),
                    ("value", self.expr(&x.value)?),
                    ("type_comment", none()),
                ],
                r,
            ),
            Stmt::AugAssign(x) => self.node(
                "AugAssign",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("op", self.leaf(&format!("{:?}", x.op))?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Stmt::Return(x) => self.node(
                "Return",
                vec![("value", self.opt_expr(x.value.as_deref())?)],
                r,
            ),
            Stmt::Pass(_) => self.node("Pass", vec![], r),
            Stmt::Break(_) => self.node("Break", vec![], r),
            Stmt::Continue(_) => self.node("Continue", vec![], r),
            Stmt::If(x) => {
                // CPython nests each `elif` as an If in the orelse of the one before, spanning
                // from its keyword to the end of the whole chain.
                let end = x
                    .elif_else_clauses
                    .last()
                    .map_or(x.range.end(), |c| c.range.end());
                let mut orelse = vm.new_list(vec![]);
                for c in x.elif_else_clauses.iter().rev() {
                    orelse = match &c.test {
                        None => self.stmts(&c.body)?,
                        Some(t) => vm.new_list(vec![self.node(
                            "If",
                            vec![
                                ("test", self.expr(t)?),
                                ("body", self.stmts(&c.body)?),
                                ("orelse", orelse),
                            ],
                            Some(TextRange::new(c.range.start(), end)),
                        )?]),
                    };
                }
                self.node(
                    "If",
                    vec![
                        ("test", self.expr(&x.test)?),
                        ("body", self.stmts(&x.body)?),
                        ("orelse", orelse),
                    ],
                    Some(TextRange::new(x.range.start(), end)),
                )
            }
            Stmt::FunctionDef(x) => {
                let kind = if x.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                self.node(
                    kind,
                    vec![
                        ("name", self.name(x.name.as_str())),
                        ("args", self.arguments(Some(&x.parameters))?),
                        ("body", self.stmts(&x.body)?),
                        ("decorator_list", self.decorators(&x.decorator_list)?),
                        ("returns", self.opt_expr(x.returns.as_deref())?),
                        ("type_comment", none()),
                        ("type_params", self.type_params(x.type_params.as_deref())?),
                    ],
                    Some(self.after_decorators(&x.decorator_list, x.range)),
                )
            }
            Stmt::ClassDef(x) => {
                let (bases, keywords) = match &x.arguments {
                    Some(a) => (self.exprs(a.args.iter())?, self.keywords(&a.keywords)?),
                    None => (vm.new_list(vec![]), vm.new_list(vec![])),
                };
                self.node(
                    "ClassDef",
                    vec![
                        ("name", self.name(x.name.as_str())),
                        ("bases", bases),
                        ("keywords", keywords),
                        ("body", self.stmts(&x.body)?),
                        ("decorator_list", self.decorators(&x.decorator_list)?),
                        ("type_params", self.type_params(x.type_params.as_deref())?),
                    ],
                    Some(self.after_decorators(&x.decorator_list, x.range)),
                )
            }
            Stmt::While(x) => self.node(
                "While",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                ],
                r,
            ),
            Stmt::For(x) => self.node(
                if x.is_async { "AsyncFor" } else { "For" },
                vec![
                    ("target", self.expr(&x.target)?),
                    ("iter", self.expr(&x.iter)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                    ("type_comment", none()),
                ],
                r,
            ),
            Stmt::Raise(x) => self.node(
                "Raise",
                vec![
                    ("exc", self.opt_expr(x.exc.as_deref())?),
                    ("cause", self.opt_expr(x.cause.as_deref())?),
                ],
                r,
            ),
            Stmt::Assert(x) => self.node(
                "Assert",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("msg", self.opt_expr(x.msg.as_deref())?),
                ],
                r,
            ),
            Stmt::Import(x) => self.node("Import", vec![("names", self.aliases(&x.names)?)], r),
            Stmt::ImportFrom(x) => self.node(
                "ImportFrom",
                vec![
                    (
                        "module",
                        x.module
                            .as_ref()
                            .map_or_else(none, |m| self.name(m.as_str())),
                    ),
                    ("names", self.aliases(&x.names)?),
                    ("level", vm.new_int(i64::from(x.level))),
                ],
                r,
            ),
            Stmt::Global(x) => {
                let names = x.names.iter().map(|n| self.name(n.as_str())).collect();
                self.node("Global", vec![("names", vm.new_list(names))], r)
            }
            Stmt::Nonlocal(x) => {
                let names = x.names.iter().map(|n| self.name(n.as_str())).collect();
                self.node("Nonlocal", vec![("names", vm.new_list(names))], r)
            }
            Stmt::Delete(x) => self.node(
                "Delete",
                vec![("targets", self.exprs(x.targets.iter())?)],
                r,
            ),
            Stmt::AnnAssign(x) => self.node(
                "AnnAssign",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("annotation", self.expr(&x.annotation)?),
                    ("value", self.opt_expr(x.value.as_deref())?),
                    ("simple", vm.new_int(i64::from(x.simple))),
                ],
                r,
            ),
            Stmt::Try(x) => {
                let mut handlers = Vec::new();
                for h in x.handlers.iter() {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(self.node(
                        "ExceptHandler",
                        vec![
                            ("type", self.opt_expr(h.type_.as_deref())?),
                            (
                                "name",
                                h.name.as_ref().map_or_else(none, |n| self.name(n.as_str())),
                            ),
                            ("body", self.stmts(&h.body)?),
                        ],
                        Some(h.range),
                    )?);
                }
                self.node(
                    if x.is_star { "TryStar" } else { "Try" },
                    vec![
                        ("body", self.stmts(&x.body)?),
                        ("handlers", vm.new_list(handlers)),
                        ("orelse", self.stmts(&x.orelse)?),
                        ("finalbody", self.stmts(&x.finalbody)?),
                    ],
                    r,
                )
            }
            Stmt::With(x) => {
                let mut items = Vec::new();
                for it in x.items.iter() {
                    items.push(self.node(
                        "withitem",
                        vec![
                            ("context_expr", self.expr(&it.context_expr)?),
                            ("optional_vars", self.opt_expr(it.optional_vars.as_deref())?),
                        ],
                        None,
                    )?);
                }
                self.node(
                    if x.is_async { "AsyncWith" } else { "With" },
                    vec![
                        ("items", vm.new_list(items)),
                        ("body", self.stmts(&x.body)?),
                        ("type_comment", none()),
                    ],
                    r,
                )
            }
            Stmt::Match(x) => {
                let mut cases = Vec::new();
                for c in x.cases.iter() {
                    cases.push(self.node(
                        "match_case",
                        vec![
                            ("pattern", self.pattern(&c.pattern)?),
                            ("guard", self.opt_expr(c.guard.as_deref())?),
                            ("body", self.stmts(&c.body)?),
                        ],
                        None,
                    )?);
                }
                self.node(
                    "Match",
                    vec![
                        ("subject", self.expr(&x.subject)?),
                        ("cases", vm.new_list(cases)),
                    ],
                    r,
                )
            }
            Stmt::TypeAlias(x) => self.node(
                "TypeAlias",
                vec![
                    ("name", self.expr(&x.name)?),
                    ("type_params", self.type_params(x.type_params.as_deref())?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            _ => Err(unsupported(vm, "this statement")),
        }
    }

    fn expr(&self, e: &Expr) -> PyResult<Value> {
        let vm = self.vm;
        let r = Some(e.range());
        let constant =
            |v: Value, kind: Value| self.node("Constant", vec![("value", v), ("kind", kind)], r);
        match e {
            Expr::Name(x) => self.node(
                "Name",
                vec![("id", self.name(x.id.as_str())), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::NumberLiteral(x) => {
                let v = match &x.value {
                    Number::Int(i) => match i.as_i64() {
                        Some(n) => vm.new_int(n),
                        None => {
                            // A literal beyond i64: `int(text, 0)` of its source text.
                            let start = x.range.start().to_usize();
                            let end = x.range.end().to_usize();
                            let text = self.source.get(start..end).unwrap_or("0");
                            let int = vm.types.int.to_value();
                            vm.call(&int, &[vm.new_str(text), vm.new_int(0)], &[])?
                        }
                    },
                    Number::Float(f) => vm.new_float(*f),
                    Number::Complex { real, imag } => crate::ops::new_complex(vm, *real, *imag),
                };
                constant(v, vm.none.clone())
            }
            Expr::StringLiteral(x) => {
                let kind = if x.value.is_unicode() {
                    vm.new_str("u")
                } else {
                    vm.none.clone()
                };
                constant(vm.new_str(x.value.to_str()), kind)
            }
            Expr::BytesLiteral(x) => {
                let bytes: Vec<u8> = x.value.bytes().collect();
                constant(crate::ops::new_bytes(vm, bytes), vm.none.clone())
            }
            Expr::BooleanLiteral(x) => constant(vm.new_bool(x.value), vm.none.clone()),
            Expr::NoneLiteral(_) => constant(vm.none.clone(), vm.none.clone()),
            Expr::EllipsisLiteral(_) => constant(vm.ellipsis.clone(), vm.none.clone()),
            Expr::BinOp(x) => self.node(
                "BinOp",
                vec![
                    ("left", self.expr(&x.left)?),
                    ("op", self.leaf(&format!("{:?}", x.op))?),
                    ("right", self.expr(&x.right)?),
                ],
                r,
            ),
            Expr::UnaryOp(x) => self.node(
                "UnaryOp",
                vec![
                    ("op", self.leaf(&format!("{:?}", x.op))?),
                    ("operand", self.expr(&x.operand)?),
                ],
                r,
            ),
            Expr::BoolOp(x) => self.node(
                "BoolOp",
                vec![
                    ("op", self.leaf(&format!("{:?}", x.op))?),
                    ("values", self.exprs(x.values.iter())?),
                ],
                r,
            ),
            Expr::Compare(x) => {
                let mut ops = Vec::new();
                for op in x.ops.iter() {
                    ops.push(self.leaf(&format!("{op:?}"))?);
                }
                self.node(
                    "Compare",
                    vec![
                        ("left", self.expr(&x.left)?),
                        ("ops", vm.new_list(ops)),
                        ("comparators", self.exprs(x.comparators.iter())?),
                    ],
                    r,
                )
            }
            Expr::Call(x) => self.node(
                "Call",
                vec![
                    ("func", self.expr(&x.func)?),
                    ("args", self.exprs(x.arguments.args.iter())?),
                    ("keywords", self.keywords(&x.arguments.keywords)?),
                ],
                r,
            ),
            Expr::Attribute(x) => self.node(
                "Attribute",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("attr", self.name(x.attr.as_str())),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::Subscript(x) => self.node(
                "Subscript",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("slice", self.expr(&x.slice)?),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::Slice(x) => self.node(
                "Slice",
                vec![
                    ("lower", self.opt_expr(x.lower.as_deref())?),
                    ("upper", self.opt_expr(x.upper.as_deref())?),
                    ("step", self.opt_expr(x.step.as_deref())?),
                ],
                r,
            ),
            Expr::Starred(x) => self.node(
                "Starred",
                vec![("value", self.expr(&x.value)?), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::Tuple(x) => self.node(
                "Tuple",
                vec![
                    ("elts", self.exprs(x.elts.iter())?),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::List(x) => self.node(
                "List",
                vec![
                    ("elts", self.exprs(x.elts.iter())?),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::Set(x) => self.node("Set", vec![("elts", self.exprs(x.elts.iter())?)], r),
            Expr::Dict(x) => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for item in x.items.iter() {
                    keys.push(self.opt_expr(item.key.as_ref())?);
                    values.push(self.expr(&item.value)?);
                }
                self.node(
                    "Dict",
                    vec![("keys", vm.new_list(keys)), ("values", vm.new_list(values))],
                    r,
                )
            }
            Expr::Lambda(x) => self.node(
                "Lambda",
                vec![
                    ("args", self.arguments(x.parameters.as_deref())?),
                    ("body", self.expr(&x.body)?),
                ],
                r,
            ),
            Expr::If(x) => self.node(
                "IfExp",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.expr(&x.body)?),
                    ("orelse", self.expr(&x.orelse)?),
                ],
                r,
            ),
            Expr::Named(x) => self.node(
                "NamedExpr",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Expr::Await(x) => self.node("Await", vec![("value", self.expr(&x.value)?)], r),
            Expr::Yield(x) => self.node(
                "Yield",
                vec![("value", self.opt_expr(x.value.as_deref())?)],
                r,
            ),
            Expr::YieldFrom(x) => self.node("YieldFrom", vec![("value", self.expr(&x.value)?)], r),
            Expr::ListComp(x) => self.node(
                "ListComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::SetComp(x) => self.node(
                "SetComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::Generator(x) => {
                // The sole argument of a call, `f(x for x in y)`: CPython's node spans the
                // call's parentheses.
                let range = if x.parenthesized {
                    x.range
                } else {
                    self.call_parens(x.range)
                };
                self.node(
                    "GeneratorExp",
                    vec![
                        ("elt", self.expr(&x.elt)?),
                        ("generators", self.comprehensions(&x.generators)?),
                    ],
                    Some(range),
                )
            }
            Expr::DictComp(x) => {
                let Some(key) = x.key.as_deref() else {
                    return Err(unsupported(vm, "this expression"));
                };
                self.node(
                    "DictComp",
                    vec![
                        ("key", self.expr(key)?),
                        ("value", self.expr(&x.value)?),
                        ("generators", self.comprehensions(&x.generators)?),
                    ],
                    r,
                )
            }
            Expr::FString(x) => {
                let mut values = Vec::new();
                let mut pending = None;
                for part in x.value.iter() {
                    match part {
                        ruff_python_ast::FStringPart::Literal(s) => {
                            self.literal_piece(&mut pending, &s.value, s.range);
                        }
                        ruff_python_ast::FStringPart::FString(f) => {
                            self.fstring_elements(&f.elements, &mut values, &mut pending)?;
                        }
                    }
                }
                self.flush_piece(&mut values, &mut pending)?;
                self.node("JoinedStr", vec![("values", vm.new_list(values))], r)
            }
            _ => Err(unsupported(vm, "this expression")),
        }
    }
}
