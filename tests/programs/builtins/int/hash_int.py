import sys
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**61 - 2))
print(hash(10**30), hash(-10**30), hash(2**64))
print(hash(True), hash(False))
print(sys.hash_info.modulus == 2**61 - 1)
print(hash(1) == hash(1.0) == hash(1+0j))
print(hash(-(2**61)), hash(2**100))
