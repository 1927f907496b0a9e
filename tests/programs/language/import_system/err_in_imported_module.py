# xfail: not yet identical to CPython
print("importing a module that fails")
import pkgs.fails_on_import
