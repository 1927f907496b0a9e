# Exceptions: raising and catching in a loop, with try/finally and a custom class.
class Miss(Exception):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise Miss(k)


def main():
    d = {i: i for i in range(0, 100, 2)}
    hits = misses = cleanups = 0
    for i in range(200_000):
        try:
            hits += lookup(d, i % 100)
        except Miss:
            misses += 1
        finally:
            cleanups += 1
    print(hits, misses, cleanups)


main()
