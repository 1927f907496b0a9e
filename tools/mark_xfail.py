"""Mark the corpus files ouro does not yet get right as expected failures, and unmark those
it now gets right.

Run with python3.12 from anywhere:  python3.12 tools/mark_xfail.py [--reason TEXT] [--keep]

It runs the corpus runner itself (`cargo test -p ouro-cli --test corpus` with
OURO_CORPUS_REPORT), then:
- adds `# xfail: REASON` to every failing file that has no xfail line: as the last line of a
  disassembly case (a trailing comment changes nothing in the bytecode), as the first line of
  an error case (where an error at the end of the file must stay at the end);
- removes the xfail line from every marked file that now passes (unless --keep);
and re-blesses every file it changed with tools/bless.py, since error files can report the
last line of the file.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "dis"
DEFAULT_REASON = "not yet identical to CPython"


def run_corpus():
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.txt"
        env = dict(os.environ, OURO_CORPUS_REPORT=str(report))
        env.pop("OURO_CORPUS_FILTER", None)
        subprocess.run(["cargo", "test", "-q", "-p", "ouro-cli", "--test", "corpus", "--",
                        "corpus", "--exact"],
                       cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if not report.exists():
            sys.exit("the corpus runner wrote no report (does `cargo test -p ouro-cli` build?)")
        for line in report.read_text().splitlines():
            verdict, rel = line.split(" ", 1)
            yield verdict, CORPUS / rel


def is_xfail_line(line):
    return line.startswith("# xfail:")


def mark(py, reason):
    """Adds the xfail line: last in a disassembly case (a trailing comment changes no
    bytecode), first in an error case (errors found at the end of the file must stay there)."""
    text = py.read_text("utf-8", errors="surrogateescape")
    line = f"# xfail: {reason}\n"
    if "errors" in py.relative_to(CORPUS).parts[:-1]:
        text = line + text
    else:
        if text and not text.endswith("\n"):
            text += "\n"
        text += line
    py.write_text(text, "utf-8", errors="surrogateescape")


def unmark(py):
    lines = py.read_text("utf-8", errors="surrogateescape").splitlines(keepends=True)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for i in [nonblank[0], nonblank[-1]] if nonblank else []:
        if is_xfail_line(lines[i]):
            del lines[i]
            break
    py.write_text("".join(lines), "utf-8", errors="surrogateescape")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reason", default=DEFAULT_REASON)
    parser.add_argument("--keep", action="store_true",
                        help="do not remove xfail lines from files that now pass")
    args = parser.parse_args()
    marked, unmarked = [], []
    for verdict, py in run_corpus():
        if verdict == "FAIL":
            mark(py, args.reason)
            marked.append(py)
        elif verdict == "XPASS" and not args.keep:
            unmark(py)
            unmarked.append(py)
    changed = marked + unmarked
    if changed:
        bless = subprocess.run([sys.executable, str(ROOT / "tools" / "bless.py")]
                               + [str(p) for p in changed])
        if bless.returncode != 0:
            sys.exit("bless.py failed on the changed files")
    print(f"marked {len(marked)} files xfail, unmarked {len(unmarked)}")
    # A file that only failed because the expected output was stale passes after blessing:
    # running this script again unmarks it.


if __name__ == "__main__":
    main()
