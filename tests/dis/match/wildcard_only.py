def f(x):
    match x:
        case _:
            return "anything"
# xfail: not yet identical to CPython
