//! Expressions. CPython counterpart: `compiler_visit_expr` and its helpers in Python/compile.c.
