import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")
with open(p, "w", encoding="utf-8") as f:
    n = f.write("hello\nwörld\n")
    print("wrote", n, f.mode, f.encoding, f.closed, f.writable(), f.readable())
print(f.closed)
with open(p, encoding="utf-8") as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(repr(f.readline()), repr(f.readline()))
with open(p, encoding="utf-8") as f:
    print(f.readlines())
with open(p, encoding="utf-8") as f:
    print([line for line in f])
print(os.path.getsize(p))
os.remove(p)
os.rmdir(d)
