"""Time ouro against CPython 3.12 on the programs in bench/.

Run with python3.12:
    python3.12 tools/bench.py --ouro target/release/ouro [--runs 5] [--filter TEXT]
                              [--targets NAME=RATIO,...] [--json OUT.json]

For every bench/NAME.py (whose name contains TEXT), it runs `ouro NAME.py` and
`python3.12 -S NAME.py` alternately, RUNS times each, in bench/ with PYTHONHASHSEED=0, stdin
from /dev/null and the output to files, and times each run from just before the spawn to the
moment a blocking os.wait4 reaps the child (a timer kills a run past the time limit). The
table shows the median wall time of each side, the ratio ouro / CPython, the peak RSS of each
side and their ratio, and whether the time ratio meets the benchmark's target (TARGETS below,
changed with --targets).

Peak RSS is measured in separate runs (MEMORY_RUNS of each side, also interleaved, median), so
that nothing wraps the timed runs. Linux charges a child's ru_maxrss with the RSS of the
process that spawned it (the spawning process's memory is counted at exec), so os.wait4 on a
child of this script never reports less than this script's own ~15 MB. When GNU time is
installed (/usr/bin/time), each memory run is therefore started through it (a 1 MB process)
and its `%M` is the peak RSS; without it the figures come from os.wait4 and small programs
all show the same floor (the table says so). ouro "fails" on a
benchmark when it exits with a non-zero status, is killed, runs past the time limit or prints
something other than what CPython printed; the table says so and goes on with the next one.
Use a release build of ouro; do not run this while the machine is busy with builds.
"""

import argparse
import json
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
TIME_LIMIT = 300
MEMORY_RUNS = 3

# Target ratios of ouro's time to CPython's (lower is faster); a benchmark not listed has
# DEFAULT_TARGET.
TARGETS = {
    "dispatch": 0.5,
    "list_sum": 0.7,
    "fib": 0.8,
    "method_calls": 1.25,
    "startup": 0.25,
}
DEFAULT_TARGET = 1.0


def bench_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


GNU_TIME = "/usr/bin/time"


def run_once(argv, use_time):
    """Runs one child; returns (seconds, peak RSS in KiB, exit status, stdout bytes).

    The status is negative for a signal and None for a run killed at the time limit. With
    use_time the child runs under GNU time, for its peak RSS (the time then includes GNU
    time's own start-up, so such runs are used for memory only)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss_file:
        if use_time:
            argv = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + argv
        # The time limit is an interval timer whose SIGALRM kills the child, not a watchdog
        # thread: a second thread in this process costs the timed region about 0.1 ms (it
        # starts, and competes for the GIL when wait4 returns), which would weigh most on
        # the fastest programs.
        children = []
        timed_out = []

        def kill(signum, frame):
            timed_out.append(True)
            for pid in children:
                os.killpg(pid, signal.SIGKILL)

        previous = signal.signal(signal.SIGALRM, kill)
        signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT)
        env = bench_env()
        # posix_spawn (a vfork and exec in the C library), not subprocess.Popen: Popen's own
        # work in this process added ~0.2 ms to every timed run, the same for both sides,
        # which weighs most on the fastest programs. The child gets its own session (for the
        # kill above) and this script's working directory, bench/ (see main).
        devnull = os.open(os.devnull, os.O_RDONLY)
        actions = [(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                   (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        start = time.perf_counter()
        try:
            pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
            children.append(pid)
            pid, status, usage = os.wait4(pid, 0)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            os.close(devnull)
        elapsed = time.perf_counter() - start
        returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        stdout = out.read()
        # ru_maxrss and GNU time's %M are in KiB on Linux.
        rss = usage.ru_maxrss
        if use_time:
            lines = rss_file.read().split()
            if lines and lines[-1].isdigit():
                rss = int(lines[-1])
        return elapsed, rss, None if timed_out else returncode, stdout


def parse_targets(text):
    targets = dict(TARGETS)
    for item in filter(None, (text or "").split(",")):
        name, _, ratio = item.partition("=")
        targets[name.strip()] = float(ratio)
    return targets


def fmt_time(t):
    return "-" if t is None else f"{t:.3f}"


def fmt_mb(kib):
    return "-" if kib is None else f"{kib / 1024:.1f}"


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ouro", required=True, help="the ouro executable (a release build)")
    parser.add_argument("--python", default=sys.executable, help="CPython 3.12 (default: this one)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each side (default 5)")
    parser.add_argument("--filter", default="", help="only benchmarks whose name contains this")
    parser.add_argument("--targets", default="",
                        help="override target ratios, e.g. dispatch=0.5,fib=0.8")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    if args.runs < 5:
        print(f"note: {args.runs} runs; medians of fewer than 5 runs are noisy", file=sys.stderr)
    ouro = str(Path(args.ouro).resolve())
    targets = parse_targets(args.targets)
    use_time = os.access(GNU_TIME, os.X_OK)
    if not use_time:
        print(f"note: {GNU_TIME} is missing: peak RSS comes from os.wait4 and includes this "
              "script's own RSS as a floor", file=sys.stderr)
    programs = sorted(p for p in BENCH.glob("*.py") if args.filter in p.stem)
    # The programs run in bench/ (posix_spawn starts them in this process's directory).
    os.chdir(BENCH)
    if not programs:
        sys.exit(f"no benchmark in {BENCH} matches {args.filter!r}")

    header = (f"{'benchmark':<16} {'cpython s':>9} {'ouro s':>9} {'ratio':>6} {'target':>6} "
              f"{'met':>4}  {'cpy MB':>7} {'ouro MB':>7} {'mem':>5}")
    print(header)
    print("-" * len(header))
    results = []
    met_count = 0
    for py in programs:
        name = py.stem
        target = targets.get(name, DEFAULT_TARGET)
        cpy_times, cpy_rss, ouro_times, ouro_rss = [], [], [], []
        expected = None
        failure = None
        for _ in range(args.runs):
            t, _, status, out = run_once([args.python, "-S", py.name], False)
            if status != 0:
                sys.exit(f"CPython failed on {py.name} (status {status})")
            expected = out if expected is None else expected
            cpy_times.append(t)
            if failure is None:
                t, _, status, out = run_once([ouro, py.name], False)
                if status is None:
                    failure = f"hang (> {TIME_LIMIT} s)"
                elif status != 0:
                    failure = f"exit status {status}"
                elif out != expected:
                    failure = "wrong output"
                else:
                    ouro_times.append(t)
        for _ in range(MEMORY_RUNS):
            cpy_rss.append(run_once([args.python, "-S", py.name], use_time)[1])
            if failure is None:
                ouro_rss.append(run_once([ouro, py.name], use_time)[1])
        cpy_t = statistics.median(cpy_times)
        cpy_m = statistics.median(cpy_rss)
        row = {"benchmark": name, "cpython_s": cpy_t, "cpython_rss_kib": cpy_m,
               "target": target}
        if failure:
            row.update(ouro_s=None, ratio=None, ouro_rss_kib=None, mem_ratio=None, met=False,
                       failure=failure)
            print(f"{name:<16} {fmt_time(cpy_t):>9} {'fails':>9} {'-':>6} {target:>6.2f} "
                  f"{'no':>4}  {fmt_mb(cpy_m):>7} {'-':>7} {'-':>5}  ({failure})")
        else:
            ouro_t = statistics.median(ouro_times)
            ouro_m = statistics.median(ouro_rss)
            ratio = ouro_t / cpy_t
            mem = ouro_m / cpy_m
            met = ratio <= target
            met_count += met
            row.update(ouro_s=ouro_t, ratio=ratio, ouro_rss_kib=ouro_m, mem_ratio=mem, met=met)
            print(f"{name:<16} {fmt_time(cpy_t):>9} {fmt_time(ouro_t):>9} {fmt_ratio(ratio):>6} "
                  f"{target:>6.2f} {'yes' if met else 'no':>4}  {fmt_mb(cpy_m):>7} "
                  f"{fmt_mb(ouro_m):>7} {fmt_ratio(mem):>5}")
        sys.stdout.flush()
        results.append(row)
    print(f"targets met: {met_count} of {len(results)} "
          f"(median of {args.runs} runs each; ratio = ouro / CPython, lower is better)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
