//! The compiler corpus runner: every `tests/dis/**/NAME.py` is run through the built `ouro`
//! and compared with what CPython 3.12 produced for it (tools/bless.py writes the expected
//! files; ouro never does):
//! - `NAME.dis`: the stdout of `python3.12 -m dis NAME.py`; `ouro --dis NAME.py` must print it
//!   and exit 0;
//! - `NAME.stderr` and `NAME.status`: the stderr and exit status of `python3.12 NAME.py` for a
//!   file CPython rejects; `ouro --dis NAME.py` must print the same and exit the same.
//! Both commands run in the file's directory. Memory addresses (`0x...`) and the absolute
//! directory of the file (written `<DIR>` in the expected files) are normalised on both sides.
//! A file whose first or last line is `# xfail: REASON` must fail; if it passes, the suite
//! fails and says to remove the line. Environment: `OURO_CORPUS_FILTER=TEXT` runs only the
//! files whose path contains TEXT; `OURO_CORPUS_VERBOSE=1` also prints the diffs of xfail
//! files; `OURO_CORPUS_REPORT=PATH` writes one `PASS|FAIL|XFAIL|XPASS relative/path.py` line
//! per file (used by tools/mark_xfail.py).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Writes a line to the real stderr: the test harness captures `println!`, but the summary
/// must show even when the suite passes.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// What one file of the corpus gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Pass,
    Fail,
    /// Failed, as its xfail line says it must.
    XFail,
    /// Passed although marked xfail: counted as a failure.
    XPass,
}

struct Outcome {
    rel: String,
    verdict: Verdict,
    detail: String,
}

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/dis")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "__pycache__") {
                collect(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

/// The reason of a `# xfail: REASON` first or last line.
fn xfail_reason(source: &str) -> Option<String> {
    let mut lines = source.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next();
    let last = source.lines().rev().find(|l| !l.trim().is_empty());
    [first, last]
        .into_iter()
        .flatten()
        .find_map(|l| l.strip_prefix("# xfail:").map(|r| r.trim().to_owned()))
}

/// Replaces every `0x` followed by lowercase hex digits with `0xADDR`.
fn normalise_addresses(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if bytes[i] == b'0'
            && bytes.get(i + 1) == Some(&b'x')
            && bytes
                .get(i + 2)
                .is_some_and(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
        {
            let mut j = i + 2;
            while bytes
                .get(j)
                .is_some_and(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
            {
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
    if a_mid.len() * b_mid.len() <= 4_000_000 {
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

/// Runs one corpus file; returns whether it matched and, if not, why.
fn check(ouro: &Path, py: &Path) -> Result<(), String> {
    let dir = py.parent().expect("corpus files live in a directory");
    let name = py.file_name().expect("a file name").to_string_lossy();
    let dis = py.with_extension("dis");
    let stderr_file = py.with_extension("stderr");
    let status_file = py.with_extension("status");
    let output = Command::new(ouro)
        .arg("--dis")
        .arg(&*name)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("could not run ouro: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let status = match output.status.code() {
        Some(code) => code.to_string(),
        None => format!("killed by a signal ({:?})", output.status),
    };
    if dis.exists() {
        let expected = std::fs::read_to_string(&dis).map_err(|e| e.to_string())?;
        let expected = normalise_addresses(&expected);
        let actual = normalise_addresses(&stdout);
        if status != "0" {
            return Err(format!(
                "ouro exited with status {status}, expected 0; stderr:\n{}",
                stderr.trim_end()
            ));
        }
        if expected != actual {
            return Err(diff(&expected, &actual, 60));
        }
        Ok(())
    } else if stderr_file.exists() {
        let expected = std::fs::read_to_string(&stderr_file).map_err(|e| e.to_string())?;
        let expected_status = std::fs::read_to_string(&status_file)
            .map_err(|e| format!("{}: {e}", status_file.display()))?;
        let abs_dir = dir
            .canonicalize()
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .into_owned();
        let actual = normalise_addresses(&stderr.replace(&format!("{abs_dir}/"), "<DIR>/"));
        let expected = normalise_addresses(&expected);
        let mut problems = Vec::new();
        if expected_status.trim() != status {
            problems.push(format!(
                "exit status {status}, expected {}",
                expected_status.trim()
            ));
        }
        if expected != actual {
            problems.push(format!("stderr differs:\n{}", diff(&expected, &actual, 40)));
        }
        if !stdout.is_empty() {
            problems.push("ouro printed to stdout".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    } else {
        Err("no expected output (NAME.dis or NAME.stderr): run tools/bless.py".into())
    }
}

#[test]
fn corpus() {
    let ouro = PathBuf::from(env!("CARGO_BIN_EXE_ouro"));
    let root = corpus_root();
    let mut files = Vec::new();
    collect(&root, &mut files);
    assert!(!files.is_empty(), "no corpus under {}", root.display());
    let filter = std::env::var("OURO_CORPUS_FILTER").unwrap_or_default();
    let verbose = std::env::var("OURO_CORPUS_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    let rel = |p: &Path| {
        p.strip_prefix(&root)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    };

    // Expected files must belong to a source file.
    let mut orphans = Vec::new();
    for f in &files {
        let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
        if matches!(ext, "dis" | "stderr" | "status") && !f.with_extension("py").exists() {
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
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(py) = sources.get(i) else { break };
                let source = std::fs::read(py).unwrap_or_default();
                let xfail = xfail_reason(&String::from_utf8_lossy(&source));
                let result = check(&ouro, py);
                let (verdict, detail) = match (result, &xfail) {
                    (Ok(()), None) => (Verdict::Pass, String::new()),
                    (Ok(()), Some(_)) => (
                        Verdict::XPass,
                        "now passes: remove the xfail line".to_owned(),
                    ),
                    (Err(why), None) => (Verdict::Fail, why),
                    (Err(why), Some(_)) => (Verdict::XFail, why),
                };
                outcomes.lock().unwrap().push(Outcome {
                    rel: rel(py),
                    verdict,
                    detail,
                });
            });
        }
    });
    let mut outcomes = outcomes.into_inner().unwrap();
    outcomes.sort_by(|a, b| a.rel.cmp(&b.rel));

    let count = |v: Verdict| outcomes.iter().filter(|o| o.verdict == v).count();
    for o in &outcomes {
        match o.verdict {
            Verdict::Fail | Verdict::XPass => {
                say!("FAIL {}\n{}\n", o.rel, o.detail);
            }
            Verdict::XFail if verbose => say!("XFAIL {}\n{}\n", o.rel, o.detail),
            _ => {}
        }
    }
    for orphan in &orphans {
        say!("FAIL {orphan}: expected output without a NAME.py");
    }
    if let Ok(report) = std::env::var("OURO_CORPUS_REPORT") {
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
        std::fs::write(&report, lines).expect("could not write OURO_CORPUS_REPORT");
    }
    let passed = count(Verdict::Pass);
    let failed = count(Verdict::Fail) + count(Verdict::XPass) + orphans.len();
    let xfailed = count(Verdict::XFail);
    if count(Verdict::XPass) > 0 {
        say!(
            "{} xfail files now pass: remove their xfail lines (tools/mark_xfail.py does it)",
            count(Verdict::XPass)
        );
    }
    say!("{passed} passed, {failed} failed, {xfailed} xfail");
    assert_eq!(failed, 0, "{failed} corpus files failed (see above)");
}

#[test]
fn normalise_addresses_is_idempotent() {
    let once = normalise_addresses("<code object f at 0x7f3a2b, file \"x.py\", line 1> 0x");
    assert_eq!(once, "<code object f at 0xADDR, file \"x.py\", line 1> 0x");
    assert_eq!(normalise_addresses(&once), once);
}

#[test]
fn xfail_line_first_or_last() {
    assert_eq!(xfail_reason("# xfail: a\nx = 1\n").as_deref(), Some("a"));
    assert_eq!(xfail_reason("x = 1\n# xfail: b\n\n").as_deref(), Some("b"));
    assert_eq!(xfail_reason("x = 1\n# xfail: c\ny = 2\n"), None);
}

#[test]
fn diff_shows_changed_lines() {
    let d = diff("a\nb\nc\n", "a\nx\nc\n", 10);
    assert!(d.contains("- b") && d.contains("+ x"), "{d}");
}
