ba = bytearray()
ba.extend(x for x in range(65, 70))
print(ba)
ba.extend(memoryview(b"mv"))
ba.extend(bytearray(b"ba"))
ba.extend(iter([33]))
print(ba)
try:
    ba.extend(x for x in [65, 300])
except ValueError as e:
    print(type(e).__name__, e, ba)
try:
    ba.extend("str")
except TypeError as e:
    print(type(e).__name__, e)
