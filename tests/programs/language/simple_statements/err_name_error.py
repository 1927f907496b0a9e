# xfail: not yet identical to CPython
def greet():
    print("hello " + usernme)

username = "ann"
greet()
