//! The `match` statement. CPython counterpart: `compiler_match` and `compiler_pattern*` in
//! Python/compile.c.
