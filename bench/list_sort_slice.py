# Lists: sorting (with and without keys), slicing, comprehensions, append/pop.
def main():
    seed = 12345
    values = []
    for _ in range(150_000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(seed % 100_000)
    a = sorted(values)
    b = sorted(values, key=lambda v: -v)
    c = [v for v in values if v % 3 == 0]
    total = 0
    for i in range(0, len(a) - 100, 50):
        chunk = a[i:i + 100]
        total += chunk[0] + chunk[-1]
    rev = values[::-1]
    stack = []
    for v in values:
        stack.append(v)
        if v & 1:
            stack.pop()
    print(a[:3], b[:3], len(c), total, rev[0], len(stack))


main()
