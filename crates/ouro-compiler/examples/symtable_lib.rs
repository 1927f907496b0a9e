//! Measures ouro's symbol tables against CPython 3.12's over a directory of expected dumps
//! written by `tests/symtable/gen_expected.py --lib DIR` (one `N.sym` per source file, and an
//! `index` listing the sources). Prints how many dumps are identical, and the first lines of
//! the first differences.
//!
//!     cargo run --release -p ouro-compiler --example symtable_lib -- DIR [SHOW]

use ouro_compiler::symtable;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(dir) = args.get(1) else {
        eprintln!("usage: symtable_lib DIR [SHOW]");
        std::process::exit(2);
    };
    let show: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let index = std::fs::read_to_string(format!("{dir}/index")).expect("no index");
    let (mut same, mut total, mut shown) = (0, 0, 0);
    for (n, path) in index.lines().enumerate() {
        let Ok(expected) = std::fs::read_to_string(format!("{dir}/{n}.sym")) else {
            continue;
        };
        if expected.starts_with("SKIP") {
            continue;
        }
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        total += 1;
        let got = match ouro_compiler::parse::parse_module(&source).and_then(|parsed| {
            let idx = ouro_compiler::source::SourceIndex::new(&source);
            symtable::build_with_text(parsed.syntax(), &source, &idx, path)
        }) {
            Ok(t) => symtable::dump(&t),
            Err(e) => format!(
                "ERROR {} {} {} {}\n",
                e.kind.name(),
                e.lineno,
                e.offset,
                e.msg
            ),
        };
        if got == expected {
            same += 1;
        } else if shown < show {
            shown += 1;
            println!("--- {path}");
            for (a, b) in expected.lines().zip(got.lines()) {
                if a != b {
                    println!("expected: {a}\n     got: {b}");
                    break;
                }
            }
            if expected.lines().count() != got.lines().count() {
                println!(
                    "lines: expected {} got {}",
                    expected.lines().count(),
                    got.lines().count()
                );
            }
        }
    }
    println!("identical symtable dumps: {same} / {total}");
}
