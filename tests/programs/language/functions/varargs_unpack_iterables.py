def f(*a):
    return a

print(f(*{1: "a", 2: "b"}))
print(f(*(x * 2 for x in range(3))))
print(f(*"hi", *b"ok"))
d = {"k": 1}
print(f(*d.items()))
print(f(*range(0)))
