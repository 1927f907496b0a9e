# `local <op> constant` and `if local <cmp> constant:` on the edges the evaluation loop cares
# about: constants near +-2048, negative constants, every comparison with both jump senses,
# results at the edge of the small-int range, bools, floats and big ints as the local.
def compares(x):
    out = []
    if x < 2047: out.append("<2047")
    if not x < -2048: out.append("!<-2048")
    if x <= 2048: out.append("<=2048")
    if not x <= -1: out.append("!<=-1")
    if x == 0: out.append("==0")
    if not x == 5: out.append("!==5")
    if x != -2049: out.append("!=-2049")
    if not x != 2047: out.append("!!=2047")
    if x > -2048: out.append(">-2048")
    if not x > 3: out.append("!>3")
    if x >= 2047: out.append(">=2047")
    if not x >= 100000: out.append("!>=100000")
    return out


for v in [-2049, -2048, -1, 0, 3, 5, 2047, 2048, 2049, 10**30, 2.5, True, False]:
    print(repr(v), compares(v))


def arith(x):
    a = x + 2047
    b = x - -2048
    c = x * 3
    d = x & 6
    e = x | 8
    f = x ^ 5
    g = x - 1
    print(a, b, c, d, e, f, g, x + 1, x * -2048, x ^ -1)


small_max = 2**61 - 1
for v in [0, 1, -1, 7, small_max, -small_max - 1, small_max - 2047, 2**62, True]:
    arith(v)


def loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + (i * 7 - 3)
        if i >= 10:
            total -= 1
        i = i + 1
    return total


print(loop(20), loop(0), loop(-5))


def bad(x):
    return x - 1


for v in [None, "s"]:
    try:
        bad(v)
    except TypeError as e:
        print("TypeError:", e)
print(bad([1]))
arith(1.5)
