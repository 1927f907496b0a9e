//! The control-flow graph: built from an instruction sequence, optimised as CPython 3.12 does
//! (jump threading, dead-block removal, constant folding of tuples, `LOAD_FAST_CHECK`,
//! line-number propagation), then lowered (pseudo-instructions, jump directions).
//! CPython counterpart: Python/flowgraph.c.
