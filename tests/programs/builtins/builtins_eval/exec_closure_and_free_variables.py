# eval() refuses code with free variables; exec() runs it with closure=, a tuple of exactly
# as many cells as the code has free variables, with CPython's errors otherwise.
def f(x):
    return lambda: print("x + 1 =", x + 1)

g = f(3)
try:
    eval(g.__code__)
except TypeError as e:
    print("eval:", e)
try:
    eval(g.__code__, {})
except TypeError as e:
    print("eval:", e)
exec(g.__code__, {}, closure=g.__closure__)
exec(g.__code__, closure=g.__closure__)
for closure in [None, 5, (1,), (), g.__closure__ * 2, list(g.__closure__)]:
    try:
        exec(g.__code__, {}, closure=closure)
    except TypeError as e:
        print(type(closure).__name__, e)
try:
    exec("1", {}, closure=g.__closure__)
except TypeError as e:
    print(e)
plain = compile("print('plain', closure)", "<s>", "exec")
for closure in [g.__closure__, ()]:
    try:
        exec(plain, {}, closure=closure)
    except TypeError as e:
        print(e)
exec(plain, {"closure": "none given"}, closure=None)
exec("print('string source, closure None')", {}, closure=None)
try:
    exec(plain, {}, {}, None)
except TypeError as e:
    print(e)
try:
    exec(plain, {}, {}, closure=None, other=1)
except TypeError as e:
    print(e)

def two():
    a, b = 1, 2
    def inner():
        return a + b
    return inner
h = two()
ns = {}
exec(h.__code__, ns, closure=h.__closure__)
print(sorted(ns))
