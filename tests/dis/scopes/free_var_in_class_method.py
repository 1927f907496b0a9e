def f(value):
    class C:
        def get(self):
            return value
    return C
