# xfail: not yet identical to CPython
print "hello"
