def g():
    a = 1
    yield a
    b = a + 1
    yield b
    c = [a, b]
    yield c

gen = g()
print(next(gen), gen.gi_frame.f_locals)
print(next(gen), sorted(gen.gi_frame.f_locals))
print(next(gen))
