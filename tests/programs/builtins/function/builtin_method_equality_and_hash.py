# Bound built-in methods (builtin_function_or_method) and method-wrappers compare equal when
# they wrap the same function bound to the very same object, and hash alike, so they work
# as dict keys and in sets; a different __self__ (even an equal one) or function differs.
l = [1]
m = [1]
print(l.append == l.append, l.append is l.append, l.append != l.append)
print(hash(l.append) == hash(l.append))
print(l.append == m.append, l.append != m.append, l == m)
print(l.append == l.extend, l.append == l.pop)
print(len == len, len == abs, len != abs)

s = "ab"
d = {s.upper: "upper", s.lower: "lower"}
print(d[s.upper], d[s.lower], len(d))
print(len({l.append, l.append, m.append}))

# method-wrappers: the slot of the same object and the same wrapper
print((1).__add__ == (1).__add__, (1).__add__ == (1).__sub__)
x = 10 ** 30
print(x.__add__ == x.__add__, x.__add__ == (10 ** 30).__add__)
print(hash(x.__add__) == hash(x.__add__))
print(l.__len__ == l.__len__, l.__len__ == m.__len__)

# a built-in method never equals a method-wrapper or a Python bound method
class A:
    def append(self, v):
        pass
a = A()
print(l.append == a.append, a.append == l.append, l.__len__ == l.append)
print(l.append.__eq__(a.append), l.append.__ne__(3))
print(type(l.append).__eq__(l.append, l.append), type(l.__len__).__hash__(l.__len__) == hash(l.__len__))
