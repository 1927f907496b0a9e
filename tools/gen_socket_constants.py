"""Writes crates/ouro-vm/src/socketmodule_constants.txt: the integer constants of python3.12's
`_socket` module (NAME=value, one a line, sorted), which ouro's `_socket` defines.

Run with python3.12: python3.12 tools/gen_socket_constants.py
"""

import os
import sys

import _socket

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "ouro-vm", "src",
                   "socketmodule_constants.txt")


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with python3.12")
    names = sorted(n for n in dir(_socket)
                   if n.isupper() and type(getattr(_socket, n)) is int)
    with open(OUT, "w") as f:
        for n in names:
            f.write(f"{n}={getattr(_socket, n)}\n")


if __name__ == "__main__":
    main()
