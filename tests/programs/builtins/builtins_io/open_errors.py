import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "missing.txt")
try:
    open(p)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p)
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
for mode in ("rw", "x+b+", "z", "rt b", "tb"):
    try:
        open(p, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(p, "wb", newline="\n")
except ValueError as e:
    print(type(e).__name__, e)
with open(p, "x") as f:
    f.write("once")
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(1.5)
except TypeError as e:
    print(type(e).__name__, e)
os.remove(p)
os.rmdir(d)
