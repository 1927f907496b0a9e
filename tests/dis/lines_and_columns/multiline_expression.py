def f(a, b, c):
    x = (a +
         b *
         c)
    return x
