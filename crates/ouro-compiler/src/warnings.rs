//! Warnings the compiler reports while it generates code (CPython's `compiler_warn`, which
//! calls `PyErr_WarnExplicitObject` at once). The compiler knows nothing about the VM, so it
//! queues them here, on the compiling thread; whoever runs the compiled code takes them with
//! `take` and hands them to the warnings machinery, in the order they were found.

use std::cell::RefCell;

/// The category of a compile-time warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCategory {
    SyntaxWarning,
    /// Issued where the compiler was called from, not at a place in the source (CPython:
    /// `PyErr_WarnEx` from an operation the optimizer folds, such as `~True`).
    DeprecationWarning,
}

/// One warning found while compiling `filename`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: WarningCategory,
    pub message: String,
    pub filename: String,
    pub lineno: i32,
    /// Where the warning points: a SyntaxError there replaces it when the warnings filters
    /// turn it into an error (CPython: `compiler_warn`).
    pub location: crate::instruction_sequence::Location,
}

thread_local! {
    static PENDING: RefCell<Vec<CompileWarning>> = const { RefCell::new(Vec::new()) };
}

/// Queues a warning.
pub fn push(w: CompileWarning) {
    PENDING.with(|p| p.borrow_mut().push(w));
}

/// Takes every queued warning, oldest first.
pub fn take() -> Vec<CompileWarning> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}
