import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits, sys.hash_info.cutoff)
print(sys.float_repr_style)
print(type(sys.float_info).__name__, type(sys.int_info).__name__, type(sys.hash_info).__name__)
