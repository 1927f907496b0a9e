import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "m.txt")
with open(p, "w") as f:
    f.write("12345")
with open(p, "a") as f:
    print(f.tell())
    f.write("678")
with open(p) as f:
    print(f.read())
with open(p, "r+") as f:
    f.write("ab")
    print(f.read())
with open(p, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read(), f.tell())
with open(p, "a+") as f:
    f.seek(0)
    print(repr(f.read()))
    f.write("!")
with open(p) as f:
    print(f.read(), f.name == p, f.mode, f.buffer.mode if hasattr(f, "buffer") else None)
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
os.remove(p)
os.rmdir(d)
