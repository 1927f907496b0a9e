# just a comment
# and another
# xfail: not yet identical to CPython
