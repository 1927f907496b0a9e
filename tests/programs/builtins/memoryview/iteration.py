m = memoryview(b"\x00\x7f\x80\xff")
print(list(m), [x for x in m.cast("b")], list(reversed(m)), sum(m), 127 in m, 5 in m)
it = iter(memoryview(b"ab"))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
print(list(memoryview(bytearray(range(6))).cast("H")), enumerate(memoryview(b"q")).__next__())
try:
    iter(memoryview(bytearray(6)).cast("B", (2, 3)))
except NotImplementedError as e:
    print(type(e).__name__, e)
