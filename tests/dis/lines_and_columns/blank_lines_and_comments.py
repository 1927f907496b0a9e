def f():

    # comment

    x = 1


    return x
# xfail: not yet identical to CPython
