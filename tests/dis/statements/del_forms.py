x = 1
del x
def f(a, o):
    b = a
    del a, b
    del o.attr, o[0], o[1:2]
