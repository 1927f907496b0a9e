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

mod common;

use common::{diff, normalise_addresses, Mismatch, Outcome, Summary};
use std::path::{Path, PathBuf};
use std::process::Command;

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
    let orphans = common::orphans(&files, &["dis", "stderr", "status"], rel);
    let sources: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "py"))
        .filter(|f| rel(f).contains(&filter))
        .collect();

    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let outcomes = common::check_all(&sources, workers, |py| {
        let source = std::fs::read(py).unwrap_or_default();
        let xfail = xfail_reason(&String::from_utf8_lossy(&source)).is_some();
        let result = check(&ouro, py).map_err(|why| Mismatch { fatal: false, why });
        let (verdict, detail) = common::verdict(result, xfail);
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
            label: "",
            noun: "files",
            report_var: "OURO_CORPUS_REPORT",
            mark_tool: "tools/mark_xfail.py",
        },
    );
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
