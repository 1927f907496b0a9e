a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__, id(a) > 0)
x = object()
i1 = id(x)
print(i1 == id(x))
print(id(None) == id(None), id(len) == id(len), id(int) == id(int))
def f(): pass
print(id(f) == id(f), id(f.__code__) == id(f.__code__))
s = "interned"
print(id(s) == id(s))
print(len({id(a), id(b), id(c)}))
