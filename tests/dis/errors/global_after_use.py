# xfail: not yet identical to CPython
def f():
    print(x)
    global x
