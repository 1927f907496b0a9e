def g():
    x = yield 1
    print("got", x)
    yield 2

gen = g()
try:
    gen.send("too early")
except TypeError as e:
    print(e)
print(gen.send(None))
print(gen.send("now"))
