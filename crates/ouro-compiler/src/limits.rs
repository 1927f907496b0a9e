//! Resource limits on source text and syntax trees, so that no input can make the compiler
//! overflow the Rust stack, hang or panic, and so that pathological input gets the exception
//! CPython 3.12 raises for it: the tokenizer's nesting limits (parentheses, indentation,
//! f-strings), the PEG parser's stack limit (`MemoryError`), the compiler's recursion limit
//! (`RecursionError`), the digit limit on decimal integer literals and the NUL-byte check.
//! Every walk here is iterative (explicit work lists), and a tree deeper than the compiler
//! accepts is taken apart iteratively before it is dropped. Later passes (symtable, codegen)
//! recurse over the tree; after [`parse_module`] accepts a module, no path in it is longer than
//! [`MAX_AST_DEPTH`] counted nodes.
//! CPython counterparts: Parser/tokenizer.c (MAXLEVEL, MAXINDENT, MAXFSTRINGLEVEL),
//! Parser/parser.c (MAXSTACK), Parser/pegen.c (`_PyPegen_run_parser`, error precedence),
//! Python/ast_opt.c and Python/symtable.c (recursion limit), Parser/action_helpers.c (int
//! literals and `sys.get_int_max_str_digits`).

use crate::error::{CompileError, CompileResult, ErrorKind};
use ruff_python_ast::visitor::source_order::{SourceOrderVisitor, TraversalSignal};
use ruff_python_ast::{self as ast, AnyNodeRef, Expr, ModModule, Number, Pattern, Stmt};
use ruff_python_parser::{Mode, ParseError, ParseOptions, Parsed};
use ruff_text_size::Ranged;

/// Deepest bracket nesting the tokenizer accepts (`(`, `[`, `{`, and `{` in f-strings).
/// CPython: tokenizer.c MAXLEVEL.
pub const MAX_PAREN_LEVEL: usize = 200;
/// Indentation levels: pushing the 100th level is an error. CPython: tokenizer.c MAXINDENT.
pub const MAX_INDENT_LEVEL: usize = 100;
/// F-string nesting: starting the 150th nested f-string is an error.
/// CPython: tokenizer.c MAXFSTRINGLEVEL.
pub const MAX_FSTRING_LEVEL: usize = 150;
/// Longest path of counted nodes (statements, expressions, patterns, type parameters, with
/// f-string parts as CPython's `JoinedStr`/`FormattedValue`) that compiles; one more raises
/// `RecursionError`. Measured with CPython 3.12.1 (its C recursion limit of 3000 minus the
/// frames already in use), independent of the Python call depth of the caller.
pub const MAX_AST_DEPTH: u32 = 2996;
/// Modelled depth of CPython's PEG parser at which it raises `MemoryError` (MAXSTACK is 6000;
/// the offset is the rule chain above the first statement). See [`parser_cost`].
pub const PARSER_STACK_LIMIT: i64 = 5970;
/// Decimal digits allowed in an integer literal (CPython: `sys.get_int_max_str_digits()`).
pub const MAX_INT_DIGITS: usize = 4300;
/// Trees deeper than this are taken apart iteratively instead of by the recursive `Drop`.
const ITERATIVE_DROP_DEPTH: u32 = 256;

const MSG_PARENS: &str = "too many nested parentheses";
const MSG_INDENT: &str = "too many levels of indentation";
const MSG_FSTRINGS: &str = "too many nested f-strings";
const MSG_NUL: &str = "source code string cannot contain null bytes";
const MSG_RECURSION: &str = "maximum recursion depth exceeded during compilation";
const MSG_PARSER_STACK: &str = "Parser stack overflowed - Python source too complex to parse";

/// Stack reserved for each level of a syntax tree by the recursive passes after parsing
/// (symtable, codegen, `Drop`), generous for debug builds.
pub const STACK_PER_LEVEL: usize = 16 * 1024;
/// Stack reserved besides the per-level part.
const STACK_BASE: usize = 512 * 1024;

/// Runs `f` (the compiler pipeline for `source`) with enough stack for the deepest tree the
/// limits accept: nothing when the current thread has it (the CLI's big compiler thread),
/// otherwise on a fresh stack segment. A tree has no more levels than the source has bytes.
pub fn with_stack<T>(source: &str, f: impl FnOnce() -> T) -> T {
    let levels = source.len().min(MAX_AST_DEPTH as usize + 8);
    let need = STACK_BASE + levels * STACK_PER_LEVEL;
    stacker::maybe_grow(need, need, f)
}

/// Parses a module with ruff, applying CPython's limits. The outer error is a limit error
/// (already in CPython's terms); the inner one is ruff's first syntax error, for the caller to
/// map. CPython: `_PyPegen_run_parser` followed by `_PyAST_Optimize`'s recursion check.
pub fn parse_module(source: &str) -> CompileResult<Result<Parsed<ModModule>, ParseError>> {
    if source.as_bytes().contains(&0) {
        return Err(CompileError::new(
            ErrorKind::SyntaxError,
            MSG_NUL,
            0,
            0,
            0,
            0,
        ));
    }
    if source.len() >= u32::MAX as usize {
        // ruff's positions are 32-bit; CPython would run out of memory on such a source.
        return Err(CompileError::new(ErrorKind::MemoryError, "", 0, 0, 0, 0));
    }
    let scan = scan_source(source);
    // A tokenizer limit stops CPython's tokenizer there: only the text before that line is
    // parsed (which also keeps ruff away from the pathological part).
    // Any other tokenizer error also ends CPython's tokenization: ruff parses up to the end
    // of that line, so that it reports the error but never reaches text after it (whose error
    // recovery can be slow).
    let (text, cut) = match &scan {
        Some(hit) if hit.kind != TokKind::Other => {
            let start = line_start(source, hit.offset);
            (&source[..start], start)
        }
        Some(hit) => {
            let end = source[hit.offset..]
                .find(['\n', '\r'])
                .map(|i| hit.offset + i + 1)
                .unwrap_or(source.len());
            (&source[..end], source.len())
        }
        None => (source, source.len()),
    };
    let parsed = ruff_python_parser::parse_unchecked(text, ParseOptions::from(Mode::Module));
    // Errors at the end of a cut prefix (an unfinished block or bracket) are artefacts of
    // the cut.
    let real_end = if cut == source.len() {
        usize::MAX
    } else {
        last_code_char(text)
    };
    let first_error = parsed
        .errors()
        .iter()
        .filter(|e| usize::from(e.location.start()) < real_end)
        .min_by_key(|e| e.location.start())
        .cloned();
    let Some(parsed) = parsed.try_into_module() else {
        return Err(CompileError::new(
            ErrorKind::SyntaxError,
            "invalid syntax",
            1,
            1,
            1,
            1,
        ));
    };
    let facts = analyze(parsed.syntax(), text);
    let error_at = first_error
        .as_ref()
        .map(|e| usize::from(e.location.start()))
        .unwrap_or(usize::MAX);
    let int_at = facts.huge_int.as_ref().map(|h| h.0).unwrap_or(usize::MAX);
    let tok_at = scan
        .as_ref()
        .filter(|h| h.kind != TokKind::Other)
        .map(|h| h.offset)
        .unwrap_or(usize::MAX);

    let verdict: Option<Result<CompileError, ParseError>> = if facts
        .parser_overflow
        .is_some_and(|m| m < error_at.min(int_at).min(tok_at))
    {
        Some(Ok(CompileError::new(
            ErrorKind::MemoryError,
            MSG_PARSER_STACK,
            0,
            0,
            0,
            0,
        )))
    } else if let Some(hit) = scan.as_ref().filter(|h| h.kind == TokKind::Hard) {
        // Errors the tokenizer raises itself win over the parser's syntax errors: after a
        // failed parse CPython tokenizes the rest of the file looking for them.
        Some(Ok(hit.error.clone()))
    } else if let Some(hit) = scan
        .as_ref()
        .filter(|h| h.kind == TokKind::Indent && h.offset < error_at.min(int_at))
    {
        Some(Ok(hit.error.clone()))
    } else if let Some((at, err)) = facts.huge_int.clone().filter(|h| h.0 < error_at) {
        let _ = at;
        Some(Ok(err))
    } else if let Some(e) = first_error {
        Some(Err(e))
    } else if facts.max_depth > MAX_AST_DEPTH {
        Some(Ok(CompileError::new(
            ErrorKind::RecursionError,
            MSG_RECURSION,
            0,
            0,
            0,
            0,
        )))
    } else {
        None
    };
    match verdict {
        None => Ok(Ok(parsed)),
        Some(result) => {
            if facts.max_depth > ITERATIVE_DROP_DEPTH {
                dismantle(parsed.into_syntax());
            }
            match result {
                Ok(limit_error) => Err(limit_error),
                Err(parse_error) => Ok(Err(parse_error)),
            }
        }
    }
}

/// The limits CPython applies to a tree that parsed without error (parser stack, integer
/// digits, compiler recursion), for a module that `parse::parse_module` accepted.
pub fn check_parsed(module: &ModModule, source: &str) -> CompileResult<()> {
    if let Some(hit) = scan_source(source).filter(|h| h.kind != TokKind::Other) {
        return Err(hit.error);
    }
    let facts = analyze(module, source);
    if facts.parser_overflow.is_some() {
        return Err(CompileError::new(
            ErrorKind::MemoryError,
            MSG_PARSER_STACK,
            0,
            0,
            0,
            0,
        ));
    }
    if let Some((_, err)) = facts.huge_int {
        return Err(err);
    }
    if facts.max_depth > MAX_AST_DEPTH {
        return Err(CompileError::new(
            ErrorKind::RecursionError,
            MSG_RECURSION,
            0,
            0,
            0,
            0,
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Source pre-scan: the tokenizer's nesting limits.
// ---------------------------------------------------------------------------------------------

/// How a tokenizer-level stop point behaves in CPython.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    /// The tokenizer raises the exception itself (too many parentheses or f-strings): it is
    /// reported even when the parser failed earlier.
    Hard,
    /// Too many indentation levels: reported only when the parser gets that far.
    Indent,
    /// Any other tokenizer error (unterminated string, unmatched bracket, bad dedent): the
    /// tokenizer stops there, so no limit after it can be reached; ruff reports the error.
    Other,
}

#[derive(Clone, Debug)]
struct TokHit {
    offset: usize,
    kind: TokKind,
    error: CompileError,
}

fn line_start(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map(|p| p + 1)
        .unwrap_or(0)
}

/// Offset of the last character of the last line holding code (not blank, not only a
/// comment), or 0.
fn last_code_char(text: &str) -> usize {
    let mut end = text.len();
    loop {
        let line_begin = line_start(text, end);
        let line = &text[line_begin..end];
        let trimmed = line.trim_end();
        let code = trimmed.trim_start();
        if !code.is_empty() && !code.starts_with('#') {
            return line_begin + trimmed.len().saturating_sub(1);
        }
        if line_begin == 0 {
            return 0;
        }
        // Step over the line break before this line.
        end = line_begin - 1;
        if end > 0 && text.as_bytes()[end] == b'\n' && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
    }
}

/// (1-based line, 1-based character column) of a byte offset, as CPython reports them.
fn line_and_char_col(source: &str, offset: usize) -> (i32, i32) {
    let bytes = source.as_bytes();
    let mut line = 1i32;
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'\n' => line += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    let start = line_start(source, offset);
    let col = source[start..offset].chars().count() as i32;
    (line, col + 1)
}

#[derive(Clone, Copy)]
struct FInfo {
    quote: u8,
    triple: bool,
    raw: bool,
}

/// What the scanner is inside of.
#[derive(Clone, Copy)]
enum Frame {
    /// Ordinary code.
    Code,
    /// The literal part of the f-string `fstrings.last()`.
    FLiteral,
    /// A replacement field opened at bracket level `level` (after counting its `{`).
    FField { level: usize },
    /// The format spec of the innermost field.
    FSpec,
}

struct Scanner<'a> {
    src: &'a str,
    b: &'a [u8],
    i: usize,
    level: usize,
    frames: Vec<Frame>,
    fstrings: Vec<FInfo>,
    indents: Vec<usize>,
    indent_ok: bool,
}

/// Finds the first point where CPython's tokenizer stops with an error this module cares
/// about (or any other error, which hides everything after it). CPython: tokenizer.c
/// `tok_get_normal_mode`, `tok_get_fstring_mode`.
fn scan_source(src: &str) -> Option<TokHit> {
    let mut s = Scanner {
        src,
        b: src.as_bytes(),
        i: 0,
        level: 0,
        frames: vec![Frame::Code],
        fstrings: Vec::new(),
        indents: vec![0],
        indent_ok: true,
    };
    s.run()
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl Scanner<'_> {
    /// `i` as a valid offset: within the text and on a character boundary (the scanner may
    /// step past the end or into a character after a backslash).
    fn clamp(&self, mut i: usize) -> usize {
        i = i.min(self.src.len());
        while !self.src.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    fn hit(&self, offset: usize, kind: TokKind, msg: &str) -> Option<TokHit> {
        let offset = self.clamp(offset);
        let (line, col) = line_and_char_col(self.src, offset);
        let error = match kind {
            TokKind::Indent => {
                CompileError::new(ErrorKind::IndentationError, msg, line, 1, line, 0)
            }
            _ => CompileError::new(ErrorKind::SyntaxError, msg, line, col, line, col),
        };
        Some(TokHit {
            offset,
            kind,
            error,
        })
    }

    fn other(&self) -> Option<TokHit> {
        Some(TokHit {
            offset: self.clamp(self.i),
            kind: TokKind::Other,
            error: CompileError::new(ErrorKind::SyntaxError, "", 0, 0, 0, 0),
        })
    }

    fn open(&mut self, at: usize) -> Option<TokHit> {
        if self.level >= MAX_PAREN_LEVEL {
            return self.hit(at, TokKind::Hard, MSG_PARENS);
        }
        self.level += 1;
        None
    }

    fn run(&mut self) -> Option<TokHit> {
        let mut at_line_start = true;
        while self.i < self.b.len() {
            let frame = *self.frames.last().unwrap_or(&Frame::Code);
            match frame {
                Frame::Code | Frame::FField { .. } => {
                    if at_line_start {
                        at_line_start = false;
                        if let Some(hit) = self.indentation() {
                            return Some(hit);
                        }
                        continue;
                    }
                    let c = self.b[self.i];
                    match c {
                        b'#' => {
                            while self.i < self.b.len() && !matches!(self.b[self.i], b'\n' | b'\r')
                            {
                                self.i += 1;
                            }
                        }
                        b'\n' | b'\r' => {
                            self.i += if c == b'\r' && self.b.get(self.i + 1) == Some(&b'\n') {
                                2
                            } else {
                                1
                            };
                            if self.level == 0 && self.fstrings.is_empty() {
                                at_line_start = true;
                            }
                        }
                        b'\\' => {
                            // A line continuation joins the next line to this logical line.
                            self.i += 1;
                            match self.b.get(self.i) {
                                Some(b'\r') if self.b.get(self.i + 1) == Some(&b'\n') => {
                                    self.i += 2
                                }
                                Some(b'\n' | b'\r') => self.i += 1,
                                _ => return self.other(),
                            }
                        }
                        b'(' | b'[' | b'{' => {
                            if let Some(hit) = self.open(self.i) {
                                return Some(hit);
                            }
                            self.i += 1;
                        }
                        b')' | b']' | b'}' => {
                            if let Frame::FField { level } = frame {
                                if c == b'}' && self.level == level {
                                    self.level -= 1;
                                    self.frames.pop();
                                    self.i += 1;
                                    continue;
                                }
                            }
                            if self.level == 0 {
                                return self.other();
                            }
                            self.level -= 1;
                            self.i += 1;
                        }
                        b':' => {
                            self.i += 1;
                            if let Frame::FField { level } = frame {
                                if self.level == level && self.b.get(self.i) != Some(&b'=') {
                                    self.frames.push(Frame::FSpec);
                                }
                            }
                        }
                        b'\'' | b'"' => {
                            if let Some(hit) = self.string(self.i, self.i, false, false) {
                                return Some(hit);
                            }
                        }
                        _ if is_ident_byte(c) => {
                            let start = self.i;
                            while self.i < self.b.len() && is_ident_byte(self.b[self.i]) {
                                self.i += 1;
                            }
                            if matches!(self.b.get(self.i), Some(b'\'' | b'"'))
                                && !c.is_ascii_digit()
                            {
                                let prefix = self.src[start..self.i].to_ascii_lowercase();
                                let (ok, f, raw) = match prefix.as_str() {
                                    "r" => (true, false, true),
                                    "u" | "b" => (true, false, false),
                                    "br" | "rb" => (true, false, true),
                                    "f" => (true, true, false),
                                    "fr" | "rf" => (true, true, true),
                                    _ => (false, false, false),
                                };
                                if ok {
                                    let q = self.i;
                                    if let Some(hit) = self.string(start, q, f, raw) {
                                        return Some(hit);
                                    }
                                }
                            }
                        }
                        _ => self.i += 1,
                    }
                }
                Frame::FLiteral | Frame::FSpec => {
                    if let Some(hit) = self.fstring_text(frame) {
                        return Some(hit);
                    }
                }
            }
        }
        None
    }

    /// Handles the indentation of a new logical line. CPython: tokenizer.c, the `atbol` block.
    fn indentation(&mut self) -> Option<TokHit> {
        let start = self.i;
        let mut col = 0usize;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b' ' => col += 1,
                b'\t' => col = (col / 8 + 1) * 8,
                b'\x0c' => col = 0,
                _ => break,
            }
            self.i += 1;
        }
        match self.b.get(self.i) {
            None | Some(b'#' | b'\n' | b'\r') => return None,
            Some(b'\\') => return None,
            _ => {}
        }
        if !self.indent_ok {
            return None;
        }
        let top = *self.indents.last().unwrap_or(&0);
        if col > top {
            if self.indents.len() >= MAX_INDENT_LEVEL {
                return self.hit(start, TokKind::Indent, MSG_INDENT);
            }
            self.indents.push(col);
        } else if col < top {
            while self.indents.len() > 1 && col < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
            }
            if col != *self.indents.last().unwrap_or(&0) {
                // An inconsistent dedent is a tokenizer error of its own.
                return self.other();
            }
        }
        None
    }

    /// Skips a string literal whose prefix starts at `start` and quote at `q`; an f-string
    /// pushes a literal frame instead.
    fn string(&mut self, start: usize, q: usize, f: bool, raw: bool) -> Option<TokHit> {
        let _ = start;
        let quote = self.b[q];
        let triple = self.b.get(q + 1) == Some(&quote) && self.b.get(q + 2) == Some(&quote);
        self.i = q + if triple { 3 } else { 1 };
        if f {
            if self.fstrings.len() + 1 >= MAX_FSTRING_LEVEL {
                // CPython points at the last character of the opening quote.
                return self.hit(self.i - 1, TokKind::Hard, MSG_FSTRINGS);
            }
            self.fstrings.push(FInfo { quote, triple, raw });
            self.frames.push(Frame::FLiteral);
            return None;
        }
        loop {
            let Some(&c) = self.b.get(self.i) else {
                return self.other();
            };
            if c == b'\\' {
                self.i += 2;
                continue;
            }
            if c == quote {
                if !triple {
                    self.i += 1;
                    return None;
                }
                if self.b.get(self.i + 1) == Some(&quote) && self.b.get(self.i + 2) == Some(&quote)
                {
                    self.i += 3;
                    return None;
                }
            }
            if !triple && (c == b'\n' || c == b'\r') {
                return self.other();
            }
            self.i += 1;
        }
    }

    /// Scans the literal text of an f-string (or of a format spec) up to the next field, the
    /// end of the spec or the closing quote.
    fn fstring_text(&mut self, frame: Frame) -> Option<TokHit> {
        let Some(info) = self.fstrings.last().copied() else {
            self.frames.pop();
            return None;
        };
        let in_spec = matches!(frame, Frame::FSpec);
        loop {
            let Some(&c) = self.b.get(self.i) else {
                return self.other();
            };
            if c == info.quote
                && (!info.triple
                    || (self.b.get(self.i + 1) == Some(&info.quote)
                        && self.b.get(self.i + 2) == Some(&info.quote)))
            {
                // The end of the f-string closes any open spec and field too.
                self.i += if info.triple { 3 } else { 1 };
                while let Some(Frame::FSpec | Frame::FField { .. }) = self.frames.last() {
                    if let Some(Frame::FField { level }) = self.frames.pop() {
                        self.level = level.saturating_sub(1);
                    }
                }
                self.frames.pop();
                self.fstrings.pop();
                return None;
            }
            match c {
                b'\\' if !info.raw => {
                    // `\N{...}` is an escape, not a field.
                    if self.b.get(self.i + 1) == Some(&b'N')
                        && self.b.get(self.i + 2) == Some(&b'{')
                    {
                        while self.i < self.b.len() && self.b[self.i] != b'}' {
                            self.i += 1;
                        }
                        self.i += 1;
                    } else {
                        self.i += 2;
                    }
                }
                b'{' if !in_spec && self.b.get(self.i + 1) == Some(&b'{') => self.i += 2,
                b'{' => {
                    if let Some(hit) = self.open(self.i) {
                        return Some(hit);
                    }
                    self.i += 1;
                    self.frames.push(Frame::FField { level: self.level });
                    return None;
                }
                b'}' if in_spec => {
                    // The end of the spec ends its field.
                    self.frames.pop();
                    if let Some(Frame::FField { .. }) = self.frames.last() {
                        self.frames.pop();
                    }
                    self.level = self.level.saturating_sub(1);
                    self.i += 1;
                    return None;
                }
                b'}' if self.b.get(self.i + 1) == Some(&b'}') => self.i += 2,
                b'}' => return self.other(),
                b'\n' | b'\r' if !info.triple => return self.other(),
                _ => self.i += 1,
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Tree analysis: CPython's compiler recursion limit, the parser's stack, int literals.
// ---------------------------------------------------------------------------------------------

struct Facts {
    /// Longest path of counted nodes.
    max_depth: u32,
    /// Start of the first node whose modelled parser depth reaches [`PARSER_STACK_LIMIT`].
    parser_overflow: Option<usize>,
    /// The first decimal int literal with too many digits.
    huge_int: Option<(usize, CompileError)>,
}

/// Collects the immediate children of a node, in source order, without recursing.
struct Children<'a>(Vec<AnyNodeRef<'a>>);

impl<'a> SourceOrderVisitor<'a> for Children<'a> {
    fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
        self.0.push(node);
        TraversalSignal::Skip
    }
}

/// Whether CPython's compiler counts the node against its recursion limit: its statements,
/// expressions, patterns and type parameters (f-string parts map to `JoinedStr`/
/// `FormattedValue`; ruff's helper nodes such as `Arguments` have no counterpart or are not
/// counted). Measured with CPython 3.12.1.
fn counted(node: AnyNodeRef) -> bool {
    node.is_statement()
        || node.is_expression()
        || node.is_pattern()
        || matches!(
            node,
            AnyNodeRef::TypeParamTypeVar(_)
                | AnyNodeRef::TypeParamTypeVarTuple(_)
                | AnyNodeRef::TypeParamParamSpec(_)
                | AnyNodeRef::InterpolatedElement(_)
                | AnyNodeRef::InterpolatedStringFormatSpec(_)
                | AnyNodeRef::InterpolatedStringLiteralElement(_)
        )
}

/// The depth CPython's PEG parser reaches below the rule that produced `node` while parsing
/// it (its own sub-rules, beyond its children), as measured at the leaves of long chains.
fn parser_reach(node: AnyNodeRef) -> i64 {
    match node {
        AnyNodeRef::ExprNumberLiteral(_) | AnyNodeRef::ExprEllipsisLiteral(_) => 1,
        AnyNodeRef::ExprStringLiteral(_) | AnyNodeRef::ExprBytesLiteral(_) => 4,
        AnyNodeRef::ExprFString(_) => 7,
        AnyNodeRef::ExprCall(_) | AnyNodeRef::ExprSubscript(_) => 25,
        AnyNodeRef::ExprList(_)
        | AnyNodeRef::ExprTuple(_)
        | AnyNodeRef::ExprSet(_)
        | AnyNodeRef::ExprDict(_)
        | AnyNodeRef::ExprListComp(_)
        | AnyNodeRef::ExprSetComp(_)
        | AnyNodeRef::ExprDictComp(_)
        | AnyNodeRef::ExprGenerator(_) => 30,
        _ => 0,
    }
}

/// Extra PEG-parser depth between a parent and its `index`-th child: the model of
/// CPython's grammar rules that the child is parsed through. Calibrated with CPython 3.12.1
/// on long chains (`-` `not` `**` `lambda` `if-else` `elif`, lambda defaults) in several
/// contexts; exact for pure chains, approximate for mixtures (parentheses are not visible in
/// the tree and cost nothing here).
fn parser_cost(parent: AnyNodeRef, index: usize, child: AnyNodeRef) -> i64 {
    if child.is_statement() {
        return 6;
    }
    match parent {
        AnyNodeRef::StmtExpr(_) | AnyNodeRef::StmtFor(_) | AnyNodeRef::WithItem(_) => 0,
        AnyNodeRef::StmtIf(_) | AnyNodeRef::StmtWhile(_) | AnyNodeRef::StmtAssert(_) => -1,
        AnyNodeRef::ElifElseClause(_) => 4,
        AnyNodeRef::ExprUnaryOp(_) => 1,
        AnyNodeRef::ExprBinOp(b) => {
            if index == 1 && b.op == ast::Operator::Pow {
                2
            } else {
                0
            }
        }
        AnyNodeRef::ExprLambda(_) => {
            if matches!(child, AnyNodeRef::Parameters(_)) {
                0
            } else {
                2
            }
        }
        AnyNodeRef::ParameterWithDefault(_) => 8,
        AnyNodeRef::Parameters(_) => 0,
        AnyNodeRef::ExprIf(_) => 1,
        AnyNodeRef::ExprCompare(_) => {
            if index == 0 {
                0
            } else {
                3
            }
        }
        AnyNodeRef::ExprBoolOp(_) => {
            if index == 0 {
                0
            } else {
                2
            }
        }
        AnyNodeRef::ExprTuple(_) => 2,
        AnyNodeRef::ExprList(_)
        | AnyNodeRef::ExprSet(_)
        | AnyNodeRef::ExprDict(_)
        | AnyNodeRef::ExprListComp(_)
        | AnyNodeRef::ExprSetComp(_)
        | AnyNodeRef::ExprDictComp(_)
        | AnyNodeRef::ExprGenerator(_)
        | AnyNodeRef::Comprehension(_) => 10,
        AnyNodeRef::ExprCall(_) | AnyNodeRef::ExprAttribute(_) => 0,
        AnyNodeRef::Arguments(_) => 5,
        AnyNodeRef::Keyword(_) => 3,
        AnyNodeRef::ExprSubscript(_) => {
            if index == 0 {
                0
            } else {
                5
            }
        }
        AnyNodeRef::ExprFString(_) | AnyNodeRef::FString(_) => 0,
        AnyNodeRef::InterpolatedElement(_) => 14,
        _ => 2,
    }
}

struct Item<'a> {
    node: AnyNodeRef<'a>,
    depth: u32,
    pdepth: i64,
}

/// Walks the tree once, iteratively. CPython: the recursion counters of ast_opt.c and
/// symtable.c, pegen's `p->level`, and the int conversion of Parser/action_helpers.c.
fn analyze(module: &ModModule, source: &str) -> Facts {
    let mut facts = Facts {
        max_depth: 0,
        parser_overflow: None,
        huge_int: None,
    };
    let mut work: Vec<Item> = Vec::new();
    let mut kids = Children(Vec::new());
    for stmt in &module.body {
        work.push(Item {
            node: AnyNodeRef::from(stmt),
            depth: 1,
            pdepth: 0,
        });
    }
    while let Some(item) = work.pop() {
        let node = item.node;
        facts.max_depth = facts.max_depth.max(item.depth);
        let start = usize::from(node.start());
        if (node.is_expression() || node.is_pattern())
            && item.pdepth + parser_reach(node) >= PARSER_STACK_LIMIT
            && facts.parser_overflow.is_none_or(|m| start < m)
        {
            facts.parser_overflow = Some(start);
        }
        if let AnyNodeRef::ExprNumberLiteral(n) = node {
            if matches!(n.value, Number::Int(_)) {
                check_int_digits(n, source, &mut facts);
            }
        }
        kids.0.clear();
        node.visit_source_order(&mut kids);
        // An `elif` is an `if` nested in the previous clause's `else` in CPython's tree.
        let mut elifs = 0u32;
        for (index, &child) in kids.0.iter().enumerate() {
            let (depth, pdepth) = match child {
                AnyNodeRef::ElifElseClause(clause) => {
                    if clause.test.is_some() {
                        elifs += 1;
                    }
                    // The clause stands for the `If` whose body or `else` it holds; its
                    // children add their own count.
                    (item.depth + elifs, item.pdepth + elifs as i64)
                }
                _ => {
                    // ruff lists a format spec's parts as children of the field; CPython has
                    // a `JoinedStr` between them.
                    let spec = matches!(node, AnyNodeRef::InterpolatedElement(_))
                        && matches!(
                            child,
                            AnyNodeRef::InterpolatedElement(_)
                                | AnyNodeRef::InterpolatedStringLiteralElement(_)
                        );
                    (
                        item.depth + counted(child) as u32 + spec as u32,
                        item.pdepth + parser_cost(node, index, child),
                    )
                }
            };
            work.push(Item {
                node: child,
                depth,
                pdepth,
            });
        }
    }
    facts
}

fn check_int_digits(n: &ast::ExprNumberLiteral, source: &str, facts: &mut Facts) {
    let Some(text) = source.get(n.range.start().into()..n.range.end().into()) else {
        return;
    };
    let lower = text.get(..2).map(|p| p.to_ascii_lowercase());
    if matches!(lower.as_deref(), Some("0x" | "0o" | "0b")) {
        return;
    }
    let digits = text.bytes().filter(|b| b.is_ascii_digit()).count();
    if digits <= MAX_INT_DIGITS {
        return;
    }
    let start = usize::from(n.range.start());
    if facts.huge_int.as_ref().is_some_and(|h| h.0 < start) {
        return;
    }
    let (line, _) = line_and_char_col(source, start);
    let msg = format!(
        "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: value has \
         {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
         hexadecimal for huge integer literals to avoid decimal conversion limits."
    );
    facts.huge_int = Some((
        start,
        CompileError::new(ErrorKind::SyntaxError, msg, line, 0, line, 0),
    ));
}

// ---------------------------------------------------------------------------------------------
// Iterative destruction of deep trees.
// ---------------------------------------------------------------------------------------------

/// Work lists of detached subtrees; each popped node has its children moved out before it is
/// dropped, so no drop recurses more than one level.
#[derive(Default)]
struct Rubble {
    stmts: Vec<Stmt>,
    exprs: Vec<Expr>,
    patterns: Vec<Pattern>,
}

fn placeholder() -> Expr {
    Expr::NoneLiteral(ast::ExprNoneLiteral::default())
}

impl Rubble {
    fn boxed(&mut self, e: &mut Box<Expr>) {
        self.exprs.push(std::mem::replace(&mut **e, placeholder()));
    }

    fn opt(&mut self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e.take() {
            self.exprs.push(*e);
        }
    }

    fn body(&mut self, body: &mut ast::Suite) {
        self.stmts.extend(std::mem::take(body));
    }

    fn parameters(&mut self, p: &mut ast::Parameters) {
        for pwd in p
            .posonlyargs
            .iter_mut()
            .chain(p.args.iter_mut())
            .chain(p.kwonlyargs.iter_mut())
        {
            self.opt(&mut pwd.default);
            self.opt(&mut pwd.parameter.annotation);
        }
        if let Some(v) = p.vararg.as_mut() {
            self.opt(&mut v.annotation);
        }
        if let Some(k) = p.kwarg.as_mut() {
            self.opt(&mut k.annotation);
        }
    }

    fn type_params(&mut self, tp: &mut Option<Box<ast::TypeParams>>) {
        if let Some(tp) = tp.as_mut() {
            for t in tp.type_params.iter_mut() {
                match t {
                    ast::TypeParam::TypeVar(v) => {
                        self.opt(&mut v.bound);
                        self.opt(&mut v.default);
                    }
                    ast::TypeParam::TypeVarTuple(v) => self.opt(&mut v.default),
                    ast::TypeParam::ParamSpec(v) => self.opt(&mut v.default),
                }
            }
        }
    }

    fn elements(&mut self, elements: &mut ast::InterpolatedStringElements) {
        // Format specs nest at most a few levels (bounded by the f-string limits), so this
        // recursion is shallow.
        for element in elements.iter_mut() {
            if let ast::InterpolatedStringElement::Interpolation(i) = element {
                self.boxed(&mut i.expression);
                if let Some(spec) = i.format_spec.as_mut() {
                    self.elements(&mut spec.elements);
                }
            }
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in f.decorator_list.iter_mut() {
                    self.exprs
                        .push(std::mem::replace(&mut d.expression, placeholder()));
                }
                self.type_params(&mut f.type_params);
                self.parameters(&mut f.parameters);
                self.opt(&mut f.returns);
                self.body(&mut f.body);
            }
            Stmt::ClassDef(c) => {
                for d in c.decorator_list.iter_mut() {
                    self.exprs
                        .push(std::mem::replace(&mut d.expression, placeholder()));
                }
                self.type_params(&mut c.type_params);
                if let Some(a) = c.arguments.as_mut() {
                    self.arguments(a);
                }
                self.body(&mut c.body);
            }
            Stmt::Return(r) => self.opt(&mut r.value),
            Stmt::Delete(d) => self.exprs.append(&mut d.targets),
            Stmt::TypeAlias(t) => {
                self.boxed(&mut t.name);
                self.type_params(&mut t.type_params);
                self.boxed(&mut t.value);
            }
            Stmt::Assign(a) => {
                self.exprs.append(&mut a.targets);
                self.boxed(&mut a.value);
            }
            Stmt::AugAssign(a) => {
                self.boxed(&mut a.target);
                self.boxed(&mut a.value);
            }
            Stmt::AnnAssign(a) => {
                self.boxed(&mut a.target);
                self.boxed(&mut a.annotation);
                self.opt(&mut a.value);
            }
            Stmt::For(f) => {
                self.boxed(&mut f.target);
                self.boxed(&mut f.iter);
                self.body(&mut f.body);
                self.body(&mut f.orelse);
            }
            Stmt::While(w) => {
                self.boxed(&mut w.test);
                self.body(&mut w.body);
                self.body(&mut w.orelse);
            }
            Stmt::If(i) => {
                self.boxed(&mut i.test);
                self.body(&mut i.body);
                for clause in i.elif_else_clauses.iter_mut() {
                    if let Some(test) = clause.test.take() {
                        self.exprs.push(test);
                    }
                    self.body(&mut clause.body);
                }
            }
            Stmt::With(w) => {
                for item in w.items.iter_mut() {
                    self.exprs
                        .push(std::mem::replace(&mut item.context_expr, placeholder()));
                    self.opt(&mut item.optional_vars);
                }
                self.body(&mut w.body);
            }
            Stmt::Match(m) => {
                self.boxed(&mut m.subject);
                for case in m.cases.iter_mut() {
                    self.patterns.push(std::mem::replace(
                        &mut case.pattern,
                        Pattern::MatchStar(ast::PatternMatchStar {
                            range: Default::default(),
                            node_index: Default::default(),
                            name: None,
                        }),
                    ));
                    self.opt(&mut case.guard);
                    self.body(&mut case.body);
                }
            }
            Stmt::Raise(r) => {
                self.opt(&mut r.exc);
                self.opt(&mut r.cause);
            }
            Stmt::Try(t) => {
                self.body(&mut t.body);
                for h in t.handlers.iter_mut() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.opt(&mut h.type_);
                    self.body(&mut h.body);
                }
                self.body(&mut t.orelse);
                self.body(&mut t.finalbody);
            }
            Stmt::Assert(a) => {
                self.boxed(&mut a.test);
                self.opt(&mut a.msg);
            }
            Stmt::Expr(e) => self.boxed(&mut e.value),
            _ => {}
        }
    }

    fn arguments(&mut self, a: &mut ast::Arguments) {
        self.exprs.extend(std::mem::take(&mut a.args).into_vec());
        for k in a.keywords.iter_mut() {
            self.exprs
                .push(std::mem::replace(&mut k.value, placeholder()));
        }
    }

    fn comprehensions(&mut self, generators: &mut Vec<ast::Comprehension>) {
        for g in generators.iter_mut() {
            self.exprs
                .push(std::mem::replace(&mut g.target, placeholder()));
            self.exprs
                .push(std::mem::replace(&mut g.iter, placeholder()));
            self.exprs.append(&mut g.ifs);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        match e {
            Expr::BoolOp(b) => self.exprs.append(&mut b.values),
            Expr::Named(n) => {
                self.boxed(&mut n.target);
                self.boxed(&mut n.value);
            }
            Expr::BinOp(b) => {
                self.boxed(&mut b.left);
                self.boxed(&mut b.right);
            }
            Expr::UnaryOp(u) => self.boxed(&mut u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = l.parameters.as_mut() {
                    self.parameters(p);
                }
                self.boxed(&mut l.body);
            }
            Expr::If(i) => {
                self.boxed(&mut i.test);
                self.boxed(&mut i.body);
                self.boxed(&mut i.orelse);
            }
            Expr::Dict(d) => {
                for item in d.items.iter_mut() {
                    if let Some(k) = item.key.take() {
                        self.exprs.push(k);
                    }
                    self.exprs
                        .push(std::mem::replace(&mut item.value, placeholder()));
                }
            }
            Expr::Set(s) => self.exprs.append(&mut s.elts),
            Expr::ListComp(c) => {
                self.boxed(&mut c.elt);
                self.comprehensions(&mut c.generators);
            }
            Expr::SetComp(c) => {
                self.boxed(&mut c.elt);
                self.comprehensions(&mut c.generators);
            }
            Expr::DictComp(c) => {
                self.opt(&mut c.key);
                self.boxed(&mut c.value);
                self.comprehensions(&mut c.generators);
            }
            Expr::Generator(c) => {
                self.boxed(&mut c.elt);
                self.comprehensions(&mut c.generators);
            }
            Expr::Await(a) => self.boxed(&mut a.value),
            Expr::Yield(y) => self.opt(&mut y.value),
            Expr::YieldFrom(y) => self.boxed(&mut y.value),
            Expr::Compare(c) => {
                self.boxed(&mut c.left);
                self.exprs
                    .extend(std::mem::take(&mut c.comparators).into_vec());
            }
            Expr::Call(c) => {
                self.boxed(&mut c.func);
                self.arguments(&mut c.arguments);
            }
            Expr::FString(f) => {
                for part in f.value.iter_mut() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.elements(&mut fs.elements);
                    }
                }
            }
            Expr::TString(t) => {
                for part in t.value.iter_mut() {
                    self.elements(&mut part.elements);
                }
            }
            Expr::Attribute(a) => self.boxed(&mut a.value),
            Expr::Subscript(s) => {
                self.boxed(&mut s.value);
                self.boxed(&mut s.slice);
            }
            Expr::Starred(s) => self.boxed(&mut s.value),
            Expr::List(l) => self.exprs.append(&mut l.elts),
            Expr::Tuple(t) => self.exprs.append(&mut t.elts),
            Expr::Slice(s) => {
                self.opt(&mut s.lower);
                self.opt(&mut s.upper);
                self.opt(&mut s.step);
            }
            _ => {}
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        match p {
            Pattern::MatchValue(v) => self.boxed(&mut v.value),
            Pattern::MatchSequence(s) => self.patterns.append(&mut s.patterns),
            Pattern::MatchMapping(m) => {
                self.exprs.extend(std::mem::take(&mut m.keys));
                self.patterns.extend(std::mem::take(&mut m.patterns));
            }
            Pattern::MatchClass(c) => {
                self.boxed(&mut c.cls);
                self.patterns
                    .extend(std::mem::take(&mut c.arguments.patterns));
                for k in std::mem::take(&mut c.arguments.keywords) {
                    self.patterns.push(k.pattern);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = a.pattern.take() {
                    self.patterns.push(*inner);
                }
            }
            Pattern::MatchOr(o) => self.patterns.append(&mut o.patterns),
            _ => {}
        }
    }
}

/// Drops a module of any depth without recursion.
fn dismantle(mut module: ModModule) {
    let mut rubble = Rubble::default();
    rubble.body(&mut module.body);
    loop {
        if let Some(mut s) = rubble.stmts.pop() {
            rubble.stmt(&mut s);
        } else if let Some(mut e) = rubble.exprs.pop() {
            rubble.expr(&mut e);
        } else if let Some(mut p) = rubble.patterns.pop() {
            rubble.pattern(&mut p);
        } else {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanner_offsets_stay_inside_the_text() {
        // Found by the fuzzer: a backslash at the end of the text or before a multi-byte
        // character moved the scanner past the end or into a character.
        for src in [
            "x = 1 \\",
            "x = 'a\\",
            "x = 'a\\é",
            "f'{x}\\",
            "'''a\\",
            "\\é",
            "x = (\\",
        ] {
            let _ = parse_module(src);
        }
    }

    #[test]
    fn deep_trees_drop_iteratively() {
        // Deep enough to overflow a 2 MB test thread with the recursive `Drop`.
        let src = format!("{}1\n", "-".repeat(200_000));
        let parsed = ruff_python_parser::parse_module(&src).unwrap_or_else(|_| unreachable!());
        dismantle(parsed.into_syntax());
        let src = vec!["1"; 200_000].join("+");
        assert!(matches!(
            parse_module(&src),
            Err(CompileError {
                kind: ErrorKind::RecursionError,
                ..
            })
        ));
    }
}
