# Functions that take no keywords name themselves as CPython's call machinery does: module
# functions qualified (zlib.crc32(), binascii.unhexlify()) in the keyword error and in the
# one-argument error of METH_O functions, bare in the argument-count error.
import binascii, zlib, itertools, collections
for f in [lambda: binascii.crc32(b'', value=1), lambda: binascii.crc32(), lambda: binascii.crc_hqx(b''),
          lambda: binascii.crc_hqx(b'', 1, x=1), lambda: binascii.a2b_uu(b'', x=1), lambda: binascii.a2b_uu(),
          lambda: binascii.unhexlify(b'', x=1), lambda: binascii.a2b_hex(), lambda: binascii.unhexlify(b'', 2),
          lambda: zlib.crc32(b'', value=1), lambda: zlib.adler32(), lambda: zlib.adler32(b'', 1, 2),
          lambda: itertools.tee([], n=2), lambda: itertools.tee(), lambda: collections._count_elements({}, [], x=1),
          lambda: collections._count_elements({})]:
    try: f()
    except TypeError as e: print(e)
