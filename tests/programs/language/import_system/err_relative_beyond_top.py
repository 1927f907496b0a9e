# xfail: not yet identical to CPython
from pkgs.rel import too_far
