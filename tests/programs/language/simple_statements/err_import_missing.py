# xfail: not yet identical to CPython
import os
import definitely_not_a_module_name
