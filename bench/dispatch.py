# Bytecode dispatch: 25 instructions of small-int arithmetic per iteration, ten million times
# (the loop from the seed notes; the result sums to zero so no big integers appear).
def f():
    x = 0
    for _ in range(10_000_000):
        x = 10 + x - 10 + x + 10 + x - 10 + x + 10 + x - 10
    return x


print(f())
