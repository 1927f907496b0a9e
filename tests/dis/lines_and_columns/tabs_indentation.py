def f(x):
	if x:
		return 1
	return 2
# xfail: not yet identical to CPython
