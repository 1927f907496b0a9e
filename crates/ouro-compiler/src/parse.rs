//! Parsing: runs ruff_python_parser for Python 3.12 and turns its errors into the
//! SyntaxError/IndentationError/TabError CPython raises for the same source (type, message,
//! line and offset). ruff does not tokenize as CPython does, so a scanner that follows
//! CPython's tokenizer finds the errors CPython's tokenizer raises (they take precedence over
//! the parser's, wherever they are in the file, as in CPython).
//! CPython counterpart: Parser/pegen.c (`_PyPegen_run_parser`, `_PyPegen_set_syntax_error`,
//! `_PyPegen_tokenize_full_source_to_check_for_errors`), Parser/pegen_errors.c,
//! Parser/tokenizer.c, Parser/action_helpers.c (`_PyPegen_get_expr_name`).

use crate::error::{CompileError, CompileResult, ErrorKind};
use crate::source::SourceIndex;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, ModModule, PythonVersion, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions,
    Parsed, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Parses a module as CPython 3.12 does (the parse step of `compile(source, filename,
/// "exec")`): the AST, or the error CPython's parser or tokenizer would raise.
pub fn parse_module(source: &str) -> CompileResult<Parsed<ModModule>> {
    parse_module_in(source, false)
}

/// `parse_module` for a file that Python runs (`python3.12 FILE`) rather than a string given
/// to `compile()`: the parser's own errors then keep byte offsets, which CPython converts to
/// characters only for strings, and a missing block at the end of the input points at no
/// column (CPython: pegen_errors.c `_PyPegen_raise_error_known_location`, whose tokenizer has
/// no encoding set when it reads a file).
pub fn parse_file(source: &str) -> CompileResult<Parsed<ModModule>> {
    parse_module_in(source, true)
}

/// A parser error (not a tokenizer one) as CPython reports it for a file.
fn file_mode_error(ctx: &Ctx, mut err: CompileError) -> CompileError {
    let to_bytes = |line: i32, offset: i32| -> i32 {
        if offset < 1 {
            return offset;
        }
        let text = ctx.line_text(line);
        let chars = (offset - 1) as usize;
        let bytes: usize = text.chars().take(chars).map(char::len_utf8).sum();
        (bytes + chars.saturating_sub(text.chars().count())) as i32 + 1
    };
    let at_end = err.kind == ErrorKind::IndentationError
        && err.lineno == ctx.last_line()
        && err.offset == ctx.line_text(err.lineno).chars().count() as i32 + 1
        && (err.msg.starts_with("expected an indented block")
            || err.msg.starts_with("expected 'except' or 'finally' block"));
    if at_end {
        err.offset = 0;
        return err;
    }
    err.offset = to_bytes(err.lineno, err.offset);
    err.end_offset = to_bytes(err.end_lineno, err.end_offset);
    err
}

fn parse_module_in(source: &str, file_mode: bool) -> CompileResult<Parsed<ModModule>> {
    if source.contains('\0') {
        return Err(CompileError::new(
            ErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
            0,
            0,
            0,
            0,
        ));
    }
    let ctx = Ctx::new(source);
    let scan = Scanner::new(&ctx).run();
    // Inputs nested too deeply for a recursive parser are refused before ruff sees them
    // (ruff's parser has no depth limit and would overflow the stack).
    if let Some((_, e)) = &scan.error {
        if e.msg == "too many nested parentheses" || e.msg == "too many levels of indentation" {
            return Err(e.clone());
        }
    }
    if scan.max_nesting > MAX_NESTING {
        // CPython: MemoryError("Parser stack overflowed - Python source too complex to
        // parse") beyond its parser's stack, RecursionError somewhat below it.
        return Err(CompileError::new(
            ErrorKind::SyntaxError,
            "Parser stack overflowed - Python source too complex to parse",
            0,
            0,
            0,
            0,
        ));
    }
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);

    // Tokenizer errors come first (CPython tokenizes the whole source after a parser error,
    // and a tokenizer error replaces the parser's).
    let mut tokenizer_error: Option<(usize, CompileError)> = scan.error.clone();
    for e in parsed.errors() {
        if let Some(err) = ctx.lexical_tokenizer_error(e) {
            let pos = u32::from(e.location.start()) as usize;
            if tokenizer_error.as_ref().is_none_or(|(p, _)| pos < *p) {
                tokenizer_error = Some((pos, err));
            }
        }
    }
    if let Some((_, err)) = tokenizer_error {
        return Err(err);
    }
    if let Some(e) = parsed.errors().first() {
        let err = ctx.map_parse_error(e, &parsed, &scan);
        return Err(if file_mode {
            file_mode_error(&ctx, err)
        } else {
            err
        });
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        let loc = ctx.point(e.range.start());
        let msg = match &e.kind {
            // The kinds' payload types are not exported by ruff_python_parser: they are told
            // apart by name.
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(k) => {
                if format!("{k:?}") == "DictInDict" {
                    "dict unpacking cannot be used in dict comprehension"
                } else {
                    "iterable unpacking cannot be used in comprehension"
                }
            }
            UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => {
                "expression cannot contain assignment, perhaps you meant \"==\"?"
            }
            k if format!("{k:?}") == "UnparenthesizedExceptionTypes" => {
                "multiple exception types must be parenthesized"
            }
            _ => "invalid syntax",
        };
        return Err(ctx.error(ErrorKind::SyntaxError, msg, loc));
    }
    match parsed.try_into_module() {
        Some(m) => Ok(m),
        None => Err(CompileError::new(
            ErrorKind::SyntaxError,
            "invalid syntax",
            1,
            1,
            1,
            1,
        )),
    }
}

/// A position as CPython reports it: 1-based line, 1-based character offset.
#[derive(Clone, Copy, Debug)]
struct Point {
    line: i32,
    offset: i32,
}

/// The source with its lines, for positions in characters as CPython counts them.
struct Ctx<'a> {
    source: &'a str,
    chars: Vec<char>,
    /// Byte offset of every char.
    byte_of: Vec<usize>,
    index: SourceIndex,
}

impl<'a> Ctx<'a> {
    fn new(source: &'a str) -> Ctx<'a> {
        let mut chars = Vec::with_capacity(source.len());
        let mut byte_of = Vec::with_capacity(source.len() + 1);
        for (b, c) in source.char_indices() {
            chars.push(c);
            byte_of.push(b);
        }
        byte_of.push(source.len());
        Ctx {
            source,
            chars,
            byte_of,
            index: SourceIndex::new(source),
        }
    }

    /// The point of a byte offset (offset = characters before it on its line, plus one).
    fn point(&self, at: TextSize) -> Point {
        let (line, _) = self.index.line_col(at);
        let start = self.index.line_start(line) as usize;
        let end = (u32::from(at) as usize).min(self.source.len());
        let text = self.source.get(start..end).unwrap_or("");
        Point {
            line,
            offset: text.chars().count() as i32 + 1,
        }
    }

    /// The point of char index `i`.
    fn point_of_char(&self, i: usize) -> Point {
        let b = self.byte_of[i.min(self.byte_of.len() - 1)];
        self.point(TextSize::new(b as u32))
    }

    /// The text of line `line` (1-based) without its line break.
    fn line_text(&self, line: i32) -> &str {
        if line < 1 {
            return "";
        }
        let start = self.index.line_start(line) as usize;
        let rest = &self.source[start.min(self.source.len())..];
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        &rest[..end]
    }

    /// The number of the last line (CPython's line at end of input).
    fn last_line(&self) -> i32 {
        if self.source.is_empty() {
            return 1;
        }
        let (line, _) = self
            .index
            .line_col(TextSize::new(self.source.len() as u32 - 1));
        line
    }

    fn error(&self, kind: ErrorKind, msg: impl Into<String>, p: Point) -> CompileError {
        CompileError::new(kind, msg, p.line, p.offset, p.line, p.offset)
    }

    /// A SyntaxError spanning the source from `start` to `end` (CPython:
    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE`).
    fn span_error(&self, msg: impl Into<String>, start: TextSize, end: TextSize) -> CompileError {
        let (a, b) = (self.point(start), self.point(end));
        CompileError::new(
            ErrorKind::SyntaxError,
            msg,
            a.line,
            a.offset,
            b.line,
            b.offset,
        )
    }

    /// CPython's invalid_expression "Perhaps you forgot a comma?" inside brackets: from the
    /// start of the largest operand expression ending at `prev_end` to the end of the largest
    /// expression starting at `at`, as ruff's recovered tree holds them.
    fn forgot_comma(
        &self,
        parsed: &Parsed<ruff_python_ast::Mod>,
        prev_end: TextSize,
        at: TextSize,
    ) -> Option<CompileError> {
        let mut finder = SpanFinder {
            prev_end,
            at,
            first: None,
            second: None,
        };
        if let ruff_python_ast::Mod::Module(m) = parsed.syntax() {
            finder.visit_body(&m.body);
        }
        let (a, b) = (finder.first?, finder.second?);
        Some(self.span_error(
            "invalid syntax. Perhaps you forgot a comma?",
            a.start(),
            b.end(),
        ))
    }

    fn char_at(&self, at: TextSize) -> Option<char> {
        self.source.get(u32::from(at) as usize..)?.chars().next()
    }

    /// A ruff lexical error that CPython's tokenizer raises (an invalid character).
    fn lexical_tokenizer_error(&self, e: &ParseError) -> Option<CompileError> {
        let ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) = &e.error else {
            return None;
        };
        let c = *tok;
        if (c as u32) < 128 && c != '\0' && !c.is_ascii_control() {
            return None;
        }
        let p = self.point(e.location.start());
        Some(self.error(ErrorKind::SyntaxError, invalid_char_message(c), p))
    }

    /// Maps ruff's first parser error to CPython's (CPython: the second, error-reporting pass
    /// of the PEG parser and `_PyPegen_set_syntax_error`).
    fn map_parse_error(
        &self,
        e: &ParseError,
        parsed: &Parsed<ruff_python_ast::Mod>,
        scan: &ScanResult,
    ) -> CompileError {
        let at = e.location.start();
        let p = self.point(at);
        let syntax = |msg: &str, p: Point| self.error(ErrorKind::SyntaxError, msg, p);
        let tokens = parsed.tokens();
        let prev_token = |at: TextSize| {
            let i = tokens.partition_point(|t| t.start() < at);
            tokens[..i]
                .iter()
                .rev()
                .find(|t| !t.kind().is_trivia() && t.kind() != TokenKind::Dedent)
        };
        let err = match &e.error {
            ParseErrorType::Lexical(LexicalErrorType::Eof) => {
                if let Some(&(c, line, col)) = scan.open_at_eof.last() {
                    return self.error(
                        ErrorKind::SyntaxError,
                        format!("'{c}' was never closed"),
                        Point {
                            line,
                            offset: col + 1,
                        },
                    );
                }
                let last = self.last_line();
                let len = self.line_text(last).chars().count() as i32;
                syntax(
                    "unexpected EOF while parsing",
                    Point {
                        line: last,
                        offset: len + 1,
                    },
                )
            }
            ParseErrorType::Lexical(LexicalErrorType::UnicodeError)
            | ParseErrorType::Lexical(LexicalErrorType::StringError) => {
                let (msg, p) = self.unicode_error(at, tokens);
                syntax(&msg, p)
            }
            ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
                let start = string_token_start(tokens, at);
                syntax(
                    "bytes can only contain ASCII literal characters",
                    self.point(start),
                )
            }
            ParseErrorType::Lexical(LexicalErrorType::FStringError(fe))
            | ParseErrorType::FStringError(fe) => {
                let msg = match fe {
                    InterpolatedStringErrorType::UnclosedLbrace => {
                        "f-string: expecting '}'".to_string()
                    }
                    InterpolatedStringErrorType::SingleRbrace => {
                        "f-string: single '}' is not allowed".to_string()
                    }
                    InterpolatedStringErrorType::InvalidConversionFlag => match self.char_at(at)
                    {
                        Some(c) if c != '}' && c != ':' && !c.is_whitespace() => format!(
                            "f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"
                        ),
                        _ => "f-string: missing conversion character".to_string(),
                    },
                    InterpolatedStringErrorType::LambdaWithoutParentheses => {
                        "f-string: lambda expressions are not allowed without parentheses"
                            .to_string()
                    }
                    InterpolatedStringErrorType::UnterminatedString => {
                        "f-string: unterminated string".to_string()
                    }
                    InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
                        "f-string: unterminated triple-quoted string".to_string()
                    }
                    _ => "invalid syntax".to_string(),
                };
                syntax(&msg, p)
            }
            ParseErrorType::Lexical(_) => syntax("invalid syntax", p),
            ParseErrorType::UnexpectedIndentation => {
                let text = self.line_text(p.line);
                let indent = text
                    .chars()
                    .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
                    .count() as i32;
                self.error(
                    ErrorKind::IndentationError,
                    "unexpected indent",
                    Point {
                        line: p.line,
                        offset: indent,
                    },
                )
            }
            ParseErrorType::OtherError(msg) => self.map_other_error(msg, e, p, tokens),
            ParseErrorType::ExpectedToken { expected, found } => {
                match (expected, found) {
                    (TokenKind::Colon, TokenKind::Equal) => {
                        // CPython: invalid_named_expression (`if x = 1:`).
                        let start = prev_token(at).map_or(at, |t| t.start());
                        syntax(
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            self.point(start),
                        )
                    }
                    (TokenKind::Colon, _) => syntax("expected ':'", p),
                    (TokenKind::Else, _) => {
                        // CPython points at the start of the expression before `if`.
                        let i = tokens.partition_point(|t| t.start() < at);
                        let start = tokens[..i]
                            .iter()
                            .rposition(|t| t.kind() == TokenKind::If)
                            .and_then(|k| tokens[..k].last())
                            .map_or(at, |t| t.start());
                        syntax("expected 'else' after 'if' expression", self.point(start))
                    }
                    (TokenKind::Comma, f) if f.as_augmented_assign_operator().is_some() => {
                        // `*a, b += 1` (CPython: invalid_assignment).
                        let line_start = self.index.line_start(p.line) as usize;
                        let indent = self.source[line_start..].len()
                            - self.source[line_start..].trim_start().len();
                        let end = prev_token(at).map_or(at, |t| t.end());
                        self.span_error(
                            "'tuple' is an illegal expression for augmented assignment",
                            TextSize::new((line_start + indent) as u32),
                            end,
                        )
                    }
                    (TokenKind::Comma, _)
                        if {
                            let line_start = self.index.line_start(p.line) as usize;
                            let text = self.source[line_start..].trim_start();
                            text.starts_with("from ") || text.starts_with("import ")
                        } =>
                    {
                        syntax("invalid syntax", p)
                    }
                    (TokenKind::Comma, f)
                        if !matches!(
                            f,
                            TokenKind::Newline
                                | TokenKind::EndOfFile
                                | TokenKind::Rpar
                                | TokenKind::Rsqb
                                | TokenKind::Rbrace
                        ) =>
                    {
                        // CPython: invalid_expression ("Perhaps you forgot a comma?"),
                        // inside brackets, at the expression before.
                        let prev = prev_token(at);
                        let start = prev.map_or(at, |t| t.start());
                        let sp = self.point(start);
                        if sp.line == p.line && f.is_operator() {
                            syntax("invalid syntax", p)
                        } else if sp.line == p.line {
                            prev.and_then(|t| self.forgot_comma(parsed, t.end(), at))
                                .unwrap_or_else(|| {
                                    syntax("invalid syntax. Perhaps you forgot a comma?", sp)
                                })
                        } else {
                            syntax("invalid syntax", p)
                        }
                    }
                    (TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace, f)
                        if matches!(
                            f,
                            TokenKind::Name
                                | TokenKind::Int
                                | TokenKind::Float
                                | TokenKind::Complex
                                | TokenKind::String
                                | TokenKind::FStringStart
                                | TokenKind::Lbrace
                                | TokenKind::True
                                | TokenKind::False
                                | TokenKind::None
                        ) =>
                    {
                        prev_token(at)
                            .and_then(|t| self.forgot_comma(parsed, t.end(), at))
                            .unwrap_or_else(|| syntax("invalid syntax", p))
                    }
                    _ => syntax("invalid syntax", p),
                }
            }
            ParseErrorType::ExpectedExpression => {
                let i = tokens.partition_point(|t| t.start() < at);
                let lambda = tokens[..i]
                    .windows(2)
                    .rev()
                    .find(|w| w[0].kind() == TokenKind::Lbrace && w[1].kind() == TokenKind::Lambda);
                if let (Some(w), true) = (lambda, self.in_fstring(tokens, at)) {
                    syntax(
                        "f-string: lambda expressions are not allowed without parentheses",
                        self.point(w[1].start()),
                    )
                } else if let (Some(c @ ('}' | '!' | ':' | '=')), true) =
                    (self.char_at(at), self.in_fstring(tokens, at))
                {
                    syntax(
                        &format!("f-string: valid expression required before '{c}'"),
                        p,
                    )
                } else {
                    syntax("invalid syntax", p)
                }
            }
            ParseErrorType::SimpleStatementsOnSameLine => {
                // CPython: invalid_legacy_expression (`print x`).
                match prev_token(at) {
                    Some(t)
                        if t.kind() == TokenKind::Name
                            && matches!(&self.source[t.range()], "print" | "exec") =>
                    {
                        let name = &self.source[t.range()];
                        // The range runs to the end of the expressions after the name.
                        let end = tokens
                            .iter()
                            .skip_while(|k| k.start() < at)
                            .take_while(|k| {
                                !matches!(
                                    k.kind(),
                                    TokenKind::Newline | TokenKind::EndOfFile | TokenKind::Semi
                                )
                            })
                            .filter(|k| !k.kind().is_trivia())
                            .last()
                            .map_or(at, |k| k.end());
                        self.span_error(
                            format!(
                                "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                            ),
                            t.start(),
                            end,
                        )
                    }
                    _ => syntax("invalid syntax", p),
                }
            }
            ParseErrorType::InvalidAssignmentTarget => self.invalid_target(parsed, e, "assign"),
            ParseErrorType::InvalidDeleteTarget => self.invalid_target(parsed, e, "delete"),
            ParseErrorType::InvalidNamedAssignmentTarget => {
                let name = self.expr_name_at(parsed, e.location);
                syntax(&format!("cannot use assignment expressions with {name}"), p)
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let name = self.expr_name_at(parsed, e.location);
                self.span_error(
                    format!("'{name}' is an illegal expression for augmented assignment"),
                    e.location.start(),
                    e.location.end(),
                )
            }
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                let name = self.expr_name_at(parsed, e.location);
                if name == "tuple" || name == "list" {
                    syntax(
                        &format!("only single target (not {name}) can be annotated"),
                        p,
                    )
                } else {
                    syntax("illegal target for annotation", p)
                }
            }
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                // Class bases are not call arguments: CPython fails at the `for`.
                let line_start = self.index.line_start(p.line) as usize;
                if self.source[line_start..].trim_start().starts_with("class ") {
                    let f = tokens
                        .iter()
                        .find(|t| t.start() >= at && t.kind() == TokenKind::For)
                        .map_or(at, |t| t.start());
                    syntax("invalid syntax", self.point(f))
                } else {
                    syntax("Generator expression must be parenthesized", p)
                }
            }
            ParseErrorType::PositionalAfterKeywordArgument => {
                // CPython reports it at the last token it read, after the argument.
                let end = e.location.end();
                let next = tokens
                    .iter()
                    .find(|t| t.start() >= end && !t.kind().is_trivia());
                let pt = next.map_or(p, |t| self.point(t.start()));
                syntax("positional argument follows keyword argument", pt)
            }
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                let end = e.location.end();
                let next = tokens
                    .iter()
                    .find(|t| t.start() >= end && !t.kind().is_trivia());
                let pt = next.map_or(p, |t| self.point(t.start()));
                syntax("positional argument follows keyword argument unpacking", pt)
            }
            ParseErrorType::InvalidStarredExpressionUsage => {
                if prev_token(at).is_some_and(|t| t.kind() == TokenKind::Lpar) {
                    syntax("cannot use starred expression here", p)
                } else {
                    syntax("invalid syntax", p)
                }
            }
            ParseErrorType::InvalidMatchPatternTarget => {
                if prev_token(at).is_some_and(|t| t.kind() == TokenKind::DoubleStar) {
                    syntax("invalid syntax", p)
                } else if self.source[u32::from(at) as usize..].starts_with('_')
                    && !self.source[u32::from(at) as usize + 1..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                {
                    syntax("cannot use '_' as a target", p)
                } else {
                    syntax("invalid pattern target", p)
                }
            }
            ParseErrorType::ExpectedImaginaryNumber => {
                syntax("imaginary number required in complex literal", p)
            }
            ParseErrorType::ExpectedRealNumber => {
                syntax("real number required in complex literal", p)
            }
            ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
                "iterable argument unpacking follows keyword argument unpacking",
                p,
            ),
            ParseErrorType::IterableUnpackingInComprehension => {
                syntax("iterable unpacking cannot be used in comprehension", p)
            }
            ParseErrorType::ParamAfterVarKeywordParam => {
                syntax("arguments cannot follow var-keyword argument", p)
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => syntax(
                "parameter without a default follows parameter with a default",
                p,
            ),
            ParseErrorType::VarParameterWithDefault => {
                let keyword = prev_token(at).is_some_and(|t| t.kind() == TokenKind::DoubleStar)
                    || self.source[u32::from(at) as usize..].starts_with("**")
                    || self.source[..u32::from(at) as usize]
                        .trim_end()
                        .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                        .trim_end()
                        .ends_with("**");
                if keyword {
                    syntax("var-keyword argument cannot have default value", p)
                } else {
                    syntax("var-positional argument cannot have default value", p)
                }
            }
            ParseErrorType::ExpectedKeywordParam => {
                // In a lambda CPython points at the token after the `*`.
                let next = tokens.iter().find(|t| t.start() > at);
                match next {
                    Some(t) if t.kind() == TokenKind::Colon => {
                        syntax("named arguments must follow bare *", self.point(t.start()))
                    }
                    _ => {
                        let i = tokens.partition_point(|t| t.start() <= at);
                        let star = tokens[..i]
                            .iter()
                            .rev()
                            .find(|t| t.kind() == TokenKind::Star)
                            .map_or(at, |t| t.start());
                        syntax("named arguments must follow bare *", self.point(star))
                    }
                }
            }
            _ => syntax("invalid syntax", p),
        };
        // A bracket still open at the end of the input, opened on an earlier line than the
        // error, is reported instead (CPython: _PyPegen_tokenize_full_source_to_check_for_errors).
        if let Some(&(c, line, col)) = scan.open_at_eof.last() {
            if line < err.lineno {
                return self.error(
                    ErrorKind::SyntaxError,
                    format!("'{c}' was never closed"),
                    Point {
                        line,
                        offset: col + 1,
                    },
                );
            }
        }
        err
    }

    fn map_other_error(
        &self,
        msg: &str,
        e: &ParseError,
        p: Point,
        tokens: &ruff_python_ast::token::Tokens,
    ) -> CompileError {
        let syntax = |m: &str, p: Point| self.error(ErrorKind::SyntaxError, m, p);
        if let Some(what) = msg.strip_prefix("Expected an indented block after ") {
            let (kw, cpython) = match what {
                "`if` statement" => ("if", "'if' statement"),
                "`elif` clause" => ("elif", "'elif' statement"),
                "`else` clause" => ("else", "'else' statement"),
                "`for` statement" => ("for", "'for' statement"),
                "`while` statement" => ("while", "'while' statement"),
                "`with` statement" => ("with", "'with' statement"),
                "`try` statement" => ("try", "'try' statement"),
                "`except` clause" => ("except", "'except' statement"),
                "`except*` clause" => ("except", "'except*' statement"),
                "`finally` clause" => ("finally", "'finally' statement"),
                "function definition" => ("def", "function definition"),
                "`class` definition" => ("class", "class definition"),
                "`match` statement" => ("match", "'match' statement"),
                "`case` block" => ("case", "'case' statement"),
                _ => ("", "statement"),
            };
            let at = e.location.start();
            let header = self.header_line(tokens, at, kw);
            // At the end of the input CPython points after the last line.
            let next = tokens
                .iter()
                .find(|t| {
                    t.start() >= at
                        && !t.kind().is_trivia()
                        && !matches!(
                            t.kind(),
                            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                        )
                })
                .map(|t| t.kind());
            let p = if matches!(next, None | Some(TokenKind::EndOfFile)) {
                let last = self.last_line();
                Point {
                    line: last,
                    offset: self.line_text(last).chars().count() as i32 + 1,
                }
            } else {
                p
            };
            return self.error(
                ErrorKind::IndentationError,
                format!("expected an indented block after {cpython} on line {header}"),
                p,
            );
        }
        match msg {
            "Expected a parameter name" => {
                // CPython: invalid_kwarg (`f(a.b=1)`, `f(*a=1)`).
                let text = &self.source[u32::from(e.location.start()) as usize..];
                let m = if text.starts_with("**") {
                    "cannot assign to keyword argument unpacking"
                } else if text.starts_with('*') {
                    "cannot assign to iterable argument unpacking"
                } else {
                    "expression cannot contain assignment, perhaps you meant \"==\"?"
                };
                syntax(m, p)
            }
            "Cannot have both 'except' and 'except*' on the same 'try'" => syntax(
                "cannot have both 'except' and 'except*' on the same 'try'",
                p,
            ),
            "Trailing comma not allowed" => {
                let end = self.point(e.location.end());
                syntax(
                    "trailing comma not allowed without surrounding parentheses",
                    end,
                )
            }
            "Only one '/' separator allowed" => syntax("/ may appear only once", p),
            "Positional patterns cannot follow keyword patterns" => {
                syntax("positional patterns follow keyword patterns", p)
            }
            "Expected one or more exception types" => {
                syntax("expected one or more exception types", p)
            }
            "'/' parameter must appear before '*' parameter" => syntax("/ must be ahead of *", p),
            "Position-only parameter separator not allowed as first parameter" => {
                let i = tokens.partition_point(|t| t.start() < e.location.start());
                let in_lambda = tokens[..i]
                    .iter()
                    .rev()
                    .take_while(|t| !matches!(t.kind(), TokenKind::Newline | TokenKind::Def))
                    .any(|t| t.kind() == TokenKind::Lambda);
                if in_lambda {
                    syntax("invalid syntax", p)
                } else {
                    syntax("at least one argument must precede /", p)
                }
            }
            "Keyword-only parameter separator not allowed after '*' parameter" => {
                syntax("* argument may appear only once", p)
            }
            "Bytes literal cannot be mixed with non-bytes literals" => syntax(
                "cannot mix bytes and nonbytes literals",
                self.point(e.location.end()),
            ),
            "Multiple return types must be parenthesized" => {
                let at = e.location.start();
                let comma = tokens
                    .iter()
                    .find(|t| t.start() >= at && t.kind() == TokenKind::Comma)
                    .map_or(at, |t| t.start());
                syntax("expected ':'", self.point(comma))
            }
            "Star import cannot be parenthesized" => {
                let at = e.location.start();
                let next = tokens
                    .iter()
                    .find(|t| t.start() > at)
                    .map_or(at, |t| t.start());
                syntax("invalid syntax", self.point(next))
            }
            "Expected `except` or `finally` after `try` block" => {
                syntax("expected 'except' or 'finally' block", p)
            }
            // A statement that cannot start here (`elif` without `if`): the whole token.
            "Expected a statement" => {
                self.span_error("invalid syntax", e.location.start(), e.location.end())
            }
            _ => syntax("invalid syntax", p),
        }
    }

    /// The line of the statement header (`if`, `def`, ...) whose block is missing: the
    /// nearest keyword `kw` before the error.
    fn header_line(&self, tokens: &ruff_python_ast::token::Tokens, at: TextSize, kw: &str) -> i32 {
        let i = tokens.partition_point(|t| t.start() < at);
        for t in tokens[..i].iter().rev() {
            let text = &self.source[t.range()];
            if text == kw {
                return self.point(t.start()).line;
            }
        }
        self.point(at).line
    }

    /// Whether `at` is inside an f-string (between its start and end tokens).
    fn in_fstring(&self, tokens: &ruff_python_ast::token::Tokens, at: TextSize) -> bool {
        let i = tokens.partition_point(|t| t.start() < at);
        let mut depth = 0i32;
        for t in tokens[..i].iter().rev() {
            match t.kind() {
                TokenKind::FStringEnd => depth -= 1,
                TokenKind::FStringStart => {
                    depth += 1;
                    if depth > 0 {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// CPython's message for an invalid escape in a string literal (the "(unicode error)"
    /// raised while decoding it).
    fn unicode_error(
        &self,
        at: TextSize,
        tokens: &ruff_python_ast::token::Tokens,
    ) -> (String, Point) {
        let start = string_token_start(tokens, at);
        let p = self.point(start);
        let text = &self.source[u32::from(start) as usize..];
        let prefix_len = text.find(['\'', '"']).unwrap_or(0);
        let quote = text[prefix_len..].chars().next().unwrap_or('\'');
        let triple = text[prefix_len..].starts_with(&quote.to_string().repeat(3));
        let body_start = prefix_len + if triple { 3 } else { 1 };
        let body = &text[body_start.min(text.len())..];
        let is_bytes = text[..prefix_len].contains(['b', 'B']);
        let bytes = body.as_bytes();
        let mut i = 0;
        let generic = "(unicode error) 'unicodeescape' codec can't decode bytes".to_string();
        while i < bytes.len() {
            let c = bytes[i];
            if c == quote as u8 && (!triple || body[i..].starts_with(&quote.to_string().repeat(3)))
            {
                break;
            }
            if c != b'\\' {
                i += 1;
                continue;
            }
            let Some(&k) = bytes.get(i + 1) else { break };
            let hex = |n: usize| {
                let digits = bytes[i + 2..]
                    .iter()
                    .take(n)
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                digits
            };
            let (need, name) = match k {
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                b'U' => (8, "truncated \\UXXXXXXXX escape"),
                b'N' => {
                    let end = body[i..]
                        .find('}')
                        .map(|e| i + e)
                        .unwrap_or(bytes.len() - 1);
                    let msg = if bytes.get(i + 2) != Some(&b'{') {
                        "malformed \\N character escape"
                    } else {
                        "unknown Unicode character name"
                    };
                    return (
                        format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{end}: {msg}"
                        ),
                        p,
                    );
                }
                _ => {
                    i += 2;
                    continue;
                }
            };
            let got = hex(need);
            if is_bytes && k == b'x' && got < 2 {
                return (
                    format!("(value error) invalid \\x escape at position {i}"),
                    p,
                );
            }
            if is_bytes {
                i += 2;
                continue;
            }
            if got < need {
                let end = i + 1 + got;
                return (
                    format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{end}: {name}"
                    ),
                    p,
                );
            }
            if k == b'U' {
                let v = u32::from_str_radix(&body[i + 2..i + 10], 16).unwrap_or(0);
                if v > 0x10FFFF {
                    return (
                        format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: illegal Unicode character",
                            i + 9
                        ),
                        p,
                    );
                }
            }
            i += 2 + need;
        }
        (generic, p)
    }

    /// "cannot assign to X" / "cannot delete X" for the invalid target ruff found
    /// (CPython: `RAISE_SYNTAX_ERROR_INVALID_TARGET`, invalid_named_expression).
    fn invalid_target(
        &self,
        parsed: &Parsed<ruff_python_ast::Mod>,
        e: &ParseError,
        what: &str,
    ) -> CompileError {
        let p = self.point(e.location.start());
        let mut finder = ExprFinder {
            range: e.location,
            found: None,
            assign: None,
            assign_lhs: false,
            in_assign_target: None,
        };
        if let ruff_python_ast::Mod::Module(m) = parsed.syntax() {
            finder.visit_body(&m.body);
        }
        let name = finder.found.map_or("expression", expr_name);
        // `x = 1 if y else z = 2`: CPython's invalid_named_expression matches `x = 1` first.
        if let Some(assign) = finder.assign {
            if what == "assign" && assign.targets.len() >= 2 {
                if let (Expr::Name(first), second) = (&assign.targets[0], &assign.targets[1]) {
                    let not_operand = matches!(
                        second,
                        Expr::Compare(_) | Expr::If(_) | Expr::BoolOp(_) | Expr::Lambda(_)
                    ) || matches!(second, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
                    if not_operand {
                        return self.error(
                            ErrorKind::SyntaxError,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            self.point(first.range.start()),
                        );
                    }
                }
            }
        }
        let span = |msg: String| match finder.found {
            Some(x) => self.span_error(msg, x.start(), x.end()),
            None => self.error(ErrorKind::SyntaxError, msg, p),
        };
        if what == "delete" {
            return span(format!("cannot delete {name}"));
        }
        // An unparenthesized yield before an `=` (CPython: invalid_assignment's
        // `(star_targets '=')* yield_expr '='`).
        if let Some(x @ (Expr::Yield(_) | Expr::YieldFrom(_))) = finder.found {
            let start = (u32::from(x.start()) as usize).min(self.source.len());
            let before = self.source[..start].trim_end();
            if what == "assign" && !before.ends_with('(') {
                return span("assignment to yield expression not possible".to_string());
            }
        }
        // A whole assignment target that is an operand expression gets the "Maybe you meant
        // '=='" hint (CPython: invalid_named_expression).
        let hint = finder.assign_lhs
            && finder.found.is_some_and(|x| {
                !matches!(
                    x,
                    Expr::Compare(_)
                        | Expr::If(_)
                        | Expr::Lambda(_)
                        | Expr::BoolOp(_)
                        | Expr::Named(_)
                        | Expr::List(_)
                        | Expr::Tuple(_)
                        | Expr::Generator(_)
                        | Expr::BooleanLiteral(_)
                        | Expr::NoneLiteral(_)
                        | Expr::Starred(_)
                ) && !matches!(x, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not)
            });
        let msg = if hint {
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
        } else {
            format!("cannot assign to {name}")
        };
        span(msg)
    }

    fn expr_name_at(
        &self,
        parsed: &Parsed<ruff_python_ast::Mod>,
        range: TextRange,
    ) -> &'static str {
        let mut finder = ExprFinder {
            range,
            found: None,
            assign: None,
            assign_lhs: false,
            in_assign_target: None,
        };
        if let ruff_python_ast::Mod::Module(m) = parsed.syntax() {
            finder.visit_body(&m.body);
        }
        finder.found.map_or("expression", expr_name)
    }
}

/// The start of the string token containing `at` (or `at`).
fn string_token_start(tokens: &ruff_python_ast::token::Tokens, at: TextSize) -> TextSize {
    let i = tokens.partition_point(|t| t.start() <= at);
    tokens[..i]
        .iter()
        .rev()
        .find(|t| {
            matches!(
                t.kind(),
                TokenKind::String | TokenKind::FStringStart | TokenKind::FStringMiddle
            )
        })
        .filter(|t| t.kind() != TokenKind::FStringMiddle)
        .map_or(at, |t| t.start())
}

/// CPython's message for a character that cannot start a token.
fn invalid_char_message(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}

/// An approximation of `str.isprintable` for one character (CPython:
/// `Py_UNICODE_ISPRINTABLE`): not a control, format, separator (other than the space) or
/// private-use character.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(u,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2 | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xD800..=0xDFFF
        | 0xF0000..=0x10FFFF | 0xE0001 | 0xE0020..=0xE007F)
}

/// CPython: `_PyPegen_get_expr_name`.
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Finds the expression with a given range, noting whether it is the whole first target of
/// an assignment statement.
/// The expressions around a missing comma: the largest disjunction-level expression that ends
/// at `prev_end` and the largest expression that starts at `at`.
struct SpanFinder {
    prev_end: TextSize,
    at: TextSize,
    first: Option<TextRange>,
    second: Option<TextRange>,
}

impl<'a> Visitor<'a> for SpanFinder {
    fn visit_expr(&mut self, expr: &'a Expr) {
        let r = expr.range();
        let operand = !matches!(
            expr,
            Expr::If(_)
                | Expr::Lambda(_)
                | Expr::Named(_)
                | Expr::Starred(_)
                | Expr::Yield(_)
                | Expr::YieldFrom(_)
                | Expr::Tuple(_)
        );
        if operand && r.end() == self.prev_end && self.first.is_none_or(|f| r.start() < f.start()) {
            self.first = Some(r);
        }
        if r.start() == self.at
            && !matches!(expr, Expr::Tuple(_))
            && self.second.is_none_or(|s| r.end() > s.end())
        {
            self.second = Some(r);
        }
        visitor::walk_expr(self, expr);
    }
}

struct ExprFinder<'a> {
    range: TextRange,
    found: Option<&'a Expr>,
    /// The assignment statement being searched when the expression was found.
    assign: Option<&'a ruff_python_ast::StmtAssign>,
    assign_lhs: bool,
    in_assign_target: Option<TextRange>,
}

impl<'a> Visitor<'a> for ExprFinder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        let saved = self.assign;
        if let Stmt::Assign(a) = stmt {
            if let Some(t) = a.targets.first() {
                self.in_assign_target = Some(t.range());
            }
            self.assign = Some(a);
        }
        visitor::walk_stmt(self, stmt);
        if self.found.is_none() {
            self.assign = saved;
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        if expr.range() == self.range {
            self.found = Some(expr);
            self.assign_lhs = self.in_assign_target == Some(expr.range());
            return;
        }
        visitor::walk_expr(self, expr);
    }
}

/// What the tokenizer scan found.
#[derive(Clone, Debug, Default)]
struct ScanResult {
    /// The first error CPython's tokenizer raises, with its char index.
    error: Option<(usize, CompileError)>,
    /// Brackets still open at the end of the input: (bracket, line, 0-based char column).
    open_at_eof: Vec<(char, i32, i32)>,
    /// The deepest nesting of brackets plus a run of prefix operators.
    max_nesting: usize,
}

/// Where the scanner is inside an f-string.
#[derive(Clone, Copy, Debug)]
enum FMode {
    /// The literal part of an f-string.
    Literal {
        quote: char,
        triple: bool,
        raw: bool,
        start: usize,
    },
    /// A replacement field's expression; `depth` is the bracket depth of its `{`.
    Expr { depth: usize },
    /// A format spec; `depth` is the bracket depth of the field's `{`.
    Spec { depth: usize },
}

/// Follows CPython's tokenizer over the source to find the errors it raises
/// (CPython: Parser/tokenizer.c `tok_get` and its helpers).
struct Scanner<'c, 'a> {
    ctx: &'c Ctx<'a>,
    chars: &'c [char],
    p: usize,
    indents: Vec<(i32, i32)>,
    parens: Vec<(char, usize)>,
    modes: Vec<FMode>,
    give_up: bool,
    /// Consecutive prefix operators (`-`, `+`, `~`, `not`, `await`, `lambda`) just seen.
    prefix_run: usize,
    max_nesting: usize,
}

const MAXLEVEL: usize = 200;
/// The deepest nesting of brackets and prefix operators (`-`, `not`, `lambda`, ...) handed
/// to ruff's recursive parser.
const MAX_NESTING: usize = 1000;
const MAXINDENT: usize = 100;

impl<'c, 'a> Scanner<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>) -> Scanner<'c, 'a> {
        Scanner {
            ctx,
            chars: &ctx.chars,
            p: 0,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            modes: Vec::new(),
            give_up: false,
            prefix_run: 0,
            max_nesting: 0,
        }
    }

    fn peek(&self, k: usize) -> Option<char> {
        self.chars.get(self.p + k).copied()
    }

    fn point(&self, i: usize) -> Point {
        self.ctx.point_of_char(i)
    }

    fn err_at(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        p: Point,
    ) -> Option<(usize, CompileError)> {
        Some((self.p, self.ctx.error(kind, msg, p)))
    }

    /// An error located at the current position (CPython: `syntaxerror`, whose offset is
    /// the number of characters before `tok->cur` on the line).
    fn err_here(&self, msg: impl Into<String>) -> Option<(usize, CompileError)> {
        let pt = self.point(self.p);
        self.err_at(
            ErrorKind::SyntaxError,
            msg,
            Point {
                line: pt.line,
                offset: pt.offset - 1,
            },
        )
    }

    fn run(mut self) -> ScanResult {
        let error = self.scan();
        let open_at_eof = if error.is_none() && !self.give_up {
            self.parens
                .iter()
                .map(|&(c, i)| {
                    let pt = self.point(i);
                    (c, pt.line, pt.offset - 1)
                })
                .collect()
        } else {
            Vec::new()
        };
        ScanResult {
            error,
            open_at_eof,
            max_nesting: self.max_nesting,
        }
    }

    fn scan(&mut self) -> Option<(usize, CompileError)> {
        let n = self.chars.len();
        let mut at_bol = true;
        loop {
            if self.give_up {
                return None;
            }
            if let Some(mode) = self.modes.last().copied() {
                match mode {
                    FMode::Literal { .. } | FMode::Spec { .. } => {
                        if let Some(e) = self.fstring_literal() {
                            return Some(e);
                        }
                        continue;
                    }
                    FMode::Expr { .. } => {}
                }
            }
            if at_bol {
                at_bol = false;
                if let Some(e) = self.indentation() {
                    return Some(e);
                }
            }
            if self.p >= n {
                return None;
            }
            let c = self.chars[self.p];
            // Track prefix operators for the nesting estimate.
            match c {
                ' ' | '\t' | '\x0c' | '\n' | '\r' | '\\' | '(' | '[' | '{' => {}
                '-' | '+' | '~' | '*' => {
                    self.prefix_run += 1;
                    self.max_nesting = self.max_nesting.max(self.prefix_run + self.parens.len());
                }
                _ => {
                    let word: String = self.chars[self.p..]
                        .iter()
                        .take(7)
                        .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
                        .collect();
                    if matches!(word.as_str(), "not" | "await" | "lambda") {
                        self.prefix_run += 1;
                        self.max_nesting =
                            self.max_nesting.max(self.prefix_run + self.parens.len());
                    } else if !(c == ':' && self.prefix_run > 0) {
                        self.prefix_run = 0;
                    }
                }
            }
            match c {
                ' ' | '\t' | '\x0c' => self.p += 1,
                '#' => {
                    while self.p < n && !matches!(self.chars[self.p], '\n' | '\r') {
                        self.p += 1;
                    }
                }
                '\n' | '\r' => {
                    self.p += 1;
                    if c == '\r' && self.peek(0) == Some('\n') {
                        self.p += 1;
                    }
                    if self.parens.is_empty() {
                        at_bol = true;
                    }
                }
                '\\' => {
                    let line = self.point(self.p).line;
                    match self.peek(1) {
                        Some('\n') | Some('\r') => {
                            self.p += 2;
                            if c == '\\'
                                && self.chars.get(self.p - 1) == Some(&'\r')
                                && self.peek(0) == Some('\n')
                            {
                                self.p += 1;
                            }
                            if self.p >= n {
                                if let Some(e) = self.unclosed_at_eof() {
                                    return Some(e);
                                }
                                let len = self.ctx.line_text(line).chars().count() as i32;
                                return self.err_at(
                                    ErrorKind::SyntaxError,
                                    "unexpected EOF while parsing",
                                    Point {
                                        line,
                                        offset: len + 1,
                                    },
                                );
                            }
                        }
                        None => {
                            if let Some(e) = self.unclosed_at_eof() {
                                return Some(e);
                            }
                            let len = self.ctx.line_text(line).chars().count() as i32;
                            return self.err_at(
                                ErrorKind::SyntaxError,
                                "unexpected EOF while parsing",
                                Point {
                                    line,
                                    offset: len + 1,
                                },
                            );
                        }
                        Some(_) => {
                            self.p += 2;
                            return self.err_here(
                                "unexpected character after line continuation character",
                            );
                        }
                    }
                }
                '(' | '[' | '{' => {
                    if self.parens.len() >= MAXLEVEL {
                        self.p += 1;
                        return self.err_here("too many nested parentheses");
                    }
                    self.parens.push((c, self.p));
                    self.max_nesting = self.max_nesting.max(self.prefix_run + self.parens.len());
                    self.p += 1;
                }
                ')' | ']' | '}' => {
                    if let Some(FMode::Expr { depth }) = self.modes.last().copied() {
                        if c == '}' && self.parens.len() == depth {
                            self.parens.pop();
                            self.modes.pop();
                            self.p += 1;
                            continue;
                        }
                    }
                    self.p += 1;
                    let Some((open, at)) = self.parens.pop() else {
                        return self.err_here(format!("unmatched '{c}'"));
                    };
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        let open_line = self.point(at).line;
                        let line = self.point(self.p - 1).line;
                        let msg = if open_line != line {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}"
                            )
                        } else {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                            )
                        };
                        return self.err_here(msg);
                    }
                }
                ':' => {
                    if let Some(FMode::Expr { depth }) = self.modes.last().copied() {
                        if self.parens.len() == depth {
                            self.modes.pop();
                            self.modes.push(FMode::Spec { depth });
                        }
                    }
                    self.p += 1;
                }
                '"' | '\'' => {
                    if let Some(e) = self.string(self.p, false, false) {
                        return Some(e);
                    }
                }
                '.' if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => {
                    if let Some(e) = self.number() {
                        return Some(e);
                    }
                }
                d if d.is_ascii_digit() => {
                    if let Some(e) = self.number() {
                        return Some(e);
                    }
                }
                a if a.is_ascii_alphabetic() || a == '_' || (a as u32) >= 128 => {
                    if (a as u32) >= 128 && !is_printable(a) {
                        self.p += 1;
                        return self.err_here(invalid_char_message(a));
                    }
                    if let Some(e) = self.name_or_string() {
                        return Some(e);
                    }
                }
                other => {
                    if !is_printable(other) {
                        self.p += 1;
                        return self.err_here(invalid_char_message(other));
                    }
                    self.p += 1;
                }
            }
        }
    }

    /// "'(' was never closed" for the innermost bracket open at the end of the input.
    fn unclosed_at_eof(&self) -> Option<(usize, CompileError)> {
        let &(c, i) = self.parens.last()?;
        let pt = self.point(i);
        self.err_at(
            ErrorKind::SyntaxError,
            format!("'{c}' was never closed"),
            pt,
        )
    }

    /// The indentation of a new logical line (CPython: the `atbol` part of `tok_get`).
    fn indentation(&mut self) -> Option<(usize, CompileError)> {
        let (mut col, mut altcol) = (0i32, 0i32);
        let start = self.p;
        while let Some(c) = self.peek(0) {
            match c {
                ' ' => {
                    col += 1;
                    altcol += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                '\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.p += 1;
        }
        let blank = matches!(self.peek(0), None | Some('#') | Some('\n') | Some('\r'));
        if blank || !self.parens.is_empty() {
            return None;
        }
        let line = self.point(start).line;
        let tab_error = |s: &Self| {
            s.err_at(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                Point { line, offset: 1 },
            )
        };
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop {
                return tab_error(self);
            }
        } else if col > top {
            if self.indents.len() >= MAXINDENT {
                return self.err_at(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    Point { line, offset: 1 },
                );
            }
            if altcol <= alttop {
                return tab_error(self);
            }
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |x| x.0) {
                self.indents.pop();
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let len = self.ctx.line_text(line).chars().count() as i32;
                return self.err_at(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    Point {
                        line,
                        offset: len + 1,
                    },
                );
            }
            if altcol != alttop {
                return tab_error(self);
            }
        }
        None
    }

    /// A name, or a string with a prefix (CPython: the identifier part of `tok_get`).
    fn name_or_string(&mut self) -> Option<(usize, CompileError)> {
        let start = self.p;
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        loop {
            let Some(c) = self.peek(0) else { break };
            let lc = c.to_ascii_lowercase();
            if lc == 'b' && !(b || u || f) {
                b = true;
            } else if lc == 'u' && !(b || u || r || f) {
                u = true;
            } else if lc == 'r' && !(r || u) {
                r = true;
            } else if lc == 'f' && !(f || b || u) {
                f = true;
            } else {
                break;
            }
            self.p += 1;
            if matches!(self.peek(0), Some('"') | Some('\'')) {
                return self.string(start, r, f);
            }
        }
        while let Some(c) = self.peek(0) {
            if c.is_ascii_alphanumeric() || c == '_' || (c as u32) >= 128 {
                if (c as u32) >= 128 && !is_printable(c) {
                    self.p += 1;
                    return self.err_here(invalid_char_message(c));
                }
                self.p += 1;
            } else {
                break;
            }
        }
        None
    }

    /// A string literal whose token starts at `start`, with `self.p` at its opening quote.
    fn string(&mut self, start: usize, raw: bool, fstring: bool) -> Option<(usize, CompileError)> {
        let quote = self.chars[self.p];
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        self.p += if triple { 3 } else { 1 };
        if fstring {
            self.modes.push(FMode::Literal {
                quote,
                triple,
                raw,
                start,
            });
            return None;
        }
        let n = self.chars.len();
        let start_pt = self.point(start);
        // An unterminated string in an f-string's expression with the f-string's own quote
        // means a missing `}` (CPython: tok_get, "f-string: expecting '}'").
        let closes_fstring = matches!(self.modes.last(), Some(FMode::Expr { .. }))
            && self.modes.iter().rev().find_map(|m| match m {
                FMode::Literal {
                    quote: q,
                    triple: t,
                    ..
                } => Some((*q, *t)),
                _ => None,
            }) == Some((quote, triple));
        loop {
            if closes_fstring
                && (self.p >= n || (!triple && matches!(self.chars[self.p], '\n' | '\r')))
            {
                return self.err_here("f-string: expecting '}'");
            }
            if self.p >= n {
                let last = self.ctx.last_line();
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {last})")
                } else {
                    format!("unterminated string literal (detected at line {last})")
                };
                return self.err_at(ErrorKind::SyntaxError, msg, start_pt);
            }
            let c = self.chars[self.p];
            if !triple && matches!(c, '\n' | '\r') {
                let line = self.point(self.p).line;
                return self.err_at(
                    ErrorKind::SyntaxError,
                    format!("unterminated string literal (detected at line {line})"),
                    start_pt,
                );
            }
            if c == '\\' {
                self.p += 2;
                if self.chars.get(self.p - 1) == Some(&'\r') && self.peek(0) == Some('\n') {
                    self.p += 1;
                }
                continue;
            }
            if c == quote {
                if !triple {
                    self.p += 1;
                    return None;
                }
                if self.peek(1) == Some(quote) && self.peek(2) == Some(quote) {
                    self.p += 3;
                    return None;
                }
            }
            self.p += 1;
        }
    }

    /// The literal part or format spec of an f-string (CPython: `tok_get_fstring_mode`).
    fn fstring_literal(&mut self) -> Option<(usize, CompileError)> {
        let n = self.chars.len();
        let Some(lit) = self.modes.iter().rev().find_map(|m| match m {
            FMode::Literal {
                quote,
                triple,
                raw,
                start,
            } => Some((*quote, *triple, *raw, *start)),
            _ => None,
        }) else {
            self.give_up = true;
            return None;
        };
        let (quote, triple, raw, start) = lit;
        let spec = match self.modes.last() {
            Some(FMode::Spec { depth }) => Some(*depth),
            _ => None,
        };
        loop {
            if self.p >= n {
                let last = self.ctx.last_line();
                let msg = if triple {
                    format!("unterminated triple-quoted f-string literal (detected at line {last})")
                } else {
                    format!("unterminated f-string literal (detected at line {last})")
                };
                return self.err_at(ErrorKind::SyntaxError, msg, self.point(start));
            }
            let c = self.chars[self.p];
            if !triple && spec.is_none() && matches!(c, '\n' | '\r') {
                let line = self.point(self.p).line;
                return self.err_at(
                    ErrorKind::SyntaxError,
                    format!("unterminated f-string literal (detected at line {line})"),
                    self.point(start),
                );
            }
            if c == quote
                && (!triple || (self.peek(1) == Some(quote) && self.peek(2) == Some(quote)))
            {
                if spec.is_some() {
                    // A format spec cut short by the closing quote: leave it to the parser.
                    self.give_up = true;
                    return None;
                }
                self.p += if triple { 3 } else { 1 };
                self.modes.pop();
                return None;
            }
            match c {
                '\\' => {
                    let next = self.peek(1);
                    if matches!(next, Some('{') | Some('}')) {
                        self.p += 1;
                        continue;
                    }
                    if !raw && next == Some('N') && self.peek(2) == Some('{') {
                        while self.p < n && self.chars[self.p] != '}' {
                            self.p += 1;
                        }
                        self.p += 1;
                        continue;
                    }
                    self.p += 2;
                }
                '{' => {
                    if spec.is_none() && self.peek(1) == Some('{') {
                        self.p += 2;
                        continue;
                    }
                    // CPython: MAX_EXPR_NESTING replacement fields within format specs.
                    let open_fields = self
                        .modes
                        .iter()
                        .rev()
                        .take_while(|m| !matches!(m, FMode::Literal { .. }))
                        .filter(|m| matches!(m, FMode::Spec { .. }))
                        .count();
                    if open_fields >= 3 {
                        return self.err_here("f-string: expressions nested too deeply");
                    }
                    if self.parens.len() >= MAXLEVEL {
                        self.p += 1;
                        return self.err_here("too many nested parentheses");
                    }
                    self.parens.push(('{', self.p));
                    self.p += 1;
                    let depth = self.parens.len();
                    self.modes.push(FMode::Expr { depth });
                    return None;
                }
                '}' => {
                    if let Some(depth) = spec {
                        if self.parens.len() == depth {
                            self.parens.pop();
                            self.modes.pop();
                            self.p += 1;
                            return None;
                        }
                        self.give_up = true;
                        return None;
                    }
                    if self.peek(1) == Some('}') {
                        self.p += 2;
                        continue;
                    }
                    self.p += 1;
                    return self.err_here("f-string: single '}' is not allowed");
                }
                _ => self.p += 1,
            }
        }
    }

    /// A number literal (CPython: the number part of `tok_get`, `tok_decimal_tail`,
    /// `verify_end_of_number`).
    fn number(&mut self) -> Option<(usize, CompileError)> {
        let start = self.p;
        let mut c = self.nextc();
        if c == Some('.') {
            c = self.nextc();
            return self.fraction(c);
        }
        if c == Some('0') {
            c = self.nextc();
            match c {
                Some('x') | Some('X') => {
                    c = self.nextc();
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                        }
                        if !c.is_some_and(|d| d.is_ascii_hexdigit()) {
                            self.backup(c);
                            return self.err_here("invalid hexadecimal literal");
                        }
                        loop {
                            c = self.nextc();
                            if !c.is_some_and(|d| d.is_ascii_hexdigit()) {
                                break;
                            }
                        }
                        if c != Some('_') {
                            break;
                        }
                    }
                    return self.end_of_number(c, "hexadecimal");
                }
                Some('o') | Some('O') | Some('b') | Some('B') => {
                    let octal = matches!(c, Some('o') | Some('O'));
                    let (kind, ok): (&str, fn(char) -> bool) = if octal {
                        ("octal", |d| ('0'..='7').contains(&d))
                    } else {
                        ("binary", |d| d == '0' || d == '1')
                    };
                    c = self.nextc();
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                        }
                        if !c.is_some_and(ok) {
                            if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                                return self
                                    .err_here(format!("invalid digit '{d}' in {kind} literal"));
                            }
                            self.backup(c);
                            return self.err_here(format!("invalid {kind} literal"));
                        }
                        loop {
                            c = self.nextc();
                            if !c.is_some_and(ok) {
                                break;
                            }
                        }
                        if c != Some('_') {
                            break;
                        }
                    }
                    if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                        return self.err_here(format!("invalid digit '{d}' in {kind} literal"));
                    }
                    return self.end_of_number(c, kind);
                }
                _ => {
                    let mut nonzero = false;
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                            if !c.is_some_and(|d| d.is_ascii_digit()) {
                                self.backup(c);
                                return self.err_here("invalid decimal literal");
                            }
                        }
                        if c != Some('0') {
                            break;
                        }
                        c = self.nextc();
                    }
                    if c.is_some_and(|d| d.is_ascii_digit()) {
                        nonzero = true;
                        match self.decimal_tail() {
                            Ok(x) => c = x,
                            Err(e) => return e,
                        }
                    }
                    match c {
                        Some('.') => {
                            c = self.nextc();
                            return self.fraction(c);
                        }
                        Some('e') | Some('E') => return self.exponent(c),
                        Some('j') | Some('J') => return self.imaginary(),
                        _ if nonzero => {
                            let pt = self.point(start);
                            return self.err_at(
                                ErrorKind::SyntaxError,
                                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                pt,
                            );
                        }
                        _ => return self.end_of_number(c, "decimal"),
                    }
                }
            }
        }
        // A decimal number: `c` is its first digit.
        match self.decimal_tail() {
            Ok(x) => c = x,
            Err(e) => return e,
        }
        if c == Some('.') {
            c = self.nextc();
            return self.fraction(c);
        }
        self.after_fraction(c)
    }

    fn fraction(&mut self, mut c: Option<char>) -> Option<(usize, CompileError)> {
        if c.is_some_and(|d| d.is_ascii_digit()) {
            match self.decimal_tail() {
                Ok(x) => c = x,
                Err(e) => return e,
            }
        }
        self.after_fraction(c)
    }

    fn after_fraction(&mut self, c: Option<char>) -> Option<(usize, CompileError)> {
        match c {
            Some('e') | Some('E') => self.exponent(c),
            Some('j') | Some('J') => self.imaginary(),
            _ => self.end_of_number(c, "decimal"),
        }
    }

    fn exponent(&mut self, e: Option<char>) -> Option<(usize, CompileError)> {
        let mut c = self.nextc();
        if matches!(c, Some('+') | Some('-')) {
            c = self.nextc();
            if !c.is_some_and(|d| d.is_ascii_digit()) {
                self.backup(c);
                return self.err_here("invalid decimal literal");
            }
        } else if !c.is_some_and(|d| d.is_ascii_digit()) {
            self.backup(c);
            // CPython: verify_end_of_number(tok, e, "decimal") with `e` already read.
            let keyword = self.keyword_follows(e);
            if !keyword {
                self.p -= 1;
                return self.err_here("invalid decimal literal");
            }
            self.p -= 1;
            return None;
        }
        match self.decimal_tail() {
            Ok(x) => c = x,
            Err(err) => return err,
        }
        if matches!(c, Some('j') | Some('J')) {
            return self.imaginary();
        }
        self.end_of_number(c, "decimal")
    }

    fn imaginary(&mut self) -> Option<(usize, CompileError)> {
        let c = self.nextc();
        self.end_of_number(c, "imaginary")
    }

    /// Reads digits and single underscores after a digit (CPython: `tok_decimal_tail`).
    fn decimal_tail(&mut self) -> Result<Option<char>, Option<(usize, CompileError)>> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !c.is_some_and(|d| d.is_ascii_digit()) {
                    break;
                }
            }
            if c != Some('_') {
                return Ok(c);
            }
            c = self.nextc();
            if !c.is_some_and(|d| d.is_ascii_digit()) {
                self.backup(c);
                return Err(self.err_here("invalid decimal literal"));
            }
        }
    }

    /// Whether a keyword that may follow a number (`and`, `else`, `for`, `if`, `in`, `is`,
    /// `not`, `or`) starts at the char `c` just read.
    fn keyword_follows(&self, c: Option<char>) -> bool {
        let rest = |s: &str| {
            s.chars()
                .enumerate()
                .all(|(k, ch)| self.chars.get(self.p + k) == Some(&ch))
        };
        match c {
            Some('a') => rest("nd"),
            Some('e') => rest("lse"),
            Some('f') => rest("or"),
            Some('i') => matches!(self.peek(0), Some('f') | Some('n') | Some('s')),
            Some('o') => rest("r"),
            Some('n') => rest("ot"),
            _ => false,
        }
    }

    /// CPython: `verify_end_of_number`; `c` is the char just read after the number.
    fn end_of_number(&mut self, c: Option<char>, kind: &str) -> Option<(usize, CompileError)> {
        if self.keyword_follows(c) {
            self.backup(c);
            return None;
        }
        if let Some(ch) = c {
            if ch.is_ascii_alphanumeric() || ch == '_' {
                self.backup(c);
                return self.err_here(format!("invalid {kind} literal"));
            }
        }
        self.backup(c);
        None
    }

    fn nextc(&mut self) -> Option<char> {
        let c = self.chars.get(self.p).copied();
        self.p += 1;
        c
    }

    fn backup(&mut self, _c: Option<char>) {
        self.p -= 1;
    }
}
