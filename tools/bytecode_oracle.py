"""The bytecode oracle: for each Python source file, writes what CPython 3.12 makes of it.

For every file it writes two files into OUTDIR, named after the file's path with '/' turned
into '__':
  NAME.marshal  marshal.dumps(compile(source, path, 'exec')), the body of a .pyc
  NAME.dis      what `python3.12 -m dis path` prints for it, with addresses as 0x0
  NAME.loaded.dis  only where it differs from NAME.dis: the listing of the code object that
                marshal.loads gives back (a frozenset's order can change when CPython
                rebuilds it from the marshalled elements)
and OUTDIR/MANIFEST lists the files written, one path a line. Files CPython cannot compile
are skipped (and counted on stderr).

Usage (run with python3.12 and PYTHONHASHSEED=0):
  bytecode_oracle.py OUTDIR --lib                 every .py file of this Python's Lib
  bytecode_oracle.py OUTDIR [--root DIR] FILE...  the given files; paths are recorded
                                                   relative to DIR (default: Lib)
"""
import dis
import io
import marshal
import os
import re
import sys
import sysconfig

ADDRESS = re.compile(r"0x[0-9a-f]+")


def listing(code):
    buf = io.StringIO()
    dis.dis(code, file=buf)
    return ADDRESS.sub("0x0", buf.getvalue())


def oracle(source, path):
    code = compile(source, path, "exec")
    data = marshal.dumps(code)
    return data, listing(code), listing(marshal.loads(data))


def main(argv):
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with python3.12")
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("run this with PYTHONHASHSEED=0")
    outdir = argv[0]
    args = argv[1:]
    lib = sysconfig.get_paths()["stdlib"]
    root = lib
    if args[:1] == ["--root"]:
        root, args = args[1], args[2:]
    if args == ["--lib"]:
        files = []
        for dirpath, dirnames, filenames in os.walk(lib):
            dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
            for f in sorted(filenames):
                if f.endswith(".py"):
                    files.append(os.path.join(dirpath, f))
    else:
        files = args
    os.makedirs(outdir, exist_ok=True)
    written, failed = [], 0
    for f in files:
        rel = os.path.relpath(f, root)
        try:
            with open(f, "rb") as fh:
                source = fh.read()
            data, text, loaded = oracle(source, rel)
        except Exception:
            failed += 1
            continue
        name = rel.replace("/", "__")
        with open(os.path.join(outdir, name + ".marshal"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(outdir, name + ".dis"), "w", encoding="utf-8") as fh:
            fh.write(text)
        if loaded != text:
            with open(os.path.join(outdir, name + ".loaded.dis"), "w", encoding="utf-8") as fh:
                fh.write(loaded)
        written.append(rel)
    with open(os.path.join(outdir, "MANIFEST"), "w", encoding="utf-8") as fh:
        fh.write("".join(p + "\n" for p in written))
    print(f"{len(written)} files written, {failed} could not be compiled", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
