"""Time ouro's compiler against CPython 3.12's over all of CPython's Lib.

Run with python3.12 after `cargo build --release`:
    python3.12 tools/bench_compile.py [--ouro PATH] [--runs 5] [--repeat 1] [--filter TEXT]

Both sides compile the same files (those CPython compiles), with reading and decoding
excluded from the timings: ouro reads every file before it starts its clock
(`ouro --bench-compile LIST N`), and CPython is timed over sources already in memory.
The runs are interleaved (ouro, CPython, ouro, ...) so that machine noise hits both; the
medians are compared. Timings are printed, never asserted.
"""

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
import tokenize
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare_lib  # noqa: E402 - shares the file list and binary lookup


def cpython_sources(files):
    sources = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in files:
            data = Path(path).read_bytes()
            try:
                compile(data, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                continue
            # Decode as the tokenizer would, so that CPython's timed compile does not decode.
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            sources.append((path, data.decode(encoding)))
    return sources


def time_cpython(sources, repeat):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        for _ in range(repeat):
            for path, text in sources:
                compile(text, path, "exec", dont_inherit=True)
        return time.perf_counter() - start


def time_ouro(ouro, listfile, repeat):
    run = subprocess.run([str(ouro), "--bench-compile", str(listfile), str(repeat)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"ouro --bench-compile failed ({run.returncode}): {run.stderr.strip()}")
    return float(run.stdout.split()[0]), run.stderr.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ouro")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=1, help="passes over Lib per run")
    parser.add_argument("--filter", default="")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit("bench_compile.py must run under python3.12")
    ouro = compare_lib.find_ouro(args.ouro)
    _, files = compare_lib.lib_files(args.filter)
    sources = cpython_sources(files)
    ouro_times, cpython_times = [], []
    note = ""
    with tempfile.TemporaryDirectory(prefix="ouro-bench-") as tmp:
        listfile = Path(tmp) / "files.txt"
        listfile.write_text("".join(path + "\n" for path, _ in sources))
        for run in range(args.runs):
            seconds, note = time_ouro(ouro, listfile, args.repeat)
            ouro_times.append(seconds)
            cpython_times.append(time_cpython(sources, args.repeat))
            print(f"run {run + 1}: ouro {ouro_times[-1]:.3f} s, "
                  f"CPython {cpython_times[-1]:.3f} s", flush=True)
    o, c = statistics.median(ouro_times), statistics.median(cpython_times)
    print(f"{len(sources)} files x {args.repeat}; median of {args.runs} runs: ouro {o:.3f} s, "
          f"CPython {c:.3f} s, ratio ouro/CPython = {o / c:.2f}")
    if note:
        print(f"note: {note}")


if __name__ == "__main__":
    main()
