//! The opcode table: the one hand-written list of CPython 3.12's instructions and the
//! compiler's pseudo-instructions, with number, cache entries, stack effect and flags.
//! Everything else (disassembler, stack-depth computation, marshal, the eval loop's dispatch)
//! is derived from this table or checked against it.
//! CPython counterparts: Lib/opcode.py, Include/internal/pycore_opcode_metadata.h.

/// The argument is a jump target (a relative jump distance, or a label before assembly): the
/// jumps, and the `SETUP_*` pseudo-instructions with `BLOCK_PUSH` (see `Opcode::is_jump` and
/// `Opcode::has_target`).
pub const JUMP: u8 = 1;
/// The argument indexes `co_consts`.
pub const HAS_CONST: u8 = 2;
/// The argument indexes `co_names`.
pub const HAS_NAME: u8 = 4;
/// The argument indexes the fast locals.
pub const HAS_LOCAL: u8 = 8;
/// The argument indexes the cell/free part of the locals.
pub const HAS_FREE: u8 = 16;
/// The instruction ends a basic block and never falls through
/// (unconditional jump, return, raise, reraise).
pub const NO_FALLTHROUGH: u8 = 32;
/// A compiler-only instruction, lowered before assembly.
pub const PSEUDO: u8 = 64;
/// The instruction (or pseudo-instruction) sets up an exception handler block.
pub const BLOCK_PUSH: u8 = 128;

/// Instructions with a number at or above this take an argument.
pub const HAVE_ARGUMENT: u16 = 90;
/// The first pseudo-instruction number.
pub const MIN_PSEUDO_OPCODE: u16 = 256;

macro_rules! opcodes {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $num:literal, caches $caches:literal,
        |$arg:ident| pops $pops:expr, pushes $pushes:expr $(, jump $jump:expr)?;
        flags $flags:expr;
    )*) => {
        /// Every instruction of CPython 3.12 that the compiler can emit, and its pseudo-instructions.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        #[allow(non_camel_case_types)]
        pub enum Opcode {
            $( $(#[$doc])* $variant = $num, )*
        }

        /// Each instruction's number as the byte `co_code` holds, for matching raw code units
        /// (the evaluation loop dispatches on these). Pseudo-instructions (numbers from
        /// `MIN_PSEUDO_OPCODE` up) never appear in `co_code`: their constants here are
        /// meaningless and must not be matched.
        #[allow(non_upper_case_globals, clippy::cast_possible_truncation)]
        pub mod code_byte {
            $( pub const $variant: u8 = super::Opcode::$variant as u16 as u8; )*
        }

        impl Opcode {
            /// All opcodes, in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant),*];

            /// The opcode with this number, if there is one.
            pub fn from_u16(n: u16) -> Option<Opcode> {
                match n {
                    $( $num => Some(Opcode::$variant), )*
                    _ => None,
                }
            }

            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$variant => stringify!($variant), )* }
            }

            /// The number of inline `CACHE` code units after the instruction.
            pub const fn cache_entries(self) -> u32 {
                match self { $( Opcode::$variant => $caches, )* }
            }

            /// Flags: `JUMP`, `HAS_CONST`, ... .
            pub fn flags(self) -> u8 {
                match self { $( Opcode::$variant => $flags, )* }
            }

            /// How many stack items the instruction pops, given its argument.
            #[allow(unused_variables, clippy::identity_op)]
            pub fn num_popped(self, oparg: u32) -> i32 {
                match self { $( Opcode::$variant => { let $arg = oparg as i32; $pops } )* }
            }

            /// How many stack items the instruction pushes, given its argument.
            #[allow(unused_variables, clippy::identity_op)]
            pub fn num_pushed(self, oparg: u32) -> i32 {
                match self { $( Opcode::$variant => { let $arg = oparg as i32; $pushes } )* }
            }

            /// Net stack effect; `jump` selects the effect when the jump is taken
            /// (CPython: `PyCompile_OpcodeStackEffectWithJump`).
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                match self {
                    $( $( Opcode::$variant if jump => { let $arg = oparg as i32; $jump } )? )*
                    _ => self.num_pushed(oparg) - self.num_popped(oparg),
                }
            }
        }
    };
}

const J: u8 = JUMP;
const C: u8 = HAS_CONST;
const N: u8 = HAS_NAME;
const L: u8 = HAS_LOCAL;
const F: u8 = HAS_FREE;
const NF: u8 = NO_FALLTHROUGH;
const P: u8 = PSEUDO;
const B: u8 = BLOCK_PUSH;

opcodes! {
    CACHE = 0, caches 0, |o| pops 0, pushes 0; flags 0;
    POP_TOP = 1, caches 0, |o| pops 1, pushes 0; flags 0;
    PUSH_NULL = 2, caches 0, |o| pops 0, pushes 1; flags 0;
    INTERPRETER_EXIT = 3, caches 0, |o| pops 1, pushes 0; flags NF;
    END_FOR = 4, caches 0, |o| pops 2, pushes 0; flags 0;
    END_SEND = 5, caches 0, |o| pops 2, pushes 1; flags 0;
    NOP = 9, caches 0, |o| pops 0, pushes 0; flags 0;
    UNARY_NEGATIVE = 11, caches 0, |o| pops 1, pushes 1; flags 0;
    UNARY_NOT = 12, caches 0, |o| pops 1, pushes 1; flags 0;
    UNARY_INVERT = 15, caches 0, |o| pops 1, pushes 1; flags 0;
    RESERVED = 17, caches 0, |o| pops 0, pushes 0; flags 0;
    BINARY_SUBSCR = 25, caches 1, |o| pops 2, pushes 1; flags 0;
    BINARY_SLICE = 26, caches 0, |o| pops 3, pushes 1; flags 0;
    STORE_SLICE = 27, caches 0, |o| pops 4, pushes 0; flags 0;
    GET_LEN = 30, caches 0, |o| pops 1, pushes 2; flags 0;
    MATCH_MAPPING = 31, caches 0, |o| pops 1, pushes 2; flags 0;
    MATCH_SEQUENCE = 32, caches 0, |o| pops 1, pushes 2; flags 0;
    MATCH_KEYS = 33, caches 0, |o| pops 2, pushes 3; flags 0;
    PUSH_EXC_INFO = 35, caches 0, |o| pops 1, pushes 2; flags 0;
    CHECK_EXC_MATCH = 36, caches 0, |o| pops 2, pushes 2; flags 0;
    CHECK_EG_MATCH = 37, caches 0, |o| pops 2, pushes 2; flags 0;
    WITH_EXCEPT_START = 49, caches 0, |o| pops 4, pushes 5; flags 0;
    GET_AITER = 50, caches 0, |o| pops 1, pushes 1; flags 0;
    GET_ANEXT = 51, caches 0, |o| pops 1, pushes 2; flags 0;
    BEFORE_ASYNC_WITH = 52, caches 0, |o| pops 1, pushes 2; flags 0;
    BEFORE_WITH = 53, caches 0, |o| pops 1, pushes 2; flags 0;
    END_ASYNC_FOR = 54, caches 0, |o| pops 2, pushes 0; flags 0;
    CLEANUP_THROW = 55, caches 0, |o| pops 3, pushes 2; flags 0;
    STORE_SUBSCR = 60, caches 1, |o| pops 3, pushes 0; flags 0;
    DELETE_SUBSCR = 61, caches 0, |o| pops 2, pushes 0; flags 0;
    GET_ITER = 68, caches 0, |o| pops 1, pushes 1; flags 0;
    GET_YIELD_FROM_ITER = 69, caches 0, |o| pops 1, pushes 1; flags 0;
    LOAD_BUILD_CLASS = 71, caches 0, |o| pops 0, pushes 1; flags 0;
    LOAD_ASSERTION_ERROR = 74, caches 0, |o| pops 0, pushes 1; flags 0;
    RETURN_GENERATOR = 75, caches 0, |o| pops 0, pushes 0; flags 0;
    RETURN_VALUE = 83, caches 0, |o| pops 1, pushes 0; flags NF;
    SETUP_ANNOTATIONS = 85, caches 0, |o| pops 0, pushes 0; flags 0;
    LOAD_LOCALS = 87, caches 0, |o| pops 0, pushes 1; flags 0;
    POP_EXCEPT = 89, caches 0, |o| pops 1, pushes 0; flags 0;
    STORE_NAME = 90, caches 0, |o| pops 1, pushes 0; flags N;
    DELETE_NAME = 91, caches 0, |o| pops 0, pushes 0; flags N;
    UNPACK_SEQUENCE = 92, caches 1, |o| pops 1, pushes o; flags 0;
    FOR_ITER = 93, caches 1, |o| pops 1, pushes 2, jump 1; flags J;
    UNPACK_EX = 94, caches 0, |o| pops 1, pushes (o & 0xFF) + (o >> 8) + 1; flags 0;
    STORE_ATTR = 95, caches 4, |o| pops 2, pushes 0; flags N;
    DELETE_ATTR = 96, caches 0, |o| pops 1, pushes 0; flags N;
    STORE_GLOBAL = 97, caches 0, |o| pops 1, pushes 0; flags N;
    DELETE_GLOBAL = 98, caches 0, |o| pops 0, pushes 0; flags N;
    SWAP = 99, caches 0, |o| pops o, pushes o; flags 0;
    LOAD_CONST = 100, caches 0, |o| pops 0, pushes 1; flags C;
    LOAD_NAME = 101, caches 0, |o| pops 0, pushes 1; flags N;
    BUILD_TUPLE = 102, caches 0, |o| pops o, pushes 1; flags 0;
    BUILD_LIST = 103, caches 0, |o| pops o, pushes 1; flags 0;
    BUILD_SET = 104, caches 0, |o| pops o, pushes 1; flags 0;
    BUILD_MAP = 105, caches 0, |o| pops o * 2, pushes 1; flags 0;
    LOAD_ATTR = 106, caches 9, |o| pops 1, pushes (o & 1) + 1; flags N;
    COMPARE_OP = 107, caches 1, |o| pops 2, pushes 1; flags 0;
    IMPORT_NAME = 108, caches 0, |o| pops 2, pushes 1; flags N;
    IMPORT_FROM = 109, caches 0, |o| pops 1, pushes 2; flags N;
    JUMP_FORWARD = 110, caches 0, |o| pops 0, pushes 0; flags J | NF;
    POP_JUMP_IF_FALSE = 114, caches 0, |o| pops 1, pushes 0; flags J;
    POP_JUMP_IF_TRUE = 115, caches 0, |o| pops 1, pushes 0; flags J;
    LOAD_GLOBAL = 116, caches 4, |o| pops 0, pushes (o & 1) + 1; flags N;
    IS_OP = 117, caches 0, |o| pops 2, pushes 1; flags 0;
    CONTAINS_OP = 118, caches 0, |o| pops 2, pushes 1; flags 0;
    RERAISE = 119, caches 0, |o| pops o + 1, pushes o; flags NF;
    COPY = 120, caches 0, |o| pops o, pushes o + 1; flags 0;
    RETURN_CONST = 121, caches 0, |o| pops 0, pushes 0; flags C | NF;
    BINARY_OP = 122, caches 1, |o| pops 2, pushes 1; flags 0;
    SEND = 123, caches 1, |o| pops 2, pushes 2; flags J;
    LOAD_FAST = 124, caches 0, |o| pops 0, pushes 1; flags L;
    STORE_FAST = 125, caches 0, |o| pops 1, pushes 0; flags L;
    DELETE_FAST = 126, caches 0, |o| pops 0, pushes 0; flags L;
    LOAD_FAST_CHECK = 127, caches 0, |o| pops 0, pushes 1; flags L;
    POP_JUMP_IF_NOT_NONE = 128, caches 0, |o| pops 1, pushes 0; flags J;
    POP_JUMP_IF_NONE = 129, caches 0, |o| pops 1, pushes 0; flags J;
    RAISE_VARARGS = 130, caches 0, |o| pops o, pushes 0; flags NF;
    GET_AWAITABLE = 131, caches 0, |o| pops 1, pushes 1; flags 0;
    MAKE_FUNCTION = 132, caches 0, |o| pops (o & 1) + ((o >> 1) & 1) + ((o >> 2) & 1) + ((o >> 3) & 1) + 1, pushes 1; flags 0;
    BUILD_SLICE = 133, caches 0, |o| pops if o == 3 { 3 } else { 2 }, pushes 1; flags 0;
    JUMP_BACKWARD_NO_INTERRUPT = 134, caches 0, |o| pops 0, pushes 0; flags J | NF;
    MAKE_CELL = 135, caches 0, |o| pops 0, pushes 0; flags F;
    LOAD_CLOSURE = 136, caches 0, |o| pops 0, pushes 1; flags F;
    LOAD_DEREF = 137, caches 0, |o| pops 0, pushes 1; flags F;
    STORE_DEREF = 138, caches 0, |o| pops 1, pushes 0; flags F;
    DELETE_DEREF = 139, caches 0, |o| pops 0, pushes 0; flags F;
    JUMP_BACKWARD = 140, caches 0, |o| pops 0, pushes 0; flags J | NF;
    LOAD_SUPER_ATTR = 141, caches 1, |o| pops 3, pushes (o & 1) + 1; flags N;
    CALL_FUNCTION_EX = 142, caches 0, |o| pops (o & 1) + 3, pushes 1; flags 0;
    LOAD_FAST_AND_CLEAR = 143, caches 0, |o| pops 0, pushes 1; flags L;
    EXTENDED_ARG = 144, caches 0, |o| pops 0, pushes 0; flags 0;
    LIST_APPEND = 145, caches 0, |o| pops o + 1, pushes o; flags 0;
    SET_ADD = 146, caches 0, |o| pops o + 1, pushes o; flags 0;
    MAP_ADD = 147, caches 0, |o| pops o + 2, pushes o; flags 0;
    COPY_FREE_VARS = 149, caches 0, |o| pops 0, pushes 0; flags 0;
    YIELD_VALUE = 150, caches 0, |o| pops 1, pushes 1; flags 0;
    RESUME = 151, caches 0, |o| pops 0, pushes 0; flags 0;
    MATCH_CLASS = 152, caches 0, |o| pops 3, pushes 1; flags 0;
    FORMAT_VALUE = 155, caches 0, |o| pops if (o & 4) == 4 { 2 } else { 1 }, pushes 1; flags 0;
    BUILD_CONST_KEY_MAP = 156, caches 0, |o| pops o + 1, pushes 1; flags 0;
    BUILD_STRING = 157, caches 0, |o| pops o, pushes 1; flags 0;
    LIST_EXTEND = 162, caches 0, |o| pops o + 1, pushes o; flags 0;
    SET_UPDATE = 163, caches 0, |o| pops o + 1, pushes o; flags 0;
    DICT_MERGE = 164, caches 0, |o| pops o + 1, pushes o; flags 0;
    DICT_UPDATE = 165, caches 0, |o| pops o + 1, pushes o; flags 0;
    CALL = 171, caches 3, |o| pops o + 2, pushes 1; flags 0;
    KW_NAMES = 172, caches 0, |o| pops 0, pushes 0; flags C;
    CALL_INTRINSIC_1 = 173, caches 0, |o| pops 1, pushes 1; flags 0;
    CALL_INTRINSIC_2 = 174, caches 0, |o| pops 2, pushes 1; flags 0;
    LOAD_FROM_DICT_OR_GLOBALS = 175, caches 0, |o| pops 1, pushes 1; flags N;
    LOAD_FROM_DICT_OR_DEREF = 176, caches 0, |o| pops 1, pushes 1; flags F;
    // Pseudo-instructions: the compiler's working forms, lowered before assembly.
    /// Push an exception handler (`try:`); the handler is entered with the exception pushed.
    SETUP_FINALLY = 256, caches 0, |o| pops 0, pushes 0, jump 1; flags P | J | B;
    /// Push a cleanup handler; entered with `lasti` and the exception pushed.
    SETUP_CLEANUP = 257, caches 0, |o| pops 0, pushes 0, jump 2; flags P | J | B;
    /// Push the handler of a `with` block.
    SETUP_WITH = 258, caches 0, |o| pops 0, pushes 0, jump 1; flags P | J | B;
    /// Pop the innermost handler.
    POP_BLOCK = 259, caches 0, |o| pops 0, pushes 0; flags P;
    /// Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD.
    JUMP = 260, caches 0, |o| pops 0, pushes 0; flags P | J | NF;
    /// Unconditional jump with no interrupt check; becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT.
    JUMP_NO_INTERRUPT = 261, caches 0, |o| pops 0, pushes 0; flags P | J | NF;
    /// Becomes LOAD_ATTR with the low bit of its argument set.
    LOAD_METHOD = 262, caches 0, |o| pops 1, pushes 2; flags P | N;
    /// Becomes LOAD_SUPER_ATTR with the method bit set.
    LOAD_SUPER_METHOD = 263, caches 0, |o| pops 3, pushes 2; flags P | N;
    /// Becomes LOAD_SUPER_ATTR for zero-argument `super()`, method form.
    LOAD_ZERO_SUPER_METHOD = 264, caches 0, |o| pops 3, pushes 2; flags P | N;
    /// Becomes LOAD_SUPER_ATTR for zero-argument `super()`.
    LOAD_ZERO_SUPER_ATTR = 265, caches 0, |o| pops 3, pushes 2; flags P | N;
    /// Becomes STORE_FAST; the value may be NULL (comprehension cleanup).
    STORE_FAST_MAYBE_NULL = 266, caches 0, |o| pops 1, pushes 0; flags P | L;
}

impl Opcode {
    /// True for opcodes that take an argument in the encoded bytecode.
    pub fn has_arg(self) -> bool {
        (self as u16) >= HAVE_ARGUMENT
    }
    pub fn is_pseudo(self) -> bool {
        self.flags() & PSEUDO != 0
    }
    /// Jumps proper, whose argument is a jump target: not the `SETUP_*` pseudo-instructions,
    /// which have a target without jumping (CPython: `IS_JUMP_OPCODE`).
    pub fn is_jump(self) -> bool {
        self.flags() & JUMP != 0 && self.flags() & BLOCK_PUSH == 0
    }
    /// Instructions whose argument is a jump target: the jumps and the `SETUP_*`
    /// pseudo-instructions (CPython: `HAS_TARGET`).
    pub fn has_target(self) -> bool {
        self.flags() & JUMP != 0
    }
    /// Unconditional jumps: JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD(_NO_INTERRUPT).
    pub fn is_unconditional_jump(self) -> bool {
        self.is_jump() && self.flags() & NO_FALLTHROUGH != 0
    }
    /// Ends a basic block with no fall-through: unconditional jumps, returns, raises.
    pub fn is_scope_exit_or_jump(self) -> bool {
        self.flags() & NO_FALLTHROUGH != 0
    }
    /// RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE (CPython: IS_SCOPE_EXIT_OPCODE).
    pub fn is_scope_exit(self) -> bool {
        matches!(
            self,
            Opcode::RETURN_VALUE | Opcode::RETURN_CONST | Opcode::RAISE_VARARGS | Opcode::RERAISE
        )
    }
    pub fn is_block_push(self) -> bool {
        self.flags() & BLOCK_PUSH != 0
    }
    pub fn is_backward_jump(self) -> bool {
        matches!(
            self,
            Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT
        )
    }
}

/// `BINARY_OP` arguments (CPython: NB_* in Include/internal/pycore_opcode_utils.h), with the
/// symbol `dis` shows.
pub const BINARY_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];
pub const NB_ADD: u32 = 0;
pub const NB_AND: u32 = 1;
pub const NB_FLOOR_DIVIDE: u32 = 2;
pub const NB_LSHIFT: u32 = 3;
pub const NB_MATRIX_MULTIPLY: u32 = 4;
pub const NB_MULTIPLY: u32 = 5;
pub const NB_REMAINDER: u32 = 6;
pub const NB_OR: u32 = 7;
pub const NB_POWER: u32 = 8;
pub const NB_RSHIFT: u32 = 9;
pub const NB_SUBTRACT: u32 = 10;
pub const NB_TRUE_DIVIDE: u32 = 11;
pub const NB_XOR: u32 = 12;
/// Add to a `NB_*` to get its in-place form.
pub const NB_INPLACE_OFFSET: u32 = 13;

/// `COMPARE_OP` comparisons; the argument is `index << 4` (3.12), the low bits are cache hints.
pub const COMPARE_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `CALL_INTRINSIC_1` functions.
pub const INTRINSIC_1: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];
pub const INTRINSIC_PRINT: u32 = 1;
pub const INTRINSIC_IMPORT_STAR: u32 = 2;
pub const INTRINSIC_STOPITERATION_ERROR: u32 = 3;
pub const INTRINSIC_ASYNC_GEN_WRAP: u32 = 4;
pub const INTRINSIC_UNARY_POSITIVE: u32 = 5;
pub const INTRINSIC_LIST_TO_TUPLE: u32 = 6;
pub const INTRINSIC_TYPEVAR: u32 = 7;
pub const INTRINSIC_PARAMSPEC: u32 = 8;
pub const INTRINSIC_TYPEVARTUPLE: u32 = 9;
pub const INTRINSIC_SUBSCRIPT_GENERIC: u32 = 10;
pub const INTRINSIC_TYPEALIAS: u32 = 11;

/// `CALL_INTRINSIC_2` functions.
pub const INTRINSIC_2: [&str; 5] = [
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
];
pub const INTRINSIC_PREP_RERAISE_STAR: u32 = 1;
pub const INTRINSIC_TYPEVAR_WITH_BOUND: u32 = 2;
pub const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
pub const INTRINSIC_SET_FUNCTION_TYPE_PARAMS: u32 = 4;

/// `MAKE_FUNCTION` argument bits.
pub const MAKE_FUNCTION_DEFAULTS: u32 = 0x01;
pub const MAKE_FUNCTION_KWDEFAULTS: u32 = 0x02;
pub const MAKE_FUNCTION_ANNOTATIONS: u32 = 0x04;
pub const MAKE_FUNCTION_CLOSURE: u32 = 0x08;

/// `RESUME` arguments.
pub const RESUME_AT_FUNC_START: u32 = 0;
pub const RESUME_AFTER_YIELD: u32 = 1;
pub const RESUME_AFTER_YIELD_FROM: u32 = 2;
pub const RESUME_AFTER_AWAIT: u32 = 3;

/// `FORMAT_VALUE` argument bits.
pub const FVC_MASK: u32 = 0x3;
pub const FVC_NONE: u32 = 0x0;
pub const FVC_STR: u32 = 0x1;
pub const FVC_REPR: u32 = 0x2;
pub const FVC_ASCII: u32 = 0x3;
pub const FVS_MASK: u32 = 0x4;
pub const FVS_HAVE_SPEC: u32 = 0x4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u16(op as u16), Some(op));
        }
    }
}
