print(list(range(10))[slice(2, 8, 2)], "hello"[slice(None, None, -1)], slice(3).stop)
print(isinstance(slice(1), slice), slice(1, 2, 3) == slice(1, 2, 3))
print(memoryview(b"abc")[slice(1, None)].tobytes(), bytearray(b"xyz")[slice(2)])
print(tuple(range(5))[slice(-2, None)], {"a": 1}.get(slice(1), "unhashable?") if False else "skip")
try:
    {}[slice(1)] = 1
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)
