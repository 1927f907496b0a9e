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

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Writes a line to the real stderr: the test harness captures `println!`, but the summary
/// must show even when the suite passes.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// How long one program may run before it counts as a hang.
const TIME_LIMIT: Duration = Duration::from_secs(10);

/// The exit status ouro uses for its internal errors.
const INTERNAL_ERROR_STATUS: i32 = 70;

/// What one program gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Pass,
    Fail,
    /// Did not match, as its xfail line says it must.
    XFail,
    /// Matched although marked xfail: counted as a failure.
    XPass,
}

struct Outcome {
    rel: String,
    verdict: Verdict,
    detail: String,
}

/// Why a run did not match; `fatal` mismatches fail even xfail programs.
struct Mismatch {
    fatal: bool,
    why: String,
}

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

/// Replaces every `0x` followed by lowercase hex digits with `0xADDR`.
fn normalise_addresses(text: &str) -> String {
    let bytes = text.as_bytes();
    let is_hex = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if bytes[i] == b'0'
            && bytes.get(i + 1) == Some(&b'x')
            && bytes.get(i + 2).is_some_and(is_hex)
        {
            let mut j = i + 2;
            while bytes.get(j).is_some_and(is_hex) {
                j += 1;
            }
            out.push_str(&text[copied..i]);
            out.push_str("0xADDR");
            copied = j;
            i = j;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
    out
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

/// A unified-style diff of two texts, trimmed to the differing middle and at most
/// `limit` lines.
fn diff(expected: &str, actual: &str, limit: usize) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let a_mid = &a[prefix..a.len() - suffix];
    let b_mid = &b[prefix..b.len() - suffix];
    let mut out = vec![format!(
        "@@ expected lines {}-{}, actual lines {}-{} @@",
        prefix + 1,
        prefix + a_mid.len(),
        prefix + 1,
        prefix + b_mid.len()
    )];
    for line in &a[prefix.saturating_sub(2)..prefix] {
        out.push(format!("  {line}"));
    }
    if a_mid.len() * b_mid.len() <= 1_000_000 {
        // Longest common subsequence of the middles, to interleave - and + lines.
        let (n, m) = (a_mid.len(), b_mid.len());
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if a_mid[i] == b_mid[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && a_mid[i] == b_mid[j] {
                out.push(format!("  {}", a_mid[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                out.push(format!("- {}", a_mid[i]));
                i += 1;
            } else {
                out.push(format!("+ {}", b_mid[j]));
                j += 1;
            }
        }
    } else {
        out.extend(a_mid.iter().map(|l| format!("- {l}")));
        out.extend(b_mid.iter().map(|l| format!("+ {l}")));
    }
    for line in a[a.len() - suffix..].iter().take(2) {
        out.push(format!("  {line}"));
    }
    let total = out.len();
    if total > limit {
        out.truncate(limit);
        out.push(format!("... ({} more diff lines)", total - limit));
    }
    out.join("\n")
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
    let mut orphans = Vec::new();
    for f in &files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        if matches!(ext, "stdout" | "stderr" | "status") && !f.with_extension("py").exists() {
            orphans.push(rel(f));
        }
    }
    let sources: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "py"))
        .filter(|f| rel(f).contains(&filter))
        .collect();

    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(py) = sources.get(i) else { break };
                let source = std::fs::read(py).unwrap_or_default();
                let xfail = xfail_reason(&String::from_utf8_lossy(&source));
                let (verdict, detail) = match (check(&ouro, py, TIME_LIMIT), &xfail) {
                    (Ok(()), None) => (Verdict::Pass, String::new()),
                    (Ok(()), Some(_)) => (
                        Verdict::XPass,
                        "now passes: remove the xfail marker".to_owned(),
                    ),
                    (Err(m), Some(_)) if !m.fatal => (Verdict::XFail, m.why),
                    (Err(m), _) => (Verdict::Fail, m.why),
                };
                if let Ok(mut outcomes) = outcomes.lock() {
                    outcomes.push(Outcome {
                        rel: rel(py),
                        verdict,
                        detail,
                    });
                }
            });
        }
    });
    let mut outcomes = outcomes.into_inner().unwrap_or_default();
    outcomes.sort_by(|a, b| a.rel.cmp(&b.rel));

    let count = |v: Verdict| outcomes.iter().filter(|o| o.verdict == v).count();
    for o in &outcomes {
        match o.verdict {
            Verdict::Fail | Verdict::XPass => say!("FAIL {}\n{}\n", o.rel, o.detail),
            Verdict::XFail if verbose => say!("XFAIL {}\n{}\n", o.rel, o.detail),
            _ => {}
        }
    }
    for orphan in &orphans {
        say!("FAIL {orphan}: expected output without a NAME.py");
    }
    if let Ok(report) = std::env::var("OURO_PROGRAMS_REPORT") {
        let lines: String = outcomes
            .iter()
            .map(|o| {
                let tag = match o.verdict {
                    Verdict::Pass => "PASS",
                    Verdict::Fail => "FAIL",
                    Verdict::XFail => "XFAIL",
                    Verdict::XPass => "XPASS",
                };
                format!("{tag} {}\n", o.rel)
            })
            .collect();
        std::fs::write(&report, lines).expect("could not write OURO_PROGRAMS_REPORT");
    }
    let passed = count(Verdict::Pass);
    let failed = count(Verdict::Fail) + count(Verdict::XPass) + orphans.len();
    let xfailed = count(Verdict::XFail);
    if count(Verdict::XPass) > 0 {
        say!(
            "{} xfail programs now pass: remove their xfail markers \
             (tools/mark_xfail_programs.py does it)",
            count(Verdict::XPass)
        );
    }
    say!("programs: {passed} passed, {failed} failed, {xfailed} xfail");
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
