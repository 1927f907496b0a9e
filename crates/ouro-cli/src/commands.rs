//! The compiler-facing commands of `ouro`: `--dis` (print the disassembly as
//! `python3.12 -m dis` does), `--compile` (write a `.pyc`), `--compile-batch` (many files in one
//! process, for tools/compare_lib.py) and `--bench-compile` (for tools/bench_compile.py).
//! CPython counterparts: Lib/dis.py `_test`, Lib/py_compile.py, Lib/importlib's
//! `cache_from_source` and `_write_atomic`.

use crate::boundary;
use crate::encoding::{decode_for_compile, decode_source};
use crate::pythonrun::SyntaxErrorReport;
use ouro_bytecode::CodeObject;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Instant, UNIX_EPOCH};

/// Why a source file produced no code object.
enum Failure {
    /// The file could not be read.
    Io(std::io::Error),
    /// CPython would raise this SyntaxError (or subclass).
    Syntax(SyntaxErrorReport),
}

/// The path CPython shows for a script: the current directory joined to a relative path,
/// without normalisation (`python3.12 ./x.py` reports `/cwd/./x.py`).
pub fn script_path(arg: &str) -> String {
    if Path::new(arg).is_absolute() {
        return arg.to_owned();
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let cwd = cwd.to_string_lossy().into_owned();
            if cwd.ends_with('/') {
                format!("{cwd}{arg}")
            } else {
                format!("{cwd}/{arg}")
            }
        }
        Err(_) => arg.to_owned(),
    }
}

/// CPython's wording for an OS error: `[Errno 2] No such file or directory`.
fn os_error_text(err: &std::io::Error) -> String {
    let text = err.to_string();
    match err.raw_os_error() {
        Some(code) => {
            let suffix = format!(" (os error {code})");
            let text = text.strip_suffix(&suffix).unwrap_or(&text);
            format!("[Errno {code}] {text}")
        }
        None => text,
    }
}

/// Reads and decodes a source file; `display_path` is used in decoding messages.
fn read_source(path: &str, display_path: &str) -> Result<String, Failure> {
    let bytes = std::fs::read(path).map_err(Failure::Io)?;
    decode_source(&bytes, display_path).map_err(Failure::Syntax)
}

/// Compiles decoded source as `compile(source, filename, "exec")`.
fn compile_source(source: &str, filename: &str) -> Result<CodeObject, SyntaxErrorReport> {
    ouro_compiler::compile_file(source, filename, ouro_vm::initconfig::get().optimize)
        .map_err(|err| SyntaxErrorReport::from_compile_error(&err, source))
}

/// Reads and compiles one file; errors are printed as `python3.12 FILE` prints them.
fn load_and_compile(path: &str) -> Result<CodeObject, i32> {
    let shown = script_path(path);
    let result = read_source(path, &shown)
        .and_then(|source| compile_source(&source, path).map_err(Failure::Syntax));
    match result {
        Ok(code) => Ok(code),
        Err(Failure::Io(err)) => {
            eprintln!("ouro: can't open file '{shown}': {}", os_error_text(&err));
            Err(2)
        }
        Err(Failure::Syntax(report)) => {
            eprint!("{}", report.display(&shown));
            Err(1)
        }
    }
}

/// `ouro FILE [ARGS...]`: runs the script as `__main__` (CPython: `pymain_run_file`).
pub fn run(path: &str, args: &[String]) -> i32 {
    let shown = script_path(path);
    let result = read_source(path, &shown)
        .and_then(|source| compile_source(&source, &shown).map_err(Failure::Syntax));
    let code = match result {
        Ok(code) => code,
        Err(Failure::Io(err)) => {
            eprintln!(
                "{}: can't open file '{shown}': {}",
                python_name(),
                os_error_text(&err)
            );
            return 2;
        }
        Err(Failure::Syntax(report)) => {
            eprint!("{}", report.display(&shown));
            return 1;
        }
    };
    ouro_vm::pyhash::init_from_env(ouro_vm::initconfig::hash_seed_env().as_deref());
    let vm = ouro_vm::Vm::new();
    let mut argv = vec![path.to_string()];
    argv.extend(args.iter().cloned());
    ouro_vm::pythonrun::run_main(&vm, code, &shown, &argv)
}

/// `ouro -c CODE [ARGS...]` and a script on standard input (`ouro -` or `ouro < FILE`): the
/// source runs as `__main__` with filename `<string>` or `<stdin>` (CPython: `pymain_run_command`,
/// `pymain_run_stdin`).
pub fn run_source(source: &str, filename: &str, argv: Vec<String>) -> i32 {
    let code = match compile_source(source, filename) {
        Ok(code) => code,
        Err(report) => {
            eprint!("{}", report.display(filename));
            return 1;
        }
    };
    ouro_vm::pyhash::init_from_env(ouro_vm::initconfig::hash_seed_env().as_deref());
    let vm = ouro_vm::Vm::new();
    ouro_vm::pythonrun::run_main_with(&vm, code, None, "", &argv)
}

/// `ouro -m MODULE [ARGS...]`: runs a module found on the path as `__main__` (CPython:
/// `pymain_run_module`, `runpy._run_module_as_main`).
pub fn run_module(name: &str, args: &[String]) -> i32 {
    let cwd = std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    ouro_vm::pyhash::init_from_env(ouro_vm::initconfig::hash_seed_env().as_deref());
    let vm = ouro_vm::Vm::new();
    ouro_vm::pythonrun::run_module_as_main(&vm, name, &cwd, args)
}

/// A script read from standard input.
pub fn run_stdin(args: &[String]) -> i32 {
    let mut bytes = Vec::new();
    if std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).is_err() {
        return 1;
    }
    let source = match decode_source(&bytes, "<stdin>") {
        Ok(s) => s,
        Err(report) => {
            eprint!("{}", report.display("<stdin>"));
            return 1;
        }
    };
    let mut argv = vec![args.first().cloned().unwrap_or_default()];
    argv.extend(args.iter().skip(1).cloned());
    run_source(&source, "<stdin>", argv)
}

/// The program name in messages CPython prefixes with its executable name.
fn python_name() -> String {
    std::env::args().next().unwrap_or_else(|| "ouro".into())
}

/// `ouro --dis FILE`.
pub fn dis(path: &str) -> i32 {
    match load_and_compile(path) {
        Ok(code) => {
            let listing = ouro_bytecode::dis::disassemble(&code);
            let mut stdout = std::io::stdout().lock();
            if stdout
                .write_all(listing.as_bytes())
                .and_then(|_| stdout.flush())
                .is_err()
            {
                return 1;
            }
            0
        }
        Err(status) => status,
    }
}

/// Source mtime (seconds, low 32 bits) and size (low 32 bits), as a .pyc header stores them.
fn source_stamp(path: &str) -> std::io::Result<(u32, u32)> {
    let meta = std::fs::metadata(path)?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    Ok((mtime, meta.len() as u32))
}

/// `__pycache__/NAME.ouro-312.pyc` beside the source (CPython: `cache_from_source`).
pub fn cache_path(source: &str) -> PathBuf {
    let source = Path::new(source);
    let dir = source.parent().unwrap_or(Path::new(""));
    let file = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = match file.rfind('.') {
        Some(dot) if dot > 0 => &file[..dot],
        _ => &file[..],
    };
    dir.join("__pycache__")
        .join(format!("{stem}.{}.pyc", ouro_bytecode::pyc::CACHE_TAG))
}

/// Writes through a temporary file and a rename, so readers never see half a file
/// (CPython: importlib `_write_atomic`).
fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// `ouro --compile FILE [-o OUT]`.
pub fn compile(path: &str, out: Option<&str>) -> i32 {
    let code = match load_and_compile(path) {
        Ok(code) => code,
        Err(status) => return status,
    };
    let (mtime, size) = match source_stamp(path) {
        Ok(stamp) => stamp,
        Err(err) => {
            eprintln!("ouro: can't stat '{path}': {}", os_error_text(&err));
            return 1;
        }
    };
    let target = match out {
        Some(out) => PathBuf::from(out),
        None => cache_path(path),
    };
    if out.is_none() {
        if let Some(dir) = target.parent() {
            if let Err(err) = std::fs::create_dir_all(dir) {
                eprintln!(
                    "ouro: can't create '{}': {}",
                    dir.display(),
                    os_error_text(&err)
                );
                return 1;
            }
        }
    }
    let bytes = ouro_bytecode::pyc::pyc_bytes(&code, mtime, size);
    match write_atomic(&target, &bytes) {
        Ok(()) => 0,
        Err(err) => {
            eprintln!(
                "ouro: can't write '{}': {}",
                target.display(),
                os_error_text(&err)
            );
            1
        }
    }
}

/// The non-empty lines of a list file.
fn read_list(list: &str) -> Result<Vec<String>, i32> {
    match std::fs::read_to_string(list) {
        Ok(text) => Ok(text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect()),
        Err(err) => {
            eprintln!("ouro: can't read '{list}': {}", os_error_text(&err));
            Err(2)
        }
    }
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_opt(n: Option<i64>) -> String {
    n.map_or_else(|| "null".to_owned(), |n| n.to_string())
}

/// The outcome of one file of a batch, as one JSON line.
fn batch_one(index: usize, path: &str, outdir: &Path) -> String {
    let head = format!("{{\"index\": {index}, \"path\": {}", json_str(path));
    let compiled = boundary::catch(|| {
        let bytes = std::fs::read(path).map_err(Failure::Io)?;
        let source = decode_for_compile(&bytes).map_err(Failure::Syntax)?;
        let code = compile_source(&source, path).map_err(Failure::Syntax)?;
        let (mtime, size) = source_stamp(path).map_err(Failure::Io)?;
        Ok::<_, Failure>(ouro_bytecode::pyc::pyc_bytes(&code, mtime, size))
    });
    match compiled {
        Ok(Ok(bytes)) => {
            let target = outdir.join(format!("{index}.pyc"));
            match std::fs::write(&target, bytes) {
                Ok(()) => format!("{head}, \"ok\": true}}"),
                Err(err) => format!(
                    "{head}, \"ok\": false, \"type\": \"OSError\", \"msg\": {}, \"lineno\": null}}",
                    json_str(&os_error_text(&err))
                ),
            }
        }
        Ok(Err(Failure::Io(err))) => format!(
            "{head}, \"ok\": false, \"type\": \"OSError\", \"msg\": {}, \"lineno\": null}}",
            json_str(&os_error_text(&err))
        ),
        Ok(Err(Failure::Syntax(r))) => format!(
            "{head}, \"ok\": false, \"type\": {}, \"msg\": {}, \"lineno\": {}, \"offset\": {}}}",
            json_str(r.type_name),
            json_str(&r.msg),
            json_opt(r.lineno),
            json_opt((r.offset >= 0).then_some(r.offset)),
        ),
        Err(internal) => format!(
            "{head}, \"ok\": false, \"type\": \"crash\", \"msg\": {}, \"lineno\": null}}",
            json_str(&internal.0)
        ),
    }
}

/// `ouro --compile-batch LISTFILE OUTDIR`: compiles every file named in LISTFILE (one path a
/// line) to `OUTDIR/INDEX.pyc`, INDEX being the 0-based position in the list, and prints one
/// JSON object a line per file, in order, flushed as it goes:
/// `{"index": I, "path": P, "ok": true}` or
/// `{"index": I, "path": P, "ok": false, "type": T, "msg": M, "lineno": L, ...}` where T is the
/// exception type name, `OSError`, or `crash` for an internal error.
pub fn compile_batch(list: &str, outdir: &str) -> i32 {
    let files = match read_list(list) {
        Ok(files) => files,
        Err(status) => return status,
    };
    let outdir = Path::new(outdir);
    if let Err(err) = std::fs::create_dir_all(outdir) {
        eprintln!(
            "ouro: can't create '{}': {}",
            outdir.display(),
            os_error_text(&err)
        );
        return 2;
    }
    let mut stdout = std::io::stdout().lock();
    for (index, path) in files.iter().enumerate() {
        let line = batch_one(index, path, outdir);
        if writeln!(stdout, "{line}")
            .and_then(|_| stdout.flush())
            .is_err()
        {
            return 1;
        }
    }
    0
}

/// `ouro --bench-compile LISTFILE N`: reads and decodes every listed file, then compiles them
/// all N times and prints the seconds the compiling took (reading excluded).
pub fn bench_compile(list: &str, repeat: &str) -> i32 {
    let Ok(repeat) = repeat.parse::<u32>() else {
        eprintln!("ouro: --bench-compile: N must be a positive integer, not '{repeat}'");
        return 2;
    };
    let files = match read_list(list) {
        Ok(files) => files,
        Err(status) => return status,
    };
    let sources: Vec<(String, String)> = files
        .into_iter()
        .filter_map(|path| {
            let source = read_source(&path, &path).ok()?;
            Some((path, source))
        })
        .collect();
    let start = Instant::now();
    let mut failures = 0usize;
    for _ in 0..repeat {
        for (path, source) in &sources {
            let ok = boundary::catch(|| ouro_compiler::compile_module(source, path, 0).is_ok());
            if !matches!(ok, Ok(true)) {
                failures += 1;
            }
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!("{elapsed:.6}");
    if failures > 0 {
        eprintln!(
            "ouro: --bench-compile: {} of {} files did not compile",
            failures / repeat.max(1) as usize,
            sources.len()
        );
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_path_is_beside_the_source() {
        assert_eq!(
            cache_path("a/b/mod.py"),
            PathBuf::from("a/b/__pycache__/mod.ouro-312.pyc")
        );
        assert_eq!(
            cache_path("mod.py"),
            PathBuf::from("__pycache__/mod.ouro-312.pyc")
        );
    }

    #[test]
    fn json_escapes() {
        assert_eq!(json_str("a\"b\\c\n\u{1}é"), "\"a\\\"b\\\\c\\n\\u0001é\"");
    }

    #[test]
    fn errno_text() {
        let err = std::io::Error::from_raw_os_error(2);
        assert_eq!(os_error_text(&err), "[Errno 2] No such file or directory");
    }
}
