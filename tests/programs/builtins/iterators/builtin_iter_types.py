for obj in ([], (), "", b"", bytearray(), {}, set(), frozenset(), range(0), {}.keys(), {}.values(), {}.items(), memoryview(b"")):
    print(type(obj).__name__, type(iter(obj)).__name__)
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed({})).__name__, type(reversed(range(0))).__name__)
