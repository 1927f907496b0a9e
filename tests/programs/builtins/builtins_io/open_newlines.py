import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "n.txt")
with open(p, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        data = f.read()
    with open(p, newline=nl) as f:
        lines = f.readlines()
    print(repr(nl), repr(data), lines)
with open(p, newline=None) as f:
    f.read()
    print(f.newlines)
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\r\nz")
    with open(p, "rb") as f:
        print("write", repr(nl), f.read())
try:
    open(p, newline="x")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(p)
os.rmdir(d)
