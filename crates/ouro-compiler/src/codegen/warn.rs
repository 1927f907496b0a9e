//! The checks by which code generation warns about literals used in a way that must fail at
//! run time (`5()`, `[1][2, 3]`, `x is 1`...). CPython: compile.c `check_caller`,
//! `check_subscripter`, `check_index`, `check_compare` and `infer_type`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Compiler;
use crate::warnings::{CompileWarning, WarningCategory};
use ouro_bytecode::Constant;

/// The `tp_name` of a constant's type.
fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Ellipsis => "ellipsis",
        Constant::Bool(_) => "bool",
        Constant::Int(_) | Constant::BigInt(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Str(_) | Constant::SurrogateStr(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
        Constant::Code(_) => "code",
    }
}

/// What a checked expression is: a constant (after folding), a display or comprehension of
/// a known type, or anything else.
enum Kind {
    Const(Constant),
    /// A non-constant expression whose type is known from its form (CPython: `infer_type`).
    Known(ExprKind),
    Other,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ExprKind {
    Tuple,
    List,
    ListComp,
    Dict,
    DictComp,
    Set,
    SetComp,
    GeneratorExp,
    Lambda,
    JoinedStr,
}

impl ExprKind {
    fn type_name(self) -> &'static str {
        match self {
            ExprKind::Tuple => "tuple",
            ExprKind::List | ExprKind::ListComp => "list",
            ExprKind::Dict | ExprKind::DictComp => "dict",
            ExprKind::Set | ExprKind::SetComp => "set",
            ExprKind::GeneratorExp => "generator",
            ExprKind::Lambda => "function",
            ExprKind::JoinedStr => "str",
        }
    }
}

impl Kind {
    fn type_name(&self) -> Option<&'static str> {
        match self {
            Kind::Const(c) => Some(constant_type(c)),
            Kind::Known(k) => Some(k.type_name()),
            Kind::Other => None,
        }
    }
}

impl Compiler<'_> {
    fn kind_of(&self, e: &Expr) -> Kind {
        if let Some(c) = self.expr_constant(e) {
            return Kind::Const(c);
        }
        Kind::Known(match e {
            Expr::Tuple(_) => ExprKind::Tuple,
            Expr::List(_) => ExprKind::List,
            Expr::ListComp(_) => ExprKind::ListComp,
            Expr::Dict(_) => ExprKind::Dict,
            Expr::DictComp(_) => ExprKind::DictComp,
            Expr::Set(_) => ExprKind::Set,
            Expr::SetComp(_) => ExprKind::SetComp,
            Expr::Generator(_) => ExprKind::GeneratorExp,
            Expr::Lambda(_) => ExprKind::Lambda,
            Expr::FString(_) => ExprKind::JoinedStr,
            _ => return Kind::Other,
        })
    }

    /// Queues a SyntaxWarning located at `e` (CPython: `compiler_warn`).
    fn warn_at(&self, e: &impl Ranged, message: String) {
        let location = self.loc(e.range());
        crate::warnings::push(CompileWarning {
            category: WarningCategory::SyntaxWarning,
            message,
            filename: self.filename.to_string(),
            lineno: location.lineno,
            location,
        });
    }

    /// CPython: `check_caller`.
    pub(crate) fn check_caller(&self, func: &Expr) {
        let kind = self.kind_of(func);
        let callable_form = match &kind {
            Kind::Const(_) => true,
            Kind::Known(k) => *k != ExprKind::Lambda,
            Kind::Other => false,
        };
        if let (true, Some(name)) = (callable_form, kind.type_name()) {
            self.warn_at(
                func,
                format!("'{name}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// CPython: `check_subscripter` and `check_index`, for a subscript that loads.
    pub(crate) fn check_subscript(&self, s: &ast::ExprSubscript) {
        let value = self.kind_of(&s.value);
        let not_subscriptable = match &value {
            Kind::Const(c) => matches!(
                c,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Bool(_)
                    | Constant::Int(_)
                    | Constant::BigInt(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
                    | Constant::FrozenSet(_)
            ),
            Kind::Known(k) => matches!(
                k,
                ExprKind::Set | ExprKind::SetComp | ExprKind::GeneratorExp | ExprKind::Lambda
            ),
            Kind::Other => false,
        };
        if not_subscriptable {
            if let Some(name) = value.type_name() {
                self.warn_at(
                    &*s.value,
                    format!("'{name}' object is not subscriptable; perhaps you missed a comma?"),
                );
            }
            return;
        }
        let index = self.kind_of(&s.slice);
        let Some(index_name) = index.type_name() else {
            return;
        };
        if matches!(
            index,
            Kind::Const(Constant::Bool(_) | Constant::Int(_) | Constant::BigInt(_))
        ) {
            return;
        }
        let sequence = match &value {
            Kind::Const(c) => matches!(
                c,
                Constant::Str(_)
                    | Constant::SurrogateStr(_)
                    | Constant::Bytes(_)
                    | Constant::Tuple(_)
            ),
            Kind::Known(k) => matches!(
                k,
                ExprKind::Tuple | ExprKind::List | ExprKind::ListComp | ExprKind::JoinedStr
            ),
            Kind::Other => false,
        };
        if let (true, Some(name)) = (sequence, value.type_name()) {
            self.warn_at(
                &*s.value,
                format!(
                    "{name} indices must be integers or slices, not {index_name}; \
                     perhaps you missed a comma?"
                ),
            );
        }
    }

    /// CPython: `check_compare` (an `is` or `is not` with a literal other than None, True,
    /// False or Ellipsis).
    pub(crate) fn check_compare(&self, c: &ast::ExprCompare) {
        self.check_compare_ops(c, &c.ops);
    }

    /// `check_compare` of the comparison the AST optimizer made of `not a OP b` (the opposite
    /// operator, CPython: `fold_unaryop`).
    pub(crate) fn check_negated_compare(&self, c: &ast::ExprCompare, op: ast::CmpOp) {
        self.check_compare_ops(c, &[op]);
    }

    fn check_compare_ops(&self, c: &ast::ExprCompare, ops: &[ast::CmpOp]) {
        let is_arg_ok = |k: &Kind| match k {
            Kind::Const(c) => matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis),
            _ => true,
        };
        let mut left = self.kind_of(&c.left);
        let mut left_ok = is_arg_ok(&left);
        for (op, right_expr) in ops.iter().zip(c.comparators.iter()) {
            let right = self.kind_of(right_expr);
            let right_ok = is_arg_ok(&right);
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && (!left_ok || !right_ok) {
                let literal = if !left_ok { &left } else { &right };
                let name = literal.type_name().unwrap_or("object");
                let msg = if *op == ast::CmpOp::Is {
                    format!("\"is\" with '{name}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{name}' literal. Did you mean \"!=\"?")
                };
                self.warn_at(c, msg);
                return;
            }
            left = right;
            left_ok = right_ok;
        }
    }
}
