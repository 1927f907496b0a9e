import marshal
for v in (0, -5, 256, 257, -6, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**15, 2**30, 2**45, -2**60, 2**63, 2**64 - 1, 10**40, -(10**40)):
    data = marshal.dumps(v)
    print(v, data.hex(), marshal.loads(data) == v)
x = 123456
print(marshal.dumps([x, x]).hex(), marshal.dumps([2**70]).hex(), marshal.dumps((70000, 70000)).hex())
print(marshal.loads(bytes.fromhex("6c020000000100010000")) if False else marshal.loads(bytes.fromhex("6c0200000001000100")))
try:
    marshal.loads(bytes.fromhex("6c020000000100ff7f") + b"\x00")
except ValueError as e:
    print(type(e).__name__)
