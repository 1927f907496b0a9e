//! The `_tokenize` module: `TokenizerIter`, the tokenizer iterator that `tokenize.py` wraps,
//! yielding CPython 3.12's token 5-tuples `(type, string, start, end, line)`. The tokens come
//! from ruff's lexer (the one the compiler parses with); a Python prelude reads the source
//! through `readline`, turns offsets into (row, column) positions and applies CPython's
//! conventions (DEDENT and ENDMARKER positions, the empty NEWLINE at end of file, `{{` in
//! f-strings, exact operator types without `extra_tokens`). CPython: Python/Python-tokenize.c.

use crate::object::Value;
use crate::objects::module::ModuleData;
use crate::objects::str::StrData;
use crate::vm::{PyResult, Vm};
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::Ranged;

/// The Python part of the module: `TokenizerIter` over the tokens `_lex` finds.
const PRELUDE: &str = include_str!("tokenizemodule_prelude.py");

/// CPython's token type for a ruff token kind, with every operator as `OP` (55);
/// -1 for a token CPython's tokenizer would reject.
fn token_type(kind: TokenKind) -> i64 {
    use TokenKind as K;
    match kind {
        K::Name => 1,
        K::Int | K::Float | K::Complex => 2,
        K::String => 3,
        K::Newline => 4,
        K::Indent => 5,
        K::Dedent => 6,
        K::FStringStart => 61,
        K::FStringMiddle => 62,
        K::FStringEnd => 63,
        K::Comment => 64,
        K::NonLogicalNewline => 65,
        K::EndOfFile => 0,
        K::Unknown
        | K::IpyEscapeCommand
        | K::Question
        | K::TStringStart
        | K::TStringMiddle
        | K::TStringEnd => -1,
        k if k.is_keyword() || k.is_soft_keyword() => 1,
        _ => 55,
    }
}

/// `_lex(source)`: the list of `(type, start, end)` of the source's tokens, offsets in
/// characters.
fn lex(vm: &Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(src) = args.first().and_then(|a| a.downcast::<StrData>()) else {
        return Err(vm.new_type_error("_lex() argument must be str"));
    };
    let source = src.as_str();
    // The character index of every byte offset (and of the end).
    let mut chars = vec![0usize; source.len() + 1];
    let mut n = 0usize;
    for (i, c) in source.char_indices() {
        for slot in chars.iter_mut().skip(i).take(c.len_utf8()) {
            *slot = n;
        }
        n += 1;
    }
    if let Some(last) = chars.last_mut() {
        *last = n;
    }
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let mut out = Vec::new();
    for tok in parsed.tokens().iter() {
        let r = tok.range();
        let s = chars.get(r.start().to_usize()).copied().unwrap_or(n);
        let e = chars.get(r.end().to_usize()).copied().unwrap_or(n);
        out.push(vm.new_tuple(vec![
            vm.new_int(token_type(tok.kind())),
            vm.new_int(s as i64),
            vm.new_int(e as i64),
        ]));
    }
    Ok(vm.new_list(out))
}

/// Makes the `_tokenize` module.
pub fn make(vm: &Vm) -> Value {
    let m = crate::import::new_module(vm, "_tokenize");
    if let Some(md) = m.downcast::<ModuleData>() {
        let d = md.dict.clone();
        let f = crate::objects::builtin::new_module_function(vm, "_lex", lex, Some(m.clone()));
        d.set_str(vm, &vm.intern("_lex"), f);
        crate::posixmodule::run_prelude(vm, &d, PRELUDE, "<ouro:_tokenize>");
    }
    m
}
