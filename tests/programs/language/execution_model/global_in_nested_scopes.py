# A `global` declaration in a function makes the name global in the functions nested in it,
# even when an enclosing function binds it (examples from CPython's test_scope).
if 1:
            # I
            x = 7
            def f():
                x = 1
                def g():
                    global x
                    def i():
                        def h():
                            return x
                        return h()
                    return i()
                return g()
            print(f(), 7)
            print(x, 7)

            # II
            x = 7
            def f():
                x = 1
                def g():
                    x = 2
                    def i():
                        def h():
                            return x
                        return h()
                    return i()
                return g()
            print(f(), 2)
            print(x, 7)

            # III
            x = 7
            def f():
                x = 1
                def g():
                    global x
                    x = 2
                    def i():
                        def h():
                            return x
                        return h()
                    return i()
                return g()
            print(f(), 2)
            print(x, 2)

            # IV
            x = 7
            def f():
                x = 3
                def g():
                    global x
                    x = 2
                    def i():
                        def h():
                            return x
                        return h()
                    return i()
                return g()
            print(f(), 2)
            print(x, 2)

            # XXX what about global statements in class blocks?
            # do they affect methods?

            x = 12
            class Global:
                global x
                x = 13
                def set(self, val):
                    x = val
                def get(self):
                    return x

            g = Global()
            print(g.get(), 13)
            g.set(15)
            print(g.get(), 13)
            

# An empty cell is an unbound local in the function that owns it, an unbound free variable
# in the functions nested in it.
def error_in_outer():
    print(y)

    def inner():
        return y

    y = 1


def error_in_inner():
    def inner():
        return y

    inner()
    y = 1


def error_after_del():
    y = 1
    del y

    def inner():
        return y

    try:
        del y
    except NameError as e:
        print(type(e).__name__, e)
    return inner


for fn in [error_in_outer, error_in_inner, error_after_del]:
    try:
        r = fn()
        if r is not None:
            r()
    except NameError as e:
        print(fn.__name__, type(e).__name__, e)
