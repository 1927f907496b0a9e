"""Regenerate the expected outputs of the compiler corpus (tests/dis) from CPython 3.12.

Run with python3.12:  python3.12 tools/bless.py [FILE_OR_DIR ...]   (default: all of tests/dis)

For tests/dis/**/NAME.py outside an `errors` folder, NAME.dis is the stdout of
`python3.12 -m dis NAME.py`; CPython must accept the file and print nothing on stderr.
For tests/dis/errors/**/NAME.py, NAME.stderr and NAME.status are the stderr and exit status of
`python3.12 NAME.py`; CPython must reject the file.
Both run in the file's directory with PYTHONHASHSEED=0. Memory addresses (0x...) become
0xADDR and the absolute directory of the file becomes <DIR>, so the files do not depend on the
machine. ouro's output is never used here.
For tests/dis/lines_and_columns/**/NAME.py, NAME.positions also lists `co_positions()` of every
code object of `compile(source, NAME.py, "exec")`, depth first: a line `code QUALNAME
FIRSTLINENO` per code object, then one line `LINE END_LINE COL END_COL` per code unit (`-` for
None). crates/ouro-cli/tests/positions.rs compares ouro's location tables with it.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "dis"
ADDRESS = re.compile(r"0x[0-9a-f]+")


def python_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def normalise(text, directory):
    text = text.replace(str(directory) + os.sep, "<DIR>/")
    return ADDRESS.sub("0xADDR", text)


def is_error_case(py):
    return "errors" in py.relative_to(CORPUS).parts[:-1]


def has_positions(py):
    return "lines_and_columns" in py.relative_to(CORPUS).parts[:-1]


def positions_text(code):
    out = [f"code {code.co_qualname} {code.co_firstlineno}"]
    for pos in code.co_positions():
        out.append(" ".join("-" if v is None else str(v) for v in pos))
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            out.append(positions_text(const))
    return "\n".join(out)


def bless_one(py):
    """Writes the expected files of one source; returns an error message or None."""
    directory = py.parent.resolve()
    if is_error_case(py):
        run = subprocess.run([sys.executable, py.name], cwd=directory, env=python_env(),
                             capture_output=True, timeout=60)
        if run.returncode == 0:
            return f"{py}: CPython accepts this file, but it is in an errors folder"
        if run.stdout:
            return f"{py}: CPython printed to stdout"
        stderr = run.stderr.decode("utf-8", "surrogateescape")
        py.with_suffix(".stderr").write_text(normalise(stderr, directory), "utf-8",
                                             errors="surrogateescape")
        py.with_suffix(".status").write_text(f"{run.returncode}\n")
        for stale in [py.with_suffix(".dis")]:
            stale.unlink(missing_ok=True)
    else:
        run = subprocess.run([sys.executable, "-m", "dis", py.name], cwd=directory,
                             env=python_env(), capture_output=True, timeout=60)
        if run.returncode != 0:
            err = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            return f"{py}: python3.12 -m dis failed: {' '.join(err)}"
        if run.stderr:
            return (f"{py}: CPython printed warnings; keep corpus files warning-free:\n"
                    + run.stderr.decode("utf-8", "replace"))
        stdout = run.stdout.decode("utf-8", "surrogateescape")
        py.with_suffix(".dis").write_text(normalise(stdout, directory), "utf-8",
                                          errors="surrogateescape")
        if has_positions(py):
            code = compile(py.read_bytes(), py.name, "exec", dont_inherit=True)
            py.with_suffix(".positions").write_text(positions_text(code) + "\n")
        for stale in [py.with_suffix(".stderr"), py.with_suffix(".status")]:
            stale.unlink(missing_ok=True)
    return None


def sources(args):
    if not args:
        args = [str(CORPUS)]
    for arg in args:
        path = Path(arg).resolve()
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            yield path
        else:
            yield path.with_suffix(".py")


def main(argv):
    if sys.version_info[:2] != (3, 12):
        sys.exit("bless.py must run under python3.12 (the specification)")
    problems = []
    count = 0
    for py in sources(argv):
        if not py.exists():
            problems.append(f"{py}: no such file")
            continue
        count += 1
        problem = bless_one(py)
        if problem:
            problems.append(problem)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"blessed {count - len(problems)} of {count} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
