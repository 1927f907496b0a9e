def f(o, v):
    o.x = v
    o.y.z = o.x
    del o.x
    return o.a.b.c
