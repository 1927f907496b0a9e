//! AST-level constant folding before code generation (`1 + 2` → `3`, `"a" * 3`, `-1`,
//! tuple constants, `__debug__`), with CPython's size limits.
//! CPython counterpart: Python/ast_opt.c.
