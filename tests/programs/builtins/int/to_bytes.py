print((1024).to_bytes(2, "big"))
print((1024).to_bytes(4, "little"))
print((1024).to_bytes(2))
print((0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"))
print((2**64).to_bytes(9, "big"))
for args in [(256, 1, "big"), (-1, 1, "big"), (1, -1, "big"), (1, 1, "middle")]:
    try:
        print(args[0].to_bytes(args[1], args[2]))
    except Exception as e:
        print(type(e).__name__, e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
print((127).to_bytes(1, "big", signed=True))
print((-128).to_bytes(1, "big", signed=True))
print((5).to_bytes(length=3, byteorder="little"))
