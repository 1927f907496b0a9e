# The interpreter's options before a command: single letters alone or grouped behind one dash,
# -c/-m/-W/-X with their value attached or as the next word, `--` and `-` ending them, and
# what they set: sys.flags, sys._xoptions, sys.warnoptions, sys.dont_write_bytecode, sys.path[0]
# (-P and -I), the site builtins (-S), PYTHON* variables ignored (-E, -I), asserts and
# docstrings compiled out (-O, -OO); -V and bad options.
import os
import subprocess
import sys

show = (
    "import sys; f = sys.flags; "
    "print(sys.argv, f.isolated, f.ignore_environment, f.no_user_site, f.no_site, "
    "f.dont_write_bytecode, f.safe_path, f.verbose, f.quiet, f.bytes_warning, f.debug, "
    "f.dev_mode, f.hash_randomization, sys._xoptions, sys.warnoptions, "
    "sys.dont_write_bytecode, 'exit' in dir(__builtins__), sys.path[0] == '')"
)
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
env["PYTHONHASHSEED"] = "0"
env["PYTHONDONTWRITEBYTECODE"] = "1"
runs = [
    ["-c", show, "a", "-b"],
    ["-I", "-c", show],
    ["-IS", "-c", show],
    ["-E", "-c", show],
    ["-sSBP", "-c", show],
    ["-q", "-b", "-bb", "-d", "-R", "-c", show],
    ["-Xfaulthandler", "-X", "dev", "-X", "a=b=c", "-Wignore", "-W", "error::DeprecationWarning", "-c", show],
    ["-Sc" + show, "x"],
    ["-", "arg"],
    ["--", "-"],
    ["-O", "-c", "import sys; print(sys.flags.optimize, __debug__); assert False; print('past')"],
    ["-OO", "-c", "def f():\n 'doc'\nimport sys; print(sys.flags.optimize, f.__doc__)"],
    ["-OOO", "-c", "import sys; print(sys.flags.optimize)"],
    ["-OO", "-c", "import json; print(json.__cached__.rsplit('.', 3)[-2:])"],
    ["-V"],
    ["--version"],
]
for args in runs:
    r = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                       input="import sys; print('stdin', sys.argv)\n")
    print(args[0][:12], r.returncode, r.stdout.strip(), r.stderr.strip()[:60])
for bad in (["-Z"], ["-c"], ["-W"], ["-m"]):
    r = subprocess.run([sys.executable, *bad], env=env, capture_output=True, text=True)
    print(bad, r.returncode, r.stdout, r.stderr.splitlines()[0][-40:] if r.stderr else "")
