//! What the corpus runner (`corpus.rs`) and the program runner (`programs.rs`) share: the
//! verdicts and their xfail rule, the normalisation of memory addresses, a line diff for
//! reports, a pool of threads that checks the files, and the summary (FAIL lines, the
//! `PASS|FAIL|XFAIL|XPASS path` report file, the closing counts).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Writes a line to the real stderr: the test harness captures `println!`, but the summary
/// must show even when the suite passes.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// What one file gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Fail,
    /// Did not match, as its xfail marker says it must.
    XFail,
    /// Matched although marked xfail: counted as a failure.
    XPass,
}

pub struct Outcome {
    pub rel: String,
    pub verdict: Verdict,
    pub detail: String,
}

/// Why a file did not match; `fatal` mismatches (a hang, a crash) fail even xfail files.
pub struct Mismatch {
    pub fatal: bool,
    pub why: String,
}

/// The verdict on a file from its check and whether it is marked xfail.
pub fn verdict(result: Result<(), Mismatch>, xfail: bool) -> (Verdict, String) {
    match (result, xfail) {
        (Ok(()), false) => (Verdict::Pass, String::new()),
        (Ok(()), true) => (
            Verdict::XPass,
            "now passes: remove the xfail marker".to_owned(),
        ),
        (Err(m), true) if !m.fatal => (Verdict::XFail, m.why),
        (Err(m), _) => (Verdict::Fail, m.why),
    }
}

/// Replaces every `0x` followed by lowercase hex digits with `0xADDR`.
pub fn normalise_addresses(text: &str) -> String {
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

/// A unified-style diff of two texts, trimmed to the differing middle and at most
/// `limit` lines.
pub fn diff(expected: &str, actual: &str, limit: usize) -> String {
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

/// The expected-output files (extensions `exts`) that have no `NAME.py` beside them.
pub fn orphans(files: &[PathBuf], exts: &[&str], rel: impl Fn(&Path) -> String) -> Vec<String> {
    files
        .iter()
        .filter(|f| {
            let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
            exts.contains(&ext) && !f.with_extension("py").exists()
        })
        .map(|f| rel(f))
        .collect()
}

/// Checks every source on `workers` threads; the outcomes come back sorted by path.
pub fn check_all(
    sources: &[&PathBuf],
    workers: usize,
    check: impl Fn(&Path) -> Outcome + Sync,
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(py) = sources.get(i) else { break };
                let outcome = check(py);
                if let Ok(mut outcomes) = outcomes.lock() {
                    outcomes.push(outcome);
                }
            });
        }
    });
    let mut outcomes = outcomes.into_inner().unwrap_or_default();
    outcomes.sort_by(|a, b| a.rel.cmp(&b.rel));
    outcomes
}

/// How a runner words its summary.
pub struct Summary<'a> {
    /// Prefix of the closing counts line (`"programs: "` or nothing).
    pub label: &'a str,
    /// What the files are called in messages (`"programs"`, `"corpus files"`).
    pub noun: &'a str,
    /// The environment variable naming the report file.
    pub report_var: &'a str,
    /// The tool that removes xfail markers from files that now pass.
    pub mark_tool: &'a str,
}

/// Prints the failures (and with `verbose` the xfail diffs), writes the report file if asked,
/// prints the closing counts and returns how many files failed.
pub fn summarise(outcomes: &[Outcome], orphans: &[String], verbose: bool, s: &Summary) -> usize {
    let count = |v: Verdict| outcomes.iter().filter(|o| o.verdict == v).count();
    for o in outcomes {
        match o.verdict {
            Verdict::Fail | Verdict::XPass => say!("FAIL {}\n{}\n", o.rel, o.detail),
            Verdict::XFail if verbose => say!("XFAIL {}\n{}\n", o.rel, o.detail),
            _ => {}
        }
    }
    for orphan in orphans {
        say!("FAIL {orphan}: expected output without a NAME.py");
    }
    if let Ok(report) = std::env::var(s.report_var) {
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
        if let Err(e) = std::fs::write(&report, lines) {
            say!("could not write {}={report}: {e}", s.report_var);
        }
    }
    let passed = count(Verdict::Pass);
    let failed = count(Verdict::Fail) + count(Verdict::XPass) + orphans.len();
    let xfailed = count(Verdict::XFail);
    if count(Verdict::XPass) > 0 {
        say!(
            "{} xfail {} now pass: remove their xfail markers ({} does it)",
            count(Verdict::XPass),
            s.noun,
            s.mark_tool
        );
    }
    say!(
        "{}{passed} passed, {failed} failed, {xfailed} xfail",
        s.label
    );
    let _ = std::io::stderr().flush();
    failed
}
