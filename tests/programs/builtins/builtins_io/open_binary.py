import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "b.bin")
with open(p, "wb") as f:
    print(f.write(bytes(range(256))), f.mode, type(f).__name__)
with open(p, "rb") as f:
    data = f.read()
    print(len(data), data[:8], data[-4:], type(f).__name__)
with open(p, "rb") as f:
    print(f.read(3), f.tell(), f.seek(10), f.read(2), f.seek(-2, 2), f.read(), f.read())
with open(p, "ab") as f:
    f.write(b"tail")
with open(p, "rb") as f:
    f.seek(-6, os.SEEK_END)
    print(f.read())
with open(p, "r+b") as f:
    f.write(b"XY")
    f.seek(0)
    print(f.read(4))
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2))
os.remove(p)
os.rmdir(d)
