a = "interned"
b = "interned"
print(a == b)
x = None
print(x is None, type(x) is type(None), [] is not [])
print(() == (), True is (1 == 1))
