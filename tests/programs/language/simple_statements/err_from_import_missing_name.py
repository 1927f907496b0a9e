# xfail: not yet identical to CPython
from json import loads, load_string
