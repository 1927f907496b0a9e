# xfail: not yet identical to CPython
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
