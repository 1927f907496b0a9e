# Dictionaries and sets: insertion, lookup, deletion, iteration, set algebra.
def main():
    d = {}
    for i in range(500_000):
        d[i] = i * 2
    s = 0
    for i in range(0, 1_000_000, 2):
        s += d.get(i, 0)
    words = {}
    for i in range(300_000):
        key = "w" + str(i % 5000)
        words[key] = words.get(key, 0) + 1
    for i in range(0, 500_000, 3):
        del d[i]
    a = set(range(0, 400_000, 2))
    b = set(range(0, 400_000, 3))
    print(s, len(words), len(d), len(a & b), len(a | b), len(a - b), sum(v for v in d.values()) % 1000)


main()
