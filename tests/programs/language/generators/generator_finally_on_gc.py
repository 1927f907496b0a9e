def g():
    try:
        yield 1
    finally:
        print("cleanup on destruction")

x = g()
next(x)
print("dropping")
del x
print("dropped")
