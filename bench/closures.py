# Closures: creating and calling nested functions that read and write free variables.
def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def main():
    total = 0
    inc = make_counter()
    for i in range(1_000_000):
        total += inc(1)
        if i % 4 == 0:
            total += make_adder(i)(1)
    print(total)


main()
