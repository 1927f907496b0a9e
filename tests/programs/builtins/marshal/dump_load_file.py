import marshal, io, os, tempfile
buf = io.BytesIO()
marshal.dump({"a": [1, 2.5]}, buf)
marshal.dump("second", buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, "m.bin")
with open(p, "wb") as f:
    marshal.dump((1, "x"), f)
with open(p, "rb") as f:
    print(marshal.load(f))
os.remove(p)
os.rmdir(d)
