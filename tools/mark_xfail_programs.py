"""Mark the programs ouro does not yet run exactly like CPython as expected failures, and
unmark those it now runs right.

Run with python3.12:
    python3.12 tools/mark_xfail_programs.py --ouro target/debug/ouro [--reason TEXT] [--keep]
                                            [FILE_OR_DIR ...]

It runs `ouro NAME.py` over the programs (all of tests/programs by default) exactly as
crates/ouro-cli/tests/programs.rs does (same directory, environment, stdin, time limit and
normalisation), compares with NAME.stdout, NAME.stderr and NAME.status, then:
- adds `# xfail: REASON` as the first line of every failing program without the marker;
- removes the marker from every marked program that now matches (unless --keep);
and re-blesses every program it changed with tools/bless_programs.py: the marker shifts line
numbers, which show in tracebacks, so the expected outputs are always blessed with the marker
as it stands. A program that crashes ouro (exit status 70, a signal) or hangs is marked too,
but the test runner still fails on it whatever the marker says.
"""

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bless_programs  # noqa: E402

ROOT = bless_programs.ROOT
DEFAULT_REASON = "not yet identical to CPython"
TIME_LIMIT = 10
MARKER = "# xfail:"


def normalise_lib(text):
    """Mirrors programs.rs: any path ending in /lib/python3.12/ becomes <LIB>/."""
    mark = "/lib/python3.12/"
    out = []
    rest = text
    while (at := rest.find(mark)) >= 0:
        before = rest[:at]
        start = max(before.rfind(c) for c in "\"' \n(") + 1
        out.append(before[:start] + "<LIB>/")
        rest = rest[at + len(mark):]
    out.append(rest)
    return "".join(out)


def normalise(text, directory):
    text = text.replace(str(directory) + os.sep, "<DIR>/")
    return bless_programs.ADDRESS.sub("0xADDR", normalise_lib(text))


def matches(ouro, py):
    """True when ouro's run of `py` is identical to the expected files."""
    directory = py.parent.resolve()
    try:
        run = subprocess.run([ouro, py.name], cwd=directory, env=bless_programs.python_env(),
                             stdin=subprocess.DEVNULL, capture_output=True, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return False
    if run.returncode == 70 or run.returncode < 0:
        return False
    try:
        expected = [py.with_suffix(s).read_text("utf-8", errors="surrogateescape")
                    for s in (".stdout", ".stderr", ".status")]
    except OSError:
        return False
    actual = [normalise(run.stdout.decode("utf-8", "replace"), directory),
              normalise(run.stderr.decode("utf-8", "replace"), directory),
              f"{run.returncode}\n"]
    return expected == actual


def is_marked(py):
    with open(py, encoding="utf-8", errors="surrogateescape") as f:
        return f.readline().startswith(MARKER)


def mark(py, reason):
    text = py.read_text("utf-8", errors="surrogateescape")
    py.write_text(f"{MARKER} {reason}\n" + text, "utf-8", errors="surrogateescape")


def unmark(py):
    text = py.read_text("utf-8", errors="surrogateescape")
    py.write_text(text.split("\n", 1)[1] if "\n" in text else "", "utf-8",
                  errors="surrogateescape")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ouro", required=True, help="the ouro executable to run")
    parser.add_argument("--reason", default=DEFAULT_REASON)
    parser.add_argument("--keep", action="store_true",
                        help="do not remove xfail markers from programs that now pass")
    parser.add_argument("paths", nargs="*", help="programs or folders (default: all)")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit("mark_xfail_programs.py must run under python3.12 (the specification)")
    ouro = str(Path(args.ouro).resolve())
    programs = [p for p in bless_programs.sources(args.paths) if p.exists()]
    # Expected outputs must be current before comparing.
    missing = [p for p in programs if not p.with_suffix(".status").exists()]
    if missing:
        subprocess.run([sys.executable, str(ROOT / "tools" / "bless_programs.py")]
                       + [str(p) for p in missing], check=True)
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        results = list(pool.map(lambda p: matches(ouro, p), programs))
    marked, unmarked = [], []
    for py, ok in zip(programs, results):
        if not ok and not is_marked(py):
            mark(py, args.reason)
            marked.append(py)
        elif ok and is_marked(py) and not args.keep:
            unmark(py)
            unmarked.append(py)
    changed = marked + unmarked
    if changed:
        bless = subprocess.run([sys.executable, str(ROOT / "tools" / "bless_programs.py")]
                               + [str(p) for p in changed])
        if bless.returncode != 0:
            sys.exit("bless_programs.py failed on the changed programs")
    passing = sum(results)
    print(f"{passing} of {len(programs)} programs match CPython; "
          f"marked {len(marked)} xfail, unmarked {len(unmarked)}")
    # An unmarked program whose tracebacks moved by one line may now fail: run this again.


if __name__ == "__main__":
    main()
