//! Control flow. CPython counterpart: `compiler_if`, `compiler_for`, `compiler_try*`,
//! `compiler_with`, `compiler_unwind_fblock*`, `compiler_jump_if` in Python/compile.c.
