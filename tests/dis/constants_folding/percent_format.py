# `str % tuple` with simple %s/%r/%a becomes an f-string (CPython: ast_opt.c optimize_format).
def f(a, b, c):
    x = "%s and %r" % (a, b)
    y = "<%a>" % (c,)
    z = "%5s|%-5s|%.3s|%10.2r|%%" % (a, b, c, a)
    w = "%s" % (
        a,
    )
    return x, y, z, w

def not_rewritten(a, b, c):
    p = "%d" % (a,)
    q = "%s %s" % (a,)
    r = "%s" % (a, b)
    s = "%123s" % (a,)
    t = "%s" % (*a,)
    u = "%s%" % (a,)
    v = "%s" % (1, )
    return p, q, r, s, t, u, v
