//! Tests of the `ouro` command line itself (not of the compiler): commands that are not
//! implemented, the panic boundary, file errors, argument errors and the batch protocol.

use std::path::PathBuf;
use std::process::{Command, Output};

fn ouro(args: &[&str], dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ouro"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("ouro runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ouro-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_missing_script_is_reported_as_cpython_does() {
    let dir = scratch("missing");
    let out = ouro(&["x.py"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains(": can't open file '")
            && err.ends_with("x.py': [Errno 2] No such file or directory\n"),
        "{err}"
    );
}

#[test]
fn dash_m_runs_a_module_as_main() {
    let dir = scratch("dash_m");
    std::fs::write(
        dir.join("hello.py"),
        "import sys\nprint(__name__, sys.argv[1:])\n",
    )
    .unwrap();
    let out = ouro(&["-m", "hello", "x"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "__main__ ['x']\n");
    let out = ouro(&["-m", "no_such_module_here"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with(": No module named no_such_module_here\n"));
}

/// `-m` of a package runs its `__main__` with `__package__` set, so relative imports work, and
/// an error's traceback starts in runpy's frozen frames; the expected texts are python3.12's.
#[test]
fn dash_m_runs_packages_through_runpy() {
    let dir = scratch("dash_m_pkg");
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("__init__.py"), "").unwrap();
    std::fs::write(pkg.join("helper.py"), "X = 1\n").unwrap();
    std::fs::write(
        pkg.join("__main__.py"),
        "import sys\nfrom . import helper\nprint(__name__, __package__, __spec__.name, helper.X, sys.argv[0] == __file__)\n",
    )
    .unwrap();
    std::fs::write(pkg.join("boom.py"), "raise ValueError(__spec__.name)\n").unwrap();
    let out = ouro(&["-m", "pkg"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "__main__ pkg pkg.__main__ 1 True\n");
    let out = ouro(&["-m", "pkg.boom"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let boom = pkg.join("boom.py");
    assert_eq!(
        text(&out.stderr),
        format!(
            "Traceback (most recent call last):\n  \
             File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
             File \"<frozen runpy>\", line 88, in _run_code\n  \
             File \"{}\", line 1, in <module>\n    \
             raise ValueError(__spec__.name)\n\
             ValueError: pkg.boom\n",
            boom.display()
        )
    );
}

#[test]
fn panics_are_reported_without_backtrace() {
    let dir = scratch("panic");
    let out = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .arg("--internal-panic-test")
        .env("RUST_BACKTRACE", "1")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(70));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("ouro: internal error: deliberate panic for the tests"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("backtrace"), "{err}");
}

#[test]
fn missing_file_is_reported_as_cpython_does() {
    let dir = scratch("missing");
    let out = ouro(&["--dis", "nofile.py"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!(
            "ouro: can't open file '{}/nofile.py': [Errno 2] No such file or directory\n",
            dir.display()
        )
    );
}

#[test]
fn bad_arguments_print_usage() {
    let dir = scratch("usage");
    let out = ouro(&["--dis"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("ouro --dis FILE"));
    let out = ouro(&["--frobnicate"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("ouro: unknown option --frobnicate\n"));
}

#[test]
fn undecodable_source_is_a_syntax_error() {
    let dir = scratch("decode");
    std::fs::write(dir.join("bad.py"), b"x = 1\ny = '\xff'\n").unwrap();
    let out = ouro(&["--dis", "bad.py"], &dir);
    assert_eq!(out.status.code(), Some(1));
    // What python3.12 prints for the same file.
    assert_eq!(
        text(&out.stderr),
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file {}/bad.py on line 2, but \
             no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
            dir.display()
        )
    );
}

#[test]
fn batch_reports_one_json_line_per_file() {
    let dir = scratch("batch");
    std::fs::write(dir.join("good.py"), "x = 1\n").unwrap();
    std::fs::write(dir.join("bad.py"), "x = (\n").unwrap();
    std::fs::write(dir.join("list.txt"), "good.py\nbad.py\nmissing.py\n").unwrap();
    let out = ouro(&["--compile-batch", "list.txt", "out"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].starts_with("{\"index\": 0, \"path\": \"good.py\""));
    assert!(
        lines[1].starts_with(
            "{\"index\": 1, \"path\": \"bad.py\", \"ok\": false, \"type\": \"SyntaxError\""
        ),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains("\"lineno\": "), "{}", lines[1]);
    assert!(lines[2].contains("\"type\": \"OSError\""), "{}", lines[2]);
}

#[test]
fn deep_nesting_does_not_crash() {
    let dir = scratch("deep");
    let depth = 5000;
    let source = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    std::fs::write(dir.join("deep.py"), &source).unwrap();
    let minus = format!("x = {}1\n", "-".repeat(100_000));
    std::fs::write(dir.join("minus.py"), &minus).unwrap();
    for file in ["deep.py", "minus.py"] {
        let out = ouro(&["--dis", file], &dir);
        // A compile error or a listing, but never a signal or an internal error.
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{file}: {:?} {}",
            out.status,
            text(&out.stderr)
        );
    }
}

/// A `co_stacksize` smaller than the bytecode needs, set by `code.replace()` or carried by
/// marshal data, makes CPython write past its frame (the outcome is undefined there, so there
/// is no expected output to bless); ouro sizes frames by what the bytecode reaches and runs it.
#[test]
fn understated_stack_sizes_do_not_crash() {
    let dir = scratch("stacksize");
    let source = "import marshal\n\
def f(n):\n    if n < 2:\n        return n\n    return f(n - 1) + f(n - 2) + [n, n, n][0]\n\
f.__code__ = f.__code__.replace(co_stacksize=1)\n\
print(f(10), f.__code__.co_stacksize)\n\
g = lambda a, b: (a, b, (a, (b, (a, [b]))))\n\
g.__code__ = marshal.loads(marshal.dumps(g.__code__.replace(co_stacksize=0)))\n\
print(g(1, 2))\n";
    std::fs::write(dir.join("small.py"), source).unwrap();
    let out = ouro(&["small.py"], &dir);
    assert_eq!(
        (out.status.code(), text(&out.stdout).as_str()),
        (Some(0), "364 1\n(1, 2, (1, (2, (1, [2]))))\n"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn compile_writes_a_pyc_in_pycache() {
    let dir = scratch("pyc");
    std::fs::write(dir.join("mod.py"), "x = 1\n").unwrap();
    let out = ouro(&["--compile", "mod.py"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pyc = std::fs::read(dir.join("__pycache__/mod.ouro-312.pyc")).unwrap();
    // 3.12's magic number (3531), flags 0, then the source mtime and size.
    assert_eq!(&pyc[..8], &[0xcb, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0]);
    assert_eq!(u32::from_le_bytes(pyc[12..16].try_into().unwrap()), 6);
    assert!(pyc.len() > 16);
    let out = ouro(&["--compile", "mod.py", "-o", "elsewhere.pyc"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read(dir.join("elsewhere.pyc")).unwrap(), pyc);
}

#[test]
fn dash_c_and_standard_input_run_code() {
    let dir = scratch("dash_c");
    let out = ouro(&["-c", "import sys; print(6 * 7, sys.argv)", "a"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "42 ['-c', 'a']\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .arg("-")
        .current_dir(&dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"print('from stdin')\n1/0\n").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "from stdin\n");
    assert!(text(&out.stderr).ends_with("ZeroDivisionError: division by zero\n"));
}
