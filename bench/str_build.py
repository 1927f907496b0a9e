# String building and methods: join, f-strings, split, replace, find, upper.
def main():
    parts = []
    for i in range(150_000):
        parts.append(f"item{i}:{i * 3}")
    text = ",".join(parts)
    fields = text.split(",")
    n = 0
    for f in fields:
        name, _, value = f.partition(":")
        if name.endswith("7"):
            n += int(value)
    s = text.replace("item", "it").upper()
    print(len(text), n, len(s), s.find("IT149999"), s.count("9"))
    acc = ""
    for i in range(100_000):
        acc += str(i % 10)
    print(len(acc), acc[-10:])


main()
