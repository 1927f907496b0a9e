import sys
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.version_info[:2])
print(sys.float_info.max > 1e308, sys.int_info.bits_per_digit in (15, 30))
print(sys.getrecursionlimit(), type(sys.argv).__name__, len(sys.argv))
print(sys.flags.dont_write_bytecode, sys.hash_info.width)
