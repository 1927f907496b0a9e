//! The program runner: every program `tests/programs/GROUP/CHAPTER/NAME.py` (exactly two
//! folders deep; deeper `.py` files are helper modules the programs import) is run as
//! `ouro NAME.py` and its stdout, stderr and exit status are compared with `NAME.stdout`,
//! `NAME.stderr` and `NAME.status`, which tools/bless_programs.py recorded from
//! `python3.12 NAME.py` (ouro never writes them). Both outputs are normalised: the absolute
//! directory of the program becomes `<DIR>`, any path ending in `/lib/python3.12/` (CPython's
//! Lib, wherever it lives) becomes `<LIB>/`, and memory addresses (`0x...`) become `0xADDR`.
//! Each run happens in the program's directory, with stdin from /dev/null, no inherited
//! `PYTHON*` variables and `PYTHONHASHSEED=0`, `PYTHONDONTWRITEBYTECODE=1`,
//! `PYTHONIOENCODING=utf-8`. A program whose first line is `# xfail: REASON` must not match;
//! if it matches, the suite fails and says to remove the line. Whatever the marker says, a run
//! longer than 10 s (a hang), exit status 70 (an ouro internal error) and death by a signal are
//! failures. Environment: `OURO_PROGRAMS_FILTER=TEXT` runs only the programs whose path
//! contains TEXT; `OURO_PROGRAMS_VERBOSE=1` also prints the diffs of xfail programs;
//! `OURO_PROGRAMS_REPORT=PATH` writes one `PASS|FAIL|XFAIL|XPASS relative/path.py` line per
//! program.

mod common;

use common::{diff, normalise_addresses, Mismatch, Outcome, Summary};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one program may run before it counts as a hang.
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// The exit status ouro uses for its internal errors.
const INTERNAL_ERROR_STATUS: i32 = 70;

fn programs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs")
}

/// The programs: `.py` files exactly two folders below the root, sorted.
fn collect(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let dirs = |dir: &Path| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        v.sort();
        v
    };
    for group in dirs(root).into_iter().filter(|p| p.is_dir()) {
        for chapter in dirs(&group).into_iter().filter(|p| p.is_dir()) {
            for file in dirs(&chapter) {
                if file.is_file() {
                    out.push(file);
                }
            }
        }
    }
    out
}

/// The reason of a `# xfail: REASON` first line.
fn xfail_reason(source: &str) -> Option<String> {
    source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# xfail:"))
        .map(|r| r.trim().to_owned())
}

/// Replaces every path that ends in `/lib/python3.12/` with `<LIB>/`: the path starts after
/// the last quote, space or line start before it.
fn normalise_lib(text: &str) -> String {
    const MARK: &str = "/lib/python3.12/";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        let before = &rest[..at];
        let start = before
            .rfind(['"', '\'', ' ', '\n', '('])
            .map_or(0, |i| i + 1);
        out.push_str(&before[..start]);
        out.push_str("<LIB>/");
        rest = &rest[at + MARK.len()..];
    }
    out.push_str(rest);
    out
}

/// The normalisation tools/bless_programs.py applies to CPython's output.
fn normalise(text: &str, abs_dir: &str) -> String {
    let text = text.replace(&format!("{abs_dir}/"), "<DIR>/");
    normalise_addresses(&normalise_lib(&text))
}

/// What a finished run gave.
struct Run {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// The exit status, or None if a signal ended the process.
    code: Option<i32>,
    timed_out: bool,
}

/// Runs `ouro NAME.py` in the program's directory, killing it after `limit`.
fn run_ouro(ouro: &Path, py: &Path, limit: Duration) -> Result<Run, String> {
    let dir = py.parent().ok_or("a program lives in a directory")?;
    let name = py.file_name().ok_or("a program has a file name")?;
    let mut command = Command::new(ouro);
    command
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            command.env_remove(key);
        }
    }
    command
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8");
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not run ouro: {e}"))?;
    // Drain both pipes on their own threads so a chatty program cannot block on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for ouro: {e}")),
        }
    };
    Ok(Run {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        code: status.code(),
        timed_out,
    })
}

/// Runs one program and compares it with its expected files.
fn check(ouro: &Path, py: &Path, limit: Duration) -> Result<(), Mismatch> {
    let plain = |why: String| Mismatch { fatal: false, why };
    let fatal = |why: String| Mismatch { fatal: true, why };
    let read = |ext: &str| {
        let path = py.with_extension(ext);
        std::fs::read_to_string(&path).map_err(|e| {
            fatal(format!(
                "{}: {e}: run tools/bless_programs.py",
                path.display()
            ))
        })
    };
    let expected_stdout = read("stdout")?;
    let expected_stderr = read("stderr")?;
    let expected_status = read("status")?;
    let abs_dir = py
        .parent()
        .and_then(|d| d.canonicalize().ok())
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let run = run_ouro(ouro, py, limit).map_err(fatal)?;
    let stdout = normalise(&String::from_utf8_lossy(&run.stdout), &abs_dir);
    let stderr = normalise(&String::from_utf8_lossy(&run.stderr), &abs_dir);
    if run.timed_out {
        return Err(fatal(format!(
            "hang: killed after {} s",
            limit.as_secs_f64()
        )));
    }
    let Some(code) = run.code else {
        return Err(fatal(format!(
            "ouro was killed by a signal; stderr:\n{}",
            tail(&stderr, 20)
        )));
    };
    if code == INTERNAL_ERROR_STATUS {
        return Err(fatal(format!(
            "ouro internal error (exit status {code}); stderr:\n{}",
            tail(&stderr, 20)
        )));
    }
    let mut problems = Vec::new();
    if expected_status.trim() != code.to_string() {
        problems.push(format!(
            "exit status {code}, expected {}",
            expected_status.trim()
        ));
    }
    if expected_stdout != stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&expected_stdout, &stdout, 40)
        ));
    }
    if expected_stderr != stderr {
        problems.push(format!(
            "stderr differs:\n{}",
            diff(&expected_stderr, &stderr, 40)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(plain(problems.join("\n")))
    }
}

/// The last `n` lines of a text.
fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.trim_end().lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

#[test]
fn programs() {
    let ouro = PathBuf::from(env!("CARGO_BIN_EXE_ouro"));
    let root = programs_root();
    let files = collect(&root);
    assert!(!files.is_empty(), "no programs under {}", root.display());
    let filter = std::env::var("OURO_PROGRAMS_FILTER").unwrap_or_default();
    let verbose = std::env::var("OURO_PROGRAMS_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    let rel = |p: &Path| {
        p.strip_prefix(&root)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    };

    // Expected files must belong to a program.
    let orphans = common::orphans(&files, &["stdout", "stderr", "status"], rel);
    let sources: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "py"))
        .filter(|f| rel(f).contains(&filter))
        .collect();

    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    let outcomes = common::check_all(&sources, workers, |py| {
        let source = std::fs::read(py).unwrap_or_default();
        let xfail = xfail_reason(&String::from_utf8_lossy(&source)).is_some();
        let (verdict, detail) = common::verdict(check(&ouro, py, TIME_LIMIT), xfail);
        Outcome {
            rel: rel(py),
            verdict,
            detail,
        }
    });
    let failed = common::summarise(
        &outcomes,
        &orphans,
        verbose,
        &Summary {
            label: "programs: ",
            noun: "programs",
            report_var: "OURO_PROGRAMS_REPORT",
            mark_tool: "tools/mark_xfail_programs.py",
        },
    );
    assert_eq!(failed, 0, "{failed} programs failed (see above)");
}

#[test]
fn normalisation_matches_bless_programs() {
    let text = concat!(
        "  File \"/root/.pyenv/versions/3.12.1/lib/python3.12/json/decoder.py\", line 3\n",
        "  File \"/tmp/p/x.py\", line 1, in <module>\n<object at 0x7f3a2b>"
    );
    assert_eq!(
        normalise(text, "/tmp/p"),
        concat!(
            "  File \"<LIB>/json/decoder.py\", line 3\n",
            "  File \"<DIR>/x.py\", line 1, in <module>\n<object at 0xADDR>"
        )
    );
    assert_eq!(normalise_lib("/usr/lib/python3.12/os.py"), "<LIB>/os.py");
}

#[test]
fn xfail_marker_is_the_first_line() {
    assert_eq!(xfail_reason("# xfail: a\nx = 1\n").as_deref(), Some("a"));
    assert_eq!(xfail_reason("x = 1\n# xfail: b\n"), None);
}

#[test]
fn diff_shows_changed_lines() {
    let d = diff("a\nb\nc\n", "a\nx\nc\n", 10);
    assert!(d.contains("- b") && d.contains("+ x"), "{d}");
}

/// Runs `/bin/sh` in place of ouro on a throwaway program (a shell script named NAME.py) whose
/// expected files say "exit status 0, no output".
fn check_script(name: &str, script: &str, limit: Duration) -> Result<(), Mismatch> {
    let dir = std::env::temp_dir().join(format!("ouro-programs-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let py = dir.join(format!("{name}.py"));
    std::fs::write(&py, script).expect("write the script");
    std::fs::write(py.with_extension("stdout"), "").expect("write");
    std::fs::write(py.with_extension("stderr"), "").expect("write");
    std::fs::write(py.with_extension("status"), "0\n").expect("write");
    let result = check(Path::new("/bin/sh"), &py, limit);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

#[test]
fn internal_errors_hangs_and_signals_are_fatal() {
    if !Path::new("/bin/sh").exists() {
        return;
    }
    let short = Duration::from_millis(500);
    assert!(check_script("ok", "exit 0\n", short).is_ok());
    let plain = check_script("mismatch", "echo hi\n", short).expect_err("a mismatch");
    assert!(
        !plain.fatal && plain.why.contains("stdout differs"),
        "{}",
        plain.why
    );
    let internal = check_script("internal", "exit 70\n", short).expect_err("status 70");
    assert!(
        internal.fatal && internal.why.contains("internal error"),
        "{}",
        internal.why
    );
    let hang = check_script("hang", "exec sleep 5\n", short).expect_err("a hang");
    assert!(hang.fatal && hang.why.starts_with("hang"), "{}", hang.why);
    let signal = check_script("signal", "kill -SEGV $$\n", short).expect_err("a signal");
    assert!(
        signal.fatal && signal.why.contains("signal"),
        "{}",
        signal.why
    );
}
