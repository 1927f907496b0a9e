//! Prints ruff's raw parse errors for source files (a development aid for `parse.rs`).
//!
//!     cargo run -p ouro-compiler --example ruff_errors -- FILE...

use ruff_python_ast::PythonVersion;
use ruff_python_parser::{Mode, ParseOptions};

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let index = ouro_compiler::source::SourceIndex::new(&source);
        let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY312);
        let parsed = ruff_python_parser::parse_unchecked(&source, options);
        for e in parsed.errors() {
            let (l, c) = index.line_col(e.location.start());
            println!("{path}: {l}:{} {:?}", c + 1, e.error);
        }
        for e in parsed.unsupported_syntax_errors() {
            let (l, c) = index.line_col(e.range.start());
            println!("{path}: {l}:{} unsupported {:?}", c + 1, e.kind);
        }
    }
}
