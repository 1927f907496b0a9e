# xfail: not yet identical to CPython
stack = [1, 2]
while stack.pop():
    print("popped")
