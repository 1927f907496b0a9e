# Repeating a sequence more times than memory can hold raises MemoryError (or OverflowError
# when the length itself cannot be represented), never a crash; small repeats still work.
import sys

cases = [
    "[0] * sys.maxsize",
    "sys.maxsize * [0]",
    "[0, 1] * 2**62",
    "(0,) * sys.maxsize",
    "(1, 2) * 2**62",
    "'a' * sys.maxsize",
    "'ab' * 2**62",
    "b'a' * sys.maxsize",
    "bytearray(b'a') * sys.maxsize",
    "[1] * 2**64",
    "'x' * 2**64",
]
for expr in cases:
    try:
        eval(expr)
        print(expr, "no error")
    except (MemoryError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)

lst = [0] * 65
del lst[1:]
for target in ["lst", "ba"]:
    ba = bytearray(b"z")
    try:
        exec(f"{target} *= sys.maxsize")
    except MemoryError as e:
        print(target, "*=", type(e).__name__)
print(len(lst), ba)
print([1, 2] * 3, "ab" * 3, (1,) * 2, b"x" * 3, bytearray(b"y") * 2, [0] * -1, "q" * 0)
big = 2**63 - 1
print(len([5] * (big // big)), "é" * 3)
