def f():
    return len(undefined_name)
class C:
    def m(self):
        return C
