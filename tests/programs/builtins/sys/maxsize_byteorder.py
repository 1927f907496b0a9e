import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.maxunicode, hex(sys.maxunicode))
print(type(sys.platform).__name__, sys.platform)
print(len(b"x" * 0) < sys.maxsize, -sys.maxsize - 1)
try:
    [0] * (sys.maxsize + 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    range(sys.maxsize + 5)[sys.maxsize + 1]
    print("ok big index")
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
