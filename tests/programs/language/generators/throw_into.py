def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
        except KeyError:
            print("key error, stopping")
            return "stopped"

gen = g()
print(next(gen))
print(gen.throw(ValueError("v1")))
try:
    gen.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    gen.throw(ValueError("after end"))
except ValueError as e:
    print("re-raised", e)
