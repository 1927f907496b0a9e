"""Regenerate the expected outputs of the program tests (tests/programs) from CPython 3.12.

Run with python3.12:  python3.12 tools/bless_programs.py [FILE_OR_DIR ...]
(default: every program under tests/programs)

Which files are programs: a program is a `.py` file exactly two folders below tests/programs,
`tests/programs/GROUP/CHAPTER/NAME.py` (e.g. tests/programs/language/functions/defaults.py).
Anything deeper (e.g. tests/programs/language/import_system/pkgs/alpha/__init__.py) is a helper
module that programs import, never run on its own.

For each program, `python3.12 NAME.py` runs in the program's directory with PYTHONHASHSEED=0,
PYTHONDONTWRITEBYTECODE=1, PYTHONIOENCODING=utf-8, no other PYTHON* variables and stdin from
/dev/null; its stdout, stderr and exit status are written to NAME.stdout, NAME.stderr and
NAME.status. Both texts are normalised so they do not depend on the machine: the absolute
directory of the program becomes <DIR>, CPython's Lib directory becomes <LIB> and memory
addresses (0x...) become 0xADDR. crates/ouro-cli/tests/programs.rs runs `ouro NAME.py` the same
way and normalises the same way. ouro's output is never used here.
"""

import os
import re
import subprocess
import sys
import sysconfig
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
ADDRESS = re.compile(r"0x[0-9a-f]+")
TIMEOUT = 60


def python_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def lib_dirs():
    """CPython's pure-Python Lib directory, as the interpreter names it in tracebacks."""
    dirs = {sysconfig.get_paths()["stdlib"]}
    dirs.add(os.path.realpath(sysconfig.get_paths()["stdlib"]))
    return sorted(dirs, key=len, reverse=True)


def normalise(text, directory):
    text = text.replace(str(directory) + os.sep, "<DIR>/")
    for lib in lib_dirs():
        text = text.replace(lib + os.sep, "<LIB>/")
    return ADDRESS.sub("0xADDR", text)


def is_program(path):
    """True for tests/programs/GROUP/CHAPTER/NAME.py (see the module docstring)."""
    try:
        rel = path.resolve().relative_to(PROGRAMS)
    except ValueError:
        return False
    return path.suffix == ".py" and len(rel.parts) == 3


def all_programs():
    return sorted(p for p in PROGRAMS.glob("*/*/*.py"))


def bless_one(py):
    """Writes the expected files of one program; returns an error message or None."""
    directory = py.parent.resolve()
    try:
        run = subprocess.run([sys.executable, py.name], cwd=directory, env=python_env(),
                             stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"{py}: CPython took longer than {TIMEOUT} s"
    stdout = run.stdout.decode("utf-8", "surrogateescape")
    stderr = run.stderr.decode("utf-8", "surrogateescape")
    for suffix, text in ((".stdout", stdout), (".stderr", stderr)):
        py.with_suffix(suffix).write_text(normalise(text, directory), "utf-8",
                                          errors="surrogateescape")
    py.with_suffix(".status").write_text(f"{run.returncode}\n")
    if run.returncode < 0:
        return f"{py}: CPython was killed by signal {-run.returncode}"
    return None


def sources(args):
    if not args:
        yield from all_programs()
        return
    for arg in args:
        path = Path(arg).resolve()
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py")
                              if "__pycache__" not in p.parts and is_program(p))
        elif path.suffix == ".py":
            yield path
        else:
            yield path.with_suffix(".py")


def main(argv):
    if sys.version_info[:2] != (3, 12):
        sys.exit("bless_programs.py must run under python3.12 (the specification)")
    problems = []
    todo = []
    for py in sources(argv):
        if not py.exists():
            problems.append(f"{py}: no such file")
        elif not is_program(py):
            problems.append(f"{py}: not a program (must be tests/programs/GROUP/CHAPTER/NAME.py)")
        else:
            todo.append(py)
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        problems.extend(p for p in pool.map(bless_one, todo) if p)
    for problem in problems:
        print(problem, file=sys.stderr)
    failing = sum(1 for py in todo if py.with_suffix(".status").read_text().strip() != "0")
    print(f"blessed {len(todo)} programs ({failing} exit with a non-zero status), "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
