//! The location-table check of the compiler corpus: for every `tests/dis/**/NAME.positions`
//! (written by tools/bless.py from CPython 3.12's `co_positions()`), NAME.py is compiled with
//! `ouro_compiler::compile_module` and the positions decoded from each code object's location
//! table must be the listed ones. `python3.12 -m dis` prints no columns, so the corpus's
//! `.dis` files alone cannot catch a wrong column.

use ouro_bytecode::code::Constant;
use ouro_bytecode::linetable;
use ouro_bytecode::CodeObject;
use std::path::{Path, PathBuf};

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/dis")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "positions") {
            out.push(p);
        }
    }
}

fn field(v: Option<i32>) -> String {
    v.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

/// The listing tools/bless.py writes, for ouro's code object.
fn listing(code: &CodeObject, out: &mut Vec<String>) -> Result<(), String> {
    out.push(format!("code {} {}", code.qualname, code.firstlineno));
    let units = (code.code.len() / 2) as u32;
    let positions = linetable::positions(&code.linetable, code.firstlineno as i32, units)
        .map_err(|e| format!("{}: bad location table: {e:?}", code.qualname))?;
    for (a, b, c, d) in positions {
        out.push(format!(
            "{} {} {} {}",
            field(a),
            field(b),
            field(c),
            field(d)
        ));
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            listing(inner, out)?;
        }
    }
    Ok(())
}

fn check(expected_file: &Path) -> Result<(), String> {
    let py = expected_file.with_extension("py");
    let source = std::fs::read_to_string(&py).map_err(|e| format!("{}: {e}", py.display()))?;
    let expected = std::fs::read_to_string(expected_file).map_err(|e| e.to_string())?;
    let name = py.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    let code = ouro_compiler::compile_module(&source, name, 0)
        .map_err(|e| format!("ouro rejects it: {e:?}"))?;
    let mut actual = Vec::new();
    listing(&code, &mut actual)?;
    let expected: Vec<&str> = expected.lines().collect();
    let mut current = "";
    for (i, want) in expected.iter().enumerate() {
        if want.starts_with("code ") {
            current = want;
        }
        let got = actual.get(i).map_or("<end>", |s| s.as_str());
        if got != *want {
            return Err(format!(
                "line {}: expected `{want}`, ouro has `{got}` (in {current})",
                i + 1
            ));
        }
    }
    if actual.len() != expected.len() {
        return Err(format!(
            "{} lines expected, ouro has {}",
            expected.len(),
            actual.len()
        ));
    }
    Ok(())
}

#[test]
fn corpus_positions() {
    let mut files = Vec::new();
    collect(&corpus_root(), &mut files);
    assert!(!files.is_empty(), "no .positions files: run tools/bless.py");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|f| check(f).err().map(|e| format!("{}: {e}", f.display())))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
