# sys.prefix and friends: the installation prefix is two levels above the standard library.
import sys
import os

lib = os.path.dirname(os.__file__)
print(sys.base_prefix == os.path.dirname(os.path.dirname(lib)))
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix == sys.prefix)
print(sys.platlibdir, sys.pycache_prefix)
import argparse
p = argparse.ArgumentParser(prog="prog")
p.add_argument("--n", type=int, default=3)
print(p.parse_args(["--n", "5"]))
