expression = "price * quantity"
print(eval(expression, {"price": 2}))
