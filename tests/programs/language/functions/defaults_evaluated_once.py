calls = []

def make_default():
    calls.append("made")
    return len(calls)

def f(x=make_default()):
    return x

print(f(), f(), f(10))
print(calls)
f.__defaults__ = (42,)
print(f())
