# xfail: not yet identical to CPython
import pkgs
import pkgs.does_not_exist
