def v(x):
    print("eval", x)
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0, 1 < x is not None)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "a" < "b" < "c")
