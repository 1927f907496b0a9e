try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
e = SyntaxError("msg", ("f.py", 3, 4, "x = = 1\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
e = ImportError("m", name="mod", path="p")
print(e.name, e.path, e.msg)
e = StopIteration(1, 2)
print(e.value, e.args)
e = AttributeError("a", name="n", obj=5)
print(e.name, e.obj)
e = NameError("n", name="zz")
print(e.name)
