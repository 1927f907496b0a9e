# A local compared with a constant, branched on or kept as a bool, for small ints, big ints,
# floats, strings, mixed types and unbound locals, in loops and in straight-line code.
def classify(x):
    if x < 2:
        return "small"
    if x >= 1000000000000000000000:
        return "huge"
    if x == 7:
        return "seven"
    if x != 8:
        return "other"
    return "eight"


for v in [-5, 0, 1, 2, 7, 8, 9, 2.5, 1.5, 10**30, -(10**30), True, False]:
    print(repr(v), classify(v))


def flags(x):
    a = x < 3
    b = x > 3
    c = x == 3
    d = x <= 3.0
    return a, b, c, d


for v in [1, 3, 5, 3.0, 2.9999, 10**20]:
    print(flags(v))


def count_up(limit):
    i = 0
    n = 0.0
    while i < 100:
        i += 1
        if i > limit:
            break
        n += 0.5
    while n < 10:
        n += 1.25
    return i, n


print(count_up(50), count_up(1000))


def strings(s):
    if s < "m":
        return "first half"
    return "second half"


print(strings("apple"), strings("zebra"))


class Weird:
    def __lt__(self, other):
        print("Weird.__lt__", other)
        return "truthy"


def weird(w):
    if w < 5:
        return "yes"
    return "no"


print(weird(Weird()))


def mixed(x):
    return x < 3


try:
    mixed("text")
except TypeError as e:
    print("TypeError:", e)


def unbound():
    if False:
        y = 1
    if y < 3:
        return 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
