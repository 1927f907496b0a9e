s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.casefold())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("z"))
print(s.replace("l", "L", 2), s.split(", "), s.partition(","), s.rpartition("o"))
print(s.startswith("He"), s.endswith(("x", "ld")), s.isalpha(), "abc".isalpha())
print(" x ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1), "a\nb\r\nc".splitlines())
print(",".join(["a", "b"]), s.center(20, "*"), s.ljust(15, "."), s.zfill(15))
print("tab\there".expandtabs(4), "abc".removeprefix("a"), "abc".removesuffix("c"))
