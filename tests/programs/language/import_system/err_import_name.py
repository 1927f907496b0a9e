# xfail: not yet identical to CPython
from pkgs.alpha import no_such_name
