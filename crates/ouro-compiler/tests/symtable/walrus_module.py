if (n := 10) > 5:
    pass
ys = [y := f(x) for x in range(3)]
print(y)
