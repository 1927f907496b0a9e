# The standard streams' error handlers follow the locale and the environment, as CPython
# chooses them at start-up: lone surrogates (as `os.fsdecode` makes them from undecodable
# bytes) are written back as the bytes they escape in the C, POSIX and C.UTF-8 locales and
# in UTF-8 mode; PYTHONIOENCODING can name the handler; stderr always escapes them.
import os
import subprocess
import sys

code = (
    "import sys\n"
    "print(sys.flags.utf8_mode, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)\n"
    "print('a\\udcff')\n"
    "sys.stdout.write('b\\udc80\\n')\n"
    "sys.stdout.writelines(['c\\udcfe\\n'])\n"
    "print('e\\udcff', file=sys.stderr)\n"
    "print('f\\ud800')\n"
)
cases = [
    ("C.UTF-8", {}),
    ("C", {}),
    ("POSIX", {}),
    ("xx_YY.UTF-8", {}),
    ("C.UTF-8", {"PYTHONIOENCODING": "utf-8:strict"}),
    ("C.UTF-8", {"PYTHONIOENCODING": "utf-8:replace"}),
    ("C.UTF-8", {"PYTHONUTF8": "1"}),
    ("C.UTF-8", {"PYTHONUTF8": "0"}),
]
for loc, extra in cases:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHON"))}
    env["LC_ALL"] = loc
    env.update(extra)
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True)
    print(loc, extra, r.returncode)
    print("  out:", r.stdout)
    err = r.stderr.splitlines()
    print("  err:", err[0], err[-1])
