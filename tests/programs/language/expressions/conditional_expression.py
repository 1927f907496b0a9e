for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = [] if False else [1]
print(x, (lambda: 1 if x else 2)())
print(1 if True else 1 / 0)
