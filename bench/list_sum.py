# A for loop summing a list of a million ints, repeated.
def total(values):
    s = 0
    for v in values:
        s += v
    return s


def main():
    values = list(range(1_000_000))
    result = 0
    for _ in range(6):
        result += total(values)
    print(result)


main()
