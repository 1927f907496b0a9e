# Generators: a pipeline of generator functions and expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def main():
    total = 0
    for _ in range(1):
        total += sum(squares(evens(numbers(1_000_000))))
        total += sum(x for x in range(1_000_000) if x & 1)
    print(total)


main()
