def f(a, o, d, k):
    a += 1
    a -= 2
    a *= 3
    a /= 4
    a //= 5
    a %= 6
    a **= 7
    a <<= 1
    a >>= 1
    a &= 1
    a |= 2
    a ^= 3
    a @= a
    o.attr += 1
    d[k] += 1
    return a
