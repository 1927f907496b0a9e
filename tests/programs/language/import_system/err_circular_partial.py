# xfail: not yet identical to CPython
import pkgs.broken_circ_a
