import marshal
class C:
    pass
class MyInt(int):
    pass
class MyStr(str):
    pass
for v in (C(), C, MyInt(3), MyStr("s"), print, range(3), slice(1), NotImplemented, (1, [C()]), {1: {2: C()}}, {frozenset([1]), 2.5j}, iter(())):
    try:
        data = marshal.dumps(v)
        print(type(v).__name__, "ok", data.hex())
    except ValueError as e:
        print(type(v).__name__, type(e).__name__, e)
print(marshal.dumps(memoryview(b"mv")).hex(), marshal.dumps(bytearray(b"ba")).hex(), marshal.dumps([bytearray(b"")]).hex())
