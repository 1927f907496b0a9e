(x := 1)
y = (z := f(a))
print(w := 2)
