def f(a, b=2, c=3):
    return a, b, c

print(f(1))
print(f(1, 5))
print(f(1, c=9))
print(f(a=0, b=0, c=0))
print(f.__defaults__)
