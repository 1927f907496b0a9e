"""Compare ouro's compiler with CPython 3.12's over every .py file of CPython's Lib.

Run with python3.12 after building ouro (`cargo build --release`):
    python3.12 tools/compare_lib.py [--ouro PATH] [--jobs N] [--filter TEXT] [--show N]
                                    [--json OUT.json]

1. ouro compiles every file with `ouro --compile-batch` (one process per job, each on a
   chunk of the list) into a scratch directory;
2. for each file, python3.12 compiles the same bytes with
   `compile(source, path, "exec", dont_inherit=True)`, loads ouro's .pyc with marshal, and
   compares: the module code objects with `==`, every other code-object field recursively,
   and the `dis` listing of each code object. For a file CPython rejects, ouro must reject it
   with the same exception type and line;
3. prints a summary and the differences grouped by their first cause.
Timings are not compared here (see tools/bench_compile.py).
"""

import argparse
import collections
import concurrent.futures
import dis
import importlib.util
import json
import marshal
import os
import queue
import re
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADDRESS = re.compile(r"0x[0-9a-f]+")
STALL_SECONDS = 120

# Code-object fields compared after `==`, in the order a difference is reported.
FIELDS = ["co_code", "co_consts", "co_names", "co_varnames", "co_cellvars", "co_freevars",
          "co_linetable", "co_exceptiontable", "co_stacksize", "co_flags", "co_argcount",
          "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_firstlineno",
          "co_name", "co_qualname", "co_filename"]


def find_ouro(explicit):
    if explicit:
        return Path(explicit)
    candidates = [ROOT / "target" / kind / "ouro" for kind in ("release", "debug")]
    existing = [c for c in candidates if c.exists()]
    if not existing:
        sys.exit("no ouro binary: run `cargo build --release` first (or pass --ouro)")
    return max(existing, key=lambda p: p.stat().st_mtime)


def lib_files(filter_text):
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    files = []
    for path in sorted(stdlib.rglob("*.py")):
        rel = path.relative_to(stdlib)
        if rel.parts[0] == "site-packages" or "__pycache__" in rel.parts:
            continue
        if filter_text and filter_text not in str(rel):
            continue
        files.append(str(path))
    return stdlib, files


# ---------------------------------------------------------------- running ouro

def run_resumable(command, items, workdir, tag, on_failure):
    """Runs `command(listfile, outdir)` over `items` (one line each in listfile); the process
    prints one JSON object a line with an "index" into its list. If it dies or stalls
    (STALL_SECONDS without output), the item it was working on gets `on_failure(why)` and a
    new process resumes after it. Returns {index into items: record}."""
    results = {}
    start = 0
    attempt = 0
    while start < len(items):
        attempt += 1
        chunk = items[start:]
        listfile = workdir / f"{tag}-{attempt}.txt"
        outdir = workdir / f"{tag}-{attempt}"
        listfile.write_text("".join(item + "\n" for item in chunk))
        proc = subprocess.Popen(command(listfile, outdir), stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        lines = queue.Queue()

        def pump():
            for line in proc.stdout:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=pump, daemon=True).start()
        done = 0
        stalled = False
        while True:
            try:
                line = lines.get(timeout=STALL_SECONDS)
            except queue.Empty:
                stalled = True
                proc.kill()
                break
            if line is None:
                break
            try:
                record = json.loads(line)
            except ValueError:
                continue
            record["outdir"] = str(outdir)
            results[start + record["index"]] = record
            done = record["index"] + 1
        status = proc.wait()
        if done >= len(chunk):
            break
        results[start + done] = on_failure("timeout" if stalled else f"died (status {status})")
        start += done + 1
    return results


def run_batch(ouro, files, workdir, tag):
    """Compiles `files` with `ouro --compile-batch`; a file that kills or hangs ouro is
    recorded as a crash."""
    results = run_resumable(
        lambda listfile, outdir: [str(ouro), "--compile-batch", str(listfile), str(outdir)],
        files, workdir, tag,
        lambda why: {"ok": False, "type": "crash", "msg": f"ouro {why}", "lineno": None})
    for record in results.values():
        if "outdir" in record:
            record["pyc"] = str(Path(record.pop("outdir")) / f"{record['index']}.pyc")
    return results


def run_ouro(ouro, files, jobs, workdir):
    chunks = [list(range(i, len(files), jobs)) for i in range(jobs)]
    merged = {}

    def work(k):
        indices = chunks[k]
        res = run_batch(ouro, [files[i] for i in indices], workdir, f"job{k}")
        return {indices[i]: r for i, r in res.items()}

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for part in pool.map(work, range(jobs)):
            merged.update(part)
    return merged


# ---------------------------------------------------------------- comparing

def const_key(value):
    """A comparable key for a constant that tells 1, 1.0, True and -0.0 apart."""
    if isinstance(value, (tuple, frozenset)):
        items = [const_key(v) for v in value]
        if isinstance(value, frozenset):
            items = sorted(items, key=repr)
        return (type(value).__name__, tuple(items))
    if isinstance(value, float):
        return ("float", value.hex() if value == value else "nan")
    if isinstance(value, complex):
        return ("complex", const_key(value.real), const_key(value.imag))
    if hasattr(value, "co_code"):
        return ("code", value.co_qualname)
    return (type(value).__name__, value)


def code_children(code):
    return [c for c in code.co_consts if hasattr(c, "co_code")]


def first_code_difference(ours, theirs):
    """The first difference between two code objects (not looking into nested code), as
    (cause, detail), or None."""
    for field in FIELDS:
        a, b = getattr(ours, field), getattr(theirs, field)
        if field == "co_code":
            if a != b:
                for i in range(0, min(len(a), len(b)), 2):
                    if a[i] != b[i]:
                        return (f"different opcode at first mismatch: {dis.opname[a[i]]} vs "
                                f"{dis.opname[b[i]]}", f"offset {i}")
                    if a[i + 1] != b[i + 1]:
                        return (f"same opcode, different oparg: {dis.opname[a[i]]}",
                                f"offset {i}: {a[i + 1]} vs {b[i + 1]}")
                return ("co_code length differs (one is a prefix of the other)",
                        f"{len(a)} vs {len(b)} bytes")
        elif field == "co_consts":
            ka = [const_key(c) for c in a]
            kb = [const_key(c) for c in b]
            if ka != kb:
                return ("co_consts differs", f"{len(a)} vs {len(b)} constants")
        elif a != b:
            return (f"{field} differs", f"{a!r:.60} vs {b!r:.60}")
    if len(code_children(ours)) != len(code_children(theirs)):
        return ("number of nested code objects differs", "")
    return None


def listing(code):
    text = dis.Bytecode(code).dis()
    return ADDRESS.sub("0xADDR", text)


def compare_trees(ours, theirs, where):
    """Walks both code trees in step. Returns (first difference or None, code objects in
    CPython's tree, of which with identical dis listings)."""
    first = None
    total = 0
    same_listing = 0
    stack = [(ours, theirs, where)]
    while stack:
        a, b, path = stack.pop()
        total += 1
        diff = first_code_difference(a, b) if a is not None else ("missing code object", "")
        if diff is None:
            same_listing += 1
        else:
            if first is None:
                first = (diff[0], f"{path}: {diff[1]}")
            if a is not None:
                try:
                    if listing(a) == listing(b):
                        same_listing += 1
                except Exception:  # noqa: BLE001 - ouro's bytecode may not disassemble
                    pass
        kids_b = code_children(b)
        kids_a = code_children(a) if a is not None else []
        for i, kid in enumerate(kids_b):
            stack.append((kids_a[i] if i < len(kids_a) else None, kid,
                          f"{path}.{kid.co_name}"))
    return first, total, same_listing


def load_pyc(path, source_size):
    data = Path(path).read_bytes()
    if data[:4] != importlib.util.MAGIC_NUMBER:
        raise ValueError(f"bad magic {data[:4]!r}")
    if int.from_bytes(data[4:8], "little") != 0:
        raise ValueError("flags are not 0")
    if int.from_bytes(data[12:16], "little") != source_size & 0xFFFFFFFF:
        raise ValueError("header size field is wrong")
    code = marshal.loads(data[16:])
    if not hasattr(code, "co_code"):
        raise ValueError(f"not a code object: {type(code).__name__}")
    return code


def compare_file(args):
    """Runs in a worker process: one file's verdict as a dict."""
    path, record = args
    source = Path(path).read_bytes()
    out = {"path": path}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            theirs = compile(source, path, "exec", dont_inherit=True)
            rejected = None
        except (SyntaxError, ValueError) as e:
            theirs = None
            rejected = (type(e).__name__, getattr(e, "lineno", None))
    if rejected:
        out["cpython_rejects"] = True
        if record.get("ok"):
            out["cause"] = "ouro accepted a file CPython rejects"
            out["detail"] = f"{rejected[0]} line {rejected[1]}"
        elif record.get("type") == "crash":
            out["cause"] = "crash"
            out["detail"] = record.get("msg", "")
        elif (record.get("type"), record.get("lineno")) == rejected:
            out["same"] = True
        else:
            out["cause"] = "rejected differently"
            out["detail"] = (f"ouro {record.get('type')} line {record.get('lineno')}, CPython "
                             f"{rejected[0]} line {rejected[1]}")
        return out
    out["cpython_rejects"] = False
    out["code_objects"] = 0
    out["same_listing"] = 0

    def count_all(code):
        return 1 + sum(count_all(c) for c in code_children(code))

    if not record.get("ok"):
        out["code_objects"] = count_all(theirs)
        if record.get("type") == "crash":
            out["cause"] = "crash"
            out["detail"] = record.get("msg", "")
        else:
            out["cause"] = "ouro refused"
            out["detail"] = f"{record.get('type')}: {record.get('msg')} (line {record.get('lineno')})"
        return out
    try:
        ours = load_pyc(record["pyc"], len(source))
    except Exception as e:  # noqa: BLE001 - any failure to load is a finding
        out["code_objects"] = count_all(theirs)
        out["cause"] = "pyc does not load"
        out["detail"] = f"{type(e).__name__}: {e}"
        return out
    out["equal"] = ours == theirs
    first, total, same = compare_trees(ours, theirs, "<module>")
    out["code_objects"] = total
    out["same_listing"] = same
    if first is None:
        # `==` can be False for identical objects: NaN constants never compare equal.
        out["same"] = True
    else:
        out["cause"], out["detail"] = first
    return out


def run_compare(work, jobs, workdir):
    """Compares every file in `jobs` worker processes (this script with --worker), so that a
    .pyc that crashes CPython costs one file, not the run."""
    items = [json.dumps(pair) for pair in work]
    chunks = [list(range(i, len(items), jobs)) for i in range(jobs)]
    verdicts = [None] * len(items)

    def job(k):
        indices = chunks[k]
        res = run_resumable(
            lambda listfile, outdir: [sys.executable, __file__, "--worker", str(listfile)],
            [items[i] for i in indices], workdir, f"cmp{k}",
            lambda why: {"cause": "loading ouro's pyc crashes CPython", "detail": why})
        for i, record in res.items():
            path, _ = work[indices[i]]
            record.setdefault("path", path)
            record.setdefault("cpython_rejects", False)
            record.setdefault("code_objects", 0)
            record.setdefault("same_listing", 0)
            verdicts[indices[i]] = record

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        list(pool.map(job, range(jobs)))
    return verdicts


def worker(listfile):
    """--worker mode: compares each (path, record) JSON line of listfile, printing one JSON
    verdict a line."""
    for index, line in enumerate(Path(listfile).read_text().splitlines()):
        path, record = json.loads(line)
        try:
            verdict = compare_file((path, record))
        except Exception as e:  # noqa: BLE001 - report, keep going
            verdict = {"path": path, "cpython_rejects": False, "code_objects": 0,
                       "same_listing": 0, "cause": "comparison failed",
                       "detail": f"{type(e).__name__}: {e}"}
        verdict["index"] = index
        print(json.dumps(verdict), flush=True)


# ---------------------------------------------------------------- reporting

def pct(n, d):
    return f"{100.0 * n / d:5.1f}%" if d else "   - "


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        worker(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ouro", help="the ouro binary (default: the newest built one)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--filter", default="", help="only files whose path contains TEXT")
    parser.add_argument("--show", type=int, default=3, help="examples printed per cause")
    parser.add_argument("--json", help="write every file's verdict to this file")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit("compare_lib.py must run under python3.12")

    ouro = find_ouro(args.ouro)
    stdlib, files = lib_files(args.filter)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ouro-compare-") as tmp:
        records = run_ouro(ouro, files, max(1, args.jobs), Path(tmp))
        ouro_seconds = time.monotonic() - started
        work = [(f, records.get(i, {"ok": False, "type": "crash", "msg": "no result"}))
                for i, f in enumerate(files)]
        verdicts = run_compare(work, max(1, args.jobs), Path(tmp))
    elapsed = time.monotonic() - started

    accepted = [v for v in verdicts if not v["cpython_rejects"]]
    rejected = [v for v in verdicts if v["cpython_rejects"]]
    equal = sum(1 for v in accepted if v.get("equal"))
    same = sum(1 for v in accepted if v.get("same"))
    objects = sum(v["code_objects"] for v in accepted)
    same_listing = sum(v["same_listing"] for v in accepted)
    same_rejections = sum(1 for v in rejected if v.get("same"))

    print(f"ouro: {ouro}")
    print(f"Lib:  {stdlib} ({len(files)} files; ouro compiled them in {ouro_seconds:.1f} s, "
          f"total {elapsed:.1f} s)")
    print()
    print(f"  module code objects equal (==)          {equal:6d} / {len(accepted):<6d} "
          f"{pct(equal, len(accepted))}")
    print(f"  files identical in every field          {same:6d} / {len(accepted):<6d} "
          f"{pct(same, len(accepted))}")
    print(f"  code objects with identical dis listing {same_listing:6d} / {objects:<6d} "
          f"{pct(same_listing, objects)}")
    print(f"  rejected files matched (type, line)     {same_rejections:6d} / {len(rejected):<6d} "
          f"{pct(same_rejections, len(rejected))}")
    causes = collections.defaultdict(list)
    for v in verdicts:
        if "cause" in v:
            causes[v["cause"]].append(v)
    if causes:
        print()
        print(f"Differences by first cause ({sum(map(len, causes.values()))} files):")
        print(f"  {'files':>6}  {'share':>6}  cause")
        for cause, group in sorted(causes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"  {len(group):6d}  {pct(len(group), len(verdicts))}  {cause}")
            for v in group[: args.show]:
                rel = os.path.relpath(v["path"], stdlib)
                print(f"  {'':6}  {'':6}    {rel}: {v.get('detail', '')[:120]}")
    if args.json:
        Path(args.json).write_text(json.dumps(verdicts, indent=1))


if __name__ == "__main__":
    main()
