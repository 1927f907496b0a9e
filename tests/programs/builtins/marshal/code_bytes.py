# marshal.dumps of the code objects of this script's functions, byte for byte (the script's
# own path is replaced so that the output does not depend on where the repository lives).
import marshal
FN = __file__.encode()


def show(data):
    return data.replace(bytes([len(FN)]) + FN, b"\x04FILE").hex()


def f(a, b=2):
    return a + b


def g(*args, **kw):
    x = [i * 2 for i in args]

    def inner():
        return x, "const str", 1.5, (1, 2, "t"), -7, 10**20, b"by"
    return inner


class C:
    def m(self):
        return self

    def n(self, k=3):
        return {"k": k, 2.5: None}


lam = lambda q: q + 1
for fn in (f, g, C.m, C.n, lam):
    print(fn.__name__, show(marshal.dumps(fn.__code__)))
print(show(marshal.dumps(compile("x = 1\ny = 'abc' + x", "<s>", "exec"))))
print(show(marshal.dumps([f.__code__, f.__code__])))
print(show(marshal.dumps((1, C.m.__code__))))
print(marshal.loads(marshal.dumps(g.__code__)) == g.__code__)
