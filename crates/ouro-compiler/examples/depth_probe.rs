//! Finds how deep an expression ruff's parser and the symbol table survive on a given stack
//! (a development aid for `parse::MAX_NESTING`).
//!
//!     cargo run -p ouro-compiler --example depth_probe -- STACK_KB KIND N

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kb: usize = args[1].parse().unwrap();
    let kind = args[2].clone();
    let n: usize = args[3].parse().unwrap();
    let src = match kind.as_str() {
        "minus" => format!("x = {}1\n", "-".repeat(n)),
        "not" => format!("x = {}1\n", "not ".repeat(n)),
        "lambda" => format!("x = {}1\n", "lambda: ".repeat(n)),
        _ => format!("x = {}1{}\n", "(-".repeat(n), ")".repeat(n)),
    };
    let h = std::thread::Builder::new()
        .stack_size(kb * 1024)
        .spawn(move || {
            let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
                .with_target_version(ruff_python_ast::PythonVersion::PY312);
            let parsed = ruff_python_parser::parse_unchecked(&src, options);
            let parsed = parsed.try_into_module().unwrap();
            let index = ouro_compiler::source::SourceIndex::new(&src);
            if std::env::var("NOSYM").is_err() {
                let _ =
                    ouro_compiler::symtable::build_with_text(parsed.syntax(), &src, &index, "t");
            }
        })
        .unwrap();
    h.join().unwrap();
    println!("ok");
}
