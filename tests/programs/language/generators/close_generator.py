def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally")

gen = g()
print(next(gen))
gen.close()
print(gen.gi_frame)
gen.close()
gen2 = g()
gen2.close()
print("closed before start: no output above")

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g3 = returns_on_close()
next(g3)
print(g3.close())
