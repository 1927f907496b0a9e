# xfail: not yet identical to CPython
expression = "price * quantity"
print(eval(expression, {"price": 2}))
